"""A 0-10 rating made of big number buttons: one tap to choose, obvious which is chosen.

Reused wherever the patient rates spasms or pain (Today, before/after a session, diary).
Keyboard: digits 0-9 choose that number, arrows step down/up, Home is 0, End is 10,
Escape clears. The buttons themselves take no focus, so arrows always move the rating.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.core.records import RATING_MAX, RATING_MIN
from coach.ui import theme


class RatingWidget(QFrame):  # a QFrame draws its stylesheet border (the focus ring)
    """Eleven big buttons 0-10; `value()` is the chosen number or None."""

    #: The chosen number, or None when the choice was cleared.
    valueChanged = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        low_label: str | None = None,
        high_label: str | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(parent)
        low_label = self.tr("0 = none") if low_label is None else low_label
        high_label = self.tr("10 = worst") if high_label is None else high_label
        name = self.tr("Rating") if name is None else name
        theme.qt_props(self, focusPolicy="StrongFocus")
        self.setAccessibleName(name)
        self.setAccessibleDescription(
            self.tr(
                "Choose a number from 0 to 10. Digits choose, arrow keys move, Escape clears."
            )
        )
        self._value: int | None = None
        self._columns = 0

        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # exclusivity is ours, so a choice can be cleared
        self._buttons: list[QPushButton] = []
        for number in range(RATING_MIN, RATING_MAX + 1):
            button = QPushButton(str(number))
            theme.set_role(button, "rating")
            button.setCheckable(True)
            theme.qt_props(button, focusPolicy="NoFocus")
            button.setAccessibleName(
                self.tr("{n} out of {most}").format(n=number, most=RATING_MAX)
            )
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._group.addButton(button, number)
            self._buttons.append(button)
        self._group.idClicked.connect(self.setValue)

        self._row = QWidget()
        self._row.setObjectName("ratingRow")
        self._grid = QGridLayout(self._row)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(theme.space(0.75))

        low = theme.set_role(QLabel(low_label), "small")
        high = theme.set_role(QLabel(high_label), "small")
        self._chosen = QLabel()
        self._chosen.setObjectName("ratingChosen")
        # The words under the numbers wrap at large text rather than widen the page.
        for words, align in (
            (low, "AlignLeft|AlignTop"),
            (self._chosen, "AlignHCenter|AlignTop"),
            (high, "AlignRight|AlignTop"),
        ):
            words.setWordWrap(True)
            theme.qt_props(words, alignment=align)
        # The words under the numbers: "0 = none", the choice, "10 = worst" on one line,
        # or the choice on a line of its own when the numbers take two rows (large text).
        anchors = QGridLayout()
        anchors.setContentsMargins(0, 0, 0, 0)
        anchors.setVerticalSpacing(theme.space(0.5))
        anchors.addWidget(low, 0, 0)
        anchors.addWidget(high, 0, 2)
        for column in range(3):
            anchors.setColumnStretch(column, 1)
        self._anchors = anchors

        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)  # room for the focus ring
        layout.setSpacing(theme.space(1))
        layout.addWidget(self._row)
        layout.addLayout(anchors)
        self._arrange(len(self._buttons))
        self._show_choice()

    # --- value --------------------------------------------------------------------------

    def value(self) -> int | None:
        """The chosen number, or None."""
        return self._value

    def setValue(self, value: int | None) -> None:
        """Choose a number (None clears); emits valueChanged when it changes."""
        if value is not None:
            value = max(RATING_MIN, min(RATING_MAX, int(value)))
        for number, button in enumerate(self._buttons):
            button.setChecked(number == value)
        if value == self._value:
            return
        self._value = value
        self._show_choice()
        self.valueChanged.emit(value)

    def clear(self) -> None:
        """Forget the choice."""
        self.setValue(None)

    def button(self, number: int) -> QPushButton:
        """The button for one number (for tests and for focus chains)."""
        return self._buttons[number - RATING_MIN]

    def _show_choice(self) -> None:
        # Words next to the colour: the chosen number is also written out.
        if self._value is None:
            self._chosen.setText(self.tr("Tap a number"))
            theme.set_role(self._chosen, "small")
        else:
            self._chosen.setText(self.tr("Chosen: {n}").format(n=self._value))
            theme.set_role(self._chosen, "large")

    # --- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # first key press, never start-up (see theme.qt_props)

        key = event.key()
        step_down = (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus)
        step_up = (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus)
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.setValue(int(text))
        elif key in step_down:
            self.setValue(RATING_MIN if self._value is None else self._value - 1)
        elif key in step_up:
            self.setValue(RATING_MIN if self._value is None else self._value + 1)
        elif key == Qt.Key.Key_Home:
            self.setValue(RATING_MIN)
        elif key == Qt.Key.Key_End:
            self.setValue(RATING_MAX)
        elif key == Qt.Key.Key_Escape and self._value is not None:
            self.clear()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- layout -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # One row reads as a scale; when large text makes that too wide, use two rows
        # (0-5 over 6-10) rather than clipping numbers or scrolling sideways.
        self._arrange(self._columns_for(event.size().width()))

    def button_width(self) -> int:
        """The narrowest a number button may be: 56 px, or wider for large text."""
        widest = self._buttons[-1].fontMetrics().horizontalAdvance("10")
        return max(theme.RATING_BUTTON, widest + theme.space(2))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # A new text size changes how wide the numbers are: lay them out again, once
            # the buttons have their new font (they get it after this event).
            QTimer.singleShot(0, self, self._rearrange)

    def _rearrange(self) -> None:
        self._columns = 0
        self._arrange(self._columns_for(self.width()))

    def _columns_for(self, width: int) -> int:
        return len(self._buttons) if width >= self._row_width(len(self._buttons)) else 6

    def _row_width(self, columns: int) -> int:
        margins = self.layout().contentsMargins()
        spacing = self._grid.spacing() * (columns - 1)
        return columns * self.button_width() + spacing + margins.left() + margins.right()

    def _arrange(self, columns: int) -> None:
        width = self.button_width()
        for button in self._buttons:
            # Explicit, because a push button's own size hint asks for 80 px or more.
            button.setMinimumWidth(width)
        if columns == self._columns:
            return
        self._columns = columns
        for button in self._buttons:
            self._grid.removeWidget(button)
        for number, button in enumerate(self._buttons):
            self._grid.addWidget(button, number // columns, number % columns)
        for column in range(len(self._buttons)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self._anchors.removeWidget(self._chosen)
        if columns == len(self._buttons):
            self._anchors.addWidget(self._chosen, 0, 1)
        else:
            self._anchors.addWidget(self._chosen, 1, 0, 1, 3)
        # Narrow enough for the two-row form, so the page never has to scroll sideways.
        self.setMinimumWidth(self._row_width(6))
        # Changed while the parent layout is busy resizing us, the new height would not
        # reach it; tell it again once that pass is over.
        QTimer.singleShot(0, self, self._tell_parent_layout)

    def _tell_parent_layout(self) -> None:
        self._row.updateGeometry()
        self.updateGeometry()
