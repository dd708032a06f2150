"""Injection cycles: from each injection date to the day before the next one."""

from __future__ import annotations

from datetime import timedelta

from analysis_builders import at, d, history, injection, symptom

from coach.analysis.cycles import cycle_position
from coach.analysis.stats import compute_stats

TODAY = d("2026-06-01")


def cycles(h, start, end):
    return compute_stats(h, d(start), d(end), TODAY)["cycles"]


def test_cycles_run_to_the_day_before_the_next_injection_and_to_the_end_for_the_last():
    h = history(
        injection("2026-01-10"),  # before the period: not listed
        injection("2026-03-05"),
        injection("2026-03-05"),  # the same date twice is one cycle
        injection("2026-03-20"),
        symptom(at("2026-03-04"), 9),  # belongs to the January cycle
        symptom(at("2026-03-05"), 4),  # day 0 counts
        symptom(at("2026-03-06"), 5),
        symptom(at("2026-03-06", "20:00"), 7),  # day level 6
        symptom(at("2026-03-19"), 2),  # last day of the first cycle
    )
    assert cycles(h, "2026-03-01", "2026-03-31") == [
        {"injection_date": "2026-03-05", "days": 15, "mean_spasm": 4.0},  # (4 + 6 + 2) / 3
        {"injection_date": "2026-03-20", "days": 12, "mean_spasm": None},
    ]


def test_a_cycle_counts_only_its_days_inside_the_period():
    h = history(
        injection("2026-03-05"),
        injection("2026-04-10"),  # after the period
        symptom(at("2026-03-31"), 3),
        symptom(at("2026-04-01"), 9),  # after the period
    )
    assert cycles(h, "2026-03-01", "2026-03-31") == [
        {"injection_date": "2026-03-05", "days": 27, "mean_spasm": 3.0},
    ]


def test_an_injection_on_the_last_day_is_a_one_day_cycle():
    h = history(injection("2026-03-31"), symptom(at("2026-03-31"), 5))
    assert cycles(h, "2026-03-01", "2026-03-31") == [
        {"injection_date": "2026-03-31", "days": 1, "mean_spasm": 5.0},
    ]


def test_cycle_position_counts_days_and_weeks_from_the_latest_injection():
    dates = [d("2026-01-10"), d("2026-03-05")]
    assert cycle_position(dates, d("2026-01-09")) is None
    position = cycle_position(dates, d("2026-03-05") + timedelta(days=29))
    assert (position.injection_date, position.day, position.week) == (d("2026-03-05"), 29, 5)
