"""The clock the session engine reads: monotonic seconds, injected so tests control time.

The engine never counts timer ticks; it compares deadlines with `Clock.now()`. The real
clock is `time.monotonic()` (it never jumps when the wall clock is changed); tests use a
FakeClock they move by hand, so no test ever sleeps.
"""

from __future__ import annotations

import time
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """Anything that tells monotonic time in seconds."""

    def now(self) -> float:
        """Seconds on a clock that never goes backwards (the origin is arbitrary)."""
        ...


class MonotonicClock:
    """The real clock: time.monotonic(), which keeps counting while the window is hidden."""

    def now(self) -> float:
        """Seconds since an arbitrary point; never goes backwards."""
        return time.monotonic()


class FakeClock:
    """A clock for tests that moves only when told to, and never backwards."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)

    def now(self) -> float:
        """The time last set."""
        return self._now

    def advance(self, seconds: float) -> float:
        """Move forward by `seconds` (>= 0) and return the new time."""
        if seconds < 0:
            raise ValueError(f"a monotonic clock cannot go back ({seconds} s)")
        self._now += seconds
        return self._now

    def set(self, moment: float) -> float:
        """Jump to `moment`, which must not be earlier than now; returns it."""
        if moment < self._now:
            raise ValueError(
                f"a monotonic clock cannot go back (from {self._now} s to {moment} s)"
            )
        self._now = float(moment)
        return self._now
