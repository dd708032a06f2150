"""Today's planned sessions of one kind, each as done, partly done, due, missed or later.

Sessions fill the day's slots in time order, as in the adherence figures and the
reminders: the first session of a kind (credit 1, or ½ for a partial one) marks the first
slot. A slot with a reminder time that has come and is not done is "due"; when a later
slot's time has come too, the earlier one counts as "missed". Slots without a time (a plan
with no reminders) are simply "to do".
"""

from __future__ import annotations

from datetime import datetime, time
from enum import StrEnum
from typing import NamedTuple


class SlotState(StrEnum):
    DONE = "done"
    PARTIAL = "partial"
    DUE = "due"
    MISSED = "missed"
    LATER = "later"  # its time has not come yet
    TO_DO = "todo"  # no time set


class TodaySlot(NamedTuple):
    time: str | None  # "HH:MM", or None when the plan has no reminder time for it
    state: SlotState


def today_slots(
    planned: int, credits: float, reminder_times: tuple[str, ...], now: datetime
) -> list[TodaySlot]:
    """The states of today's `planned` slots of one kind at `now` (local wall time)."""
    times = sorted(t for t in reminder_times if _valid(t))
    wall = now.time().replace(tzinfo=None)
    states: list[TodaySlot] = []
    for index in range(planned):
        part = max(0.0, min(1.0, credits - index))
        slot_time = times[index] if index < len(times) else None
        if part >= 1:
            state = SlotState.DONE
        elif part > 0:
            state = SlotState.PARTIAL
        elif slot_time is None:
            state = SlotState.TO_DO
        elif wall < time.fromisoformat(slot_time):
            state = SlotState.LATER
        else:
            state = SlotState.DUE
        states.append(TodaySlot(slot_time, state))
    # Of the slots whose time has come and that are not done, only the latest is due.
    due = [i for i, slot in enumerate(states) if slot.state is SlotState.DUE]
    for i in due[:-1]:
        states[i] = TodaySlot(states[i].time, SlotState.MISSED)
    return states


def _valid(text: str) -> bool:
    try:
        time.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return len(text) == 5
