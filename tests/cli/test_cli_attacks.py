"""The command line against hostile arguments and files: exit codes, FILE:LINE messages,
no traceback, and nothing written when it refuses. Every test here once failed."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coach.cli import main

SESSIONS_HEADER = (
    "id,routine_id,routine_title,kind,started_at,planned_seconds,active_seconds,steps_done,"
    "steps_total,status,spasm_before,spasm_after,pain_before,pain_after,note"
)
SESSION = (
    "6f1c2a52-8d0e-4d2f-9a59-0c2d3a4b5c6d,neck,Neck,stretch,2026-11-02T08:30:00+01:00,"
    "{planned},600,5,5,completed,6,4,,,"
)
SYMPTOMS = "id,recorded_at,spasm\n,2026-11-02T08:00:00+00:00,{spasm}\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def diary(data_dir, tmp_path, capsys) -> Path:
    """A data folder holding one symptom entry and its import backup."""
    source = tmp_path / "first.csv"
    source.write_text(SYMPTOMS.format(spasm=4), encoding="utf-8")
    assert run(capsys, "import", str(source))[0] == 0
    return data_dir


def test_a_count_too_large_for_sqlite_is_a_line_not_a_traceback(diary, tmp_path):
    # Once an OverflowError from the INSERT, after the import backup had been written.
    source = tmp_path / "sessions.csv"
    big = "99999999999999999999"
    source.write_text(f"{SESSIONS_HEADER}\n{SESSION.format(planned=big)}\n", encoding="utf-8")
    before = snapshot(diary)
    done = subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(diary), "import", str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert f"{source}:2: planned_seconds: '{big}' is too large" in done.stderr.splitlines()
    assert snapshot(diary) == before


@pytest.mark.parametrize(
    "argv",
    [
        ("import", ""),
        ("export", "--out", ""),
        ("--data-dir", "", "stats", "--json"),
        ("stats", "--data-dir", "", "--json"),
    ],
)
def test_an_empty_path_is_a_usage_error_not_the_current_folder(
    argv, tmp_path, monkeypatch, capsys
):
    # "" meant the current folder (import, export) or, for --data-dir, the default diary.
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, *argv)
    assert code == 2 and "an empty path" in err
    assert list(tmp_path.iterdir()) == []


def test_the_file_is_named_as_typed(tmp_path, monkeypatch, capsys):
    # A Path would have turned "./in/symptoms.csv" into "in/symptoms.csv".
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "symptoms.csv").write_text(SYMPTOMS.format(spasm=11), encoding="utf-8")
    code, _, err = run(capsys, "import", "./in/symptoms.csv")
    assert code == 1
    assert err.splitlines()[0] == "./in/symptoms.csv:2: spasm: 11 is outside 0-10"


def test_a_refused_import_does_not_create_a_diary(data_dir, tmp_path, capsys):
    source = tmp_path / "symptoms.csv"
    source.write_text(SYMPTOMS.format(spasm=11), encoding="utf-8")
    assert run(capsys, "import", str(source))[0] == 1
    assert not data_dir.exists()


def test_a_refused_import_does_not_upgrade_an_old_diary(diary, tmp_path, capsys):
    # Opening an older schema migrates it (with a backup): a refusal must not even do that.
    with sqlite3.connect(diary / "coach.sqlite3") as conn:
        conn.execute("PRAGMA user_version = 1")
    before = snapshot(diary)
    source = tmp_path / "symptoms.csv"
    source.write_text(SYMPTOMS.format(spasm="x"), encoding="utf-8")
    assert run(capsys, "import", str(source))[0] == 1
    assert snapshot(diary) == before


def test_a_missing_path_is_one_file_line(tmp_path, capsys):
    missing = tmp_path / "nope.csv"
    code, _, err = run(capsys, "import", str(missing))
    assert code == 1
    assert err.splitlines()[0] == f"{missing}: no such file or folder"


@pytest.mark.parametrize("to", ["9999-12-27", "9999-12-31"])
def test_stats_up_to_the_end_of_the_calendar_is_bad_input(to, diary, capsys):
    code, _, err = run(capsys, "stats", "--json", "--to", to)
    assert code == 1 and "9999-12-26" in err


def test_stats_up_to_the_last_whole_week_of_the_calendar_works(diary, capsys):
    code, out, _ = run(capsys, "stats", "--json", "--from", "9999-12-20", "--to", "9999-12-26")
    assert code == 0 and json.loads(out)["to"] == "9999-12-26"


def test_a_data_folder_that_is_a_file_is_named(tmp_path, capsys):
    not_a_folder = tmp_path / "diary.txt"
    not_a_folder.write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(not_a_folder), "stats", "--json")
    assert code == 1
    assert f"{not_a_folder}: the data folder is a file, not a folder" in err
    assert not_a_folder.read_text(encoding="utf-8") == "mine"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unsearchable_folder_is_a_line_per_file_not_an_errno(diary, tmp_path, capsys):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "symptoms.csv").write_text(SYMPTOMS.format(spasm=4), encoding="utf-8")
    folder.chmod(0o600)  # can list the names, cannot look at the files
    try:
        code, _, err = run(capsys, "import", str(folder))
    finally:
        folder.chmod(0o700)
    assert code == 1
    assert err.splitlines()[0] == f"{folder}/symptoms.csv: cannot be read: Permission denied"
