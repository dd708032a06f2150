"""A calm panel listing the signs after an injection that need help from someone else.

It shows; it never judges what the patient has. Brick red appears only as a thin stripe
at the side, next to the written word "Important", so colour never carries the meaning on
its own (CLINICAL.md section 6, in our own words).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from coach.ui import theme
from coach.ui.page import label

TITLE = QT_TRANSLATE_NOOP("RedFlagsPanel", "Important: when to get help")

#: (what is happening, what to do) pairs, most urgent first.
RED_FLAGS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("RedFlagsPanel", "Trouble swallowing, speaking or breathing"),
        QT_TRANSLATE_NOOP(
            "RedFlagsPanel",
            "At any time after an injection, even weeks later: contact your clinic "
            "urgently, or call emergency services.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP(
            "RedFlagsPanel",
            "A fever over 38 °C, or redness that spreads, or discharge where you were injected",
        ),
        QT_TRANSLATE_NOOP("RedFlagsPanel", "Contact your clinic."),
    ),
)

FOOTNOTE = QT_TRANSLATE_NOOP(
    "RedFlagsPanel", "This is a reminder only; it cannot tell how you are."
)


def _words(text: str) -> str:
    """One of this panel's texts in the language shown."""
    return QCoreApplication.translate("RedFlagsPanel", text)


class RedFlagsPanel(QFrame):
    """The red-flag reminder: a thin accent stripe, a title, two signs and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redFlags")
        theme.set_role(self, "card")
        self.setAccessibleName(_words(TITLE))
        self._style_key: str | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(
            theme.space(1.5), theme.space(2), theme.space(2.5), theme.space(2)
        )
        outer.setSpacing(theme.space(2))
        self.stripe = QFrame()
        self.stripe.setObjectName("redFlagStripe")
        self.stripe.setFixedWidth(theme.space(0.75))
        outer.addWidget(self.stripe)
        column = QVBoxLayout()
        column.setSpacing(theme.space(1))
        outer.addLayout(column, 1)

        self.title = label(_words(TITLE), "kindtitle")
        column.addWidget(self.title)
        self.items = []
        for sign, action in RED_FLAGS:
            sign_label = label(_words(sign))
            sign_label.setObjectName("redFlagSign")
            action_label = label(_words(action))
            column.addSpacing(theme.space(0.5))
            column.addWidget(sign_label)
            column.addWidget(action_label)
            self.items.append((sign_label, action_label))
        column.addSpacing(theme.space(0.5))
        column.addWidget(label(_words(FOOTNOTE), "small"))
        self._restyle()

    @property
    def text(self) -> str:
        """Everything the panel says, as one string (what a screen reader reads)."""
        parts = [self.title.text()]
        for sign, action in self.items:
            parts.append(f"{sign.text()}: {action.text()}")
        return "\n".join(parts)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._restyle()

    def _restyle(self) -> None:
        # The theme keeps brick red for stopping and red flags; this is one of those.
        palette = theme.current_palette(QApplication.instance())
        if palette.name == self._style_key:
            return
        self._style_key = palette.name
        self.setStyleSheet(
            f"QFrame#redFlagStripe {{ background: {palette.danger}; border: none;"
            f" border-radius: 3px; }}"
            f" QLabel#redFlagSign {{ font-weight: 600; }}"
        )
