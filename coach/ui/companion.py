"""The app between sessions: reminders, the tray and the window, joined.

Made once by run_gui after the window's first paint. It owns the ReminderService (the one
wall-clock timer), shows each due reminder as a ReminderPopup, gathers what was missed
while the computer slept into one calm notice, keeps the tray menu and the Today screen's
"next reminder" line up to date, and decides what closing the window means: with a tray,
the app stays there (explained once, and a setting); without one, closing quits.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from coach.analysis.reminders import MissedSummary, Reminder
from coach.core.planned_routine import planned_routine
from coach.core.records import Kind
from coach.core.routine import Routine
from coach.core.routine_library import load_library
from coach.core.settings import Settings
from coach.store.errors import StoreError
from coach.ui.core_words import missed_words
from coach.ui.i18n import kind_title
from coach.ui.quick_rating import QuickRatingDialog
from coach.ui.reminder_popup import ReminderPopup
from coach.ui.reminder_service import ReminderService
from coach.ui.single_instance import bring_forward
from coach.ui.tray import TrayMenu

if TYPE_CHECKING:
    from coach.store.database import Store
    from coach.ui.main_window import MainWindow


def clock(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


class Companion(QObject):
    """Reminders, tray and window working together."""

    def __init__(
        self,
        window: MainWindow,
        store: Store,
        *,
        icon: QIcon | None = None,
        now: Callable[[], datetime] | None = None,
        zone: tzinfo | None = None,
        tray_available: bool | None = None,
        service: ReminderService | None = None,
        ask_close: Callable[[], bool | None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.service = service or ReminderService(store, self, now=now, zone=zone)
        self._now = now or (lambda: datetime.now().astimezone())
        self.popups: list[ReminderPopup] = []
        self.quick_rating: QuickRatingDialog | None = None
        self.quitting = False
        self._cues: object | None = None
        #: Asks the patient, the first time, whether closing keeps the app in the tray:
        #: True (tray), False (quit) or None (they changed their mind: stay open).
        self.ask_close = ask_close or self._ask_close
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: TrayMenu | None = None
        if tray_available:
            self.tray = TrayMenu(icon or window.windowIcon(), self)
            self.tray.startNextChosen.connect(self.start_next)
            self.tray.quickRatingChosen.connect(self.open_quick_rating)
            self.tray.openChosen.connect(self.open_window)
            self.tray.pauseHourChosen.connect(
                lambda: self.service.pause_for(timedelta(hours=1))
            )
            self.tray.pauseTodayChosen.connect(self.service.pause_rest_of_today)
            self.tray.resumeChosen.connect(self.service.resume)
            self.tray.quitChosen.connect(self.quit)
            self.tray.show()
        window.close_to_tray = self._close_to_tray
        self.service.due.connect(self.show_due)
        self.service.missedWhileAway.connect(self.show_missed)
        self.service.nextChanged.connect(self._on_next)
        window.dataChanged.connect(self.service.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)

    def start(self) -> None:
        """Arm the reminders (from now: earlier ones today are not shown at start)."""
        self.service.start()

    # --- what the patient can do ------------------------------------------------------

    def settings(self) -> Settings:
        try:
            return self.store.settings()
        except StoreError:
            return Settings()

    def routine_for(self, kind: Kind) -> Routine | None:
        return planned_routine(load_library(self.store.data_dir), self.settings(), kind)

    def next_kind(self) -> Kind:
        """What "start the next routine" starts: the next reminder's kind, else stretches."""
        upcoming = self.service.next
        return upcoming.kind if upcoming is not None else Kind.STRETCH

    @Slot()
    def start_next(self) -> None:
        routine = self.routine_for(self.next_kind())
        if routine is not None:
            self.window.start_routine(routine.id)
        else:
            self.open_window()

    @Slot()
    def open_window(self) -> None:
        bring_forward(self.window)

    @Slot()
    def open_quick_rating(self) -> None:
        if self.quick_rating is not None:
            self.quick_rating.raise_()
            self.quick_rating.activateWindow()
            return
        dialog = QuickRatingDialog(self.store, None, now=self._now)
        dialog.saved.connect(lambda _entry: self._after_rating())
        dialog.finished.connect(lambda _code: self._forget_rating())
        self.quick_rating = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _forget_rating(self) -> None:
        self.quick_rating = None

    def _after_rating(self) -> None:
        refresh = getattr(self.window.current_screen(), "refresh", None)
        if callable(refresh):
            refresh()
        self.window.dataChanged.emit()
        if self.tray is not None:
            self.tray.tell(self.tr("Saved"), self.tr("Your spasm rating is in your diary."))

    @Slot()
    def quit(self) -> None:
        """Quit for real (the tray's Quit): close any session as usual, then leave."""
        self.quit_soon()
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # --- reminders --------------------------------------------------------------------

    @Slot(object)
    def show_due(self, reminders: list[Reminder]) -> None:
        if self.window.full_window_widget() is not None:
            # Mid-session: no interruption. Ask again in 15 minutes (a session of the same
            # kind will have marked the slot done by then, and it will not come back).
            for reminder in reminders:
                self.service.snooze(reminder)
            return
        for reminder in reminders:
            routine = self.routine_for(reminder.kind)
            line = routine.title if routine is not None else ""
            popup = ReminderPopup(reminder, line)
            popup.startChosen.connect(self._start_from_reminder)
            popup.snoozeChosen.connect(self.service.snooze)
            popup.skipChosen.connect(self.service.skip_today)
            popup.closed.connect(self._forget_popup)
            self.popups.append(popup)
            popup.show_in_corner()
        self._chime()

    def _forget_popup(self, popup: ReminderPopup) -> None:
        if popup in self.popups:
            self.popups.remove(popup)

    @Slot(object)
    def _start_from_reminder(self, reminder: Reminder) -> None:
        routine = self.routine_for(reminder.kind)
        if routine is None:
            self.open_window()
            return
        self.window.start_routine(routine.id)

    @Slot(object)
    def show_missed(self, summaries: list[MissedSummary]) -> None:
        """One calm notice for everything that fell while the computer slept."""
        lines = [missed_words(s) for s in summaries]
        text = "\n".join(lines)
        self.window.show_notice(text)
        if self.tray is not None:
            self.tray.tell(self.tr("While you were away"), text)

    def _chime(self) -> None:
        settings = self.settings()
        if not settings.sound or settings.volume == 0:
            return
        try:
            if self._cues is None:
                from coach.ui.sound import SoundCues

                self._cues = SoundCues(volume=settings.volume, parent=self)
            self._cues.set_volume(settings.volume)
            self._cues.play("chime")
        except Exception:  # a missing audio stack must never stop a reminder
            return

    @Slot(object)
    def _on_next(self, reminder: Reminder | None) -> None:
        paused_until = self.service.paused_until if self.service.is_paused() else None
        today = self.window.screen("today")
        show = getattr(today, "show_next_reminder", None)
        if callable(show):
            show(reminder, paused_until)
        if self.tray is None:
            return
        kind = self.next_kind()
        routine = self.routine_for(kind)
        start = (
            self.tr("Start now: {title}").format(title=routine.title)
            if routine
            else (self.tr("Open Trapezius Coach"))
        )
        if paused_until is not None:
            tip = self.tr("Reminders paused until {time}").format(time=clock(paused_until))
        elif reminder is not None:
            tip = self.tr("Next reminder: {what} at {time}").format(
                what=kind_title(reminder.kind), time=clock(reminder.deadline)
            )
        else:
            tip = self.tr("No more reminders planned")
        self.tray.set_status(
            start, self.tr("Trapezius Coach") + "\n" + tip, paused=bool(paused_until)
        )

    @Slot(object)
    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            # Back at the computer: a wake-up the timer could not see is caught here.
            self.service.check()

    # --- closing the window -----------------------------------------------------------

    def _close_to_tray(self) -> str:
        """What closing the window does now: "tray", "close" or "stay"."""
        if self.quitting or self.tray is None:
            return "close"
        settings = self.settings()
        if not settings.tray_explained:
            answer = self.ask_close()
            if answer is None:
                return "stay"
            settings = replace(settings, tray_explained=True, close_to_tray=answer)
            with suppress(StoreError):  # if not saved, asked again next time
                self.store.save_settings(settings)
        if settings.close_to_tray:
            return "tray"
        self.quit_soon()
        return "close"

    def quit_soon(self) -> None:
        """The window is closing for good: stop the reminders and let the app end."""
        self.quitting = True
        self.service.stop()
        for popup in list(self.popups):
            popup.close()
        if self.tray is not None:
            self.tray.hide()
        # The window closes next; with it the app ends.
        QApplication.setQuitOnLastWindowClosed(True)

    def _ask_close(self) -> bool | None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Keep reminders running?"))
        box.setText(self.tr("Keep Trapezius Coach running in the tray?"))
        box.setInformativeText(
            self.tr(
                "The window closes, and the app waits quietly next to the clock to remind "
                "you at your planned times. Open it again from its icon there, or quit from "
                "that icon's menu. You can change this in Settings."
            )
        )
        keep = box.addButton(
            self.tr("Keep running in the tray"), QMessageBox.ButtonRole.AcceptRole
        )
        quit_button = box.addButton(
            self.tr("Quit the app"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            return True
        if box.clickedButton() is quit_button:
            return False
        return None
