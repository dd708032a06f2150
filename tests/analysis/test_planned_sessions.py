"""Planned sessions per day and kind: plan history, weekdays and the injection-day rule."""

from __future__ import annotations

from datetime import date, timedelta

from analysis_builders import d, plan
from hypothesis import given
from hypothesis import strategies as st

from coach.analysis.planning import PlanIndex
from coach.core.records import KINDS, Kind, PlanRow

# 2026-03-02 is a Monday.


def test_no_plan_plans_nothing():
    index = PlanIndex([])
    assert index.planned_by_kind(d("2026-03-04")) == (0, 0, 0, 0)
    assert index.planned_range(d("2026-03-02"), d("2026-03-08")) == [(0, 0, 0, 0)] * 7


def test_nothing_is_planned_before_the_first_row():
    index = PlanIndex([plan("2026-03-04", Kind.STRETCH, 2)])
    assert index.planned(Kind.STRETCH, d("2026-03-03")) == 0
    assert index.planned(Kind.STRETCH, d("2026-03-04")) == 2


def test_only_listed_weekdays_are_planned():
    index = PlanIndex([plan("2026-03-01", Kind.STRETCH, 2, "Mon;Wed;Fri")])
    week = [index.planned(Kind.STRETCH, d("2026-03-02") + timedelta(days=i)) for i in range(7)]
    assert week == [2, 0, 2, 0, 2, 0, 0]


def test_a_row_with_no_weekdays_plans_nothing():
    index = PlanIndex(
        [plan("2026-03-01", Kind.STRETCH, 2), plan("2026-03-04", Kind.STRETCH, 2, "")]
    )
    assert index.planned(Kind.STRETCH, d("2026-03-03")) == 2
    assert index.planned(Kind.STRETCH, d("2026-03-04")) == 0


def test_a_plan_changed_mid_week_holds_from_its_day_on():
    index = PlanIndex(
        [
            plan("2026-03-01", Kind.STRETCH, 2, "Mon;Tue;Wed;Thu;Fri"),
            plan("2026-03-05", Kind.STRETCH, 1),  # from Thursday: once a day, every day
            plan("2026-03-01", Kind.BREATHING, 1),
        ]
    )
    stretch = [s for s, _h, _b, _r in index.planned_range(d("2026-03-02"), d("2026-03-08"))]
    assert stretch == [2, 2, 2, 1, 1, 1, 1]
    # Another kind's row is not touched by the change.
    assert index.planned(Kind.BREATHING, d("2026-03-08")) == 1


def test_rows_are_found_whatever_order_they_come_in():
    rows = [plan("2026-05-01", Kind.HEAT, 3), plan("2026-01-01", Kind.HEAT, 1)]
    index = PlanIndex(rows)
    assert index.planned(Kind.HEAT, d("2026-04-30")) == 1
    assert index.planned(Kind.HEAT, d("2026-05-01")) == 3


def test_on_an_injection_day_stretch_and_heat_rest_but_breathing_does_not():
    rows = [plan("2026-03-01", kind, 2) for kind in KINDS]
    index = PlanIndex(rows, [d("2026-03-04")])
    assert index.planned_by_kind(d("2026-03-04")) == (
        0,
        0,
        2,
        2,
    )  # stretch, heat, breathing, relaxation
    assert index.planned_by_kind(d("2026-03-05")) == (2, 2, 2, 2)
    assert index.planned_range(d("2026-03-03"), d("2026-03-05")) == [
        (2, 2, 2, 2),
        (0, 0, 2, 2),
        (2, 2, 2, 2),
    ]


_days = st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 4, 30))
_rows = st.builds(
    PlanRow,
    valid_from=_days,
    kind=st.sampled_from(KINDS),
    times_per_day=st.integers(0, 3),
    weekdays=st.frozensets(st.integers(0, 6)),
)


@given(
    rows=st.lists(_rows, max_size=8),
    injections=st.lists(_days, max_size=4),
    start=_days,
    length=st.integers(0, 60),
)
def test_the_range_sweep_agrees_with_day_by_day_lookups(rows, injections, start, length):
    index = PlanIndex(rows, injections)
    end = start + timedelta(days=length - 1)
    expected = [index.planned_by_kind(start + timedelta(days=i)) for i in range(length)]
    assert index.planned_range(start, end) == expected


@given(rows=st.lists(_rows, max_size=8), day=_days)
def test_the_row_in_force_is_the_latest_started_one(rows, day):
    index = PlanIndex(rows)
    for kind in KINDS:
        started = [r for r in rows if r.kind == kind and r.valid_from <= day]
        if not started:
            assert index.planned(kind, day) == 0
            continue
        latest = max(r.valid_from for r in started)
        # Among rows starting the same day, the last one given wins.
        row = [r for r in started if r.valid_from == latest][-1]
        assert index.planned(kind, day) == (
            row.times_per_day if day.weekday() in row.weekdays else 0
        )
