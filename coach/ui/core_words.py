"""Core's messages in the language the app shows.

coach/core and coach/analysis never import Qt, so their texts are English templates marked
with QT_TRANSLATE_NOOP (coach/core/i18n_marks.py). Where a message carries values (a time,
a count), core keeps the template and the values as data next to the English message;
these functions translate the template and word the values here. In English they return
core's own message, so the two can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from coach.analysis.reminders import MissedSummary, missed_template
from coach.analysis.worsening import WorseningNotice
from coach.core.heat_safety import HeatDecision
from coach.core.records import SessionRecord, SessionStatus
from coach.core.session_log import NOTICE_MAX_NAMED, interrupted_notice
from coach.core.session_rules import StartDecision, caution_stop_reason
from coach.ui.i18n import (
    current_language,
    day_month,
    translate,
    weekday_day_month,
    weekday_name,
)


def when_words(moment: datetime, now: datetime) -> str:
    """'14:30', 'tomorrow', 'tomorrow at 09:15', 'Thursday 14 May at 09:15' (translated)."""
    local = moment.astimezone(now.tzinfo)
    if local.second or local.microsecond:
        # Round up, as core does: "from 14:30" is never earlier than the real moment.
        local = (local + timedelta(minutes=1)).replace(second=0, microsecond=0)
    clock = f"{local.hour:02d}:{local.minute:02d}"
    day = local.date()
    if day == now.date():
        return clock
    if day == now.date() + timedelta(days=1):
        name = translate("CoreWords", "tomorrow")
    else:
        name = weekday_day_month(day)
    if local.hour == 0 and local.minute == 0:
        return name
    return translate("CoreWords", "{day} at {time}").format(day=name, time=clock)


def duration_words(minutes: float) -> str:
    """60 -> 'an hour', 120 -> '2 hours', 90 -> '90 minutes' (translated)."""
    if minutes % 60 == 0 and minutes > 0:
        hours = int(minutes // 60)
        if hours == 1:
            return translate("CoreWords", "an hour")
        return translate("CoreWords", "{n} hours").format(n=hours)
    if minutes == 1:
        return translate("CoreWords", "a minute")
    return translate("CoreWords", "{n} minutes").format(n=f"{minutes:g}")


def times_words(count: int) -> str:
    """1 -> 'once', 2 -> 'twice', else '3 times' (translated)."""
    if count == 1:
        return translate("CoreWords", "once")
    if count == 2:
        return translate("CoreWords", "twice")
    return translate("CoreWords", "{n} times").format(n=count)


def decision_words(decision: StartDecision | HeatDecision, now: datetime) -> str:
    """A start or heat decision's message in the language shown."""
    if not decision.template or current_language() == "en":
        return decision.message
    context = "HeatSafety" if isinstance(decision, HeatDecision) else "SessionRules"
    words: dict[str, str] = {}
    for key, value in decision.values.items():
        if key == "when" and isinstance(value, datetime):
            words[key] = when_words(value, now)
        elif key == "gap" and isinstance(value, int | float):
            words[key] = duration_words(value)
        elif key == "times" and isinstance(value, int):
            words[key] = times_words(value)
        else:
            words[key] = str(value)
    try:
        return translate(context, decision.template).format(**words)
    except (KeyError, IndexError, ValueError):
        return decision.message  # a faulty translation never hides the reason


def caution_reason_words(caution: str) -> str:
    """Why a "no" to a heat caution stops the heat, in the language shown."""
    return translate("SessionRules", caution_stop_reason(caution))


def missed_words(summary: MissedSummary) -> str:
    """The wake-up notice for reminders missed while the computer slept, translated."""
    count = len(summary.slots)
    return translate("Reminders", missed_template(summary.kind, count)).format(n=count)


def worsening_words(notice: WorseningNotice) -> str:
    """The "worth a word with your clinician" notice for one routine, translated."""
    if current_language() == "en":
        return notice.text
    count = len(notice.days)
    template = (
        translate(
            "Worsening",
            "On three sessions of “{routine}” in a row ({days}), spasm or pain was 2 or "
            "more points higher afterwards than before. It may be worth going over this "
            "routine with your physiotherapist or clinician.",
        )
        if count == 3
        else translate(
            "Worsening",
            "On {n} sessions of “{routine}” in a row ({days}), spasm or pain was 2 or "
            "more points higher afterwards than before. It may be worth going over this "
            "routine with your physiotherapist or clinician.",
        )
    )
    words = [day_month(d) for d in sorted(set(notice.days))]
    if len(words) == 1:
        days = words[0]
    elif len(words) > 4:  # a long run: its first and last day say enough
        days = translate("Worsening", "between {first} and {last}").format(
            first=words[0], last=words[-1]
        )
    else:
        days = translate("Worsening", "{list} and {last}").format(
            list=", ".join(words[:-1]), last=words[-1]
        )
    return template.format(n=count, routine=notice.routine_title, days=days)


def interrupted_words(closed: Iterable[SessionRecord], today: date) -> str | None:
    """The start-up notice about sessions a crash left open (see
    session_log.interrupted_notice), translated; None when there were none."""
    records = sorted(closed, key=lambda r: r.started_at)
    if current_language() == "en" or not records:
        return interrupted_notice(records, today)
    lines = []
    for record in records[:NOTICE_MAX_NAMED]:
        when = _day_words(record.day, today)
        if record.status is SessionStatus.PARTIAL:
            line = translate(
                "SessionLog",
                "Your session of {routine} {when} was interrupted; it was saved as partial, "
                "{done} of {total} steps.",
            )
        else:
            line = translate(
                "SessionLog",
                "Your session of {routine} {when} was interrupted; it was saved as not "
                "finished, before the first step was done.",
            )
        lines.append(
            line.format(
                routine=record.routine_title,
                when=when,
                done=record.steps_done,
                total=record.steps_total,
            )
        )
    more = len(records) - NOTICE_MAX_NAMED
    if more == 1:
        lines.append(translate("SessionLog", "1 more interrupted session was saved too."))
    elif more > 1:
        lines.append(
            translate("SessionLog", "{n} more interrupted sessions were saved too.").format(
                n=more
            )
        )
    return "\n".join(lines)


def _day_words(day: date, today: date) -> str:
    """'earlier today', 'yesterday', 'on Tuesday' (within a week), else 'on 3 March'."""
    days = (today - day).days
    if days == 0:
        return translate("SessionLog", "earlier today")
    if days == 1:
        return translate("SessionLog", "yesterday")
    if 1 < days < 7:
        return translate("SessionLog", "on {weekday}").format(
            weekday=weekday_name(day.weekday())
        )
    words = day_month(day) if day.year == today.year else f"{day_month(day)} {day.year}"
    return translate("SessionLog", "on {day}").format(day=words)
