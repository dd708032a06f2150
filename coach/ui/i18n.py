"""The app's language: which translation to load, and loading it into the QApplication.

English is written in the code; other languages are Qt translation files in
assets/translations/ (coach_de.qm, made from coach_de.ts by coach/tools/update_translations.py).
Settings.language is "system" (follow the system locale) or a code such as "de" or "en".

Switching while the app runs installs the new translation at once, but screens that are
already built keep their words until they are built again: the Settings screen offers a
restart for that (docs/translating.md).

Kept free of PySide's `Qt` namespace: app.py calls this on the start-up path.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from coach.assets import asset

#: Languages the app has words for; English is the source language and needs no file.
SUPPORTED: tuple[str, ...] = ("en", "de")
#: Each language's own name, as the language chooser shows it.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "de": "Deutsch"}
#: The object name that marks the translators this module installed.
_TRANSLATOR_NAME = "coachTranslator"


def translations_dir() -> Path:
    """The folder holding coach_<code>.qm (shipped with the other assets)."""
    return asset("translations")


def choose_language(setting: str, locale: QLocale | None = None) -> str:
    """The language to show for a Settings.language value: "system" follows `locale`
    (the system's when None); anything not supported falls back to English."""
    code = (setting or "system").strip().lower().replace("-", "_")
    if code == "system":
        code = (locale if locale is not None else QLocale.system()).name()
    code = code.split("_")[0]
    return code if code in SUPPORTED else "en"


def install_translator(
    app: QCoreApplication, language: str = "system", locale: QLocale | None = None
) -> str:
    """Load the translation for `language` into `app`, replacing one loaded before.

    Returns the language now shown ("en" when the file is missing or unreadable: the app
    always opens, in English at worst). Qt's own words (dialog buttons) follow when Qt
    ships them.
    """
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    chosen = choose_language(language, locale)
    if chosen == "en":
        return "en"
    ours = QTranslator(app)
    if not ours.load(str(translations_dir() / f"coach_{chosen}.qm")):
        ours.deleteLater()
        return "en"
    ours.setObjectName(_TRANSLATOR_NAME)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_words = QTranslator(app)
    if qt_words.load(f"qtbase_{chosen}", qt_dir):
        qt_words.setObjectName(_TRANSLATOR_NAME)
        app.installTranslator(qt_words)
    else:
        qt_words.deleteLater()
    app.installTranslator(ours)  # installed last, so it is asked first
    return chosen


def current_language(app: QCoreApplication | None = None) -> str:
    """The language install_translator last loaded into the app ("en" if none)."""
    app = app or QCoreApplication.instance()
    if app is None:
        return "en"
    for translator in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        code = translator.language().split("_")[0]
        if code in SUPPORTED:
            return code
    return "en"


# --- dates in words, in the language shown ------------------------------------------------
# Not QLocale: the app's words follow its own language setting, not the system locale,
# and the date words must match the sentence around them.


def weekday_name(weekday: int) -> str:
    """The weekday's name (0 = Monday), in the language shown."""
    names = (
        QCoreApplication.translate("Dates", "Monday"),
        QCoreApplication.translate("Dates", "Tuesday"),
        QCoreApplication.translate("Dates", "Wednesday"),
        QCoreApplication.translate("Dates", "Thursday"),
        QCoreApplication.translate("Dates", "Friday"),
        QCoreApplication.translate("Dates", "Saturday"),
        QCoreApplication.translate("Dates", "Sunday"),
    )
    return names[weekday % 7]


def month_name(month: int) -> str:
    """The month's name (1 = January), in the language shown."""
    names = (
        QCoreApplication.translate("Dates", "January"),
        QCoreApplication.translate("Dates", "February"),
        QCoreApplication.translate("Dates", "March"),
        QCoreApplication.translate("Dates", "April"),
        QCoreApplication.translate("Dates", "May"),
        QCoreApplication.translate("Dates", "June"),
        QCoreApplication.translate("Dates", "July"),
        QCoreApplication.translate("Dates", "August"),
        QCoreApplication.translate("Dates", "September"),
        QCoreApplication.translate("Dates", "October"),
        QCoreApplication.translate("Dates", "November"),
        QCoreApplication.translate("Dates", "December"),
    )
    return names[(month - 1) % 12]


def day_month(day: date) -> str:
    """'3 November' (German: '3. November')."""
    return QCoreApplication.translate("Dates", "{day} {month}").format(
        day=day.day, month=month_name(day.month)
    )


def weekday_day_month(day: date) -> str:
    """'Tuesday 3 November' (German: 'Dienstag, 3. November')."""
    return QCoreApplication.translate("Dates", "{weekday} {day} {month}").format(
        weekday=weekday_name(day.weekday()), day=day.day, month=month_name(day.month)
    )


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate, shorter for module functions; lupdate knows the name."""
    return QCoreApplication.translate(context, text, disambiguation, n)


# --- the kinds' names -------------------------------------------------------------------
# theme.KIND_LOOKS holds the English words; these marks put them in the translation file.
_KIND_WORDS = (
    QT_TRANSLATE_NOOP("Kinds", "Stretches"),
    QT_TRANSLATE_NOOP("Kinds", "Heat"),
    QT_TRANSLATE_NOOP("Kinds", "Breathing"),
    QT_TRANSLATE_NOOP("Kinds", "Relaxation"),
    QT_TRANSLATE_NOOP("Kinds", "stretch session"),
    QT_TRANSLATE_NOOP("Kinds", "heat session"),
    QT_TRANSLATE_NOOP("Kinds", "breathing session"),
    QT_TRANSLATE_NOOP("Kinds", "relaxation session"),
)


def kind_title(kind: object) -> str:
    """A kind's heading ("Stretches"), in the language shown."""
    from coach.ui import theme

    return QCoreApplication.translate("Kinds", theme.kind_look(kind).title)


def kind_noun(kind: object) -> str:
    """One session of a kind ("stretch session"), in the language shown."""
    from coach.ui import theme

    return QCoreApplication.translate("Kinds", theme.kind_look(kind).noun)


def month_short(month: int) -> str:
    """The month's short name (1 = 'Jan'), in the language shown."""
    names = (
        QCoreApplication.translate("Dates", "Jan"),
        QCoreApplication.translate("Dates", "Feb"),
        QCoreApplication.translate("Dates", "Mar"),
        QCoreApplication.translate("Dates", "Apr"),
        QCoreApplication.translate("Dates", "May"),
        QCoreApplication.translate("Dates", "Jun"),
        QCoreApplication.translate("Dates", "Jul"),
        QCoreApplication.translate("Dates", "Aug"),
        QCoreApplication.translate("Dates", "Sep"),
        QCoreApplication.translate("Dates", "Oct"),
        QCoreApplication.translate("Dates", "Nov"),
        QCoreApplication.translate("Dates", "Dec"),
    )
    return names[(month - 1) % 12]


def decimal(value: float, places: int = 1) -> str:
    """A number with `places` decimals and the decimal sign of the language shown
    ('2.7', German '2,7'); not QLocale: it follows the app's language setting."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if current_language() == "de" else text
