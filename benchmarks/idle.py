"""What the app costs while it waits: CPU and memory with the window hidden.

    python benchmarks/idle.py [--seconds 60] [--days 365]

Starts `python -m coach --data-dir DIR` on a demo diary with a plan and reminders
(COACH_IDLE_PROBE=1 keeps the window hidden even where there is no tray, as `coach
--background` does at login; QT_QPA_PLATFORM=offscreen unless a display is set), waits
for it to be ready, lets it settle for a few seconds, then reads the process's CPU time
(utime + stime from /proc/PID/stat) before and after the measured span, and its resident
memory (VmRSS) at the end. Targets: CPU <= 0.05% of one core over the span; RSS is
reported. Linux only (it reads /proc). Never part of the test run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CPU_TARGET_PERCENT = 0.05
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    # After the command name: state is field 3, utime 14 and stime 15 (1-based).
    return (int(fields[11]) + int(fields[12])) / TICKS


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def make_diary(folder: Path, days: int) -> None:
    subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(folder), "demo", "--days", str(days)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--settle", type=float, default=5.0)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    env = dict(os.environ, COACH_IDLE_PROBE="1")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "diary"
        make_diary(folder, args.days)
        child = subprocess.Popen(
            [sys.executable, "-m", "coach", "--data-dir", str(folder)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert child.stdout is not None
            for line in child.stdout:
                if line.startswith("COACH_IDLE_READY"):
                    break
            else:
                print("the app ended before it was ready", file=sys.stderr)
                return 1
            time.sleep(args.settle)
            cpu_before, wall_before = cpu_seconds(child.pid), time.monotonic()
            time.sleep(args.seconds)
            cpu_after, wall_after = cpu_seconds(child.pid), time.monotonic()
            memory = rss_mb(child.pid)
        finally:
            child.terminate()
            child.wait(timeout=10)
    used = cpu_after - cpu_before
    span = wall_after - wall_before
    percent = 100 * used / span
    verdict = "ok" if percent <= CPU_TARGET_PERCENT else "OVER TARGET"
    print(f"idle {span:.1f} s with the window hidden ({args.days} days of diary, reminders on)")
    print(
        f"  CPU used   {used:.3f} s = {percent:.4f}% of one core "
        f"(target <= {CPU_TARGET_PERCENT}%: {verdict}; clock tick {1 / TICKS:.3f} s)"
    )
    print(f"  RSS        {memory:.1f} MB")
    return 0 if percent <= CPU_TARGET_PERCENT else 1


if __name__ == "__main__":
    sys.exit(main())
