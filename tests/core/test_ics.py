"""The plan as an iCalendar file: what a phone's calendar will see when it imports it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import icalendar
import pytest

from coach.core.ics import (
    DEFAULT_MINUTES,
    calendar_text,
    escape_text,
    fold_line,
    plan_slots,
    slot_times,
    typical_minutes,
)
from coach.core.records import Kind, PlanRow, SessionRecord, SessionStatus, parse_weekdays

# Thursday 26 November 2026.
TODAY = date(2026, 11, 26)
MADE = datetime(2026, 11, 26, 16, 5, tzinfo=timezone(timedelta(hours=1)))
MON_TO_FRI = "Mon;Tue;Wed;Thu;Fri"


def row(
    kind: Kind,
    times: int,
    weekdays: str,
    reminders: tuple[str, ...] = (),
    valid_from: date = date(2026, 10, 1),
) -> PlanRow:
    return PlanRow(valid_from, kind, times, parse_weekdays(weekdays), reminders)


def parse(text: str) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    return list(calendar.walk("VEVENT"))


def export(plan, today=TODAY, minutes=None, now=None) -> str:
    return calendar_text(plan_slots(plan, today, minutes, now), MADE)


PLAN = (
    row(Kind.STRETCH, 2, MON_TO_FRI, ("08:30", "18:00")),
    row(Kind.BREATHING, 1, "Mon;Tue;Wed;Thu;Fri;Sat;Sun", ("21:00",)),
    row(Kind.HEAT, 1, "Mon;Wed;Fri", ("19:00",)),
)


def test_one_event_per_planned_slot_with_weekdays_time_and_alarm():
    events = parse(export(PLAN))
    assert len(events) == 4
    by_title = sorted((str(e["SUMMARY"]), e["DTSTART"].dt.strftime("%H:%M")) for e in events)
    assert by_title == [
        ("Breathing (Trapezius Coach)", "21:00"),
        ("Heat (Trapezius Coach)", "19:00"),
        ("Stretches (Trapezius Coach)", "08:30"),
        ("Stretches (Trapezius Coach)", "18:00"),
    ]
    for event in events:
        assert event["RRULE"]["FREQ"] == ["WEEKLY"]
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        assert str(alarms[0]["ACTION"]) == "DISPLAY"
        assert alarms[0]["TRIGGER"].dt == timedelta(0)
    heat = next(e for e in events if str(e["SUMMARY"]).startswith("Heat"))
    assert heat["RRULE"]["BYDAY"] == ["MO", "WE", "FR"]
    stretch = next(e for e in events if str(e["SUMMARY"]).startswith("Stretches"))
    assert stretch["RRULE"]["BYDAY"] == ["MO", "TU", "WE", "TH", "FR"]


def test_each_event_starts_on_the_next_listed_weekday():
    events = {str(e["SUMMARY"]): e for e in parse(export(PLAN[2:]))}
    # Thursday today; heat is Mon/Wed/Fri, so it starts on Friday 27 November at 19:00.
    assert events["Heat (Trapezius Coach)"]["DTSTART"].dt == datetime(2026, 11, 27, 19, 0)


def test_a_slot_already_past_today_starts_on_its_next_day():
    plan = (row(Kind.BREATHING, 1, "Mon;Tue;Wed;Thu;Fri;Sat;Sun", ("09:00",)),)
    before = parse(export(plan, now=time(8, 0)))[0]
    after = parse(export(plan, now=time(10, 0)))[0]
    assert before["DTSTART"].dt == datetime(2026, 11, 26, 9, 0)
    assert after["DTSTART"].dt == datetime(2026, 11, 27, 9, 0)


def test_times_are_floating_local_times_and_only_the_stamp_is_utc():
    text = export(PLAN)
    starts = [line for line in text.split("\r\n") if line.startswith("DTSTART")]
    assert starts and all(line.startswith("DTSTART:") for line in starts)  # no TZID
    assert not any(line.endswith("Z") for line in starts)
    for event in parse(text):
        assert event["DTSTART"].dt.tzinfo is None
        assert event["DTSTAMP"].dt == datetime(2026, 11, 26, 15, 5, tzinfo=UTC)
    assert "VTIMEZONE" not in text


def test_duration_is_the_kinds_typical_length():
    events = parse(export(PLAN, minutes={Kind.STRETCH: 15}))
    lengths = {str(e["SUMMARY"]): e["DURATION"].dt for e in events}
    assert lengths["Stretches (Trapezius Coach)"] == timedelta(minutes=15)
    assert lengths["Heat (Trapezius Coach)"] == timedelta(minutes=DEFAULT_MINUTES[Kind.HEAT])


def test_typical_minutes_follow_the_patients_recent_sessions():
    tz = UTC

    def session(day: date, seconds: int, kind: Kind = Kind.STRETCH) -> SessionRecord:
        return SessionRecord(
            id=f"s{day}{seconds}",
            routine_id="r",
            routine_title="R",
            kind=kind,
            started_at=datetime(day.year, day.month, day.day, 9, tzinfo=tz),
            planned_seconds=seconds,
            active_seconds=seconds,
            steps_done=1,
            steps_total=1,
            status=SessionStatus.COMPLETED,
        )

    recent = [session(TODAY - timedelta(days=d), 181) for d in range(3)]  # desk breaks
    recent += [session(TODAY - timedelta(days=d), 716) for d in range(3, 5)]
    old = [session(TODAY - timedelta(days=400 + d), 1800) for d in range(10)]
    minutes = typical_minutes(recent + old, TODAY)
    assert minutes[Kind.STRETCH] == 5  # median of 3, 3, 3, 12, 12 min, to the nearest 5
    assert minutes[Kind.HEAT] == DEFAULT_MINUTES[Kind.HEAT]  # no heat session: the default


def test_missing_reminder_times_get_documented_defaults_apart_from_the_patients():
    assert slot_times(row(Kind.STRETCH, 2, MON_TO_FRI)) == [
        (time(9, 0), True),
        (time(18, 0), True),
    ]
    # 09:00 is within an hour of the patient's 08:30, so 18:00 and 13:00 fill the gaps.
    assert slot_times(row(Kind.STRETCH, 3, MON_TO_FRI, ("08:30",))) == [
        (time(8, 30), False),
        (time(13, 0), True),
        (time(18, 0), True),
    ]


def test_many_sessions_a_day_still_get_distinct_times():
    times = [t for t, _ in slot_times(row(Kind.BREATHING, 12, MON_TO_FRI))]
    assert len(times) == len(set(times)) == 12
    assert all(time(7, 0) <= t <= time(22, 0) for t in times)


def test_an_app_chosen_time_says_so_in_the_event():
    events = parse(export((row(Kind.STRETCH, 1, MON_TO_FRI),)))
    assert "picked this time" in str(events[0]["DESCRIPTION"])
    own = parse(export((row(Kind.STRETCH, 1, MON_TO_FRI, ("07:45",)),)))
    assert "picked this time" not in str(own[0]["DESCRIPTION"])


def test_uids_are_stable_per_slot_and_distinct_between_slots():
    first = [str(e["UID"]) for e in parse(export(PLAN))]
    again = [
        str(e["UID"])
        for e in parse(calendar_text(plan_slots(PLAN, TODAY), MADE + timedelta(days=3)))
    ]
    assert first == again
    assert len(set(first)) == len(first)


def test_the_row_in_force_today_wins_and_a_future_only_plan_starts_on_its_day():
    plan = (
        row(Kind.STRETCH, 1, MON_TO_FRI, ("08:00",), valid_from=date(2026, 1, 1)),
        row(Kind.STRETCH, 1, "Sat;Sun", ("10:00",), valid_from=date(2026, 11, 1)),
        row(
            Kind.HEAT,
            1,
            "Mon;Tue;Wed;Thu;Fri;Sat;Sun",
            ("19:00",),
            valid_from=date(2026, 12, 7),
        ),
    )
    events = {str(e["SUMMARY"]): e for e in parse(export(plan))}
    assert events["Stretches (Trapezius Coach)"]["RRULE"]["BYDAY"] == ["SA", "SU"]
    assert events["Heat (Trapezius Coach)"]["DTSTART"].dt == datetime(2026, 12, 7, 19, 0)


def test_kinds_that_plan_nothing_have_no_event():
    plan = (
        row(Kind.STRETCH, 0, MON_TO_FRI, ("08:00",)),
        row(Kind.HEAT, 1, "", ("19:00",)),
    )
    assert plan_slots(plan, TODAY) == []


def test_lines_are_crlf_and_folded_at_75_octets():
    text = export(PLAN)
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert "\r\n " in text  # the long descriptions were folded


def test_folding_never_splits_a_character():
    line = "DESCRIPTION:" + "é€" * 60
    folded = fold_line(line)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == line


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("slowly, gently; then rest", "slowly\\, gently\\; then rest"),
        ("a\\b", "a\\\\b"),
        ("two\nlines", "two\\nlines"),
    ],
)
def test_text_values_are_escaped(raw, escaped):
    assert escape_text(raw) == escaped


def test_escaped_descriptions_read_back_unchanged():
    event = next(e for e in parse(export(PLAN)) if str(e["SUMMARY"]).startswith("Stretches"))
    description = str(event["DESCRIPTION"])
    assert "slowly, to a mild pull, never into pain; stop" in description


def test_calendar_has_version_and_prodid():
    calendar = icalendar.Calendar.from_ical(export(PLAN))
    assert str(calendar["VERSION"]) == "2.0"
    assert "Trapezius Coach" in str(calendar["PRODID"])


def test_a_stamp_without_offset_is_refused():
    with pytest.raises(ValueError, match="offset"):
        calendar_text([], datetime(2026, 11, 26, 12, 0))
