"""The session engine: a state machine that plays a routine's segments against a clock.

Everything is computed from deadlines on the injected monotonic clock; nothing counts ticks
or decrements counters. A segment that started at moment `t` ends at exactly `t + duration`
however late the UI asks, and the next segment starts at that same moment, so a slow,
hidden or suspended window cannot stretch a 30-second hold. The Qt side calls `poll()` and
`snapshot()` at display rate and draws what they say.

Rules a reader may look for:
- `previous_segment()` restarts the current segment when more than RESTART_AFTER_S into it,
  else goes back to the previous segment (from the first segment it always restarts).
- Heat: a heat step's clock starts when its first HEAT segment starts and then runs on wall
  time (monotonic), pauses and waiting skin checks included, because the pack may still be
  on the skin. At the step's ceiling (`segments.heat_ceiling_s`) the engine ends the step by
  itself (HEAT_LIMIT_REACHED, then STEP_DONE: the full allowance was given) and moves on.
  Going back into a heat step never restarts its clock, so nothing can extend it.
- A step counts done when the engine leaves its last segment by finishing it, by
  `next_segment()`, by a "yes" to its last skin check, or at its heat ceiling;
  `skip_step()` and `stop()` leave it not done.
- `next_segment()` refuses while a skin check waits: the answer is the way on.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from coach.core.clock import Clock
from coach.core.records import SessionStatus
from coach.core.routine import HeatStep, Routine
from coach.core.segments import (
    BREATH_PHASES,
    Segment,
    SegmentKind,
    SessionSettings,
    expand,
    heat_ceiling_s,
)

#: previous_segment() restarts the current segment after this many seconds in it.
RESTART_AFTER_S = 2.0
#: A countdown tick whose moment is further than this behind `now` is dropped, not spoken.
STALE_AFTER_S = 0.5
#: Countdown ticks 3, 2, 1 are given only for segments at least this long ...
COUNTDOWN_MIN_S = 4.0
COUNTDOWN_FROM = 3
# ... and only for these kinds (breathing has its own phase cues, heat its skin checks).
_COUNTDOWN_KINDS = frozenset(
    {SegmentKind.HOLD, SegmentKind.PREPARE, SegmentKind.PASSIVE, SegmentKind.REST}
)
_INF = math.inf


class SessionState(StrEnum):
    """Where a session is in its life."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"
    ABANDONED = "abandoned"


#: States after which nothing more happens.
ENDED_STATES = frozenset({SessionState.FINISHED, SessionState.STOPPED, SessionState.ABANDONED})


class StopReason(StrEnum):
    """Why a session was stopped before its end."""

    PAIN = "pain"  # the "Stop — this hurts" button
    SKIN = "skin"  # red or blotchy skin at a skin check
    USER = "user"  # a plain stop
    ABANDONED = "abandoned"  # the window was closed or the app quit


class EventKind(StrEnum):
    """Things the UI may want to say or sound, delivered once each by poll()."""

    SEGMENT_STARTED = "segment_started"  # this segment is now the current one
    COUNTDOWN = "countdown"  # 3, 2, 1 seconds before a hold/prepare/rest ends
    BREATH_PHASE = "breath_phase"  # breathe in / hold / breathe out
    SKIN_CHECK_DUE = "skin_check_due"  # a skin check waits for an answer
    HEAT_LIMIT_REACHED = "heat_limit_reached"  # the heat ceiling ended the heat step
    STEP_DONE = "step_done"
    FINISHED = "finished"


class Operation(StrEnum):
    """What the patient can ask of a session; `SessionEngine.can()` says if it is allowed."""

    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT_SEGMENT = "next_segment"
    PREVIOUS_SEGMENT = "previous_segment"
    SKIP_STEP = "skip_step"
    STOP = "stop"
    ANSWER_SKIN_CHECK = "answer_skin_check"


_LIVE = frozenset({SessionState.RUNNING, SessionState.PAUSED})
_ALLOWED: Mapping[Operation, frozenset[SessionState]] = {
    Operation.START: frozenset({SessionState.IDLE}),
    Operation.PAUSE: frozenset({SessionState.RUNNING}),
    Operation.RESUME: frozenset({SessionState.PAUSED}),
    Operation.NEXT_SEGMENT: _LIVE,
    Operation.PREVIOUS_SEGMENT: _LIVE,
    Operation.SKIP_STEP: _LIVE,
    Operation.STOP: _LIVE,
    Operation.ANSWER_SKIN_CHECK: _LIVE,
}


class EngineStateError(RuntimeError):
    """An operation the session cannot do in its current state; nothing was changed."""


@dataclass(frozen=True, slots=True)
class Event:
    """One thing that happened, at its own moment on the session clock."""

    seq: int  # 0, 1, 2, ... in the order the events happened
    kind: EventKind
    at: float  # the clock moment it happened (a late poll still gets the true moment)
    segment: Segment | None = None
    count: int | None = None  # COUNTDOWN: 3, 2 or 1
    phase: SegmentKind | None = None  # BREATH_PHASE
    step_index: int | None = None  # STEP_DONE, HEAT_LIMIT_REACHED


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the session screen shows at one moment."""

    state: SessionState
    segment: Segment | None  # None before a routine with no segments, and once finished
    seconds_left: float  # never negative; a waiting skin check: heat allowance left
    segment_progress: float  # 0..1 (a waiting skin check has none: 0)
    session_progress: float  # 0..1, by planned time
    next_segment: Segment | None
    steps_done: int
    steps_total: int
    active_seconds: float  # time running, pauses excluded
    heat_seconds: float  # heat applied so far, pauses and skin checks included
    heat_seconds_left: float | None  # allowance left while in a heat step, else None
    awaiting_answer: bool  # a skin check waits for answer_skin_check()


@dataclass(frozen=True)
class SessionSummary:
    """The figures a session log row needs."""

    status: SessionStatus
    steps_done: int
    steps_total: int
    active_seconds: int  # rounded to whole seconds, as the log stores them
    planned_seconds: int
    heat_seconds: int
    stop_reason: StopReason | None = None


class _HeatClock:
    """Wall time of one heat step: started once, never restarted, capped at its ceiling."""

    __slots__ = ("applied", "ceiling", "deadline", "entered_at", "started_at")

    def __init__(self, ceiling: float) -> None:
        self.ceiling = ceiling
        self.started_at: float | None = None
        self.deadline = _INF
        self.applied = 0.0  # from earlier visits to the step
        self.entered_at: float | None = None

    def enter(self, moment: float) -> None:
        if self.started_at is None:
            self.started_at = moment
            self.deadline = moment + self.ceiling
        self.entered_at = moment

    def leave(self, moment: float) -> None:
        self.applied = self.seconds(moment)
        self.entered_at = None

    def limit(self) -> float:
        """When the step must end (a visit after the deadline ends as soon as it begins)."""
        entered = self.entered_at if self.entered_at is not None else -_INF
        return self.deadline if self.deadline > entered else entered

    def seconds(self, moment: float) -> float:
        if self.entered_at is None:
            return self.applied
        return self.applied + max(0.0, min(moment, self.deadline) - self.entered_at)


class SessionEngine:
    """Plays one session of a routine; see the module docstring for the rules."""

    def __init__(
        self, routine: Routine, settings: SessionSettings | None, clock: Clock
    ) -> None:
        self.routine = routine
        self.settings = settings or SessionSettings()
        self._clock = clock
        self.segments: tuple[Segment, ...] = expand(routine, self.settings)
        segs = self.segments
        n = len(segs)
        self._n = n
        self._durations = [s.duration_s for s in segs]
        offsets = [0.0]
        for d in self._durations:
            offsets.append(offsets[-1] + d)
        self._offsets = offsets
        self.planned_seconds: float = offsets[-1]
        self._waits = [s.kind is SegmentKind.SKIN_CHECK for s in segs]
        self._countdown_start = [
            COUNTDOWN_FROM
            if s.kind in _COUNTDOWN_KINDS and s.duration_s >= COUNTDOWN_MIN_S
            else 0
            for s in segs
        ]
        self._last_of_step = [
            i == n - 1 or segs[i + 1].step_index != s.step_index for i, s in enumerate(segs)
        ]
        # For each segment, the first segment of the following step (n: none).
        self._next_step_first = [n] * n
        following = n
        for i in range(n - 1, -1, -1):
            self._next_step_first[i] = following
            if i == 0 or segs[i - 1].step_index != segs[i].step_index:
                following = i
        self.steps_total = len({s.step_index for s in segs})
        self._heat: dict[int, _HeatClock] = {}
        for s in segs:
            step = routine.steps[s.step_index]
            if isinstance(step, HeatStep) and s.step_index not in self._heat:
                self._heat[s.step_index] = _HeatClock(
                    heat_ceiling_s(step, self.settings.heat_mode)
                )

        self._state = SessionState.IDLE
        self._idx = 0
        self._entered = False  # no segment has been entered yet
        self._anchor = 0.0  # RUNNING: the moment the current segment's elapsed counts from
        self._frozen = 0.0  # otherwise: the current segment's elapsed, held still
        self._countdown_next = 0
        self._active_base = 0.0
        self._run_since = 0.0
        self._ended_at: float | None = None
        self._stop_reason: StopReason | None = None
        self._done: set[int] = set()
        self._heat_now: _HeatClock | None = None
        self._pending: list[Event] = []
        self._seq = 0
        self._last_now = -_INF

    # ---- reading -------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        """The state as last brought up to date (operations, poll and snapshot do that)."""
        return self._state

    @property
    def stop_reason(self) -> StopReason | None:
        return self._stop_reason

    def poll(self, now: float | None = None) -> list[Event]:
        """Bring the session up to `now` and return the events since the last poll, in order."""
        self._advance(self._clock.now() if now is None else now)
        events = self._pending
        self._pending = []
        return events

    def snapshot(self, now: float | None = None) -> Snapshot:
        """What to show at `now` (default: the clock's); also brings the session up to it."""
        now = self._advance(self._clock.now() if now is None else now)
        state = self._state
        running = state is SessionState.RUNNING
        active = self._active_base + (now - self._run_since if running else 0.0)
        heat = self._heat_seconds(now)
        if state is SessionState.FINISHED or not self._n:
            finished = state is SessionState.FINISHED
            return Snapshot(
                state, None, 0.0, 1.0 if finished else 0.0, 1.0 if finished else 0.0, None,
                len(self._done), self.steps_total, active, heat, None, False,
            )  # fmt: skip
        i = self._idx
        duration = self._durations[i]
        elapsed = now - self._anchor if running else self._frozen
        hc = self._heat_now
        heat_left = max(0.0, hc.limit() - now) if hc is not None else None
        if self._waits[i]:
            left = heat_left if heat_left is not None else max(0.0, duration - elapsed)
            seg_progress = 0.0
        else:
            left = duration - elapsed
            if heat_left is not None and heat_left < left:
                left = heat_left
            if left < 0.0:
                left = 0.0
            seg_progress = min(1.0, max(0.0, elapsed / duration))
        done_time = self._offsets[i] + min(max(elapsed, 0.0), duration)
        planned = self.planned_seconds
        return Snapshot(
            state,
            self.segments[i],
            left,
            seg_progress,
            min(1.0, done_time / planned) if planned > 0 else 0.0,
            self.segments[i + 1] if i + 1 < self._n else None,
            len(self._done),
            self.steps_total,
            active,
            heat,
            heat_left,
            self._waits[i] and (running or state is SessionState.PAUSED),
        )

    def summary(self) -> SessionSummary:
        """The figures for the session log, as of now."""
        snap = self.snapshot()
        state = self._state
        if state is SessionState.FINISHED:
            complete = len(self._done) >= self.steps_total
            status = SessionStatus.COMPLETED if complete else SessionStatus.PARTIAL
        elif state is SessionState.STOPPED:
            status = SessionStatus.STOPPED
        elif state is SessionState.ABANDONED:
            status = SessionStatus.ABANDONED
        else:
            status = SessionStatus.IN_PROGRESS
        return SessionSummary(
            status=status,
            steps_done=snap.steps_done,
            steps_total=snap.steps_total,
            active_seconds=_whole(snap.active_seconds),
            planned_seconds=_whole(self.planned_seconds),
            heat_seconds=_whole(snap.heat_seconds),
            stop_reason=self._stop_reason,
        )

    def can(self, operation: Operation | str) -> bool:
        """Whether `operation` is allowed right now (for enabling buttons)."""
        self._advance(self._clock.now())
        return self._refusal(Operation(operation)) is None

    # ---- operations ----------------------------------------------------------------

    def start(self) -> None:
        """Begin the first segment now."""
        now = self._begin(Operation.START)
        self._state = SessionState.RUNNING
        self._run_since = now
        if self._n:
            self._enter(0, now)
        else:
            self._finish(now)

    def pause(self) -> None:
        """Hold the segment timer still (a heat step's clock keeps running)."""
        now = self._begin(Operation.PAUSE)
        self._frozen = now - self._anchor
        self._active_base += now - self._run_since
        self._state = SessionState.PAUSED

    def resume(self) -> None:
        """Carry on from where the pause held the segment."""
        now = self._begin(Operation.RESUME)
        self._anchor = now - self._frozen
        self._run_since = now
        self._state = SessionState.RUNNING

    def next_segment(self) -> None:
        """Leave the current segment now for the next one (its step counts done if last)."""
        now = self._begin(Operation.NEXT_SEGMENT)
        i = self._idx
        if self._last_of_step[i]:
            self._mark_done(self.segments[i].step_index, now)
        self._enter(i + 1, now)

    def previous_segment(self) -> None:
        """Restart the segment if more than RESTART_AFTER_S into it, else go back one."""
        now = self._begin(Operation.PREVIOUS_SEGMENT)
        elapsed = now - self._anchor if self._state is SessionState.RUNNING else self._frozen
        i = self._idx
        self._enter(i if elapsed > RESTART_AFTER_S or i == 0 else i - 1, now)

    def skip_step(self) -> None:
        """Go to the next step's first segment; the skipped step does not count as done."""
        now = self._begin(Operation.SKIP_STEP)
        self._enter(self._next_step_first[self._idx], now)

    def stop(self, reason: StopReason | str) -> None:
        """End the session now, for `reason` (ABANDONED when the window closes)."""
        try:
            reason = StopReason(reason)
        except ValueError:
            choices = ", ".join(r.value for r in StopReason)
            raise ValueError(
                f"stop reason: expected one of {choices}, got {reason!r}"
            ) from None
        now = self._begin(Operation.STOP)
        self._end(reason, now)

    def answer_skin_check(self, ok: bool) -> None:
        """Yes (skin fine): carry on. No (red or blotchy): the session stops for SKIN."""
        now = self._begin(Operation.ANSWER_SKIN_CHECK)
        if not ok:
            self._end(StopReason.SKIN, now)
            return
        i = self._idx
        if self._last_of_step[i]:
            self._mark_done(self.segments[i].step_index, now)
        self._enter(i + 1, now)

    # ---- machinery -----------------------------------------------------------------

    def _begin(self, operation: Operation) -> float:
        """Bring the session up to now, then refuse `operation` if it is not allowed."""
        now = self._advance(self._clock.now())
        refusal = self._refusal(operation)
        if refusal is not None:
            raise EngineStateError(refusal)
        return now

    def _refusal(self, operation: Operation) -> str | None:
        state = self._state
        if state not in _ALLOWED[operation]:
            allowed = " or ".join(sorted(s.value for s in _ALLOWED[operation]))
            return (
                f"Cannot {operation.value.replace('_', ' ')}: the session is {state.value} "
                f"(allowed only when {allowed})."
            )
        waiting = self._waits[self._idx] if self._n else False
        if operation is Operation.NEXT_SEGMENT and waiting:
            return "Cannot move on: the skin check is waiting for an answer."
        if operation is Operation.ANSWER_SKIN_CHECK and not waiting:
            return "Cannot answer a skin check: no skin check is waiting."
        return None

    def _advance(self, now: float) -> float:
        """Play every boundary up to `now` at its own moment; returns the effective now."""
        if now < self._last_now:
            now = self._last_now  # never let a caller's older `now` move time backwards
        else:
            self._last_now = now
        running = SessionState.RUNNING
        paused = SessionState.PAUSED
        state = self._state
        while state is running or state is paused:
            if state is running:
                i = self._idx
                if self._countdown_next:
                    self._countdowns(i, now)
                end = _INF if self._waits[i] else self._anchor + self._durations[i]
            else:
                end = _INF
            hc = self._heat_now
            if hc is not None:
                limit = hc.limit()
                # On a tie the segment simply ends: the plan was met, not cut short.
                if limit < end:
                    if limit > now:
                        break
                    self._heat_limit(limit)
                    state = self._state
                    continue
            if end > now:
                break
            i = self._idx
            if self._last_of_step[i]:
                self._mark_done(self.segments[i].step_index, end)
            self._enter(i + 1, end)
            state = self._state
        return now

    def _countdowns(self, i: int, now: float) -> None:
        end = self._anchor + self._durations[i]
        n = self._countdown_next
        while n:
            moment = end - n
            if moment > now:
                break
            if now - moment <= STALE_AFTER_S:
                self._emit(EventKind.COUNTDOWN, moment, self.segments[i], count=n)
            n -= 1
        self._countdown_next = n

    def _enter(self, index: int, moment: float) -> None:
        """Make segment `index` current from `moment` (past the last one: finish)."""
        old_step = self.segments[self._idx].step_index if self._entered else None
        new_step = self.segments[index].step_index if index < self._n else None
        if old_step != new_step and self._heat_now is not None:
            self._heat_now.leave(moment)
            self._heat_now = None
        if index >= self._n:
            self._finish(moment)
            return
        self._entered = True
        self._idx = index
        if self._state is SessionState.RUNNING:
            self._anchor = moment
        else:
            self._frozen = 0.0
        self._countdown_next = self._countdown_start[index]
        segment = self.segments[index]
        self._emit(EventKind.SEGMENT_STARTED, moment, segment)
        if old_step != new_step and new_step in self._heat:
            # Safe side: heat counts from the moment the screen says "apply", paused or not.
            self._heat_now = self._heat[new_step]
            self._heat_now.enter(moment)
        if segment.kind in BREATH_PHASES:
            self._emit(EventKind.BREATH_PHASE, moment, segment, phase=segment.kind)
        elif segment.kind is SegmentKind.SKIN_CHECK:
            self._emit(EventKind.SKIN_CHECK_DUE, moment, segment)

    def _heat_limit(self, moment: float) -> None:
        i = self._idx
        step = self.segments[i].step_index
        self._emit(EventKind.HEAT_LIMIT_REACHED, moment, self.segments[i], step_index=step)
        self._mark_done(step, moment)
        self._enter(self._next_step_first[i], moment)

    def _mark_done(self, step_index: int, moment: float) -> None:
        # Once only: going back into a done step and finishing it again changes nothing.
        if step_index not in self._done:
            self._done.add(step_index)
            self._emit(EventKind.STEP_DONE, moment, step_index=step_index)

    def _finish(self, moment: float) -> None:
        if self._state is SessionState.RUNNING:
            self._active_base += moment - self._run_since
            self._frozen = moment - self._anchor
        self._state = SessionState.FINISHED
        self._ended_at = moment
        self._emit(EventKind.FINISHED, moment)

    def _end(self, reason: StopReason, moment: float) -> None:
        if self._state is SessionState.RUNNING:
            self._active_base += moment - self._run_since
            self._frozen = moment - self._anchor
        if self._heat_now is not None:
            self._heat_now.leave(moment)
            self._heat_now = None
        abandoned = reason is StopReason.ABANDONED
        self._state = SessionState.ABANDONED if abandoned else SessionState.STOPPED
        self._stop_reason = reason
        self._ended_at = moment

    def _heat_seconds(self, now: float) -> float:
        if not self._heat:
            return 0.0
        return sum(hc.seconds(now) for hc in self._heat.values())

    def _emit(
        self,
        kind: EventKind,
        moment: float,
        segment: Segment | None = None,
        *,
        count: int | None = None,
        phase: SegmentKind | None = None,
        step_index: int | None = None,
    ) -> None:
        self._pending.append(Event(self._seq, kind, moment, segment, count, phase, step_index))
        self._seq += 1


def _whole(seconds: float) -> int:
    """Seconds rounded half up (the log stores whole seconds)."""
    return math.floor(seconds + 0.5)
