"""Time the clinician report on 20 years of demo data (not a test; prints figures).

    python benchmarks/report.py [--data-dir /tmp/demo7300] [--runs 3] [--keep report.pdf]

The data folder is filled first if it is empty:
`python -m coach --data-dir DIR demo --days 7300`. Then `coach report` (the last 12 weeks)
runs as the patient would start it, a fresh process each time, and the wall-clock time is
printed with the CPU time it used, against the target of 3 s. A breakdown in this process
follows (open, read the diary, gather the figures, import Qt, draw the PDF), and the same
for `coach plan --ics`.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_S = 3.0


def coach(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "coach", *argv], capture_output=True, text=True, env=env
    )


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def ensure_demo(folder: Path, days: int) -> None:
    if (folder / "coach.sqlite3").exists():
        return
    print(f"filling {folder} with {days} days of demo data ...")
    done = coach("--data-dir", str(folder), "demo", "--days", str(days))
    if done.returncode != 0:
        sys.exit(done.stderr)
    print(done.stdout.strip())


def time_cli(folder: Path, out: Path, runs: int) -> list[float]:
    walls = []
    for n in range(runs):
        cpu = child_cpu()
        began = time.perf_counter()
        done = coach("--data-dir", str(folder), "report", "--out", str(out))
        wall = time.perf_counter() - began
        if done.returncode != 0:
            sys.exit(done.stderr)
        walls.append(wall)
        print(
            f"coach report, run {n + 1}      {wall:6.3f} s wall  {child_cpu() - cpu:6.3f} s CPU"
        )
    return walls


def breakdown(folder: Path, out: Path) -> None:
    stages: list[tuple[str, float]] = []
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        stages.append((name, now - clock))
        clock = now

    from coach.store.database import Store

    store = Store.open(folder, daily_backup=False)
    lap("open the diary")
    history = store.history()
    lap("read every record")
    from coach.report.report_data import gather_report

    data = gather_report(history, date.today())
    lap("gather the figures")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coach.report.pdf_report import ensure_gui_app, write_report_data

    ensure_gui_app()
    lap("import Qt, make the app")
    pages = write_report_data(data, out)
    lap(f"draw and write {pages} page(s)")
    from coach.report.calendar_export import plan_calendar

    events = plan_calendar(history, date.today()).count("BEGIN:VEVENT")
    lap(f"plan as .ics ({events} events)")
    store.close()
    print(
        f"in one process: {len(history.sessions)} sessions, {len(history.symptoms)} symptom "
        f"entries, {len(history.injections)} injections"
    )
    for name, seconds in stages:
        print(f"  {name:<28} {seconds:6.3f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/demo7300"))
    parser.add_argument("--days", type=int, default=7300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None, help="also keep the PDF here")
    args = parser.parse_args()

    ensure_demo(args.data_dir, args.days)
    with tempfile.TemporaryDirectory(prefix="coach-report-") as temp:
        out = args.keep or Path(temp) / "report.pdf"
        walls = time_cli(args.data_dir, out, args.runs)
        best, middle = min(walls), statistics.median(walls)
        verdict = "ok" if middle < TARGET_S else "MISSED"
        print(
            f"coach report: best {best:.3f} s, median {middle:.3f} s "
            f"(target < {TARGET_S:g} s: {verdict})"
        )
        breakdown(args.data_dir, Path(temp) / "again.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
