"""Before/after effect of each routine: how much the spasm rating drops over a session."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coach.analysis.credit import finished
from coach.analysis.period import Period
from coach.core.records import SessionRecord


@dataclass(frozen=True)
class Effect:
    """Sessions of one routine rated before and after, and their mean drop in spasm."""

    routine_id: str
    sessions: int
    mean_drop: float  # mean of spasm_before - spasm_after; positive means it eased


def effect_by_routine(
    sessions: Iterable[SessionRecord], period: Period | None = None
) -> dict[str, Effect]:
    """Effect per routine id (sorted), over sessions with both ratings (inside `period`).

    Routines without such a session are left out; in-progress sessions never count.
    """
    drops: dict[str, list[int]] = {}
    for s in finished(sessions):
        if s.spasm_before is None or s.spasm_after is None:
            continue
        if period is not None and s.day not in period:
            continue
        slot = drops.setdefault(s.routine_id, [0, 0])
        slot[0] += s.spasm_before - s.spasm_after
        slot[1] += 1
    # int / int: the exact mean rounded once.
    return {
        rid: Effect(rid, count, total / count) for rid, (total, count) in sorted(drops.items())
    }
