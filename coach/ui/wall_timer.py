"""One single-shot timer on the wall clock: it fires at a moment, not after a duration.

Qt's timers count on the monotonic clock, which stops while the computer sleeps: a timer
set for 18:00 at 17:00, with the lid closed from 17:10 to 19:00, would fire at 19:50. The
reminders need the wall clock, so on Linux this arms a timerfd on CLOCK_REALTIME at the
absolute deadline, with TFD_TIMER_CANCEL_ON_SET:
- a deadline passed during sleep fires as soon as the computer wakes;
- a change of the clock (by hand, by NTP in a big step) wakes us with `clockChanged`, so
  the owner can work out its next deadline again;
- nothing runs in between: the process sleeps in the event loop (no polling).
Daylight-saving changes do not move the real-time clock; the deadlines passed in are aware
datetimes already worked out for the patient's zone, so DST needs nothing here.

Elsewhere (no timerfd) a QTimer counts down to the deadline; the owner re-arms it when the
app becomes active again, which covers most wake-ups.
"""

from __future__ import annotations

import ctypes
import errno
import os
import sys
from datetime import datetime
from math import ceil

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal, Slot

_CLOCK_REALTIME = 0
_TFD_CLOEXEC = 0o2000000
_TFD_NONBLOCK = 0o4000
_TFD_TIMER_ABSTIME = 1
_TFD_TIMER_CANCEL_ON_SET = 2

#: QTimer's longest interval (a signed 32-bit count of milliseconds, about 24 days).
_LONGEST_MS = 2**31 - 1


class _Timespec(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]


class _Itimerspec(ctypes.Structure):
    _fields_ = [("it_interval", _Timespec), ("it_value", _Timespec)]


class _TimerFd:
    """A CLOCK_REALTIME timerfd through libc (Linux only)."""

    def __init__(self) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        fd = self._libc.timerfd_create(_CLOCK_REALTIME, _TFD_CLOEXEC | _TFD_NONBLOCK)
        if fd < 0:
            raise OSError(ctypes.get_errno(), "timerfd_create failed")
        self.fd = fd

    def arm(self, epoch_seconds: float) -> None:
        whole = int(epoch_seconds)
        nanos = round((epoch_seconds - whole) * 1e9)
        if nanos >= 1_000_000_000:
            whole, nanos = whole + 1, nanos - 1_000_000_000
        spec = _Itimerspec(_Timespec(0, 0), _Timespec(max(whole, 0), max(nanos, 0)))
        if spec.it_value.tv_sec == 0 and spec.it_value.tv_nsec == 0:
            spec.it_value.tv_nsec = 1  # zero would disarm the timer
        flags = _TFD_TIMER_ABSTIME | _TFD_TIMER_CANCEL_ON_SET
        if self._libc.timerfd_settime(self.fd, flags, ctypes.byref(spec), None) != 0:
            raise OSError(ctypes.get_errno(), "timerfd_settime failed")

    def disarm(self) -> None:
        spec = _Itimerspec(_Timespec(0, 0), _Timespec(0, 0))
        self._libc.timerfd_settime(self.fd, 0, ctypes.byref(spec), None)

    def read(self) -> str:
        """'fired', 'clock' (the clock was set) or 'nothing' (a spurious wake-up)."""
        try:
            os.read(self.fd, 8)
        except BlockingIOError:
            return "nothing"
        except OSError as error:
            if error.errno == errno.ECANCELED:
                return "clock"
            raise
        return "fired"

    def __del__(self) -> None:
        fd, self.fd = self.fd, -1
        if fd >= 0:
            os.close(fd)


class WallClockTimer(QObject):
    """Fires `timeout` once at a wall-clock moment; `clockChanged` if the clock is set."""

    timeout = Signal()
    clockChanged = Signal()

    def __init__(self, parent: QObject | None = None, *, use_timerfd: bool = True) -> None:
        super().__init__(parent)
        self.deadline: datetime | None = None
        self._fd: _TimerFd | None = None
        self._notifier: QSocketNotifier | None = None
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._on_fallback)
        if use_timerfd and sys.platform.startswith("linux"):
            try:
                self._fd = _TimerFd()
            except (OSError, AttributeError):
                self._fd = None  # an old kernel or no libc: the QTimer does the job
        if self._fd is not None:
            self._notifier = QSocketNotifier(self._fd.fd, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._on_fd)

    @property
    def uses_wall_clock(self) -> bool:
        """True when the timer follows the real-time clock through sleep (Linux)."""
        return self._fd is not None

    def start(self, deadline: datetime, now: datetime | None = None) -> None:
        """Fire at `deadline` (aware); a deadline in the past fires at once."""
        if deadline.tzinfo is None:
            raise ValueError("the deadline must be an aware datetime")
        self.deadline = deadline
        if self._fd is not None:
            self._fd.arm(deadline.timestamp())
            return
        now = now or datetime.now().astimezone()
        wait = ceil((deadline - now).total_seconds() * 1000)
        self._fallback.start(max(0, min(wait, _LONGEST_MS)))

    def stop(self) -> None:
        self.deadline = None
        self._fallback.stop()
        if self._fd is not None:
            self._fd.disarm()

    def is_active(self) -> bool:
        return self.deadline is not None

    @Slot()
    def _on_fd(self) -> None:
        assert self._fd is not None
        what = self._fd.read()
        if what == "fired":
            self.deadline = None
            self.timeout.emit()
        elif what == "clock":
            # The timer stays armed at the same absolute moment; the owner decides whether
            # the deadline itself should move (a new day, a time-zone change).
            self.clockChanged.emit()

    @Slot()
    def _on_fallback(self) -> None:
        deadline = self.deadline
        if deadline is None:
            return
        now = datetime.now().astimezone()
        if now < deadline:  # a 24-day cap, or the clock was set back meanwhile
            self.start(deadline, now)
            return
        self.deadline = None
        self.timeout.emit()
