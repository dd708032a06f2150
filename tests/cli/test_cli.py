"""The command line, as DESIGN.md's contract table states it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from coach import __version__
from coach.cli import main

SESSIONS_HEADER = (
    "id,routine_id,routine_title,kind,started_at,planned_seconds,active_seconds,steps_done,"
    "steps_total,status,spasm_before,spasm_after,pain_before,pain_after,note"
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def stats(capsys, *argv: str) -> dict:
    code, out, err = run(capsys, "stats", "--json", *argv)
    assert code == 0, err
    return json.loads(out)


# --- the small week worked out by hand ---------------------------------------------------
# Plan from Monday 2026-11-02: stretches twice a day Mon-Fri, breathing once every day.
# An injection on Wednesday 2026-11-04 takes that day's stretches out of the plan.
PLAN = """valid_from,kind,times_per_day,weekdays,reminder_times
2026-11-02,stretch,2,Mon;Tue;Wed;Thu;Fri,08:30;18:00
2026-11-02,breathing,1,Mon;Tue;Wed;Thu;Fri;Sat;Sun,12:00
"""
INJECTIONS = (
    "id,date,product,units,muscles,onset_noticed,wearing_off_noticed,side_effects,note\n"
    """7a1c3c56-0000-4000-8000-000000000001,2026-11-04,Botox,200,left SCM,,,,
"""
)


def _session(
    n: int,
    routine: str,
    kind: str,
    started: str,
    done: int,
    total: int,
    before: str = "",
    after: str = "",
) -> str:
    uid = f"7a1c3c56-0000-4000-8000-{n:012d}"
    return (
        f"{uid},{routine},{routine.title()},{kind},{started},600,600,{done},{total},"
        f"completed,{before},{after},,,"
    )


SESSIONS = (
    "\n".join(
        [
            SESSIONS_HEADER,
            # Monday: a full session (credit 1) and 7 of 9 steps (7/9 < 0.8: credit 0.5).
            _session(
                101,
                "neck-shoulder-release",
                "stretch",
                "2026-11-02T08:30:00+00:00",
                9,
                9,
                "6",
                "4",
            ),
            _session(
                102,
                "neck-shoulder-release",
                "stretch",
                "2026-11-02T18:00:00+00:00",
                7,
                9,
                "5",
                "4",
            ),
            # Tuesday: 8 of 9 (>= 0.8: credit 1); no rating after.
            _session(
                103,
                "neck-shoulder-release",
                "stretch",
                "2026-11-03T08:30:00+00:00",
                8,
                9,
                "6",
                "",
            ),
            # Thursday: one full session.
            _session(
                104,
                "neck-shoulder-release",
                "stretch",
                "2026-11-05T08:30:00+00:00",
                9,
                9,
                "4",
                "3",
            ),
            # Saturday: an extra, unplanned stretch still counts as a raw credit.
            _session(105, "desk-micro-break", "stretch", "2026-11-07T10:00:00+00:00", 5, 5),
            # Breathing every day, twice on Sunday: 8 credits against 7 planned.
            *[
                _session(
                    200 + d,
                    "belly-breathing",
                    "breathing",
                    f"2026-11-{2 + d:02d}T12:00:00+00:00",
                    1,
                    1,
                )
                for d in range(7)
            ],
            _session(209, "belly-breathing", "breathing", "2026-11-08T20:00:00+00:00", 1, 1),
        ]
    )
    + "\n"
)

SYMPTOMS = """id,recorded_at,spasm,pain,stress,sleep,sensory_trick,note
7a1c3c56-0000-4000-8000-000000000301,2026-11-02T00:05:00+02:00,7,,,,,"early, before sleep"
7a1c3c56-0000-4000-8000-000000000302,2026-11-02T21:00:00+00:00,5,3,,,yes,
7a1c3c56-0000-4000-8000-000000000303,2026-11-04T12:00:00+00:00,7,,,,,
7a1c3c56-0000-4000-8000-000000000304,2026-11-08T23:55:00-05:00,3,,,,no,
"""


@pytest.fixture
def small_week(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plan.csv").write_text(PLAN, encoding="utf-8")
    (folder / "injections.csv").write_text(INJECTIONS, encoding="utf-8")
    (folder / "sessions.csv").write_text(SESSIONS, encoding="utf-8")
    (folder / "symptoms.csv").write_text(SYMPTOMS, encoding="utf-8")
    code, _, err = run(capsys, "import", str(folder))
    assert code == 0, err
    return folder


def test_stats_of_a_small_week_match_the_hand_computation(small_week, capsys):
    got = stats(capsys, "--from", "2026-11-02", "--to", "2026-11-08")
    # Planned: stretch 2 x (Mon, Tue, Thu, Fri) = 8 (none on the injection Wednesday);
    # breathing 7. Credits: stretch 1 + 0.5 + 1 + 1 + 1 = 4.5; breathing 8, capped at 7.
    assert got["from"] == "2026-11-02" and got["to"] == "2026-11-08"
    assert got["planned"] == 15
    assert got["credits"] == pytest.approx(12.5)
    assert got["adherence"] == pytest.approx((4.5 + 7) / 15)
    assert got["by_kind"]["stretch"] == pytest.approx(
        {"planned": 8, "credits": 4.5, "adherence": 4.5 / 8}
    )
    assert got["by_kind"]["breathing"] == pytest.approx(
        {"planned": 7, "credits": 8.0, "adherence": 1.0}
    )
    assert got["by_kind"]["heat"]["adherence"] is None
    # Daily levels: Monday 00:05 at +02:00 is still Monday locally; Sunday 23:55 at -05:00
    # is Sunday (it is Monday in UTC). Monday: (7 + 5 + 6 + 5) / 4 = 5.75.
    levels = [(d["date"], d["planned"], d["credits"], d["mean_spasm"]) for d in got["days"]]
    assert levels == [
        ("2026-11-02", 3, 2.5, 5.75),
        ("2026-11-03", 3, 2.0, 6.0),
        ("2026-11-04", 1, 1.0, 7.0),
        ("2026-11-05", 3, 2.0, 4.0),
        ("2026-11-06", 3, 1.0, None),
        ("2026-11-07", 1, 2.0, None),
        ("2026-11-08", 1, 2.0, 3.0),
    ]
    (week,) = got["weeks"]
    assert week["week_start"] == "2026-11-02"
    assert week["planned"] == 15 and week["credits"] == pytest.approx(12.5)
    assert week["mean_spasm"] == pytest.approx((5.75 + 6 + 7 + 4 + 3) / 5)
    # Before/after: only sessions with both ratings: drops 2, 1, 1.
    assert got["effect_by_routine"] == {
        "neck-shoulder-release": {"sessions": 3, "mean_drop": pytest.approx(4 / 3)}
    }
    assert got["goal_streak_weeks"] == 0  # 0.77 is below the 0.8 goal
    # The cycle from Wednesday runs to --to: Wed..Sun = 5 days, levels 7, 4, 3.
    assert got["cycles"] == [
        {"injection_date": "2026-11-04", "days": 5, "mean_spasm": pytest.approx(14 / 3)}
    ]


def test_stats_period_edges_count_only_days_inside(small_week, capsys):
    got = stats(capsys, "--from", "2026-11-04", "--to", "2026-11-05")
    assert [w["week_start"] for w in got["weeks"]] == ["2026-11-02"]
    assert got["planned"] == 1 + 3
    assert got["cycles"] == [
        {"injection_date": "2026-11-04", "days": 2, "mean_spasm": pytest.approx(5.5)}
    ]


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"coach {__version__}"


def test_python_dash_m_is_the_same_program(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(tmp_path), "stats", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["from"] == figures["to"] == date.today().isoformat()
    assert figures["adherence"] is None


def test_usage_errors_exit_2(capsys):
    assert run(capsys, "no-such-command")[0] == 2
    assert run(capsys, "stats", "--from", "26/11/2026")[0] == 2
    assert run(capsys, "demo", "--days", "0")[0] == 2
    assert run(capsys, "export")[0] == 2


def test_from_after_to_is_bad_input(capsys):
    code, _, err = run(capsys, "stats", "--json", "--from", "2026-11-09", "--to", "2026-11-01")
    assert code == 1 and "after" in err


def test_data_dir_before_or_after_the_command(tmp_path, capsys):
    assert run(capsys, "--data-dir", str(tmp_path / "a"), "demo", "--days", "14")[0] == 0
    assert run(capsys, "demo", "--data-dir", str(tmp_path / "b"), "--days", "14")[0] == 0
    for name in ("a", "b"):
        assert (tmp_path / name / "coach.sqlite3").exists()


def test_environment_variable_selects_the_data(data_dir, capsys):
    assert run(capsys, "demo", "--days", "7")[0] == 0
    assert (data_dir / "coach.sqlite3").exists()


def test_demo_refuses_a_folder_with_records(small_week, data_dir, capsys):
    before = stats(capsys)
    code, _, err = run(capsys, "demo", "--days", "30")
    assert code == 1
    assert "already" in err
    assert stats(capsys) == before


def test_demo_is_reproducible(tmp_path, capsys):
    outs = []
    for name in ("one", "two"):
        folder = tmp_path / name
        assert (
            run(capsys, "--data-dir", str(folder), "demo", "--days", "120", "--seed", "7")[0]
            == 0
        )
        assert (
            run(
                capsys,
                "--data-dir",
                str(folder),
                "export",
                "--out",
                str(tmp_path / f"{name}-csv"),
            )[0]
            == 0
        )
        outs.append(
            {p.name: p.read_bytes() for p in sorted((tmp_path / f"{name}-csv").iterdir())}
        )
    assert outs[0] == outs[1]
    assert outs[0]["sessions.csv"].count(b"\n") > 100


def test_export_import_export_is_byte_identical(tmp_path, capsys):
    first, second = tmp_path / "first", tmp_path / "second"
    assert run(capsys, "--data-dir", str(tmp_path / "a"), "demo", "--days", "60")[0] == 0
    assert run(capsys, "--data-dir", str(tmp_path / "a"), "export", "--out", str(first))[0] == 0
    assert run(capsys, "--data-dir", str(tmp_path / "b"), "import", str(first))[0] == 0
    assert (
        run(capsys, "--data-dir", str(tmp_path / "b"), "export", "--out", str(second))[0] == 0
    )
    names = ["injections.csv", "plan.csv", "sessions.csv", "symptoms.csv"]
    assert sorted(p.name for p in first.iterdir()) == names
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_reimport_changes_nothing(small_week, capsys):
    before = stats(capsys, "--from", "2026-11-02", "--to", "2026-11-08")
    code, _, err = run(capsys, "import", str(small_week))
    assert code == 0, err
    assert stats(capsys, "--from", "2026-11-02", "--to", "2026-11-08") == before


def test_bad_rows_are_listed_and_nothing_is_written(tmp_path, capsys):
    bad = tmp_path / "sessions.csv"
    bad.write_text(
        SESSIONS.replace(",9,9,completed,6,4,", ",9,9,completed,11,4,", 1).replace(
            "desk-micro-break,Desk-Micro-Break,stretch", "desk-micro-break,Desk,yoga"
        ),
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import", str(bad))
    assert code == 1
    problems = [line for line in err.splitlines() if line.startswith(f"{bad}:")]
    assert [p[len(str(bad)) :].split(":")[1] for p in problems] == ["2", "6"], err
    assert stats(capsys)["credits"] == 0


def test_newer_database_is_refused_and_left_alone(data_dir, capsys):
    data_dir.mkdir(parents=True)
    db = data_dir / "coach.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 999")
    original = db.read_bytes()
    code, _, err = run(capsys, "stats", "--json")
    assert code == 1 and "newer" in err.lower()
    assert db.read_bytes() == original
    assert sorted(p.name for p in data_dir.iterdir()) == ["coach.sqlite3"]


def test_import_of_a_missing_path_is_bad_input(tmp_path, capsys):
    code, _, err = run(capsys, "import", str(tmp_path / "nope"))
    assert code == 1 and "nope" in err


def test_export_into_a_file_path_is_bad_input(tmp_path, capsys):
    target = tmp_path / "file.txt"
    target.write_text("x")
    assert run(capsys, "export", "--out", str(target))[0] == 1


def test_stats_without_json_is_readable(small_week, capsys):
    code, out, _ = run(capsys, "stats", "--from", "2026-11-02", "--to", "2026-11-08")
    assert code == 0
    assert "Adherence: 77%" in out


def test_gui_script_entry_point_is_declared():
    text = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    assert 'coach = "coach.cli:main"' in text.split("[project.gui-scripts]")[1]


def test_from_in_the_future_without_to_is_bad_input(capsys):
    code, _, err = run(capsys, "stats", "--json", "--from", "2999-01-01")
    assert code == 1 and "2999-01-01" in err


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_refused_commands_write_nothing_into_the_data_folder(
    small_week, data_dir, tmp_path, capsys
):
    before = _snapshot(data_dir)
    bad = tmp_path / "symptoms.csv"
    bad.write_text("id,recorded_at,spasm\n,2026-11-02T08:00:00+00:00,12\n", encoding="utf-8")
    assert run(capsys, "import", str(bad))[0] == 1
    assert run(capsys, "demo", "--days", "10")[0] == 1
    assert run(capsys, "stats", "--json")[0] == 0
    assert _snapshot(data_dir) == before
