"""Adherence per day, week, kind and period: credits against planned, capped per kind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from coach.analysis.credit import finished, session_credit
from coach.analysis.ledger import Ledger, build_ledger
from coach.analysis.period import Period
from coach.analysis.planning import KIND_INDEX, PlanIndex
from coach.core.records import KINDS, History, Kind


def ratio(credits: float, planned: int) -> float | None:
    """min(credits, planned) / planned; None when nothing was planned."""
    return min(credits, planned) / planned if planned else None


@dataclass(frozen=True, slots=True)
class Totals:
    """Planned sessions, raw credits and active seconds per kind (KINDS order)."""

    planned: tuple[int, ...]
    credits: tuple[float, ...]
    active_seconds: tuple[int, ...]

    @property
    def planned_total(self) -> int:
        return sum(self.planned)

    @property
    def credits_total(self) -> float:
        """Raw credits over all kinds, not capped."""
        return float(sum(self.credits))

    @property
    def capped_total(self) -> float:
        """Sum over kinds of min(credits, planned): extra of one kind never fills another."""
        return float(sum(min(c, p) for c, p in zip(self.credits, self.planned, strict=True)))

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
        # Credits are multiples of 0.5, so these sums and 5 * capped are exact in floats.
        return 5 * self.capped_total >= 4 * planned

    def of(self, kind: Kind) -> tuple[int, float, float | None]:
        """(planned, raw credits, adherence) of one kind."""
        i = KIND_INDEX[kind]
        return self.planned[i], self.credits[i], ratio(self.credits[i], self.planned[i])

    def minutes(self, kind: Kind) -> float:
        """Minutes of active session time of one kind (the dose)."""
        return self.active_seconds[KIND_INDEX[kind]] / 60


def span_totals(ledger: Ledger, a: int, b: int) -> Totals:
    """Totals of the ledger's days a..b-1 (kinds kept apart, nothing capped)."""
    return Totals(
        tuple(sum(column[a:b]) for column in ledger.planned),
        tuple(float(sum(column[a:b])) for column in ledger.credits),
        tuple(sum(column[a:b]) for column in ledger.active_seconds),
    )


@dataclass(frozen=True, slots=True)
class DayFigures:
    """One local calendar day of a period."""

    day: date
    totals: Totals
    mean_spasm: float | None  # the daily spasm level


@dataclass(frozen=True, slots=True)
class WeekFigures:
    """One ISO week, counting only its days inside the period."""

    week_start: date  # the Monday, even when it lies before the period
    days_in_period: int
    totals: Totals
    mean_spasm: float | None  # mean of the daily levels of its days in the period

    @property
    def week_end(self) -> date:
        """The week's Sunday, even when it lies after the period."""
        return self.week_start + timedelta(days=6)


def daily_figures(ledger: Ledger) -> list[DayFigures]:
    """One DayFigures per day of the ledger's period, in order."""
    return [
        DayFigures(ledger.day_at(i), span_totals(ledger, i, i + 1), ledger.level(i))
        for i in range(len(ledger))
    ]


def week_spans(period: Period) -> list[tuple[date, int, int]]:
    """(Monday, a, b) for every ISO week touching the period; days a..b-1 are inside it."""
    spans: list[tuple[date, int, int]] = []
    n = period.length
    a = 0
    monday = period.start - timedelta(days=period.start.weekday())
    while a < n:
        b = min(n, (monday + timedelta(days=7) - period.start).days)
        spans.append((monday, a, b))
        a = b
        monday += timedelta(days=7)
    return spans


def weekly_figures(ledger: Ledger) -> list[WeekFigures]:
    """Every ISO week with a day in the period, in order, using only those days."""
    return [
        WeekFigures(monday, b - a, span_totals(ledger, a, b), ledger.mean_spasm(a, b))
        for monday, a, b in week_spans(ledger.period)
    ]


def period_totals(ledger: Ledger) -> Totals:
    """Totals of the whole period."""
    return span_totals(ledger, 0, len(ledger))


def period_figures(
    history: History, period: Period, plan: PlanIndex | None = None
) -> tuple[Totals, list[WeekFigures], list[DayFigures]]:
    """The period's totals, weeks and days in one go (for charts and the report)."""
    ledger = build_ledger(history, period, plan)
    return period_totals(ledger), weekly_figures(ledger), daily_figures(ledger)


@dataclass(frozen=True)
class DaySummary:
    """Planned sessions and raw credits per kind on one day, for the Today screen."""

    day: date
    planned: dict[Kind, int]
    credits: dict[Kind, float]

    def remaining(self, kind: Kind) -> float:
        """Sessions of `kind` still to do that day (never below 0)."""
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
