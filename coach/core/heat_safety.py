"""When heat may be used: a cool-down between sessions, a daily limit, and a pause after
an injection (CLINICAL.md section 3). Pure functions over the patient's records.

Choices worth knowing:
- Which heat sessions count: every heat session, whatever its status, except an
  in-progress one with no active time yet (a session only just opened, or the one being
  set up). A stopped or abandoned session still put heat on the skin, so it counts.
- A session "ends" at started_at + active_seconds (the log keeps no end time).
- The daily limit counts sessions by the local day they started on (their own offset),
  the same "day" as everywhere in the app.
- An injection's time of day is unknown, so heat is paused from the start of the injection
  day until the end of that day plus `post_injection_pause_h` hours of real time: at least
  that long after any injection time. Midnights are taken in `now`'s tzinfo; pass a
  ZoneInfo zone to get them right across daylight-saving changes.
- When several rules block heat, the decision reports the one that ends latest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from coach.core.i18n_marks import QT_TRANSLATE_NOOP
from coach.core.records import Kind, SessionRecord, SessionStatus

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


# The messages as templates, marked for translation: the UI shows them in the patient's
# language from HeatDecision.template and .values (coach/ui/core_words.py).
COOLDOWN_TEXT = QT_TRANSLATE_NOOP(
    "HeatSafety", "Heat can be used again from {when}, {gap} after your last heat session."
)
DAILY_LIMIT_TEXT = QT_TRANSLATE_NOOP(
    "HeatSafety",
    "You have used heat {times} today, the most your settings allow in a day. "
    "Heat can be used again from {when}.",
)
INJECTION_TEXT = QT_TRANSLATE_NOOP(
    "HeatSafety",
    "After an injection, heat waits so the injection sites can settle. "
    "Heat can be used again from {when}.",
)
ALLOWED_TEXT = QT_TRANSLATE_NOOP("HeatSafety", "Heat can be used now.")


@dataclass(frozen=True)
class HeatRules:
    """The patient's heat limits (defaults from CLINICAL.md; changeable in settings)."""

    cooldown_min: float = 60
    daily_limit: int = 4
    post_injection_pause_h: float = 24

    def __post_init__(self) -> None:
        if not self.cooldown_min >= 0:
            raise ValueError(
                f"heat cool-down: expected 0 minutes or more, got {self.cooldown_min}"
            )
        if isinstance(self.daily_limit, bool) or not (
            isinstance(self.daily_limit, int) and self.daily_limit >= 1
        ):
            raise ValueError(
                "heat daily limit: expected a whole number of 1 or more, "
                f"got {self.daily_limit!r}"
            )
        if not self.post_injection_pause_h >= 0:
            raise ValueError(
                "heat pause after an injection: expected 0 hours or more, "
                f"got {self.post_injection_pause_h}"
            )


class HeatBlock(StrEnum):
    """Why heat is not allowed right now."""

    COOLDOWN = "cooldown"
    DAILY_LIMIT = "daily_limit"
    INJECTION = "injection"


@dataclass(frozen=True)
class HeatDecision:
    """Whether heat may start now, and if not, why and from when."""

    allowed: bool
    reason: HeatBlock | None
    allowed_from: datetime | None
    message: str
    #: The message before its values were put in, and those values as data ("when": a
    #: datetime, "gap": minutes, "times": a count), so a UI can word them in its language.
    template: str = ""
    values: Mapping[str, object] = field(default_factory=dict, compare=False, hash=False)


def english_words(template: str, values: Mapping[str, object], now: datetime) -> str:
    """A template filled in with English words for its values (the message core gives)."""
    words: dict[str, str] = {}
    for key, value in values.items():
        if key == "when" and isinstance(value, datetime):
            words[key] = when_words(value, now)
        elif key == "gap" and isinstance(value, int | float):
            words[key] = _duration_words(value)
        elif key == "times" and isinstance(value, int):
            words[key] = _times(value)
        else:
            words[key] = str(value)
    return template.format(**words)


def counts_as_heat_use(session: SessionRecord) -> bool:
    """True for a heat session that counts toward the cool-down and the daily limit."""
    if session.kind is not Kind.HEAT:
        return False
    return not (session.status is SessionStatus.IN_PROGRESS and session.active_seconds <= 0)


def session_end(session: SessionRecord) -> datetime:
    """When a session ended, as far as the log can tell: start plus active time."""
    return session.started_at + timedelta(seconds=max(0, session.active_seconds))


def injection_heat_pause(day: date, tz: tzinfo, rules: HeatRules) -> tuple[datetime, datetime]:
    """The span in which heat is paused for an injection on `day` (start, end) in `tz`."""
    start = _midnight(day, tz)
    # Real hours, not wall-clock ones: a daylight-saving night must not shorten the pause.
    end_of_day = _midnight(day + timedelta(days=1), tz).astimezone(UTC)
    end = (end_of_day + timedelta(hours=rules.post_injection_pause_h)).astimezone(tz)
    return start, end


def heat_allowed(
    now: datetime,
    heat_sessions: Iterable[SessionRecord],
    injection_dates: Sequence[date],
    rules: HeatRules | None = None,
) -> HeatDecision:
    """May heat start at `now` (aware, local)? Sessions of other kinds are ignored."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware local time (with its UTC offset)")
    rules = rules or HeatRules()
    tz = now.tzinfo
    used = [s for s in heat_sessions if counts_as_heat_use(s)]
    blocks: list[tuple[datetime, HeatBlock, str, dict[str, object]]] = []

    if used:
        until = max(session_end(s) for s in used) + timedelta(minutes=rules.cooldown_min)
        if now < until:
            values = {"when": until, "gap": rules.cooldown_min}
            blocks.append((until, HeatBlock.COOLDOWN, COOLDOWN_TEXT, values))

    today = now.date()
    used_today = sum(1 for s in used if s.day == today)
    if used_today >= rules.daily_limit:
        until = _midnight(today + timedelta(days=1), tz)
        values = {"times": used_today, "when": until}
        blocks.append((until, HeatBlock.DAILY_LIMIT, DAILY_LIMIT_TEXT, values))

    for day in set(injection_dates):
        start, until = injection_heat_pause(day, tz, rules)
        if start <= now < until:
            blocks.append((until, HeatBlock.INJECTION, INJECTION_TEXT, {"when": until}))

    if not blocks:
        return HeatDecision(True, None, None, ALLOWED_TEXT, ALLOWED_TEXT)
    until, reason, template, values = max(blocks, key=lambda block: block[0])
    message = english_words(template, values, now)
    return HeatDecision(False, reason, until, message, template, values)


def _midnight(day: date, tz: tzinfo | None) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=tz)


def when_words(moment: datetime, now: datetime) -> str:
    """'14:30', 'tomorrow', 'tomorrow at 09:15', 'Thursday 14 May at 09:15'."""
    local = moment.astimezone(now.tzinfo)
    if local.second or local.microsecond:
        # Round up: "from 14:30" must never be earlier than the real moment.
        local = (local + timedelta(minutes=1)).replace(second=0, microsecond=0)
    clock = f"{local.hour:02d}:{local.minute:02d}"
    at_midnight = local.hour == 0 and local.minute == 0
    day = local.date()
    if day == now.date():
        return clock
    if day == now.date() + timedelta(days=1):
        name = "tomorrow"
    else:
        name = f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
    return name if at_midnight else f"{name} at {clock}"


def _duration_words(minutes: float) -> str:
    """60 -> 'an hour', 120 -> '2 hours', 90 -> '90 minutes'."""
    if minutes % 60 == 0 and minutes > 0:
        hours = int(minutes // 60)
        return "an hour" if hours == 1 else f"{hours} hours"
    if minutes == 1:
        return "a minute"
    return f"{minutes:g} minutes"


def _times(count: int) -> str:
    return {1: "once", 2: "twice"}.get(count, f"{count} times")
