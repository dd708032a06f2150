"""The patient's own routine files: save, copy, import, export, reset to the original.

Files live in `<data dir>/routines/` as `<id>.toml`, written by coach/core/routine_writer.py
and checked by the very validator `coach check` uses before anything is written: a routine
with a problem is never saved, and a file that does not validate is never imported.

Built-in routines are never written. Editing one saves the patient's own version under the
same id (the library then shows it in the built-in's place, as docs/routines.md describes);
"reset to the original" removes that version. A copy gets a new id. Sessions already done
keep the id and title they were logged with, so no edit here changes the diary.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from coach.core.routine import Routine
from coach.core.routine_file import (
    ID_MAX_LEN,
    ParsedFile,
    parse_routine_data,
    parse_routine_text,
    read_routine_file,
)
from coach.core.routine_library import BUILTIN_ORDER, Library
from coach.core.routine_writer import data_to_toml, routine_to_data
from coach.paths import FILE_MODE, ensure_private_dir, user_routines_dir

#: The name problems are reported under while a routine is being edited.
DRAFT_NAME = "routine"
_NOT_ID = re.compile(r"[^a-z0-9]+")


class RoutineSaveError(Exception):
    """A routine could not be saved: it has problems, or the file could not be written."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    """What importing a file gave: the saved routine, or the problems (nothing saved)."""

    routine: Routine | None
    problems: tuple[str, ...] = ()
    renamed: bool = False  # the id was taken, so the routine got a new one

    @property
    def ok(self) -> bool:
        return self.routine is not None


# --- ids ------------------------------------------------------------------------------


def slug(text: str, fallback: str = "my-routine") -> str:
    """An id made from a title: 'My Neck (v2)!' -> 'my-neck-v2'."""
    made = _NOT_ID.sub("-", text.lower()).strip("-")[:ID_MAX_LEN].strip("-")
    return made or fallback


def unique_id(base: str, taken: Iterable[str]) -> str:
    """`base`, or `base-2`, `base-3`, ... whichever is not taken (at most 64 characters)."""
    taken = set(taken)
    base = slug(base)
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: ID_MAX_LEN - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        number += 1


def unique_title(title: str, taken: Iterable[str]) -> str:
    """The title, or 'title (2)', 'title (3)', ... so two cards never read the same."""
    taken = set(taken)
    if title not in taken:
        return title
    number = 2
    while f"{title} ({number})" in taken:
        number += 1
    return f"{title} ({number})"


def is_builtin_id(routine_id: str) -> bool:
    """True for the id of one of the app's built-in routines."""
    return routine_id in BUILTIN_ORDER


def is_own_version(routine: Routine) -> bool:
    """True for the patient's own version of a built-in (it can be reset to the original)."""
    return not routine.builtin and is_builtin_id(routine.id)


# --- checking -------------------------------------------------------------------------


def check_data(data: Mapping[str, Any], *, images_dir: Path | None = None) -> ParsedFile:
    """Validate a routine table with the same rules `coach check` applies to a file.

    The table is written as text and read back, so what is checked is exactly what
    would be saved.
    """
    try:
        text = data_to_toml(data)
    except TypeError:  # a value TOML cannot hold: let the validator name the field
        return parse_routine_data(data, DRAFT_NAME, images_dir=images_dir)
    return parse_routine_text(text, DRAFT_NAME, images_dir=images_dir)


def split_problem(problem: str, name: str = DRAFT_NAME) -> tuple[str, str]:
    """'routine: steps[2].hold_s: a number ...' -> ('steps[2].hold_s', 'a number ...')."""
    prefix = f"{name}: "
    if problem.startswith(prefix):
        problem = problem[len(prefix) :]
    field, sep, message = problem.partition(": ")
    if not sep:
        return "", problem
    return field, message


# --- saving ---------------------------------------------------------------------------


def user_file_for(routine_id: str, data_dir: Path) -> Path:
    """Where a routine of the patient's is saved: `<data dir>/routines/<id>.toml`."""
    return user_routines_dir(data_dir) / f"{routine_id}.toml"


def save_routine(
    data: Mapping[str, Any],
    data_dir: Path,
    *,
    path: Path | None = None,
    images_dir: Path | None = None,
) -> Routine:
    """Validate and write a routine of the patient's; returns it as the library reads it.

    `path` is the file being edited (None: `<id>.toml`). Never writes inside the app's
    own folder, never writes a routine with a problem (RoutineSaveError lists them).
    """
    text = data_to_toml(data)
    parsed = parse_routine_text(text, DRAFT_NAME, images_dir=images_dir)
    if not parsed.ok:
        raise RoutineSaveError(
            "The routine has something to fix before it can be saved.", parsed.problems
        )
    folder = user_routines_dir(data_dir)
    target = Path(path) if path is not None else None
    if target is None or target.resolve().parent != folder.resolve():
        # Built-ins and files elsewhere are never overwritten: a copy goes to the folder,
        # under a name no other file there has.
        target = _free_file(folder, parsed.routine.id)
    write_text_file(target, text)
    return replace(parsed.routine, source=target, builtin=False)


def write_text_file(target: Path, text: str) -> None:
    """Write a file all at once (a temporary file renamed over it), private to the user."""
    try:
        ensure_private_dir(target.parent)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
            os.chmod(temporary, FILE_MODE)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, UnicodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise RoutineSaveError(
            f"The file {target.name} could not be written ({reason})."
        ) from error


def _free_file(folder: Path, routine_id: str) -> Path:
    target = folder / f"{routine_id}.toml"
    number = 2
    while target.exists():
        target = folder / f"{routine_id}-{number}.toml"
        number += 1
    return target


def remove_user_routine(routine: Routine) -> str:
    """Delete one of the patient's routine files; returns its text, so it can be put back."""
    if routine.builtin or routine.source is None:
        raise RoutineSaveError("A built-in routine cannot be removed.")
    try:
        text = routine.source.read_text(encoding="utf-8")
        routine.source.unlink()
    except OSError as error:
        raise RoutineSaveError(
            f"The file {routine.source.name} could not be removed ({error.strerror})."
        ) from error
    return text


def reset_to_original(routine: Routine) -> str:
    """Drop the patient's version of a built-in, so the original shows again; returns the
    removed file's text (for Undo)."""
    if not is_own_version(routine):
        raise RoutineSaveError("Only your own version of a built-in routine can be reset.")
    return remove_user_routine(routine)


# --- new routines and copies ----------------------------------------------------------


def copy_data(routine: Routine, library: Library) -> dict[str, Any]:
    """A routine's table with a new id and title, ready to edit and save as a new one."""
    data = routine_to_data(routine)
    data["id"] = unique_id(f"{routine.id}-copy", library.ids)
    data["title"] = unique_title(f"{routine.title} (copy)", (r.title for r in library.routines))
    return data


# --- sharing --------------------------------------------------------------------------


def export_routine(routine: Routine, target: Path) -> Path:
    """Write a routine to a .toml file anywhere (e.g. for a physiotherapist to share)."""
    target = Path(target)
    if target.suffix.lower() != ".toml":
        target = target.with_name(target.name + ".toml")
    text = data_to_toml(routine_to_data(routine))
    try:
        target.write_text(text, encoding="utf-8", newline="\n")
    except (OSError, UnicodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise RoutineSaveError(
            f"The file {target.name} could not be written ({reason})."
        ) from error
    return target


def import_routine(
    source: Path, data_dir: Path, library: Library, *, images_dir: Path | None = None
) -> ImportResult:
    """Validate a routine file and save it among the patient's routines.

    An invalid file saves nothing and returns its problems. An id already in use gets a
    new one (and the title a number), so nothing the patient has is replaced.
    """
    source = Path(source)
    parsed = read_routine_file(source, name=source.name, images_dir=images_dir)
    if not parsed.ok:
        return ImportResult(None, parsed.problems)
    routine = parsed.routine
    data = routine_to_data(routine)
    renamed = routine.id in library.ids
    if renamed:
        data["id"] = unique_id(routine.id, library.ids)
        data["title"] = unique_title(routine.title, (r.title for r in library.routines))
    try:
        saved = save_routine(data, data_dir, images_dir=images_dir)
    except RoutineSaveError as error:
        return ImportResult(
            None, (*error.problems, str(error)) if error.problems else (str(error),)
        )
    return ImportResult(saved, (), renamed)
