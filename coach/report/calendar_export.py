"""`coach plan --ics` and the "Add plan to my calendar" button: the plan as an .ics file."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from coach.core.ics import calendar_text, plan_slots, typical_minutes
from coach.core.records import History
from coach.report.output_file import replacing

if TYPE_CHECKING:
    from coach.store.database import Store


class NothingPlannedError(ValueError):
    """The plan has no session to remind of, so there is no calendar to write."""


NOTHING_PLANNED = (
    "there is no plan yet, so there is nothing to put in a calendar: set how often you "
    "mean to do each routine first (the plan), then try again. Nothing was written."
)


def plan_calendar(history: History, today: date, now: datetime | None = None) -> str:
    """The .ics text of the plan in force on `today`; NothingPlannedError if it is empty.

    `now` (aware, the local time) stamps the file and moves a slot already past today to
    its next day; it defaults to the present moment.
    """
    moment = now if now is not None else datetime.now().astimezone()
    if moment.tzinfo is None:
        moment = moment.astimezone()
    minutes = typical_minutes(history.sessions, today)
    clock = moment.time() if moment.date() == today else None
    slots = plan_slots(history.plan, today, minutes, now=clock)
    if not slots:
        raise NothingPlannedError(NOTHING_PLANNED)
    return calendar_text(slots, moment)


def write_ics(
    store: Store, path: str | os.PathLike[str], today: date, now: datetime | None = None
) -> int:
    """Write the plan as an .ics file at `path`; returns the number of events written.

    Raises NothingPlannedError (nothing written) when no session is planned, and
    report.output_file.OutputError when `path` cannot be written.
    """
    text = plan_calendar(store.history(), today, now)
    with replacing(path) as temp:
        Path(temp).write_bytes(text.encode("utf-8"))
    return text.count("BEGIN:VEVENT")
