"""Everything the Progress screen draws, as plain data, computed once per change of data.

Every figure comes from the analysis functions that `coach stats --json` uses, over the
same default period (the first record's day to today): the daily and weekly figures, the
goal streak, the routine effects and the injection cycles. This module only lays them out
for the charts (columns per day and week, the last cycles by cycle day, a calendar grid)
and adds the wearing-off estimate and the worsening rule, which have their own modules.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from coach.analysis.adherence import Totals, weekly_figures
from coach.analysis.credit import finished
from coach.analysis.cycles import CyclePosition, cycle_position, injection_cycles
from coach.analysis.effect import effect_by_routine
from coach.analysis.ledger import Ledger, build_ledger
from coach.analysis.period import Period, resolve_period
from coach.analysis.streak import goal_streak
from coach.analysis.wearing_off import Source, WearingOff, cycle_wearing_off, recent_means
from coach.analysis.worsening import WorseningNotice, worsening_notices
from coach.core.records import History, Kind

#: Cycles the cycle chart compares (the most recent ones).
CYCLES_SHOWN = 4
#: Days the calendar covers: the last 12 months, today included.
CALENDAR_DAYS = 365
#: A visible range longer than this (about 6 months) shows weekly bars, not daily ones.
WEEKLY_ABOVE_DAYS = 183
#: Fewer rated sessions than this and a routine's effect is "too few to tell".
FEW_SESSIONS = 5
#: A drop of about this many points is what people tend to feel (CLINICAL.md section 5).
FELT_CHANGE = 2.0


# --- the expected course of a cycle (CLINICAL.md section 6) ---------------------------


class Phase(StrEnum):
    """Where a day lies in the typical course of an injection cycle."""

    INJECTION = "injection day"
    EARLY = "first days"
    ONSET = "effect starting"
    BUILDING = "building up"
    PEAK = "peak weeks"
    AFTER_PEAK = "after the peak"
    WEARING_OFF = "wearing off"


@dataclass(frozen=True)
class PhaseBand:
    """A span of cycle days with a typical phase; last_day None runs to the next injection."""

    phase: Phase
    first_day: int
    last_day: int | None


#: The bands the main chart shades: benefit starts on days 3-14, peaks in weeks 4-6
#: (days 21-41, week 1 being days 0-6) and wears off from week 8 (day 49).
PHASE_BANDS: tuple[PhaseBand, ...] = (
    PhaseBand(Phase.ONSET, 3, 14),
    PhaseBand(Phase.PEAK, 21, 41),
    PhaseBand(Phase.WEARING_OFF, 49, None),
)


def expected_phase(cycle_day: int) -> Phase:
    """The typical phase of a cycle day (0 = the injection day)."""
    if cycle_day <= 0:
        return Phase.INJECTION
    for band in PHASE_BANDS:
        if band.first_day <= cycle_day and (
            band.last_day is None or cycle_day <= band.last_day
        ):
            return band.phase
    if cycle_day < PHASE_BANDS[0].first_day:
        return Phase.EARLY
    return Phase.BUILDING if cycle_day < PHASE_BANDS[1].first_day else Phase.AFTER_PEAK


# --- the series -----------------------------------------------------------------------


class Granularity(StrEnum):
    """How finely the adherence bars are drawn."""

    DAY = "day"
    WEEK = "week"


def granularity_for(span_days: float) -> Granularity:
    """Daily bars up to about 6 months on screen, weekly bars beyond."""
    return Granularity.WEEK if span_days > WEEKLY_ABOVE_DAYS else Granularity.DAY


@dataclass(frozen=True)
class DailySeries:
    """One value per day of the period, day i being start + i (the stats "days")."""

    start: date
    planned: tuple[int, ...]
    credits: tuple[float, ...]  # raw, not capped
    adherence: tuple[float | None, ...]  # capped per kind / planned; None: nothing planned
    goal_met: tuple[bool | None, ...]  # adherence >= 0.8, compared exactly
    level: tuple[float | None, ...]  # the daily spasm level

    def __len__(self) -> int:
        return len(self.planned)

    def day_at(self, i: int) -> date:
        return self.start + timedelta(days=i)

    def index(self, day: date) -> int | None:
        """Position of a day, None outside the period."""
        i = (day - self.start).days
        return i if 0 <= i < len(self) else None


@dataclass(frozen=True)
class WeeklySeries:
    """One value per ISO week touching the period (the stats "weeks")."""

    week_start: tuple[date, ...]  # Mondays
    days_in_period: tuple[int, ...]
    planned: tuple[int, ...]
    credits: tuple[float, ...]
    adherence: tuple[float | None, ...]
    mean_spasm: tuple[float | None, ...]

    def __len__(self) -> int:
        return len(self.week_start)

    def index(self, day: date) -> int | None:
        """Position of the week holding `day`, None outside the period's weeks."""
        i = bisect_right(self.week_start, day) - 1
        if i < 0 or day > self.week_start[i] + timedelta(days=6):
            return None
        return i


@dataclass(frozen=True)
class CycleCurve:
    """One injection cycle by cycle day, for the cycle chart."""

    injection_date: date
    last_day: date  # the cycle's last day in the period (the day before the next one)
    level: tuple[float | None, ...]  # daily level on cycle day i
    recent: tuple[float | None, ...]  # the 7-day mean the wearing-off estimate compares
    mean_spasm: float | None  # the stats cycle mean
    wearing_off: WearingOff
    is_current: bool  # the cycle today lies in

    @property
    def days(self) -> int:
        return len(self.level)


@dataclass(frozen=True)
class RoutineEffect:
    """A routine's mean before-to-after spasm drop over its rated sessions."""

    routine_id: str
    title: str
    kind: Kind
    sessions: int
    mean_drop: float  # positive: spasm eased

    @property
    def too_few(self) -> bool:
        """Too few sessions to say much: shown, but said so."""
        return self.sessions < FEW_SESSIONS


class CellState(StrEnum):
    """How one calendar day is drawn (each also has its own pattern or mark)."""

    OUTSIDE = "outside"  # before the first record, or after today
    NO_PLAN = "no plan"
    MISSED = "missed"  # planned, nothing done
    SOME = "some"  # under half
    HALF = "half or more"  # 50% to under 80%
    GOAL = "goal met"  # 80% or more


@dataclass(frozen=True)
class CalendarCell:
    """One day of the adherence calendar."""

    day: date
    state: CellState
    planned: int = 0
    credits: float = 0.0
    adherence: float | None = None


@dataclass(frozen=True)
class Calendar:
    """The last 12 months as whole ISO weeks: column = week, row = weekday (Monday 0)."""

    first_monday: date
    weeks: int
    cells: tuple[CalendarCell, ...]  # weeks x 7, column by column

    def cell(self, day: date) -> CalendarCell | None:
        """The cell of a day, None if the grid does not show it."""
        i = (day - self.first_monday).days
        return self.cells[i] if 0 <= i < len(self.cells) else None


@dataclass(frozen=True)
class Tiles:
    """The figures at the top of the screen."""

    week_start: date  # this ISO week's Monday
    week_planned: int
    week_credits: float
    week_adherence: float | None  # this week so far; None: nothing planned yet
    streak_weeks: int
    spasm_this_week: float | None
    spasm_last_week: float | None
    cycle: CyclePosition | None  # None before any injection
    phase: Phase | None
    phase_source: Source | None  # None: the typical course; else whose wearing-off it is


@dataclass(frozen=True)
class DayDetail:
    """What hovering a day shows."""

    day: date
    planned: int
    credits: float
    adherence: float | None
    level: float | None
    notes: tuple[str, ...]
    injection: bool
    cycle: CyclePosition | None


@dataclass(frozen=True)
class Progress:
    """Everything the Progress screen shows, for one history on one day."""

    today: date
    period: Period
    has_records: bool
    days: DailySeries
    weeks: WeeklySeries
    injections: tuple[date, ...]  # distinct injection dates in the period, in order
    cycles: tuple[CycleCurve, ...]  # the last CYCLES_SHOWN, oldest first
    effects: tuple[RoutineEffect, ...]  # largest drop first
    streak_weeks: int
    tiles: Tiles
    calendar: Calendar
    worsening: tuple[WorseningNotice, ...]
    notes: dict[date, tuple[str, ...]] = field(repr=False)

    def day_detail(self, day: date) -> DayDetail | None:
        """The figures of one day of the period (None outside it)."""
        i = self.days.index(day)
        if i is None:
            return None
        return DayDetail(
            day=day,
            planned=self.days.planned[i],
            credits=self.days.credits[i],
            adherence=self.days.adherence[i],
            level=self.days.level[i],
            notes=self.notes.get(day, ()),
            injection=day in self.injections,
            cycle=cycle_position(self.injections, day),
        )


# --- building it ----------------------------------------------------------------------


def build_progress(history: History, today: date) -> Progress:
    """All the Progress figures for `history`, over the stats default period up to today."""
    period = resolve_period(history, None, None, today)
    ledger = build_ledger(history, period)
    week_figures = weekly_figures(ledger)
    days = _daily_series(ledger)
    weeks = WeeklySeries(
        week_start=tuple(w.week_start for w in week_figures),
        days_in_period=tuple(w.days_in_period for w in week_figures),
        planned=tuple(w.totals.planned_total for w in week_figures),
        credits=tuple(w.totals.credits_total for w in week_figures),
        adherence=tuple(w.totals.adherence for w in week_figures),
        mean_spasm=tuple(w.mean_spasm for w in week_figures),
    )
    streak = goal_streak(week_figures, period.end)

    injection_dates = tuple(sorted({i.date for i in history.injections if i.date in period}))
    noticed: dict[date, date] = {}
    for injection in history.injections:
        if injection.wearing_off_noticed is not None:
            noticed.setdefault(injection.date, injection.wearing_off_noticed)
    cycles = injection_cycles((i.date for i in history.injections), ledger)
    curves = []
    for c in cycles[-CYCLES_SHOWN:]:
        a, b = ledger.index(c.injection_date), ledger.index(c.last_day) + 1
        levels = tuple(ledger.level(i) for i in range(a, b))
        curves.append(
            CycleCurve(
                injection_date=c.injection_date,
                last_day=c.last_day,
                level=levels,
                recent=tuple(recent_means(levels)),
                mean_spasm=c.mean_spasm,
                wearing_off=cycle_wearing_off(
                    c.injection_date, levels, noticed.get(c.injection_date)
                ),
                is_current=c.injection_date <= today <= c.last_day,
            )
        )

    titles: dict[str, tuple[str, str]] = {}
    for s in ledger.sessions:  # in stored order; the latest title of a routine wins
        titles[s.routine_id] = (s.routine_title or s.routine_id, s.kind)
    effects = sorted(
        (
            RoutineEffect(rid, titles[rid][0], Kind(titles[rid][1]), e.sessions, e.mean_drop)
            for rid, e in effect_by_routine(ledger.sessions).items()
        ),
        key=lambda e: (-e.mean_drop, e.title.casefold()),
    )

    has_records = bool(history.sessions or history.symptoms or history.injections)
    tiles = _tiles(days, weeks, streak, injection_dates, curves, today, period)
    return Progress(
        today=today,
        period=period,
        has_records=has_records,
        days=days,
        weeks=weeks,
        injections=injection_dates,
        cycles=tuple(curves),
        effects=tuple(effects),
        streak_weeks=streak,
        tiles=tiles,
        calendar=_calendar(days, today),
        worsening=tuple(worsening_notices(history.sessions, today)),
        notes=_notes(history, period),
    )


def _daily_series(ledger: Ledger) -> DailySeries:
    """The stats "days" as columns, with each day's adherence and goal from its Totals.

    A day's Totals is built straight from the ledger's columns (daily_figures does the
    same one slice-sum at a time). Days repeat a handful of (planned, credits) patterns,
    so each pattern's figures are worked out once: the same numbers, a fraction of the
    cost on 20 years.
    """
    zero = (0,) * len(ledger.planned)
    seen: dict[
        tuple[tuple[int, ...], tuple[float, ...]], tuple[int, float, float | None, bool | None]
    ] = {}
    figures = []
    for key in zip(
        zip(*ledger.planned, strict=True), zip(*ledger.credits, strict=True), strict=True
    ):
        found = seen.get(key)
        if found is None:
            totals = Totals(key[0], tuple(map(float, key[1])), zero)
            found = seen[key] = (
                totals.planned_total,
                totals.credits_total,
                totals.adherence,
                totals.meets_goal,
            )
        figures.append(found)
    planned, credits, adherence, goal = zip(*figures, strict=True) if figures else ((),) * 4
    return DailySeries(
        start=ledger.period.start,
        planned=tuple(planned),
        credits=tuple(credits),
        adherence=tuple(adherence),
        goal_met=tuple(goal),
        level=tuple(ledger.level(i) for i in range(len(ledger))),
    )


def _tiles(
    days: DailySeries,
    weeks: WeeklySeries,
    streak: int,
    injections: Sequence[date],
    curves: Sequence[CycleCurve],
    today: date,
    period: Period,
) -> Tiles:
    monday = today - timedelta(days=today.weekday())
    this = weeks.index(today) if today in period else None
    last = weeks.index(monday - timedelta(days=1)) if this is not None else None
    position = cycle_position(injections, today)
    phase: Phase | None = None
    source: Source | None = None
    if position is not None:
        phase = expected_phase(position.day)
        current = next((c for c in curves if c.injection_date == position.injection_date), None)
        marked = current.wearing_off if current is not None else None
        if marked is not None and marked.day is not None and marked.day <= position.day:
            phase, source = Phase.WEARING_OFF, marked.source
    return Tiles(
        week_start=monday,
        week_planned=weeks.planned[this] if this is not None else 0,
        week_credits=weeks.credits[this] if this is not None else 0.0,
        week_adherence=weeks.adherence[this] if this is not None else None,
        streak_weeks=streak,
        spasm_this_week=weeks.mean_spasm[this] if this is not None else None,
        spasm_last_week=weeks.mean_spasm[last] if last is not None else None,
        cycle=position,
        phase=phase,
        phase_source=source,
    )


def cell_state(planned: int, adherence: float | None, goal_met: bool | None) -> CellState:
    """How a day with these figures is drawn in the calendar."""
    if not planned or adherence is None:
        return CellState.NO_PLAN
    if goal_met:
        return CellState.GOAL
    if adherence <= 0:
        return CellState.MISSED
    return CellState.HALF if adherence >= 0.5 else CellState.SOME


def _calendar(days: DailySeries, today: date) -> Calendar:
    first = today - timedelta(days=CALENDAR_DAYS - 1)
    first_monday = first - timedelta(days=first.weekday())
    weeks = (today - first_monday).days // 7 + 1
    cells: list[CalendarCell] = []
    for n in range(weeks * 7):
        day = first_monday + timedelta(days=n)
        i = days.index(day)
        if i is None or day < first or day > today:
            cells.append(CalendarCell(day, CellState.OUTSIDE))
            continue
        planned, adherence = days.planned[i], days.adherence[i]
        state = cell_state(planned, adherence, days.goal_met[i])
        cells.append(CalendarCell(day, state, planned, days.credits[i], adherence))
    return Calendar(first_monday, weeks, tuple(cells))


def _notes(history: History, period: Period) -> dict[date, tuple[str, ...]]:
    """Each day's notes from symptom entries and sessions, in the order they were written."""
    timed: dict[date, list[tuple[object, str]]] = {}
    for e in history.symptoms:
        if e.note.strip() and e.day in period:
            timed.setdefault(e.day, []).append((e.recorded_at, e.note.strip()))
    for s in finished(history.sessions):
        if s.note.strip() and s.day in period:
            timed.setdefault(s.day, []).append((s.started_at, s.note.strip()))
    return {
        day: tuple(text for _, text in sorted(items, key=lambda item: item[0]))
        for day, items in timed.items()
    }
