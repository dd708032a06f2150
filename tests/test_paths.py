"""Where data lives, and that it is private."""

from __future__ import annotations

import stat
from pathlib import Path

from coach import paths


def test_explicit_dir_beats_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "env"))
    assert paths.resolve_data_dir(tmp_path / "explicit") == (tmp_path / "explicit").resolve()


def test_environment_beats_appdirs(tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "env"))
    assert paths.resolve_data_dir() == (tmp_path / "env").resolve()


def test_appdirs_folder_is_named_for_the_app(monkeypatch, tmp_path):
    monkeypatch.delenv("COACH_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    folder = paths.resolve_data_dir()
    assert folder.name == "TrapeziusCoach"
    assert Path(tmp_path / "xdg") in folder.parents


def test_private_dir_and_file_modes(tmp_path):
    folder = paths.ensure_private_dir(tmp_path / "a" / "b")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    file = paths.touch_private(folder / "x.sqlite3")
    assert stat.S_IMODE(file.stat().st_mode) == 0o600


def test_touch_private_never_truncates(tmp_path):
    file = tmp_path / "keep.txt"
    file.write_text("spasm 4")
    paths.touch_private(file)
    assert file.read_text() == "spasm 4"
    assert stat.S_IMODE(file.stat().st_mode) == 0o600


def test_existing_loose_folder_is_tightened(tmp_path):
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    loose.chmod(0o755)
    paths.ensure_private_dir(loose)
    assert stat.S_IMODE(loose.stat().st_mode) == 0o700
