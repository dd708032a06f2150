"""Rotating backup copies of the diary, made with SQLite's online backup API.

Files live in `<data dir>/backups/` and are named so that their names sort by time and say
why they were made: `coach-20261126-083000-daily.sqlite3`, with `-2`, `-3` ... added when
the same second repeats. Each copy is a complete single-file database (rollback-journal
mode), so it can be checked, opened or copied back on its own.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from coach.paths import ensure_private_dir, make_private, touch_private
from coach.store import schema
from coach.store.errors import StoreError


class Reason(StrEnum):
    """Why a backup was made; part of its file name."""

    DAILY = "daily"
    IMPORT = "import"
    MIGRATION = "migration"
    MANUAL = "manual"


#: How many copies of each reason are kept; manual ones are the patient's to delete.
KEEP: dict[Reason, int | None] = {
    Reason.DAILY: 7,
    Reason.IMPORT: 7,
    Reason.MIGRATION: 7,
    Reason.MANUAL: None,
}

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^coach-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+)(?:-(?P<counter>\d+))?\.sqlite3$"
)


@dataclass(frozen=True)
class BackupFile:
    """One backup copy, as read from its file name."""

    path: Path
    made_at: datetime  # local wall-clock time, naive: it is only shown and sorted
    reason: Reason
    counter: int = 1

    @property
    def sort_key(self) -> tuple[datetime, int]:
        return (self.made_at, self.counter)


def _parse_stamp(stamp: str) -> datetime:
    """`20261126-083000` as a datetime; by hand, because strptime's first use costs the
    app's start-up several milliseconds."""
    day, clock = stamp.split("-")
    return datetime(
        int(day[:4]), int(day[4:6]), int(day[6:8]),
        int(clock[:2]), int(clock[2:4]), int(clock[4:6]),
    )  # fmt: skip


def parse_name(path: Path) -> BackupFile | None:
    """The backup a file name describes, or None for any other file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made_at = _parse_stamp(match.group("stamp"))
        reason = Reason(match.group("reason"))
    except ValueError:
        return None
    return BackupFile(path, made_at, reason, int(match.group("counter") or 1))


def list_backups(folder: Path) -> list[BackupFile]:
    """Every backup in the folder, newest first."""
    if not folder.is_dir():
        return []
    found = [b for p in folder.iterdir() if (b := parse_name(p)) is not None and p.is_file()]
    return sorted(found, key=lambda b: b.sort_key, reverse=True)


def _free_name(folder: Path, reason: Reason, now: datetime) -> Path:
    stamp = now.strftime(_STAMP)
    same_second = [
        b.counter for b in list_backups(folder) if b.made_at.strftime(_STAMP) == stamp
    ]
    if not same_second:
        return folder / f"coach-{stamp}-{reason.value}.sqlite3"
    return folder / f"coach-{stamp}-{reason.value}-{max(same_second) + 1}.sqlite3"


def _remove_quietly(path: Path) -> None:
    for leftover in (path, *(Path(f"{path}{s}") for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A URI that opens a database without any right to change it."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    # immutable=1 also stops SQLite creating -wal/-shm files next to a WAL-mode file; only
    # safe when nothing else has the file open.
    return f"{uri}&immutable=1" if immutable else uri


def make_backup(database: Path, folder: Path, reason: Reason | str, now: datetime) -> Path:
    """Copy the committed state of a database into the folder; returns the new file."""
    reason = Reason(reason)
    partial: Path | None = None
    try:
        ensure_private_dir(folder)
        final = _free_name(folder, reason, now)
        partial = folder / f".{final.name}.partial"  # never mistaken for a finished backup
        _remove_quietly(partial)  # a crash may have left one behind
        touch_private(partial)
        _copy_database(database, partial)
        os.replace(partial, final)
        make_private(final)
    except (sqlite3.Error, OSError) as error:
        if partial is not None:
            with contextlib.suppress(OSError):
                _remove_quietly(partial)
        raise StoreError(f"Could not write a backup to {folder}: {error}") from error
    prune(folder, reason)
    return final


def _copy_database(database: Path, target_path: Path) -> None:
    # A connection of its own sees only committed data, even mid-transaction.
    source = sqlite3.connect(read_only_uri(database), uri=True)
    try:
        target = sqlite3.connect(target_path)
        try:
            source.backup(target)
            # A rollback-journal file stands alone: no -wal/-shm needed to read it.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    finally:
        source.close()


def prune(folder: Path, reason: Reason) -> list[Path]:
    """Delete the oldest backups of one reason beyond its KEEP count; returns the deleted."""
    keep = KEEP[reason]
    if keep is None:
        return []
    stale = [b.path for b in list_backups(folder) if b.reason is reason][keep:]
    for path in stale:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return stale


def made_on(folder: Path, reason: Reason, day: date) -> bool:
    """True when a backup of that reason carries that local date."""
    return any(b.reason is reason and b.made_at.date() == day for b in list_backups(folder))


def is_restorable(path: Path) -> bool:
    """True when a backup passes quick_check and this app can read its schema version."""
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    except sqlite3.Error:
        return False
    try:
        version = schema.read_version(conn)
        if version > schema.current_version():
            return False
        return [row[0] for row in conn.execute("PRAGMA quick_check")] == ["ok"]
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def restore_copy(backup: Path, database: Path) -> None:
    """Copy a backup into place as the diary file (0600); the target must not be open."""
    touch_private(database)
    shutil.copyfile(backup, database)
    make_private(database)
