"""The session runner: the diary row of a guided session, from start to end and after a crash.

Driven by a FakeClock (monotonic) and a fake wall clock that follows it, so nothing sleeps
and a "suspend" is just the wall clock moving on alone.
"""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone

import pytest

from coach.core.clock import FakeClock
from coach.core.engine import EngineStateError, EventKind, SessionState, StopReason
from coach.core.records import Kind, SessionStatus
from coach.core.routine import ExerciseStep, HeatStep, RestStep, Routine, Sides
from coach.store.database import Store
from coach.store.errors import StoreError
from coach.ui import session_runner as runner_module
from coach.ui.session_runner import SessionRunner, close_interrupted_sessions

CET = timezone(timedelta(hours=1))
BASE = datetime(2026, 11, 26, 9, 0, tzinfo=CET)  # a Thursday


class Times:
    """The monotonic clock and a wall clock that follows it, unless the computer 'slept'."""

    def __init__(self) -> None:
        self.clock = FakeClock(1000.0)
        self.slept = 0.0

    def wall(self) -> datetime:
        return BASE + timedelta(seconds=self.clock.now() - 1000.0 + self.slept)

    def sleep(self, seconds: float) -> None:
        """The computer sleeps: the wall clock moves on, the monotonic clock does not."""
        self.slept += seconds


def tuck(reps=2, hold=5.0, prepare=5.0, rest=5.0, sides=Sides.CENTRE) -> ExerciseStep:
    return ExerciseStep(
        id="tuck", title="Chin tuck", instruction="Glide back.", hold_s=hold, reps=reps,
        prepare_s=prepare, rest_s=rest, sides=sides, image="chin-tuck.svg",
    )  # fmt: skip


def rest(seconds=10.0, id="settle", title="Rest") -> RestStep:
    return RestStep(id=id, title=title, instruction="Rest.", duration_s=seconds)


def stretch() -> Routine:
    """prepare 5 | hold 5 | rest 5 | hold 5 || passive 10: 30 s, two steps."""
    return Routine(id="r", title="Tuck and rest", kind=Kind.STRETCH, summary="",
                   steps=(tuck(), rest()))  # fmt: skip


def heat_routine() -> Routine:
    """wrap 30 s || heat 300, check, 300, check, 300 (max 1200) || settle 120 s."""
    heat = HeatStep(
        id="heat", title="Heat", instruction="Pack on.", apply_s=900, check_every_s=300,
        max_s=1200, reduced_feeling_max_s=600, image="heat-pack.svg",
    )  # fmt: skip
    steps = (rest(30, "wrap", "Wrap"), heat, rest(120, "skin", "Settle"))
    return Routine(id="h", title="Heat", kind=Kind.HEAT, summary="", steps=steps)


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        yield opened


@pytest.fixture
def times():
    return Times()


@pytest.fixture
def make(store, times, qtbot):
    made: list[SessionRunner] = []

    def factory(routine=None, the_store=None) -> SessionRunner:
        runner = SessionRunner(
            the_store or store,
            routine or stretch(),
            None,
            clock=times.clock,
            wall_now=times.wall,
        )
        made.append(runner)
        return runner

    yield factory
    for runner in made:  # no running timers left behind
        runner._timer.stop()


def run(runner: SessionRunner, times: Times, seconds: float, step: float = 1.0) -> None:
    """Let `seconds` pass, polling every `step` like the display timer would."""
    left = seconds
    while left > 1e-9:
        moved = min(step, left)
        times.clock.advance(moved)
        runner.poll()
        left -= moved


def saved(store: Store, runner: SessionRunner):
    return store.get_session(runner.record().id)


# --- starting -----------------------------------------------------------------------------


def test_start_writes_the_in_progress_row_before_the_first_segment_starts(store, times):
    seen = []

    class Watching:
        def add_session(self, record):
            seen.append((record.status, runner.engine.state))
            store.add_session(record)

        def __getattr__(self, name):
            return getattr(store, name)

    runner = SessionRunner(Watching(), stretch(), None, clock=times.clock, wall_now=times.wall)
    runner.start(spasm_before=6, pain_before=4)
    runner._timer.stop()
    assert seen == [(SessionStatus.IN_PROGRESS, SessionState.IDLE)]
    row = saved(store, runner)
    assert row.status is SessionStatus.IN_PROGRESS
    assert (row.steps_done, row.steps_total, row.spasm_before, row.pain_before) == (0, 2, 6, 4)
    assert row.started_at == BASE
    assert row.planned_seconds == 30
    assert runner.state is SessionState.RUNNING


def test_a_session_cannot_start_twice(make):
    runner = make()
    runner.start()
    with pytest.raises(EngineStateError):
        runner.start()


# --- a whole session ----------------------------------------------------------------------


def test_start_pause_resume_next_back_finish_is_logged_completed(store, times, make, qtbot):
    runner = make()
    ended = []
    runner.ended.connect(ended.append)
    runner.start(spasm_before=6)
    run(runner, times, 2)
    assert runner.pause()
    run(runner, times, 100)  # a long pause counts for nothing
    assert runner.resume()
    run(runner, times, 3)
    assert runner.last_snapshot.segment.kind.value == "hold"
    assert runner.next_segment()  # skip ahead to the rest ...
    assert runner.last_snapshot.segment.kind.value == "rest"
    assert runner.previous_segment()  # ... and straight back: the hold starts again
    assert runner.last_snapshot.segment.kind.value == "hold"
    run(runner, times, 25)
    assert runner.state is SessionState.FINISHED
    row = saved(store, runner)
    assert row.status is SessionStatus.COMPLETED
    assert (row.steps_done, row.steps_total, row.active_seconds) == (2, 2, 30)
    assert ended == [row]

    final = runner.finish(3, pain_after=2, note="Easier afterwards")
    row = saved(store, runner)
    assert row == final
    assert (row.spasm_before, row.spasm_after, row.pain_after) == (6, 3, 2)
    assert row.note == "Easier afterwards"
    assert row.heat_seconds is None and row.skin_ok is None


def test_a_skipped_step_finishes_as_partial(store, times, make):
    runner = make()
    runner.start()
    assert runner.skip_step()
    run(runner, times, 10)
    row = saved(store, runner)
    assert (row.status, row.steps_done) == (SessionStatus.PARTIAL, 1)


def test_after_ratings_wait_for_the_end(make):
    runner = make()
    runner.start()
    with pytest.raises(EngineStateError):
        runner.finish(3)


def test_operations_the_session_cannot_do_now_are_refused_quietly(make):
    runner = make()
    assert runner.pause() is False  # not started yet
    runner.start()
    assert runner.resume() is False  # not paused
    assert runner.answer_skin_check(True) is False  # no skin check waiting
    assert runner.state is SessionState.RUNNING


# --- stopping -----------------------------------------------------------------------------


def test_stop_this_hurts_ends_at_once_and_is_logged_stopped(store, times, make):
    runner = make()
    ended = []
    runner.ended.connect(ended.append)
    runner.start(spasm_before=7)
    run(runner, times, 7.4)
    runner.stop(StopReason.PAIN)
    row = saved(store, runner)
    assert row.status is SessionStatus.STOPPED
    assert (row.steps_done, row.active_seconds, row.spasm_before) == (0, 7, 7)
    assert len(ended) == 1
    run(runner, times, 60)  # nothing moves any more
    assert saved(store, runner) == row


@pytest.mark.parametrize(
    ("reason", "seconds", "status"),
    [
        (StopReason.USER, 3, SessionStatus.PARTIAL),
        (StopReason.ABANDONED, 3, SessionStatus.ABANDONED),
        (StopReason.ABANDONED, 22, SessionStatus.PARTIAL),  # the first step was done
    ],
)
def test_other_stops_are_logged_by_their_reason(store, times, make, reason, seconds, status):
    runner = make()
    runner.start()
    run(runner, times, seconds)
    runner.stop(reason)
    assert saved(store, runner).status is status


# --- the row follows the session (crash safety) -----------------------------------------


def test_the_row_is_updated_at_each_segment_boundary(store, times, make):
    runner = make()
    runner.start()
    run(runner, times, 20.5)  # the tuck step (20 s) is done; the rest step runs
    row = saved(store, runner)
    assert row.status is SessionStatus.IN_PROGRESS
    assert (row.steps_done, row.active_seconds) == (1, 20)


def test_a_long_heat_period_is_saved_every_few_seconds(store, times, make):
    runner = make(heat_routine())
    runner.start()
    run(runner, times, 130)  # 100 s into the first heat period, no boundary since 30 s
    row = saved(store, runner)
    assert row.heat_seconds >= 100 - runner_module.SAVE_EVERY_S
    assert row.active_seconds >= 130 - runner_module.SAVE_EVERY_S


def test_every_engine_event_is_passed_on_once_in_order(times, make):
    runner = make()
    events = []
    runner.engineEvent.connect(events.append)
    runner.start()
    run(runner, times, 3)
    runner.next_segment()
    run(runner, times, 40, step=7)  # slow polls still deliver everything once
    assert [e.seq for e in events] == list(range(len(events)))
    assert events[0].kind is EventKind.SEGMENT_STARTED
    assert events[-1].kind is EventKind.FINISHED
    assert sum(e.kind is EventKind.STEP_DONE for e in events) == 2


def test_a_diary_that_cannot_be_written_does_not_stop_the_session(store, times, make):
    failing = {"on": False}

    class Flaky:
        def update_session(self, record):
            if failing["on"]:
                raise StoreError("Could not save to the diary: disk I/O error")
            store.update_session(record)

        def __getattr__(self, name):
            return getattr(store, name)

    runner = make(the_store=Flaky())
    problems = []
    runner.saveFailed.connect(problems.append)
    runner.start()
    failing["on"] = True
    run(runner, times, 21)
    assert problems and "disk I/O error" in problems[0]
    assert runner.state is SessionState.RUNNING
    failing["on"] = False
    run(runner, times, 10)  # the end is saved once the diary works again
    assert saved(store, runner).status is SessionStatus.COMPLETED


# --- heat -------------------------------------------------------------------------------------


def test_red_skin_stops_the_heat_session_and_keeps_its_minutes(store, times, make):
    runner = make(heat_routine())
    runner.start()
    run(runner, times, 330)  # wrap 30 s, then the first heat period
    assert runner.last_snapshot.awaiting_answer
    run(runner, times, 5)  # the pack is still on while the patient looks
    assert runner.answer_skin_check(False)
    row = saved(store, runner)
    assert row.status is SessionStatus.STOPPED
    assert (row.skin_ok, row.heat_seconds, row.steps_done) == (False, 305, 1)
    assert runner.engine.stop_reason is StopReason.SKIN


def test_skin_fine_at_every_check_completes_with_skin_ok(store, times, make):
    runner = make(heat_routine())
    runner.start()
    run(runner, times, 330)
    runner.answer_skin_check(True)
    run(runner, times, 300)
    runner.answer_skin_check(True)
    run(runner, times, 300 + 120)
    row = saved(store, runner)
    assert row.status is SessionStatus.COMPLETED
    assert (row.skin_ok, row.heat_seconds, row.steps_done) == (True, 900, 3)


def test_pausing_never_lets_the_heat_run_past_its_maximum(store, times, make):
    runner = make(heat_routine())
    notices = []
    runner.notice.connect(notices.append)
    runner.start()
    run(runner, times, 60)
    runner.pause()
    run(runner, times, 30 * 60, step=5)  # paused for half an hour with the pack on
    snap = runner.last_snapshot
    assert snap.segment.title == "Settle"  # the heat step ended at its maximum
    assert snap.heat_seconds == pytest.approx(1200)
    assert notices == [runner_module.HEAT_LIMIT_NOTICE]
    assert saved(store, runner).heat_seconds == 1200


# --- the computer slept ----------------------------------------------------------------------


def test_a_wall_clock_jump_pauses_the_session_and_welcomes_the_patient_back(times, make):
    runner = make()
    jumps, notices = [], []
    runner.wallClockJumped.connect(jumps.append)
    runner.notice.connect(notices.append)
    runner.start()
    run(runner, times, 6)  # 1 s into the first hold
    left = runner.last_snapshot.seconds_left
    times.sleep(3600)
    run(runner, times, 0.5)
    assert runner.state is SessionState.PAUSED
    assert jumps == [pytest.approx(3600)]
    assert notices == [runner_module.SLEPT_NOTICE]
    assert runner.last_snapshot.seconds_left == pytest.approx(left - 0.5)


def test_a_short_wall_clock_correction_changes_nothing(times, make):
    runner = make()
    jumps = []
    runner.wallClockJumped.connect(jumps.append)
    runner.start()
    run(runner, times, 2)
    times.sleep(20)  # e.g. the clock was synchronised
    run(runner, times, 1)
    times.sleep(-500)  # the clock was set back: nobody slept
    run(runner, times, 1)
    assert runner.state is SessionState.RUNNING
    assert jumps == []


def test_sleeping_during_heat_ends_the_heat_and_counts_the_slept_time(store, times, make):
    runner = make(heat_routine())
    notices = []
    runner.notice.connect(notices.append)
    runner.start()
    run(runner, times, 130)  # 100 s of heat so far
    times.sleep(45 * 60)
    run(runner, times, 0.5)
    assert runner.state is SessionState.PAUSED
    assert runner.last_snapshot.segment.title == "Settle"
    assert notices == [runner_module.SLEPT_NOTICE + runner_module.SLEPT_HEAT_NOTICE]
    # The pack may have stayed on: counted up to the allowance, never beyond it.
    assert saved(store, runner).heat_seconds == 1200


# --- a crash, and the next start -------------------------------------------------------------


def test_close_interrupted_sessions_closes_open_rows_and_says_so(store, times, make):
    runner = make()
    runner.start()
    run(runner, times, 21)
    runner._timer.stop()
    later = BASE + timedelta(days=2)  # the app is opened again on Saturday
    notice = close_interrupted_sessions(store, later)
    row = saved(store, runner)
    # Kept as last saved: at the boundary after the first step.
    assert (row.status, row.steps_done, row.active_seconds) == (SessionStatus.PARTIAL, 1, 20)
    assert notice == (
        "Your session of Tuck and rest on Thursday was interrupted; "
        "it was saved as partial, 1 of 2 steps."
    )
    assert close_interrupted_sessions(store, later) is None  # nothing left open


def test_the_app_tells_the_patient_after_its_first_paint(store, times, make, qtbot):
    from coach.ui.app import notice_interrupted_sessions
    from coach.ui.main_window import MainWindow

    runner = make()
    runner.start()
    run(runner, times, 21)
    runner._timer.stop()
    window = MainWindow(store)
    qtbot.addWidget(window)
    notice_interrupted_sessions(window, store)
    assert not window.notice.isHidden()
    assert window.notice.label.text().startswith("Your session of Tuck and rest ")
    assert saved(store, runner).status is SessionStatus.PARTIAL


def test_dropping_the_runner_like_a_crash_leaves_a_row_the_next_start_closes(
    data_dir, times, qtbot
):
    from coach.ui.player_view import PlayerView

    first = Store.open(data_dir)
    runner = SessionRunner(first, stretch(), None, clock=times.clock, wall_now=times.wall)
    view = PlayerView(runner)
    runner.start(spasm_before=5)
    run(runner, times, 23)
    session_id = runner.record().id
    # The process dies: its diary connection goes with it, then the objects are dropped
    # without any stop or finish.
    runner._timer.stop()
    first.close()
    del view, runner
    gc.collect()

    with Store.open(data_dir) as second:
        left_open = second.get_session(session_id)
        assert left_open.status is SessionStatus.IN_PROGRESS
        assert (left_open.steps_done, left_open.active_seconds) == (1, 20)
        notice = close_interrupted_sessions(second, BASE + timedelta(hours=1))
        row = second.get_session(session_id)
    assert (row.status, row.steps_done, row.steps_total) == (SessionStatus.PARTIAL, 1, 2)
    assert row.active_seconds == 20 and row.spasm_before == 5
    assert notice is not None and "1 of 2 steps" in notice


CRASHING_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import datetime, timedelta, timezone
    from PySide6.QtCore import QCoreApplication
    from coach.core.clock import FakeClock
    from coach.core.routine_library import load_library
    from coach.core.segments import SessionSettings
    from coach.store.database import Store
    from coach.ui.session_runner import SessionRunner

    app = QCoreApplication([])
    store = Store.open(sys.argv[1])
    routine = load_library(store.data_dir).find("neck-shoulder-release")
    clock = FakeClock(0.0)
    base = datetime(2026, 11, 24, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    runner = SessionRunner(store, routine, SessionSettings(), clock=clock,
                           wall_now=lambda: base + timedelta(seconds=clock.now()))
    runner.start(spasm_before=6)
    for _ in range(int(sys.argv[2])):
        clock.advance(1.0)
        runner.poll()
    print(runner.record().id, runner.record().steps_done, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.slow
def test_kill_9_mid_session_keeps_the_steps_done_so_far(data_dir):
    from coach.core.routine_library import load_library
    from coach.core.segments import SessionSettings, expand

    # Run 6 steps and a bit of the 7th, whatever the built-in's timings are today.
    segments = expand(load_library(data_dir).find("neck-shoulder-release"), SessionSettings())
    ends, clock = {}, 0.0
    for segment in segments:
        clock += segment.duration_s
        ends[segment.step_index] = clock
    seconds = int(ends[5]) + 3

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run(
        [sys.executable, "-c", CRASHING_CHILD, str(data_dir), str(seconds)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr
    session_id, steps = child.stdout.split()
    assert steps == "6"

    with Store.open(data_dir) as store:
        notice = close_interrupted_sessions(store, datetime(2026, 11, 26, 8, 0, tzinfo=CET))
        row = store.get_session(session_id)
    assert (row.status, row.steps_done, row.steps_total) == (SessionStatus.PARTIAL, 6, 10)
    assert row.active_seconds >= int(ends[5])
    assert row.spasm_before == 6
    assert notice == (
        "Your session of Gentle neck & shoulder release on Tuesday was interrupted; "
        "it was saved as partial, 6 of 10 steps."
    )


def test_destroying_the_runner_mid_session_saves_it_as_abandoned(store, times):
    runner = SessionRunner(store, stretch(), None, clock=times.clock, wall_now=times.wall)
    runner.start()
    run(runner, times, 3)
    session_id = runner.record().id
    runner._timer.stop()
    runner.deleteLater()
    del runner
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    row = store.get_session(session_id)
    assert (row.status, row.active_seconds) == (SessionStatus.ABANDONED, 3)


def test_a_diary_that_cannot_be_read_at_start_up_gives_no_notice(data_dir):
    store = Store.open(data_dir)
    store.close()
    assert close_interrupted_sessions(store) is None
