"""Daily spasm level, and means of daily levels over weeks, cycles and periods."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from math import lcm

from coach.analysis.grouping import DailyRatings, group_by_day
from coach.core.records import History


def daily_levels(history: History) -> dict[date, float]:
    """Daily spasm level (mean of symptom spasm and spasm_before ratings), by day in order.

    Days without any rating are absent.
    """
    ratings = group_by_day(history).ratings
    return {day: ratings[day].level for day in sorted(ratings)}


def mean_of_days(ratings: Iterable[DailyRatings | None]) -> float | None:
    """Mean of the daily levels given (None entries are days without a rating).

    Computed over a common denominator in integers, so the result is the true mean
    rounded once, however many days.
    """
    days = [r for r in ratings if r is not None]
    if not days:
        return None
    common = lcm(*{r.count for r in days})
    numerator = sum(r.total * (common // r.count) for r in days)
    return numerator / (common * len(days))  # int / int: correctly rounded
