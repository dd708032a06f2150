"""Runs one guided session: the engine, a display-rate poll, and the session's log row.

The engine (coach/core/engine.py) keeps all the time; this object only polls it with a
QTimer, passes its events and snapshots on as signals, and keeps the diary row true:
written as in_progress before the first segment starts, then updated at every segment
boundary (and every SAVE_EVERY_S), so a killed app keeps the steps done so far.

Two things only the Qt side can notice:
- the computer slept: the wall clock moved more than the monotonic clock between two polls.
  The session pauses and the patient is welcomed back; a heat step ends there, because
  nobody knows how long the pack stayed on (the slept time is counted as heat, up to the
  step's allowance, so the log errs on the safe side);
- the window went away mid-session: the session ends as abandoned and is saved. That path
  is plain Python (`_LiveSession`), so it still works while Qt destroys the objects.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING
from uuid import uuid4

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from coach.core.clock import Clock, MonotonicClock
from coach.core.engine import (
    ENDED_STATES,
    EngineStateError,
    EventKind,
    Operation,
    SessionEngine,
    SessionState,
    Snapshot,
    StopReason,
)
from coach.core.records import SessionRecord, SessionStatus
from coach.core.routine import HeatStep, Routine
from coach.core.segments import SessionSettings
from coach.core.session_log import (
    SkinAnswers,
    close_unfinished,
    updated_record,
)
from coach.store import rows
from coach.store.errors import StoreError

if TYPE_CHECKING:
    from coach.store.database import Store

#: The wall clock may run ahead of the monotonic clock by this much between two polls
#: before the runner decides the computer slept.
WALL_JUMP_S = 30.0
#: The wall clock is compared at most this often (monotonic seconds).
WALL_CHECK_EVERY_S = 0.5
#: The row is saved at every segment boundary and at least this often while it runs.
SAVE_EVERY_S = 15.0
#: Poll intervals (ms) when nothing moves on screen: paused, or the view is hidden. Hidden
#: still polls, so sounds, heat limits and saves happen on time.
PAUSED_INTERVAL_MS = 100
HIDDEN_INTERVAL_MS = 250

_BOUNDARY_EVENTS = frozenset(
    {EventKind.SEGMENT_STARTED, EventKind.STEP_DONE, EventKind.FINISHED}
)

# English here (tests read them); shown through QCoreApplication.translate("SessionRunner").
SLEPT_NOTICE = QT_TRANSLATE_NOOP(
    "SessionRunner", "Welcome back. The session was paused while the computer slept."
)
SLEPT_HEAT_NOTICE = QT_TRANSLATE_NOOP(
    "SessionRunner",
    " The heat part has ended to be safe: if the pack is still on, take it off now.",
)
HEAT_LIMIT_NOTICE = QT_TRANSLATE_NOOP(
    "SessionRunner", "That is the most heat for this session. Take the pack off now."
)


def local_now() -> datetime:
    """The current local time with its UTC offset (the default wall clock)."""
    return datetime.now().astimezone()


class _LiveSession:
    """The engine and its log row: the part that must work even while Qt tears down."""

    def __init__(self, store: Store, engine: SessionEngine, record: SessionRecord) -> None:
        self.store = store
        self.engine = engine
        self.record = record
        self.skin = SkinAnswers()
        self.has_heat = _has_heat(engine.routine)
        self.heat_extra = 0.0  # heat counted while the computer slept (see module doc)
        self.inserted = False
        self.concluded = False

    def save(self) -> str | None:
        """Bring the row up to the engine and write it; the problem in words, or None."""
        summary = self.engine.summary()
        heat = round(summary.heat_seconds + self.heat_extra) if self.has_heat else None
        self.record = updated_record(
            self.record, summary, heat_seconds=heat, skin_ok=self.skin.skin_ok
        )
        return self.write()

    def write(self) -> str | None:
        """Write the row as it is (insert first time); the problem in words, or None."""
        try:
            if self.inserted:
                self.store.update_session(self.record)
            else:
                self.store.add_session(self.record)
                self.inserted = True
        except StoreError as error:
            return str(error)
        return None

    def abandon(self) -> None:
        """The window went away: end the session as abandoned and save, if still live."""
        if self.concluded:
            return
        try:
            if self.engine.can(Operation.STOP):
                self.engine.stop(StopReason.ABANDONED)
        except EngineStateError:
            pass
        if self.engine.state in ENDED_STATES:
            self.concluded = True
        if self.inserted or self.concluded:
            # A closed diary (the app is going away) cannot take it; the in_progress row
            # then keeps the progress and the next start closes it.
            self.save()


def _abandon(live: _LiveSession, *_args: object) -> None:
    live.abandon()


class SessionRunner(QObject):
    """Plays one session of a routine and keeps its log row; see the module docstring."""

    snapshotChanged = Signal(object)  # engine Snapshot, each poll while the session lives
    engineEvent = Signal(object)  # every engine Event exactly once, in order
    ended = Signal(object)  # the SessionRecord as saved when the session ends
    wallClockJumped = Signal(float)  # seconds the wall clock ran ahead; the runner paused
    notice = Signal(str)  # a calm message for the patient (slept, heat limit reached)
    saveFailed = Signal(str)  # the diary could not be written; the session carries on

    def __init__(
        self,
        store: Store,
        routine: Routine,
        settings: SessionSettings | None = None,
        *,
        clock: Clock | None = None,
        wall_now: Callable[[], datetime] | None = None,
        interval_ms: int = 16,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.routine = routine
        self._clock = clock or MonotonicClock()
        self._wall_now = wall_now or local_now
        self.engine = SessionEngine(routine, settings, self._clock)
        self._interval_ms = max(1, int(interval_ms))
        self._visible = True
        self._live = _LiveSession(store, self.engine, self._blank_record())
        self._last_times: tuple[float, float] | None = None  # (monotonic, wall) at last poll
        self._last_save = 0.0
        self._ended_sent = False
        self.last_snapshot: Snapshot = self.engine.snapshot()

        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # even frames for the pacer
        self._timer.timeout.connect(self.poll)
        # Plain-Python callbacks: they run even while the C++ side is being destroyed.
        self.destroyed.connect(self.abandoner())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_quit)

    # --- reading ----------------------------------------------------------------------

    def record(self) -> SessionRecord:
        """The row as last saved."""
        return self._live.record

    def abandoner(self) -> Callable[..., None]:
        """A plain-Python callback that abandons and saves a live session; safe to call
        while Qt destroys the objects (views connect their `destroyed` to it)."""
        return functools.partial(_abandon, self._live)

    @property
    def state(self) -> SessionState:
        return self.engine.state

    @property
    def is_live(self) -> bool:
        """True while the session runs or is paused."""
        return self.engine.state in (SessionState.RUNNING, SessionState.PAUSED)

    # --- the session ------------------------------------------------------------------

    def start(self, spasm_before: int | None = None, pain_before: int | None = None) -> None:
        """Write the in_progress row first, then start the engine and the poll."""
        if not self.engine.can(Operation.START):
            raise EngineStateError("This session has already started.")
        live = self._live
        live.record = replace(
            live.record,
            started_at=self._wall_now(),
            spasm_before=spasm_before,
            pain_before=pain_before,
        )
        problem = live.write()
        if problem:
            self.saveFailed.emit(problem)
        self.engine.start()
        self._last_save = self._clock.now()
        self._last_times = None
        self._timer.start(self._pick_interval())
        self.poll()

    def pause(self) -> bool:
        """Pause (Space); False if the session cannot pause now."""
        return self._operate(Operation.PAUSE, self.engine.pause)

    def resume(self) -> bool:
        """Resume (Space); False if the session is not paused."""
        return self._operate(Operation.RESUME, self.engine.resume)

    def toggle_pause(self) -> bool:
        """Pause when running, resume when paused."""
        return self.resume() if self.engine.state is SessionState.PAUSED else self.pause()

    def next_segment(self) -> bool:
        """Go on to the next segment (Right arrow)."""
        return self._operate(Operation.NEXT_SEGMENT, self.engine.next_segment)

    def previous_segment(self) -> bool:
        """Restart the segment, or go back one (Left arrow)."""
        return self._operate(Operation.PREVIOUS_SEGMENT, self.engine.previous_segment)

    def skip_step(self) -> bool:
        """Leave the current step undone and go on to the next."""
        return self._operate(Operation.SKIP_STEP, self.engine.skip_step)

    def answer_skin_check(self, ok: bool) -> bool:
        """The patient's answer to a waiting skin check; "red or blotchy" stops at once."""
        if not self.engine.can(Operation.ANSWER_SKIN_CHECK):
            return False
        self._live.skin.add(ok)
        self.engine.answer_skin_check(ok)
        self.poll(save=True)
        return True

    def stop(self, reason: StopReason) -> None:
        """End the session now and save it (PAIN/SKIN: stopped, USER: partial, ABANDONED:
        abandoned, or partial when a step was done)."""
        if self.engine.can(Operation.STOP):
            self.engine.stop(reason)
        self.poll(save=True)

    def finish(
        self, spasm_after: int | None, pain_after: int | None = None, note: str = ""
    ) -> SessionRecord:
        """After `ended`: save the after-ratings and note (StoreError if that fails)."""
        if not self._live.concluded:
            raise EngineStateError("The session has not ended yet.")
        live = self._live
        record = replace(live.record, spasm_after=spasm_after, pain_after=pain_after, note=note)
        if live.inserted:
            self.store.update_session(record)
        else:
            self.store.add_session(record)
            live.inserted = True
        live.record = record
        return record

    def set_display_active(self, visible: bool) -> None:
        """The view is shown (poll at display rate) or hidden (poll slowly)."""
        self._visible = bool(visible)
        if self._timer.isActive():
            self._timer.setInterval(self._pick_interval())

    # --- polling ----------------------------------------------------------------------

    @Slot()
    def poll(self, save: bool = False) -> None:
        """One poll now: events, then the snapshot; saves at boundaries; ends when done."""
        if self._ended_sent:
            return
        engine = self.engine
        started = engine.state is not SessionState.IDLE
        if started and self.is_live:
            self._check_wall_clock()
        events = engine.poll()
        snapshot = engine.snapshot()
        self.last_snapshot = snapshot
        for event in events:
            self.engineEvent.emit(event)
            if event.kind is EventKind.HEAT_LIMIT_REACHED:
                self.notice.emit(self.tr(HEAT_LIMIT_NOTICE))
        ended = engine.state in ENDED_STATES
        if started and not ended:  # an ended session is saved once, by _conclude
            now = self._clock.now()
            due = now - self._last_save >= SAVE_EVERY_S
            if save or due or any(e.kind in _BOUNDARY_EVENTS for e in events):
                self._save(now)
        self.snapshotChanged.emit(snapshot)
        if ended:
            self._conclude()
        elif self._timer.isActive():
            interval = self._pick_interval()
            if self._timer.interval() != interval:
                self._timer.setInterval(interval)

    def _operate(self, operation: Operation, action: Callable[[], None]) -> bool:
        if not self.engine.can(operation):
            return False
        action()
        self.poll(save=True)
        return True

    def _save(self, now: float) -> None:
        self._last_save = now
        problem = self._live.save()
        if problem:
            self.saveFailed.emit(problem)

    def _conclude(self) -> None:
        self._timer.stop()
        live = self._live
        if not live.concluded:
            live.concluded = True
            self._save(self._clock.now())
        self._ended_sent = True
        self.ended.emit(live.record)

    def _check_wall_clock(self) -> None:
        mono = self._clock.now()
        last = self._last_times
        if last is not None and mono - last[0] < WALL_CHECK_EVERY_S:
            return  # half a second after waking is soon enough; not worth it every frame
        wall = self._wall_now().timestamp()
        self._last_times = (mono, wall)
        if last is None:
            return
        # Only forward: a sleeping computer stops the monotonic clock, not the wall clock.
        jump = (wall - last[1]) - (mono - last[0])
        if jump > WALL_JUMP_S:
            self._slept(jump)

    def _slept(self, jump: float) -> None:
        engine = self.engine
        if engine.state is SessionState.RUNNING:
            engine.pause()
        message = self.tr(SLEPT_NOTICE)
        heat_left = engine.snapshot().heat_seconds_left
        if heat_left is not None:
            self._live.heat_extra += min(jump, heat_left)
            engine.skip_step()
            message += self.tr(SLEPT_HEAT_NOTICE)
        self.notice.emit(message)
        self.wallClockJumped.emit(jump)

    def _pick_interval(self) -> int:
        if not self._visible:
            return HIDDEN_INTERVAL_MS
        if self.engine.state is SessionState.PAUSED:
            return max(self._interval_ms, PAUSED_INTERVAL_MS)
        return self._interval_ms

    @Slot()
    def _on_quit(self) -> None:
        # Before the app's finally-block closes the diary.
        self._timer.stop()
        self._live.abandon()

    def _blank_record(self) -> SessionRecord:
        engine = self.engine
        routine = self.routine
        return SessionRecord(
            id=str(uuid4()),
            routine_id=routine.id,
            routine_title=routine.title,
            kind=routine.kind,
            started_at=self._wall_now(),
            planned_seconds=round(engine.planned_seconds),
            active_seconds=0,
            steps_done=0,
            # The diary needs at least one step; an empty routine logs "0 of 1".
            steps_total=max(1, engine.steps_total),
            status=SessionStatus.IN_PROGRESS,
            heat_seconds=0 if _has_heat(routine) else None,
        )


def _has_heat(routine: Routine) -> bool:
    return any(isinstance(step, HeatStep) for step in routine.steps)


def close_interrupted_sessions(store: Store, now: datetime | None = None) -> str | None:
    """At start-up: close the sessions a crash left in progress; the notice to show, if any.

    Never raises: a diary that cannot be read or written here is left for the next start.
    """
    now = now or local_now()
    try:
        closed = close_unfinished(_in_progress(store), now)
        if not closed:
            return None
        with store.transaction():
            for record in closed:
                store.update_session(record)
    except (StoreError, sqlite3.Error):
        return None
    from coach.ui.core_words import interrupted_words  # in the patient's language

    return interrupted_words(closed, now.date())


def _in_progress(store: Store) -> list[SessionRecord]:
    # Only the open rows: Store.sessions() would decode the whole history (about 0.35 s
    # for twenty years) on the way to the first window.
    columns = ", ".join(rows.SESSION_COLUMNS)
    found = store.conn.execute(
        f"SELECT {columns} FROM sessions WHERE status = ? ORDER BY started_at, id",
        (SessionStatus.IN_PROGRESS.value,),
    ).fetchall()
    return [rows.session_from_row(row) for row in found]
