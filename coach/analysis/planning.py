"""Planned sessions per day and kind, from the plan's history and the injection-day rule."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date, timedelta

from coach.core.records import KINDS, History, Kind, PlanRow

#: Kinds that are not planned on the day of an injection (DESIGN.md definitions).
REST_ON_INJECTION_DAY: frozenset[Kind] = frozenset({Kind.STRETCH, Kind.HEAT})

#: Position of each kind in the per-kind tuples analysis passes around.
KIND_INDEX: dict[Kind, int] = {kind: i for i, kind in enumerate(KINDS)}


class PlanIndex:
    """Answers "how many sessions of this kind were planned on this day?" in O(log rows).

    For each kind the row in force on a day is the one with the latest valid_from on or
    before it. Two rows of one kind with the same valid_from: the later one in the input
    wins (the store keeps one per day and kind, so this only settles hand-made data).
    """

    __slots__ = ("_rows", "_starts", "injection_days")

    def __init__(self, plan: Iterable[PlanRow], injection_days: Iterable[date] = ()) -> None:
        by_kind: dict[Kind, list[PlanRow]] = {kind: [] for kind in KINDS}
        for row in plan:
            by_kind[Kind(row.kind)].append(row)
        # sorted() is stable, so among equal valid_from the last given stays last.
        self._rows: dict[Kind, tuple[PlanRow, ...]] = {
            kind: tuple(sorted(rows, key=lambda r: r.valid_from))
            for kind, rows in by_kind.items()
        }
        self._starts: dict[Kind, tuple[date, ...]] = {
            kind: tuple(r.valid_from for r in rows) for kind, rows in self._rows.items()
        }
        self.injection_days: frozenset[date] = frozenset(injection_days)

    @classmethod
    def from_history(cls, history: History) -> PlanIndex:
        """The index for a history's plan rows and injection dates."""
        return cls(history.plan, (i.date for i in history.injections))

    def row_in_force(self, kind: Kind, day: date) -> PlanRow | None:
        """The plan row for `kind` that holds on `day`, or None before the first one."""
        i = bisect_right(self._starts[kind], day)
        return self._rows[kind][i - 1] if i else None

    def planned(self, kind: Kind, day: date) -> int:
        """Sessions of `kind` planned on `day`, injection-day rule included."""
        if kind in REST_ON_INJECTION_DAY and day in self.injection_days:
            return 0
        row = self.row_in_force(kind, day)
        return row.planned_on(day) if row is not None else 0

    def planned_by_kind(self, day: date) -> tuple[int, ...]:
        """Sessions planned on `day`, one number per kind in KINDS order."""
        return tuple(self.planned(kind, day) for kind in KINDS)

    def planned_range(self, start: date, end: date) -> list[tuple[int, ...]]:
        """planned_by_kind for every day from start to end inclusive, in one sweep."""
        length = (end - start).days + 1
        if length <= 0:
            return []
        per_kind = [self._sweep(kind, start, length) for kind in KINDS]
        return list(zip(*per_kind, strict=True))

    def _sweep(self, kind: Kind, start: date, length: int) -> list[int]:
        rows, starts = self._rows[kind], self._starts[kind]
        i = bisect_right(starts, start) - 1  # index of the row in force, -1 for none
        rest = kind in REST_ON_INJECTION_DAY
        out: list[int] = []
        day = start
        one = timedelta(days=1)
        weekday = start.weekday()
        for _ in range(length):
            while i + 1 < len(starts) and starts[i + 1] <= day:
                i += 1
            if i < 0 or (rest and day in self.injection_days):
                out.append(0)
            else:
                row = rows[i]
                out.append(row.times_per_day if weekday in row.weekdays else 0)
            day += one
            weekday = (weekday + 1) % 7
        return out
