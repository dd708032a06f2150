"""Restoring the diary from one of its backup copies, and listing them.

No Qt here: the Settings screen asks, this module does. A restore first saves the diary
as it is now as a backup of its own (so a wrong choice can be undone by restoring that),
then checks the chosen copy in a private scratch folder (an older copy is brought up to
the current schema there), and only then copies it into the open diary with SQLite's
online backup API, so the open connection and every screen keep working.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from coach.paths import backups_dir, database_path
from coach.store.backup import BackupFile, Reason, is_restorable, list_backups, restore_copy
from coach.store.errors import StoreError

if TYPE_CHECKING:
    from coach.store.database import Store


def backup_files(store: Store) -> list[BackupFile]:
    """The diary's backup copies, newest first."""
    return list_backups(backups_dir(store.data_dir))


def restore_backup(store: Store, backup: Path) -> Path:
    """Replace the open diary's contents with a backup's; returns the copy of the diary
    as it was just before. StoreError, with nothing changed, if the backup cannot be used.
    """
    from coach.store.database import Store

    if not backup.is_file() or not is_restorable(backup):
        raise StoreError(
            f"The backup {backup.name} cannot be read, or was made by a newer version of "
            f"Trapezius Coach. Nothing was changed."
        )
    if store.conn.in_transaction:
        raise StoreError("The diary is busy saving; please try again in a moment.")
    before = store.backup(Reason.MANUAL)
    try:
        with tempfile.TemporaryDirectory(dir=store.data_dir, prefix=".restore-") as scratch:
            folder = Path(scratch)
            staged = database_path(folder)
            restore_copy(backup, staged)
            # Store.open checks the copy and upgrades an older schema, as for any diary.
            with Store.open(folder, daily_backup=False) as checked:
                if checked.notice:
                    raise StoreError(checked.notice)
            source = sqlite3.connect(staged)
            try:
                source.backup(store.conn)
            finally:
                source.close()
    except (OSError, sqlite3.Error) as error:
        raise StoreError(
            f"The backup could not be restored: {error}. Your diary as it was is also "
            f"saved as {before.name}."
        ) from error
    return before
