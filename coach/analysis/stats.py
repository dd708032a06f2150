"""`coach stats --json`: every DESIGN.md figure for a period, as one plain dict."""

from __future__ import annotations

from datetime import date
from typing import Any

from coach.analysis.adherence import Totals, period_totals, weekly_figures
from coach.analysis.cycles import injection_cycles
from coach.analysis.effect import effect_by_routine
from coach.analysis.ledger import build_ledger
from coach.analysis.period import resolve_period
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
    period = resolve_period(history, start, end, today)
    ledger = build_ledger(history, period)
    total = period_totals(ledger)
    weeks = weekly_figures(ledger)

    by_kind: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        planned, credits, adherence = total.of(kind)
        by_kind[str(kind)] = {"planned": planned, "credits": credits, "adherence": adherence}

    # Days straight from the ledger's columns: 7,000+ of them on a long history.
    day_planned = map(sum, zip(*ledger.planned, strict=True))
    day_credits = map(sum, zip(*ledger.credits, strict=True))
    days = [
        {
            "date": ledger.day_at(i).isoformat(),
            "planned": planned,
            "credits": float(credits),
            "mean_spasm": ledger.level(i),
        }
        for i, (planned, credits) in enumerate(zip(day_planned, day_credits, strict=True))
    ]

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
        "days": days,
        "effect_by_routine": {
            rid: {"sessions": e.sessions, "mean_drop": e.mean_drop}
            for rid, e in effect_by_routine(ledger.sessions).items()
        },
        "goal_streak_weeks": goal_streak(weeks, period.end),
        "cycles": [
            {
                "injection_date": c.injection_date.isoformat(),
                "days": c.days,
                "mean_spasm": c.mean_spasm,
            }
            for c in injection_cycles((i.date for i in history.injections), ledger)
        ],
        # Added keys (DESIGN.md allows more): the period's mean spasm and the dose.
        "mean_spasm": ledger.mean_spasm(0, len(ledger)),
        "minutes_by_kind": _minutes_by_kind(total),
    }
