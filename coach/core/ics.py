"""The plan as an iCalendar file (RFC 5545): one weekly event with an alarm per planned slot.

A phone's calendar then reminds the patient even when the computer is off. Pure text work:
the caller reads the plan and writes the file.

Times are written as floating local times (`DTSTART:20261127T083000`, no `Z`, no TZID):
a reminder set for 08:30 rings at 08:30 wherever the phone is and on both sides of a
daylight-saving change, which is what a plan of "stretches at 08:30" means. The one
instant in the file, DTSTAMP, is in UTC as RFC 5545 requires.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from statistics import median

from coach import __version__
from coach.core.records import KINDS, Kind, PlanRow, SessionRecord, SessionStatus

APP_NAME = "Trapezius Coach"
PRODID = f"-//{APP_NAME}//Plan reminders {__version__}//EN"
CALENDAR_NAME = f"{APP_NAME} plan"

#: Event titles per kind; the app's name in brackets tells the patient where it came from.
KIND_TITLES: dict[Kind, str] = {
    Kind.STRETCH: "Stretches",
    Kind.HEAT: "Heat",
    Kind.BREATHING: "Breathing",
    Kind.RELAXATION: "Relaxation",
}

#: What the event says, in the patient's words; commas and semicolons are escaped on output.
KIND_DESCRIPTIONS: dict[Kind, str] = {
    Kind.STRETCH: "Time for your stretches: slowly, to a mild pull, never into pain; "
    "stop if pain sharpens or the spasm clearly worsens.",
    Kind.HEAT: "Time for heat: always through a cloth, check your skin every few minutes, "
    "and no heat over an injection site in the first 24 hours.",
    Kind.BREATHING: "Time for slow breathing. If you feel dizzy, breathe normally again.",
    Kind.RELAXATION: "Time to relax: let your shoulders and jaw soften.",
}

#: Event length when the diary does not say how long the patient's sessions of a kind
#: take: the built-in routines (CLINICAL.md: neck release about 10 min, heat & stretch
#: about 25 min, breathing 5-10 min, relaxation about 8-10 min).
DEFAULT_MINUTES: dict[Kind, int] = {
    Kind.STRETCH: 10,
    Kind.HEAT: 25,
    Kind.BREATHING: 10,
    Kind.RELAXATION: 10,
}

#: How far back the patient's own session lengths are looked at.
TYPICAL_LOOKBACK_DAYS = 90

#: Times used, in this order, for planned sessions without a reminder time of their own:
#: morning, evening, midday, late evening, then the gaps between.
DEFAULT_TIMES: tuple[time, ...] = tuple(
    time(h, m) for h, m in ((9, 0), (18, 0), (13, 0), (20, 30), (11, 0), (15, 30))
)
#: A default time keeps at least this far from every other reminder of the same kind.
MIN_GAP_MINUTES = 60
#: When the defaults above run out: the half hour in this span farthest from the others.
FALLBACK_FIRST = time(7, 0)
FALLBACK_LAST = time(22, 0)

_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# A fixed namespace, so a slot's UID is the same in every export from every machine.
_UID_NAMESPACE = uuid.UUID("5b0b3f3e-6a53-4c39-9d2c-2f1f6d1c7a11")
_MAX_OCTETS = 75


@dataclass(frozen=True)
class Slot:
    """One planned session time of one kind, repeated every listed weekday."""

    kind: Kind
    at: time
    weekdays: frozenset[int]  # 0 = Monday
    first_day: date  # the first day it happens (DTSTART)
    minutes: int
    chosen_by_app: bool  # the plan had no reminder time for it: a default was picked

    @property
    def uid(self) -> str:
        """Stable per kind and time: re-importing an updated file updates, not duplicates."""
        name = f"{self.kind.value}@{self.at:%H:%M}"
        return f"{uuid.uuid5(_UID_NAMESPACE, name)}@trapezius-coach"

    @property
    def title(self) -> str:
        return f"{KIND_TITLES[self.kind]} ({APP_NAME})"


def _parse_time(text: str) -> time | None:
    """A stored "HH:MM" as a time; None for anything else (never raises)."""
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return None


def _minute_of(t: time) -> int:
    return t.hour * 60 + t.minute


def slot_times(row: PlanRow) -> list[tuple[time, bool]]:
    """(time, chosen_by_app) for each planned session of a row, in time order.

    Every reminder time the patient set is used; when the row plans more sessions a day
    than it has reminder times, the rest get DEFAULT_TIMES (each kept MIN_GAP_MINUTES
    from the others), then the half hour from 07:00 to 22:00 farthest from the others.
    """
    own = sorted({t for t in map(_parse_time, row.reminder_times) if t is not None})
    chosen: list[tuple[time, bool]] = [(t, False) for t in own]
    taken = [_minute_of(t) for t in own]
    missing = max(0, row.times_per_day - len(own))

    def clear_of_others(minute: int) -> bool:
        return all(abs(minute - other) >= MIN_GAP_MINUTES for other in taken)

    for candidate in DEFAULT_TIMES:
        if missing == 0:
            break
        if clear_of_others(_minute_of(candidate)):
            chosen.append((candidate, True))
            taken.append(_minute_of(candidate))
            missing -= 1
    grid = range(_minute_of(FALLBACK_FIRST), _minute_of(FALLBACK_LAST) + 1, 30)
    while missing > 0:
        free = [m for m in grid if m not in taken]
        if not free:  # more than 31 a day cannot be planned (the store allows 12)
            break
        best = max(free, key=lambda m: (min((abs(m - o) for o in taken), default=0), -m))
        chosen.append((time(best // 60, best % 60), True))
        taken.append(best)
        missing -= 1
    return sorted(chosen)


def rows_for_calendar(plan: Iterable[PlanRow], today: date) -> list[PlanRow]:
    """Per kind, the plan row in force today, or the first one still to come; KINDS order.

    Rows that plan nothing (0 a day, or no weekday) are dropped: they have no slot.
    """
    chosen: list[PlanRow] = []
    rows = list(plan)
    for kind in KINDS:
        mine = sorted((r for r in rows if r.kind == kind), key=lambda r: r.valid_from)
        current = [r for r in mine if r.valid_from <= today]
        later = [r for r in mine if r.valid_from > today]
        row = current[-1] if current else (later[0] if later else None)
        if row is not None and row.times_per_day > 0 and row.weekdays:
            chosen.append(row)
    return chosen


def first_day(weekdays: frozenset[int], start: date, at: time, now: time | None) -> date:
    """The first listed weekday on or after `start` (after it, if `at` has passed `now`)."""
    day = start
    if now is not None and at <= now:
        day += timedelta(days=1)
    for _ in range(7):
        if day.weekday() in weekdays:
            return day
        day += timedelta(days=1)
    raise ValueError("a slot needs at least one weekday")


def plan_slots(
    plan: Iterable[PlanRow],
    today: date,
    minutes: Mapping[Kind, int] | None = None,
    now: time | None = None,
) -> list[Slot]:
    """Every planned slot of the plan in force, by kind then time.

    `minutes` gives each kind's event length (DEFAULT_MINUTES for a kind left out);
    `now`, the local time of day, moves a slot already past today to its next day.
    """
    lengths = {**DEFAULT_MINUTES, **(minutes or {})}
    slots: list[Slot] = []
    for row in rows_for_calendar(plan, today):
        start = max(today, row.valid_from)
        clock = now if start == today else None
        for at, by_app in slot_times(row):
            slots.append(
                Slot(
                    kind=Kind(row.kind),
                    at=at,
                    weekdays=row.weekdays,
                    first_day=first_day(row.weekdays, start, at, clock),
                    minutes=max(1, int(lengths[Kind(row.kind)])),
                    chosen_by_app=by_app,
                )
            )
    return slots


def typical_minutes(
    sessions: Iterable[SessionRecord], today: date, lookback_days: int = TYPICAL_LOOKBACK_DAYS
) -> dict[Kind, int]:
    """Per kind, how long the patient's recent sessions are planned to take.

    The median planned length of the finished sessions of the last `lookback_days`,
    rounded to the nearest 5 minutes (5 at least); DEFAULT_MINUTES for a kind without any.
    """
    since = today - timedelta(days=lookback_days)
    seconds: dict[Kind, list[int]] = {kind: [] for kind in KINDS}
    for s in sessions:
        if s.status == SessionStatus.IN_PROGRESS or s.planned_seconds <= 0:
            continue
        if since <= s.day <= today:
            seconds[Kind(s.kind)].append(s.planned_seconds)
    result: dict[Kind, int] = {}
    for kind in KINDS:
        if seconds[kind]:
            result[kind] = max(5, 5 * round(median(seconds[kind]) / 300))
        else:
            result[kind] = DEFAULT_MINUTES[kind]
    return result


# --- RFC 5545 text ---------------------------------------------------------------------


def escape_text(text: str) -> str:
    """A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold_line(line: str) -> str:
    """One content line folded at 75 octets, never inside a UTF-8 character (RFC 5545 3.1)."""
    pieces: list[str] = []
    current = ""
    size = 0
    limit = _MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
            limit = _MAX_OCTETS - 1  # continuation lines start with one space
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"PT{hours}H{rest}M"
    return f"PT{hours}H" if hours else f"PT{rest}M"


def _local(day: date, at: time) -> str:
    return f"{day:%Y%m%d}T{at:%H%M}00"


def _event(slot: Slot, stamp: str) -> list[str]:
    byday = ",".join(_BYDAY[d] for d in sorted(slot.weekdays))
    description = KIND_DESCRIPTIONS[slot.kind]
    if slot.chosen_by_app:
        description += (
            f" ({APP_NAME} picked this time because your plan has no reminder time for "
            f"this session; change it here or in the app.)"
        )
    return [
        "BEGIN:VEVENT",
        f"UID:{slot.uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{_local(slot.first_day, slot.at)}",
        f"DURATION:{_duration(slot.minutes)}",
        f"RRULE:FREQ=WEEKLY;BYDAY={byday}",
        f"SUMMARY:{escape_text(slot.title)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"CATEGORIES:{escape_text(APP_NAME)}",
        "TRANSP:TRANSPARENT",  # a reminder, not a meeting: it never blocks the day
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape_text(slot.title)}",
        "TRIGGER:-PT0M",
        "END:VALARM",
        "END:VEVENT",
    ]


def calendar_text(slots: Iterable[Slot], made_at: datetime) -> str:
    """The VCALENDAR text: CRLF line ends, folded lines, one VEVENT per slot."""
    if made_at.tzinfo is None:
        raise ValueError("made_at must carry its UTC offset")
    stamp = made_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{escape_text(CALENDAR_NAME)}",
    ]
    for slot in slots:
        lines.extend(_event(slot, stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)
