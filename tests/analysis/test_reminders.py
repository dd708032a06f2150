"""Reminder scheduling: hand cases for each rule."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coach.analysis.reminders import (
    SkipToday,
    Slot,
    Snooze,
    missed_reminders,
    next_reminder,
    wall_time,
)
from coach.core.records import Injection, Kind, PlanRow, SessionRecord, SessionStatus
from coach.core.settings import Settings

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
EVERY_DAY = frozenset(range(7))
MON = date(2026, 11, 23)  # a Monday
START = date(2026, 1, 1)  # the plan holds from here


def row(kind=Kind.STRETCH, times=("08:30", "18:00"), weekdays=EVERY_DAY, since=START):
    return PlanRow(since, kind, len(times), weekdays, tuple(times))


def at(day: date, hour: int, minute: int = 0, zone=LONDON) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def session(started_at, kind=Kind.STRETCH, steps_done=5, active=600):
    return SessionRecord(
        id=f"s{started_at.isoformat()}{kind}", routine_id="r", routine_title="R", kind=kind,
        started_at=started_at, planned_seconds=600, active_seconds=active,
        steps_done=steps_done, steps_total=5, status=SessionStatus.COMPLETED,
    )  # fmt: skip


def nxt(plan, now, sessions=(), injections=(), snoozes=(), skips=(), settings=None, shown=None,
        zone=LONDON):  # fmt: skip
    return next_reminder(
        plan, sessions, injections, snoozes, skips, settings or Settings(), now, zone, shown
    )


def test_next_reminder_is_the_next_planned_time_with_a_calm_text():
    reminder = nxt([row()], at(MON, 7))
    assert reminder.deadline == at(MON, 8, 30)
    assert reminder.slot == Slot(MON, Kind.STRETCH, "08:30", 0)
    assert reminder.text == "Time for your stretches — about 10 minutes"
    assert not reminder.breathing_instead


def test_reminders_off_gives_nothing():
    assert nxt([row()], at(MON, 7), settings=Settings(reminders=False)) is None


def test_no_plan_gives_nothing():
    assert nxt([], at(MON, 7)) is None


def test_a_slot_at_exactly_now_is_due_now_until_shown():
    now = at(MON, 8, 30)
    first = nxt([row()], now)
    assert first.deadline == now
    again = nxt([row()], now, shown={first.slot: first.deadline})
    assert again.deadline == at(MON, 18)


def test_unlisted_weekday_has_no_reminders():
    plan = [row(weekdays=frozenset({2}))]  # Wednesdays only
    assert nxt(plan, at(MON, 7)).slot.day == MON + timedelta(days=2)


def test_a_done_session_fills_the_first_slot():
    done = session(at(MON, 7, 50))
    assert nxt([row()], at(MON, 8), sessions=[done]).slot.index == 1


def test_a_session_with_no_steps_done_does_not_count():
    nothing = session(at(MON, 7, 50), steps_done=0)
    assert nxt([row()], at(MON, 8), sessions=[nothing]).slot.index == 0


def test_a_session_of_another_kind_does_not_fill_a_slot():
    breathing = session(at(MON, 7, 50), kind=Kind.BREATHING)
    assert nxt([row()], at(MON, 8), sessions=[breathing]).slot.index == 0


def test_snooze_moves_the_slot_to_its_until_time():
    slot = Slot(MON, Kind.STRETCH, "08:30", 0)
    shown = {slot: at(MON, 8, 30)}
    reminder = nxt([row()], at(MON, 8, 31), snoozes=[Snooze(slot, at(MON, 8, 45))], shown=shown)
    assert (reminder.slot, reminder.deadline) == (slot, at(MON, 8, 45))


def test_skip_today_removes_the_kind_until_tomorrow():
    reminder = nxt([row()], at(MON, 7), skips=[SkipToday(MON, Kind.STRETCH)])
    assert reminder.deadline == at(MON + timedelta(days=1), 8, 30)


def test_skip_today_leaves_other_kinds():
    plan = [row(), row(Kind.BREATHING, ("12:00",))]
    reminder = nxt(plan, at(MON, 7), skips=[SkipToday(MON, Kind.STRETCH)])
    assert (reminder.kind, reminder.deadline) == (Kind.BREATHING, at(MON, 12))


def test_injection_day_offers_breathing_instead_of_stretches():
    reminder = nxt([row()], at(MON, 7), injections=[Injection("i", MON)])
    assert reminder.breathing_instead
    assert reminder.kind is Kind.BREATHING
    assert reminder.slot.kind is Kind.STRETCH
    assert "instead of stretches" in reminder.text


def test_injection_pause_covers_the_set_hours_after_the_day():
    injection = [Injection("i", MON)]
    tuesday = MON + timedelta(days=1)
    assert nxt([row()], at(tuesday, 7), injections=injection).breathing_instead
    wednesday = MON + timedelta(days=2)
    reminder = nxt([row()], at(wednesday, 7), injections=injection)
    assert not reminder.breathing_instead
    short = nxt([row()], at(tuesday, 7), injections=injection,
                settings=Settings(post_injection_pause_h=0))  # fmt: skip
    assert not short.breathing_instead


def test_breathing_and_relaxation_are_not_replaced_on_injection_day():
    injections = [Injection("i", MON)]
    reminder = nxt([row(Kind.BREATHING, ("09:00",))], at(MON, 7), injections=injections)
    assert reminder.kind is Kind.BREATHING and not reminder.breathing_instead


def test_heat_slot_waits_for_the_cooldown():
    plan = [row(Kind.HEAT, ("09:00", "10:00"))]
    earlier = session(at(MON, 9, 30), kind=Kind.HEAT, active=900)  # ends 09:45
    shown = {Slot(MON, Kind.HEAT, "09:00", 0): at(MON, 9)}
    reminder = nxt(plan, at(MON, 9, 50), sessions=[earlier], shown=shown)
    assert reminder.slot.time == "10:00"
    assert reminder.deadline == at(MON, 10, 45)


def test_heat_slot_is_dropped_when_the_daily_limit_is_reached():
    plan = [row(Kind.HEAT, ("09:00", "21:00"))]
    used = [session(at(MON, 6), kind=Kind.HEAT)]
    reminder = nxt(plan, at(MON, 8), sessions=used, settings=Settings(heat_daily_limit=1))
    assert reminder.deadline.date() == MON + timedelta(days=1)


def test_bad_reminder_time_in_the_plan_is_left_out():
    reminder = nxt([row(times=("8h", "18:00"))], at(MON, 7))
    assert reminder.slot.time == "18:00"


def test_naive_now_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="aware"):
        nxt([row()], datetime(2026, 11, 23, 7))


@pytest.mark.parametrize(
    ("zone", "spring", "fall"),
    [(LONDON, date(2026, 3, 29), date(2026, 10, 25)),
     (NEW_YORK, date(2026, 3, 8), date(2026, 11, 1))],
)  # fmt: skip
def test_dst_days_fire_once_at_a_real_time(zone, spring, fall):
    gap = "01:30" if zone is LONDON else "02:30"
    moved = wall_time(spring, gap, zone)
    assert (moved.hour, moved.minute) == (int(gap[:2]) + 1, 30)  # shifted by the skipped hour
    plan = [row(times=(gap,))]
    first = nxt(plan, at(spring, 0, zone=zone), zone=zone)
    assert first.deadline == moved
    # Fall-back: the repeated 01:30 fires at its first occurrence and only once.
    plan = [row(times=("01:30",))]
    first = nxt(plan, at(fall, 0, zone=zone), zone=zone)
    assert first.deadline.fold == 0 and first.deadline.hour == 1
    after = first.deadline + timedelta(minutes=5)
    again = nxt(plan, after, shown={first.slot: first.deadline}, zone=zone)
    assert again.slot.day == fall + timedelta(days=1)


def test_missed_reminders_are_one_summary_per_kind():
    plan = [row(times=("08:30", "12:00", "18:00")), row(Kind.BREATHING, ("10:00",))]
    summaries = missed_reminders(
        plan, [], [], [], [], Settings(), at(MON, 8), at(MON, 19), LONDON
    )
    texts = {s.kind: s.text for s in summaries}
    assert texts == {
        Kind.STRETCH: "You missed 3 stretch reminders while the computer slept",
        Kind.BREATHING: "You missed 1 breathing reminder while the computer slept",
    }


def test_missed_reminders_leave_out_shown_and_done_slots():
    plan = [row(times=("08:30", "12:00"))]
    shown = {Slot(MON, Kind.STRETCH, "08:30", 0): at(MON, 8, 30)}
    summaries = missed_reminders(
        plan, [], [], [], [], Settings(), at(MON, 8), at(MON, 13), LONDON, shown
    )
    assert [s.slots for s in summaries] == [(Slot(MON, Kind.STRETCH, "12:00", 1),)]
    both_done = [session(at(MON, 7)), session(at(MON, 11))]
    assert (
        missed_reminders(
            plan, both_done, [], [], [], Settings(), at(MON, 8), at(MON, 13), LONDON
        )
        == []
    )
