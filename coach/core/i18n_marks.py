"""Marks core's user-visible texts for translation without importing Qt.

pyside6-lupdate finds every QT_TRANSLATE_NOOP("Context", "text") call and puts the text in
the translation files; here it just returns the English text. The UI shows the translated
words with QCoreApplication.translate(context, text) (coach/ui/i18n.py), so core stays
Qt-free and its English results (and their tests) do not change.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Return `text` unchanged; the call marks it for translation in `context`."""
    del context
    return text
