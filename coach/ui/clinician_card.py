"""The "For your clinician" card: the report as PDF, print preview, print, and the plan as a
calendar file. The work itself is in coach/ui/report_actions.py; this card only offers it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from coach.ui import report_actions, theme
from coach.ui.page import label

if TYPE_CHECKING:
    from coach.store.database import Store


class ClinicianCard(QFrame):
    """Buttons that turn the diary into something to bring to the next appointment."""

    def __init__(
        self,
        store: Store,
        parent: QFrame | None = None,
        *,
        today: Callable[[], date] = date.today,
        actions=report_actions,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._today = today
        self._actions = actions  # injected in tests: no real dialogs
        self.setObjectName("clinicianCard")
        theme.set_role(self, "card")
        layout = QVBoxLayout(self)
        pad = theme.space(2.5)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(theme.space(1.5))
        layout.addWidget(label(self.tr("For your clinician"), "heading"))
        layout.addWidget(
            label(
                self.tr(
                    "A one-page summary of the last 12 weeks: sessions, spasm levels, "
                    "injections, side effects and your notes. Bring it to your next "
                    "appointment."
                ),
                "muted",
            )
        )
        self.name_field = QLineEdit()
        self.name_field.setPlaceholderText(self.tr("Your name on the report (optional)"))
        self.name_field.setAccessibleName(self.tr("Name to print on the report (optional)"))
        self.name_field.setMinimumHeight(theme.HIT_TARGET)
        layout.addWidget(self.name_field)

        self.save_button = QPushButton(self.tr("Save report as PDF…"))
        theme.set_role(self.save_button, "primary")
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.calendar_button = QPushButton(self.tr("Add my plan to a calendar…"))
        self.calendar_button.setAccessibleDescription(
            self.tr(
                "Saves your plan as an .ics file that a phone or calendar app can import, "
                "so reminders come even when the computer is off."
            )
        )
        buttons = QGridLayout()
        buttons.setSpacing(theme.space(1.5))
        self._buttons_grid = buttons
        self._buttons = (
            self.save_button,
            self.preview_button,
            self.print_button,
            self.calendar_button,
        )
        self._columns = 0
        for button in self._buttons:
            button.setMinimumHeight(theme.HIT_TARGET)
        # Two columns where the words fit side by side; else one (large text, narrow window).
        self._place_buttons(2 if theme.current_text_scale(QApplication.instance()) < 1.5 else 1)
        layout.addLayout(buttons)
        self.status = label("", "confirmed")
        self.status.hide()
        layout.addWidget(self.status)

        self.save_button.clicked.connect(self.save_report)
        self.preview_button.clicked.connect(self.preview_report)
        self.print_button.clicked.connect(self.print_report)
        self.calendar_button.clicked.connect(self.save_calendar)

    def _place_buttons(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in self._buttons:
            self._buttons_grid.removeWidget(button)
        for index, button in enumerate(self._buttons):
            self._buttons_grid.addWidget(button, index // columns, index % columns)

    def _fit_buttons(self) -> None:
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        widest = max(b.sizeHint().width() for b in self._buttons)
        self._place_buttons(2 if 2 * widest + self._buttons_grid.spacing() <= room else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_buttons()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # Once the buttons have their new font (they get it after this event).
            QTimer.singleShot(0, self, self._fit_buttons)

    def _report_options(self) -> dict[str, object]:
        return {"today": self._today(), "patient_name": self.name_field.text().strip()}

    def _tell(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def save_report(self) -> None:
        path = self._actions.save_report(self.window(), self._store, **self._report_options())
        if path is not None:
            self._tell(self.tr("Saved the report as {path}").format(path=path))

    def preview_report(self) -> None:
        self._actions.preview_report(self.window(), self._store, **self._report_options())

    def print_report(self) -> None:
        if self._actions.print_report(self.window(), self._store, **self._report_options()):
            self._tell(self.tr("The report was sent to the printer."))

    def save_calendar(self) -> None:
        path = self._actions.save_calendar(self.window(), self._store, today=self._today())
        if path is not None:
            self._tell(
                self.tr("Saved your plan as {path}. Open it with your calendar app.").format(
                    path=path
                )
            )
