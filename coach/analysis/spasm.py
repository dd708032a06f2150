"""Daily spasm level, and means of daily levels over weeks, cycles and periods."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from math import lcm

from coach.analysis.credit import finished
from coach.core.records import History


def daily_levels(history: History) -> dict[date, float]:
    """Daily spasm level for every day with a rating, in day order.

    The level is the mean of the day's symptom-entry spasm ratings and its sessions'
    spasm_before ratings, each counted once; spasm_after never counts here.
    """
    sums: dict[date, list[int]] = {}
    for e in history.symptoms:
        slot = sums.setdefault(e.day, [0, 0])
        slot[0] += e.spasm
        slot[1] += 1
    for s in finished(history.sessions):
        if s.spasm_before is not None:
            slot = sums.setdefault(s.day, [0, 0])
            slot[0] += s.spasm_before
            slot[1] += 1
    return {day: sums[day][0] / sums[day][1] for day in sorted(sums)}


def mean_of_levels(days: Iterable[tuple[int, int]]) -> float | None:
    """Mean of daily levels given as (sum, count) of each day's ratings; count 0 = no level.

    Computed over a common denominator in integers, so the result is the true mean
    rounded once, however many days. None when no day has a level.
    """
    rated = [(total, count) for total, count in days if count]
    if not rated:
        return None
    common = lcm(*{count for _, count in rated})
    numerator = sum(total * (common // count) for total, count in rated)
    return numerator / (common * len(rated))  # int / int: correctly rounded
