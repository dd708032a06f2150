"""The heat part of the player: how much of the heat maximum is left, and the skin check.

Both only show what the session snapshot says. There is no control that adds heat time:
the engine ends the heat step at its maximum by itself.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.ui import theme

SKIN_FINE = QT_TRANSLATE_NOOP("SkinCheckPrompt", "Skin looks fine")
SKIN_RED = QT_TRANSLATE_NOOP("SkinCheckPrompt", "Red or blotchy — stop")
SKIN_QUESTION = QT_TRANSLATE_NOOP("SkinCheckPrompt", "How does your skin look?")


def clock_text(seconds: float) -> str:
    """Whole seconds rounded up: '45', or '4:05' from a minute on."""
    whole = max(0, math.ceil(seconds - 1e-9))
    if whole < 60:
        return str(whole)
    return f"{whole // 60}:{whole % 60:02d}"


class HeatLimitLine(QWidget):
    """'Heat safety limit: 14:05 left' and a thin bar of the allowance used so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)  # one line: the countdown above keeps its room
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.space(2))
        self.label = QLabel(self)
        self.label.setObjectName("heatLimitText")
        theme.set_role(self.label, "large")
        self.label.setAccessibleName(self.tr("Heat time left"))
        self.bar = QProgressBar(self)
        self.bar.setObjectName("heatLimitBar")
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Heat maximum used"))
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        self._shown: tuple[str, int] | None = None

    def set_heat(self, seconds_left: float, ceiling_s: float) -> None:
        """Show the allowance left of a ceiling (both in seconds)."""
        text = self.tr("Heat safety limit: {time} left").format(time=clock_text(seconds_left))
        used = 0 if ceiling_s <= 0 else round(1000 * (1.0 - seconds_left / ceiling_s))
        used = min(1000, max(0, used))
        if (text, used) != self._shown:
            self._shown = (text, used)
            self.label.setText(text)
            self.bar.setValue(used)


class SkinCheckPrompt(QFrame):
    """The skin check: a question that waits for one of two answers."""

    answered = Signal(bool)  # True: skin looks fine; False: red or blotchy, stop

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skinCheck")
        theme.set_role(self, "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(
            theme.space(2.5), theme.space(2), theme.space(2.5), theme.space(2.5)
        )
        layout.setSpacing(theme.space(1.5))
        self.question = QLabel(self.tr(SKIN_QUESTION), self)
        theme.set_role(self.question, "heading")
        self.question.setWordWrap(True)
        self.text = QLabel(self)
        theme.set_role(self.text, "large")
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        # One above the other, full width: big targets that keep their whole wording at any
        # width (and a height that does not depend on it, so the player can plan for it).
        row = QVBoxLayout()
        row.setSpacing(theme.space(1.5))
        self.fine_button = QPushButton(self.tr(SKIN_FINE), self)
        self.fine_button.setObjectName("skinFine")
        theme.set_role(self.fine_button, "primary")
        self.fine_button.setAccessibleName(self.tr("Skin looks fine: carry on with the heat"))
        self.red_button = QPushButton(self.tr(SKIN_RED), self)
        self.red_button.setObjectName("skinRed")
        theme.set_role(self.red_button, "danger")
        self.red_button.setAccessibleName(self.tr("Skin is red or blotchy: stop the heat now"))
        for button in (self.fine_button, self.red_button):
            button.setMinimumHeight(theme.HIT_TARGET + theme.space(1))
            # Reached by Tab; a click leaves the focus where it was, so Space keeps
            # meaning pause in the player and never answers for the patient.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setIconSize(QSize(22, 22))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        layout.addWidget(self.question)
        layout.addWidget(self.text)
        layout.addSpacing(theme.space(1))
        layout.addLayout(row)
        # Methods, not lambdas: a lambda holding `self` inside a connection keeps the
        # prompt alive in a cycle the garbage collector has to untangle.
        self.fine_button.clicked.connect(self._answer_fine)
        self.red_button.clicked.connect(self._answer_red)

    @Slot()
    def _answer_fine(self) -> None:
        self.answered.emit(True)

    @Slot()
    def _answer_red(self) -> None:
        self.answered.emit(False)

    def set_text(self, text: str) -> None:
        """The instruction under the question."""
        if self.text.text() != text:
            self.text.setText(text)

    def set_icons(self, fine: QIcon, red: QIcon) -> None:
        """Symbols beside the words (made by the player in the current colours)."""
        self.fine_button.setIcon(fine)
        self.red_button.setIcon(red)
