"""Finds the assets folder, from a source checkout or an installed wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def assets_dir() -> Path:
    """The folder holding routines/, images/, sounds/ and icons/."""
    for candidate in (_PACKAGE / "_assets", _PACKAGE.parent / "assets"):
        if (candidate / "routines").is_dir():
            return candidate
    raise FileNotFoundError(
        f"Trapezius Coach cannot find its assets folder (looked in {_PACKAGE / '_assets'} "
        f"and {_PACKAGE.parent / 'assets'}); reinstall the app."
    )


def asset(*parts: str) -> Path:
    """The path of one asset, e.g. asset("images", "chin-tuck.svg")."""
    return assets_dir().joinpath(*parts)
