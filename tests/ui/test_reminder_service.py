"""The reminder service: one timer to the next deadline, due and missed reminders,
snooze, skip and pause, with a fake clock (nothing waits for real time)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Signal

from coach.core.records import Kind, PlanRow, SessionRecord, SessionStatus
from coach.store.database import Store
from coach.ui.reminder_service import ReminderService

ZONE = ZoneInfo("Europe/London")
DAY = date(2026, 11, 26)


class FakeTimer(QObject):
    timeout = Signal()
    clockChanged = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.deadline: datetime | None = None

    def start(self, deadline: datetime, now: datetime | None = None) -> None:
        self.deadline = deadline

    def stop(self) -> None:
        self.deadline = None


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def set(self, hhmm: str, day: date = DAY) -> None:
        hour, minute = map(int, hhmm.split(":"))
        self.moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE)


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        opened.add_plan_row(
            PlanRow(date(2026, 1, 1), Kind.STRETCH, 2, frozenset(range(7)), ("09:00", "18:00"))
        )
        yield opened


@pytest.fixture
def clock():
    c = Clock(datetime(2026, 11, 26, 8, 0, tzinfo=ZONE))
    return c


@pytest.fixture
def service(store, clock):
    timer = FakeTimer()
    made = ReminderService(store, now=clock, zone=ZONE, timer=timer)
    made.due_seen = []
    made.missed_seen = []
    made.due.connect(made.due_seen.append)
    made.missedWhileAway.connect(made.missed_seen.append)
    made.start()
    return made


def fire(service, clock, hhmm, day=DAY):
    clock.set(hhmm, day)
    service.timer.timeout.emit()


def hhmm(moment: datetime) -> str:
    return moment.astimezone(ZONE).strftime("%H:%M")


def test_the_one_timer_is_armed_at_the_next_planned_time(service):
    assert hhmm(service.timer.deadline) == "09:00"
    assert service.next.kind is Kind.STRETCH


def test_at_the_deadline_the_reminder_is_due_once_and_the_timer_moves_on(service, clock):
    fire(service, clock, "09:00")
    assert [[r.slot.time for r in batch] for batch in service.due_seen] == [["09:00"]]
    assert hhmm(service.timer.deadline) == "18:00"
    service.check()  # a second look at the same moment shows nothing again
    assert len(service.due_seen) == 1


def test_snooze_brings_it_back_in_15_minutes(service, clock):
    fire(service, clock, "09:00")
    service.snooze(service.due_seen[0][0])
    assert hhmm(service.timer.deadline) == "09:15"
    fire(service, clock, "09:15")
    assert [r.slot.time for r in service.due_seen[-1]] == ["09:00"]


def test_skip_today_drops_the_rest_of_the_day(service, clock):
    fire(service, clock, "09:00")
    service.skip_today(service.due_seen[0][0])
    assert service.timer.deadline.date() == DAY + timedelta(days=1)
    assert hhmm(service.timer.deadline) == "09:00"


def test_a_session_done_before_the_time_cancels_that_reminder(service, store, clock):
    clock.set("08:30")
    start = datetime(2026, 11, 26, 8, 20, tzinfo=ZONE)
    store.add_session(
        SessionRecord(
            id="s1",
            routine_id="neck-shoulder-release",
            routine_title="Neck",
            kind=Kind.STRETCH,
            started_at=start,
            planned_seconds=600,
            active_seconds=600,
            steps_done=5,
            steps_total=5,
            status=SessionStatus.COMPLETED,
        )
    )
    service.check()  # what the window's dataChanged does
    assert hhmm(service.timer.deadline) == "18:00"


def test_sleeping_through_reminders_gives_one_summary_not_a_flood(service, clock):
    # The lid closed at 08:00 and opened at 19:00: both reminders fell in the gap.
    fire(service, clock, "19:00")
    assert service.due_seen == []
    assert len(service.missed_seen) == 1
    (summary,) = service.missed_seen[0]
    assert summary.kind is Kind.STRETCH
    assert len(summary.slots) == 2
    assert "missed 2" in summary.text
    service.check()
    assert len(service.missed_seen) == 1  # shown once
    assert service.timer.deadline.date() == DAY + timedelta(days=1)


def test_pause_for_an_hour_lets_the_reminder_pass_quietly(service, clock):
    clock.set("08:30")
    service.pause_for(timedelta(hours=1))
    assert service.is_paused()
    assert hhmm(service.timer.deadline) == "18:00"
    fire(service, clock, "09:45")
    assert service.due_seen == [] and service.missed_seen == []


def test_pause_for_the_rest_of_today_and_resume(service, clock):
    service.pause_rest_of_today()
    assert service.timer.deadline.date() == DAY + timedelta(days=1)
    service.resume()
    assert not service.is_paused()
    assert hhmm(service.timer.deadline) == "09:00"


def test_reminders_switched_off_disarm_the_timer(service, store):
    from dataclasses import replace

    store.save_settings(replace(store.settings(), reminders=False))
    service.check()
    assert service.timer.deadline is None
    assert service.next is None


def test_a_clock_change_re_arms(service, clock):
    clock.set("17:00")
    service.timer.clockChanged.emit()  # the clock was set forward by hand
    assert hhmm(service.timer.deadline) == "18:00"
