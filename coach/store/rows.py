"""Records to database rows and back, with every value checked before it is written.

The CHECK constraints in schema.py are the last line of defence; these checks come first
so the patient gets a sentence naming the record and the field instead of an SQL error.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from coach.core.records import (
    Injection,
    Kind,
    PlanRow,
    SessionRecord,
    SessionStatus,
    SideEffect,
    SymptomEntry,
    format_side_effects,
    format_weekdays,
    is_rating,
    parse_side_effects,
    parse_weekdays,
)
from coach.store.errors import StoreError

Row = tuple[Any, ...]

SESSION_COLUMNS = (
    "id",
    "routine_id",
    "routine_title",
    "kind",
    "started_at",
    "started_at_offset",
    "planned_seconds",
    "active_seconds",
    "steps_done",
    "steps_total",
    "status",
    "spasm_before",
    "spasm_after",
    "pain_before",
    "pain_after",
    "note",
    "heat_seconds",
    "skin_ok",
)
SYMPTOM_COLUMNS = (
    "id",
    "recorded_at",
    "recorded_at_offset",
    "spasm",
    "pain",
    "stress",
    "sleep",
    "sensory_trick",
    "note",
    "sensory_trick_helped",
)
INJECTION_COLUMNS = (
    "id",
    "date",
    "product",
    "units",
    "muscles",
    "onset_noticed",
    "wearing_off_noticed",
    "side_effects",
    "note",
)
PLAN_COLUMNS = ("valid_from", "kind", "times_per_day", "weekdays", "reminder_times")

MAX_TIMES_PER_DAY = 12
# Kind.STRETCH and "stretch" hash and compare alike, so either finds its stored text.
_KIND_TEXT = {k.value: k.value for k in Kind}
_STATUS_TEXT = {s.value: s.value for s in SessionStatus}
# Plain dict look-ups: calling the enum class costs more than the rest of a row's decoding.
_KIND_OF = {k.value: k for k in Kind}
_STATUS_OF = {s.value: s for s in SessionStatus}
_CLOCK_TIME = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")


# --- time stamps -------------------------------------------------------------------


def utc_text(moment: datetime) -> str:
    """The fixed-width, sortable UTC form of an aware datetime: 2026-11-26T07:30:00.000000Z."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("it has no UTC offset")
    utc = moment.replace(tzinfo=None) - offset
    return utc.isoformat(timespec="microseconds") + "Z"


def _encode_moment(moment: object, what: str) -> tuple[str, int]:
    if not isinstance(moment, datetime):
        raise StoreError(f"{what} must be a date and time, not {moment!r}")
    offset = moment.utcoffset()
    if offset is None:
        raise StoreError(f"{what} must carry its UTC offset ({moment.isoformat()} has none)")
    if offset.microseconds:
        raise StoreError(f"{what} has a UTC offset with a fraction of a second")
    try:
        text = utc_text(moment)
    except OverflowError:
        raise StoreError(f"{what} is out of range: {moment.isoformat()}") from None
    return text, offset.days * 86400 + offset.seconds


def _plain_moment(moment: datetime) -> tuple[str, int] | None:
    """The stored pair for a plain aware datetime, else None (the careful path explains)."""
    if type(moment) is not datetime:
        return None
    offset = moment.utcoffset()
    if offset is None or offset.microseconds:
        return None
    try:
        # Shifted by its own offset, then the offset's "+05:45" cut off: the UTC text.
        text = (moment - offset).isoformat(timespec="microseconds")[:26] + "Z"
    except OverflowError:
        return None
    return text, offset.days * 86400 + offset.seconds


@lru_cache(maxsize=256)
def _zone(offset_seconds: int) -> timezone:
    return UTC if offset_seconds == 0 else timezone(timedelta(seconds=offset_seconds))


def decode_moment(utc: str, offset_seconds: int) -> datetime:
    """Rebuild the aware datetime with its original offset from the stored pair."""
    return datetime.fromisoformat(utc).astimezone(_zone(offset_seconds))


# --- field checks --------------------------------------------------------------------


def _text(value: object, what: str, *, required: bool = False) -> str:
    if not isinstance(value, str):
        raise StoreError(f"{what} must be text, not {value!r}")
    if required and not value.strip():
        raise StoreError(f"{what} must not be empty")
    return value


def _whole(value: object, what: str, low: int, high: int | None = None) -> int:
    ok = isinstance(value, int) and not isinstance(value, bool)
    if ok and value >= low and (high is None or value <= high):
        return int(value)
    limit = f"from {low} to {high}" if high is not None else f"of at least {low}"
    raise StoreError(f"{what} must be a whole number {limit}, not {value!r}")


def _rating(value: object, what: str, *, required: bool = False) -> int | None:
    if value is None and not required:
        return None
    if not is_rating(value):
        raise StoreError(f"{what} must be a whole number from 0 to 10, not {value!r}")
    return int(value)  # type: ignore[arg-type]


def _enum(enum: type[Kind] | type[SessionStatus], value: object, what: str) -> str:
    try:
        return enum(value).value
    except ValueError:
        choices = ", ".join(member.value for member in enum)
        raise StoreError(f"{what} must be one of {choices}, not {value!r}") from None


def _day(value: object, what: str, *, required: bool = False) -> str | None:
    if value is None and not required:
        return None
    # A datetime is a date too, but would lose its time of day here without a word.
    if not isinstance(value, date) or isinstance(value, datetime):
        raise StoreError(f"{what} must be a calendar date, not {value!r}")
    return value.isoformat()


def _flag(value: object, what: str) -> int | None:
    """A yes/no answer stored as 1/0, or None when not given."""
    if value is not None and not isinstance(value, bool):
        raise StoreError(f"{what} must be yes, no or empty, not {value!r}")
    return None if value is None else int(value)


def _optional_day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


# --- sessions ------------------------------------------------------------------------


def session_row(rec: SessionRecord) -> Row:
    """The checked row for a session, in SESSION_COLUMNS order."""
    return _plain_session_row(rec) or _checked_session_row(rec)


def _plain_session_row(rec: SessionRecord) -> Row | None:
    """The row when every field is plainly right (the bulk-insert fast path), else None."""
    try:
        moment = _plain_moment(rec.started_at)
        kind, status = _KIND_TEXT[rec.kind], _STATUS_TEXT[rec.status]
    except (AttributeError, KeyError, TypeError):
        return None
    sid, planned, active = rec.id, rec.planned_seconds, rec.active_seconds
    done, total = rec.steps_done, rec.steps_total
    sb, sa, pb, pa = rec.spasm_before, rec.spasm_after, rec.pain_before, rec.pain_after
    heat, skin = rec.heat_seconds, rec.skin_ok
    plain = (
        moment is not None
        and type(sid) is str
        and sid.strip() != ""
        and type(rec.routine_id) is str
        and type(rec.routine_title) is str
        and type(rec.note) is str
        and type(planned) is int
        and planned >= 0
        and type(active) is int
        and active >= 0
        and type(total) is int
        and type(done) is int
        and 0 <= done <= total
        and total >= 1
        and (sb is None or (type(sb) is int and 0 <= sb <= 10))
        and (sa is None or (type(sa) is int and 0 <= sa <= 10))
        and (pb is None or (type(pb) is int and 0 <= pb <= 10))
        and (pa is None or (type(pa) is int and 0 <= pa <= 10))
        and (heat is None or (type(heat) is int and heat >= 0))
        and (skin is None or type(skin) is bool)
    )
    if not plain:
        return None
    started, offset = moment  # type: ignore[misc]
    skin_flag = None if skin is None else int(skin)
    return (sid, rec.routine_id, rec.routine_title, kind, started, offset, planned, active,
            done, total, status, sb, sa, pb, pa, rec.note, heat, skin_flag)  # fmt: skip


def _checked_session_row(rec: SessionRecord) -> Row:
    if not isinstance(rec, SessionRecord):
        raise StoreError(f"expected a session, got {type(rec).__name__}")
    sid = _text(rec.id, "session id", required=True)
    where = f"session {sid}"
    started, offset = _encode_moment(rec.started_at, f"{where}: started_at")
    total = _whole(rec.steps_total, f"{where}: steps_total", 1)
    return (
        sid,
        _text(rec.routine_id, f"{where}: routine_id"),
        _text(rec.routine_title, f"{where}: routine_title"),
        _enum(Kind, rec.kind, f"{where}: kind"),
        started,
        offset,
        _whole(rec.planned_seconds, f"{where}: planned_seconds", 0),
        _whole(rec.active_seconds, f"{where}: active_seconds", 0),
        _whole(rec.steps_done, f"{where}: steps_done", 0, total),
        total,
        _enum(SessionStatus, rec.status, f"{where}: status"),
        _rating(rec.spasm_before, f"{where}: spasm_before"),
        _rating(rec.spasm_after, f"{where}: spasm_after"),
        _rating(rec.pain_before, f"{where}: pain_before"),
        _rating(rec.pain_after, f"{where}: pain_after"),
        _text(rec.note, f"{where}: note"),
        None if rec.heat_seconds is None else _whole(rec.heat_seconds, f"{where}: heat", 0),
        _flag(rec.skin_ok, f"{where}: skin_ok"),
    )


def session_from_row(row: Row) -> SessionRecord:
    """A SessionRecord from a row in SESSION_COLUMNS order."""
    return SessionRecord(
        id=row[0],
        routine_id=row[1],
        routine_title=row[2],
        kind=_KIND_OF[row[3]],
        started_at=decode_moment(row[4], row[5]),
        planned_seconds=row[6],
        active_seconds=row[7],
        steps_done=row[8],
        steps_total=row[9],
        status=_STATUS_OF[row[10]],
        spasm_before=row[11],
        spasm_after=row[12],
        pain_before=row[13],
        pain_after=row[14],
        note=row[15],
        heat_seconds=row[16],
        skin_ok=None if row[17] is None else bool(row[17]),
    )


# --- symptom entries -----------------------------------------------------------------


def symptom_row(rec: SymptomEntry) -> Row:
    """The checked row for a symptom entry, in SYMPTOM_COLUMNS order."""
    return _plain_symptom_row(rec) or _checked_symptom_row(rec)


def _plain_symptom_row(rec: SymptomEntry) -> Row | None:
    """The row when every field is plainly right (the bulk-insert fast path), else None."""
    try:
        moment = _plain_moment(rec.recorded_at)
    except (AttributeError, TypeError):
        return None
    eid, spasm, pain, stress, sleep = rec.id, rec.spasm, rec.pain, rec.stress, rec.sleep
    trick, helped = rec.sensory_trick, rec.sensory_trick_helped
    plain = (
        moment is not None
        and type(eid) is str
        and eid.strip() != ""
        and type(rec.note) is str
        and type(spasm) is int
        and 0 <= spasm <= 10
        and (pain is None or (type(pain) is int and 0 <= pain <= 10))
        and (stress is None or (type(stress) is int and 0 <= stress <= 10))
        and (sleep is None or (type(sleep) is int and 0 <= sleep <= 10))
        and (trick is None or type(trick) is bool)
        and (helped is None or type(helped) is bool)
    )
    if not plain:
        return None
    recorded, offset = moment  # type: ignore[misc]
    trick_value = None if trick is None else int(trick)
    helped_value = None if helped is None else int(helped)
    return (eid, recorded, offset, spasm, pain, stress, sleep, trick_value, rec.note,
            helped_value)  # fmt: skip


def _checked_symptom_row(rec: SymptomEntry) -> Row:
    if not isinstance(rec, SymptomEntry):
        raise StoreError(f"expected a symptom entry, got {type(rec).__name__}")
    eid = _text(rec.id, "symptom entry id", required=True)
    where = f"symptom entry {eid}"
    recorded, offset = _encode_moment(rec.recorded_at, f"{where}: recorded_at")
    trick = rec.sensory_trick
    if trick is not None and not isinstance(trick, bool):
        raise StoreError(f"{where}: sensory_trick must be yes, no or empty, not {trick!r}")
    return (
        eid,
        recorded,
        offset,
        _rating(rec.spasm, f"{where}: spasm", required=True),
        _rating(rec.pain, f"{where}: pain"),
        _rating(rec.stress, f"{where}: stress"),
        _rating(rec.sleep, f"{where}: sleep"),
        None if trick is None else int(trick),
        _text(rec.note, f"{where}: note"),
        _flag(rec.sensory_trick_helped, f"{where}: sensory_trick_helped"),
    )


def symptom_from_row(row: Row) -> SymptomEntry:
    """A SymptomEntry from a row in SYMPTOM_COLUMNS order."""
    return SymptomEntry(
        id=row[0],
        recorded_at=decode_moment(row[1], row[2]),
        spasm=row[3],
        pain=row[4],
        stress=row[5],
        sleep=row[6],
        sensory_trick=None if row[7] is None else bool(row[7]),
        note=row[8],
        sensory_trick_helped=None if row[9] is None else bool(row[9]),
    )


# --- injections ----------------------------------------------------------------------


def _units(value: object, what: str) -> float | None:
    if value is None:
        return None
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if not number or not math.isfinite(value) or value < 0:  # type: ignore[arg-type]
        raise StoreError(f"{what} must be a number of at least 0 or empty, not {value!r}")
    return float(value)  # type: ignore[arg-type]


def _side_effects(effects: object, where: str) -> str:
    what = f"{where}: side_effects"
    is_list = isinstance(effects, tuple | list)
    if not is_list or not all(isinstance(e, SideEffect) for e in effects):  # type: ignore[union-attr]
        raise StoreError(f"{what} must be a list of side effects, not {effects!r}")
    for effect in effects:  # type: ignore[union-attr]
        _text(effect.name, what, required=True)
        _day(effect.noticed_on, f"{what}: {effect.name}: noticed_on")
    text = format_side_effects(tuple(effects))  # type: ignore[arg-type]
    # The text form is what is stored, so it must read back as the same list.
    try:
        same = parse_side_effects(text) == tuple(effects)  # type: ignore[arg-type]
    except ValueError:
        same = False
    if not same:
        raise StoreError(f"{what}: a name may not contain ';' or '@' or start/end with spaces")
    return text


def injection_row(rec: Injection) -> Row:
    """The checked row for an injection, in INJECTION_COLUMNS order."""
    if not isinstance(rec, Injection):
        raise StoreError(f"expected an injection, got {type(rec).__name__}")
    iid = _text(rec.id, "injection id", required=True)
    where = f"injection {iid}"
    return (
        iid,
        _day(rec.date, f"{where}: date", required=True),
        _text(rec.product, f"{where}: product"),
        _units(rec.units, f"{where}: units"),
        _text(rec.muscles, f"{where}: muscles"),
        _day(rec.onset_noticed, f"{where}: onset_noticed"),
        _day(rec.wearing_off_noticed, f"{where}: wearing_off_noticed"),
        _side_effects(rec.side_effects, where),
        _text(rec.note, f"{where}: note"),
    )


def injection_from_row(row: Row) -> Injection:
    """An Injection from a row in INJECTION_COLUMNS order."""
    try:
        effects = parse_side_effects(row[7])
    except ValueError as error:
        message = f"injection {row[0]}: stored side effects are unreadable: {error}"
        raise StoreError(message) from None
    return Injection(
        id=row[0],
        date=date.fromisoformat(row[1]),
        product=row[2],
        units=row[3],
        muscles=row[4],
        onset_noticed=_optional_day(row[5]),
        wearing_off_noticed=_optional_day(row[6]),
        side_effects=effects,
        note=row[8],
    )


# --- plan rows -----------------------------------------------------------------------


def plan_row(row: PlanRow) -> Row:
    """The checked row for a plan row, in PLAN_COLUMNS order."""
    if not isinstance(row, PlanRow):
        raise StoreError(f"expected a plan row, got {type(row).__name__}")
    valid_from = _day(row.valid_from, "plan row: valid_from", required=True)
    kind = _enum(Kind, row.kind, f"plan row {valid_from}: kind")
    where = f"plan row {valid_from} {kind}"
    days = row.weekdays
    if not isinstance(days, frozenset | set) or not all(
        isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in days
    ):
        raise StoreError(f"{where}: weekdays must be numbers 0 (Monday) to 6, not {days!r}")
    times = row.reminder_times
    if not isinstance(times, tuple | list) or not all(
        isinstance(t, str) and _CLOCK_TIME.match(t) for t in times
    ):
        raise StoreError(f"{where}: reminder_times must be times like 08:30, not {times!r}")
    return (
        valid_from,
        kind,
        _whole(row.times_per_day, f"{where}: times_per_day", 0, MAX_TIMES_PER_DAY),
        format_weekdays(frozenset(days)),
        ";".join(times),
    )


def plan_from_row(row: Row) -> PlanRow:
    """A PlanRow from a row in PLAN_COLUMNS order."""
    try:
        weekdays = parse_weekdays(row[3])
    except ValueError as error:
        raise StoreError(f"plan row {row[0]} {row[1]}: stored weekdays: {error}") from None
    return PlanRow(
        valid_from=date.fromisoformat(row[0]),
        kind=Kind(row[1]),
        times_per_day=row[2],
        weekdays=weekdays,
        reminder_times=tuple(t for t in row[4].split(";") if t),
    )
