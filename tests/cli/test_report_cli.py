"""`coach report` and `coach plan`: files written, figures as `coach stats`, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta

import icalendar
import pypdf
import pytest

from coach.cli import main

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def words(path) -> list[str]:
    """The PDF's text lines in drawing order (each table cell is drawn on its own)."""
    lines = []
    for page in pypdf.PdfReader(path).pages:
        lines += [" ".join(line.split()) for line in page.extract_text().splitlines()]
    return [line for line in lines if line]


def label(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


@pytest.fixture
def demo_diary(capsys):
    code, _, err = run(capsys, "demo", "--days", "150", "--seed", "3")
    assert code == 0, err


# --- coach report --------------------------------------------------------------------------


def test_report_figures_equal_stats_for_the_same_period(qapp, demo_diary, tmp_path, capsys):
    out = tmp_path / "report.pdf"
    code, stdout, err = run(capsys, "report", "--out", str(out), "--name", "Jane Doe")
    assert code == 0, err
    assert str(out) in stdout

    today = date.today()
    start = today - timedelta(days=today.weekday(), weeks=11)  # the last 12 ISO weeks
    code, stdout, err = run(
        capsys, "stats", "--json", "--from", start.isoformat(), "--to", today.isoformat()
    )
    assert code == 0, err
    stats = json.loads(stdout)

    reader = pypdf.PdfReader(out)
    assert 1 <= len(reader.pages) <= 2
    lines = words(out)
    text = " ".join(lines)
    assert "Patient: Jane Doe" in text
    assert f"{stats['credits']:g} done of {stats['planned']} planned sessions" in text
    for week in stats["weeks"]:
        monday = date.fromisoformat(week["week_start"])
        name = label(monday) + ("" if monday + timedelta(days=6) <= today else " *")
        rows = [i for i, line in enumerate(lines) if line == name]
        # The weekly table row: the label, four kinds, the total, the mean spasm.
        row = next(lines[i : i + 7] for i in rows if "/" in lines[i + 1] or lines[i + 1] == "–")
        adherence = "–" if week["adherence"] is None else f"{week['adherence']:.0%}"
        spasm = "–" if week["mean_spasm"] is None else f"{week['mean_spasm']:.1f}"
        assert row[5:] == [adherence, spasm], name


def test_report_weeks_option_sets_the_period(qapp, demo_diary, tmp_path, capsys):
    out = tmp_path / "four.pdf"
    assert run(capsys, "report", "--out", str(out), "--weeks", "4")[0] == 0
    today = date.today()
    start = today - timedelta(days=today.weekday(), weeks=3)
    text = " ".join(words(out))
    assert f"{label(start)} – {label(today)} {today.year}" in text or (
        f"{label(start)} {start.year} – {label(today)} {today.year}" in text
    )


def test_report_of_an_empty_diary_says_nothing_to_show(qapp, tmp_path, capsys):
    out = tmp_path / "empty.pdf"
    code, _, err = run(capsys, "report", "--out", str(out))
    assert code == 0, err
    assert "Nothing to show yet" in " ".join(words(out))


def test_report_into_a_missing_folder_is_bad_input(qapp, tmp_path, data_dir, capsys):
    out = tmp_path / "no" / "such" / "report.pdf"
    code, _, err = run(capsys, "report", "--out", str(out))
    assert code == 1
    assert err.startswith("coach report: ")
    assert "no such folder" in err
    assert not out.parent.exists()
    assert not data_dir.exists()  # refused before the diary was even opened


def test_report_onto_a_folder_is_bad_input(qapp, tmp_path, capsys):
    code, _, err = run(capsys, "report", "--out", str(tmp_path))
    assert code == 1
    assert "is a folder" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["report"],
        ["report", "--out", "r.pdf", "--weeks", "0"],
        ["report", "--out", "r.pdf", "--weeks", "twelve"],
        ["report", "--out", "r.pdf", "--weeks", "5000"],
        ["report", "--out", "r.pdf", "--paper", "a3"],
        ["report", "--out", ""],
        ["plan"],
        ["plan", "--ics", ""],
    ],
)
def test_usage_errors_exit_2(argv, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(capsys, *argv)[0] == 2
    assert not list(tmp_path.iterdir())


@pytest.mark.slow
def test_report_runs_without_any_display(demo_diary, data_dir, tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    out = tmp_path / "headless.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "coach",
            "--data-dir",
            str(data_dir),
            "report",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert len(pypdf.PdfReader(out).pages) >= 1


# --- coach plan ----------------------------------------------------------------------------


def test_plan_writes_one_event_per_planned_slot(demo_diary, tmp_path, capsys):
    from coach.store.database import Store

    with Store.open(None, daily_backup=False) as store:
        rows = store.plan_rows()
    today = date.today()
    in_force = {}
    for row in sorted(rows, key=lambda r: r.valid_from):
        if row.valid_from <= today:
            in_force[row.kind] = row
    expected = sum(max(r.times_per_day, len(r.reminder_times)) for r in in_force.values())

    out = tmp_path / "plan.ics"
    code, stdout, err = run(capsys, "plan", "--ics", str(out))
    assert code == 0, err
    assert f"Wrote {expected} weekly reminder(s)" in stdout
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) == expected
    days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    for event in events:
        kind = next(k for k in in_force if str(event["SUMMARY"]).lower().startswith(k[:4]))
        row = in_force[kind]
        assert event["RRULE"]["BYDAY"] == [days[d] for d in sorted(row.weekdays)]
        assert event["DTSTART"].dt.strftime("%H:%M") in row.reminder_times
        assert len(event.walk("VALARM")) == 1


def test_plan_without_a_plan_is_bad_input_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "plan.ics"
    code, stdout, err = run(capsys, "plan", "--ics", str(out))
    assert code == 1
    assert stdout == ""
    assert err.startswith("coach plan: there is no plan yet")
    assert "Nothing was written" in err
    assert not out.exists()


def test_plan_refusal_leaves_an_earlier_file_alone(tmp_path, capsys):
    out = tmp_path / "plan.ics"
    out.write_text("my old calendar", encoding="utf-8")
    assert run(capsys, "plan", "--ics", str(out))[0] == 1
    assert out.read_text(encoding="utf-8") == "my old calendar"


def test_plan_into_a_missing_folder_is_bad_input(demo_diary, tmp_path, capsys):
    code, _, err = run(capsys, "plan", "--ics", str(tmp_path / "nowhere" / "plan.ics"))
    assert code == 1
    assert "no such folder" in err
