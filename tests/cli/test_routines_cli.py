"""`coach routines` and `coach check`, as DESIGN.md's command table states them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coach.assets import asset
from coach.cli import main

BUILTINS = sorted(asset("routines").glob("*.toml"))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_routines_lists_id_kind_title_minutes(capsys):
    code, out, err = run(capsys, "routines")
    assert code == 0 and err == ""
    rows = [line.split("\t") for line in out.splitlines()]
    by_id = {row[0]: row for row in rows}
    assert len(rows) == 10
    assert by_id["belly-breathing"] == ["belly-breathing", "breathing", "Belly breathing", "5"]
    assert by_id["resonance-breathing"][3] == "10"
    assert by_id["desk-micro-break"][1:3] == ["stretch", "Desk micro-break"]
    assert by_id["heat-and-stretch"][1] == "heat"


def test_user_routine_is_listed_and_a_broken_one_is_reported(data_dir, capsys):
    folder = data_dir / "routines"
    folder.mkdir(parents=True)
    mine = (asset("routines") / "belly-breathing.toml").read_text(encoding="utf-8")
    mine = mine.replace('id = "belly-breathing"', 'id = "my-breathing"', 1)
    (folder / "mine.toml").write_text(mine, encoding="utf-8")
    (folder / "broken.toml").write_text('id = "oops"\ntitle = [', encoding="utf-8")
    code, out, err = run(capsys, "routines")
    assert code == 0
    assert "my-breathing\tbreathing" in out
    assert "broken.toml: line" in err


@pytest.mark.parametrize("path", BUILTINS, ids=lambda p: p.name)
def test_check_passes_every_builtin_file(path, capsys):
    code, _, err = run(capsys, "check", str(path))
    assert (code, err) == (0, "")


BREAKAGES = {
    "missing field": (lambda t: t.replace('title = "Belly breathing"\n', "", 1), "title"),
    "wrong type": (
        lambda t: t.replace("duration_s = 300", 'duration_s = "five"', 1),
        "steps[0].duration_s",
    ),
    "negative": (lambda t: t.replace("inhale = 4", "inhale = -4", 1), "steps[0].phases.inhale"),
    "unknown key": (
        lambda t: t.replace("[[steps]]", "[[steps]]\nhodl_s = 3", 1),
        "steps[0].hodl_s",
    ),
    "bad toml": (lambda t: t + "\n[[steps]\n", "line"),
}


@pytest.mark.parametrize("name", BREAKAGES)
def test_check_names_the_file_and_field_of_a_broken_copy(name, tmp_path, capsys):
    original = (asset("routines") / "belly-breathing.toml").read_text(encoding="utf-8")
    change, field = BREAKAGES[name]
    broken = change(original)
    assert broken != original, "the breakage must change the file"
    path = tmp_path / "belly.toml"
    path.write_text(broken, encoding="utf-8")
    code, _, err = run(capsys, "check", str(path), str(BUILTINS[0]))
    assert code == 1
    lines = err.splitlines()
    assert lines and all(line.startswith(f"{path}: ") for line in lines), err
    assert any(line.startswith(f"{path}: {field}") for line in lines), err


def test_check_exits_1_for_a_missing_file(tmp_path, capsys):
    code, _, err = run(capsys, "check", str(tmp_path / "nope.toml"))
    assert code == 1 and "nope.toml" in err


def test_check_runs_as_a_real_command(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('id = "x"\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "coach", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"{path}: ")
