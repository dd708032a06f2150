"""The one place that decides where the patient's data lives.

Order: an explicit `--data-dir`, then the COACH_DATA_DIR environment variable, then
appdirs' per-user data folder for "TrapeziusCoach". The folder is private (0700) and every
file the app writes in it is private (0600): it holds health data.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

APP_NAME = "TrapeziusCoach"
ENV_VAR = "COACH_DATA_DIR"
DB_NAME = "coach.sqlite3"

DIR_MODE = 0o700
FILE_MODE = 0o600


def default_data_dir() -> Path:
    """appdirs' user data folder for the app (not created)."""
    import appdirs  # small, but only needed when no override is given

    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use: explicit argument, then COACH_DATA_DIR, then appdirs."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create the folder (and parents) if needed and make it 0700."""
    path.mkdir(parents=True, exist_ok=True)
    if stat.S_IMODE(path.stat().st_mode) != DIR_MODE:
        path.chmod(DIR_MODE)
    return path


def make_private(path: Path) -> None:
    """Make an existing file readable and writable by its owner only."""
    if path.exists() and stat.S_IMODE(path.stat().st_mode) != FILE_MODE:
        path.chmod(FILE_MODE)


def touch_private(path: Path) -> Path:
    """Create an empty file as 0600 if it does not exist yet (never truncates)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    make_private(path)
    return path


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def user_routines_dir(data_dir: Path) -> Path:
    return data_dir / "routines"
