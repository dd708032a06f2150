"""When an injection's benefit wears off: the patient's own date, or an estimate.

CLINICAL.md section 6: the estimate is the first day on which the mean spasm level of the
7 days up to it lies 2 or more points above the cycle's best 14-day mean (the calmest
fortnight of the cycle). It is only ever shown labelled as an estimate, and a
wearing-off date the patient entered always wins over it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

#: Days in the rolling window that is compared with the best fortnight.
RECENT_DAYS = 7
#: Days in the window whose calmest mean is the cycle's best.
BEST_DAYS = 14
#: Points above the best fortnight that count as wearing off (CLINICAL.md sections 5, 6).
RISE = 2.0
#: Rated days a window needs before its mean is trusted: about half of it. Fewer ratings
#: would let one bad evening decide the estimate.
MIN_RATED_RECENT = 4
MIN_RATED_BEST = 7

# Levels are means of whole numbers; this keeps "exactly 2 points" from failing on float
# rounding in the window means.
_TOLERANCE = 1e-9


class Source(StrEnum):
    """Whose wearing-off day is shown."""

    PATIENT = "patient"  # the date the patient entered
    ESTIMATE = "estimate"  # the heuristic above


def window_means(
    levels: Sequence[float | None], window: int, min_rated: int
) -> list[float | None]:
    """Mean of the rated levels of the `window` days ending at each day (None if too few)."""
    means: list[float | None] = []
    total = 0.0
    count = 0
    for i, level in enumerate(levels):
        if level is not None:
            total += level
            count += 1
        if i >= window:
            old = levels[i - window]
            if old is not None:
                total -= old
                count -= 1
        full = i + 1 >= window
        means.append(total / count if full and count >= min_rated else None)
    return means


def recent_means(levels: Sequence[float | None]) -> list[float | None]:
    """The 7-day means the estimate compares; the cycle chart draws the same line."""
    # The first days of a cycle have no full week behind them yet: a shorter window with
    # at least half its days rated keeps the line from starting a week late.
    means: list[float | None] = []
    total = 0.0
    count = 0
    for i, level in enumerate(levels):
        if level is not None:
            total += level
            count += 1
        if i >= RECENT_DAYS:
            old = levels[i - RECENT_DAYS]
            if old is not None:
                total -= old
                count -= 1
        span = min(i + 1, RECENT_DAYS)
        means.append(total / count if count and 2 * count >= span else None)
    return means


@dataclass(frozen=True)
class Estimate:
    """The heuristic's answer for one cycle."""

    day: int  # days since the injection (day 0 is the injection)
    best_mean: float  # the cycle's best 14-day mean spasm
    best_end: int  # last day of that calmest fortnight
    recent_mean: float  # the 7-day mean on `day`, at least RISE above best_mean


def estimate_wearing_off(levels: Sequence[float | None]) -> Estimate | None:
    """The estimated wearing-off day of a cycle from its daily levels (index = cycle day).

    None while the cycle has no trusted fortnight yet, or has not risen 2 points above it.
    Only weeks wholly after the calmest fortnight are compared with it: the high days
    before the benefit starts are not wearing-off.
    """
    best = window_means(levels, BEST_DAYS, MIN_RATED_BEST)
    rated = [(mean, end) for end, mean in enumerate(best) if mean is not None]
    if not rated:
        return None
    best_mean, best_end = min(rated)  # the earliest of equally calm fortnights
    recent = window_means(levels, RECENT_DAYS, MIN_RATED_RECENT)
    for day in range(best_end + RECENT_DAYS, len(levels)):
        mean = recent[day]
        if mean is not None and mean - best_mean >= RISE - _TOLERANCE:
            return Estimate(day, best_mean, best_end, mean)
    return None


@dataclass(frozen=True)
class WearingOff:
    """The wearing-off day of one cycle, and whose it is."""

    injection_date: date
    estimate: Estimate | None
    noticed_day: int | None  # the patient's own date, as days since the injection

    @property
    def day(self) -> int | None:
        """The day to mark: the patient's own, else the estimate (None: neither)."""
        if self.noticed_day is not None:
            return self.noticed_day
        return self.estimate.day if self.estimate is not None else None

    @property
    def source(self) -> Source | None:
        """PATIENT when their date is used, ESTIMATE for the heuristic, None for neither."""
        if self.noticed_day is not None:
            return Source.PATIENT
        return Source.ESTIMATE if self.estimate is not None else None

    @property
    def date(self) -> date | None:
        """The calendar date of the marked day."""
        day = self.day
        return self.injection_date + timedelta(days=day) if day is not None else None


def cycle_wearing_off(
    injection_date: date, levels: Sequence[float | None], noticed: date | None = None
) -> WearingOff:
    """Wearing-off of one cycle: `levels` by cycle day, `noticed` the patient's own date.

    A noticed date before the injection (a typing slip) is ignored rather than drawn at a
    negative day.
    """
    noticed_day = (noticed - injection_date).days if noticed is not None else None
    if noticed_day is not None and noticed_day < 0:
        noticed_day = None
    return WearingOff(injection_date, estimate_wearing_off(levels), noticed_day)
