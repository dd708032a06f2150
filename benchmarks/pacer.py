"""How smoothly, and at what cost, the breathing player animates (not a test).

    python benchmarks/pacer.py [--seconds 60] [--routine box-breathing] [--size 1024x700]

Shows the real player (runner, view, pacer) offscreen with the real monotonic clock for
`--seconds` of a breathing routine, counts the pacer's paint events in each whole second,
and measures the process CPU time (time.process_time) used meanwhile. Prints the frames per
second (mean and the slowest second) and the CPU use as a percentage of one core.
Targets: >= 50 fps, < 15 % of one core. The diary is a throw-away folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer

from coach.core.routine_library import load_library
from coach.core.segments import SessionSettings
from coach.store.database import Store
from coach.ui import theme
from coach.ui.app import application
from coach.ui.player_view import PlayerView
from coach.ui.session_runner import SessionRunner

TARGET_FPS = 50.0
TARGET_CPU = 15.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to run (60)")
    parser.add_argument("--routine", default="box-breathing", help="a breathing routine id")
    parser.add_argument("--size", default="1024x700", help="window size, e.g. 1600x1000")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))

    app = application()
    theme.apply_theme(app, theme.ColourMode.LIGHT, 1.0)
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder)) as store:
        routine = load_library(Path(folder)).find(args.routine)
        if routine is None:
            print(f"no routine {args.routine!r}", file=sys.stderr)
            return 1
        runner = SessionRunner(store, routine, SessionSettings())
        view = PlayerView(runner)
        view.resize(width, height)
        view.show()
        app.processEvents()
        runner.start()

        pacer = view.pacer
        per_second: list[int] = []
        marks = {"paints": pacer.paint_count}

        def tick() -> None:
            per_second.append(pacer.paint_count - marks["paints"])
            marks["paints"] = pacer.paint_count

        counter = QTimer()
        counter.timeout.connect(tick)
        counter.start(1000)
        QTimer.singleShot(round(args.seconds * 1000), app.quit)
        cpu0, wall0 = time.process_time(), time.monotonic()
        app.exec()
        cpu = time.process_time() - cpu0
        wall = time.monotonic() - wall0
        counter.stop()
        runner._timer.stop()
        state = runner.state.value

    # The first second includes start-up work; leave it out of the per-second figures.
    steady = per_second[1:] or per_second
    mean_fps = sum(steady) / len(steady) if steady else 0.0
    cpu_share = 100.0 * cpu / wall if wall > 0 else 0.0
    print(f"routine {args.routine}, {width}x{height}, {wall:.1f} s with the real clock")
    print(f"pacer frames: {pacer.paint_count} painted")
    print(
        f"fps: mean {mean_fps:.1f}, slowest second {min(steady, default=0)}, "
        f"fastest {max(steady, default=0)} (target >= {TARGET_FPS:.0f})"
    )
    print(f"cpu: {cpu:.2f} s of {wall:.1f} s = {cpu_share:.1f} % of one core "
          f"(target < {TARGET_CPU:.0f} %)")  # fmt: skip
    print(f"session state at the end: {state}")
    ok = mean_fps >= TARGET_FPS and cpu_share < TARGET_CPU
    print("OK" if ok else "BELOW TARGET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
