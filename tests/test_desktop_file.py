"""The desktop entry and the app icon: what a Linux desktop needs to list and show the app.

Checked against the freedesktop Desktop Entry specification (1.5) by hand, as
desktop-file-validate is not installed everywhere: the keys a launcher reads, values of the
right form, registered categories, and an icon of that name in every size the hicolor
theme asks for. The PNGs must also be what coach/tools/make_icons.py draws from the SVG.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from coach.assets import asset
from coach.tools import make_icons

DESKTOP = asset("coach.desktop")
REPO = Path(__file__).resolve().parent.parent
# The spec's main categories and the additional ones used here (with what they need).
MAIN = {
    "AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics",
    "Network", "Office", "Science", "Settings", "System", "Utility",
}  # fmt: skip
ADDITIONAL_NEEDS = {"MedicalSoftware": {"Science", "Education"}}
KEYS = {
    "Type": "Application",
    "Name": "Trapezius Coach",
    "Exec": "coach",
    "Icon": "coach",
    "Terminal": "false",
}


@pytest.fixture(scope="module")
def entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read_string(DESKTOP.read_text("utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def test_the_desktop_entry_has_the_keys_a_launcher_needs(entry):
    for key, value in KEYS.items():
        assert entry.get(key) == value, key
    assert entry["Comment"] and len(entry["Comment"]) < 100
    assert entry["Version"] == "1.5"
    for key, value in entry.items():
        assert value == value.strip(), f"{key} has stray spaces"
        assert key.split("[")[0].replace("-", "").isalnum(), key


def test_the_categories_are_registered_and_end_with_a_semicolon(entry):
    value = entry["Categories"]
    assert value.endswith(";")
    categories = value.rstrip(";").split(";")
    assert MAIN & set(categories), "at least one main category"
    for name in categories:
        assert name in MAIN or name in ADDITIONAL_NEEDS or name.startswith("X-"), name
        if name in ADDITIONAL_NEEDS:
            assert ADDITIONAL_NEEDS[name] & set(categories), f"{name} needs a main category"
    assert entry["Keywords"].endswith(";")


def test_exec_is_the_installed_command(entry):
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    scripts = project["project"].get("gui-scripts", {}) | project["project"].get("scripts", {})
    assert entry["Exec"].split()[0] in scripts
    assert entry["TryExec"] == entry["Exec"].split()[0]


def test_the_icon_exists_in_every_hicolor_size(entry):
    from PySide6.QtGui import QImage

    hicolor = make_icons.default_out_dir()
    for size in make_icons.SIZES:
        path = make_icons.png_path(hicolor, size)
        image = QImage(str(path))
        assert not image.isNull(), path
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    assert (hicolor / "scalable" / "apps" / f"{entry['Icon']}.svg").is_file()


def test_the_committed_pngs_are_what_the_script_draws(tmp_path, qapp):
    from PySide6.QtGui import QImage

    make_icons.make_all(tmp_path)
    for size in (16, 48, 256):
        fresh = QImage(str(make_icons.png_path(tmp_path, size)))
        kept = QImage(str(make_icons.png_path(make_icons.default_out_dir(), size)))
        assert fresh == kept, f"{size} px: run python -m coach.tools.make_icons"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="not installed")
def test_desktop_file_validate_agrees():
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
