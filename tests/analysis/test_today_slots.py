from datetime import datetime
from zoneinfo import ZoneInfo

from coach.analysis.today_slots import SlotState, TodaySlot, today_slots

ZONE = ZoneInfo("Europe/London")


def at(hhmm: str) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    return datetime(2026, 11, 26, hour, minute, tzinfo=ZONE)


TIMES = ("09:00", "13:00", "18:00")


def states(slots: list[TodaySlot]) -> list[str]:
    return [s.state.value for s in slots]


def test_before_the_first_time_every_slot_is_later():
    assert states(today_slots(3, 0, TIMES, at("08:00"))) == ["later"] * 3


def test_the_slot_whose_time_has_come_is_due():
    assert states(today_slots(3, 0, TIMES, at("09:00"))) == ["due", "later", "later"]


def test_only_the_latest_passed_slot_is_due_the_earlier_one_is_missed():
    assert states(today_slots(3, 0, TIMES, at("13:30"))) == ["missed", "due", "later"]


def test_sessions_fill_the_slots_in_time_order():
    # One session done at 14:00: it marks the first slot, and 13:00 is now the due one.
    assert states(today_slots(3, 1, TIMES, at("14:00"))) == ["done", "due", "later"]
    assert states(today_slots(3, 1.5, TIMES, at("19:00"))) == ["done", "partial", "due"]
    assert states(today_slots(3, 3, TIMES, at("19:00"))) == ["done"] * 3


def test_slots_without_a_time_are_to_do_and_keep_the_times_in_order():
    slots = today_slots(2, 0, (), at("12:00"))
    assert slots == [TodaySlot(None, SlotState.TO_DO)] * 2
    assert [s.time for s in today_slots(2, 0, ("18:00", "09:00"), at("07:00"))] == [
        "09:00",
        "18:00",
    ]


def test_a_bad_time_in_a_hand_edited_plan_is_left_out_not_a_crash():
    assert states(today_slots(2, 0, ("9am", "18:00"), at("19:00"))) == ["due", "todo"]
