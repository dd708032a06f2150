"""The session engine, driven by a fake clock: no sleeping, every moment exact."""

from __future__ import annotations

import pytest

from coach.core.clock import FakeClock
from coach.core.engine import (
    EngineStateError,
    EventKind,
    Operation,
    SessionEngine,
    SessionState,
    StopReason,
)
from coach.core.records import Kind, SessionStatus
from coach.core.routine import (
    BreathingStep,
    BreathPattern,
    ExerciseStep,
    HeatStep,
    RestStep,
    Routine,
    Sides,
)
from coach.core.segments import HeatMode, SegmentKind, SessionSettings

E = EventKind
K = SegmentKind
S = SessionState


def make_routine(*steps, kind=Kind.STRETCH) -> Routine:
    return Routine(id="r", title="R", kind=kind, summary="", steps=tuple(steps))


def tuck(reps=2, hold=5.0, prepare=5.0, rest=5.0, sides=Sides.CENTRE) -> ExerciseStep:
    return ExerciseStep(
        id="tuck", title="Chin tuck", instruction="Glide back.", hold_s=hold, reps=reps,
        prepare_s=prepare, rest_s=rest, sides=sides,
    )  # fmt: skip


def rest(seconds=10.0, id="settle") -> RestStep:
    return RestStep(id=id, title="Rest", instruction="Rest.", duration_s=seconds)


def heat_step() -> HeatStep:
    return HeatStep(
        id="heat", title="Heat", instruction="Pack on.", apply_s=900, check_every_s=300,
        max_s=1200, reduced_feeling_max_s=600,
    )  # fmt: skip


def stretch() -> Routine:
    """prepare 5 | hold 5 | rest 5 | hold 5 || passive 10: 30 s, two steps."""
    return make_routine(tuck(), rest())


def heat_routine() -> Routine:
    """wrap 30 s || heat 300, check, 300, check, 300 || settle 120 s."""
    return make_routine(rest(30, "wrap"), heat_step(), rest(120, "skin"), kind=Kind.HEAT)


def engine_for(routine, settings=None, start=1000.0):
    clock = FakeClock(start)
    return SessionEngine(routine, settings, clock), clock


def started(routine=None, settings=None):
    engine, clock = engine_for(routine or stretch(), settings)
    engine.start()
    return engine, clock


def kinds(events):
    return [e.kind for e in events]


def run_to(engine, clock, moment):
    """Poll every 0.1 s up to `moment` (a UI at display rate); returns all events."""
    events = []
    while clock.now() < moment - 1e-9:
        clock.set(min(moment, clock.now() + 0.1))
        events += engine.poll()
    return events


# ---- states and transitions ----------------------------------------------------------


def test_a_new_session_is_idle_and_shows_the_first_segment_in_full():
    engine, _ = engine_for(stretch())
    snap = engine.snapshot()
    assert snap.state is S.IDLE
    assert snap.segment.kind is K.PREPARE
    assert snap.seconds_left == 5
    assert snap.session_progress == 0
    assert snap.next_segment.kind is K.HOLD
    assert (snap.steps_done, snap.steps_total) == (0, 2)
    assert engine.poll() == []


def test_start_pause_resume_stop():
    engine, clock = engine_for(stretch())
    engine.start()
    assert engine.state is S.RUNNING
    clock.advance(1)
    engine.pause()
    assert engine.state is S.PAUSED
    clock.advance(1)
    engine.resume()
    assert engine.state is S.RUNNING
    clock.advance(1)
    engine.stop(StopReason.USER)
    assert engine.state is S.STOPPED
    assert engine.stop_reason is StopReason.USER


def _idle(engine, clock):
    pass


def _running(engine, clock):
    engine.start()
    clock.advance(1)


def _paused(engine, clock):
    _running(engine, clock)
    engine.pause()
    clock.advance(1)


def _finished(engine, clock):
    _running(engine, clock)
    clock.advance(100)
    engine.poll()


def _stopped(engine, clock):
    _running(engine, clock)
    engine.stop(StopReason.PAIN)


def _abandoned(engine, clock):
    _paused(engine, clock)
    engine.stop(StopReason.ABANDONED)


OPERATIONS = {
    Operation.START: lambda e: e.start(),
    Operation.PAUSE: lambda e: e.pause(),
    Operation.RESUME: lambda e: e.resume(),
    Operation.NEXT_SEGMENT: lambda e: e.next_segment(),
    Operation.PREVIOUS_SEGMENT: lambda e: e.previous_segment(),
    Operation.SKIP_STEP: lambda e: e.skip_step(),
    Operation.STOP: lambda e: e.stop(StopReason.USER),
    Operation.ANSWER_SKIN_CHECK: lambda e: e.answer_skin_check(True),
}
SETUPS = {
    S.IDLE: _idle,
    S.RUNNING: _running,
    S.PAUSED: _paused,
    S.FINISHED: _finished,
    S.STOPPED: _stopped,
    S.ABANDONED: _abandoned,
}
LEGAL = {
    S.IDLE: {Operation.START},
    S.RUNNING: {
        Operation.PAUSE, Operation.NEXT_SEGMENT, Operation.PREVIOUS_SEGMENT,
        Operation.SKIP_STEP, Operation.STOP,
    },
    S.PAUSED: {
        Operation.RESUME, Operation.NEXT_SEGMENT, Operation.PREVIOUS_SEGMENT,
        Operation.SKIP_STEP, Operation.STOP,
    },
    S.FINISHED: set(),
    S.STOPPED: set(),
    S.ABANDONED: set(),
}  # fmt: skip
AFTER = {
    Operation.START: S.RUNNING,
    Operation.PAUSE: S.PAUSED,
    Operation.RESUME: S.RUNNING,
    Operation.STOP: S.STOPPED,
}
CASES = [(state, op) for state in SETUPS for op in OPERATIONS]


@pytest.mark.parametrize(("state", "operation"), CASES, ids=[f"{s}-{o}" for s, o in CASES])
def test_every_operation_in_every_state(state, operation):
    engine, clock = engine_for(stretch())
    SETUPS[state](engine, clock)
    assert engine.state is state
    engine.poll()
    assert engine.can(operation) == (operation in LEGAL[state])
    if operation in LEGAL[state]:
        OPERATIONS[operation](engine)
        assert engine.state is AFTER.get(operation, state)
        return
    before = engine.snapshot()
    live = state in (S.RUNNING, S.PAUSED) and operation is Operation.ANSWER_SKIN_CHECK
    reason = "no skin check is waiting" if live else f"the session is {state.value}"
    with pytest.raises(EngineStateError, match=reason):
        OPERATIONS[operation](engine)
    # Nothing changed: same state, same screen, no events.
    assert engine.state is state
    assert engine.snapshot() == before
    assert engine.poll() == []


def test_answering_when_no_skin_check_waits_is_refused():
    engine, _ = started()
    with pytest.raises(EngineStateError, match="no skin check is waiting"):
        engine.answer_skin_check(True)
    assert engine.snapshot().segment.index == 0


@pytest.mark.parametrize(
    ("reason", "state", "status"),
    [
        (StopReason.PAIN, S.STOPPED, SessionStatus.STOPPED),
        (StopReason.SKIN, S.STOPPED, SessionStatus.STOPPED),
        (StopReason.USER, S.STOPPED, SessionStatus.STOPPED),
        (StopReason.ABANDONED, S.ABANDONED, SessionStatus.ABANDONED),
        ("pain", S.STOPPED, SessionStatus.STOPPED),
    ],
)
def test_stop_reasons(reason, state, status):
    engine, clock = started()
    clock.advance(7)
    engine.stop(reason)
    clock.advance(50)
    summary = engine.summary()
    assert engine.state is state
    assert summary.status is status
    assert summary.stop_reason is StopReason(reason)
    assert summary.active_seconds == 7  # the time after the stop does not count
    assert summary.steps_done == 0


def test_an_unknown_stop_reason_is_refused_clearly():
    engine, _ = started()
    with pytest.raises(ValueError, match="stop reason: expected one of pain"):
        engine.stop("bored")
    assert engine.state is S.RUNNING


def test_a_stopped_session_screen_stays_still():
    engine, clock = started()
    clock.advance(2)
    engine.stop(StopReason.PAIN)
    at_stop = engine.snapshot()
    clock.advance(60)
    assert engine.snapshot() == at_stop
    assert at_stop.seconds_left == 3
    assert all(e.at <= 1002 for e in engine.poll())  # nothing happens after the stop
    assert engine.poll() == []


# ---- timing ----------------------------------------------------------------------------


def test_a_hold_lasts_exactly_its_length():
    engine, clock = started()
    clock.set(1004.999)
    assert engine.snapshot().segment.kind is K.PREPARE
    clock.set(1005.0)
    snap = engine.snapshot()
    assert snap.segment.kind is K.HOLD
    assert snap.seconds_left == 5


def test_a_late_look_does_not_stretch_the_next_segment():
    engine, clock = started()
    clock.set(1006.5)  # the window was busy: nobody looked at 1005
    snap = engine.snapshot()
    assert snap.segment.kind is K.HOLD
    assert snap.seconds_left == pytest.approx(3.5)  # the hold began at 1005, not 1006.5
    started_hold = [e for e in engine.poll() if e.kind is E.SEGMENT_STARTED][-1]
    assert started_hold.at == 1005


def test_pause_holds_the_segment_and_the_active_time_still():
    engine, clock = started()
    clock.advance(1.5)
    engine.pause()
    clock.advance(600)
    snap = engine.snapshot()
    assert snap.segment.kind is K.PREPARE
    assert snap.seconds_left == 3.5
    assert snap.active_seconds == 1.5
    assert kinds(engine.poll()) == [E.SEGMENT_STARTED]  # no countdown while paused
    engine.resume()
    clock.advance(3.4)
    assert engine.snapshot().segment.kind is K.PREPARE
    clock.advance(0.1)
    snap = engine.snapshot()
    assert snap.segment.kind is K.HOLD
    assert snap.active_seconds == pytest.approx(5)


def test_the_session_finishes_on_time_even_if_nobody_polls_then():
    engine, clock = started()
    clock.advance(500)
    events = engine.poll()
    assert engine.state is S.FINISHED
    assert events[-1].kind is E.FINISHED
    assert events[-1].at == 1030
    summary = engine.summary()
    assert summary.status is SessionStatus.COMPLETED
    assert summary.active_seconds == 30
    assert summary.planned_seconds == 30
    assert (summary.steps_done, summary.steps_total) == (2, 2)
    snap = engine.snapshot()
    assert (snap.seconds_left, snap.session_progress, snap.segment) == (0, 1, None)


def test_session_progress_follows_planned_time():
    engine, clock = started()
    clock.advance(7.5)  # 2.5 s into the first hold
    snap = engine.snapshot()
    assert snap.session_progress == pytest.approx(7.5 / 30)
    assert snap.segment_progress == pytest.approx(0.5)


# ---- navigation --------------------------------------------------------------------------


def test_next_segment_moves_on_at_once_and_counts_a_finished_step():
    engine, clock = started()
    clock.advance(1)
    for _ in range(3):
        engine.next_segment()
    snap = engine.snapshot()
    assert (snap.segment.kind, snap.segment.rep) == (K.HOLD, 2)
    assert snap.seconds_left == 5
    assert snap.steps_done == 0
    engine.next_segment()  # leaves the last hold of the step
    snap = engine.snapshot()
    assert snap.segment.kind is K.PASSIVE
    assert snap.steps_done == 1
    events = engine.poll()
    assert [e.step_index for e in events if e.kind is E.STEP_DONE] == [0]


def test_next_on_the_last_segment_finishes_the_session():
    engine, clock = started()
    engine.skip_step()
    clock.advance(1)
    engine.next_segment()
    assert engine.state is S.FINISHED
    assert engine.summary().status is SessionStatus.PARTIAL  # the first step was skipped
    assert engine.summary().steps_done == 1


def test_back_more_than_two_seconds_in_restarts_the_segment():
    engine, clock = started()
    clock.advance(5 + 3)  # 3 s into the first hold
    engine.previous_segment()
    snap = engine.snapshot()
    assert snap.segment.kind is K.HOLD
    assert snap.seconds_left == 5
    assert kinds(engine.poll())[-1] is E.SEGMENT_STARTED  # started again


def test_back_early_in_a_segment_goes_to_the_one_before():
    engine, clock = started()
    clock.advance(5 + 1.5)
    engine.previous_segment()
    snap = engine.snapshot()
    assert snap.segment.kind is K.PREPARE
    assert snap.seconds_left == 5


def test_back_on_the_first_segment_restarts_it():
    engine, clock = started()
    clock.advance(1)
    engine.previous_segment()
    assert engine.snapshot().seconds_left == 5
    assert engine.snapshot().segment.index == 0


def test_navigation_while_paused_stays_paused_and_keeps_time_still():
    engine, clock = started()
    engine.pause()
    engine.next_segment()
    clock.advance(100)
    snap = engine.snapshot()
    assert snap.state is S.PAUSED
    assert snap.segment.kind is K.HOLD
    assert snap.seconds_left == 5


def test_skip_step_leaves_the_step_not_done():
    engine, clock = started()
    clock.advance(6)
    engine.skip_step()
    snap = engine.snapshot()
    assert snap.segment.kind is K.PASSIVE
    assert snap.steps_done == 0
    assert E.STEP_DONE not in kinds(engine.poll())
    clock.advance(10)
    engine.poll()
    summary = engine.summary()
    assert summary.status is SessionStatus.PARTIAL
    assert (summary.steps_done, summary.steps_total) == (1, 2)
    assert summary.active_seconds == 16


def test_skipping_the_last_step_finishes():
    engine, _ = started()
    engine.skip_step()
    engine.skip_step()
    assert engine.state is S.FINISHED
    assert engine.summary().steps_done == 0


def test_a_step_finished_twice_counts_once():
    engine, clock = started()
    clock.advance(20.5)  # first step done at 20, 0.5 s into the rest step
    engine.previous_segment()  # back into the last hold of step 0
    clock.advance(100)
    events = engine.poll()
    assert E.STEP_DONE in kinds(events)  # the rest step
    assert engine.summary().steps_done == 2
    assert engine.summary().status is SessionStatus.COMPLETED


# ---- events ----------------------------------------------------------------------------


def test_events_of_a_whole_session_in_order_and_once_each():
    engine, clock = started()
    events = run_to(engine, clock, 1040) + engine.poll()
    assert engine.poll() == []
    flat = [(e.kind, e.count or e.step_index, e.at) for e in events]
    assert flat == [
        (E.SEGMENT_STARTED, None, 1000),  # prepare 5 s
        (E.COUNTDOWN, 3, 1002), (E.COUNTDOWN, 2, 1003), (E.COUNTDOWN, 1, 1004),
        (E.SEGMENT_STARTED, None, 1005),  # hold 5 s
        (E.COUNTDOWN, 3, 1007), (E.COUNTDOWN, 2, 1008), (E.COUNTDOWN, 1, 1009),
        (E.SEGMENT_STARTED, None, 1010),  # rest 5 s
        (E.COUNTDOWN, 3, 1012), (E.COUNTDOWN, 2, 1013), (E.COUNTDOWN, 1, 1014),
        (E.SEGMENT_STARTED, None, 1015),  # hold 5 s
        (E.COUNTDOWN, 3, 1017), (E.COUNTDOWN, 2, 1018), (E.COUNTDOWN, 1, 1019),
        (E.STEP_DONE, 0, 1020),
        (E.SEGMENT_STARTED, None, 1020),  # passive 10 s
        (E.COUNTDOWN, 3, 1027), (E.COUNTDOWN, 2, 1028), (E.COUNTDOWN, 1, 1029),
        (E.STEP_DONE, 1, 1030),
        (E.FINISHED, None, 1030),
    ]  # fmt: skip
    assert [e.seq for e in events] == list(range(len(events)))
    assert [e.segment.index for e in events if e.kind is E.SEGMENT_STARTED] == [0, 1, 2, 3, 4]


def test_a_late_poll_delivers_every_boundary_and_drops_stale_countdowns():
    engine, clock = started()
    engine.poll()
    clock.set(1027.2)  # the window was hidden for 27 s
    events = engine.poll()
    assert [(e.kind, e.at) for e in events] == [
        (E.SEGMENT_STARTED, 1005),
        (E.SEGMENT_STARTED, 1010),
        (E.SEGMENT_STARTED, 1015),
        (E.STEP_DONE, 1020),
        (E.SEGMENT_STARTED, 1020),
        (E.COUNTDOWN, 1027),  # 0.2 s old: still worth saying
    ]
    clock.set(1028.7)  # "2" was due at 1028, 0.7 s ago: stale, dropped
    assert engine.poll() == []
    clock.set(1029.1)
    assert [(e.kind, e.count) for e in engine.poll()] == [(E.COUNTDOWN, 1)]


def test_no_countdown_for_short_segments():
    engine, clock = started(make_routine(tuck(reps=2, hold=3.5, prepare=3.9, rest=4.0)))
    events = run_to(engine, clock, 1100)
    counted = {e.segment.kind for e in events if e.kind is E.COUNTDOWN}
    assert counted == {K.REST}
    assert [e.count for e in events if e.kind is E.COUNTDOWN] == [3, 2, 1]


def test_countdown_continues_correctly_after_a_pause():
    engine, clock = started()
    clock.set(1002.0)
    assert [e.count for e in engine.poll() if e.kind is E.COUNTDOWN] == [3]
    clock.set(1002.5)
    engine.pause()
    clock.set(1100)
    engine.resume()
    clock.set(1100.5)  # 2.5 s in: "2" is due now
    assert [(e.count, e.at) for e in engine.poll()] == [(2, 1100.5)]


def test_breathing_announces_each_phase():
    pattern = BreathPattern(inhale=4, hold_in=7, exhale=8)
    step = BreathingStep(
        id="478", title="4-7-8", instruction="Softly.", pattern=pattern, cycles=8,
        max_cycles=8, max_cycles_first_month=4,
    )  # fmt: skip
    routine = make_routine(step, kind=Kind.BREATHING)
    engine, clock = started(routine, SessionSettings(first_month=True))
    events = run_to(engine, clock, 1000 + 4 * 19 + 1)
    phases = [(e.phase, e.at - 1000) for e in events if e.kind is E.BREATH_PHASE]
    assert phases == [
        (p, 19 * c + off)
        for c in range(4)
        for p, off in ((K.INHALE, 0), (K.HOLD_IN, 4), (K.EXHALE, 11))
    ]
    assert E.COUNTDOWN not in kinds(events)
    assert engine.state is S.FINISHED
    assert engine.summary().active_seconds == 76


def test_an_empty_routine_finishes_at_once():
    engine, _ = started(make_routine(tuck(reps=0)))
    assert engine.state is S.FINISHED
    assert kinds(engine.poll()) == [E.FINISHED]
    assert engine.snapshot().segment is None


# ---- heat ------------------------------------------------------------------------------


def heat_started():
    """A heat session 10 s into its first heat period (heat began at 1030)."""
    engine, clock = started(heat_routine())
    clock.set(1040)
    engine.poll()
    return engine, clock


def test_heat_seconds_count_from_the_first_heat_segment():
    engine, _ = heat_started()
    snap = engine.snapshot()
    assert snap.segment.kind is K.HEAT
    assert snap.heat_seconds == 10
    assert snap.heat_seconds_left == 1190


def test_a_skin_check_waits_for_an_answer_while_heat_time_runs():
    engine, clock = heat_started()
    clock.set(1330.1)
    events = engine.poll()
    assert kinds(events)[-2:] == [E.SEGMENT_STARTED, E.SKIN_CHECK_DUE]
    clock.set(1400)
    snap = engine.snapshot()
    assert snap.segment.kind is K.SKIN_CHECK
    assert snap.awaiting_answer
    assert snap.seconds_left == 1030 + 1200 - 1400  # the heat allowance left
    assert snap.heat_seconds == 370
    with pytest.raises(EngineStateError, match="waiting for an answer"):
        engine.next_segment()
    engine.answer_skin_check(True)
    snap = engine.snapshot()
    assert snap.segment.kind is K.HEAT
    assert snap.seconds_left == 300
    assert not snap.awaiting_answer


def test_an_unanswered_skin_check_ends_heat_at_the_ceiling():
    engine, clock = heat_started()
    clock.set(1330)
    engine.poll()
    clock.set(5000)  # the patient fell asleep: the pack must come off at 1030 + 1200
    events = engine.poll()
    assert [(e.kind, e.at) for e in events] == [
        (E.HEAT_LIMIT_REACHED, 2230),
        (E.STEP_DONE, 2230),
        (E.SEGMENT_STARTED, 2230),
        (E.STEP_DONE, 2350),
        (E.FINISHED, 2350),
    ]
    assert events[0].step_index == 1
    assert events[2].segment.step_index == 2
    assert engine.summary().heat_seconds == 1200


def test_pauses_do_not_stop_the_heat_clock():
    engine, clock = heat_started()
    engine.pause()
    clock.set(2229)
    snap = engine.snapshot()
    assert snap.segment.kind is K.HEAT
    assert snap.seconds_left == 1  # the ceiling, not the paused segment timer
    assert snap.heat_seconds == 1199
    clock.set(2300)
    events = engine.poll()
    assert kinds(events) == [E.HEAT_LIMIT_REACHED, E.STEP_DONE, E.SEGMENT_STARTED]
    snap = engine.snapshot()
    assert snap.state is S.PAUSED  # still paused, now on the settle step
    assert snap.segment.step_index == 2
    assert snap.seconds_left == 120
    assert snap.heat_seconds == 1200
    assert snap.heat_seconds_left is None
    assert snap.active_seconds == 40  # 30 s wrap + 10 s of heat before the pause
    engine.resume()
    clock.advance(120)
    engine.poll()
    assert engine.state is S.FINISHED


def test_a_normal_heat_session_gives_the_planned_heat_and_no_limit_event():
    engine, clock = heat_started()
    events = []
    for answer_at in (1340, 1650):  # each skin check answered after 10 s
        clock.set(answer_at)
        events += engine.poll()
        engine.answer_skin_check(True)
    clock.set(3000)
    events += engine.poll()
    assert E.HEAT_LIMIT_REACHED not in kinds(events)
    summary = engine.summary()
    assert summary.status is SessionStatus.COMPLETED
    assert summary.heat_seconds == 920  # 900 of heat periods + 20 s of skin checks
    assert summary.active_seconds == 30 + 920 + 120


def test_reduced_heat_mode_stops_at_its_own_ceiling():
    settings = SessionSettings(heat_mode=HeatMode.REDUCED)
    engine, clock = started(heat_routine(), settings)
    clock.set(1330)  # heat 1030..1330, then the one skin check
    engine.poll()
    clock.set(1340)
    engine.answer_skin_check(True)
    clock.set(1700)
    events = engine.poll()
    limit = [e for e in events if e.kind is E.HEAT_LIMIT_REACHED]
    assert [e.at for e in limit] == [1630]  # 10 minutes after the heat went on
    assert engine.summary().heat_seconds == 600


def test_red_skin_stops_the_session_and_keeps_the_heat_minutes():
    engine, clock = heat_started()
    clock.set(1335)
    engine.poll()
    engine.answer_skin_check(False)
    assert engine.state is S.STOPPED
    clock.advance(1000)
    summary = engine.summary()
    assert summary.status is SessionStatus.STOPPED
    assert summary.stop_reason is StopReason.SKIN
    assert summary.heat_seconds == 305
    assert summary.active_seconds == 335
    assert summary.steps_done == 1


@pytest.mark.parametrize("reason", [StopReason.PAIN, StopReason.ABANDONED])
def test_a_heat_session_ended_early_still_reports_its_heat(reason):
    engine, clock = heat_started()
    clock.set(1100)
    engine.stop(reason)
    clock.set(9000)
    assert engine.summary().heat_seconds == 70


def test_going_back_into_heat_cannot_extend_it():
    engine, clock = heat_started()
    clock.set(1100)
    engine.skip_step()  # pack off after 70 s
    clock.set(1101)
    engine.previous_segment()  # back into the last heat period: the clock was not reset
    snap = engine.snapshot()
    assert snap.segment.kind is K.HEAT
    assert snap.heat_seconds_left == 1030 + 1200 - 1101
    clock.set(3000)
    engine.poll()
    assert engine.summary().heat_seconds <= 1200
    assert engine.summary().heat_seconds == 70 + 300  # the period re-run, then settle


def test_going_back_into_heat_after_its_ceiling_ends_it_at_once():
    engine, clock = heat_started()
    engine.pause()
    clock.set(2300)
    engine.poll()  # ceiling at 2230, now on the settle step
    engine.previous_segment()
    events = engine.poll()
    assert kinds(events) == [E.SEGMENT_STARTED, E.HEAT_LIMIT_REACHED, E.SEGMENT_STARTED]
    assert [e.at for e in events] == [2300, 2300, 2300]
    assert engine.snapshot().segment.step_index == 2
    assert engine.summary().heat_seconds == 1200


def test_no_heat_bookkeeping_outside_heat_routines():
    engine, clock = started()
    clock.advance(12)
    snap = engine.snapshot()
    assert snap.heat_seconds == 0
    assert snap.heat_seconds_left is None
    assert engine.summary().heat_seconds == 0


def test_summary_while_running_is_in_progress():
    engine, clock = started()
    clock.advance(3)
    summary = engine.summary()
    assert summary.status is SessionStatus.IN_PROGRESS
    assert summary.active_seconds == 3
