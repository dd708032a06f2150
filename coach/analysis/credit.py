"""Session credit: how much one finished session counts towards the plan."""

from __future__ import annotations

from collections.abc import Iterable

from coach.core.records import SessionRecord, SessionStatus


def is_finished(session: SessionRecord) -> bool:
    """False for a session still in progress; analysis ignores those entirely."""
    return session.status != SessionStatus.IN_PROGRESS


def finished(sessions: Iterable[SessionRecord]) -> list[SessionRecord]:
    """The sessions analysis counts: every one except those still in progress."""
    return [s for s in sessions if s.status != SessionStatus.IN_PROGRESS]


def session_credit(session: SessionRecord) -> float:
    """1 if at least 80% of the steps were done, else 0.5 if at least one, else 0."""
    # Integers, so the 80% line is exact by construction rather than by float luck.
    if 5 * session.steps_done >= 4 * session.steps_total:
        return 1.0
    if session.steps_done >= 1:
        return 0.5
    return 0.0
