"""Shared test set-up: never touch the real data folder, never need a screen."""

from __future__ import annotations

import os

# Must be set before any Qt module is imported by a test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import pytest


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Every test gets its own empty data folder through COACH_DATA_DIR."""
    folder = tmp_path / "coach-data"
    monkeypatch.setenv("COACH_DATA_DIR", str(folder))
    # A test that forgets the override must not reach the real appdirs folder either.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return folder
