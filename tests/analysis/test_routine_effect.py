"""Before/after effect per routine: mean drop in spasm over sessions rated both times."""

from __future__ import annotations

from analysis_builders import at, d, session

from coach.analysis.effect import Effect, effect_by_routine
from coach.analysis.period import Period
from coach.core.records import Kind, SessionStatus


def test_mean_drop_per_routine_over_sessions_with_both_ratings():
    sessions = [
        session(at("2026-03-02"), routine="neck", before=6, after=4),
        session(at("2026-03-03"), routine="neck", before=5, after=2),
        session(at("2026-03-04"), routine="neck", before=5),  # no after: left out
        session(at("2026-03-04"), Kind.BREATHING, routine="box", before=3, after=4),
        session(at("2026-03-05"), routine="shrugs", after=1),  # no before: left out
    ]
    assert effect_by_routine(sessions) == {
        "box": Effect("box", 1, -1.0),  # got worse: a negative drop
        "neck": Effect("neck", 2, 2.5),  # (2 + 3) / 2
    }


def test_only_sessions_inside_the_period_and_finished_count():
    sessions = [
        session(at("2026-03-01"), routine="neck", before=9, after=0),  # before the period
        session(at("2026-03-02"), routine="neck", before=6, after=5),
        session(
            at("2026-03-03"),
            routine="neck",
            before=8,
            after=0,
            status=SessionStatus.IN_PROGRESS,
        ),
        session(at("2026-03-09"), routine="neck", before=9, after=0),  # after the period
    ]
    effect = effect_by_routine(sessions, Period(d("2026-03-02"), d("2026-03-08")))
    assert effect == {"neck": Effect("neck", 1, 1.0)}


def test_stopped_sessions_count_for_the_effect():
    sessions = [
        session(
            at("2026-03-02"), routine="neck", before=4, after=7, status=SessionStatus.STOPPED
        )
    ]
    assert effect_by_routine(sessions)["neck"].mean_drop == -3.0
