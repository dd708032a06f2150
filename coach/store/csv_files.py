"""The four CSV files of the data contract: columns, record <-> row, and careful parsing.

Pure: no database, no file system. transfer.py reads and writes the files and talks to
the Store; this module only turns bytes into records (or into precise `FILE:LINE: ...`
problems) and records into text.

Written form, chosen so that export -> import -> export is byte-identical:
- UTF-8 without BOM, comma separated, one header row, every line ends in "\\n";
- a value is quoted only when it holds a comma, a quote, "\\r" or "\\n" (quotes doubled);
  the csv module of Python 3.11 would leave a bare "\\r" unquoted, so quoting is done here;
- empty cell = no value; numbers as plain integers; units as an integer when whole,
  else the shortest float repr; timestamps with datetime.isoformat() (microseconds only
  when present); dates YYYY-MM-DD.

Read form, more forgiving: a BOM is ignored, any line ending is accepted, header names are
matched ignoring case and surrounding spaces, columns may come in any order, and columns
whose value is optional (including `id`) may be left out. Blank lines and rows with every
cell empty are skipped. Free text (titles, product, muscles, notes) is kept exactly as
written; other cells are stripped of surrounding spaces.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import json
import math
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from coach.core.records import (
    FINISHED_STATUSES,
    KINDS,
    RATING_MAX,
    RATING_MIN,
    Injection,
    PlanRow,
    SessionRecord,
    SymptomEntry,
    format_side_effects,
    format_weekdays,
    parse_side_effects,
    parse_weekdays,
)
from coach.store.rows import MAX_TIMES_PER_DAY

Record = SessionRecord | SymptomEntry | Injection | PlanRow
_E = TypeVar("_E", bound=StrEnum)


class FileKind(StrEnum):
    """Which of the four files; the value is the file name without `.csv`."""

    SESSIONS = "sessions"
    SYMPTOMS = "symptoms"
    INJECTIONS = "injections"
    PLAN = "plan"

    @property
    def filename(self) -> str:
        return f"{self.value}.csv"


FILE_KINDS: tuple[FileKind, ...] = tuple(FileKind)

COLUMNS: dict[FileKind, tuple[str, ...]] = {
    FileKind.SESSIONS: (
        "id",
        "routine_id",
        "routine_title",
        "kind",
        "started_at",
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
    ),
    FileKind.SYMPTOMS: (
        "id",
        "recorded_at",
        "spasm",
        "pain",
        "stress",
        "sleep",
        "sensory_trick",
        "note",
    ),
    FileKind.INJECTIONS: (
        "id",
        "date",
        "product",
        "units",
        "muscles",
        "onset_noticed",
        "wearing_off_noticed",
        "side_effects",
        "note",
    ),
    FileKind.PLAN: ("valid_from", "kind", "times_per_day", "weekdays", "reminder_times"),
}

#: Columns the header must name; every other column may be left out (empty values).
#: Their values are required in every row too, except weekdays: an empty weekdays cell is
#: a plan row that plans no day (e.g. heat paused from that date).
REQUIRED: dict[FileKind, tuple[str, ...]] = {
    FileKind.SESSIONS: (
        "routine_id",
        "kind",
        "started_at",
        "planned_seconds",
        "active_seconds",
        "steps_done",
        "steps_total",
        "status",
    ),
    FileKind.SYMPTOMS: ("recorded_at", "spasm"),
    FileKind.INJECTIONS: ("date",),
    FileKind.PLAN: ("valid_from", "kind", "times_per_day", "weekdays"),
}

# Rows without an id get uuid5(namespace, canonical content): importing the same id-less
# rows twice yields the same ids, so the second import finds them already present.
ROW_ID_NAMESPACE = uuid.UUID("0dafd1fe-0b86-536e-96be-e77b80b4cfe3")

_NEWLINE = "\n"
_NEEDS_QUOTES = re.compile(r'[,"\r\n]')
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# The spellings of a UUID people meet: any case, with or without hyphens (all or none),
# braces (a matched pair), a urn:uuid: prefix. uuid.UUID alone would also take stray or
# unmatched braces and hyphens anywhere.
_UUID_SPELLING = re.compile(
    r"(?:urn:uuid:)?(?P<brace>\{)?"
    r"(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32})"
    r"(?(brace)\})",
    re.ASCII | re.IGNORECASE,
)
#: SQLite's INTEGER range: a larger whole number cannot be stored at all.
MAX_WHOLE = 2**63 - 1
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIMESTAMP_START = re.compile(r"[0-9]{4}-?[0-9]{2}-?[0-9]{2}[T ]")
_CLOCK_TIME = re.compile(r"([0-9]{1,2}):([0-9]{2})")
# Hours and minutes only: Python would also read "+00:00:00.5" and quietly drop the 0.5 s.
_OFFSET_TAIL = re.compile(r"(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SHOWN_MAX = 40  # characters of a cell quoted back in a message
_MESSAGE_MAX = 300  # a 1 MB cell must not become a 1 MB line on stderr


# ---------------------------------------------------------------------------- problems


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an import; str() is `FILE:LINE: message` (or `FILE: message`)."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {_clip(self.message)}"


def _clip(message: str) -> str:
    return message if len(message) <= _MESSAGE_MAX else message[: _MESSAGE_MAX - 3] + "..."


def _shown(text: str) -> str:
    """A cell quoted back in a message: repr, cut short when long."""
    if len(text) <= _SHOWN_MAX:
        return repr(text)
    return repr(text[: _SHOWN_MAX - 3]) + f"... ({len(text)} characters)"


@dataclass(frozen=True)
class ParsedRow:
    """A valid record and the physical line its row starts on (header = line 1)."""

    line: int
    record: Record


@dataclass(frozen=True)
class ParsedFile:
    """Everything read from one file: the records that parsed, and every problem found."""

    file: str
    kind: FileKind | None
    rows: tuple[ParsedRow, ...]
    problems: tuple[Problem, ...]


# ---------------------------------------------------------------------------- writing


def _ts(moment: datetime) -> str:
    return moment.isoformat()


def _opt_int(value: int | None) -> str:
    return "" if value is None else str(value)


def _opt_day(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def format_units(units: float | None) -> str:
    """`200` for a whole number, else the shortest float repr (`12.5`); empty for None."""
    if units is None:
        return ""
    value = float(units)
    if math.isfinite(value) and value.is_integer():
        return str(int(value))
    return repr(value)


def _yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return "yes" if value else "no"


def session_cells(rec: SessionRecord) -> list[str]:
    """A session as the cells of a sessions.csv row, in COLUMNS order."""
    return [
        rec.id,
        rec.routine_id,
        rec.routine_title,
        str(rec.kind),
        _ts(rec.started_at),
        str(rec.planned_seconds),
        str(rec.active_seconds),
        str(rec.steps_done),
        str(rec.steps_total),
        str(rec.status),
        _opt_int(rec.spasm_before),
        _opt_int(rec.spasm_after),
        _opt_int(rec.pain_before),
        _opt_int(rec.pain_after),
        rec.note,
    ]


def symptom_cells(rec: SymptomEntry) -> list[str]:
    """A symptom entry as the cells of a symptoms.csv row."""
    return [
        rec.id,
        _ts(rec.recorded_at),
        str(rec.spasm),
        _opt_int(rec.pain),
        _opt_int(rec.stress),
        _opt_int(rec.sleep),
        _yes_no(rec.sensory_trick),
        rec.note,
    ]


def injection_cells(rec: Injection) -> list[str]:
    """An injection as the cells of an injections.csv row."""
    return [
        rec.id,
        rec.date.isoformat(),
        rec.product,
        format_units(rec.units),
        rec.muscles,
        _opt_day(rec.onset_noticed),
        _opt_day(rec.wearing_off_noticed),
        format_side_effects(rec.side_effects),
        rec.note,
    ]


def plan_cells(rec: PlanRow) -> list[str]:
    """A plan row as the cells of a plan.csv row."""
    return [
        rec.valid_from.isoformat(),
        str(rec.kind),
        str(rec.times_per_day),
        format_weekdays(rec.weekdays),
        ";".join(rec.reminder_times),
    ]


_CELLS: dict[FileKind, Callable[..., list[str]]] = {
    FileKind.SESSIONS: session_cells,
    FileKind.SYMPTOMS: symptom_cells,
    FileKind.INJECTIONS: injection_cells,
    FileKind.PLAN: plan_cells,
}


def record_cells(kind: FileKind, record: Record) -> list[str]:
    """The cells of one record's row in its file, in COLUMNS order."""
    return _CELLS[kind](record)


def sort_key(kind: FileKind, record: Record) -> tuple:
    """Export order: by instant (UTC) or date, then id; plan rows by valid_from, then kind."""
    if kind is FileKind.SESSIONS:
        return (record.started_at.astimezone(UTC), record.id)
    if kind is FileKind.SYMPTOMS:
        return (record.recorded_at.astimezone(UTC), record.id)
    if kind is FileKind.INJECTIONS:
        return (record.date, record.id)
    return (record.valid_from, KINDS.index(record.kind))  # the app's kind order, as Store


def record_key(kind: FileKind, record: Record) -> str | tuple[date, str]:
    """A record's identity: its id, or (valid_from, kind) for a plan row."""
    if kind is FileKind.PLAN:
        return (record.valid_from, str(record.kind))
    return record.id


def _quote(cell: str) -> str:
    if _NEEDS_QUOTES.search(cell):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def format_line(cells: Sequence[str]) -> str:
    """One CSV line, quoted minimally, ending in "\\n"."""
    return ",".join(_quote(c) for c in cells) + _NEWLINE


def csv_text(kind: FileKind, records: Iterable[Record]) -> str:
    """The whole file: header, then the records in export order (header only when none)."""
    ordered = sorted(records, key=lambda r: sort_key(kind, r))
    parts = [format_line(COLUMNS[kind])]
    parts.extend(format_line(record_cells(kind, r)) for r in ordered)
    return "".join(parts)


def content_id(kind: FileKind, record: Record) -> str:
    """The deterministic id of a row given without one: uuid5 of its canonical cells."""
    cells = record_cells(kind, record)[1:]  # everything but the id itself
    name = json.dumps([kind.value, *cells], ensure_ascii=False)
    return str(uuid.uuid5(ROW_ID_NAMESPACE, name))


def changed_columns(kind: FileKind, old: Record, new: Record) -> list[str]:
    """The columns whose written form differs between two records."""
    return [
        column
        for column, a, b in zip(
            COLUMNS[kind], record_cells(kind, old), record_cells(kind, new), strict=True
        )
        if a != b
    ]


# ---------------------------------------------------------------------------- reading


class _Cells:
    """The cells of one row by column name; converters note problems instead of raising."""

    def __init__(self, values: dict[str, str]) -> None:
        self.values = values
        self.errors: list[str] = []

    def _fail(self, column: str, message: str) -> None:
        self.errors.append(f"{column}: {message}")

    def raw(self, column: str) -> str:
        """Free text, exactly as written."""
        return self.values.get(column, "")

    def stripped(self, column: str, *, required: bool = False) -> str:
        value = self.values.get(column, "").strip()
        if required and not value:
            self._fail(column, "missing (a value is required)")
        return value

    def whole(
        self,
        column: str,
        *,
        required: bool = False,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int | None:
        text = self.stripped(column, required=required)
        if not text:
            return None
        value = _whole_number(text)
        if value is None:
            what = "not a whole number" if _DECIMAL.fullmatch(text) else "not a number"
            self._fail(column, f"{_shown(text)} is {what}")
            return None
        shown = str(value) if abs(value) <= MAX_WHOLE else _shown(text)
        if minimum is not None and value < minimum:
            below = "negative" if minimum == 0 else f"below {minimum}"
            self._fail(column, f"{shown} is {below}")
            return None
        if value > MAX_WHOLE:
            self._fail(column, f"{shown} is too large")
            return None
        if maximum is not None and value > maximum:
            self._fail(column, f"{shown} is more than {maximum}")
            return None
        return value

    def rating(self, column: str, *, required: bool = False) -> int | None:
        text = self.stripped(column, required=required)
        if not text:
            return None
        value = _whole_number(text)
        if value is None:
            what = "not a whole number" if _DECIMAL.fullmatch(text) else "not a number"
            self._fail(column, f"{_shown(text)} is {what} (ratings are whole numbers 0-10)")
            return None
        if not RATING_MIN <= value <= RATING_MAX:
            shown = str(value) if abs(value) <= MAX_WHOLE else _shown(text)
            self._fail(column, f"{shown} is outside 0-10")
            return None
        return value

    def number(self, column: str) -> float | None:
        text = self.stripped(column)
        if not text:
            return None
        if not _DECIMAL.fullmatch(text):
            hint = " (use a dot for decimals)" if re.fullmatch(r"[0-9]+,[0-9]+", text) else ""
            self._fail(column, f"{_shown(text)} is not a number{hint}")
            return None
        value = float(text)
        if not math.isfinite(value):
            self._fail(column, f"{_shown(text)} is too large")
            return None
        if value < 0:
            self._fail(column, f"{text} is negative")
            return None
        # The diary keeps a float: refuse what it would keep as another number
        # (99999999999999999999 as 1e20, 1e-400 as 0) rather than change it silently.
        if Decimal(format_units(value)) != _exact(text):
            self._fail(column, f"{_shown(text)} has more digits than the diary can keep")
            return None
        return value

    def timestamp(self, column: str) -> datetime | None:
        text = self.stripped(column, required=True)
        if not text:
            return None
        expected = "expected a timestamp like 2026-11-26T08:30:00+01:00"
        if not _TIMESTAMP_START.match(text):
            self._fail(column, f"{_shown(text)}: {expected}")
            return None
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            self._fail(column, f"{_shown(text)}: {expected}")
            return None
        offset = moment.utcoffset()
        if offset is None:
            self._fail(column, f"{_shown(text)} has no UTC offset: {expected}")
            return None
        if offset % timedelta(minutes=1) or not _OFFSET_TAIL.search(text):
            self._fail(column, f"{_shown(text)}: the UTC offset must be whole minutes")
            return None
        try:
            moment.astimezone(UTC)
        except OverflowError:
            self._fail(column, f"{_shown(text)} is out of range")
            return None
        return moment

    def day(self, column: str, *, required: bool = False) -> date | None:
        text = self.stripped(column, required=required)
        if not text:
            return None
        value = _parse_date(text)
        if value is None:
            self._fail(column, f"{_shown(text)} is not a date YYYY-MM-DD")
        return value

    def choice(self, column: str, allowed: Sequence[_E], *, required: bool = True) -> _E | None:
        text = self.stripped(column, required=required)
        if not text:
            return None
        for option in allowed:
            if option.value == text.lower():
                return option
        names = ", ".join(o.value for o in allowed)
        self._fail(column, f"{_shown(text)} is not one of {names}")
        return None

    def yes_no(self, column: str) -> bool | None:
        given = self.stripped(column)
        text = given.lower()
        if not text:
            return None
        if text in ("yes", "no"):
            return text == "yes"
        self._fail(column, f"{_shown(given)}: expected yes, no or an empty cell")
        return None

    def uuid(self) -> str:
        text = self.stripped("id")
        if not text or _CANONICAL_UUID.fullmatch(text):
            return text
        if _UUID_SPELLING.fullmatch(text):
            return str(uuid.UUID(text))
        self._fail("id", f"{_shown(text)} is not a UUID (leave it empty to get a new one)")
        return ""


def _whole_number(text: str) -> int | None:
    """The whole number a cell spells (`5`, `+5`, `5.0`, `5e0`), else None.

    Exact: `5.00000000000000001` is not 5. Beyond SQLite's range the result is only
    "too large" (MAX_WHOLE + 1, with its sign), so a 1e999999 cell costs nothing.
    """
    if text.isascii() and text.isdigit() and len(text) <= 18:  # the common case, cheaply
        return int(text)
    if not _DECIMAL.fullmatch(text):
        return None
    value = _exact(text)
    if value is None:  # an exponent beyond even Decimal's range
        mantissa, _, exponent = text.lower().partition("e")
        if not float(mantissa):
            return 0
        if exponent.startswith("-"):
            return None
        return MAX_WHOLE + 1 if float(mantissa) > 0 else -(MAX_WHOLE + 1)
    if not value:
        return 0
    if value != value.to_integral_value():
        return None
    if value.adjusted() >= 19:
        return MAX_WHOLE + 1 if value > 0 else -(MAX_WHOLE + 1)
    return int(value)


def _exact(text: str) -> Decimal | None:
    """The exact value of a number's text, None when its exponent is out of all reason."""
    try:
        return Decimal(text)
    except ArithmeticError:
        return None


def _parse_date(text: str) -> date | None:
    if not _DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


# Each row parser returns the record, or None when a cell was wrong (problems in cells).


def _session(cells: _Cells) -> SessionRecord | None:
    record_id = cells.uuid()
    routine_id = cells.stripped("routine_id", required=True)
    title = cells.raw("routine_title")
    kind = cells.choice("kind", KINDS)
    started_at = cells.timestamp("started_at")
    planned = cells.whole("planned_seconds", required=True, minimum=0)
    active = cells.whole("active_seconds", required=True, minimum=0)
    done = cells.whole("steps_done", required=True, minimum=0)
    total = cells.whole("steps_total", required=True, minimum=1)
    status = cells.choice("status", FINISHED_STATUSES)
    ratings = [
        cells.rating(c) for c in ("spasm_before", "spasm_after", "pain_before", "pain_after")
    ]
    if done is not None and total is not None and done > total:
        cells.errors.append(f"steps_done {done} is more than steps_total {total}")
    if cells.errors:
        return None
    return SessionRecord(
        id=record_id,
        routine_id=routine_id,
        routine_title=title,
        kind=kind,
        started_at=started_at,
        planned_seconds=planned,
        active_seconds=active,
        steps_done=done,
        steps_total=total,
        status=status,
        spasm_before=ratings[0],
        spasm_after=ratings[1],
        pain_before=ratings[2],
        pain_after=ratings[3],
        note=cells.raw("note"),
    )


def _symptom(cells: _Cells) -> SymptomEntry | None:
    record_id = cells.uuid()
    recorded_at = cells.timestamp("recorded_at")
    spasm = cells.rating("spasm", required=True)
    pain = cells.rating("pain")
    stress = cells.rating("stress")
    sleep = cells.rating("sleep")
    trick = cells.yes_no("sensory_trick")
    if cells.errors:
        return None
    return SymptomEntry(
        id=record_id,
        recorded_at=recorded_at,
        spasm=spasm,
        pain=pain,
        stress=stress,
        sleep=sleep,
        sensory_trick=trick,
        note=cells.raw("note"),
    )


def _injection(cells: _Cells) -> Injection | None:
    record_id = cells.uuid()
    day = cells.day("date", required=True)
    units = cells.number("units")
    onset = cells.day("onset_noticed")
    wearing_off = cells.day("wearing_off_noticed")
    effects_text = cells.raw("side_effects")
    try:
        effects = parse_side_effects(effects_text)
    except ValueError as error:
        # An impossible date comes back from date.fromisoformat without the item named.
        detail = str(error)
        if not detail.startswith("side effect"):
            detail = f"{_shown(effects_text.strip())}: {detail}"
        cells.errors.append(f"side_effects: {detail}")
        effects = ()
    if cells.errors:
        return None
    return Injection(
        id=record_id,
        date=day,
        product=cells.raw("product"),
        units=units,
        muscles=cells.raw("muscles"),
        onset_noticed=onset,
        wearing_off_noticed=wearing_off,
        side_effects=effects,
        note=cells.raw("note"),
    )


def parse_reminder_times(text: str) -> tuple[str, ...]:
    """Read `08:30;18:00` (H:MM allowed) as sorted unique `HH:MM`; ValueError names one."""
    times: set[str] = set()
    for raw in text.split(";"):
        item = raw.strip()
        if not item:
            continue
        match = _CLOCK_TIME.fullmatch(item)
        if match is None or int(match[1]) > 23 or int(match[2]) > 59:
            raise ValueError(f"{_shown(item)} is not a time HH:MM (00:00-23:59)")
        times.add(f"{int(match[1]):02d}:{match[2]}")
    return tuple(sorted(times))


def _plan(cells: _Cells) -> PlanRow | None:
    valid_from = cells.day("valid_from", required=True)
    kind = cells.choice("kind", KINDS)
    times = cells.whole("times_per_day", required=True, minimum=0, maximum=MAX_TIMES_PER_DAY)
    weekdays: frozenset[int] = frozenset()
    try:
        weekdays = parse_weekdays(cells.stripped("weekdays"))
    except ValueError as error:
        cells.errors.append(f"weekdays: {error}")
    try:
        reminders = parse_reminder_times(cells.raw("reminder_times"))
    except ValueError as error:
        cells.errors.append(f"reminder_times: {error}")
        reminders = ()
    if cells.errors:
        return None
    return PlanRow(
        valid_from=valid_from,
        kind=kind,
        times_per_day=times,
        weekdays=weekdays,
        reminder_times=reminders,
    )


_PARSERS: dict[FileKind, Callable[[_Cells], Record | None]] = {
    FileKind.SESSIONS: _session,
    FileKind.SYMPTOMS: _symptom,
    FileKind.INJECTIONS: _injection,
    FileKind.PLAN: _plan,
}


def kind_for_name(name: str) -> FileKind | None:
    """The file kind a file name stands for (`Sessions.CSV` -> sessions), else None."""
    lowered = name.lower()
    for kind in FILE_KINDS:
        if lowered == kind.filename:
            return kind
    return None


def kind_for_header(header: Sequence[str]) -> FileKind | None:
    """The one file kind whose columns fit this header (names normalised), else None."""
    names = {_column_name(h) for h in header}
    fits = [k for k in FILE_KINDS if set(REQUIRED[k]) <= names and names <= set(COLUMNS[k])]
    return fits[0] if len(fits) == 1 else None


def _closest_kind(header: Sequence[str]) -> FileKind | None:
    # Ignore the shared `id` and `note` so a stray header cannot look like every file.
    names = {_column_name(h) for h in header} - {"id", "note"}
    scores = {k: len(names & set(COLUMNS[k])) for k in FILE_KINDS}
    best = max(scores.values())
    winners = [k for k, s in scores.items() if s == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def _column_name(header_cell: str) -> str:
    return header_cell.strip().lower()


def _header_problems(kind: FileKind, header: Sequence[str]) -> list[str]:
    problems: list[str] = []
    names = [_column_name(h) for h in header]
    known = COLUMNS[kind]
    seen: set[str] = set()
    unnamed = [position for position, name in enumerate(names, start=1) if not name]
    if unnamed:
        # One line, however many: a spreadsheet may save thousands of empty columns.
        which = ", ".join(str(n) for n in unnamed[:5]) + (", ..." if len(unnamed) > 5 else "")
        if len(unnamed) == 1:
            problems.append(f"header: column {which} has no name")
        else:
            problems.append(f"header: {len(unnamed)} columns ({which}) have no name")
    for name in names:
        if name and name in seen:
            problems.append(f"header: column {name!r} appears twice")
        seen.add(name)
    unknown = [n for n in dict.fromkeys(names) if n and n not in known]
    if unknown:
        problems.append(
            f"header: unknown column{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(unknown)} ({kind.filename} has: {', '.join(known)})"
        )
    missing = [c for c in REQUIRED[kind] if c not in seen]
    if missing:
        problems.append(
            f"header: missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}"
        )
    return problems


def _line_of(text: str) -> int:
    """The physical line number just after `text` (csv's own line-break rule)."""
    return len(_LINE_BREAK.findall(text)) + 1


def decode(data: bytes, file: str) -> tuple[str | None, Problem | None]:
    """UTF-8 text (a BOM dropped), or one problem naming the line of the first bad byte."""
    # Drop the BOM by hand: utf-8-sig would report error offsets shifted by its 3 bytes.
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        good = data[: error.start].decode("utf-8")
        bad = data[error.start : error.start + 1].hex()
        # A spreadsheet's "Unicode text" is UTF-16: name it rather than only a byte.
        utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        what = " (UTF-16 text)" if utf16 else ""
        return None, Problem(
            file,
            _line_of(good),
            f"not valid UTF-8 text (byte 0x{bad}){what}; save the file as UTF-8 CSV",
        )
    if "\x00" in text:
        return None, Problem(
            file,
            _line_of(text[: text.index("\x00")]),
            "not a CSV text file (it contains NUL bytes; UTF-16? save it as UTF-8 CSV)",
        )
    return text, None


_CSV_ERRORS = {
    "unexpected end of data": 'a quoted value is never closed (a " without its partner)',
    "',' expected after '\"'": 'a closing " must be followed by a comma '
    '(write a quote inside a quoted value as "")',
}


def parse_bytes(data: bytes, file: str, kind: FileKind | None = None) -> ParsedFile:
    """Parse one file's bytes; `kind` None means recognise it by its header."""
    text, problem = decode(data, file)
    if text is None:
        return ParsedFile(file, kind, (), (problem,))
    return parse_text(text, file, kind)


def parse_text(text: str, file: str, kind: FileKind | None = None) -> ParsedFile:
    """Parse one file's text, collecting every problem with the line its row starts on."""
    if not text.strip():
        return ParsedFile(file, kind, (), (Problem(file, 1, "the file is empty"),))
    # csv refuses cells over 128 KiB by default, but a note may be longer; no cell can be
    # longer than the whole text. The limit is process-wide, so it is put back after.
    limit = csv.field_size_limit(max(len(text) + 1, csv.field_size_limit()))
    try:
        return _parse_rows(text, file, kind)
    finally:
        csv.field_size_limit(limit)


def _parse_rows(text: str, file: str, kind: FileKind | None) -> ParsedFile:
    problems: list[Problem] = []
    rows: list[ParsedRow] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)

    def next_row() -> tuple[int, list[str] | None] | None:
        """(start line, cells) of the next record, cells None after a CSV syntax error."""
        start = reader.line_num + 1
        try:
            return start, next(reader)
        except StopIteration:
            return None
        except csv.Error as error:
            message = _CSV_ERRORS.get(str(error), str(error))
            problems.append(Problem(file, start, f"not valid CSV: {message}"))
            return start, None

    first = next_row()
    while first is not None and first[1] is not None and not any(c.strip() for c in first[1]):
        first = next_row()  # leading blank lines
    if first is None or first[1] is None:
        if first is None:
            problems.append(Problem(file, 1, "the file is empty"))
        return ParsedFile(file, kind, (), tuple(problems))
    header_line, header = first

    shown = ",".join(header)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    hint = _separator_hint(header)
    if kind is None:
        kind = kind_for_header(header) or _closest_kind(header)
    elif not {_column_name(h) for h in header} & set(COLUMNS[kind]):
        # Named like a coach file but nothing like one: one problem, not a list of columns.
        message = (
            f"not a {kind.filename} file: the first row {shown!r} is not its header "
            f"({', '.join(COLUMNS[kind])}){hint}"
        )
        return ParsedFile(file, kind, (), (Problem(file, header_line, message),))
    if kind is None:
        problems.append(
            Problem(
                file,
                header_line,
                f"not one of the coach's CSV files: the first row {shown!r} is not the "
                f"header of sessions.csv, symptoms.csv, injections.csv or plan.csv{hint}",
            )
        )
        return ParsedFile(file, None, (), tuple(problems))
    header_errors = _header_problems(kind, header)
    if header_errors:
        problems.extend(Problem(file, header_line, m) for m in header_errors)
        return ParsedFile(file, kind, (), tuple(problems))

    names = [_column_name(h) for h in header]
    parse = _PARSERS[kind]
    seen: dict[str | tuple[date, str], int] = {}
    while (item := next_row()) is not None:
        line, cells = item
        if cells is None or not any(c.strip() for c in cells):
            continue  # syntax error already noted, or a blank row
        if len(cells) != len(names):
            problems.append(
                Problem(file, line, f"expected {len(names)} values, found {len(cells)}")
            )
            continue
        values = _Cells(dict(zip(names, cells, strict=True)))
        record = parse(values)
        if record is None:
            problems.extend(Problem(file, line, m) for m in values.errors)
            continue
        given_id = kind is FileKind.PLAN or bool(record.id)
        if not given_id:
            record = dataclasses.replace(record, id=content_id(kind, record))
        key = record_key(kind, record)
        if key in seen:
            problems.append(Problem(file, line, _duplicate(kind, key, seen[key], given_id)))
            continue
        seen[key] = line
        rows.append(ParsedRow(line, record))
    return ParsedFile(file, kind, tuple(rows), tuple(problems))


def _separator_hint(header: Sequence[str]) -> str:
    # A spreadsheet set to a European locale saves "CSV" with semicolons (or tabs).
    if len(header) == 1:
        for separator, name in ((";", "semicolons"), ("\t", "tabs")):
            if separator in header[0]:
                return f"; its values are separated by {name}: save it with commas"
    return ""


def _duplicate(kind: FileKind, key: object, first_line: int, given_id: bool) -> str:
    if kind is FileKind.PLAN:
        valid_from, plan_kind = key
        return (
            f"a second plan row for {plan_kind} from {valid_from.isoformat()} "
            f"(first on line {first_line})"
        )
    if not given_id:
        return f"same record as line {first_line} (a row without id is known by its content)"
    return f"id {key} is also used on line {first_line}"


def describe_key(kind: FileKind, key: object) -> str:
    """How a problem message names a record: `id ...` or `plan row for KIND from DATE`."""
    if kind is FileKind.PLAN:
        valid_from, plan_kind = key
        return f"the plan row for {plan_kind} from {valid_from.isoformat()}"
    return f"id {key}"
