"""`coach export` and `coach import`: the four CSV files to and from the Store.

Import is all or nothing. Every file is parsed and checked first, every problem collected
as `FILE:LINE: what is wrong`; only when there are none is a backup taken ("import") and
the new records inserted in one transaction. Records whose id (or, for plan rows, whose
valid_from and kind) is already in the diary with the same content are skipped, so
importing the same files twice changes nothing; the same id with different content is a
problem, never a silent overwrite.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from coach.core.records import History
from coach.store.csv_files import (
    FILE_KINDS,
    FileKind,
    ParsedFile,
    ParsedRow,
    Problem,
    Record,
    changed_columns,
    csv_text,
    describe_key,
    kind_for_name,
    parse_bytes,
    record_cells,
    record_key,
)
from coach.store.database import Store
from coach.store.errors import StoreError

_FILE_LIST = "sessions.csv, symptoms.csv, injections.csv or plan.csv"


class ImportProblems(StoreError):
    """The files had problems; nothing was imported. str() is one `FILE:LINE: ...` a line."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class FileImport:
    """What importing one file did."""

    file: str
    kind: FileKind
    added: int
    already_present: int


@dataclass(frozen=True)
class ImportSummary:
    """What an import did, file by file; `backup` is None when nothing was new."""

    files: tuple[FileImport, ...]
    backup: Path | None

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def already_present(self) -> int:
        return sum(f.already_present for f in self.files)

    def describe(self) -> str:
        """One line per file, e.g. `sessions.csv: 3 added, 2 already in the diary`."""
        return "\n".join(
            f"{f.file}: {f.added} added, {f.already_present} already in the diary"
            for f in self.files
        )


@dataclass(frozen=True)
class FileExport:
    """One written file and how many records it holds."""

    path: Path
    records: int


@dataclass(frozen=True)
class ExportSummary:
    """The four files an export wrote."""

    files: tuple[FileExport, ...]

    def describe(self) -> str:
        """One line per file, e.g. `/tmp/out/sessions.csv: 120 records`."""
        return "\n".join(f"{f.path}: {f.records} records" for f in self.files)


# ---------------------------------------------------------------------------- export


def _records(history: History, kind: FileKind) -> tuple[Record, ...]:
    return {
        FileKind.SESSIONS: history.sessions,
        FileKind.SYMPTOMS: history.symptoms,
        FileKind.INJECTIONS: history.injections,
        FileKind.PLAN: history.plan,
    }[kind]


def _write_atomically(path: Path, data: bytes) -> None:
    # A temporary file then a rename: an interrupted export never leaves half a file, and
    # mkstemp creates it 0600 (it is health data).
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def export_csv(store: Store, out_dir: str | os.PathLike[str]) -> ExportSummary:
    """Write sessions.csv, symptoms.csv, injections.csv and plan.csv into out_dir."""
    folder = Path(out_dir)
    history = store.history()  # finished sessions only: in_progress is never exported
    written: list[FileExport] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for kind in FILE_KINDS:
            records = _records(history, kind)
            path = folder / kind.filename
            _write_atomically(path, csv_text(kind, records).encode("utf-8"))
            written.append(FileExport(path, len(records)))
    except OSError as error:
        reason = error.strerror or str(error)
        raise StoreError(f"Could not write the CSV files to {folder}: {reason}") from error
    return ExportSummary(tuple(written))


# ---------------------------------------------------------------------------- import


@dataclass(frozen=True)
class _Source:
    shown: str  # the name problems use: the path as given, or folder as given + file name
    path: Path
    kind: FileKind | None  # None: recognise it by its header


def _sources(path: str | os.PathLike[str]) -> tuple[list[_Source], list[Problem]]:
    given = os.fspath(path)
    where = Path(given)
    if where.is_dir():
        found: dict[FileKind, list[_Source]] = {}
        try:
            entries = sorted(where.iterdir())
        except OSError as error:
            return [], [Problem(given, None, f"cannot be read: {error.strerror or error}")]
        for entry in entries:
            kind = kind_for_name(entry.name)
            if kind is not None and entry.is_file():
                shown = os.path.join(given, entry.name)
                found.setdefault(kind, []).append(_Source(shown, entry, kind))
        if not found:
            return [], [Problem(given, None, f"no {_FILE_LIST} in this folder")]
        problems = [
            Problem(
                given,
                None,
                f"more than one {kind.filename} here: {', '.join(s.path.name for s in same)}",
            )
            for kind, same in found.items()
            if len(same) > 1
        ]
        return [found[k][0] for k in FILE_KINDS if k in found], problems
    if where.is_file():
        return [_Source(given, where, kind_for_name(where.name))], []
    if where.exists():
        return [], [Problem(given, None, "is neither a file nor a folder")]
    return [], [Problem(given, None, "no such file or folder")]


def _parse(source: _Source) -> ParsedFile:
    try:
        data = source.path.read_bytes()
    except OSError as error:
        problem = Problem(source.shown, None, f"cannot be read: {error.strerror or error}")
        return ParsedFile(source.shown, source.kind, (), (problem,))
    return parse_bytes(data, source.shown, source.kind)


def _stored(store: Store, kind: FileKind) -> dict[object, Record]:
    """What the diary already holds of one kind, by identity (in-progress sessions too)."""
    if kind is FileKind.SESSIONS:
        records: Sequence[Record] = store.sessions(include_in_progress=True)
    elif kind is FileKind.SYMPTOMS:
        records = store.symptoms()
    elif kind is FileKind.INJECTIONS:
        records = store.injections()
    else:
        records = store.plan_rows()
    return {record_key(kind, r): r for r in records}


def _against_store(
    parsed: ParsedFile, stored: dict[object, Record]
) -> tuple[list[ParsedRow], int, list[Problem]]:
    """Split a file's rows into new ones and ones already stored; clashes are problems."""
    kind = parsed.kind
    new: list[ParsedRow] = []
    present = 0
    problems: list[Problem] = []
    for row in parsed.rows:
        key = record_key(kind, row.record)
        old = stored.get(key)
        if old is None:
            new.append(row)
        elif record_cells(kind, old) == record_cells(kind, row.record):
            present += 1
        else:
            differs = ", ".join(changed_columns(kind, old, row.record))
            problems.append(
                Problem(
                    parsed.file,
                    row.line,
                    f"{describe_key(kind, key)} is already in the diary with different "
                    f"content ({differs} differ{'s' if ',' not in differs else ''}); "
                    "change the diary or the file, nothing is overwritten",
                )
            )
    return new, present, problems


def import_path(store: Store, path: str | os.PathLike[str]) -> ImportSummary:
    """Import a folder of the four CSV files, or one of them; all or nothing."""
    sources, problems = _sources(path)
    parsed_files = [_parse(s) for s in sources]
    new_rows: dict[FileKind, list[ParsedRow]] = {}
    summaries: list[FileImport] = []
    for parsed in parsed_files:
        file_problems = list(parsed.problems)
        if parsed.kind is not None and parsed.rows:
            new, present, clashes = _against_store(parsed, _stored(store, parsed.kind))
            file_problems.extend(clashes)
            new_rows[parsed.kind] = new
        else:
            new, present = [], 0
        file_problems.sort(key=lambda p: p.line or 0)  # stable: row order within a line
        problems.extend(file_problems)
        if parsed.kind is not None:
            summaries.append(FileImport(parsed.file, parsed.kind, len(new), present))
    if problems:
        raise ImportProblems(problems)

    def records(kind: FileKind) -> tuple:
        return tuple(r.record for r in new_rows.get(kind, ()))

    if not any(new_rows.values()):
        return ImportSummary(tuple(summaries), backup=None)
    backup = store.backup("import")
    try:
        store.add_history(
            History(
                sessions=records(FileKind.SESSIONS),
                symptoms=records(FileKind.SYMPTOMS),
                injections=records(FileKind.INJECTIONS),
                plan=records(FileKind.PLAN),
            )
        )
    except StoreError as error:
        raise StoreError(f"Nothing was imported: {error}") from error
    return ImportSummary(tuple(summaries), backup=backup)
