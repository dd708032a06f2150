"""A realistic, reproducible synthetic history for `coach demo` and the benchmarks.

The patient it describes has Botox every ~12 weeks and a home programme that grows once or
twice. Spasm follows the injection cycle (worse before an injection, best in weeks 4-6),
adherence has human habits (busy weekday evenings, better weekends, the odd week lost to a
cold or a trip) and each technique eases spasm by its own typical amount, so every chart
and the clinician report have something true-to-life to show.

Pure Python: one random.Random(seed) drives everything and no wall clock is read, so the
same (days, seed, today, tz) always gives the same History.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from statistics import NormalDist
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from coach.core.records import (
    RATING_MAX,
    RATING_MIN,
    History,
    Injection,
    Kind,
    PlanRow,
    SessionRecord,
    SessionStatus,
    SideEffect,
    SymptomEntry,
)
from coach.store.errors import StoreError

if TYPE_CHECKING:
    from coach.store.database import Store

DEFAULT_TZ = "Europe/London"


class DemoRefusedError(StoreError):
    """The data folder already holds records; demo data never mixes with real data."""


@dataclass(frozen=True, slots=True)
class DemoRoutine:
    """A built-in routine as far as the demo history needs it."""

    id: str
    title: str
    kind: Kind
    planned_seconds: int
    steps_total: int
    mean_drop: float  # typical spasm_before - spasm_after, so charts show technique differences


_S, _H, _B, _X = Kind.STRETCH, Kind.HEAT, Kind.BREATHING, Kind.RELAXATION

#: The built-in routines (assets/routines/*.toml): id, title, kind, seconds, steps, mean drop.
ROUTINES: tuple[DemoRoutine, ...] = (
    DemoRoutine("neck-shoulder-release",  "Gentle neck & shoulder release", _S,  716, 10, 1.0),
    DemoRoutine("desk-micro-break",       "Desk micro-break",               _S,  181,  5, 0.9),
    DemoRoutine("after-injection-gentle", "Gentle day after an injection",  _S,  415,  3, 0.9),
    DemoRoutine("heat-and-stretch",       "Heat & stretch",                 _H, 1458,  5, 1.75),
    DemoRoutine("belly-breathing",        "Belly breathing",                _B,  300,  1, 0.8),
    DemoRoutine("resonance-breathing",    "Resonance breathing",            _B,  605,  1, 0.9),
    DemoRoutine("box-breathing",          "Box breathing",                  _B,  160,  1, 0.75),
    DemoRoutine("breathing-4-7-8",        "4-7-8 breathing",                _B,   76,  1, 0.7),
    DemoRoutine("progressive-relaxation", "Progressive relaxation",         _X,  455, 22, 0.5),
    DemoRoutine("body-scan",              "Body scan",                      _X,  600, 13, 0.5),
)  # fmt: skip

_R: dict[str, DemoRoutine] = {r.id: r for r in ROUTINES}

ALL_WEEK = frozenset(range(7))
_REST_ON_INJECTION_DAY = frozenset({Kind.STRETCH, Kind.HEAT})  # planned 0 (DESIGN.md)
_UUID_KEEP = ~((0xF000 << 64) | (0xC000 << 48))  # clears the version and variant bits
_UUID_V4 = (0x4000 << 64) | (0x8000 << 48)
WORKDAYS = frozenset(range(5))
WEEKEND = frozenset({5, 6})

# Everyday notes, in the patient's own words (some with commas, as real notes have).
_SYMPTOM_NOTES = (
    "Long day at work, neck pulling to the left by the evening",
    "Slept badly, stiff on waking",
    "Good day, hardly noticed it",
    "Cold and windy out, shoulders up by my ears",
    "Drove to my sister's, two hours each way, sore after",
    "Tremor worse when tired",
    "Head turning more than usual, used the hand trick a lot",
    "Carried the shopping home, trapezius tight",
    "Quiet day",
    "Headache behind the left eye",
    "Fine until late afternoon",
    "Physio today, new stretch for the left side",
    "Lots of screen time, chin poking forward",
    "Walked by the river, felt looser",
)
_BEST_NOTES = ("Best week in a while", "Injection really working now", "Could read in bed")
_WEAR_NOTES = (
    "Injection wearing off, pulling again",
    "Counting the days to the next injection",
    "Head drifting to the right again",
)
_SESSION_NOTES = (
    "Phone rang in the middle",
    "Did it at my desk",
    "Felt looser afterwards",
    "Right side only, as the physio said",
    "Sensory trick helped in the rest",
    "Rushed it, a bit distracted",
    "Nice and calm after",
)
_STOPPED_NOTES = {
    Kind.STRETCH: ("Sharp pain on the left, stopped", "Pulling got worse, so I stopped"),
    Kind.HEAT: ("Skin too warm, stopped", "Neck started jerking, stopped"),
    Kind.BREATHING: ("Felt dizzy, stopped", "Could not settle, tremor worse"),
    Kind.RELAXATION: ("Shoulders cramped, stopped", "Could not settle, tremor worse"),
}


@dataclass(frozen=True, slots=True)
class _Event:
    """A stretch of days that throws the routine: a cold, a trip, a busy spell at work."""

    first: date
    last: date
    kind: str  # "ill", "travel" or "busy"
    adherence: float  # multiplies the chance of doing a planned session
    spasm: float  # added to the spasm level
    notes: tuple[str, ...]


_EVENT_KINDS = (
    # kind, min days, max days, adherence factor, spasm bump, notes
    ("ill", 4, 9, 0.2, 1.1, ("Down with a cold, stayed in bed", "Still coughing, did nothing")),
    (
        "travel",
        4,
        10,
        0.15,
        0.4,
        ("Away this week, no routine", "Long flight, neck very stiff"),
    ),
    ("busy", 5, 12, 0.6, 0.9, ("Deadline at work, tense all day", "Busy week, skipped things")),
)


@dataclass(frozen=True, slots=True)
class _Cycle:
    """One injection cycle's shape: how fast, how well and how long the benefit lasted."""

    injected: date
    recorded: bool  # False for the one before the history starts
    onset: int  # day the benefit starts
    peak: int  # day the best level is reached
    wear: int  # day the benefit starts to fade
    full: int  # day the fade is complete
    best: float
    worst: float


def _clamp_rating(value: float) -> int:
    rating = round(value)
    return RATING_MIN if rating < RATING_MIN else RATING_MAX if rating > RATING_MAX else rating


# 2048 evenly spaced quantiles of the standard normal (tails cut near 3.5 sd, harmless here).
_NORMAL = tuple(NormalDist().inv_cdf((i + 0.5) / 2048) for i in range(2048))


class _Random(random.Random):
    """random.Random whose gauss reads a quantile table: a third of the cost, still seeded."""

    def gauss(self, mu: float = 0.0, sigma: float = 1.0) -> float:
        return mu + sigma * _NORMAL[int(self.random() * 2048)]


def _noticed(cycle: _Cycle, after: int, limit: date) -> date | None:
    """The day `after` days into a cycle, or None if that is past `limit` (no future dates)."""
    day = cycle.injected + timedelta(days=after)
    return day if day <= limit else None


def _zone(tz: str | tzinfo) -> tzinfo:
    if isinstance(tz, tzinfo):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"time zone {tz!r}: expected a name like 'Europe/London'") from None


class _Builder:
    """Walks the days once, keeping the running state a real patient's diary would have."""

    def __init__(self, days: int, seed: int, today: date, tz: str | tzinfo) -> None:
        self.rng = _Random(seed)
        self.zone = _zone(tz)
        self.today = today
        self.start = today - timedelta(days=days - 1)
        self.days = days
        self._fixed: dict[timedelta, timezone] = {}
        self.sessions: list[SessionRecord] = []
        self.symptoms: list[SymptomEntry] = []

    # -- small helpers -------------------------------------------------------------------

    def new_id(self) -> str:
        """A version-4 UUID from the seeded generator, as str(uuid.UUID(int=.., version=4))."""
        # Formatted by hand: uuid.UUID costs a third of the 20-year generation time.
        h = f"{(self.rng.getrandbits(128) & _UUID_KEEP) | _UUID_V4:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def stamp(self, day: date, minute: int) -> datetime:
        """An aware local time on `day`, carrying the offset in force then (DST included)."""
        hour, minute = divmod(minute, 60)
        local = datetime(
            day.year, day.month, day.day, hour, minute, int(self.rng.random() * 60)
        )
        offset = self.zone.utcoffset(local) or timedelta(0)
        fixed = self._fixed.get(offset)
        if fixed is None:
            fixed = self._fixed[offset] = timezone(offset)
        return local.replace(tzinfo=fixed)

    def next_monday(self, day: date) -> date:
        return day + timedelta(days=(7 - day.weekday()) % 7)

    # -- the plan ------------------------------------------------------------------------

    def plan(self) -> tuple[PlanRow, ...]:
        """Stretches and breathing first; heat and relaxation added; later stretches daily."""
        rng, start = self.rng, self.start
        rows = [
            PlanRow(start, Kind.STRETCH, 2, WORKDAYS, ("08:30", "18:00")),
            PlanRow(start, Kind.BREATHING, 1, ALL_WEEK, ("21:00",)),
        ]
        # New plans start on a Monday, as after a physio review.
        if self.days >= 42:
            added = self.next_monday(
                start + timedelta(days=int(self.days * rng.uniform(0.15, 0.3)))
            )
            if added <= self.today:
                rows.append(PlanRow(added, Kind.HEAT, 1, frozenset({0, 2, 4}), ("19:00",)))
                rows.append(
                    PlanRow(added, Kind.RELAXATION, 1, frozenset({1, 3, 6}), ("21:30",))
                )
        if self.days >= 150:
            daily = self.next_monday(
                start + timedelta(days=int(self.days * rng.uniform(0.45, 0.6)))
            )
            if daily <= self.today:
                rows.append(PlanRow(daily, Kind.STRETCH, 2, ALL_WEEK, ("08:00", "17:30")))
        return tuple(sorted(rows, key=lambda r: (r.valid_from, r.kind.value)))

    # -- injections and the spasm curve --------------------------------------------------

    def cycles(self) -> list[_Cycle]:
        """The injection before the history (unrecorded) and every one up to today."""
        rng = self.rng
        cycles: list[_Cycle] = []
        # The history opens somewhere inside a cycle that began before it.
        injected = self.start - timedelta(days=rng.randint(1, 83))
        recorded = False
        while injected <= self.today:
            weak = rng.random() < 0.1  # now and then a cycle simply works less well
            onset = rng.randint(9, 13) if weak else rng.randint(4, 8)
            peak = onset + rng.randint(12, 20)
            wear = rng.randint(52, 66)
            cycles.append(
                _Cycle(
                    injected=injected,
                    recorded=recorded,
                    onset=onset,
                    peak=peak,
                    wear=wear,
                    full=wear + rng.randint(18, 28),
                    best=rng.uniform(4.0, 5.0) if weak else rng.uniform(2.2, 3.6),
                    worst=rng.uniform(6.2, 7.6),
                )
            )
            # Mostly 12 weeks; sometimes the clinic slot slips to 13-14 weeks.
            gap = 84 + rng.randint(-3, 3) if rng.random() < 0.75 else rng.randint(88, 96)
            injected += timedelta(days=gap)
            if injected.weekday() >= 5:  # clinics inject on weekdays
                injected += timedelta(days=7 - injected.weekday())
            recorded = True
        return cycles

    def spasm_curve(self, cycles: list[_Cycle]) -> list[float]:
        """The underlying spasm level of every history day, before daily noise."""
        levels: list[float] = []
        ci = 0
        for i in range(self.days):
            day = self.start + timedelta(days=i)
            while ci + 1 < len(cycles) and cycles[ci + 1].injected <= day:
                ci += 1
            c = cycles[ci]
            # The level the benefit starts from is where the previous cycle had faded to.
            before = cycles[ci - 1].worst if ci else c.worst
            d = (day - c.injected).days
            if d < c.onset:
                level = before
            elif d < c.peak:
                level = before + (c.best - before) * (d - c.onset) / (c.peak - c.onset)
            elif d < c.wear:
                level = c.best
            elif d < c.full:
                level = c.best + (c.worst - c.best) * (d - c.wear) / (c.full - c.wear)
            else:
                level = c.worst + min(0.6, (d - c.full) * 0.03)
            levels.append(level)
        return levels

    def injections(self, cycles: list[_Cycle]) -> tuple[Injection, ...]:
        """Diary entries for the recorded injections, with what the patient noticed."""
        rng = self.rng
        out: list[Injection] = []
        units = rng.choice((175.0, 200.0))
        muscles = "left SCM; right splenius capitis; left trapezius"
        for n, c in enumerate(cycles):
            if not c.recorded:
                continue
            nxt = cycles[n + 1].injected if n + 1 < len(cycles) else None
            limit = min(self.today, nxt - timedelta(days=1)) if nxt else self.today
            note = ""
            if rng.random() < 0.08 and units < 250:
                units += 25.0
                note = f"Dose up to {units:g} units after review"
            elif rng.random() < 0.06:
                muscles = rng.choice(
                    (
                        "left SCM; right splenius capitis; left trapezius; "
                        "right levator scapulae",
                        "left SCM; right splenius capitis; left trapezius",
                    )
                )
                note = "Added a muscle, same dose"
            elif rng.random() < 0.1:
                note = rng.choice(("Clinic ran late", "New doctor, same plan", "Very quick"))

            onset = wearing = None
            if c.best < 4 and rng.random() < 0.85:  # a weak cycle brings no clear onset
                onset = _noticed(c, c.onset + rng.randint(1, 2), limit)
            if rng.random() < 0.5:
                wearing = _noticed(c, c.wear + rng.randint(4, 10), limit)
            effects: list[SideEffect] = []
            if rng.random() < 0.22:
                name, first, last = rng.choice(
                    (
                        ("swallowing", 5, 9),
                        ("swallowing", 5, 9),
                        ("neck weakness", 4, 12),
                        ("injection-site pain", 0, 1),
                        ("dry mouth", 3, 10),
                    )
                )
                when = _noticed(c, rng.randint(first, last), limit)
                if when is not None:
                    effects.append(SideEffect(name, when))
            if rng.random() < 0.04:
                effects.append(SideEffect("voice change"))
            out.append(
                Injection(
                    id=self.new_id(),
                    date=c.injected,
                    product="Botox",
                    units=units,
                    muscles=muscles,
                    onset_noticed=onset,
                    wearing_off_noticed=wearing,
                    side_effects=tuple(effects),
                    note=note,
                )
            )
        return tuple(out)

    # -- life events ---------------------------------------------------------------------

    def events(self) -> dict[date, _Event]:
        """A cold, a trip or a busy spell every two to four months."""
        rng = self.rng
        by_day: dict[date, _Event] = {}
        day = self.start + timedelta(days=rng.randint(20, 90))
        while day <= self.today:
            kind, low, high, adherence, spasm, notes = rng.choice(_EVENT_KINDS)
            last = day + timedelta(days=rng.randint(low, high) - 1)
            event = _Event(day, last, kind, adherence, spasm, notes)
            for k in range((last - day).days + 1):
                by_day[day + timedelta(days=k)] = event
            day = last + timedelta(days=rng.randint(45, 130))
        return by_day

    # -- sessions ------------------------------------------------------------------------

    def do_chance(self, kind: Kind, slot: int, slots: int, weekend: bool) -> float:
        """How likely a planned session is done on an ordinary day."""
        if kind is Kind.STRETCH:
            if slots >= 2 and slot >= 1:  # the evening one is the first to go on workdays
                return 0.85 if weekend else 0.7
            return 0.88 if weekend else 0.93
        if kind is Kind.BREATHING:
            return 0.92 if weekend else 0.83
        if kind is Kind.HEAT:
            return 0.9 if weekend else 0.8
        return 0.9 if weekend else 0.75

    def pick_routine(self, kind: Kind, slot: int, day_after_injection: bool) -> DemoRoutine:
        rng = self.rng
        if kind is Kind.STRETCH:
            if day_after_injection and rng.random() < 0.85:
                return _R["after-injection-gentle"]
            quick = 0.35 if slot >= 1 else 0.15
            return _R["desk-micro-break" if rng.random() < quick else "neck-shoulder-release"]
        if kind is Kind.HEAT:
            return _R["heat-and-stretch"]
        if kind is Kind.BREATHING:
            u = rng.random()
            if u < 0.45:
                return _R["belly-breathing"]
            if u < 0.7:
                return _R["resonance-breathing"]
            return _R["box-breathing" if u < 0.9 else "breathing-4-7-8"]
        return _R["progressive-relaxation" if rng.random() < 0.6 else "body-scan"]

    def start_minute(self, reminder: int, weekend: bool) -> int:
        """When the patient actually starts: mostly just after the reminder, sometimes late."""
        rng = self.rng
        minute = reminder + int(rng.gauss(8, 14))
        if weekend and reminder < 12 * 60:
            minute += rng.randint(15, 75)  # a slower weekend morning
        elif rng.random() < 0.1:
            minute += rng.randint(40, 150)
        return max(reminder - 25, minute)

    def extras(
        self, weekend: bool, near_injection: bool, level: float
    ) -> list[tuple[int, DemoRoutine]]:
        """Unplanned sessions: a desk break at work, a quick calm-down, heat on a weekend."""
        rng = self.rng
        found: list[tuple[int, DemoRoutine]] = []
        if not weekend and rng.random() < 0.05 and not near_injection:
            found.append((rng.randint(630, 930), _R["desk-micro-break"]))
        if rng.random() < 0.03:
            found.append(
                (rng.randint(720, 1320), _R[rng.choice(("box-breathing", "breathing-4-7-8"))])
            )
        if level > 6 and rng.random() < 0.12:
            found.append(
                (rng.randint(1305, 1365), _R[rng.choice(("body-scan", "belly-breathing"))])
            )
        if weekend and rng.random() < 0.04 and not near_injection:
            found.append((rng.randint(600, 960), _R["heat-and-stretch"]))
        return found

    def session(
        self, day: date, minute: int, routine: DemoRoutine, level: float
    ) -> SessionRecord:
        """One finished session with plausible status, timings and before/after ratings."""
        rng = self.rng
        total = routine.steps_total
        planned = routine.planned_seconds
        u = rng.random()
        if u < 0.022:
            status = SessionStatus.STOPPED
            done = rng.randint(1, max(1, int(total * 0.6))) if total > 1 else 0
            share = done / total if total > 1 else rng.uniform(0.15, 0.6)
        elif u < 0.036:
            status = SessionStatus.ABANDONED
            done = rng.randint(0, total // 3) if total > 1 else 0
            share = rng.uniform(0.05, 0.35)
        elif u < (0.11 if total > 1 else 0.05):
            status = SessionStatus.PARTIAL
            done = total - rng.randint(1, max(1, round(total * 0.35))) if total > 1 else 0
            share = done / total if total > 1 else rng.uniform(0.4, 0.8)
        else:
            status = SessionStatus.COMPLETED
            done = total
            share = 1.0 if rng.random() < 0.8 else rng.uniform(0.95, 1.0)  # skipped a rest
        active = max(5, min(planned, round(planned * share * rng.uniform(0.92, 1.0))))
        if status is SessionStatus.COMPLETED:
            active = round(planned * share)

        # Evenings after work are worse; ratings are whole numbers with day-to-day noise.
        evening = 0.4 if minute >= 17 * 60 and day.weekday() < 5 else 0.0
        before = (
            _clamp_rating(level + evening + rng.gauss(0, 0.7)) if rng.random() < 0.93 else None
        )
        after: int | None = None
        note = ""
        if before is not None and rng.random() < 0.9:
            if status is SessionStatus.STOPPED:
                worse = rng.random() < 0.75
                after = _clamp_rating(before + (rng.randint(1, 3) if worse else -rng.random()))
                note = rng.choice(_STOPPED_NOTES[routine.kind]) if rng.random() < 0.6 else ""
            elif status is not SessionStatus.ABANDONED or rng.random() < 0.2:
                # Sessions help more on bad days; the mean drop differs by technique.
                drop = rng.gauss(routine.mean_drop * (0.7 + 0.075 * before), 0.8)
                if status is not SessionStatus.COMPLETED:
                    drop *= share
                after = _clamp_rating(before - drop)
        pain_before = pain_after = None
        if before is not None and rng.random() < 0.35:
            pain_before = _clamp_rating(before - 0.5 + rng.gauss(0, 1))
            if after is not None:
                pain_after = _clamp_rating(
                    pain_before + 0.7 * (after - before) + rng.gauss(0, 0.6)
                )
        if not note and rng.random() < 0.03:
            note = rng.choice(_SESSION_NOTES)
        return SessionRecord(
            id=self.new_id(),
            routine_id=routine.id,
            routine_title=routine.title,
            kind=routine.kind,
            started_at=self.stamp(day, minute),
            planned_seconds=planned,
            active_seconds=active,
            steps_done=done,
            steps_total=total,
            status=status,
            spasm_before=before,
            spasm_after=after,
            pain_before=pain_before,
            pain_after=pain_after,
            note=note,
        )

    # -- symptom entries -----------------------------------------------------------------

    def symptom(
        self, day: date, minute: int, level: float, note: str, busy: bool
    ) -> SymptomEntry:
        rng = self.rng
        spasm = _clamp_rating(level + rng.gauss(0, 0.7))
        pain = _clamp_rating(spasm - 0.5 + rng.gauss(0, 1)) if rng.random() < 0.5 else None
        stress = None
        if rng.random() < 0.3:
            stress = _clamp_rating(2.5 + (day.weekday() < 5) + 2.5 * busy + rng.gauss(0, 1.3))
        sleep = (
            _clamp_rating(7.5 - 0.4 * (spasm - 4) + rng.gauss(0, 1.3))
            if rng.random() < 0.3
            else None
        )
        trick = rng.random() < 0.2 + 0.06 * spasm if rng.random() < 0.25 else None
        return SymptomEntry(
            id=self.new_id(),
            recorded_at=self.stamp(day, minute),
            spasm=spasm,
            pain=pain,
            stress=stress,
            sleep=sleep,
            sensory_trick=trick,
            note=note,
        )

    def day_note(self, day: date, event: _Event | None, cycle_day: int, level: float) -> str:
        rng = self.rng
        if event is not None and (day == event.first or rng.random() < 0.12):
            return rng.choice(event.notes)
        if cycle_day == 0:
            return "Injection today"
        if cycle_day == 1 and rng.random() < 0.5:
            return "Injection yesterday, neck a bit sore"
        u = rng.random()
        if u < 0.025 and 28 <= cycle_day < 42:
            return rng.choice(_BEST_NOTES)
        if u < 0.04 and level > 6:
            return rng.choice(_WEAR_NOTES)
        return rng.choice(_SYMPTOM_NOTES) if u > 0.955 else ""

    # -- the walk over the days ----------------------------------------------------------

    def planned_slots(
        self,
        in_force: dict[Kind, tuple[PlanRow, list[int]]],
        day: date,
        *,
        injection_day: bool,
        day_after: bool,
        keen: float,
        event: _Event | None,
    ) -> list[tuple[int, DemoRoutine]]:
        """The planned sessions the patient actually starts on `day`, with start minutes."""
        rng = self.rng
        weekend = day.weekday() >= 5
        slots: list[tuple[int, DemoRoutine]] = []
        for kind, (row, times) in in_force.items():
            if injection_day and kind in _REST_ON_INJECTION_DAY:
                continue
            count = row.planned_on(day)
            for slot in range(count):
                chance = self.do_chance(kind, slot, count, weekend) * keen
                if event is not None:
                    # A busy spell costs the later sessions; the morning one mostly stays.
                    busy_morning = event.kind == "busy" and slot == 0 and count > 1
                    chance *= 0.9 if busy_morning else event.adherence
                if rng.random() < chance:
                    reminder = times[slot] if slot < len(times) else 12 * 60 + 60 * slot
                    routine = self.pick_routine(kind, slot, day_after)
                    slots.append((self.start_minute(reminder, weekend), routine))
        return slots

    def log_sessions(
        self, day: date, slots: list[tuple[int, DemoRoutine]], level: float
    ) -> None:
        """Log a day's sessions in time order; a late start pushes the next one back."""
        free_from = 0
        for minute, routine in sorted(slots, key=lambda slot: slot[0]):
            if free_from and minute <= free_from:
                minute = free_from + self.rng.randint(1, 10)
            if minute > 23 * 60 + 40:
                break  # too late in the evening: the patient went to bed instead
            self.sessions.append(self.session(day, minute, routine, level))
            free_from = minute + routine.planned_seconds // 60 + 1

    def log_symptoms(
        self, day: date, event: _Event | None, cycle_day: int, level: float
    ) -> None:
        """Most days one entry (usually in the evening); bad days more often two."""
        rng = self.rng
        note = self.day_note(day, event, cycle_day, level)
        if rng.random() >= (0.45 if event is not None and event.kind == "travel" else 0.86):
            return
        busy = event is not None and event.kind == "busy"
        both = rng.random() < (0.28 if level > 6 else 0.12)
        morning = both or rng.random() < 0.22
        if morning:  # stiff on waking, a little worse than the day's level
            self.symptoms.append(
                self.symptom(day, rng.randint(435, 570), level + 0.3, "", busy)
            )
        if both or not morning:
            self.symptoms.append(self.symptom(day, rng.randint(1170, 1365), level, note, busy))

    def build(self, now: datetime | None) -> History:
        """Walk the days once, oldest first, logging what the patient did and felt."""
        rng = self.rng
        plan = self.plan()
        cycles = self.cycles()
        injections = self.injections(cycles)
        curve = self.spasm_curve(cycles)
        events = self.events()
        injection_days = {c.injected for c in cycles}  # with the one before the history

        upcoming = sorted(plan, key=lambda r: r.valid_from)
        # The row in force per kind, with its reminders as minutes after midnight.
        in_force: dict[Kind, tuple[PlanRow, list[int]]] = {}
        drift = 0.0  # slow ups and downs of the patient's spasm, beyond the cycle
        motivation = 0.0  # slow ups and downs of how keen they are
        ci = 0
        for i in range(self.days):
            day = self.start + timedelta(days=i)
            while upcoming and upcoming[0].valid_from <= day:
                row = upcoming.pop(0)
                in_force[row.kind] = (
                    row,
                    [int(t[:2]) * 60 + int(t[3:]) for t in row.reminder_times],
                )
            while ci + 1 < len(cycles) and cycles[ci + 1].injected <= day:
                ci += 1
            event = events.get(day)
            drift = 0.97 * drift + rng.gauss(0, 0.12)
            motivation = 0.985 * motivation + rng.gauss(0, 0.012)
            level = curve[i] + drift + (event.spasm if event else 0.0)
            injection_day = day in injection_days
            day_after = day - timedelta(days=1) in injection_days

            slots = self.planned_slots(
                in_force,
                day,
                injection_day=injection_day,
                day_after=day_after,
                keen=min(1.1, max(0.75, 1.0 + motivation)),
                event=event,
            )
            if event is None or event.kind == "busy":
                slots += self.extras(day.weekday() >= 5, injection_day or day_after, level)
            self.log_sessions(day, slots, level)
            self.log_symptoms(day, event, (day - cycles[ci].injected).days, level)

        sessions = tuple(self.sessions)
        symptoms = tuple(self.symptoms)
        if now is not None:
            # Nothing later than the moment the demo is made: no diary entries from the future.
            sessions = tuple(s for s in sessions if s.started_at <= now)
            symptoms = tuple(s for s in symptoms if s.recorded_at <= now)
        return History(sessions=sessions, symptoms=symptoms, injections=injections, plan=plan)


def generate_history(
    days: int,
    seed: int,
    today: date,
    tz: str | tzinfo = DEFAULT_TZ,
    *,
    now: datetime | None = None,
) -> History:
    """A believable synthetic history of `days` days up to `today`; same inputs, same result.

    `tz` is the patient's time zone (a zoneinfo name or a tzinfo): each timestamp carries
    the UTC offset in force then. `now` (aware), if given, leaves out anything later on
    `today`, so a demo made in the morning has no evening sessions yet.
    """
    if days < 1:
        raise ValueError(f"days must be 1 or more, not {days}")
    if now is not None and now.utcoffset() is None:
        raise ValueError("now must carry its UTC offset")
    return _Builder(days, seed, today, tz).build(now)


def write_demo(
    store: Store,
    days: int,
    seed: int,
    today: date,
    *,
    tz: str | tzinfo = DEFAULT_TZ,
    now: datetime | None = None,
) -> History:
    """Fill an empty store with a demo history and return it; refuses a store with records."""
    _refuse_unless_empty(store)
    history = generate_history(days, seed, today, tz, now=now)
    with store.transaction():
        _refuse_unless_empty(store)  # checked again under the write lock: another window
        store.add_history(history)  # may have saved something while we generated
    return history


def _refuse_unless_empty(store: Store) -> None:
    if not store.is_empty():
        raise DemoRefusedError(
            f"{store.data_dir} already holds records; demo data is only written into an empty "
            "data folder, so real entries never mix with made-up ones. Nothing was written."
        )
