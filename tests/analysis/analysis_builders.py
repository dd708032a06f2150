"""Small builders for analysis tests: records with only the fields a test cares about."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from itertools import count

from coach.core.records import (
    History,
    Injection,
    Kind,
    PlanRow,
    SessionRecord,
    SessionStatus,
    SymptomEntry,
    parse_weekdays,
)

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
EST = timezone(timedelta(hours=-5))
EVERY_DAY = "Mon;Tue;Wed;Thu;Fri;Sat;Sun"

_ids = count(1)


def at(day: str, hhmm: str = "09:00", tz: timezone = CET) -> datetime:
    """A local timestamp: `at("2026-03-04", "23:55", EST)`."""
    hour, minute = (int(x) for x in hhmm.split(":"))
    return datetime.combine(date.fromisoformat(day), datetime.min.time(), tz).replace(
        hour=hour, minute=minute
    )


def session(
    when: datetime,
    kind: Kind = Kind.STRETCH,
    done: int = 5,
    total: int = 5,
    *,
    routine: str | None = None,
    status: SessionStatus = SessionStatus.COMPLETED,
    before: int | None = None,
    after: int | None = None,
    seconds: int = 600,
) -> SessionRecord:
    return SessionRecord(
        id=f"s{next(_ids)}",
        routine_id=routine or f"{kind}-routine",
        routine_title="A routine",
        kind=kind,
        started_at=when,
        planned_seconds=seconds,
        active_seconds=seconds,
        steps_done=done,
        steps_total=total,
        status=status,
        spasm_before=before,
        spasm_after=after,
    )


def symptom(when: datetime, spasm: int) -> SymptomEntry:
    return SymptomEntry(id=f"y{next(_ids)}", recorded_at=when, spasm=spasm)


def injection(day: str) -> Injection:
    return Injection(id=f"i{next(_ids)}", date=date.fromisoformat(day))


def plan(valid_from: str, kind: Kind, times: int, weekdays: str = EVERY_DAY) -> PlanRow:
    return PlanRow(date.fromisoformat(valid_from), kind, times, parse_weekdays(weekdays))


def history(*records: object) -> History:
    """Sort mixed records into a History."""
    return History(
        sessions=tuple(r for r in records if isinstance(r, SessionRecord)),
        symptoms=tuple(r for r in records if isinstance(r, SymptomEntry)),
        injections=tuple(r for r in records if isinstance(r, Injection)),
        plan=tuple(r for r in records if isinstance(r, PlanRow)),
    )


def d(text: str) -> date:
    return date.fromisoformat(text)
