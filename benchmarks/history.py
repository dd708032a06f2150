"""Time the data paths on 20 years of demo history (not a test; prints figures).

    python benchmarks/history.py [--days 7300] [--seed 1] [--today 2026-11-26]

In a throw-away folder it generates the demo history, bulk-inserts it into a fresh data
folder, exports the four CSV files (`coach export`), imports them into a second fresh data
folder (`coach import`) and computes the `coach stats` figures over the whole history.
Targets: stats under 0.5 s, export and import under 5 s each.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coach.analysis.stats import compute_stats
from coach.demo import generate_history
from coach.store.database import Store
from coach.store.transfer import export_csv, import_path

T = TypeVar("T")

TARGETS = {"compute_stats": 0.5, "export_csv": 5.0, "import_path": 5.0}


def timed(label: str, action: Callable[[], T]) -> T:
    """Run `action` once and print how long it took, against its target if it has one."""
    began = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - began
    target = TARGETS.get(label)
    verdict = ""
    if target is not None:
        verdict = f"  (target < {target:g} s: {'ok' if seconds < target else 'MISSED'})"
    print(f"{label:<24} {seconds:8.3f} s{verdict}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=7300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 26))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="coach-bench-") as temp:
        root = Path(temp)
        print(f"{args.days} days of demo history (seed {args.seed}) up to {args.today}")
        history = timed(
            "generate_history", lambda: generate_history(args.days, args.seed, args.today)
        )
        print(
            f"{'records':<24} {len(history.sessions)} sessions, "
            f"{len(history.symptoms)} symptom entries, {len(history.injections)} injections, "
            f"{len(history.plan)} plan rows"
        )

        with Store.open(root / "first") as store:
            timed("add_history", lambda: store.add_history(history))
            timed("store.history", store.history)
            exported = timed("export_csv", lambda: export_csv(store, root / "csv"))
        size = sum(f.path.stat().st_size for f in exported.files)
        print(f"{'csv files':<24} {size / 1e6:.1f} MB in {len(exported.files)} files")

        with Store.open(root / "second") as fresh:
            summary = timed("import_path", lambda: import_path(fresh, root / "csv"))
            reloaded = fresh.history()
        print(f"{'imported':<24} {summary.added} records added")
        same = (
            reloaded.sessions == history.sessions
            and reloaded.symptoms == history.symptoms
            and reloaded.injections == history.injections
            and set(reloaded.plan) == set(history.plan)
        )
        print(f"{'round trip identical':<24} {same}")

        stats = timed("compute_stats", lambda: compute_stats(reloaded, None, None, args.today))
        print(
            f"{'stats':<24} adherence {stats['adherence']:.3f}, {len(stats['weeks'])} weeks, "
            f"{len(stats['days'])} days, {len(stats['cycles'])} cycles"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
