"""The patient's records: sessions, symptom entries, injections and plan rows.

Pure data, shared by store/, analysis/, the CSV files and the UI. Every timestamp is an
aware datetime whose tzinfo is the patient's UTC offset at that moment, so both the
instant and the local calendar day survive a round trip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum


class Kind(StrEnum):
    """The four kinds of routine; one colour each throughout the app."""

    STRETCH = "stretch"
    HEAT = "heat"
    BREATHING = "breathing"
    RELAXATION = "relaxation"


KINDS: tuple[Kind, ...] = tuple(Kind)


class SessionStatus(StrEnum):
    """How a session ended. IN_PROGRESS exists only in the database, for crash safety."""

    COMPLETED = "completed"
    PARTIAL = "partial"
    STOPPED = "stopped"
    ABANDONED = "abandoned"
    IN_PROGRESS = "in_progress"


#: The statuses the CSV contract knows; an in-progress session is never exported.
FINISHED_STATUSES: tuple[SessionStatus, ...] = (
    SessionStatus.COMPLETED,
    SessionStatus.PARTIAL,
    SessionStatus.STOPPED,
    SessionStatus.ABANDONED,
)

WEEKDAY_NAMES: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

RATING_MIN = 0
RATING_MAX = 10


def is_rating(value: object) -> bool:
    """True for a whole number 0-10 (bools are not ratings)."""
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and RATING_MIN <= value <= RATING_MAX
    )


def local_day(moment: datetime) -> date:
    """The calendar day of a timestamp in its own stored offset."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must carry their UTC offset")
    return moment.date()


@dataclass(frozen=True)
class SessionRecord:
    """One run of a routine by the patient."""

    id: str
    routine_id: str
    routine_title: str
    kind: Kind
    started_at: datetime
    planned_seconds: int
    active_seconds: int
    steps_done: int
    steps_total: int
    status: SessionStatus
    spasm_before: int | None = None
    spasm_after: int | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    note: str = ""
    # Heat sessions only: seconds the heat was on, and whether every skin check was fine.
    # Kept in the diary; not part of sessions.csv, whose columns are a fixed contract.
    heat_seconds: int | None = None
    skin_ok: bool | None = None

    @property
    def day(self) -> date:
        return local_day(self.started_at)


@dataclass(frozen=True)
class SymptomEntry:
    """A spasm rating (with optional extras) not tied to a session."""

    id: str
    recorded_at: datetime
    spasm: int
    pain: int | None = None
    stress: int | None = None
    sleep: int | None = None
    sensory_trick: bool | None = None
    note: str = ""
    # Whether the sensory trick eased the pull (asked only when one was used). Kept in the
    # diary; not part of symptoms.csv, whose columns are a fixed contract.
    sensory_trick_helped: bool | None = None

    @property
    def day(self) -> date:
        return local_day(self.recorded_at)


@dataclass(frozen=True)
class SideEffect:
    """One side effect after an injection, with the day it was noticed if known."""

    name: str
    noticed_on: date | None = None


#: The side effects the diary offers by name (CLINICAL.md section 6); "other" is free text.
SIDE_EFFECT_NAMES: tuple[str, ...] = (
    "swallowing",
    "neck weakness",
    "voice change",
    "dry mouth",
    "injection-site pain",
    "double vision",
    "other",
)

_SIDE_EFFECT_ITEM = re.compile(r"^(?P<name>[^@;]+?)(?:@(?P<day>\d{4}-\d{2}-\d{2}))?$")


def parse_side_effects(text: str) -> tuple[SideEffect, ...]:
    """Read the CSV cell form `name@YYYY-MM-DD; name; ...` (date optional per item)."""
    effects: list[SideEffect] = []
    for raw in text.split(";"):
        item = raw.strip()
        if not item:
            continue
        match = _SIDE_EFFECT_ITEM.match(item)
        if match is None:
            raise ValueError(f"side effect {item!r}: expected 'name' or 'name@YYYY-MM-DD'")
        day = match.group("day")
        effects.append(
            SideEffect(match.group("name").strip(), date.fromisoformat(day) if day else None)
        )
    return tuple(effects)


def format_side_effects(effects: tuple[SideEffect, ...]) -> str:
    """The canonical CSV cell form of a list of side effects."""
    return "; ".join(
        f"{e.name}@{e.noticed_on.isoformat()}" if e.noticed_on else e.name for e in effects
    )


@dataclass(frozen=True)
class Injection:
    """A botulinum-toxin treatment; everything but the date is optional."""

    id: str
    date: date
    product: str = ""
    units: float | None = None
    muscles: str = ""
    onset_noticed: date | None = None
    wearing_off_noticed: date | None = None
    side_effects: tuple[SideEffect, ...] = field(default_factory=tuple)
    note: str = ""


@dataclass(frozen=True)
class PlanRow:
    """How often the patient means to do one kind, from valid_from until a later row."""

    valid_from: date
    kind: Kind
    times_per_day: int
    weekdays: frozenset[int]  # 0 = Monday ... 6 = Sunday
    reminder_times: tuple[str, ...] = ()  # "HH:MM", sorted

    def planned_on(self, day: date) -> int:
        """Sessions this row plans on a day (ignoring injections)."""
        return self.times_per_day if day.weekday() in self.weekdays else 0


def format_weekdays(weekdays: frozenset[int]) -> str:
    """`Mon;Tue;Wed` in calendar order."""
    return ";".join(WEEKDAY_NAMES[d] for d in sorted(weekdays))


def parse_weekdays(text: str) -> frozenset[int]:
    """Read `Mon;Tue;Wed` (any case); raises ValueError naming the unknown day."""
    days: set[int] = set()
    lookup = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}
    for raw in text.split(";"):
        name = raw.strip().lower()
        if not name:
            continue
        if name not in lookup:
            raise ValueError(f"{raw.strip()!r} is not a weekday (Mon, Tue, ... Sun)")
        days.add(lookup[name])
    return frozenset(days)


def utc_offset(moment: datetime) -> timedelta:
    """The stored offset of an aware timestamp."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("timestamps must carry their UTC offset")
    return offset


@dataclass(frozen=True)
class History:
    """Everything the patient has recorded, as analysis/ and the CSV files see it."""

    sessions: tuple[SessionRecord, ...] = ()
    symptoms: tuple[SymptomEntry, ...] = ()
    injections: tuple[Injection, ...] = ()
    plan: tuple[PlanRow, ...] = ()

    def is_empty(self) -> bool:
        return not (self.sessions or self.symptoms or self.injections or self.plan)
