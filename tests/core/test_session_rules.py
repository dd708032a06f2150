"""May a routine start now: heat limits, the stretch pause after an injection, the rest."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from coach.core.records import Kind, SessionRecord, SessionStatus
from coach.core.routine import RestStep, Routine
from coach.core.routine_library import load_library
from coach.core.session_rules import (
    GENERIC_CAUTION_REASON,
    GENTLE_AFTER_INJECTION_ID,
    StartBlock,
    caution_stop_reason,
    may_start,
    when_words,
)
from coach.core.settings import Settings

CET = timezone(timedelta(hours=1))
INJECTION_DAY = date(2026, 11, 26)  # a Thursday


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=CET)


def routine(kind: Kind, routine_id: str = "mine") -> Routine:
    step = RestStep("rest", "Rest", "Rest.", 30)
    return Routine(routine_id, "Mine", kind, "A routine.", (step,))


def heat_session(started_at: datetime, minutes: int = 15) -> SessionRecord:
    return SessionRecord(
        id=f"h{started_at.isoformat()}", routine_id="heat-and-stretch", routine_title="Heat",
        kind=Kind.HEAT, started_at=started_at, planned_seconds=1500,
        active_seconds=minutes * 60, steps_done=5, steps_total=5,
        status=SessionStatus.COMPLETED,
    )  # fmt: skip


@pytest.fixture(scope="module")
def library():
    return load_library(None)


def test_nothing_in_the_way_lets_every_kind_start():
    for kind in Kind:
        decision = may_start(routine(kind), at(26, 10), [], [])
        assert decision.allowed, kind
        assert decision.reason is None and decision.allowed_from is None


def test_heat_follows_the_cooldown_with_the_patients_setting():
    sessions = [heat_session(at(26, 9, 0))]  # ended 09:15
    settings = Settings(heat_cooldown_min=90)
    decision = may_start(routine(Kind.HEAT), at(26, 10), sessions, [], settings)
    assert not decision.allowed
    assert decision.reason is StartBlock.HEAT_COOLDOWN
    assert decision.allowed_from == at(26, 10, 45)
    assert "from 10:45" in decision.message
    assert "Breathing and relaxation are fine in the meantime." in decision.message
    assert may_start(routine(Kind.HEAT), at(26, 10, 45), sessions, [], settings).allowed


def test_heat_daily_limit_uses_the_setting():
    sessions = [heat_session(at(26, h)) for h in (6, 8)]
    settings = Settings(heat_daily_limit=2)
    decision = may_start(routine(Kind.HEAT), at(26, 12), sessions, [], settings)
    assert decision.reason is StartBlock.HEAT_DAILY_LIMIT
    assert decision.allowed_from == at(27, 0)
    assert "twice today" in decision.message


def test_other_kinds_sessions_do_not_count_as_heat():
    stretch = heat_session(at(26, 9, 50))
    stretch = SessionRecord(**{**stretch.__dict__, "kind": Kind.STRETCH})
    assert may_start(routine(Kind.HEAT), at(26, 10), [stretch], []).allowed


def test_stretch_waits_from_the_injection_day_until_a_day_after_it():
    stretch = routine(Kind.STRETCH)
    assert may_start(stretch, at(25, 23, 59), [], [INJECTION_DAY]).allowed
    on_the_day = may_start(stretch, at(26, 0, 0), [], [INJECTION_DAY])
    assert not on_the_day.allowed
    assert on_the_day.reason is StartBlock.INJECTION_PAUSE
    assert on_the_day.allowed_from == at(28, 0)
    assert "from Saturday 28 November" in on_the_day.message
    assert "Breathing and relaxation are fine today" in on_the_day.message
    next_day = may_start(stretch, at(27, 18), [], [INJECTION_DAY])
    assert not next_day.allowed
    assert "from tomorrow" in next_day.message
    assert "gentle after-injection routine" in next_day.message
    assert may_start(stretch, at(28, 0), [], [INJECTION_DAY]).allowed


def test_the_stretch_pause_follows_the_patients_setting():
    stretch = routine(Kind.STRETCH)
    short = Settings(post_injection_pause_h=0)
    assert not may_start(stretch, at(26, 23), [], [INJECTION_DAY], short).allowed
    assert may_start(stretch, at(27, 0), [], [INJECTION_DAY], short).allowed
    longer = Settings(post_injection_pause_h=48)
    decision = may_start(stretch, at(28, 12), [], [INJECTION_DAY], longer)
    assert decision.allowed_from == at(29, 0)


def test_the_gentle_routine_waits_only_on_the_injection_day(library):
    gentle = library.find(GENTLE_AFTER_INJECTION_ID)
    assert gentle is not None and gentle.kind is Kind.STRETCH
    decision = may_start(gentle, at(26, 15), [], [INJECTION_DAY])
    assert not decision.allowed
    assert decision.reason is StartBlock.INJECTION_DAY
    assert decision.allowed_from == at(27, 0)
    assert "from tomorrow" in decision.message
    assert may_start(gentle, at(27, 0), [], [INJECTION_DAY]).allowed


def test_breathing_and_relaxation_are_never_refused():
    busy = [heat_session(at(26, h)) for h in (6, 8, 9, 10)]
    for kind in (Kind.BREATHING, Kind.RELAXATION):
        assert may_start(routine(kind), at(26, 10, 5), busy, [INJECTION_DAY]).allowed


def test_heat_is_paused_on_the_injection_day_like_stretch(library):
    heat = library.find("heat-and-stretch")
    decision = may_start(heat, at(26, 9), [], [INJECTION_DAY])
    assert decision.reason is StartBlock.INJECTION_PAUSE
    assert decision.allowed_from == at(28, 0)


def test_a_naive_time_is_refused():
    with pytest.raises(ValueError, match="aware"):
        may_start(routine(Kind.BREATHING), datetime(2026, 11, 26, 9), [], [])


def test_every_builtin_heat_caution_has_its_own_reason(library):
    cautions = library.find("heat-and-stretch").cautions
    reasons = [caution_stop_reason(c) for c in cautions]
    assert GENERIC_CAUTION_REASON not in reasons
    assert len(set(reasons)) == len(reasons), "each 'no' explains itself"
    for reason in reasons:
        assert reason.endswith(".") and reason.count(". ") == 0, "one sentence"


def test_an_unknown_caution_gets_the_general_reason():
    assert caution_stop_reason("The moon is full.") == GENERIC_CAUTION_REASON
    assert "towel" in caution_stop_reason("A TOWEL sits between pack and skin.")


def test_when_words():
    now = at(26, 10)
    assert when_words(at(26, 14, 30), now) == "14:30"
    assert when_words(at(27, 0), now) == "tomorrow"
    assert when_words(at(27, 9, 15), now) == "tomorrow at 09:15"
    assert when_words(at(28, 0), now) == "Saturday 28 November"
    assert when_words(at(26, 14, 30) + timedelta(seconds=1), now) == "14:31"
