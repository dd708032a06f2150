"""`coach stats --json`: every DESIGN.md figure for a period, as one plain dict."""

from __future__ import annotations

from datetime import date
from typing import Any

from coach.analysis.adherence import Totals, add_up, daily_figures, weekly_figures
from coach.analysis.cycles import injection_cycles
from coach.analysis.effect import effect_by_routine
from coach.analysis.grouping import group_by_day
from coach.analysis.period import resolve_period
from coach.analysis.planning import PlanIndex
from coach.analysis.spasm import mean_of_days
from coach.analysis.streak import goal_streak
from coach.core.records import KINDS, History


def _minutes_by_kind(totals: Totals) -> dict[str, float]:
    return {str(kind): totals.minutes(kind) for kind in KINDS}


def compute_stats(
    history: History, start: date | None, end: date | None, today: date
) -> dict[str, Any]:
    """The stats JSON shape of DESIGN.md for the period from `start` to `end` inclusive.

    Defaults: start = the first record's day, end = today. Raises period.PeriodError
    when start lies after end; the caller reports that as bad input. Numbers are not
    rounded; means are None where there is no rating.
    """
    book = group_by_day(history)
    period = resolve_period(book.first_day, start, end, today)
    plan = PlanIndex.from_history(history)
    days = daily_figures(history, period, plan, book)
    weeks = weekly_figures(days)
    total = add_up(d.totals for d in days)

    by_kind: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        planned, credits, adherence = total.of(kind)
        by_kind[str(kind)] = {"planned": planned, "credits": credits, "adherence": adherence}

    return {
        "from": period.start.isoformat(),
        "to": period.end.isoformat(),
        "adherence": total.adherence,
        "planned": total.planned_total,
        "credits": total.credits_total,
        "by_kind": by_kind,
        "weeks": [
            {
                "week_start": w.week_start.isoformat(),
                "planned": w.totals.planned_total,
                "credits": w.totals.credits_total,
                "adherence": w.totals.adherence,
                "mean_spasm": w.mean_spasm,
                "minutes_by_kind": _minutes_by_kind(w.totals),
            }
            for w in weeks
        ],
        "days": [
            {
                "date": d.day.isoformat(),
                "planned": d.totals.planned_total,
                "credits": d.totals.credits_total,
                "mean_spasm": d.mean_spasm,
            }
            for d in days
        ],
        "effect_by_routine": {
            rid: {"sessions": e.sessions, "mean_drop": e.mean_drop}
            for rid, e in effect_by_routine(history, period, book).items()
        },
        "goal_streak_weeks": goal_streak(weeks, period.end),
        "cycles": [
            {
                "injection_date": c.injection_date.isoformat(),
                "days": c.days,
                "mean_spasm": c.mean_spasm,
            }
            for c in injection_cycles((i.date for i in history.injections), period, book.ratings)
        ],
        # Added keys (DESIGN.md allows more): the period's mean spasm and the dose.
        "mean_spasm": mean_of_days(d.ratings for d in days),
        "minutes_by_kind": _minutes_by_kind(total),
    }
