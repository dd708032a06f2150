"""Render every screen offscreen to PNG files, to look at them (not a test).

    python benchmarks/screens.py /tmp/shots [--sizes 1024x700,1600x1000]

For each screen, colour scheme (light, dark), text scale (100%, 200%) and window size it
writes `<screen>-<state>-<scheme>-<scale>-<WxH>.png` of the whole window, plus
`...-page.png` showing the screen's full scrolled page (to spot anything clipped). The data
is a small made-up day in a throw-away data folder. Prints the files it wrote and how long
each render took.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from uuid import uuid4

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QScrollArea

from coach.core.records import (
    Injection,
    Kind,
    PlanRow,
    SessionRecord,
    SessionStatus,
    SymptomEntry,
)
from coach.store.database import Store
from coach.ui import theme
from coach.ui.app import application
from coach.ui.main_window import MainWindow


def _at(now: datetime, hour: int, minute: int) -> datetime:
    return now.replace(hour=hour, minute=minute, second=0, microsecond=0)


def fill_typical_day(store: Store, now: datetime) -> None:
    """A plan in force and a morning's worth of records."""
    start = now.date() - timedelta(days=30)
    every_day = frozenset(range(7))
    store.add_plan_row(PlanRow(start, Kind.STRETCH, 2, every_day, ("08:30", "18:00")))
    store.add_plan_row(PlanRow(start, Kind.HEAT, 1, every_day, ("20:00",)))
    store.add_plan_row(PlanRow(start, Kind.BREATHING, 1, every_day, ("13:00",)))
    store.add_plan_row(PlanRow(start, Kind.RELAXATION, 1, every_day, ("21:30",)))
    store.add_symptom(SymptomEntry(str(uuid4()), _at(now, 7, 40), 6, pain=5))
    store.add_session(
        SessionRecord(
            str(uuid4()),
            "neck-basics",
            "Neck basics",
            Kind.STRETCH,
            _at(now, 8, 15),
            600,
            590,
            8,
            8,
            SessionStatus.COMPLETED,
            spasm_before=6,
            spasm_after=4,
        )
    )
    store.add_session(
        SessionRecord(
            str(uuid4()),
            "box-breathing",
            "Slow breathing",
            Kind.BREATHING,
            _at(now, 9, 5),
            300,
            120,
            2,
            6,
            SessionStatus.PARTIAL,
            spasm_before=5,
        )
    )
    store.add_symptom(SymptomEntry(str(uuid4()), _at(now, 9, 40), 4))


def fill_injection_day(store: Store, now: datetime) -> None:
    """The same plan on the day of an injection."""
    fill_typical_day(store, now)
    store.add_injection(Injection(str(uuid4()), now.date(), product="Botox", units=200))


SCENARIOS = {
    "empty": lambda store, now: None,
    "typical": fill_typical_day,
    "injection": fill_injection_day,
}


def render(out: Path, sizes: list[tuple[int, int]], scenarios: list[str]) -> list[Path]:
    """Write the PNG files; returns their paths."""
    app = application()
    written: list[Path] = []
    now = datetime.now().astimezone()
    for scenario in scenarios:
        with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp)) as store:
            SCENARIOS[scenario](store, now)
            window = MainWindow(store)
            window.show()
            for mode in (theme.ColourMode.LIGHT, theme.ColourMode.DARK):
                for scale in (1.0, 2.0):
                    theme.apply_theme(app, mode, scale)
                    for width, height in sizes:
                        window.resize(width, height)
                        states = ["plain"]
                        if scenario == "typical":
                            states += ["chosen", "saved"]
                        for state in states:
                            today = window.screen("today")
                            today.rating.setValue(None if state == "plain" else 4)
                            today.refresh()
                            if state == "saved":
                                today.save_rating()
                            for _ in range(3):
                                QCoreApplication.processEvents()
                            name = f"today-{scenario}-{state}-{mode.value}-{int(scale * 100)}"
                            name += f"-{width}x{height}"
                            started = time.perf_counter()
                            path = out / f"{name}.png"
                            window.grab().save(str(path))
                            page = today.findChild(QScrollArea).widget()
                            page_path = out / f"{name}-page.png"
                            page.grab().save(str(page_path))
                            took = (time.perf_counter() - started) * 1000
                            print(f"{path}  ({took:.0f} ms)")
                            written += [path, page_path]
                            if state == "saved":  # leave the data as it was
                                store.delete_symptom(today.entry_rows[0].record_id)
            window.close()
            window.deleteLater()
            QCoreApplication.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--sizes", default="1024x700,1600x1000", help="e.g. 1024x700,1600x1000")
    parser.add_argument(
        "--scenarios", default=",".join(SCENARIOS), help=f"some of {', '.join(SCENARIOS)}"
    )
    args = parser.parse_args(argv)
    sizes = [tuple(int(n) for n in s.split("x")) for s in args.sizes.split(",")]
    args.out.mkdir(parents=True, exist_ok=True)
    written = render(args.out, sizes, args.scenarios.split(","))
    print(f"{len(written)} files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
