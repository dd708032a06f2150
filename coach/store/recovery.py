"""What happens when the diary file is damaged: keep it aside, bring back a good backup.

A damaged file is never deleted: it is renamed to `coach.sqlite3.corrupt-YYYYMMDD-HHMMSS`
(with its -wal and -shm files) so that nothing the patient wrote is thrown away, and then
the newest backup that itself passes SQLite's quick_check is copied in. With no good
backup a fresh, empty diary is started.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coach.paths import make_private
from coach.store.backup import BackupFile, is_restorable, list_backups, restore_copy

# SQLite's primary result codes for a damaged file.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_COMPANIONS = ("-wal", "-shm", "-journal")
_MAGIC = b"SQLite format 3\x00"
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


def is_corruption(error: BaseException) -> bool:
    """True when an sqlite3 error means the file is damaged (not locked, not missing)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def has_sqlite_header(path: Path) -> bool:
    """True when a non-empty file starts like an SQLite database.

    SQLite itself would treat a file shorter than its header as a new, empty database and
    write over it; whatever such a file is, it is not ours to overwrite.
    """
    with path.open("rb") as file:
        return file.read(len(_MAGIC)) == _MAGIC


def quick_check(conn: sqlite3.Connection) -> bool:
    """True when `PRAGMA quick_check` finds nothing wrong; damage that stops it is False."""
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check")] == ["ok"]
    except sqlite3.DatabaseError as error:
        if is_corruption(error):
            return False
        raise


def move_aside(database: Path, now: datetime) -> Path:
    """Rename a damaged file (and its -wal/-shm) out of the way; returns its new path."""
    stem = f"{database.name}.corrupt-{now:%Y%m%d-%H%M%S}"
    kept = database.with_name(stem)
    counter = 1
    while any(Path(f"{kept}{s}").exists() for s in ("", *_COMPANIONS)):
        counter += 1
        kept = database.with_name(f"{stem}-{counter}")
    os.replace(database, kept)
    make_private(kept)
    for suffix in _COMPANIONS:
        companion = Path(f"{database}{suffix}")
        if companion.exists():
            os.replace(companion, f"{kept}{suffix}")
            make_private(Path(f"{kept}{suffix}"))
    return kept


def newest_good_backup(folder: Path) -> BackupFile | None:
    """The newest backup that passes quick_check and that this app can read."""
    return next((b for b in list_backups(folder) if is_restorable(b.path)), None)


def _when(moment: datetime) -> str:
    return f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year} at {moment:%H:%M}"


@dataclass(frozen=True)
class Recovery:
    """What was done about a damaged diary file."""

    kept: Path
    restored: BackupFile | None

    @property
    def notice(self) -> str:
        """A plain sentence for the patient saying where the old file is and what now."""
        damaged = (
            f"The diary file was damaged and could not be read. It was kept unchanged as "
            f"{self.kept.name} in {self.kept.parent}"
        )
        if self.restored is None:
            return f"{damaged}; no good backup was found, so a new, empty diary was started."
        return (
            f"{damaged}, and the backup from {_when(self.restored.made_at)} was restored. "
            f"Anything entered after that backup is not in the diary."
        )


def recover(database: Path, backups: Path, now: datetime) -> Recovery:
    """Move the damaged file aside and restore the newest good backup, if any."""
    kept = move_aside(database, now)
    good = newest_good_backup(backups)
    if good is not None:
        restore_copy(good.path, database)
    return Recovery(kept, good)
