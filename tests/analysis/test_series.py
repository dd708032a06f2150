"""The Progress series: every number equals `coach stats --json` for the same history."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from analysis_builders import at, d, history, injection, plan, session, symptom

from coach.analysis.series import (
    CellState,
    Granularity,
    Phase,
    build_progress,
    expected_phase,
    granularity_for,
)
from coach.analysis.stats import compute_stats
from coach.analysis.wearing_off import Source
from coach.core.records import Kind, SessionStatus

TODAY = d("2026-03-29")  # a Sunday: four whole ISO weeks from 2 March


def four_weeks():
    """A hand-made month: a plan, sessions, ratings with notes, one injection.

    Week 1 and week 2 (with the injection on Tue 10 March): everything done. Week 3:
    nothing on Mon/Wed/Fri, only breathing on Tue, only stretches on Thu. Week 4: all done.
    Sunday 1 March has a rating but no plan yet.
    """
    records = [
        plan("2026-03-02", Kind.STRETCH, 2),
        plan("2026-03-02", Kind.BREATHING, 1),
        injection("2026-03-10"),
        symptom(at("2026-03-01", "20:00"), 6),
    ]
    day = d("2026-03-02")
    while day <= TODAY:
        iso = day.isoformat()
        weekday = day.weekday()
        week = (day - d("2026-03-02")).days // 7 + 1
        skip_all = week == 3 and weekday in (0, 2, 4)
        stretches = 0 if day == d("2026-03-10") or skip_all else 2
        breathing = 0 if skip_all or (week == 3 and weekday == 3) else 1
        if week == 3 and weekday == 1:
            stretches = 0
        # Spasm eases over the month: 6 in week 1 down to 3 in week 4.
        level = 7 - week
        for n in range(stretches):
            records.append(
                session(
                    at(iso, f"0{8 + n}:00"), Kind.STRETCH, routine="neck",
                    before=level, after=level - 2,
                )
            )  # fmt: skip
        for _ in range(breathing):
            records.append(
                session(
                    at(iso, "21:00"), Kind.BREATHING, routine="belly", before=level, after=level
                )
            )
        records.append(symptom(at(iso, "19:00"), level))
        day += timedelta(days=1)
    return history(*records)


@pytest.fixture(scope="module")
def hist():
    return four_weeks()


@pytest.fixture(scope="module")
def stats(hist):
    return compute_stats(hist, None, None, TODAY)


@pytest.fixture(scope="module")
def progress(hist):
    return build_progress(hist, TODAY)


def test_the_period_is_the_stats_default_period(progress, stats):
    assert progress.period.start.isoformat() == stats["from"] == "2026-03-01"
    assert progress.period.end == TODAY


def test_daily_bars_and_line_equal_the_stats_days(progress, stats):
    days = progress.days
    assert len(days) == len(stats["days"])
    for i, row in enumerate(stats["days"]):
        assert days.day_at(i).isoformat() == row["date"]
        assert days.planned[i] == row["planned"]
        assert days.credits[i] == row["credits"]
        assert days.level[i] == row["mean_spasm"]


def test_daily_adherence_is_capped_per_kind(progress):
    days = progress.days
    thursday = days.index(d("2026-03-19"))  # two stretches, no breathing: 2 of 3
    assert days.adherence[thursday] == pytest.approx(2 / 3)
    tuesday = days.index(d("2026-03-17"))  # breathing only: 1 of 3
    assert days.adherence[tuesday] == pytest.approx(1 / 3)
    injection_day = days.index(d("2026-03-10"))  # stretches not planned: 1 of 1
    assert days.planned[injection_day] == 1
    assert days.adherence[injection_day] == 1.0
    assert days.adherence[days.index(d("2026-03-01"))] is None  # nothing planned


def test_weekly_bars_equal_the_stats_weeks(progress, stats):
    weeks = progress.weeks
    assert [w.isoformat() for w in weeks.week_start] == [
        row["week_start"] for row in stats["weeks"]
    ]
    for i, row in enumerate(stats["weeks"]):
        assert weeks.planned[i] == row["planned"]
        assert weeks.credits[i] == row["credits"]
        assert weeks.adherence[i] == row["adherence"]
        assert weeks.mean_spasm[i] == row["mean_spasm"]


def test_streak_effects_and_cycles_equal_the_stats(progress, stats):
    assert progress.streak_weeks == stats["goal_streak_weeks"] == 1
    assert progress.tiles.streak_weeks == 1
    assert {e.routine_id: (e.sessions, e.mean_drop) for e in progress.effects} == {
        rid: (row["sessions"], row["mean_drop"])
        for rid, row in stats["effect_by_routine"].items()
    }
    assert [(c.injection_date.isoformat(), c.days, c.mean_spasm) for c in progress.cycles] == [
        (row["injection_date"], row["days"], row["mean_spasm"]) for row in stats["cycles"]
    ]


def test_effects_come_largest_drop_first_with_their_titles_and_kinds(progress):
    assert [(e.routine_id, e.kind, e.mean_drop) for e in progress.effects] == [
        ("neck", Kind.STRETCH, 2.0),
        ("belly", Kind.BREATHING, 0.0),
    ]
    assert progress.effects[0].title == "A routine"


def test_tiles_this_week_against_last(progress):
    tiles = progress.tiles
    assert tiles.week_start == d("2026-03-23")
    assert (tiles.week_planned, tiles.week_credits, tiles.week_adherence) == (21, 21.0, 1.0)
    assert tiles.spasm_last_week is not None and tiles.spasm_this_week is not None
    assert tiles.spasm_this_week < tiles.spasm_last_week


def test_tiles_place_today_in_the_injection_cycle(progress):
    tiles = progress.tiles
    assert tiles.cycle is not None
    assert (tiles.cycle.injection_date, tiles.cycle.day) == (d("2026-03-10"), 19)
    assert tiles.phase is Phase.BUILDING
    assert tiles.phase_source is None


def test_the_cycle_curve_holds_each_days_level_by_cycle_day(progress):
    (curve,) = progress.cycles
    assert curve.injection_date == d("2026-03-10") and curve.is_current
    assert curve.days == 20
    assert curve.level[0] == progress.days.level[progress.days.index(d("2026-03-10"))]
    assert len(curve.recent) == curve.days


def test_the_calendar_tells_missed_days_from_days_without_a_plan(progress):
    cal = progress.calendar
    assert cal.first_monday.weekday() == 0
    assert cal.cell(TODAY).state is CellState.GOAL
    assert cal.cell(d("2026-03-16")).state is CellState.MISSED
    assert cal.cell(d("2026-03-17")).state is CellState.SOME
    assert cal.cell(d("2026-03-19")).state is CellState.HALF
    assert cal.cell(d("2026-03-01")).state is CellState.NO_PLAN
    assert cal.cell(d("2026-02-27")).state is CellState.OUTSIDE  # before the first record
    assert len(cal.cells) == cal.weeks * 7
    assert cal.cell(TODAY - timedelta(days=364)) is not None


def test_a_days_detail_has_its_figures_notes_and_cycle_day(hist):
    noted = replace(symptom(at("2026-03-12", "22:00"), 4), note="Neck heavy today")
    progress = build_progress(replace(hist, symptoms=(*hist.symptoms, noted)), TODAY)
    detail = progress.day_detail(d("2026-03-12"))
    assert detail is not None
    assert (detail.planned, detail.credits) == (3, 3.0)
    assert detail.notes == ("Neck heavy today",)
    # Week 2: three befores and a rating at 5, and the new rating of 4.
    assert detail.level == pytest.approx((5 + 5 + 5 + 5 + 4) / 5)
    assert detail.cycle is not None and detail.cycle.day == 2
    assert progress.day_detail(d("2026-04-01")) is None  # after today


def test_a_recorded_wearing_off_date_sets_the_phase_and_wins(hist):
    dated = replace(hist.injections[0], wearing_off_noticed=d("2026-03-25"))
    progress = build_progress(replace(hist, injections=(dated,)), TODAY)
    assert progress.cycles[0].wearing_off.source is Source.PATIENT
    assert progress.cycles[0].wearing_off.day == 15
    assert (progress.tiles.phase, progress.tiles.phase_source) == (
        Phase.WEARING_OFF,
        Source.PATIENT,
    )


def test_the_worsening_rule_reaches_the_screen_data(hist):
    worse = [
        replace(
            session(at(f"2026-03-2{i}", "12:00"), routine="desk", before=3, after=6),
            routine_title="Desk micro-break",
        )
        for i in (5, 6, 7)
    ]
    progress = build_progress(replace(hist, sessions=(*hist.sessions, *worse)), TODAY)
    assert [n.routine_id for n in progress.worsening] == ["desk"]
    assert build_progress(hist, TODAY).worsening == ()


def test_an_empty_diary_gives_empty_but_whole_figures():
    progress = build_progress(history(), TODAY)
    assert not progress.has_records
    assert progress.period.start == progress.period.end == TODAY
    assert len(progress.days) == 1 and progress.days.adherence == (None,)
    assert progress.cycles == () and progress.effects == ()
    assert progress.tiles.cycle is None and progress.tiles.week_adherence is None
    assert progress.calendar.cell(TODAY).state is CellState.NO_PLAN


def test_a_plan_alone_is_not_a_record():
    assert not build_progress(history(plan("2026-03-02", Kind.STRETCH, 2)), TODAY).has_records


def test_one_week_of_records_has_no_last_week_to_compare():
    records = [plan("2026-03-23", Kind.STRETCH, 1)] + [
        session(at(f"2026-03-{day}", "09:00"), before=4, after=3) for day in range(23, 30)
    ]
    progress = build_progress(history(*records), TODAY)
    assert progress.tiles.week_adherence == 1.0
    assert progress.tiles.spasm_this_week == 4.0
    assert progress.tiles.spasm_last_week is None
    assert progress.tiles.streak_weeks == 1
    assert progress.effects[0].too_few is False and progress.effects[0].sessions == 7


def test_sessions_in_progress_count_nowhere(hist):
    running = replace(
        session(at("2026-03-29", "23:00"), before=9), status=SessionStatus.IN_PROGRESS
    )
    with_running = build_progress(replace(hist, sessions=(*hist.sessions, running)), TODAY)
    assert with_running.days == build_progress(hist, TODAY).days


@pytest.mark.parametrize(
    ("day", "phase"),
    [
        (0, Phase.INJECTION),
        (2, Phase.EARLY),
        (3, Phase.ONSET),
        (14, Phase.ONSET),
        (15, Phase.BUILDING),
        (21, Phase.PEAK),
        (33, Phase.PEAK),
        (41, Phase.PEAK),
        (42, Phase.AFTER_PEAK),
        (49, Phase.WEARING_OFF),
        (120, Phase.WEARING_OFF),
    ],
)
def test_the_typical_course_of_a_cycle(day, phase):
    assert expected_phase(day) is phase


def test_bars_turn_weekly_past_six_months():
    assert granularity_for(91) is Granularity.DAY
    assert granularity_for(183) is Granularity.DAY
    assert granularity_for(184) is Granularity.WEEK
    assert granularity_for(7300) is Granularity.WEEK
