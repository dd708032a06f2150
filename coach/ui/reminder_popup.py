"""The reminder itself: a small, calm window in the corner with three large choices.

System notifications cannot carry buttons everywhere, so the app shows its own: on top of
other windows but without taking the keyboard away from what the patient is typing.
"Start now" opens the session, "In 15 minutes" snoozes, "Not today" skips that kind for
the rest of the day. Closing it (or Escape) just lets it go.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from coach.analysis.reminders import Reminder
from coach.ui import theme
from coach.ui.page import label
from coach.ui.window_fit import fit_to_contents, target_width

#: The popup's width at 100% text (it grows with the text size, within the screen).
POPUP_WIDTH = 560


class ReminderPopup(QWidget):
    """One reminder: its words, the routine it would start, and Start / Snooze / Skip."""

    startChosen = Signal(object)  # the Reminder
    snoozeChosen = Signal(object)
    skipChosen = Signal(object)
    #: The popup closed, whichever way.
    closed = Signal(object)  # itself

    def __init__(
        self, reminder: Reminder, routine_line: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reminder = reminder
        self.setObjectName("reminderPopup")
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowTitleHint
            | Qt.WindowType.WindowCloseButtonHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("Trapezius Coach reminder"))
        self.setAccessibleName(self.tr("Reminder"))
        theme.set_role(self, "popup")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(
            theme.space(3), theme.space(3), theme.space(3), theme.space(3)
        )
        layout.setSpacing(theme.space(1.5))
        self.text_label = label(reminder_words(reminder), "heading")
        self.text_label.setObjectName("reminderText")
        layout.addWidget(self.text_label)
        self.routine_label = label(routine_line, "muted")
        self.routine_label.setObjectName("reminderRoutine")
        layout.addWidget(self.routine_label)
        layout.addSpacing(theme.space(1))

        self.start_button = QPushButton(self.tr("Start now"))
        self.start_button.setObjectName("reminderStart")
        self.start_button.setAccessibleName(self.tr("Start the session now"))
        theme.set_role(self.start_button, "primary")
        self.snooze_button = QPushButton(self.tr("In 15 minutes"))
        self.snooze_button.setObjectName("reminderSnooze")
        self.snooze_button.setAccessibleName(self.tr("Remind me again in 15 minutes"))
        self.skip_button = QPushButton(self.tr("Not today"))
        self.skip_button.setObjectName("reminderSkip")
        self.skip_button.setAccessibleName(self.tr("No more reminders of this kind today"))
        self._buttons = (self.start_button, self.snooze_button, self.skip_button)
        self._button_grid = QGridLayout()
        self._button_grid.setSpacing(theme.space(1.5))
        layout.addLayout(self._button_grid)
        self._place_buttons()

        self.start_button.clicked.connect(lambda: self._choose(self.startChosen))
        self.snooze_button.clicked.connect(lambda: self._choose(self.snoozeChosen))
        self.skip_button.clicked.connect(lambda: self._choose(self.skipChosen))
        self.start_button.setDefault(True)

    def _choose(self, signal: Signal) -> None:
        signal.emit(self.reminder)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _place_buttons(self) -> None:
        # Side by side when they fit; one under the other with large text. Measured after
        # the style sheet has set their fonts, so the choice matches what is drawn.
        for widget in self._buttons:
            widget.ensurePolished()
            self._button_grid.removeWidget(widget)
        wide = sum(b.sizeHint().width() for b in self._buttons) + theme.space(3)
        side_by_side = wide <= target_width(POPUP_WIDTH) - theme.space(6)
        for i, widget in enumerate(self._buttons):
            self._button_grid.addWidget(
                widget, 0 if side_by_side else i, i if side_by_side else 0
            )

    def show_in_corner(self) -> None:
        """Show at the bottom right of the screen, above the task bar."""
        self.ensurePolished()
        self._place_buttons()
        fit_to_contents(self, POPUP_WIDTH)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            margin = theme.space(3)
            self.move(
                room.right() - self.width() - margin, room.bottom() - self.height() - margin
            )
        self.show()
        self.raise_()


def reminder_words(reminder: Reminder) -> str:
    """The reminder's first line, in the patient's language."""
    return _translate(reminder.text)


def _translate(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Reminders", text)
