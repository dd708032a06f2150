"""The period a figure covers: its first and last day, both included."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from coach.analysis.credit import finished
from coach.core.records import History


class PeriodError(ValueError):
    """A period whose first day lies after its last day."""


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise PeriodError(
                f"the period starts on {self.start.isoformat()}, "
                f"after its last day {self.end.isoformat()}"
            )

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @property
    def length(self) -> int:
        """Number of days in the period."""
        return (self.end - self.start).days + 1

    def days(self) -> Iterator[date]:
        """Every day of the period in order."""
        one = timedelta(days=1)
        day = self.start
        while day <= self.end:
            yield day
            day += one


def first_record_day(history: History) -> date | None:
    """The earliest day of a finished session, symptom entry or injection (not plan rows)."""
    # toordinal() of an aware datetime is that of its local date: the record's own day.
    firsts = [
        min((s.started_at.toordinal() for s in finished(history.sessions)), default=None),
        min((e.recorded_at.toordinal() for e in history.symptoms), default=None),
        min((i.date.toordinal() for i in history.injections), default=None),
    ]
    first = min((f for f in firsts if f is not None), default=None)
    return date.fromordinal(first) if first is not None else None


def resolve_period(
    history: History, start: date | None, end: date | None, today: date
) -> Period:
    """The period for `--from`/`--to` with their defaults (first record's day, today).

    Raises PeriodError when `start` (given) lies after `end` (given, or today). A
    defaulted start never turns the period around: with no records, or only records
    after `end`, the period is the single day `end`.
    """
    if end is None:
        end = today
    if start is None:
        first = first_record_day(history)
        start = end if first is None or first > end else first
    return Period(start, end)
