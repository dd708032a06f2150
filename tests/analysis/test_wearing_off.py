"""The wearing-off estimate (CLINICAL.md section 6) on constructed cycles."""

from __future__ import annotations

from datetime import timedelta

from analysis_builders import d

from coach.analysis.wearing_off import (
    Source,
    cycle_wearing_off,
    estimate_wearing_off,
    recent_means,
    window_means,
)


def cycle(*spans: tuple[int, float | None]) -> list[float | None]:
    """Daily levels from (days, level) spans, day 0 first."""
    levels: list[float | None] = []
    for days, level in spans:
        levels += [level] * days
    return levels


# Before the benefit (days 0-9) spasm is 7, it settles at 3, and from day 60 it is 6.
TYPICAL = cycle((10, 7.0), (50, 3.0), (30, 6.0))


def test_the_estimate_is_the_first_day_the_week_lies_2_points_above_the_best_fortnight():
    estimate = estimate_wearing_off(TYPICAL)
    assert estimate is not None
    assert estimate.best_mean == 3.0
    # Day 63: four days at 6 and three at 3 -> 4.71; day 64: five at 6 -> 5.14 >= 3 + 2.
    assert estimate.day == 64
    assert estimate.recent_mean >= 5.0


def test_a_rise_of_exactly_two_points_counts():
    estimate = estimate_wearing_off(cycle((10, 7.0), (50, 3.0), (30, 5.0)))
    assert estimate is not None
    assert estimate.day == 66  # the first week wholly at 5: exactly 2 above the best


def test_a_smaller_rise_is_no_wearing_off():
    assert estimate_wearing_off(cycle((10, 7.0), (50, 3.0), (30, 4.5))) is None


def test_the_high_days_before_the_benefit_starts_are_not_wearing_off():
    # Spasm starts high and only falls: nothing after the calmest fortnight rises.
    assert estimate_wearing_off(cycle((14, 7.0), (60, 3.0))) is None


def test_a_cycle_too_young_for_a_fortnight_has_no_estimate():
    assert estimate_wearing_off(cycle((13, 3.0))) is None


def test_sparse_ratings_are_not_trusted():
    # Only every third day rated: 4 or 5 ratings a fortnight, never the 7 needed.
    levels: list[float | None] = [None] * 90
    for day in range(0, 90, 3):
        levels[day] = 3.0 if day < 60 else 8.0
    assert estimate_wearing_off(levels) is None


def test_missing_days_inside_windows_are_skipped_not_counted_as_zero():
    levels = list(TYPICAL)
    for day in (20, 21, 33, 65):
        levels[day] = None
    estimate = estimate_wearing_off(levels)
    assert estimate is not None and estimate.best_mean == 3.0


def test_the_patients_own_date_wins_and_is_labelled_as_theirs():
    injected = d("2026-03-02")
    wearing = cycle_wearing_off(injected, TYPICAL, noticed=injected + timedelta(days=58))
    assert wearing.day == 58
    assert wearing.source is Source.PATIENT
    assert wearing.date == d("2026-04-29")
    assert wearing.estimate is not None and wearing.estimate.day == 64  # kept, not shown


def test_without_a_date_of_their_own_the_estimate_is_labelled_an_estimate():
    wearing = cycle_wearing_off(d("2026-03-02"), TYPICAL)
    assert (wearing.day, wearing.source) == (64, Source.ESTIMATE)


def test_a_noticed_date_before_the_injection_is_ignored():
    injected = d("2026-03-02")
    wearing = cycle_wearing_off(injected, TYPICAL, noticed=injected - timedelta(days=3))
    assert (wearing.day, wearing.source) == (64, Source.ESTIMATE)


def test_neither_date_nor_estimate_marks_nothing():
    wearing = cycle_wearing_off(d("2026-03-02"), cycle((20, 3.0)))
    assert wearing.day is None and wearing.source is None and wearing.date is None


def test_window_means_need_a_full_window_and_enough_ratings():
    levels = [2.0, None, 4.0, 6.0]
    assert window_means(levels, 3, 2) == [None, None, 3.0, 5.0]
    assert window_means(levels, 3, 3) == [None, None, None, None]


def test_the_drawn_line_starts_on_day_0_and_matches_the_estimate_windows():
    means = recent_means(TYPICAL)
    assert means[0] == 7.0  # a line from the first day, not a week late
    full = window_means(TYPICAL, 7, 4)
    assert means[6:] == full[6:]
