"""Refresh the translation files: extract the texts, then build the .qm files the app loads.

    python -m coach.tools.update_translations            # lupdate, then lrelease
    python -m coach.tools.update_translations --release  # only rebuild the .qm files

pyside6-lupdate reads every tr()/translate()/QT_TRANSLATE_NOOP call in coach/ and updates
assets/translations/coach_<code>.ts (new texts appear as "unfinished"; texts gone from the
code are dropped). Translate them with pyside6-linguist or any editor, then run this again:
pyside6-lrelease writes coach_<code>.qm, which is committed so that patients need no tools.
See docs/translating.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path


def _find_repo() -> Path:
    """The source checkout: beside this package (editable install), else the current
    folder (an installed package run from its checkout, as the tests are in CI)."""
    here = Path(__file__).resolve().parents[2]
    for candidate in (here, Path.cwd()):
        if (candidate / "assets" / "translations").is_dir() and (candidate / "coach").is_dir():
            return candidate
    return here


REPO = _find_repo()
TRANSLATIONS = REPO / "assets" / "translations"
#: Languages with a translation file (English is the source language).
LANGUAGES = ("de",)


def _find(name: str) -> str | None:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def tool_available(name: str) -> bool:
    """True when the PySide6 tool can be run here."""
    return _find(name) is not None


def tool(name: str) -> str:
    """The path of a PySide6 tool, next to this Python first, else on PATH."""
    found = _find(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    """Every Python file whose texts may reach the patient, relative to the repository."""
    roots = [REPO / "coach" / part for part in ("ui", "core", "analysis", "report")]
    files = sorted(p for root in roots for p in root.rglob("*.py"))
    return [str(p.relative_to(REPO)) for p in files]


def ts_file(code: str) -> Path:
    return TRANSLATIONS / f"coach_{code}.ts"


def qm_file(code: str) -> Path:
    return TRANSLATIONS / f"coach_{code}.qm"


def update(code: str) -> None:
    """Extract the texts into coach_<code>.ts (relative locations, no obsolete entries)."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "relative",
            "-target-language",
            code,
            *sources(),
            "-ts",
            str(ts_file(code).relative_to(REPO)),
        ],
        cwd=REPO,
        check=True,
    )


def release(code: str, out: Path | None = None) -> Path:
    """Build coach_<code>.qm (or `out`) from coach_<code>.ts."""
    target = out or qm_file(code)
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file(code)), "-qm", str(target)],
        check=True,
    )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only rebuild the .qm files")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        if not args.release:
            update(code)
        release(code)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
