"""When heat may be used: cool-down, daily limit, and the pause after an injection."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from coach.core.heat_safety import HeatBlock, HeatRules, heat_allowed, injection_heat_pause
from coach.core.records import Kind, SessionRecord, SessionStatus

CET = timezone(timedelta(hours=1))


def at(day: int, hour: int, minute: int = 0, second: int = 0, tz=CET) -> datetime:
    return datetime(2026, 11, day, hour, minute, second, tzinfo=tz)


def heat(started_at, active_seconds=900, status=SessionStatus.COMPLETED, kind=Kind.HEAT):
    return SessionRecord(
        id=f"s{started_at.isoformat()}", routine_id="heat-and-stretch", routine_title="Heat",
        kind=kind, started_at=started_at, planned_seconds=1500, active_seconds=active_seconds,
        steps_done=5, steps_total=5, status=status,
    )  # fmt: skip


def test_heat_is_allowed_with_no_history():
    decision = heat_allowed(at(26, 9), [], [])
    assert decision.allowed
    assert decision.reason is None and decision.allowed_from is None
    assert decision.message == "Heat can be used now."


def test_cooldown_counts_from_the_end_of_the_last_heat_session():
    sessions = [heat(at(26, 13, 0), active_seconds=1800)]  # ended 13:30
    decision = heat_allowed(at(26, 14, 0), sessions, [])
    assert not decision.allowed
    assert decision.reason is HeatBlock.COOLDOWN
    assert decision.allowed_from == at(26, 14, 30)
    assert decision.message == (
        "Heat can be used again from 14:30, an hour after your last heat session."
    )
    assert heat_allowed(at(26, 14, 30), sessions, []).allowed


def test_cooldown_uses_the_latest_session_and_the_patients_setting():
    sessions = [heat(at(26, 8)), heat(at(26, 12), active_seconds=600)]  # last ended 12:10
    rules = HeatRules(cooldown_min=90)
    decision = heat_allowed(at(26, 13), sessions, [], rules)
    assert decision.allowed_from == at(26, 13, 40)
    assert "90 minutes after your last heat session" in decision.message


def test_the_time_said_is_never_earlier_than_the_real_moment():
    sessions = [heat(at(26, 13), active_seconds=1800 + 20)]  # ended 13:30:20
    decision = heat_allowed(at(26, 14), sessions, [])
    assert decision.allowed_from == at(26, 14, 30, 20)
    assert "from 14:31" in decision.message


def test_daily_limit_counts_heat_sessions_started_today():
    today = [heat(at(26, h)) for h in (7, 9, 11, 13)]
    yesterday = [heat(at(25, h)) for h in (7, 9, 11, 13, 15)]
    decision = heat_allowed(at(26, 20), today + yesterday, [])
    assert decision.reason is HeatBlock.DAILY_LIMIT
    assert decision.allowed_from == at(27, 0)
    assert decision.message == (
        "You have used heat 4 times today, the most your settings allow in a day. "
        "Heat can be used again from tomorrow."
    )
    assert heat_allowed(at(26, 20), today[:3] + yesterday, []).allowed
    assert heat_allowed(at(27, 0), today, []).allowed


def test_stopped_and_abandoned_sessions_count_but_an_empty_one_in_progress_does_not():
    sessions = [
        heat(at(26, 7), status=SessionStatus.STOPPED, active_seconds=60),
        heat(at(26, 9), status=SessionStatus.ABANDONED),
        heat(at(26, 11), status=SessionStatus.PARTIAL),
        heat(at(26, 13), status=SessionStatus.IN_PROGRESS, active_seconds=0),
    ]
    assert heat_allowed(at(26, 20), sessions, []).allowed
    crashed = heat(at(26, 13), status=SessionStatus.IN_PROGRESS, active_seconds=300)
    assert heat_allowed(at(26, 20), [*sessions[:3], crashed], []).reason is (
        HeatBlock.DAILY_LIMIT
    )


def test_sessions_of_other_kinds_are_ignored():
    stretches = [heat(at(26, h), kind=Kind.STRETCH) for h in (7, 8, 9, 10, 11)]
    assert heat_allowed(at(26, 11, 20), stretches, []).allowed


def test_the_daily_limit_is_a_setting():
    sessions = [heat(at(26, 7))]
    decision = heat_allowed(at(26, 20), sessions, [], HeatRules(daily_limit=1))
    assert decision.reason is HeatBlock.DAILY_LIMIT
    assert "used heat once today" in decision.message


def test_no_heat_from_the_start_of_an_injection_day_until_24_hours_after_its_end():
    shots = [date(2026, 11, 26)]
    assert heat_allowed(at(25, 23, 59), [], shots).allowed  # the day before is fine
    for moment in (at(26, 0), at(26, 10), at(27, 23, 59)):
        decision = heat_allowed(moment, [], shots)
        assert decision.reason is HeatBlock.INJECTION, moment
        assert decision.allowed_from == at(28, 0)
    assert heat_allowed(at(28, 0), [], shots).allowed
    message = heat_allowed(at(26, 10), [], shots).message
    assert message.endswith("Heat can be used again from Saturday 28 November.")


def test_an_injection_pause_ending_mid_day_names_the_time():
    rules = HeatRules(post_injection_pause_h=36)
    decision = heat_allowed(at(27, 9), [], [date(2026, 11, 26)], rules)
    assert decision.allowed_from == at(28, 12)
    assert "from tomorrow at 12:00" in decision.message


def test_a_future_injection_does_not_block_today():
    assert heat_allowed(at(26, 10), [], [date(2026, 11, 30)]).allowed


def test_the_pause_after_an_injection_is_real_hours_across_a_clock_change():
    london = ZoneInfo("Europe/London")  # clocks go forward at 01:00 on 29 March 2026
    start, end = injection_heat_pause(date(2026, 3, 28), london, HeatRules())
    assert start == datetime(2026, 3, 28, 0, 0, tzinfo=london)
    # Midnight on the 29th is 00:00 UTC; 24 real hours later is 00:00 UTC on the 30th.
    assert end.astimezone(UTC) == datetime(2026, 3, 30, 0, 0, tzinfo=UTC)
    assert (end.hour, end.minute) == (1, 0)  # 01:00 summer time


def test_when_several_rules_apply_the_latest_end_is_reported():
    sessions = [heat(at(26, h)) for h in (7, 9, 11, 19)]  # last one ended 19:15
    now = at(26, 19, 30)
    decision = heat_allowed(now, sessions, [])
    assert decision.reason is HeatBlock.DAILY_LIMIT  # midnight beats 20:15
    with_shot = heat_allowed(now, sessions, [date(2026, 11, 26)])
    assert with_shot.reason is HeatBlock.INJECTION
    assert with_shot.allowed_from == at(28, 0)
    late_cooldown = HeatRules(cooldown_min=300)  # until 00:15 tomorrow
    decision = heat_allowed(now, sessions, [], late_cooldown)
    assert decision.reason is HeatBlock.COOLDOWN
    assert "from tomorrow at 00:15, 5 hours after" in decision.message


def test_now_must_carry_its_offset():
    with pytest.raises(ValueError, match="aware local time"):
        heat_allowed(datetime(2026, 11, 26, 9), [], [])


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("cooldown_min", -1),
        ("daily_limit", 0),
        ("daily_limit", 2.5),
        ("daily_limit", True),
        ("post_injection_pause_h", -3),
    ],
)
def test_impossible_rules_are_refused_with_the_setting_named(field, value):
    with pytest.raises(ValueError, match="heat"):
        HeatRules(**{field: value})
