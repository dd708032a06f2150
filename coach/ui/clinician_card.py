"""The "For your clinician" card: the report as PDF, print preview, print, and the plan as a
calendar file. The work itself is in coach/ui/report_actions.py; this card only offers it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

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
        layout.addWidget(label("For your clinician", "heading"))
        layout.addWidget(
            label(
                "A one-page summary of the last 12 weeks: sessions, spasm levels, injections, "
                "side effects and your notes. Bring it to your next appointment.",
                "muted",
            )
        )
        self.name_field = QLineEdit()
        self.name_field.setPlaceholderText("Your name on the report (optional)")
        self.name_field.setAccessibleName("Name to print on the report (optional)")
        self.name_field.setMinimumHeight(theme.HIT_TARGET)
        layout.addWidget(self.name_field)

        self.save_button = QPushButton("Save report as PDF…")
        theme.set_role(self.save_button, "primary")
        self.preview_button = QPushButton("Print preview…")
        self.print_button = QPushButton("Print…")
        self.calendar_button = QPushButton("Add my plan to a calendar…")
        self.calendar_button.setAccessibleDescription(
            "Saves your plan as an .ics file that a phone or calendar app can import, so "
            "reminders come even when the computer is off."
        )
        buttons = QGridLayout()
        buttons.setSpacing(theme.space(1.5))
        # Two columns at ordinary sizes; one at large text, where two would clip the words.
        columns = 1 if theme.current_text_scale(QApplication.instance()) >= 1.5 else 2
        for index, button in enumerate(
            (self.save_button, self.preview_button, self.print_button, self.calendar_button)
        ):
            button.setMinimumHeight(theme.HIT_TARGET)
            buttons.addWidget(button, index // columns, index % columns)
        layout.addLayout(buttons)
        self.status = label("", "confirmed")
        self.status.hide()
        layout.addWidget(self.status)

        self.save_button.clicked.connect(self.save_report)
        self.preview_button.clicked.connect(self.preview_report)
        self.print_button.clicked.connect(self.print_report)
        self.calendar_button.clicked.connect(self.save_calendar)

    def _report_options(self) -> dict[str, object]:
        return {"today": self._today(), "patient_name": self.name_field.text().strip()}

    def _tell(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def save_report(self) -> None:
        path = self._actions.save_report(self.window(), self._store, **self._report_options())
        if path is not None:
            self._tell(f"Saved the report as {path}")

    def preview_report(self) -> None:
        self._actions.preview_report(self.window(), self._store, **self._report_options())

    def print_report(self) -> None:
        if self._actions.print_report(self.window(), self._store, **self._report_options()):
            self._tell("The report was sent to the printer.")

    def save_calendar(self) -> None:
        path = self._actions.save_calendar(self.window(), self._store, today=self._today())
        if path is not None:
            self._tell(f"Saved your plan as {path}. Open it with your calendar app.")
