"""The clocks the session engine reads."""

from __future__ import annotations

import pytest

from coach.core.clock import Clock, FakeClock, MonotonicClock


def test_monotonic_clock_never_goes_back():
    clock = MonotonicClock()
    readings = [clock.now() for _ in range(1000)]
    assert readings == sorted(readings)
    assert isinstance(clock, Clock)


def test_fake_clock_moves_only_when_told():
    clock = FakeClock(100.0)
    assert clock.now() == 100.0
    assert clock.now() == 100.0
    assert clock.advance(2.5) == 102.5
    assert clock.now() == 102.5
    assert clock.set(200.0) == 200.0
    assert clock.now() == 200.0
    assert isinstance(clock, Clock)


def test_fake_clock_starts_at_zero():
    assert FakeClock().now() == 0.0


@pytest.mark.parametrize("move", [lambda c: c.advance(-0.1), lambda c: c.set(9.0)])
def test_fake_clock_refuses_to_go_back_and_keeps_its_time(move):
    clock = FakeClock(10.0)
    with pytest.raises(ValueError, match="cannot go back"):
        move(clock)
    assert clock.now() == 10.0
