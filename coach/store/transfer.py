"""`coach export` and `coach import`: the four CSV files to and from the Store.

Import is all or nothing. Every file is parsed and checked first, every problem collected
as `FILE:LINE: what is wrong`; only when there are none are the new records inserted and
a backup of the diary as it was taken ("import"), both in one transaction, so a failure
leaves neither. Records whose id (or, for plan rows, whose
valid_from and kind) is already in the diary with the same content are skipped, so
importing the same files twice changes nothing; the same id with different content is a
problem, never a silent overwrite.
"""

from __future__ import annotations

import errno
import os
import stat
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
#: Far above a lifetime's diary (50 years of 50 sessions a day is about 200 MB).
MAX_FILE_BYTES = 256 * 2**20


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


def _write_temporary(path: Path, data: bytes) -> Path:
    # mkstemp creates the file 0600 (it is health data).
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return Path(temp)


def _write_all_or_none(files: dict[Path, bytes]) -> None:
    # Every file is written in full beside its target before any is renamed into place:
    # a full disk or an unwritable name leaves the folder's old files as they were, never
    # a mix of old and new ones.
    for path in files:
        if path.is_dir():  # os.replace would fail only after the others were replaced
            raise IsADirectoryError(errno.EISDIR, f"{path.name} is a folder", str(path))
    temps: dict[Path, Path] = {}
    try:
        for path, data in files.items():
            temps[path] = _write_temporary(path, data)
        for path, temp in temps.items():
            os.replace(temp, path)
    finally:
        for temp in temps.values():
            temp.unlink(missing_ok=True)


def export_csv(store: Store, out_dir: str | os.PathLike[str]) -> ExportSummary:
    """Write sessions.csv, symptoms.csv, injections.csv and plan.csv into out_dir."""
    folder = Path(out_dir)
    history = store.history()  # finished sessions only: in_progress is never exported
    written: list[FileExport] = []
    contents: dict[Path, bytes] = {}
    for kind in FILE_KINDS:
        records = _records(history, kind)
        path = folder / kind.filename
        contents[path] = csv_text(kind, records).encode("utf-8")
        written.append(FileExport(path, len(records)))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_all_or_none(contents)
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


def _mode(path: Path) -> int | None:
    """The st_mode of what a path names (links followed); None when nothing is there."""
    try:
        return path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None


def _not_a_file(mode: int | None) -> str:
    if mode is None:
        return "no such file or folder"
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    return "is neither a file nor a folder"


def _unreadable(shown: str, error: OSError) -> Problem:
    return Problem(shown, None, f"cannot be read: {error.strerror or error}")


def _sources(path: str | os.PathLike[str]) -> tuple[list[_Source], list[Problem]]:
    given = os.fspath(path)
    where = Path(given)
    try:
        mode = _mode(where)
    except OSError as error:  # e.g. a folder on the way without search permission
        return [], [_unreadable(given, error)]
    if mode is not None and stat.S_ISREG(mode):
        return [_Source(given, where, kind_for_name(where.name))], []
    if mode is None or not stat.S_ISDIR(mode):
        return [], [Problem(given, None, _not_a_file(mode))]
    found: dict[FileKind, list[_Source]] = {}
    problems: list[Problem] = []
    try:
        entries = sorted(where.iterdir())
    except OSError as error:
        return [], [_unreadable(given, error)]
    for entry in entries:
        kind = kind_for_name(entry.name)
        if kind is None:
            continue  # unrelated files may share the folder
        shown = os.path.join(given, entry.name)
        try:
            entry_mode = _mode(entry)
        except OSError as error:
            problems.append(_unreadable(shown, error))
            continue
        # Named like a coach file but not one (a fifo, a folder, a dangling link): say so
        # rather than import the other files as if it were not there.
        if entry_mode is None or not stat.S_ISREG(entry_mode):
            problems.append(Problem(shown, None, _not_a_file(entry_mode)))
            continue
        found.setdefault(kind, []).append(_Source(shown, entry, kind))
    if not found and not problems:
        return [], [Problem(given, None, f"no {_FILE_LIST} in this folder")]
    problems.extend(
        Problem(
            given,
            None,
            f"more than one {kind.filename} here: {', '.join(s.path.name for s in same)}",
        )
        for kind, same in found.items()
        if len(same) > 1
    )
    return [found[k][0] for k in FILE_KINDS if k in found], problems


def _parse(source: _Source) -> ParsedFile:
    try:
        with source.path.open("rb") as file:
            # Read at most one byte past the limit: a film picked by mistake must not
            # fill the memory before it is refused.
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        problem = Problem(source.shown, None, f"cannot be read: {error.strerror or error}")
        return ParsedFile(source.shown, source.kind, (), (problem,))
    if len(data) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // 2**20
        problem = Problem(source.shown, None, f"is larger than {limit} MB: not a diary file")
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


@dataclass(frozen=True)
class ImportFiles:
    """The files of an import, parsed, with the problems found before the diary is asked."""

    files: tuple[ParsedFile, ...]
    path_problems: tuple[Problem, ...]  # about the path itself: missing, unreadable ...

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Every problem found so far: the path's, then each file's."""
        return self.path_problems + tuple(p for f in self.files for p in f.problems)


def read_import(path: str | os.PathLike[str]) -> ImportFiles:
    """Read and check a folder of the four CSV files, or one of them; the diary untouched."""
    sources, problems = _sources(path)
    return ImportFiles(tuple(_parse(s) for s in sources), tuple(problems))


def import_path(store: Store, path: str | os.PathLike[str]) -> ImportSummary:
    """Import a folder of the four CSV files, or one of them; all or nothing."""
    return import_files(store, read_import(path))


def import_files(store: Store, files: ImportFiles) -> ImportSummary:
    """Import what read_import read, if neither it nor the diary finds a problem."""
    problems = list(files.path_problems)
    new_rows: dict[FileKind, list[ParsedRow]] = {}
    summaries: list[FileImport] = []
    for parsed in files.files:
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
    try:
        # The backup reads only committed data, so made inside the transaction it still
        # holds the diary as it was; and an insert that fails leaves no backup behind.
        with store.transaction():
            store.add_history(
                History(
                    sessions=records(FileKind.SESSIONS),
                    symptoms=records(FileKind.SYMPTOMS),
                    injections=records(FileKind.INJECTIONS),
                    plan=records(FileKind.PLAN),
                )
            )
            backup = store.backup("import")
    except StoreError as error:
        raise StoreError(f"Nothing was imported: {error}") from error
    return ImportSummary(tuple(summaries), backup=backup)
