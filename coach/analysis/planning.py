"""Planned sessions per day and kind, from the plan's history and the injection-day rule."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date

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
        """planned_by_kind for every day from start to end inclusive."""
        return list(zip(*self.planned_columns(start, end), strict=True))

    def planned_columns(self, start: date, end: date) -> tuple[list[int], ...]:
        """Per kind (KINDS order), the sessions planned each day from start to end."""
        length = max(0, (end - start).days + 1)
        return tuple(self._sweep(kind, start, length) for kind in KINDS)

    def _sweep(self, kind: Kind, start: date, length: int) -> list[int]:
        """Planned sessions of one kind per day, filled a plan row's stretch at a time."""
        rows, starts = self._rows[kind], self._starts[kind]
        out: list[int] = []
        first = bisect_right(starts, start) - 1  # the row in force on `start`, -1 for none
        origin = start.toordinal()
        for i in range(first, len(rows)):
            # Days a..b-1 of the range are governed by row i (or by none when i == -1).
            a = len(out)
            b = length
            if i + 1 < len(rows):
                b = min(length, starts[i + 1].toordinal() - origin)
            if b <= a:
                continue
            if i < 0:
                out.extend([0] * (b - a))
                continue
            row = rows[i]
            week = [row.times_per_day if d in row.weekdays else 0 for d in range(7)]
            lead = (start.weekday() + a) % 7
            pattern = week[lead:] + week[:lead]
            out.extend((pattern * ((b - a) // 7 + 1))[: b - a])
        if kind in REST_ON_INJECTION_DAY:
            for day in self.injection_days:
                i = day.toordinal() - origin
                if 0 <= i < length:
                    out[i] = 0
        return out
