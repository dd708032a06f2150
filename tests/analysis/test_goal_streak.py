"""Goal streak: adherent weeks in a row, counted back from the last complete week."""

from __future__ import annotations

from analysis_builders import at, d, history, injection, plan, session

from coach.analysis.stats import compute_stats
from coach.core.records import Kind

TODAY = d("2026-06-01")


def streak(h, start, end):
    return compute_stats(h, d(start), d(end), TODAY)["goal_streak_weeks"]


def weekly_stretch_history():
    """One stretch planned each Monday; weeks by their Monday:

    03-02 low (not done), 03-09 done, 03-16 injection on the Monday (nothing planned),
    03-23 done, 03-30 done, 04-06 not done.
    """
    return history(
        plan("2026-03-01", Kind.STRETCH, 1, "Mon"),
        session(at("2026-03-09")),
        injection("2026-03-16"),
        session(at("2026-03-23")),
        session(at("2026-03-30")),
    )


def test_unplanned_weeks_are_passed_over_and_a_low_week_ends_the_count():
    # Ends on Saturday 04-11: week 04-06 is not over yet, so it is not looked at.
    assert streak(weekly_stretch_history(), "2026-03-02", "2026-04-11") == 3


def test_the_count_starts_at_the_last_week_whose_sunday_is_on_or_before_the_end():
    # Ends on Sunday 04-12: the missed week 04-06 is complete and ends the streak at once.
    assert streak(weekly_stretch_history(), "2026-03-02", "2026-04-12") == 0
    # Ends on Sunday 04-05: week 03-30 is the last complete week.
    assert streak(weekly_stretch_history(), "2026-03-02", "2026-04-05") == 3
    # Ends on Saturday 04-04: week 03-23 is the last complete week.
    assert streak(weekly_stretch_history(), "2026-03-02", "2026-04-04") == 2


def test_no_complete_week_gives_no_streak():
    assert streak(weekly_stretch_history(), "2026-03-30", "2026-04-04") == 0


def test_exactly_eighty_percent_is_an_adherent_week():
    h = history(
        plan("2026-03-01", Kind.STRETCH, 1, "Mon;Tue;Wed;Thu;Fri"),
        *[session(at(f"2026-03-{day:02d}")) for day in (2, 3, 4, 5)],  # 4 of 5
    )
    assert streak(h, "2026-03-02", "2026-03-08") == 1


def test_just_under_eighty_percent_is_not():
    h = history(
        plan("2026-03-01", Kind.STRETCH, 1, "Mon;Tue;Wed;Thu;Fri"),
        *[session(at(f"2026-03-{day:02d}")) for day in (2, 3, 4)],
        session(at("2026-03-05"), done=7, total=9),  # half credit: 3.5 of 5
    )
    assert streak(h, "2026-03-02", "2026-03-08") == 0


def test_only_days_inside_the_period_count_in_its_first_week():
    # Daily stretch; week of 03-02 done only Thursday to Sunday (4 of 7: low as a whole
    # week), but the period starts on Thursday, so that first week is 4 of 4.
    h = history(
        plan("2026-03-01", Kind.STRETCH, 1),
        *[session(at(f"2026-03-{day:02d}")) for day in (5, 6, 7, 8)],
        *[session(at(f"2026-03-{day:02d}")) for day in range(9, 16)],
    )
    assert streak(h, "2026-03-05", "2026-03-15") == 2
    assert streak(h, "2026-03-02", "2026-03-15") == 1
