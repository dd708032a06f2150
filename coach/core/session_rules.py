"""May this routine start now? The rules a session must pass before it begins.

Pure functions over the patient's records and settings (CLINICAL.md sections 3, 6 and 8):
- Heat: coach.core.heat_safety decides (cool-down, daily limit, pause after an injection).
- Stretch: paused after an injection over the same span as heat, from the start of the
  injection day to the end of that day plus `post_injection_pause_h` hours. The one
  exception is the "Gentle day after an injection" routine, made for that span: it waits
  only on the injection day itself.
- Breathing and relaxation are never refused.

It also holds the one plain sentence that explains each "no" on the heat safety checklist,
so the reason for stopping is never just "no".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

# english_words is the heat messages' own, so the two never disagree on a screen.
from coach.core.heat_safety import (
    HeatBlock,
    HeatRules,
    english_words,
    heat_allowed,
    injection_heat_pause,
)
from coach.core.heat_safety import when_words as when_words  # re-exported: tests use it
from coach.core.i18n_marks import QT_TRANSLATE_NOOP
from coach.core.records import Kind, SessionRecord
from coach.core.routine import Routine
from coach.core.settings import Settings

#: The built-in routine made for the days right after an injection.
GENTLE_AFTER_INJECTION_ID = "after-injection-gentle"


class StartBlock(StrEnum):
    """Why a routine may not start right now."""

    HEAT_COOLDOWN = "heat_cooldown"
    HEAT_DAILY_LIMIT = "heat_daily_limit"
    INJECTION_PAUSE = "injection_pause"  # heat or stretch in the span after an injection
    INJECTION_DAY = "injection_day"  # the gentle routine, on the injection day itself


@dataclass(frozen=True)
class StartDecision:
    """Whether a routine may start now, and if not, why and from when."""

    allowed: bool
    reason: StartBlock | None
    allowed_from: datetime | None
    message: str
    #: The message as a template marked for translation, and its values as data (see
    #: heat_safety.HeatDecision), so a UI can word it in the patient's language.
    template: str = ""
    values: Mapping[str, object] = field(default_factory=dict, compare=False, hash=False)


ALLOWED = StartDecision(True, None, None, "")

#: The heat messages with the sentence a refused start adds, marked for translation.
_HEAT_START_TEXT: dict[HeatBlock, str] = {
    HeatBlock.COOLDOWN: QT_TRANSLATE_NOOP(
        "SessionRules",
        "Heat can be used again from {when}, {gap} after your last heat session. "
        "Breathing and relaxation are fine in the meantime.",
    ),
    HeatBlock.DAILY_LIMIT: QT_TRANSLATE_NOOP(
        "SessionRules",
        "You have used heat {times} today, the most your settings allow in a day. "
        "Heat can be used again from {when}. Breathing and relaxation are fine in the "
        "meantime.",
    ),
    HeatBlock.INJECTION: QT_TRANSLATE_NOOP(
        "SessionRules",
        "After an injection, heat waits so the injection sites can settle. "
        "Heat can be used again from {when}. Breathing and relaxation are fine in the "
        "meantime.",
    ),
}
_STRETCH_TODAY_TEXT = QT_TRANSLATE_NOOP(
    "SessionRules",
    "After an injection, stretches wait so the injection sites can settle. "
    "You can stretch again from {when}. Breathing and relaxation are fine today.",
)
_STRETCH_LATER_TEXT = QT_TRANSLATE_NOOP(
    "SessionRules",
    "After an injection, stretches wait so the injection sites can settle. "
    "You can stretch again from {when}. Until then, breathing, relaxation and the gentle "
    "after-injection routine are fine.",
)
_GENTLE_TEXT = QT_TRANSLATE_NOOP(
    "SessionRules",
    "This gentle routine is for the days after an injection, not the injection day "
    "itself. It is ready for you from {when}. Breathing and relaxation are fine today.",
)

_FROM_HEAT: dict[HeatBlock, StartBlock] = {
    HeatBlock.COOLDOWN: StartBlock.HEAT_COOLDOWN,
    HeatBlock.DAILY_LIMIT: StartBlock.HEAT_DAILY_LIMIT,
    HeatBlock.INJECTION: StartBlock.INJECTION_PAUSE,
}


def may_start(
    routine: Routine,
    now: datetime,
    sessions: Iterable[SessionRecord],
    injection_dates: Sequence[date],
    settings: Settings | None = None,
) -> StartDecision:
    """May `routine` start at `now` (aware, local)? Sessions of any kind may be passed."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware local time (with its UTC offset)")
    settings = settings or Settings()
    if routine.kind is Kind.HEAT:
        heat = [s for s in sessions if s.kind is Kind.HEAT]
        decision = heat_allowed(now, heat, injection_dates, settings.heat_rules())
        if decision.allowed or decision.reason is None:
            return ALLOWED
        template = _HEAT_START_TEXT[decision.reason]
        return StartDecision(
            False,
            _FROM_HEAT[decision.reason],
            decision.allowed_from,
            english_words(template, decision.values, now),
            template,
            decision.values,
        )
    if routine.kind is Kind.STRETCH:
        if routine.id == GENTLE_AFTER_INJECTION_ID:
            return _gentle_routine(now, injection_dates)
        return _stretch(now, injection_dates, settings)
    return ALLOWED


def _stretch(
    now: datetime, injection_dates: Sequence[date], settings: Settings
) -> StartDecision:
    rules = HeatRules(post_injection_pause_h=settings.post_injection_pause_h)
    ends = []
    for day in set(injection_dates):
        start, end = injection_heat_pause(day, now.tzinfo, rules)
        if start <= now < end:
            ends.append(end)
    if not ends:
        return ALLOWED
    until = max(ends)
    template = _STRETCH_TODAY_TEXT if now.date() in injection_dates else _STRETCH_LATER_TEXT
    values = {"when": until}
    return StartDecision(
        False,
        StartBlock.INJECTION_PAUSE,
        until,
        english_words(template, values, now),
        template,
        values,
    )


def _gentle_routine(now: datetime, injection_dates: Sequence[date]) -> StartDecision:
    if now.date() not in injection_dates:
        return ALLOWED
    until = _midnight(now.date() + timedelta(days=1), now.tzinfo)
    values = {"when": until}
    return StartDecision(
        False,
        StartBlock.INJECTION_DAY,
        until,
        english_words(_GENTLE_TEXT, values, now),
        _GENTLE_TEXT,
        values,
    )


# --- the heat safety checklist ----------------------------------------------------------

# (words in a caution, the sentence that explains a "no" to it). The first match wins, so
# the more specific wording comes first.
_CAUTION_REASONS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("reduced feeling", "diabetes", "circulation"),
        QT_TRANSLATE_NOOP(
            "SessionRules",
            "With reduced feeling, diabetes or poor circulation, heat must stay short and "
            "mild: choose the reduced-feeling heat setting first.",
        ),
    ),
    (
        ("injection",),
        QT_TRANSLATE_NOOP(
            "SessionRules",
            "Heat waits until the injection sites have settled, so the medicine stays where "
            "it was put.",
        ),
    ),
    (
        ("numb", "tingl"),
        QT_TRANSLATE_NOOP(
            "SessionRules",
            "Skin that is numb or tingling cannot warn you when it gets too hot, so it could "
            "burn.",
        ),
    ),
    (
        ("cut", "infect", "swelling", "injur", "whole and healthy"),
        QT_TRANSLATE_NOOP(
            "SessionRules",
            "Heat on broken, infected, swollen or freshly injured skin can make it worse.",
        ),
    ),
    (
        ("menthol", "capsaicin", "rub"),
        QT_TRANSLATE_NOOP(
            "SessionRules",
            "Heat on top of a menthol or capsaicin rub can irritate or burn the skin.",
        ),
    ),
    (
        ("awake", "alert", "drowsy", "asleep"),
        QT_TRANSLATE_NOOP(
            "SessionRules", "Heat is only safe while you are awake to feel it and take it away."
        ),
    ),
    (
        ("towel", "cloth"),
        QT_TRANSLATE_NOOP(
            "SessionRules",
            "Heat straight on the skin can burn: put a towel or cloth in place first.",
        ),
    ),
    (
        ("setting", "not hot", "lowest", "medium"),
        QT_TRANSLATE_NOOP(
            "SessionRules",
            "A pack that is too hot can burn even through a towel: let it cool or turn it "
            "down first.",
        ),
    ),
)

#: The sentence for a "no" to a caution the app has no special words for.
GENERIC_CAUTION_REASON = QT_TRANSLATE_NOOP(
    "SessionRules", "Heat is only safe when every point on this list is true."
)


def caution_stop_reason(caution: str) -> str:
    """The one plain sentence that explains why a "no" to this caution stops the heat."""
    words = caution.lower()
    for keys, reason in _CAUTION_REASONS:
        if any(key in words for key in keys):
            return reason
    return GENERIC_CAUTION_REASON


def _midnight(day: date, tz: tzinfo | None) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=tz)
