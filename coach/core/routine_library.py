"""All the routines the app offers: the built-ins plus the patient's own TOML files.

Built-ins come from assets/routines/; the patient's files from `<data dir>/routines/*.toml`.
A user file with a built-in's id replaces that built-in (builtin=False). A bad file is
reported and skipped; every other file still loads. Problems use the file's name, so the
patient can find it: `my-neck.toml: steps[2].hold_s: a number of seconds from 1 to 600`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from coach.core.routine import Routine
from coach.core.routine_file import ParsedFile, read_routine_file

#: The order the built-ins are offered in: the core routine first, then by kind.
BUILTIN_ORDER: tuple[str, ...] = (
    "neck-shoulder-release",
    "desk-micro-break",
    "after-injection-gentle",
    "heat-and-stretch",
    "belly-breathing",
    "resonance-breathing",
    "box-breathing",
    "breathing-4-7-8",
    "progressive-relaxation",
    "body-scan",
)


@dataclass(frozen=True)
class Library:
    """The routines that loaded, in menu order, and one line per problem found."""

    routines: tuple[Routine, ...]
    problems: tuple[str, ...] = ()

    def find(self, routine_id: str) -> Routine | None:
        """The routine with this id, or None."""
        return next((r for r in self.routines if r.id == routine_id), None)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.routines)


def find_routine(library: Library, routine_id: str) -> Routine | None:
    """The routine with this id in the library, or None."""
    return library.find(routine_id)


def load_library(
    data_dir: Path | None = None,
    *,
    builtin_dir: Path | None = None,
    images_dir: Path | None = None,
) -> Library:
    """Load the built-ins and the user's routines; never raises on a bad file."""
    if builtin_dir is None or images_dir is None:
        from coach.assets import asset

        builtin_dir = builtin_dir if builtin_dir is not None else asset("routines")
        images_dir = images_dir if images_dir is not None else asset("images")
    if data_dir is None:
        from coach.paths import resolve_data_dir

        data_dir = resolve_data_dir()
    from coach.paths import user_routines_dir

    builtins, problems = _load_folder(builtin_dir, builtin=True, images_dir=images_dir)
    builtins.sort(key=_menu_position)
    user, user_problems = _load_folder(
        user_routines_dir(data_dir), builtin=False, images_dir=images_dir
    )
    problems.extend(user_problems)

    by_id = {r.id: r for r in builtins}
    extra: list[Routine] = []
    for routine in user:
        if routine.id in by_id:
            by_id[routine.id] = routine  # the patient's version replaces the built-in
        else:
            extra.append(routine)
    routines = tuple(by_id[r.id] for r in builtins) + tuple(extra)
    return Library(routines, tuple(problems))


def check_files(
    paths: Iterable[str | os.PathLike[str]], *, images_dir: Path | None = None
) -> list[str]:
    """Validate routine files (a folder means its *.toml files); one line per problem."""
    problems: list[str] = []
    first_file: dict[str, str] = {}
    for given in paths:
        label = os.fspath(given)
        path = Path(label)
        if path.is_dir():
            files = [(str(f), f) for f in _toml_files(path)]
            if not files:
                problems.append(f"{label}: file: a folder holding *.toml routine files (none)")
        else:
            files = [(label, path)]
        for name, file in files:
            parsed = read_routine_file(file, name=name, images_dir=images_dir)
            problems.extend(parsed.problems)
            if parsed.routine is None:
                continue
            # Two files with one id: only one of them could ever be used.
            other = first_file.setdefault(parsed.routine.id, name)
            if other != name:
                problems.append(
                    f'{name}: id: an id no other checked file uses ("{parsed.routine.id}" '
                    f"is also the id in {other})"
                )
    return problems


def _load_folder(
    folder: Path, *, builtin: bool, images_dir: Path
) -> tuple[list[Routine], list[str]]:
    """Every valid routine in a folder (by file name), and the problems of the rest."""
    routines: list[Routine] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    for file in _toml_files(folder):
        parsed: ParsedFile = read_routine_file(
            file, name=file.name, builtin=builtin, images_dir=images_dir
        )
        problems.extend(parsed.problems)
        routine = parsed.routine
        if routine is None:
            continue
        if routine.id in seen:
            problems.append(
                f'{file.name}: id: an id no other routine file uses ("{routine.id}" is '
                f"already the id in {seen[routine.id]}; this file is skipped)"
            )
            continue
        seen[routine.id] = file.name
        routines.append(routine)
    return routines, problems


def _toml_files(folder: Path) -> list[Path]:
    # Editors leave hidden temporary files (.#x.toml, .x.toml.swp) next to the real ones.
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    wanted = (p for p in entries if p.suffix == ".toml" and not p.name.startswith("."))
    return sorted((p for p in wanted if p.is_file()), key=lambda p: p.name)


def _menu_position(routine: Routine) -> tuple[int, str]:
    try:
        return (BUILTIN_ORDER.index(routine.id), "")
    except ValueError:
        return (len(BUILTIN_ORDER), routine.id)
