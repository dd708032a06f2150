"""Which routine a plan's reminder starts: the patient's choice, else the first of its kind.

A chosen routine that no longer exists (a file removed) falls back quietly to the first
routine of the kind, so a reminder always leads somewhere.
"""

from __future__ import annotations

from coach.core.records import Kind
from coach.core.routine import Routine
from coach.core.routine_library import Library
from coach.core.settings import Settings


def planned_routine(library: Library, settings: Settings, kind: Kind | str) -> Routine | None:
    """The routine to start for a kind, or None when the library has none of that kind."""
    kind = Kind(kind)
    chosen = settings.plan_routines.get(kind.value)
    if chosen:
        routine = library.find(chosen)
        if routine is not None and routine.kind is kind:
            return routine
    return next((r for r in library.routines if r.kind is kind), None)
