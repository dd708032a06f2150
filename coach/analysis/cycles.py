"""Injection cycles: from each injection date up to the day before the next one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from coach.analysis.ledger import Ledger


@dataclass(frozen=True)
class Cycle:
    """One injection cycle as seen from a period: only its days inside the period count."""

    injection_date: date  # day 0
    last_day: date  # the cycle's last day inside the period
    days: int
    mean_spasm: float | None


def injection_cycles(injection_dates: Iterable[date], ledger: Ledger) -> list[Cycle]:
    """The cycles whose injection date lies in the period, one per distinct date, in order.

    A cycle runs to the day before the next (later, distinct) injection date, or to the
    period's end for the last one.
    """
    period = ledger.period
    dates = sorted(set(injection_dates))
    cycles: list[Cycle] = []
    for i, start in enumerate(dates):
        if start not in period:
            continue
        last = dates[i + 1] - timedelta(days=1) if i + 1 < len(dates) else period.end
        last = min(last, period.end)
        a, b = ledger.index(start), ledger.index(last) + 1
        cycles.append(Cycle(start, last, b - a, ledger.mean_spasm(a, b)))
    return cycles


@dataclass(frozen=True)
class CyclePosition:
    """Where a day lies in its injection cycle."""

    injection_date: date
    day: int  # 0 on the injection date

    @property
    def week(self) -> int:
        """Week of the cycle, 1 for days 0-6 (the way patients count "week 5")."""
        return self.day // 7 + 1


def cycle_position(injection_dates: Iterable[date], day: date) -> CyclePosition | None:
    """The cycle `day` falls in (latest injection on or before it), or None before any."""
    latest = max((d for d in injection_dates if d <= day), default=None)
    if latest is None:
        return None
    return CyclePosition(latest, (day - latest).days)
