"""Goal streak: consecutive adherent weeks, counted back from the last complete week."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from coach.analysis.adherence import WeekFigures


def goal_streak(weeks: Sequence[WeekFigures], end: date) -> int:
    """Weeks in a row with adherence >= 0.8, back from the last week whose Sunday <= end.

    Weeks with nothing planned (rest weeks, injection weeks without breathing...) are
    passed over; the first week below 0.8 ends the count. Only the weeks given exist:
    nothing before the period's first week is looked at.
    """
    streak = 0
    for week in reversed(weeks):
        if week.week_end > end:
            continue  # still running: it cannot break nor extend the streak yet
        meets = week.totals.meets_goal
        if meets is None:
            continue
        if not meets:
            break
        streak += 1
    return streak
