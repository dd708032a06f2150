"""The wall-clock timer fires at a moment on the real-time clock (timerfd on Linux) and
falls back to a QTimer elsewhere. Only deadlines already past are used: nothing waits."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta

import pytest

from coach.ui.wall_timer import WallClockTimer


@pytest.mark.parametrize("use_timerfd", [True, False])
def test_a_deadline_already_past_fires_at_once(qtbot, use_timerfd):
    timer = WallClockTimer(use_timerfd=use_timerfd)
    with qtbot.waitSignal(timer.timeout, timeout=2000):
        timer.start(datetime.now().astimezone() - timedelta(minutes=5))
    assert not timer.is_active()


def test_linux_uses_the_real_time_clock(qtbot):
    timer = WallClockTimer()
    assert timer.uses_wall_clock == sys.platform.startswith("linux")
    assert not WallClockTimer(use_timerfd=False).uses_wall_clock


@pytest.mark.parametrize("use_timerfd", [True, False])
def test_a_stopped_timer_does_not_fire(qtbot, use_timerfd):
    timer = WallClockTimer(use_timerfd=use_timerfd)
    fired = []
    timer.timeout.connect(lambda: fired.append(True))
    timer.start(datetime.now().astimezone() + timedelta(hours=1))
    assert timer.is_active()
    timer.stop()
    qtbot.wait(50)  # let any queued event through; nothing should be queued
    assert fired == []
    assert not timer.is_active()


def test_a_naive_deadline_is_refused(qtbot):
    with pytest.raises(ValueError):
        WallClockTimer().start(datetime(2026, 11, 26, 9, 0))
