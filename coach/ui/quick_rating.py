"""The tray's "Rate my spasms now": the 0-10 question in a small window, two taps.

The same entry the Today screen saves (a symptom entry with only the spasm number), for a
moment when opening the whole app is too much.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING
from uuid import uuid4

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coach.core.records import SymptomEntry
from coach.store.errors import StoreError
from coach.ui import theme
from coach.ui.page import label
from coach.ui.rating_widget import RatingWidget
from coach.ui.window_fit import fit_to_contents

if TYPE_CHECKING:
    from coach.store.database import Store

#: The window's width at 100% text (it grows with the text size, within the screen).
QUICK_WIDTH = 620


class QuickRatingDialog(QDialog):
    """Asks "How are your spasms right now?" and saves the answer."""

    saved = Signal(object)  # the SymptomEntry

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._now = now or (lambda: datetime.now().astimezone())
        self.setWindowTitle(self.tr("Rate your spasms"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(
            theme.space(3), theme.space(3), theme.space(3), theme.space(3)
        )
        layout.setSpacing(theme.space(2))
        question = label(self.tr("How are your spasms right now?"), "heading")
        layout.addWidget(question)
        self.rating = RatingWidget(name=self.tr("Spasms right now, 0 to 10"))
        question.setBuddy(self.rating)
        layout.addWidget(self.rating)
        self.problem = label("", "problem")
        self.problem.setObjectName("quickRatingProblem")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.save_button = QPushButton(self.tr("Save rating"))
        self.save_button.setObjectName("quickRatingSave")
        self.save_button.setAccessibleName(self.tr("Save this spasm rating"))
        theme.set_role(self.save_button, "primary")
        self.save_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Close without saving"))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.rating.valueChanged.connect(lambda v: self.save_button.setEnabled(v is not None))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        fit_to_contents(self, QUICK_WIDTH)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Once shown, the numbers may have moved onto two rows (large text): fit again.
        QTimer.singleShot(0, self, lambda: fit_to_contents(self, QUICK_WIDTH))

    def save(self) -> None:
        value = self.rating.value()
        if value is None:
            return
        entry = SymptomEntry(id=str(uuid4()), recorded_at=self._now(), spasm=value)
        try:
            self._store.add_symptom(entry)
        except StoreError as error:
            # The choice stays on screen: nothing the patient gave is thrown away.
            self.problem.setText(self.tr("Not saved: {error}").format(error=error))
            self.problem.show()
            return
        self.saved.emit(entry)
        self.accept()
