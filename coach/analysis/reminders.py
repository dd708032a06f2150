"""When to remind the patient next: a pure function of the plan, the diary and the clock.

The UI arms one single-shot timer to the returned deadline and asks again when it fires,
after a suspend, or after a clock or time-zone change; nothing polls.

Choices worth knowing:
- A slot is one reminder time of the plan row in force on a day whose weekday is listed.
  Slots of a kind are filled in time order: the day's k-th session of that kind with
  credit of at least 0.5 marks the k-th slot done.
- Wall times are built with the patient's zone (pass a ZoneInfo). A time the clocks skip
  on the spring-forward day fires an hour later on the wall (01:30 in London becomes
  02:30); a time repeated on the fall-back day fires once, at its first occurrence.
- During the injection pause (the same span as heat_safety's: from the start of the
  injection day to post_injection_pause_h real hours after that day ends) stretch and heat
  slots offer breathing instead.
- A heat slot blocked by the cool-down or the daily limit moves to when heat is allowed
  again, or is dropped if that is not the same day.
- The caller passes the slots it has shown, with the deadline it showed them at; a slot
  fires again only if a snooze moved it later than that.
- Core reuses analysis' PlanIndex and session credit so a "planned" slot means the same
  thing as in the adherence figures.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from coach.analysis.credit import finished, session_credit
from coach.analysis.planning import PlanIndex
from coach.core.heat_safety import heat_allowed, injection_heat_pause
from coach.core.i18n_marks import QT_TRANSLATE_NOOP
from coach.core.records import Injection, Kind, PlanRow, SessionRecord
from coach.core.settings import Settings

#: Kinds replaced by breathing during an injection pause.
PAUSED_AFTER_INJECTION: frozenset[Kind] = frozenset({Kind.STRETCH, Kind.HEAT})

#: Days looked ahead past today (or past the latest plan change) for the next slot.
_HORIZON_DAYS = 8

# The texts are English; QT_TRANSLATE_NOOP marks them so the UI can show them translated
# (QCoreApplication.translate("Reminders", reminder.text)).
_TEXT: dict[Kind, str] = {
    Kind.STRETCH: QT_TRANSLATE_NOOP("Reminders", "Time for your stretches — about 10 minutes"),
    Kind.HEAT: QT_TRANSLATE_NOOP("Reminders", "Time for heat — about 15 minutes"),
    Kind.BREATHING: QT_TRANSLATE_NOOP(
        "Reminders", "Time for some calm breathing — about 5 minutes"
    ),
    Kind.RELAXATION: QT_TRANSLATE_NOOP("Reminders", "Time to relax — about 10 minutes"),
}
_INSTEAD_TEXT: dict[Kind, str] = {
    Kind.STRETCH: QT_TRANSLATE_NOOP(
        "Reminders",
        "After your injection, some calm breathing instead of stretches — about 5 minutes",
    ),
    Kind.HEAT: QT_TRANSLATE_NOOP(
        "Reminders",
        "After your injection, some calm breathing instead of heat — about 5 minutes",
    ),
}
#: The wake-up notice per kind: (one missed, several missed with {n}).
MISSED_TEXT: dict[Kind, tuple[str, str]] = {
    Kind.STRETCH: (
        QT_TRANSLATE_NOOP(
            "Reminders", "You missed 1 stretch reminder while the computer slept"
        ),
        QT_TRANSLATE_NOOP(
            "Reminders", "You missed {n} stretch reminders while the computer slept"
        ),
    ),
    Kind.HEAT: (
        QT_TRANSLATE_NOOP("Reminders", "You missed 1 heat reminder while the computer slept"),
        QT_TRANSLATE_NOOP(
            "Reminders", "You missed {n} heat reminders while the computer slept"
        ),
    ),
    Kind.BREATHING: (
        QT_TRANSLATE_NOOP(
            "Reminders", "You missed 1 breathing reminder while the computer slept"
        ),
        QT_TRANSLATE_NOOP(
            "Reminders", "You missed {n} breathing reminders while the computer slept"
        ),
    ),
    Kind.RELAXATION: (
        QT_TRANSLATE_NOOP(
            "Reminders", "You missed 1 relaxation reminder while the computer slept"
        ),
        QT_TRANSLATE_NOOP(
            "Reminders", "You missed {n} relaxation reminders while the computer slept"
        ),
    ),
}


@dataclass(frozen=True, order=True)
class Slot:
    """One planned reminder: the index-th reminder time of a kind on a day."""

    day: date
    kind: Kind
    time: str  # "HH:MM" as in the plan
    index: int


@dataclass(frozen=True)
class SkipToday:
    """The patient chose "Skip today" for a kind: no more reminders of it that day."""

    day: date
    kind: Kind


@dataclass(frozen=True)
class Snooze:
    """The patient snoozed a slot until a later moment (aware)."""

    slot: Slot
    until: datetime


@dataclass(frozen=True)
class Reminder:
    """The next reminder to show, at `deadline` (aware, in the patient's zone)."""

    deadline: datetime
    slot: Slot
    kind: Kind  # what to offer: breathing when it replaces stretch or heat
    text: str
    breathing_instead: bool


@dataclass(frozen=True)
class MissedSummary:
    """All reminders of one kind missed while the computer slept, as one message."""

    kind: Kind
    slots: tuple[Slot, ...]
    text: str


def wall_time(day: date, hhmm: str, zone: tzinfo) -> datetime:
    """The moment a "HH:MM" wall time happens on a day in a zone (DST-safe)."""
    # fold=0 picks the first of a repeated hour; the round trip through UTC moves a
    # skipped wall time forward by the gap, to a moment that really exists.
    local = datetime.combine(day, time.fromisoformat(hhmm), tzinfo=zone)
    return local.astimezone(UTC).astimezone(zone)


def slots_on(index: PlanIndex, day: date) -> list[Slot]:
    """The reminder slots of every kind on a day, from the plan rows in force."""
    slots: list[Slot] = []
    for kind in Kind:
        row = index.row_in_force(kind, day)
        if row is None or day.weekday() not in row.weekdays:
            continue
        times = sorted(t for t in row.reminder_times if _is_hhmm(t))
        slots.extend(Slot(day, kind, t, i) for i, t in enumerate(times))
    return slots


def next_reminder(
    plan: Sequence[PlanRow],
    sessions: Sequence[SessionRecord],
    injections: Sequence[Injection],
    snoozes: Collection[Snooze],
    skips: Collection[SkipToday],
    settings: Settings,
    now: datetime,
    zone: tzinfo,
    shown: Mapping[Slot, datetime] | None = None,
) -> Reminder | None:
    """The earliest reminder at or after `now` not yet shown, or None if there is none."""
    if not settings.reminders:
        return None
    _require_aware(now)
    today = now.astimezone(zone).date()
    latest = max((row.valid_from for row in plan), default=today)
    end = max(today, latest) + timedelta(days=_HORIZON_DAYS)
    live = _live(plan, sessions, injections, snoozes, skips, settings, zone, shown or {})
    # Yesterday too: a snooze may carry one of its slots past midnight.
    best: Reminder | None = None
    for reminder in live(today - timedelta(days=1), end):
        if reminder.deadline >= now and (best is None or reminder.deadline < best.deadline):
            best = reminder
    return best


def missed_slots(
    plan: Sequence[PlanRow],
    sessions: Sequence[SessionRecord],
    injections: Sequence[Injection],
    snoozes: Collection[Snooze],
    skips: Collection[SkipToday],
    settings: Settings,
    since: datetime,
    now: datetime,
    zone: tzinfo,
    shown: Mapping[Slot, datetime] | None = None,
) -> list[Reminder]:
    """Reminders due from `since` up to (not including) `now` that were never shown."""
    if not settings.reminders:
        return []
    _require_aware(since)
    _require_aware(now)
    first = since.astimezone(zone).date() - timedelta(days=1)
    last = now.astimezone(zone).date()
    live = _live(plan, sessions, injections, snoozes, skips, settings, zone, shown or {})
    due = [r for r in live(first, last) if since <= r.deadline < now]
    return sorted(due, key=lambda r: (r.deadline, r.slot))


def missed_reminders(
    plan: Sequence[PlanRow],
    sessions: Sequence[SessionRecord],
    injections: Sequence[Injection],
    snoozes: Collection[Snooze],
    skips: Collection[SkipToday],
    settings: Settings,
    since: datetime,
    now: datetime,
    zone: tzinfo,
    shown: Mapping[Slot, datetime] | None = None,
) -> list[MissedSummary]:
    """Missed reminders collapsed to one message per kind, for the wake-up notice."""
    by_kind: dict[Kind, list[Slot]] = {}
    for reminder in missed_slots(
        plan, sessions, injections, snoozes, skips, settings, since, now, zone, shown
    ):
        by_kind.setdefault(reminder.kind, []).append(reminder.slot)
    return [
        MissedSummary(kind, tuple(slots), _missed_text(kind, len(slots)))
        for kind, slots in by_kind.items()
    ]


def missed_template(kind: Kind, count: int) -> str:
    """The English template of the wake-up notice for `count` missed reminders ({n})."""
    one, many = MISSED_TEXT[kind]
    return one if count == 1 else many


def _missed_text(kind: Kind, count: int) -> str:
    return missed_template(kind, count).format(n=count)


def _live(
    plan: Sequence[PlanRow],
    sessions: Sequence[SessionRecord],
    injections: Sequence[Injection],
    snoozes: Collection[Snooze],
    skips: Collection[SkipToday],
    settings: Settings,
    zone: tzinfo,
    shown: Mapping[Slot, datetime],
) -> Callable[[date, date], Iterator[Reminder]]:
    """A generator factory over the reminders still to be shown, day by day."""
    index = PlanIndex(plan)
    rules = settings.heat_rules()
    injection_days = sorted({i.date for i in injections})
    pauses = [injection_heat_pause(day, zone, rules) for day in injection_days]
    heat_sessions = [s for s in sessions if s.kind is Kind.HEAT]
    skipped = {(s.day, Kind(s.kind)) for s in skips}
    snoozed: dict[Slot, datetime] = {}
    for snooze in snoozes:
        _require_aware(snooze.until)
        if snooze.slot not in snoozed or snooze.until > snoozed[snooze.slot]:
            snoozed[snooze.slot] = snooze.until
    done: dict[tuple[date, Kind], int] = {}
    for session in finished(sessions):
        if session_credit(session) >= 0.5:
            key = (session.day, Kind(session.kind))
            done[key] = done.get(key, 0) + 1

    def reminders(first: date, last: date) -> Iterator[Reminder]:
        day = first
        while day <= last:
            for slot in slots_on(index, day):
                if (day, slot.kind) in skipped or done.get((day, slot.kind), 0) > slot.index:
                    continue
                reminder = place(slot)
                if reminder is None:
                    continue
                seen = shown.get(slot)
                if seen is not None and seen >= reminder.deadline:
                    continue
                yield reminder
            day += timedelta(days=1)

    def place(slot: Slot) -> Reminder | None:
        deadline = snoozed.get(slot) or wall_time(slot.day, slot.time, zone)
        deadline = deadline.astimezone(zone)
        if slot.kind in PAUSED_AFTER_INJECTION and any(a <= deadline < b for a, b in pauses):
            return Reminder(deadline, slot, Kind.BREATHING, _INSTEAD_TEXT[slot.kind], True)
        if slot.kind is Kind.HEAT:
            decision = heat_allowed(deadline, heat_sessions, injection_days, rules)
            if not decision.allowed and decision.allowed_from is not None:
                moved = decision.allowed_from.astimezone(zone)
                if moved.date() != deadline.date():
                    return None  # past midnight: heat waits for tomorrow's own slots
                deadline = moved
        return Reminder(deadline, slot, slot.kind, _TEXT[slot.kind], False)

    return reminders


def _is_hhmm(text: str) -> bool:
    # A hand-edited plan may hold a bad time; that slot is left out rather than crashing.
    try:
        time.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return len(text) == 5


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("reminder times must be aware datetimes (with their UTC offset)")
