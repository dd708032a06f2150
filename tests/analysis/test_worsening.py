"""The worsening safety rule (CLINICAL.md section 5): three sessions of a routine in a row."""

from __future__ import annotations

from dataclasses import replace

from analysis_builders import CET, EST, at, d, session

from coach.analysis.worsening import worsened, worsening_notices
from coach.core.records import SessionStatus

TODAY = d("2026-11-26")


TITLES = {"desk-micro-break": "Desk micro-break", "belly-breathing": "Belly breathing"}


def rated(day, before, after, routine="desk-micro-break", hhmm="09:00", tz=CET):
    """A session of `routine` on `day` rated `before` and `after`."""
    s = session(at(day, hhmm, tz), routine=routine, before=before, after=after)
    return replace(s, routine_title=TITLES[routine])


WORSE = (3, 5)  # 2 points up: worse
FINE = (5, 4)


def notices(*sessions):
    return worsening_notices(sessions, TODAY)


def test_three_worse_sessions_in_a_row_bring_a_notice_naming_the_routine():
    found = notices(
        rated("2026-11-20", *WORSE), rated("2026-11-22", *WORSE), rated("2026-11-24", *WORSE)
    )
    assert len(found) == 1
    notice = found[0]
    assert notice.routine_id == "desk-micro-break"
    assert notice.days == (d("2026-11-20"), d("2026-11-22"), d("2026-11-24"))
    assert "“Desk micro-break”" in notice.text
    assert "(20 Nov, 22 Nov and 24 Nov)" in notice.text
    assert "clinician" in notice.text


def test_two_in_a_row_are_not_enough():
    assert notices(rated("2026-11-22", *WORSE), rated("2026-11-24", *WORSE)) == []


def test_three_worse_sessions_not_in_a_row_bring_no_notice():
    found = notices(
        rated("2026-11-18", *WORSE),
        rated("2026-11-19", *WORSE),
        rated("2026-11-20", *FINE),
        rated("2026-11-22", *WORSE),
    )
    assert found == []


def test_one_point_worse_is_not_worse():
    found = notices(*(rated(f"2026-11-2{i}", 4, 5) for i in range(3)))
    assert found == []


def test_pain_rising_two_points_counts_as_worse():
    sessions = [
        replace(rated(f"2026-11-2{i}", 4, 4), pain_before=3, pain_after=5) for i in range(3)
    ]
    assert [n.routine_id for n in notices(*sessions)] == ["desk-micro-break"]


def test_a_session_without_ratings_neither_breaks_nor_extends_a_run():
    unrated = session(at("2026-11-21"), routine="desk-micro-break")
    assert worsened(unrated) is None
    found = notices(
        rated("2026-11-20", *WORSE), unrated, rated("2026-11-22", *WORSE),
        rated("2026-11-23", *WORSE),
    )  # fmt: skip
    assert len(found) == 1 and len(found[0].days) == 3


def test_other_routines_in_between_do_not_break_a_run():
    found = notices(
        rated("2026-11-20", *WORSE),
        rated("2026-11-21", *FINE, routine="belly-breathing"),
        rated("2026-11-22", *WORSE),
        rated("2026-11-23", *WORSE),
    )
    assert [n.routine_id for n in found] == ["desk-micro-break"]


def test_sessions_are_taken_in_the_order_they_happened_whatever_the_offsets():
    # 12:00 in Paris (11:00 UTC) came before 07:00 in New York (12:00 UTC): by the clock
    # on the wall the fine session would sit inside the run and break it.
    third_worse = rated("2026-11-24", *WORSE, hhmm="12:00")
    then_fine = rated("2026-11-24", *FINE, hhmm="07:00", tz=EST)
    earlier = [rated("2026-11-22", *WORSE), rated("2026-11-23", *WORSE)]
    found = notices(then_fine, third_worse, *earlier)
    assert len(found) == 1 and len(found[0].days) == 3


def test_a_run_long_past_is_not_brought_up_again():
    old = [rated(f"2026-06-0{i}", *WORSE) for i in range(1, 4)]
    assert notices(*old) == []
    assert len(worsening_notices(old, d("2026-06-10"))) == 1


def test_a_good_session_after_a_recent_run_does_not_hide_it():
    found = notices(
        rated("2026-11-20", *WORSE),
        rated("2026-11-21", *WORSE),
        rated("2026-11-22", *WORSE),
        rated("2026-11-24", *FINE),
    )
    assert len(found) == 1


def test_sessions_still_in_progress_are_ignored():
    running = replace(rated("2026-11-24", *WORSE), status=SessionStatus.IN_PROGRESS)
    assert notices(rated("2026-11-22", *WORSE), rated("2026-11-23", *WORSE), running) == []
