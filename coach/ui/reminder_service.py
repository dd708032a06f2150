"""Keeps the next reminder armed and says when one is due: the app's only clock for them.

It asks coach.analysis.reminders (a pure function of the plan, the diary, the snoozes and
skips, the settings and the time) for the next reminder, and arms one WallClockTimer at
its deadline. It works the answer out again when that timer fires, when the clock is set,
when the diary or the plan changes, and when the app comes back to the foreground; in
between it costs nothing.

When the timer fires late (the computer was asleep), the reminders that fell in the gap
are not shown one by one: they come as one calm summary per kind (`missedWhileAway`),
once. Snoozes, "skip today" and the pause live only in memory: after a restart the
patient simply gets the rest of the day's reminders.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from coach.analysis.reminders import (
    MissedSummary,
    Reminder,
    SkipToday,
    Snooze,
    missed_reminders,
    missed_slots,
    next_reminder,
)
from coach.analysis.reminders import (
    Slot as ReminderSlot,
)
from coach.core.local_zone import system_zone
from coach.core.records import Injection, PlanRow, SessionRecord
from coach.core.settings import Settings
from coach.store.errors import StoreError
from coach.ui.wall_timer import WallClockTimer

if TYPE_CHECKING:
    from coach.store.database import Store

#: A reminder found this late counts as missed while away, not as due now.
WAKE_GRACE = timedelta(minutes=5)
#: "Snooze" moves a reminder this far.
SNOOZE = timedelta(minutes=15)
#: How far back the diary is read for sessions that mark slots done.
_LOOK_BACK_DAYS = 3
_TICK = timedelta(seconds=1)


class ReminderService(QObject):
    """Works out and arms the next reminder; emits what is due."""

    #: A list of Reminder due now (usually one; two kinds may share a time).
    due = Signal(object)
    #: A list of MissedSummary: what fell while the computer slept, one line per kind.
    missedWhileAway = Signal(object)
    #: The next Reminder (or None), whenever it may have changed.
    nextChanged = Signal(object)

    def __init__(
        self,
        store: Store,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] | None = None,
        zone: tzinfo | None = None,
        timer: WallClockTimer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        #: A zone given by the caller is kept; else the system's is read again at every
        #: check, so a move to another time zone is followed without a restart.
        self._fixed_zone = zone
        self.zone = zone or system_zone()
        self._now = now or (lambda: datetime.now(self.zone))
        self.timer = timer or WallClockTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.clockChanged.connect(self.check)
        self.snoozes: set[Snooze] = set()
        self.skips: set[SkipToday] = set()
        self.shown: dict[ReminderSlot, datetime] = {}
        self.paused_until: datetime | None = None
        self.next: Reminder | None = None
        self._last_check = self._now()
        self._running = False

    # --- the patient's choices ------------------------------------------------------------

    def snooze(self, reminder: Reminder) -> None:
        """Remind again about this slot in 15 minutes."""
        self.snoozes.add(Snooze(reminder.slot, self._now() + SNOOZE))
        self.check()

    def skip_today(self, reminder: Reminder) -> None:
        """No more reminders of this kind today."""
        self.skips.add(SkipToday(reminder.slot.day, reminder.slot.kind))
        self.check()

    def pause(self, until: datetime) -> None:
        """No reminders before `until`; those that fall before it are not shown later."""
        self.paused_until = until
        self.check()

    def pause_for(self, span: timedelta) -> None:
        self.pause(self._now() + span)

    def pause_rest_of_today(self) -> None:
        now = self._now().astimezone(self.zone)
        tomorrow = now.date() + timedelta(days=1)
        midnight = datetime(tomorrow.year, tomorrow.month, tomorrow.day, tzinfo=self.zone)
        self.pause(midnight.astimezone(self.zone))

    def resume(self) -> None:
        """Reminders again from now (the paused ones are not brought back)."""
        if self.paused_until is not None:
            self.paused_until = min(self.paused_until, self._now())
        self.check()

    def is_paused(self) -> bool:
        return self.paused_until is not None and self.paused_until > self._now()

    # --- running --------------------------------------------------------------------------

    def start(self) -> None:
        """Begin: reminders from now on (earlier ones of today are not shown at start)."""
        self._running = True
        self._last_check = self._now()
        self.check()

    def stop(self) -> None:
        self._running = False
        self.timer.stop()

    @Slot()
    def check(self) -> None:
        """Show what is due, summarise what was missed while away, arm the next one."""
        if not self._running:
            return
        if self._fixed_zone is None:
            self.zone = system_zone()
        now = self._now()
        try:
            plan, sessions, injections, settings = self._load(now)
        except StoreError:
            return  # the diary cannot be read now; the next change or wake-up tries again
        args = (plan, sessions, injections, self.snoozes, self.skips, settings)
        since = min(self._last_check, now)
        if self.paused_until is not None and self.paused_until > since:
            # Quietly let the paused ones pass: they are not "missed", the patient chose.
            quiet_end = min(self.paused_until, now + _TICK)
            for reminder in missed_slots(*args, since, quiet_end, self.zone, self.shown):
                self.shown[reminder.slot] = reminder.deadline
            since = max(since, min(self.paused_until, now))
        if since < now:
            cutoff = max(since, now - WAKE_GRACE)
            away: list[MissedSummary] = []
            if cutoff > since:
                away = missed_reminders(*args, since, cutoff, self.zone, self.shown)
                for reminder in missed_slots(*args, since, cutoff, self.zone, self.shown):
                    self.shown[reminder.slot] = reminder.deadline
            due = missed_slots(*args, cutoff, now + _TICK, self.zone, self.shown)
            for reminder in due:
                self.shown[reminder.slot] = reminder.deadline
            if away:
                self.missedWhileAway.emit(away)
            if due:
                self.due.emit(due)
        self._last_check = now + _TICK
        start = now
        if self.paused_until is not None and self.paused_until > now:
            start = self.paused_until
        self.next = next_reminder(*args, start + _TICK, self.zone, self.shown)
        if self.next is None:
            self.timer.stop()
        else:
            self.timer.start(self.next.deadline, now)
        self.nextChanged.emit(self.next)

    def _load(
        self, now: datetime
    ) -> tuple[list[PlanRow], list[SessionRecord], list[Injection], Settings]:
        today = now.astimezone(self.zone).date()
        first = min(self._last_check.astimezone(self.zone).date(), today)
        first = max(first, today - timedelta(days=_LOOK_BACK_DAYS))
        sessions: list[SessionRecord] = []
        day = first - timedelta(days=1)
        while day <= today:
            sessions.extend(self._store.sessions(on_day=day))
            day += timedelta(days=1)
        return (
            self._store.plan_rows(),
            sessions,
            self._store.injections(),
            self._store.settings(),
        )
