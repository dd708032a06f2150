"""The worsening safety rule: one routine leaving spasm or pain worse, three times running.

CLINICAL.md section 5: if spasm or pain after a session is 2 or more points above the
rating before it, on three sessions of one routine in a row, suggest going over that
routine with the clinician. The notice is calm and never says what to change.

"In a row" means consecutive sessions of that routine that have a before and an after
rating; a session rated neither way says nothing, so it neither breaks nor extends a run.
A run is reported while its last session lies within the last RECENT_DAYS days, so a
pattern from a long-past season does not nag for ever, yet one good session after three
bad ones does not hide it either.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from coach.analysis.credit import finished
from coach.core.records import SessionRecord

#: Points above the before rating that count as "worse" (CLINICAL.md section 5).
WORSE_BY = 2
#: Sessions in a row that trigger the notice.
IN_A_ROW = 3
#: How long a run stays worth mentioning: about one injection cycle.
RECENT_DAYS = 84


def worsened(session: SessionRecord) -> bool | None:
    """True if spasm or pain rose by WORSE_BY or more; None when neither was rated both ways."""
    rated = False
    before, after = session.spasm_before, session.spasm_after
    if before is not None and after is not None:
        if after - before >= WORSE_BY:
            return True
        rated = True
    before, after = session.pain_before, session.pain_after
    if before is not None and after is not None:
        if after - before >= WORSE_BY:
            return True
        rated = True
    return False if rated else None


@dataclass(frozen=True)
class WorseningNotice:
    """One routine that left things worse in IN_A_ROW (or more) rated sessions in a row."""

    routine_id: str
    routine_title: str
    days: tuple[date, ...]  # the days of the sessions in the run, oldest first

    @property
    def text(self) -> str:
        """The calm sentence the screens show."""
        count = len(self.days)
        times = "three" if count == 3 else str(count)
        return (
            f"On {times} sessions of “{self.routine_title}” in a row ({_days(self.days)}), "
            f"spasm or pain was 2 or more points higher afterwards than before. It may be "
            f"worth going over this routine with your physiotherapist or clinician."
        )


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _days(days: tuple[date, ...]) -> str:
    """'3 Nov, 5 Nov and 9 Nov', English whatever the locale; repeated days said once."""
    unique = sorted(set(days))
    words = [f"{d.day} {_MONTHS[d.month - 1]}" for d in unique]
    if len(words) == 1:
        return words[0]
    if len(words) > 4:  # a long run: its first and last day say enough
        return f"between {words[0]} and {words[-1]}"
    return ", ".join(words[:-1]) + " and " + words[-1]


def worsening_notices(
    sessions: Iterable[SessionRecord], today: date, *, recent_days: int = RECENT_DAYS
) -> list[WorseningNotice]:
    """Routines whose latest run of worsened sessions is IN_A_ROW long and recent.

    One notice per routine (its most recent qualifying run), ordered by routine title.
    """
    since = today - timedelta(days=recent_days)
    rated: dict[str, list[tuple[SessionRecord, bool]]] = {}
    recent: set[str] = set()  # routines with a worsened session in the window
    for session in finished(sessions):
        worse = worsened(session)
        if worse is None:
            continue
        rated.setdefault(session.routine_id, []).append((session, worse))
        if worse and since <= session.day <= today:
            recent.add(session.routine_id)
    notices: list[WorseningNotice] = []
    for routine_id in recent:  # a run can only end in the window on a worsened session
        # Aware datetimes compare as instants, whatever offsets they carry.
        ordered = sorted(rated[routine_id], key=lambda pair: pair[0].started_at)
        run = _latest_run(ordered)
        if len(run) >= IN_A_ROW and since <= run[-1].day <= today:
            title = run[-1].routine_title or routine_id
            notices.append(WorseningNotice(routine_id, title, tuple(s.day for s in run)))
    return sorted(notices, key=lambda n: (n.routine_title.casefold(), n.routine_id))


def _latest_run(rated: list[tuple[SessionRecord, bool]]) -> list[SessionRecord]:
    """The last run of IN_A_ROW or more worsened sessions (empty when there is none)."""
    latest: list[SessionRecord] = []
    current: list[SessionRecord] = []
    for session, worse in rated:
        if worse:
            current.append(session)
            if len(current) >= IN_A_ROW:
                latest = list(current)
        else:
            current = []
    return latest
