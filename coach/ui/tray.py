"""The tray icon and its menu: start the next routine, a quick rating, open, pause, quit.

Only the menu lives here; what each entry does is the Companion's (coach.ui.companion),
so tests can press the actions without a real tray.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


class TrayMenu(QObject):
    """The tray icon with its menu; emits what the patient chose."""

    startNextChosen = Signal()
    quickRatingChosen = Signal()
    openChosen = Signal()
    pauseHourChosen = Signal()
    pauseTodayChosen = Signal()
    resumeChosen = Signal()
    quitChosen = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("Trapezius Coach menu"))
        self.start_action = self._action(
            self.tr("Start the next routine"), self.startNextChosen
        )
        self.rating_action = self._action(
            self.tr("Rate my spasms now…"), self.quickRatingChosen
        )
        self.open_action = self._action(self.tr("Open Trapezius Coach"), self.openChosen)
        self.menu.addSeparator()
        self.pause_hour_action = self._action(
            self.tr("Pause reminders for 1 hour"), self.pauseHourChosen
        )
        self.pause_today_action = self._action(
            self.tr("Pause reminders for the rest of today"), self.pauseTodayChosen
        )
        self.resume_action = self._action(self.tr("Resume reminders"), self.resumeChosen)
        self.resume_action.setVisible(False)
        self.menu.addSeparator()
        self.quit_action = self._action(self.tr("Quit Trapezius Coach"), self.quitChosen)

        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setContextMenu(self.menu)
        self.icon.setToolTip(self.tr("Trapezius Coach"))
        self.icon.activated.connect(self._on_activated)

    def _action(self, text: str, signal: Signal) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(signal.emit)
        self.menu.addAction(action)
        return action

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A click on the icon opens the window; the menu stays on the other button.
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.openChosen.emit()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_status(self, start_text: str, tooltip: str, *, paused: bool) -> None:
        """What "start next" would start, the tooltip line, and the pause entries."""
        self.start_action.setText(start_text)
        self.icon.setToolTip(tooltip)
        self.pause_hour_action.setVisible(not paused)
        self.pause_today_action.setVisible(not paused)
        self.resume_action.setVisible(paused)

    def tell(self, title: str, text: str) -> None:
        """A passing system message from the tray (where the platform shows one)."""
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
