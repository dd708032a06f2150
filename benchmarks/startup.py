"""Start-up cost: time from process start to the window's first paint, and memory then.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--runs 7] [--days 730]

Measures, in one run and under the same conditions:
  bare   a plain PySide6 QMainWindow with a QLabel (the floor any Qt app pays);
  app    `python -m coach --data-dir DIR` on an empty diary;
  app+N  the same on a diary holding N days of demo history (made with `coach demo`).
Each child prints the wall-clock time and VmRSS at its first paint (COACH_STARTUP_PROBE=1,
see coach/ui/app.py) and quits; the parent notes time.time() just before spawning it, so
the figure includes interpreter start-up and imports, as a patient experiences it.
Prints the median (and the fastest) of several runs each, the ratio to the bare window,
and the targets (<= 1.5x the bare time by the median, RSS < 94 MB). CPU time is printed
too: on a busy machine it is steadier than the wall clock. Never part of the test run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIME_RATIO_TARGET = 1.5
RSS_TARGET_MB = 94.0

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

def rss_kb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

class Probe(QObject):
    fired = False
    def eventFilter(self, watched, event):
        if not self.fired and event.type() == QEvent.Type.Paint:
            self.fired = True
            print(
                f"COACH_STARTUP_PROBE wall={time.time():.6f} cpu={time.process_time():.6f} "
                f"rss_kb={rss_kb()}",
                flush=True,
            )
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.setCentralWidget(QLabel("Hello"))
window.resize(1100, 780)
probe = Probe(window)
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


PYCACHE = Path(tempfile.gettempdir()) / "coach-startup-bench-pycache"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["COACH_STARTUP_PROBE"] = "1"
    # An installed app has its bytecode compiled; a source tree run with
    # PYTHONDONTWRITEBYTECODE would recompile every module on every start. Keep the cache
    # outside the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


@dataclass(frozen=True)
class Sample:
    """One cold start: seconds to first paint, CPU seconds used by then, RSS in MB."""

    wall: float
    cpu: float
    rss_mb: float


def measure(command: list[str]) -> Sample:
    """One cold-process run of `command`, which prints a COACH_STARTUP_PROBE line."""
    started = time.time()
    result = subprocess.run(
        command, capture_output=True, text=True, env=_env(), timeout=120, cwd=ROOT
    )
    for line in result.stdout.splitlines():
        if line.startswith("COACH_STARTUP_PROBE "):
            fields = dict(part.split("=", 1) for part in line.split()[1:])
            return Sample(
                float(fields["wall"]) - started,
                float(fields["cpu"]),
                int(fields["rss_kb"]) / 1024,
            )
    raise RuntimeError(
        f"{' '.join(command)} printed no probe line (exit {result.returncode}):\n"
        f"{result.stdout}\n{result.stderr}"
    )


def fill_demo(data_dir: Path, days: int) -> bool:
    """Fill a data folder with `coach demo`; False (with a note) if that fails."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "coach",
            "--data-dir",
            str(data_dir),
            "demo",
            "--days",
            str(days),
        ],
        capture_output=True,
        text=True,
        env={k: v for k, v in _env().items() if k != "COACH_STARTUP_PROBE"},
        cwd=ROOT,
        timeout=600,
    )
    if result.returncode != 0:
        print(f"(coach demo failed, skipping the filled diary: {result.stderr.strip()})")
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per case (median taken)")
    parser.add_argument("--days", type=int, default=730, help="days of demo history")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty"
        filled = Path(tmp) / "filled"
        cases: dict[str, list[str]] = {
            "bare QMainWindow + QLabel": [sys.executable, "-c", BARE],
            "app, empty diary": [sys.executable, "-m", "coach", "--data-dir", str(empty)],
        }
        if args.days > 0 and fill_demo(filled, args.days):
            label = f"app, {args.days} days of history"
            cases[label] = [sys.executable, "-m", "coach", "--data-dir", str(filled)]

        for command in cases.values():  # warm the file cache; not counted
            measure(command)
        samples: dict[str, list[Sample]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, command in cases.items():  # interleaved, so drift hits all alike
                samples[name].append(measure(command))

    def median(name: str, field: str) -> float:
        return statistics.median(getattr(s, field) for s in samples[name])

    bare = "bare QMainWindow + QLabel"
    print(
        f"first paint, median of {args.runs} runs (QT_QPA_PLATFORM="
        f"{_env()['QT_QPA_PLATFORM']}, {sys.executable})"
    )

    def fastest(name: str) -> float:
        return min(s.wall for s in samples[name])

    print(
        f"{'case':30} {'wall ms':>8} {'x bare':>7} {'CPU ms':>7} {'x bare':>7} "
        f"{'best ms':>8} {'x bare':>7} {'RSS MB':>7}"
    )
    ok = True
    for name in samples:
        wall, cpu, rss = (median(name, f) for f in ("wall", "cpu", "rss_mb"))
        wall_ratio = wall / median(bare, "wall")
        cpu_ratio = cpu / median(bare, "cpu")
        best_ratio = fastest(name) / fastest(bare)
        print(
            f"{name:30} {wall * 1000:8.0f} {wall_ratio:7.2f} {cpu * 1000:7.0f} "
            f"{cpu_ratio:7.2f} {fastest(name) * 1000:8.0f} {best_ratio:7.2f} {rss:7.1f}"
        )
        if name.startswith("app"):
            ok &= wall_ratio <= TIME_RATIO_TARGET and rss < RSS_TARGET_MB
    print(
        f"targets: <= {TIME_RATIO_TARGET}x bare time, RSS < {RSS_TARGET_MB:.0f} MB: "
        + ("met" if ok else "NOT met")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
