"""How fast the Progress screen builds, draws and switches ranges (prints figures; no test).

    python benchmarks/progress.py [DATA_DIR] [--shots OUT_DIR]

DATA_DIR defaults to /tmp/demo7300; make it with
`python -m coach --data-dir /tmp/demo7300 demo --days 7300` (20 years). The folder is
copied to a temporary place first, so the run writes nothing into it.

Prints, in milliseconds (best of several runs, and the median): importing the screen
(pyqtgraph included; paid once, on first opening Progress), reading the diary, computing
the series, building the screen and its first draw (all at once, and staged as the app
does it: the part in sight first), opening it with the read on a worker thread,
re-opening it with unchanged data, and each range switch; then the peak resident memory
(ru_maxrss) and the machine's load, since shared machines make every figure noisy.

`--shots` also renders the screen to PNG files in light and dark, at 100% and 200% text,
at 1024x700 and 1600x1000, both as the window shows it and as a whole page:
`progress-<name>-<scheme>-<scale>-<WxH>[-page].png`, for an empty diary, `--small`
(default /tmp/demo90) and DATA_DIR.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from coach.store.database import Store
from coach.ui import theme
from coach.ui.app import application


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def _line(label: str, times: list[float]) -> None:
    """One figure: the best of the runs (the machine's own speed) and their median."""
    times = sorted(times)
    best, median = times[0], times[len(times) // 2]
    runs = f"(median {_ms(median).strip()}, {len(times)} runs)" if len(times) > 1 else ""
    print(f"{label:<40}{_ms(best)} {runs}")


def _draw(widget) -> None:
    """Paint now, as the first frame on screen would."""
    widget.repaint()
    QApplication.processEvents()


def _timed(action, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        action()
        times.append(time.perf_counter() - t)
    return times


def measure(data_dir: Path, size: tuple[int, int] = (1280, 900), runs: int = 5) -> None:
    """Print the timings for the diary in data_dir."""
    app = application()
    theme.apply_theme(app, theme.ColourMode.LIGHT, 1.0)
    t = time.perf_counter()
    from coach.analysis.series import build_progress
    from coach.ui.progress_charts import ChartRange
    from coach.ui.progress_view import ProgressView

    _line("import screen + pyqtgraph (once)", [time.perf_counter() - t])
    with Store.open(data_dir, daily_backup=False) as store:
        history = store.history()
        progress = build_progress(history, date.today())
        print(
            f"diary: {len(history.sessions)} sessions, {len(history.symptoms)} ratings, "
            f"{len(history.injections)} injections, {len(progress.days)} days"
        )
        _line("read the diary (Store.history)", _timed(store.history, 3))
        _line("compute the series", _timed(lambda: build_progress(history, date.today()), 3))

        views = []

        def build() -> None:
            view = ProgressView(store, background=False)
            view.resize(*size)
            view.show()
            _draw(view)
            views.append(view)

        def first_draw() -> None:
            views[-1].show_progress(progress)
            _draw(views[-1])

        def close_last() -> None:
            views.pop().close()
            QApplication.processEvents()

        t = time.perf_counter()
        build()
        first_draw()
        _line("first opening: build + draw (cold)", [time.perf_counter() - t])
        close_last()
        builds, draws, both = [], [], []
        for _ in range(runs):
            builds += _timed(build, 1)
            draws += _timed(first_draw, 1)
            both.append(builds[-1] + draws[-1])
            close_last()
        _line("build the screen (no data yet)", builds)
        _line("draw the series, first time", draws)
        _line("build + first draw", both)

        # As the app draws: the part in sight first, the cards below on the next turn.
        firsts, rests = [], []
        for _ in range(runs):
            build()
            t = time.perf_counter()
            views[-1].show_progress(progress, staged=True)
            views[-1].repaint()  # the frame painted before the deferred cards are built
            firsts.append(time.perf_counter() - t)
            t = time.perf_counter()
            QApplication.processEvents()
            _draw(views[-1])
            rests.append(time.perf_counter() - t)
            close_last()
        _line("staged: tiles + main chart drawn", firsts)
        _line("staged: then the cards below", rests)

        # As the app does it: the read runs on a worker thread, the window stays live.
        view = ProgressView(store)
        view.resize(*size)
        view.show()
        _draw(view)
        t = time.perf_counter()
        view.refresh()
        blocked = time.perf_counter() - t
        while view.progress is None:
            QApplication.processEvents()
            time.sleep(0.001)  # a benchmark, not a test: let the worker have the GIL
        _draw(view)
        _line("open, worker read: UI thread blocked", [blocked])
        _line("  ... until the charts are drawn", [time.perf_counter() - t])

        def reopen() -> None:
            view.refresh()  # nothing changed: nothing recomputed
            _draw(view)

        _line("re-open with unchanged data", _timed(reopen, runs))
        switches: dict[ChartRange, list[float]] = {c: [] for c in ChartRange}
        for _ in range(runs):
            for choice in ChartRange:
                t = time.perf_counter()
                view.set_range(choice)
                _draw(view)
                switches[choice].append(time.perf_counter() - t)
        for choice, times in switches.items():
            _line(f"switch to {choice}", times)
        view.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{'peak memory (ru_maxrss)':<40}{peak / 1024:7.1f} MB")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


MODES = (theme.ColourMode.LIGHT, theme.ColourMode.DARK)
SCALES = (1.0, 2.0)
SIZES = ((1024, 700), (1600, 1000))


def shots(
    out: Path,
    diaries: dict[str, Path | None],
    modes: tuple[theme.ColourMode, ...] = MODES,
    scales: tuple[float, ...] = SCALES,
    sizes: tuple[tuple[int, int], ...] = SIZES,
) -> list[Path]:
    """Render the screen for each diary, scheme, text size and window size."""
    app = application()
    from coach.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, source in diaries.items():
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "data"
            if source is not None:
                shutil.copytree(source, folder)
            with Store.open(folder, daily_backup=False) as store:
                for mode in modes:
                    for scale in scales:
                        theme.apply_theme(app, mode, scale)
                        for w, h in sizes:
                            window = MainWindow(store)
                            window.resize(w, h)
                            window.show()
                            window.show_screen("progress")
                            screen = window.current_screen()
                            while screen.progress is None:  # the worker's read
                                app.processEvents()
                            for _ in range(10):
                                app.processEvents()
                            stem = f"progress-{name}-{mode.value}-{round(scale * 100)}-{w}x{h}"
                            window.grab().save(str(out / f"{stem}.png"))
                            page = window.current_screen()._scroll.widget()
                            page.grab().save(str(out / f"{stem}-page.png"))
                            written += [out / f"{stem}.png", out / f"{stem}-page.png"]
                            window.close()
                            window.deleteLater()
                            app.processEvents()
    theme.apply_theme(app, theme.ColourMode.LIGHT, 1.0)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default="/tmp/demo7300", type=Path)
    parser.add_argument("--shots", type=Path, metavar="OUT_DIR")
    parser.add_argument("--small", type=Path, default=Path("/tmp/demo90"), metavar="DIR")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "data"
        shutil.copytree(args.data_dir, copy)
        measure(copy)
    if args.shots:
        diaries = {"empty": None, "90days": args.small, "20years": args.data_dir}
        for path in shots(args.shots, diaries):
            print(path)


if __name__ == "__main__":
    main()
