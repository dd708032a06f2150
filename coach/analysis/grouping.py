"""Records grouped by local calendar day, in one pass, so no figure loops days x records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coach.analysis.credit import session_credit
from coach.analysis.planning import KIND_INDEX
from coach.core.records import KINDS, History, SessionRecord, SessionStatus


@dataclass(frozen=True, slots=True)
class DailyRatings:
    """The spasm ratings of one day: symptom entries and pre-session ratings together."""

    total: int
    count: int

    @property
    def level(self) -> float:
        """The day's spasm level: the plain mean of its ratings."""
        return self.total / self.count


@dataclass(frozen=True)
class DayBook:
    """A history sorted into local days; in-progress sessions are left out."""

    credits: dict[date, list[float]]  # raw credits per kind (KINDS order)
    active_seconds: dict[date, list[int]]  # per kind
    ratings: dict[date, DailyRatings]
    sessions: tuple[tuple[date, SessionRecord], ...]  # finished sessions with their day
    first_day: date | None  # earliest session, symptom entry or injection day


def group_by_day(history: History) -> DayBook:
    """Sort every record into its own local day (the date in its stored offset)."""
    width = len(KINDS)
    credits: dict[date, list[float]] = {}
    seconds: dict[date, list[int]] = {}
    ratings: dict[date, list[int]] = {}
    sessions: list[tuple[date, SessionRecord]] = []
    for s in history.sessions:
        if s.status == SessionStatus.IN_PROGRESS:
            continue  # not finished: counts for nothing, not even the first day
        day = s.started_at.date()  # = s.day (local_day), without the per-call checks
        sessions.append((day, s))
        if day not in credits:
            credits[day] = [0.0] * width
            seconds[day] = [0] * width
        i = KIND_INDEX[s.kind]
        credits[day][i] += session_credit(s)
        seconds[day][i] += s.active_seconds
        # spasm_before is part of the day's level; spasm_after only of the effect.
        if s.spasm_before is not None:
            slot = ratings.setdefault(day, [0, 0])
            slot[0] += s.spasm_before
            slot[1] += 1
    symptom_days: list[date] = []
    for entry in history.symptoms:
        day = entry.recorded_at.date()
        symptom_days.append(day)
        slot = ratings.setdefault(day, [0, 0])
        slot[0] += entry.spasm
        slot[1] += 1
    firsts = [
        min(credits, default=None),
        min(symptom_days, default=None),
        min((i.date for i in history.injections), default=None),
    ]
    return DayBook(
        credits,
        seconds,
        {day: DailyRatings(total, count) for day, (total, count) in ratings.items()},
        tuple(sessions),
        min((d for d in firsts if d is not None), default=None),
    )
