"""The period a figure covers: its first and last day, both included."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from coach.analysis.grouping import group_by_day
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
    return group_by_day(history).first_day


def resolve_period(
    first_day: date | None, start: date | None, end: date | None, today: date
) -> Period:
    """The period for `--from`/`--to` with their defaults (first record's day, today).

    Raises PeriodError when `start` (given) lies after `end` (given, or today). A
    defaulted start never turns the period around: with no records, or only records
    after `end`, the period is the single day `end`.
    """
    if end is None:
        end = today
    if start is None:
        start = end if first_day is None or first_day > end else first_day
    return Period(start, end)
