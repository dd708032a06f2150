"""Cost of one snapshot() + poll() pair, the work a session screen does per frame.

Run: /opt/venv/bin/python benchmarks/engine.py
Target: under 50 microseconds per pair on a 10-minute routine mid-session (a 60 Hz screen
then spends well under 1% of one core on the engine).
"""

from __future__ import annotations

import time
import timeit

from coach.core.clock import FakeClock
from coach.core.engine import SessionEngine
from coach.core.records import Kind
from coach.core.routine import (
    BreathingStep,
    BreathPattern,
    ExerciseStep,
    RestStep,
    Routine,
    Sides,
)
from coach.core.segments import total_seconds

TARGET_US = 50.0


def ten_minute_routine() -> Routine:
    """Roughly the "Gentle neck & shoulder release" routine of CLINICAL.md."""

    def exercise(step_id: str, hold: float, reps: int, sides: Sides, rest: float = 0.0):
        return ExerciseStep(
            id=step_id, title=step_id, instruction="Gently.", hold_s=hold, reps=reps,
            sides=sides, prepare_s=5.0, rest_s=rest,
        )  # fmt: skip

    steps = (
        BreathingStep(
            id="settle",
            title="Settle",
            instruction="Slow breaths.",
            pattern=BreathPattern(inhale=4, exhale=6),
            duration_s=20,
        ),
        exercise("shoulder-rolls", 4, 10, Sides.CENTRE),
        exercise("shrug", 3, 5, Sides.CENTRE, rest=2),
        exercise("squeeze", 5, 8, Sides.CENTRE, rest=3),
        exercise("chin-tuck", 5, 8, Sides.CENTRE, rest=3),
        exercise("upper-trapezius", 25, 3, Sides.BOTH, rest=12),
        exercise("levator", 25, 2, Sides.BOTH, rest=12),
        exercise("head-turn", 4, 5, Sides.ALTERNATE, rest=3),
        RestStep(id="rest", title="Supported rest", instruction="Rest.", duration_s=45),
    )
    return Routine(id="release", title="Release", kind=Kind.STRETCH, summary="", steps=steps)


class ShiftedClock:
    """The real monotonic clock, moved forward so the session is half-way through."""

    def __init__(self) -> None:
        self.shift = 0.0

    def now(self) -> float:
        return time.monotonic() + self.shift


def best_us(statement, number: int, repeat: int = 5) -> float:
    return min(timeit.repeat(statement, number=number, repeat=repeat)) / number * 1e6


def main() -> None:
    routine = ten_minute_routine()
    planned = total_seconds(routine)
    print(f"routine: {planned / 60:.1f} min planned")

    # 1. The real clock, half-way through: what a frame costs while nothing changes.
    clock = ShiftedClock()
    engine = SessionEngine(routine, None, clock)
    engine.start()
    clock.shift = planned / 2
    engine.poll()

    def pair() -> None:
        engine.snapshot()
        engine.poll()

    steady = best_us(pair, number=50_000)
    print(f"snapshot()+poll(), monotonic clock, mid-session: {steady:6.2f} us per pair")

    # 2. A whole session at 60 frames a second on a fake clock: boundaries, countdowns and
    #    events included (the average over every frame of the session).
    frames = int(planned * 60) + 60
    fake = FakeClock()
    whole = SessionEngine(routine, None, fake)
    whole.start()
    t0 = time.perf_counter()
    for _ in range(frames):
        fake.advance(1 / 60)
        whole.snapshot()
        whole.poll()
    per_frame = (time.perf_counter() - t0) / frames * 1e6
    print(f"snapshot()+poll(), whole session at 60 Hz:      {per_frame:6.2f} us per frame")
    assert whole.summary().status == "completed"

    worst = max(steady, per_frame)
    verdict = "within" if worst < TARGET_US else "OVER"
    print(f"target < {TARGET_US:.0f} us: {verdict}")


if __name__ == "__main__":
    main()
