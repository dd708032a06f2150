"""A period's records laid out per day, in one pass, so no figure loops days x records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from coach.analysis.credit import finished, session_credit
from coach.analysis.period import Period
from coach.analysis.planning import KIND_INDEX, PlanIndex
from coach.analysis.spasm import mean_of_levels
from coach.core.records import KINDS, History, SessionRecord


@dataclass(frozen=True)
class Ledger:
    """Parallel per-day lists for a period; index 0 is period.start.

    Per kind (KINDS order): planned sessions, raw credits, active seconds. Per day: the
    sum and count of its spasm ratings (symptom entries and spasm_before; never
    spasm_after). In-progress sessions are left out everywhere.
    """

    period: Period
    planned: tuple[list[int], ...]
    credits: tuple[list[float], ...]
    active_seconds: tuple[list[int], ...]
    rating_total: list[int]
    rating_count: list[int]
    sessions: tuple[SessionRecord, ...]  # finished sessions whose day is in the period

    def __len__(self) -> int:
        return len(self.rating_count)

    def index(self, day: date) -> int:
        """Position of a day of the period in the lists."""
        return (day - self.period.start).days

    def day_at(self, i: int) -> date:
        return self.period.start + timedelta(days=i)

    def level(self, i: int) -> float | None:
        """The daily spasm level of day i, None without a rating."""
        count = self.rating_count[i]
        return self.rating_total[i] / count if count else None

    def mean_spasm(self, a: int, b: int) -> float | None:
        """Mean of the daily levels of days a..b-1 (each day with a level once)."""
        return mean_of_levels(zip(self.rating_total[a:b], self.rating_count[a:b], strict=True))


def build_ledger(history: History, period: Period, plan: PlanIndex | None = None) -> Ledger:
    """Sort a history's records into the days of `period` (each by its own local day)."""
    plan = plan if plan is not None else PlanIndex.from_history(history)
    n = period.length
    origin = period.start.toordinal()
    credits = tuple([0.0] * n for _ in KINDS)
    seconds = tuple([0] * n for _ in KINDS)
    totals = [0] * n
    counts = [0] * n
    inside: list[SessionRecord] = []
    # toordinal() of an aware datetime is that of its local date: the record's own day.
    for s in finished(history.sessions):
        i = s.started_at.toordinal() - origin
        if not 0 <= i < n:
            continue
        inside.append(s)
        k = KIND_INDEX[s.kind]
        credits[k][i] += session_credit(s)
        seconds[k][i] += s.active_seconds
        if s.spasm_before is not None:
            totals[i] += s.spasm_before
            counts[i] += 1
    for e in history.symptoms:
        i = e.recorded_at.toordinal() - origin
        if 0 <= i < n:
            totals[i] += e.spasm
            counts[i] += 1
    planned = plan.planned_columns(period.start, period.end)
    return Ledger(period, planned, credits, seconds, totals, counts, tuple(inside))
