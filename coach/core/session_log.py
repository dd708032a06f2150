"""The log row of a guided session: how it is written while it runs, and closed after a crash.

The row is saved when a session starts (status in_progress) and again at every segment
boundary, so a killed app keeps the steps done so far. The next start finds such rows and
closes them with `close_unfinished`, keeping what they saved, and tells the patient calmly
with `interrupted_notice`. No Qt and no database here: the caller reads and writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime

from coach.core.engine import SessionSummary, StopReason
from coach.core.records import SessionRecord, SessionStatus

#: At most this many interrupted sessions are named one by one in the notice.
NOTICE_MAX_NAMED = 3

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def final_status(summary: SessionSummary) -> SessionStatus:
    """The status a session's log row ends with, from the engine's summary.

    The engine calls every early stop "stopped"; the log tells them apart: pain or skin
    (the patient's safety stops) stay "stopped", a plain stop is "partial", and a closed
    window is "abandoned" unless a step was done, which makes it "partial".
    """
    reason = summary.stop_reason
    if reason is StopReason.USER:
        return SessionStatus.PARTIAL
    if reason is StopReason.ABANDONED:
        return SessionStatus.PARTIAL if summary.steps_done >= 1 else SessionStatus.ABANDONED
    return summary.status


def updated_record(
    record: SessionRecord,
    summary: SessionSummary,
    *,
    heat_seconds: int | None,
    skin_ok: bool | None,
) -> SessionRecord:
    """The row `record` brought up to the engine's summary (status from final_status)."""
    return replace(
        record,
        status=final_status(summary),
        planned_seconds=summary.planned_seconds,
        active_seconds=max(0, summary.active_seconds),
        steps_done=min(summary.steps_done, record.steps_total),
        heat_seconds=heat_seconds,
        skin_ok=skin_ok,
    )


class SkinAnswers:
    """The skin-check answers of one session: None until one is given, then all fine?"""

    __slots__ = ("_answers",)

    def __init__(self) -> None:
        self._answers: list[bool] = []

    def add(self, ok: bool) -> None:
        """Note one answer (True: skin looks fine)."""
        self._answers.append(bool(ok))

    @property
    def skin_ok(self) -> bool | None:
        """False if any check was red or blotchy, True if all were fine, None if none."""
        if not self._answers:
            return None
        return all(self._answers)


def close_unfinished(
    sessions_in_progress: Iterable[SessionRecord], now: datetime
) -> list[SessionRecord]:
    """Close the rows a crash left in progress: partial if a step was done, else abandoned.

    Each keeps the active seconds it last saved, but never more than the wall time between
    its start and `now` (a row cannot have run longer than it existed). Rows that are not
    in progress are left out of the result.
    """
    closed: list[SessionRecord] = []
    for record in sessions_in_progress:
        if record.status is not SessionStatus.IN_PROGRESS:
            continue
        active = max(0, record.active_seconds)
        elapsed = (now - record.started_at).total_seconds()
        if elapsed >= 0:  # a clock set back says nothing about how long it ran
            active = min(active, int(elapsed))
        status = SessionStatus.PARTIAL if record.steps_done >= 1 else SessionStatus.ABANDONED
        closed.append(replace(record, status=status, active_seconds=active))
    return closed


def interrupted_notice(closed: Iterable[SessionRecord], today: date) -> str | None:
    """A calm sentence per session closed by close_unfinished (None when there were none)."""
    records = sorted(closed, key=lambda r: r.started_at)
    if not records:
        return None
    lines = [_interrupted_line(r, today) for r in records[:NOTICE_MAX_NAMED]]
    more = len(records) - NOTICE_MAX_NAMED
    if more > 0:
        lines.append(
            f"{more} more interrupted session{'s were' if more > 1 else ' was'} saved too."
        )
    return "\n".join(lines)


def _interrupted_line(record: SessionRecord, today: date) -> str:
    when = _day_words(record.day, today)
    steps = f"{record.steps_done} of {record.steps_total} step" + (
        "" if record.steps_total == 1 else "s"
    )
    if record.status is SessionStatus.PARTIAL:
        saved = f"it was saved as partial, {steps}"
    else:
        saved = "it was saved as not finished, before the first step was done"
    return f"Your session of {record.routine_title} {when} was interrupted; {saved}."


def _day_words(day: date, today: date) -> str:
    """'earlier today', 'yesterday', 'on Tuesday' (within a week), else 'on 3 March'."""
    days = (today - day).days
    if days == 0:
        return "earlier today"
    if days == 1:
        return "yesterday"
    if 1 < days < 7:
        return f"on {_WEEKDAYS[day.weekday()]}"
    text = f"on {day.day} {_MONTHS[day.month - 1]}"
    return text if day.year == today.year else f"{text} {day.year}"
