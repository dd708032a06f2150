"""Adherence per day, week, kind and period: credits against planned, capped per kind."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from coach.analysis.credit import finished, session_credit
from coach.analysis.grouping import DailyRatings, DayBook, group_by_day
from coach.analysis.period import Period
from coach.analysis.planning import KIND_INDEX, PlanIndex
from coach.analysis.spasm import mean_of_days
from coach.core.records import KINDS, History, Kind

_ZERO_INTS: tuple[int, ...] = (0,) * len(KINDS)
_ZERO_FLOATS: tuple[float, ...] = (0.0,) * len(KINDS)


def ratio(credits: float, planned: int) -> float | None:
    """min(credits, planned) / planned; None when nothing was planned."""
    return min(credits, planned) / planned if planned else None


@dataclass(frozen=True, slots=True)
class Totals:
    """Planned sessions, raw credits and active seconds per kind (KINDS order)."""

    planned: tuple[int, ...] = _ZERO_INTS
    credits: tuple[float, ...] = _ZERO_FLOATS
    active_seconds: tuple[int, ...] = _ZERO_INTS

    @property
    def planned_total(self) -> int:
        return sum(self.planned)

    @property
    def credits_total(self) -> float:
        """Raw credits over all kinds, not capped."""
        return sum(self.credits)

    @property
    def capped_total(self) -> float:
        """Sum over kinds of min(credits, planned): extra of one kind never fills another."""
        return sum(min(c, p) for c, p in zip(self.credits, self.planned, strict=True))

    @property
    def adherence(self) -> float | None:
        """Capped credits / planned; None when nothing was planned."""
        planned = self.planned_total
        return self.capped_total / planned if planned else None

    @property
    def meets_goal(self) -> bool | None:
        """Adherence >= 0.8, compared exactly; None when nothing was planned."""
        planned = self.planned_total
        if not planned:
            return None
        # Credits are multiples of 0.5, so 5 * capped is exact in floats.
        return 5 * self.capped_total >= 4 * planned

    def of(self, kind: Kind) -> tuple[int, float, float | None]:
        """(planned, raw credits, adherence) of one kind."""
        i = KIND_INDEX[kind]
        return self.planned[i], self.credits[i], ratio(self.credits[i], self.planned[i])

    def minutes(self, kind: Kind) -> float:
        """Minutes of active session time of one kind (the dose)."""
        return self.active_seconds[KIND_INDEX[kind]] / 60


def add_up(items: Iterable[Totals]) -> Totals:
    """The totals of several days or weeks (kinds kept apart, nothing capped)."""
    planned = [0] * len(KINDS)
    credits = [0.0] * len(KINDS)
    seconds = [0] * len(KINDS)
    for t in items:
        for i, (p, c, a) in enumerate(zip(t.planned, t.credits, t.active_seconds, strict=True)):
            planned[i] += p
            credits[i] += c
            seconds[i] += a
    return Totals(tuple(planned), tuple(credits), tuple(seconds))


@dataclass(frozen=True, slots=True)
class DayFigures:
    """One local calendar day: per-kind totals and its spasm ratings (None if none)."""

    day: date
    totals: Totals
    ratings: DailyRatings | None = None

    @property
    def mean_spasm(self) -> float | None:
        """The day's spasm level."""
        return self.ratings.level if self.ratings is not None else None


@dataclass(frozen=True, slots=True)
class WeekFigures:
    """One ISO week, counting only its days inside the period."""

    week_start: date  # the Monday, even when it lies before the period
    days: tuple[DayFigures, ...]
    totals: Totals

    @property
    def week_end(self) -> date:
        """The week's Sunday, even when it lies after the period."""
        return self.week_start + timedelta(days=6)

    @property
    def mean_spasm(self) -> float | None:
        """Mean of the daily levels of the week's days in the period."""
        return mean_of_days(d.ratings for d in self.days)


def daily_figures(
    history: History,
    period: Period,
    plan: PlanIndex | None = None,
    book: DayBook | None = None,
) -> list[DayFigures]:
    """One DayFigures per day of the period, in order (pass plan/book to reuse them)."""
    plan = plan if plan is not None else PlanIndex.from_history(history)
    book = book if book is not None else group_by_day(history)
    no_credits, no_seconds = _ZERO_FLOATS, _ZERO_INTS
    credits, seconds, ratings = book.credits, book.active_seconds, book.ratings
    planned = plan.planned_range(period.start, period.end)
    out: list[DayFigures] = []
    for day, day_planned in zip(period.days(), planned, strict=True):
        got = credits.get(day)
        totals = (
            Totals(day_planned, tuple(got), tuple(seconds[day]))
            if got is not None
            else Totals(day_planned, no_credits, no_seconds)
        )
        out.append(DayFigures(day, totals, ratings.get(day)))
    return out


def weekly_figures(days: Iterable[DayFigures]) -> list[WeekFigures]:
    """Group days (in order) into ISO weeks, Monday first."""
    grouped: dict[date, list[DayFigures]] = {}
    for figures in days:
        monday = figures.day - timedelta(days=figures.day.weekday())
        week = grouped.get(monday)
        if week is None:
            grouped[monday] = [figures]
        else:
            week.append(figures)
    return [
        WeekFigures(monday, tuple(week), add_up(d.totals for d in week))
        for monday, week in grouped.items()
    ]


@dataclass(frozen=True)
class DaySummary:
    """Planned sessions and raw credits per kind on one day, for the Today screen."""

    day: date
    planned: dict[Kind, int]
    credits: dict[Kind, float]

    def remaining(self, kind: Kind) -> float:
        """Sessions of `kind` still to do today (never below 0)."""
        return max(0.0, self.planned[kind] - self.credits[kind])


def day_summary(history: History, day: date, plan: PlanIndex | None = None) -> DaySummary:
    """Per-kind planned sessions and raw credits for one local day."""
    plan = plan if plan is not None else PlanIndex.from_history(history)
    credits = dict.fromkeys(KINDS, 0.0)
    for session in finished(history.sessions):
        if session.day == day:
            credits[Kind(session.kind)] += session_credit(session)
    planned = plan.planned_by_kind(day)
    return DaySummary(day, {kind: planned[i] for i, kind in enumerate(KINDS)}, credits)
