"""A small bar, 'Deleted ... [Undo]', shown after a record is deleted.

Deleting never asks "are you sure?": it happens at once and this bar offers to put the
record back, for UNDO_SECONDS or until the screen's next change. The screen gives it the
function that restores the record; a restore that fails says so calmly and stays offered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QPushButton, QWidget

from coach.store.errors import StoreError
from coach.ui import theme
from coach.ui.page import label

#: How long Undo stays offered; long enough for a slow, tired hand.
UNDO_SECONDS = 30


class UndoBar(QFrame):
    """'Deleted the 08:30 entry from today. [Undo]' until undone, dismissed or timed out."""

    #: Emitted after a successful undo (the record is back in the Store).
    undone = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        theme.set_role(self, "notice")
        self._restore: Callable[[], None] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(
            theme.space(2.5), theme.space(1.5), theme.space(1.5), theme.space(1.5)
        )
        layout.setSpacing(theme.space(2))
        self.message = label()
        self.message.setObjectName("undoMessage")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        # One single-shot timer; a test calls undo() or dismiss() instead of waiting.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_SECONDS * 1000)
        self.timer.timeout.connect(self.dismiss)
        self.hide()

    def offer(self, text: str, restore: Callable[[], None]) -> None:
        """Show `text` with an Undo button that calls `restore` (replaces any older offer)."""
        self._restore = restore
        self.message.setText(text)
        self.undo_button.setAccessibleName(self.tr("Undo: {what}").format(what=text))
        self.undo_button.show()
        self.show()
        self.timer.start()

    def tell(self, text: str) -> None:
        """Show a calm message with nothing to undo (e.g. a delete that failed)."""
        self._restore = None
        self.message.setText(text)
        self.undo_button.hide()
        self.show()
        self.timer.start()

    def is_offered(self) -> bool:
        """True while Undo can still put something back."""
        return self._restore is not None

    def undo(self) -> bool:
        """Put the deleted record back; True if it worked."""
        restore = self._restore
        if restore is None:
            return False
        try:
            restore()
        except StoreError as error:
            # Keep the offer: the patient may try again once the problem is gone.
            self.message.setText(
                self.tr("It could not be put back yet. {problem}").format(problem=error)
            )
            self.timer.start()
            return False
        self._restore = None
        self.timer.stop()
        self.hide()
        self.undone.emit()
        return True

    def dismiss(self) -> None:
        """Stop offering Undo (the screen changed something else, or time ran out)."""
        self._restore = None
        self.timer.stop()
        self.hide()


def add_undo_bar(screen: QWidget) -> UndoBar:
    """Put an UndoBar under a screen's scrolled page (made by page.scroll_page)."""
    outer = screen.layout()
    if not isinstance(outer, QBoxLayout):
        raise TypeError(f"{type(screen).__name__} has no page layout to put Undo under")
    # Below the page, outside the scrolling, so it is in sight wherever the deleted row was.
    bar = UndoBar()
    row = QHBoxLayout()
    row.setContentsMargins(theme.space(4), theme.space(1), theme.space(4), theme.space(2))
    row.addWidget(bar)
    outer.addLayout(row)
    return bar
