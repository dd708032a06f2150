"""Reminder scheduling: properties over random plans, clocks and zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from coach.analysis.reminders import SkipToday, Snooze, next_reminder
from coach.core.heat_safety import injection_heat_pause
from coach.core.records import Injection, Kind, PlanRow
from coach.core.settings import Settings

ZONES = [ZoneInfo("Europe/London"), ZoneInfo("America/New_York"), ZoneInfo("UTC")]
START = date(2026, 1, 1)
FAST = settings(max_examples=60, deadline=None)

hhmm = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))
weekdays = st.frozensets(st.integers(0, 6), min_size=1)


@st.composite
def plans(draw):
    kinds = draw(st.lists(st.sampled_from(list(Kind)), min_size=1, max_size=4, unique=True))
    rows = []
    for kind in kinds:
        times = tuple(sorted(draw(st.lists(hhmm, min_size=1, max_size=4, unique=True))))
        rows.append(PlanRow(START, kind, len(times), draw(weekdays), times))
    return rows


days = st.dates(date(2026, 2, 1), date(2026, 12, 20))


def local_start(day: date, zone) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC).astimezone(zone)


def collect(plan, start, end, zone, injections=(), snoozes=(), skips=(), config=None):
    """Every reminder from start to end, marking each one shown as the app would."""
    shown, out, now = {}, [], start
    config = config or Settings()
    while len(out) < 500:
        reminder = next_reminder(plan, [], injections, snoozes, skips, config, now, zone, shown)
        if reminder is None or reminder.deadline > end:
            break
        assert reminder.deadline >= now
        out.append(reminder)
        shown[reminder.slot] = reminder.deadline
        now = reminder.deadline
    return out


@FAST
@given(plans(), days, st.integers(0, 24 * 60 * 7), st.sampled_from(ZONES))
def test_a_deadline_is_never_in_the_past(plan, day, minutes, zone):
    now = local_start(day, zone) + timedelta(minutes=minutes)
    reminder = next_reminder(plan, [], [], [], [], Settings(), now, zone)
    assert reminder is not None  # every plan has a listed weekday within a week
    assert reminder.deadline >= now


@FAST
@given(plans(), days, st.sampled_from(ZONES), st.lists(st.integers(0, 600), max_size=200))
def test_a_slot_is_never_shown_twice(plan, day, zone, advances):
    now = local_start(day, zone)
    end = now + timedelta(days=7)
    shown, seen = {}, set()
    for minutes in advances:
        reminder = next_reminder(plan, [], [], [], [], Settings(), now, zone, shown)
        if reminder is None or reminder.deadline > end:
            break
        assert reminder.deadline >= now
        assert reminder.slot not in seen
        seen.add(reminder.slot)
        shown[reminder.slot] = reminder.deadline
        now = reminder.deadline + timedelta(minutes=minutes)


@FAST
@given(plans(), days, st.sampled_from(ZONES), st.integers(0, 20), st.integers(1, 600))
def test_snooze_moves_exactly_that_slot_to_its_until_time(plan, day, zone, pick, minutes):
    start = local_start(day, zone)
    end = start + timedelta(days=2)
    plain = collect(plan, start, end, zone)
    assume(plain)
    chosen = plain[pick % len(plain)]
    until = chosen.deadline + timedelta(minutes=minutes)
    snoozed = collect(plan, start, end, zone, snoozes=[Snooze(chosen.slot, until)])
    moved = [r for r in snoozed if r.slot == chosen.slot]
    if until <= end:
        assert [r.deadline for r in moved] == [until]
    others = {(r.slot, r.deadline) for r in snoozed if r.slot != chosen.slot}
    assert others == {(r.slot, r.deadline) for r in plain if r.slot != chosen.slot}


@FAST
@given(plans(), days, st.sampled_from(ZONES), st.integers(0, 2), st.sampled_from(list(Kind)))
def test_skip_today_removes_that_kind_for_that_day_only(plan, day, zone, offset, kind):
    start = local_start(day, zone)
    end = start + timedelta(days=4)
    skipped_day = day + timedelta(days=offset)
    plain = collect(plan, start, end, zone)
    skipped = collect(plan, start, end, zone, skips=[SkipToday(skipped_day, kind)])
    expected = [r for r in plain if (r.slot.day, r.slot.kind) != (skipped_day, kind)]
    assert skipped == expected


DST_DAYS = [
    (ZoneInfo("Europe/London"), date(2026, 3, 29)),
    (ZoneInfo("Europe/London"), date(2026, 10, 25)),
    (ZoneInfo("America/New_York"), date(2026, 3, 8)),
    (ZoneInfo("America/New_York"), date(2026, 11, 1)),
]


@FAST
@given(st.sampled_from(DST_DAYS), st.lists(hhmm, min_size=1, max_size=6, unique=True))
def test_dst_days_give_one_reminder_per_slot_at_the_right_wall_time(zone_day, times):
    zone, day = zone_day
    times = tuple(sorted(times))
    plan = [PlanRow(START, Kind.STRETCH, len(times), frozenset(range(7)), times)]
    start = local_start(day, zone)
    end = local_start(day + timedelta(days=1), zone) - timedelta(seconds=1)
    reminders = collect(plan, start, end, zone)
    # Sorted: a skipped 01:01 fires at 02:01, after a 02:00 slot.
    assert sorted(r.slot.time for r in reminders) == list(times)
    for reminder in reminders:
        wall = datetime.combine(day, time.fromisoformat(reminder.slot.time))
        local = reminder.deadline.astimezone(zone).replace(tzinfo=None)
        exists = (
            wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone).replace(tzinfo=None)
            == wall
        )
        assert local == (wall if exists else wall + timedelta(hours=1))


@FAST
@given(plans(), days, st.sampled_from(ZONES), st.integers(0, 3), st.integers(0, 72))
def test_injection_pause_offers_breathing_instead(plan, day, zone, offset, pause_h):
    start = local_start(day, zone)
    end = start + timedelta(days=5)
    injected = day + timedelta(days=offset)
    config = Settings(post_injection_pause_h=pause_h)
    reminders = collect(plan, start, end, zone, [Injection("i", injected)], config=config)
    begin, finish = injection_heat_pause(injected, zone, config.heat_rules())
    for reminder in reminders:
        paused = reminder.slot.kind in (Kind.STRETCH, Kind.HEAT) and (
            begin <= reminder.deadline < finish
        )
        assert reminder.breathing_instead == paused
        offers_breathing = paused or reminder.slot.kind is Kind.BREATHING
        assert (reminder.kind is Kind.BREATHING) == offers_breathing
