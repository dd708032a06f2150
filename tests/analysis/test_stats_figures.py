"""`coach stats --json` figures: the whole dict for a small history worked out by hand."""

from __future__ import annotations

import json
import math
from datetime import date, datetime, timedelta, timezone

import pytest
from analysis_builders import CET, EST, at, d, history, injection, plan, session, symptom
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.analysis.period import PeriodError
from coach.analysis.spasm import daily_levels
from coach.analysis.stats import compute_stats
from coach.core.records import (
    KINDS,
    History,
    Injection,
    Kind,
    PlanRow,
    SessionRecord,
    SessionStatus,
    SymptomEntry,
)

STRETCH, BREATHING, RELAXATION = Kind.STRETCH, Kind.BREATHING, Kind.RELAXATION


def small_history() -> History:
    """One week and two days of a patient's diary, March 2026 (Monday 03-02), at +01:00."""
    return history(
        # Plan: stretch twice on weekdays, from Saturday 03-07 once every day; breathing daily.
        plan("2026-03-01", STRETCH, 2, "Mon;Tue;Wed;Thu;Fri"),
        plan("2026-03-07", STRETCH, 1),
        plan("2026-03-01", BREATHING, 1),
        # Injections: one before the period, two inside (no stretch planned on those days).
        injection("2026-02-20"),
        injection("2026-03-05"),
        injection("2026-03-09"),
        # Tue 03-03, before the period: counts for nothing.
        session(at("2026-03-03", "09:00"), routine="neck", before=9, after=1),
        # Wed 03-04
        session(at("2026-03-04", "08:00"), routine="neck", before=6, after=4),  # 5/5: 1
        session(at("2026-03-04", "18:00"), done=4, routine="neck", before=5, after=4),  # 4/5: 1
        session(at("2026-03-04", "20:00"), BREATHING, 3, 3, routine="box", before=5, after=3),
        symptom(at("2026-03-04", "21:00"), 4),
        # Thu 03-05, injection day: the stretch is extra (nothing planned)
        symptom(at("2026-03-05", "08:00"), 7),
        session(at("2026-03-05", "10:00"), BREATHING, 3, 3, routine="box"),
        session(at("2026-03-05", "11:00"), routine="neck"),
        # Fri 03-06: 7 of 9 steps is half credit; a second breathing is extra
        session(
            at("2026-03-06", "09:00"),
            done=7,
            total=9,
            routine="neck",
            before=7,
            after=3,
            seconds=300,
        ),
        session(at("2026-03-06", "09:30"), BREATHING, 3, 3, routine="box"),
        session(at("2026-03-06", "10:00"), BREATHING, 3, 3, routine="box"),
        # Sat 03-07 23:55 at -05:00 (Sunday 04:55 UTC): Saturday's session
        session(at("2026-03-07", "23:55", EST), routine="neck", before=2, after=1),
        # Sun 03-08
        session(at("2026-03-08", "10:00"), routine="neck"),
        symptom(at("2026-03-08", "23:55", CET), 3),
        # Mon 03-09 00:05 (Sunday 23:05 UTC), injection day: a stopped breathing, 0 steps
        session(
            at("2026-03-09", "00:05"),
            BREATHING,
            0,
            3,
            routine="box",
            before=8,
            after=9,
            status=SessionStatus.STOPPED,
            seconds=60,
        ),
        symptom(at("2026-03-09", "12:00"), 6),
        # Tue 03-10: relaxation, never planned; a session still in progress is ignored
        session(at("2026-03-10", "19:00"), RELAXATION, 4, 4, routine="scan", before=4, after=2),
        session(
            at("2026-03-10", "20:00"),
            routine="neck",
            before=10,
            after=0,
            status=SessionStatus.IN_PROGRESS,
        ),
    )


def test_stats_small_history_by_hand():
    stats = compute_stats(small_history(), d("2026-03-04"), d("2026-03-10"), d("2026-03-20"))
    # Planned (stretch + breathing) per day, Wed 03-04 .. Tue 03-10:
    #   Wed 2+1=3, Thu 0+1=1 (injection), Fri 2+1=3, Sat 1+1=2 (new row), Sun 1+1=2,
    #   Mon 0+1=1 (injection), Tue 1+1=2  -> stretch 7, breathing 7, total 14.
    # Credits per day: Wed 1+1 stretch, 1 breathing = 3; Thu 1 + 1 = 2; Fri 0.5 + 1 + 1
    #   = 2.5; Sat 1; Sun 1; Mon 0 (no step done); Tue 1 relaxation -> 10.5.
    #   By kind: stretch 5.5, breathing 4, relaxation 1.
    # Adherence: (min(5.5, 7) + min(4, 7) + min(1, 0)) / 14 = 9.5 / 14.
    # Daily spasm (symptoms and spasm_before; never spasm_after):
    #   Wed (6+5+5+4)/4 = 5, Thu 7, Fri 7, Sat 2, Sun 3, Mon (8+6)/2 = 7, Tue 4.
    # Weeks: Mon 03-02 (Wed..Sun in the period): planned 3+1+3+2+2 = 11, credits 9.5,
    #   capped min(5.5, 6) + min(4, 5) = 9.5 -> 9.5/11; spasm (5+7+7+2+3)/5 = 4.8.
    #   Mon 03-09 (Mon, Tue): planned 1+2 = 3, credits 1 (relaxation, unplanned),
    #   capped 0 -> 0.0; spasm (7+4)/2 = 5.5.
    # Streak: week 03-09 ends Sunday 03-15 > 03-10, so start at week 03-02: 9.5/11 >= 0.8
    #   -> 1; there is no earlier week in the period.
    # Effect: neck 6-4, 5-4, 7-3, 2-1 -> 8/4 = 2.0; box 5-3, 8-9 -> 1/2; scan 4-2 -> 2.
    # Cycles: 03-05 up to 03-08 (4 days: 7, 7, 2, 3 -> 19/4); 03-09 to the end (2 days:
    #   7, 4 -> 5.5). The 02-20 injection lies before the period.
    # Minutes: stretch 10+10+10+5+10+10 = 55, breathing 10*4 + 1 = 41, relaxation 10.
    assert stats == {
        "from": "2026-03-04",
        "to": "2026-03-10",
        "adherence": 9.5 / 14,
        "planned": 14,
        "credits": 10.5,
        "by_kind": {
            "stretch": {"planned": 7, "credits": 5.5, "adherence": 5.5 / 7},
            "heat": {"planned": 0, "credits": 0.0, "adherence": None},
            "breathing": {"planned": 7, "credits": 4.0, "adherence": 4 / 7},
            "relaxation": {"planned": 0, "credits": 1.0, "adherence": None},
        },
        "weeks": [
            {
                "week_start": "2026-03-02",
                "planned": 11,
                "credits": 9.5,
                "adherence": 9.5 / 11,
                "mean_spasm": 4.8,
                "minutes_by_kind": {
                    "stretch": 55.0,
                    "heat": 0.0,
                    "breathing": 40.0,
                    "relaxation": 0.0,
                },
            },
            {
                "week_start": "2026-03-09",
                "planned": 3,
                "credits": 1.0,
                "adherence": 0.0,
                "mean_spasm": 5.5,
                "minutes_by_kind": {
                    "stretch": 0.0,
                    "heat": 0.0,
                    "breathing": 1.0,
                    "relaxation": 10.0,
                },
            },
        ],
        "days": [
            {"date": "2026-03-04", "planned": 3, "credits": 3.0, "mean_spasm": 5.0},
            {"date": "2026-03-05", "planned": 1, "credits": 2.0, "mean_spasm": 7.0},
            {"date": "2026-03-06", "planned": 3, "credits": 2.5, "mean_spasm": 7.0},
            {"date": "2026-03-07", "planned": 2, "credits": 1.0, "mean_spasm": 2.0},
            {"date": "2026-03-08", "planned": 2, "credits": 1.0, "mean_spasm": 3.0},
            {"date": "2026-03-09", "planned": 1, "credits": 0.0, "mean_spasm": 7.0},
            {"date": "2026-03-10", "planned": 2, "credits": 1.0, "mean_spasm": 4.0},
        ],
        "effect_by_routine": {
            "box": {"sessions": 2, "mean_drop": 0.5},
            "neck": {"sessions": 4, "mean_drop": 2.0},
            "scan": {"sessions": 1, "mean_drop": 2.0},
        },
        "goal_streak_weeks": 1,
        "cycles": [
            {"injection_date": "2026-03-05", "days": 4, "mean_spasm": 4.75},
            {"injection_date": "2026-03-09", "days": 2, "mean_spasm": 5.5},
        ],
        "mean_spasm": 5.0,  # (5+7+7+2+3+7+4) / 7
        "minutes_by_kind": {
            "stretch": 55.0,
            "heat": 0.0,
            "breathing": 41.0,
            "relaxation": 10.0,
        },
    }


def test_stats_types_and_json():
    stats = compute_stats(small_history(), d("2026-03-04"), d("2026-03-10"), d("2026-03-20"))
    assert type(stats["planned"]) is int and type(stats["credits"]) is float
    assert all(type(day["planned"]) is int for day in stats["days"])
    assert all(type(day["credits"]) is float for day in stats["days"])
    assert all(type(k["credits"]) is float for k in stats["by_kind"].values())
    text = json.dumps(stats)
    assert '"adherence": null' in text  # heat: nothing planned
    assert json.loads(text) == stats


def test_period_defaults_to_the_first_record_day_and_today():
    h = history(
        plan("2025-12-01", STRETCH, 1),  # plan rows are not records
        session(at("2026-03-04")),
        injection("2026-03-02"),  # the earliest record
        symptom(at("2026-03-03"), 4),
    )
    stats = compute_stats(h, None, None, d("2026-03-06"))
    assert (stats["from"], stats["to"]) == ("2026-03-02", "2026-03-06")
    assert len(stats["days"]) == 5


def test_an_in_progress_session_is_not_the_first_record():
    h = history(
        session(at("2026-03-01"), status=SessionStatus.IN_PROGRESS),
        symptom(at("2026-03-03"), 4),
    )
    assert compute_stats(h, None, None, d("2026-03-06"))["from"] == "2026-03-03"


def test_no_records_gives_a_one_day_period_with_nothing_in_it():
    stats = compute_stats(History(), None, None, d("2026-03-06"))
    assert (stats["from"], stats["to"]) == ("2026-03-06", "2026-03-06")
    assert stats["adherence"] is None and stats["planned"] == 0 and stats["credits"] == 0.0
    assert stats["weeks"] == [
        {
            "week_start": "2026-03-02",
            "planned": 0,
            "credits": 0.0,
            "adherence": None,
            "mean_spasm": None,
            "minutes_by_kind": dict.fromkeys(
                ["stretch", "heat", "breathing", "relaxation"], 0.0
            ),
        }
    ]
    assert stats["days"] == [
        {"date": "2026-03-06", "planned": 0, "credits": 0.0, "mean_spasm": None}
    ]
    assert stats["effect_by_routine"] == {} and stats["cycles"] == []
    assert stats["goal_streak_weeks"] == 0


def test_a_given_to_before_the_first_record_still_makes_a_period():
    h = history(symptom(at("2026-03-04"), 4))
    stats = compute_stats(h, None, d("2026-03-01"), d("2026-03-06"))
    assert (stats["from"], stats["to"]) == ("2026-03-01", "2026-03-01")


def test_from_after_to_is_refused_with_both_dates_named():
    with pytest.raises(PeriodError, match=r"2026-03-05.*2026-03-04"):
        compute_stats(History(), d("2026-03-05"), d("2026-03-04"), d("2026-03-06"))
    with pytest.raises(PeriodError, match="2026-04-01"):
        compute_stats(History(), d("2026-04-01"), None, d("2026-03-06"))  # to = today


# Property tests on random histories ---------------------------------------------------

_START = date(2026, 3, 1)
_offsets = st.sampled_from([timedelta(hours=h) for h in (-5, 0, 1, 2, 9)])
_moments = st.builds(
    lambda day, minute, offset: (
        datetime.combine(_START + timedelta(days=day), datetime.min.time(), timezone(offset))
        + timedelta(minutes=minute)
    ),
    st.integers(0, 40),
    st.integers(0, 24 * 60 - 1),
    _offsets,
)
_ratings = st.none() | st.integers(0, 10)


@st.composite
def _sessions(draw):
    total = draw(st.integers(1, 9))
    return SessionRecord(
        id="x",
        routine_id=draw(st.sampled_from(["a", "b"])),
        routine_title="",
        kind=draw(st.sampled_from(KINDS)),
        started_at=draw(_moments),
        planned_seconds=60,
        active_seconds=draw(st.integers(0, 900)),
        steps_done=draw(st.integers(0, total)),
        steps_total=total,
        status=draw(st.sampled_from(list(SessionStatus))),
        spasm_before=draw(_ratings),
        spasm_after=draw(_ratings),
    )


_histories = st.builds(
    History,
    sessions=st.lists(_sessions(), max_size=30).map(tuple),
    symptoms=st.lists(
        st.builds(
            SymptomEntry, id=st.just("y"), recorded_at=_moments, spasm=st.integers(0, 10)
        ),
        max_size=10,
    ).map(tuple),
    injections=st.lists(
        st.builds(Injection, id=st.just("i"), date=st.dates(_START, _START + timedelta(40))),
        max_size=3,
    ).map(tuple),
    plan=st.lists(
        st.builds(
            PlanRow,
            valid_from=st.dates(_START - timedelta(10), _START + timedelta(40)),
            kind=st.sampled_from(KINDS),
            times_per_day=st.integers(0, 3),
            weekdays=st.frozensets(st.integers(0, 6)),
        ),
        max_size=6,
    ).map(tuple),
)
_period = st.tuples(st.integers(0, 40), st.integers(0, 20)).map(
    lambda p: (_START + timedelta(days=p[0]), _START + timedelta(days=p[0] + p[1]))
)


@settings(max_examples=60, deadline=None)
@given(h=_histories, period=_period)
def test_figures_add_up_and_adherence_stays_between_0_and_1(h, period):
    stats = compute_stats(h, period[0], period[1], date(2026, 6, 1))
    for figures in [stats, *stats["weeks"], *stats["by_kind"].values()]:
        assert figures["adherence"] is None or 0.0 <= figures["adherence"] <= 1.0
        assert (figures["adherence"] is None) == (figures["planned"] == 0)
    assert sum(x["planned"] for x in stats["days"]) == stats["planned"]
    assert sum(x["planned"] for x in stats["weeks"]) == stats["planned"]
    assert sum(x["planned"] for x in stats["by_kind"].values()) == stats["planned"]
    assert sum(x["credits"] for x in stats["days"]) == stats["credits"]
    assert sum(x["credits"] for x in stats["weeks"]) == stats["credits"]
    assert sum(x["credits"] for x in stats["by_kind"].values()) == stats["credits"]
    assert sum(c["days"] for c in stats["cycles"]) <= len(stats["days"])
    levels = daily_levels(h)
    assert [x["mean_spasm"] for x in stats["days"]] == [
        levels.get(date.fromisoformat(x["date"])) for x in stats["days"]
    ]
    for week in stats["weeks"]:
        monday = date.fromisoformat(week["week_start"])
        rated = [
            x["mean_spasm"]
            for x in stats["days"]
            if 0 <= (date.fromisoformat(x["date"]) - monday).days < 7
            and x["mean_spasm"] is not None
        ]
        if rated:
            assert math.isclose(week["mean_spasm"], sum(rated) / len(rated))
        else:
            assert week["mean_spasm"] is None
    assert stats["goal_streak_weeks"] <= len(stats["weeks"])


@settings(max_examples=60, deadline=None)
@given(h=_histories, period=_period)
def test_credits_count_only_finished_sessions_on_days_in_the_period(h, period):
    stats = compute_stats(h, period[0], period[1], date(2026, 6, 1))
    inside = [
        s
        for s in h.sessions
        if s.status != SessionStatus.IN_PROGRESS and period[0] <= s.day <= period[1]
    ]
    # Credits are multiples of 0.5, so these float sums are exact.
    expected = sum(
        1.0 if 5 * s.steps_done >= 4 * s.steps_total else 0.5 if s.steps_done else 0.0
        for s in inside
    )
    assert stats["credits"] == expected
