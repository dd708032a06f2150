"""The tray, the reminders and the window together: tray actions, a reminder that starts a
session, and what closing the window does with and without a tray."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from coach.core.records import Kind, PlanRow
from coach.store.database import Store
from coach.ui.companion import Companion
from coach.ui.main_window import MainWindow
from coach.ui.reminder_popup import ReminderPopup
from coach.ui.reminder_service import ReminderService
from coach.ui.session_flow import SessionFlow

ZONE = ZoneInfo("Europe/London")


class FakeTimer(QObject):
    timeout = Signal()
    clockChanged = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.deadline = None

    def start(self, deadline, now=None) -> None:
        self.deadline = deadline

    def stop(self) -> None:
        self.deadline = None


class Clock:
    def __init__(self) -> None:
        self.moment = datetime(2026, 11, 26, 8, 0, tzinfo=ZONE)

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        opened.add_plan_row(
            PlanRow(date(2026, 1, 1), Kind.STRETCH, 2, frozenset(range(7)), ("09:00", "18:00"))
        )
        opened.save_settings(
            replace(opened.settings(), sound=False, accepted_on=date(2026, 1, 1))
        )
        yield opened


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def window(qtbot, store):
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    QApplication.setQuitOnLastWindowClosed(True)


def make_companion(window, store, clock, *, tray=True, answers=None):
    service = ReminderService(store, now=clock, zone=ZONE, timer=FakeTimer())
    asked = []

    def ask():
        asked.append(True)
        return answers.pop(0) if answers else True

    companion = Companion(
        window, store, now=clock, zone=ZONE, tray_available=tray, service=service, ask_close=ask
    )
    companion.asked = asked
    companion.start()
    return companion


def fire(companion, clock, hour, minute=0):
    clock.moment = clock.moment.replace(hour=hour, minute=minute)
    companion.service.timer.timeout.emit()


def close_popups(companion):
    for popup in list(companion.popups):
        popup.close()


# --- a reminder leads to a session -----------------------------------------------------


def test_a_due_reminder_shows_a_popup_whose_start_opens_the_planned_routine(
    window, store, clock, qtbot
):
    companion = make_companion(window, store, clock)
    fire(companion, clock, 9)
    (popup,) = companion.popups
    assert isinstance(popup, ReminderPopup)
    assert popup.isVisible()
    assert "stretches" in popup.text_label.text()
    assert popup.routine_label.text() == "Gentle neck & shoulder release"
    qtbot.mouseClick(popup.start_button, Qt.MouseButton.LeftButton)
    flow = window.full_window_widget()
    assert isinstance(flow, SessionFlow)
    assert flow.routine.id == "neck-shoulder-release"
    assert not window.sidebar.isVisible()  # the session fills the window
    assert companion.popups == []


def test_the_chosen_routine_is_the_one_a_reminder_starts(window, store, clock, qtbot):
    store.save_settings(store.settings().with_plan_routine("stretch", "desk-micro-break"))
    companion = make_companion(window, store, clock)
    fire(companion, clock, 9)
    qtbot.mouseClick(companion.popups[0].start_button, Qt.MouseButton.LeftButton)
    assert window.full_window_widget().routine.id == "desk-micro-break"


def test_snooze_and_skip_from_the_popup(window, store, clock, qtbot):
    companion = make_companion(window, store, clock)
    fire(companion, clock, 9)
    qtbot.mouseClick(companion.popups[0].snooze_button, Qt.MouseButton.LeftButton)
    assert companion.service.timer.deadline.astimezone(ZONE).strftime("%H:%M") == "09:15"
    fire(companion, clock, 9, 15)
    qtbot.mouseClick(companion.popups[0].skip_button, Qt.MouseButton.LeftButton)
    deadline = companion.service.timer.deadline.astimezone(ZONE)
    assert deadline.date() == date(2026, 11, 27)
    assert window.full_window_widget() is None


def test_reminders_missed_while_asleep_are_one_calm_notice(window, store, clock):
    companion = make_companion(window, store, clock)
    fire(companion, clock, 19)
    assert companion.popups == []
    assert window.notice.isVisible()
    assert "missed 2 stretch reminders" in window.notice.label.text()


def test_the_today_screen_shows_the_next_reminder(window, store, clock):
    companion = make_companion(window, store, clock)
    today = window.screen("today")
    assert today.next_reminder_label.text() == "Next reminder: Stretches at 09:00."
    companion.service.pause_for(timedelta(hours=2))
    assert today.next_reminder_label.text() == "Reminders are paused until 10:00."


# --- the tray menu ---------------------------------------------------------------------


def test_tray_start_next_starts_the_next_reminders_routine(window, store, clock):
    companion = make_companion(window, store, clock)
    assert companion.tray.start_action.text() == "Start now: Gentle neck & shoulder release"
    companion.tray.start_action.trigger()
    assert window.full_window_widget().routine.kind is Kind.STRETCH


def test_tray_quick_rating_saves_a_spasm_entry(window, store, clock, qtbot):
    companion = make_companion(window, store, clock)
    companion.tray.rating_action.trigger()
    dialog = companion.quick_rating
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.rating.button(6), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (entry,) = store.symptoms()
    assert entry.spasm == 6
    assert entry.recorded_at == clock.moment
    assert companion.quick_rating is None


def test_tray_pause_and_resume(window, store, clock):
    companion = make_companion(window, store, clock)
    companion.tray.pause_hour_action.trigger()
    assert companion.service.is_paused()
    assert companion.tray.resume_action.isVisible()
    assert not companion.tray.pause_hour_action.isVisible()
    assert "paused until 09:00" in companion.tray.icon.toolTip()
    companion.tray.resume_action.trigger()
    assert not companion.service.is_paused()
    companion.tray.pause_today_action.trigger()
    assert companion.service.timer.deadline.astimezone(ZONE).date() == date(2026, 11, 27)


def test_tray_open_brings_the_hidden_window_back(window, store, clock):
    companion = make_companion(window, store, clock)
    window.hide()
    companion.tray.open_action.trigger()
    assert window.isVisible()


def test_tray_quit_ends_the_app_and_its_reminders(window, store, clock, monkeypatch):
    quits = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    companion = make_companion(window, store, clock)
    companion.tray.quit_action.trigger()
    assert quits == [True]
    assert not window.isVisible()
    assert companion.service.timer.deadline is None


# --- closing the window ----------------------------------------------------------------


def test_closing_with_a_tray_asks_once_then_keeps_running_hidden(window, store, clock):
    companion = make_companion(window, store, clock, answers=[True])
    window.close()
    assert not window.isVisible()
    assert companion.asked == [True]
    assert store.settings().tray_explained
    assert companion.service.timer.deadline is not None  # reminders keep going
    window.show()
    window.close()
    assert companion.asked == [True]  # not asked again
    assert not window.isVisible()


def test_choosing_quit_at_the_question_closes_for_good(window, store, clock):
    companion = make_companion(window, store, clock, answers=[False])
    window.close()
    assert not window.isVisible()
    assert store.settings().close_to_tray is False
    assert companion.quitting


def test_cancel_at_the_question_keeps_the_window_open(window, store, clock):
    companion = make_companion(window, store, clock, answers=[None])
    window.close()
    assert window.isVisible()
    assert not store.settings().tray_explained
    assert not companion.quitting


def test_without_a_tray_closing_quits(window, store, clock):
    companion = make_companion(window, store, clock, tray=False)
    assert companion.tray is None
    window.close()
    assert not window.isVisible()
    assert companion.asked == []


def test_a_reminder_during_a_session_waits_instead_of_interrupting(window, store, clock):
    companion = make_companion(window, store, clock)
    window.start_routine("box-breathing")
    fire(companion, clock, 9)
    assert companion.popups == []
    assert companion.service.timer.deadline.astimezone(ZONE).strftime("%H:%M") == "09:15"


def test_turning_reminders_off_in_settings_stops_the_timer_at_once(window, store, clock):
    companion = make_companion(window, store, clock)
    settings = window.screen("settings")
    settings.reminders_check.setChecked(False)
    assert companion.service.timer.deadline is None
    settings.tray_check.setChecked(False)
    assert store.settings().close_to_tray is False
    window.close()  # no question any more: the answer was given in Settings
    assert companion.asked == []
    assert not window.isVisible()
