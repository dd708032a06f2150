"""Adherence of periods, kinds, weeks and days: credits against planned, capped per kind."""

from __future__ import annotations

from analysis_builders import CEST, CET, EST, at, d, history, injection, plan, session

from coach.analysis.adherence import day_summary, period_figures
from coach.analysis.period import Period
from coach.analysis.stats import compute_stats
from coach.core.records import Kind, SessionStatus

# 2026-03-02 is a Monday; 2026-03-29 is the Sunday clocks go from +01:00 to +02:00 in the EU.
TODAY = d("2026-06-01")


def stats(h, start, end):
    return compute_stats(h, d(start), d(end), TODAY)


def test_nothing_planned_gives_no_adherence_but_counts_credits():
    s = stats(history(session(at("2026-03-02"))), "2026-03-02", "2026-03-08")
    assert s["planned"] == 0
    assert s["credits"] == 1.0
    assert s["adherence"] is None
    assert s["weeks"][0]["adherence"] is None
    assert s["by_kind"]["stretch"] == {"planned": 0, "credits": 1.0, "adherence": None}


def test_extra_breathing_never_makes_up_for_missed_stretches():
    h = history(
        plan("2026-03-01", Kind.STRETCH, 2),
        plan("2026-03-01", Kind.BREATHING, 1),
        *[session(at("2026-03-02", f"0{h}:00"), Kind.BREATHING) for h in range(1, 5)],
    )
    s = stats(h, "2026-03-02", "2026-03-02")
    assert s["planned"] == 3
    assert s["credits"] == 4.0  # raw, not capped
    assert s["adherence"] == 1 / 3  # min(0, 2) + min(4, 1) over 3
    assert s["by_kind"]["breathing"] == {"planned": 1, "credits": 4.0, "adherence": 1.0}
    assert s["by_kind"]["stretch"] == {"planned": 2, "credits": 0.0, "adherence": 0.0}


def test_the_cap_applies_to_the_period_total_of_a_kind_not_to_each_day():
    # Twice on Monday, nothing on Tuesday, with once a day planned: the period is complete.
    h = history(
        plan("2026-03-01", Kind.STRETCH, 1),
        session(at("2026-03-02", "08:00")),
        session(at("2026-03-02", "18:00")),
    )
    s = stats(h, "2026-03-02", "2026-03-03")
    assert s["adherence"] == 1.0
    assert s["weeks"][0]["adherence"] == 1.0
    assert [(x["planned"], x["credits"]) for x in s["days"]] == [(1, 2.0), (1, 0.0)]


def test_the_cap_applies_per_week_for_week_figures():
    # Week 1: 3 stretches against 1 planned; week 2: none against 1 planned.
    h = history(
        plan("2026-03-01", Kind.STRETCH, 1, "Mon"),
        *[session(at("2026-03-02", f"0{h}:00")) for h in range(1, 4)],
    )
    s = stats(h, "2026-03-02", "2026-03-15")
    assert [(w["planned"], w["credits"], w["adherence"]) for w in s["weeks"]] == [
        (1, 3.0, 1.0),
        (1, 0.0, 0.0),
    ]
    # Over the whole period the cap is on the period's total: min(3, 2) / 2.
    assert s["adherence"] == 1.0


def test_by_kind_always_lists_the_four_kinds():
    s = stats(history(), "2026-03-02", "2026-03-02")
    assert list(s["by_kind"]) == ["stretch", "heat", "breathing", "relaxation"]
    for figures in s["by_kind"].values():
        assert figures == {"planned": 0, "credits": 0.0, "adherence": None}


def test_injection_day_plans_breathing_but_no_stretch_or_heat():
    h = history(
        plan("2026-03-01", Kind.STRETCH, 2),
        plan("2026-03-01", Kind.HEAT, 1),
        plan("2026-03-01", Kind.BREATHING, 1),
        injection("2026-03-04"),
        session(at("2026-03-04"), Kind.BREATHING),
    )
    s = stats(h, "2026-03-04", "2026-03-04")
    assert s["planned"] == 1
    assert s["by_kind"]["stretch"]["planned"] == 0
    assert s["by_kind"]["heat"]["planned"] == 0
    assert s["by_kind"]["breathing"]["planned"] == 1
    assert s["adherence"] == 1.0


def test_a_plan_change_mid_week_splits_that_week():
    h = history(
        plan("2026-03-01", Kind.STRETCH, 2),
        plan("2026-03-05", Kind.STRETCH, 1),  # Thursday on
    )
    s = stats(h, "2026-03-02", "2026-03-08")
    assert [x["planned"] for x in s["days"]] == [2, 2, 2, 1, 1, 1, 1]
    assert s["weeks"][0]["planned"] == 10


def test_partial_weeks_at_both_ends_count_only_days_in_the_period():
    # Thursday 2026-03-05 to Tuesday 2026-03-17: weeks of 4, 7 and 2 days.
    h = history(
        plan("2026-02-01", Kind.STRETCH, 1),
        session(at("2026-03-02")),  # Monday of the first week, before the period
        session(at("2026-03-05")),
        session(at("2026-03-17")),
        session(at("2026-03-18")),  # Wednesday of the last week, after the period
    )
    s = stats(h, "2026-03-05", "2026-03-17")
    assert s["from"] == "2026-03-05" and s["to"] == "2026-03-17"
    assert [w["week_start"] for w in s["weeks"]] == ["2026-03-02", "2026-03-09", "2026-03-16"]
    assert [w["planned"] for w in s["weeks"]] == [4, 7, 2]
    assert [w["credits"] for w in s["weeks"]] == [1.0, 0.0, 1.0]
    assert [w["adherence"] for w in s["weeks"]] == [0.25, 0.0, 0.5]
    assert s["planned"] == 13 and s["credits"] == 2.0
    assert s["days"][0]["date"] == "2026-03-05" and s["days"][-1]["date"] == "2026-03-17"
    assert len(s["days"]) == 13


def test_records_late_and_early_in_the_day_count_on_their_local_day():
    h = history(
        plan("2026-03-01", Kind.STRETCH, 1),
        # Wednesday 23:55 at -05:00 is Thursday 04:55 UTC: still Wednesday's session.
        session(at("2026-03-04", "23:55", EST)),
        # Friday 00:05 at +01:00 is Thursday 23:05 UTC: Friday's session.
        session(at("2026-03-06", "00:05", CET)),
    )
    s = stats(h, "2026-03-04", "2026-03-06")
    assert [(x["date"], x["credits"]) for x in s["days"]] == [
        ("2026-03-04", 1.0),
        ("2026-03-05", 0.0),
        ("2026-03-06", 1.0),
    ]


def test_a_week_with_a_clock_change_keeps_every_session_on_its_day():
    # Week of Monday 2026-03-23; clocks go forward on Sunday 2026-03-29.
    h = history(
        plan("2026-03-01", Kind.BREATHING, 1),
        session(at("2026-03-28", "23:55", CET), Kind.BREATHING),  # Saturday, +01:00
        session(at("2026-03-29", "00:05", CET), Kind.BREATHING),  # Sunday before 02:00
        session(at("2026-03-29", "23:55", CEST), Kind.BREATHING),  # Sunday, +02:00
        session(at("2026-03-30", "00:05", CEST), Kind.BREATHING),  # Monday, next week
    )
    s = stats(h, "2026-03-23", "2026-04-05")
    by_day = {x["date"]: x["credits"] for x in s["days"]}
    assert by_day["2026-03-28"] == 1.0
    assert by_day["2026-03-29"] == 2.0
    assert by_day["2026-03-30"] == 1.0
    assert [w["credits"] for w in s["weeks"]] == [3.0, 1.0]
    assert [w["adherence"] for w in s["weeks"]] == [3 / 7, 1 / 7]


def test_in_progress_sessions_are_ignored():
    h = history(
        plan("2026-03-01", Kind.STRETCH, 1),
        session(at("2026-03-02"), status=SessionStatus.IN_PROGRESS),
    )
    s = stats(h, "2026-03-02", "2026-03-02")
    assert s["credits"] == 0.0 and s["adherence"] == 0.0


def test_minutes_by_kind_is_the_active_time_dose():
    h = history(
        session(at("2026-03-02"), seconds=90),
        session(at("2026-03-03"), seconds=30),
        session(at("2026-03-10"), Kind.HEAT, seconds=1200),
    )
    s = stats(h, "2026-03-02", "2026-03-15")
    assert s["minutes_by_kind"] == {
        "stretch": 2.0,
        "heat": 20.0,
        "breathing": 0.0,
        "relaxation": 0.0,
    }
    assert [w["minutes_by_kind"]["stretch"] for w in s["weeks"]] == [2.0, 0.0]


def test_day_summary_for_the_today_screen():
    h = history(
        plan("2026-03-01", Kind.STRETCH, 2),
        plan("2026-03-01", Kind.BREATHING, 1),
        session(at("2026-03-04", "08:00"), done=2, total=5),
        session(at("2026-03-04", "09:00"), Kind.BREATHING),
        session(at("2026-03-04", "10:00"), Kind.BREATHING),
        session(at("2026-03-03", "10:00")),  # yesterday
    )
    summary = day_summary(h, d("2026-03-04"))
    assert summary.planned == {
        Kind.STRETCH: 2,
        Kind.HEAT: 0,
        Kind.BREATHING: 1,
        Kind.RELAXATION: 0,
    }
    assert summary.credits == {
        Kind.STRETCH: 0.5,
        Kind.HEAT: 0.0,
        Kind.BREATHING: 2.0,
        Kind.RELAXATION: 0.0,
    }
    assert summary.remaining(Kind.STRETCH) == 1.5
    assert summary.remaining(Kind.BREATHING) == 0.0


def test_chart_series_match_the_stats_figures():
    h = history(
        plan("2026-03-01", Kind.STRETCH, 2),
        plan("2026-03-01", Kind.HEAT, 1, "Mon;Thu"),
        session(at("2026-03-03"), done=1),
        session(at("2026-03-05"), Kind.HEAT, before=6, after=3),
        session(at("2026-03-10"), before=4),
    )
    total, weeks, days = period_figures(h, Period(d("2026-03-03"), d("2026-03-11")))
    s = stats(h, "2026-03-03", "2026-03-11")
    assert total.adherence == s["adherence"]
    assert total.of(Kind.HEAT) == (2, 1.0, 0.5)
    assert [
        (w.week_start.isoformat(), w.days_in_period, w.totals.adherence) for w in weeks
    ] == [
        ("2026-03-02", 6, s["weeks"][0]["adherence"]),
        ("2026-03-09", 3, s["weeks"][1]["adherence"]),
    ]
    assert [(x.day.isoformat(), x.totals.planned_total, x.mean_spasm) for x in days] == [
        (x["date"], x["planned"], x["mean_spasm"]) for x in s["days"]
    ]
    assert days[2].totals.credits == (0.0, 1.0, 0.0, 0.0)  # Thursday: the heat session
