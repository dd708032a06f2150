"""Every figure the clinician report shows, gathered from analysis/ (no Qt here).

The report's numbers are `coach stats --json` for the report's period: the totals, the
weeks, the effects and the cycles come from compute_stats itself, and the per-kind week
cells from the same weekly_figures it uses. The cycle overlay, the wearing-off estimate and
the worsening rule come from the analysis modules the Progress screen uses, so a number on
paper, on screen and in the JSON can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from coach import __version__
from coach.analysis.adherence import period_figures
from coach.analysis.credit import finished, is_finished
from coach.analysis.cycles import CyclePosition, cycle_position, injection_cycles
from coach.analysis.ledger import build_ledger
from coach.analysis.period import Period, first_record_day
from coach.analysis.series import CYCLES_SHOWN, CycleCurve, RoutineEffect
from coach.analysis.stats import compute_stats
from coach.analysis.wearing_off import Source, cycle_wearing_off, recent_means
from coach.analysis.worsening import WorseningNotice, worsening_notices
from coach.core.records import KINDS, History, Injection, Kind, SessionStatus, SideEffect

APP_NAME = "Trapezius Coach"
#: The report covers this many ISO weeks unless asked otherwise (about one injection cycle).
DEFAULT_WEEKS = 12
#: The weekly table lists at most this many weeks (the latest); the chart shows them all.
TABLE_WEEKS = 16
#: Notes shown, newest first, and how long each may be before it is shortened.
NOTES_SHOWN = 8
NOTE_CHARS = 120


@dataclass(frozen=True)
class KindWeek:
    """One kind in one week: raw credits, planned sessions, capped adherence."""

    planned: int
    credits: float
    adherence: float | None


@dataclass(frozen=True)
class WeekRow:
    """A row of the weekly table (the stats "weeks" entry plus its kinds)."""

    week_start: date
    days_in_period: int
    kinds: tuple[KindWeek, ...]  # KINDS order
    planned: int
    credits: float
    adherence: float | None
    mean_spasm: float | None

    def kind(self, kind: Kind) -> KindWeek:
        return self.kinds[KINDS.index(kind)]


@dataclass(frozen=True)
class DayPoint:
    """One day of the period for the chart (the stats "days" entry)."""

    day: date
    planned: int
    credits: float
    mean_spasm: float | None


@dataclass(frozen=True)
class InjectionRow:
    """An injection in the period, with what the diary says about its cycle."""

    date: date
    product: str
    units: float | None
    muscles: str
    days_since_previous: int | None  # None for the first injection in the diary
    onset_noticed: date | None
    wearing_off: date | None  # the patient's date, else the estimate
    wearing_off_source: Source | None
    cycle_days: int  # days of its cycle inside the period (the stats "days")
    cycle_mean_spasm: float | None  # the stats cycle mean


@dataclass(frozen=True)
class SideEffectRow:
    """A side effect logged against an injection whose cycle touches the period."""

    injection_date: date
    name: str
    noticed_on: date | None


@dataclass(frozen=True)
class NoteRow:
    """A diary note with where it was written."""

    day: date
    where: str  # "diary, spasm 6" or "Heat & stretch, stopped"
    text: str


@dataclass(frozen=True)
class ReportData:
    """Everything on the clinician report, for one history, period and day."""

    app_name: str
    version: str
    made_on: date
    patient_name: str
    weeks_asked: int
    period: Period
    has_records: bool  # anything recorded in the period at all
    last_record_day: (
        date | None
    )  # the diary's latest record; only looked up for an empty period
    stats: dict[str, Any]  # compute_stats for the period: the figures as the JSON has them
    weeks: tuple[WeekRow, ...]
    days: tuple[DayPoint, ...]
    sessions_done: int  # finished sessions in the period (any credit)
    sessions_stopped: int  # of which stopped because pain or spasm got worse
    injections: tuple[InjectionRow, ...]
    last_injection_before: date | None  # the latest one before the period, for context
    cycle_now: CyclePosition | None  # where the period's last day lies in its cycle
    cycles: tuple[CycleCurve, ...]  # the last CYCLES_SHOWN up to the period's end
    effects: tuple[RoutineEffect, ...]
    side_effects: tuple[SideEffectRow, ...]
    worsening: tuple[WorseningNotice, ...]
    notes: tuple[NoteRow, ...]
    notes_in_period: int

    @property
    def weeks_in_table(self) -> tuple[WeekRow, ...]:
        """The latest TABLE_WEEKS weeks, oldest first."""
        return self.weeks[-TABLE_WEEKS:]

    @property
    def adherence(self) -> float | None:
        return self.stats["adherence"]

    @property
    def mean_spasm(self) -> float | None:
        return self.stats["mean_spasm"]

    @property
    def goal_streak_weeks(self) -> int:
        return self.stats["goal_streak_weeks"]

    def minutes_per_week(self, kind: Kind) -> float:
        """Mean active minutes a week of one kind over the period (the dose)."""
        return self.stats["minutes_by_kind"][kind.value] * 7 / self.period.length


def report_period(history: History, weeks: int, today: date) -> Period:
    """The last `weeks` ISO weeks up to today (this week so far included).

    It starts on a Monday, or on the diary's first day when that is later, so a new diary
    is not padded with empty weeks.
    """
    if weeks < 1:
        raise ValueError("a report covers at least 1 week")
    monday = today - timedelta(days=today.weekday())
    start = monday - timedelta(weeks=weeks - 1)
    first = first_record_day(history)
    if first is not None and start < first <= today:
        start = first
    return Period(start, today)


def gather_report(
    history: History,
    today: date,
    weeks: int = DEFAULT_WEEKS,
    patient_name: str = "",
) -> ReportData:
    """All the report's figures for the last `weeks` weeks of `history` up to `today`."""
    period = report_period(history, weeks, today)
    injection_dates = sorted({i.date for i in history.injections if i.date <= period.end})
    # Every figure only looks at the period and at the overlay's cycles: the records before
    # them are set aside once, so a 20-year diary costs little more than a new one.
    overlay = injection_dates[-CYCLES_SHOWN:]
    recent = _since(history, min([period.start, *overlay]))
    stats = compute_stats(recent, period.start, period.end, today)
    _, week_figures, _ = period_figures(recent, period)

    week_rows = tuple(
        WeekRow(
            week_start=w.week_start,
            days_in_period=w.days_in_period,
            kinds=tuple(KindWeek(*w.totals.of(kind)) for kind in KINDS),
            planned=w.totals.planned_total,
            credits=w.totals.credits_total,
            adherence=w.totals.adherence,
            mean_spasm=w.mean_spasm,
        )
        for w in week_figures
    )
    days = tuple(
        DayPoint(date.fromisoformat(d["date"]), d["planned"], d["credits"], d["mean_spasm"])
        for d in stats["days"]
    )

    sessions = [s for s in recent.sessions if s.day in period]
    symptoms = [e for e in recent.symptoms if e.day in period]
    in_period = [d for d in injection_dates if d in period]
    before = [d for d in injection_dates if d < period.start]
    has_records = bool(sessions or symptoms or in_period)

    curves = _cycle_curves(recent, injection_dates, period, today)
    notes = _notes(recent, period)
    return ReportData(
        app_name=APP_NAME,
        version=__version__,
        made_on=today,
        patient_name=patient_name.strip(),
        weeks_asked=weeks,
        period=period,
        has_records=has_records,
        last_record_day=None if has_records else _last_record_day(history),
        stats=stats,
        weeks=week_rows,
        days=days,
        sessions_done=len(sessions),
        sessions_stopped=sum(s.status == SessionStatus.STOPPED for s in sessions),
        injections=_injection_rows(history.injections, injection_dates, stats, curves),
        last_injection_before=before[-1] if before else None,
        cycle_now=cycle_position(injection_dates, period.end),
        cycles=tuple(c for c in curves if c.injection_date in _last(injection_dates)),
        effects=_effects(stats, sessions),
        side_effects=_side_effects(history.injections, period, before),
        # A run of worsened sessions may reach back before the window: all sessions.
        worsening=tuple(worsening_notices(history.sessions, today)),
        notes=tuple(notes[:NOTES_SHOWN]),
        notes_in_period=len(notes),
    )


def _last(dates: list[date]) -> set[date]:
    return set(dates[-CYCLES_SHOWN:])


def _since(history: History, first: date) -> History:
    """The history without sessions and symptom entries from before `first` (local days).

    Injections and plan rows are kept whole: cycles and planned sessions need them all.
    In-progress sessions are dropped, as analysis ignores them anyway.
    """
    origin = first.toordinal()
    # toordinal() of an aware datetime is that of its local date: the record's own day.
    return History(
        sessions=tuple(
            s for s in history.sessions if s.started_at.toordinal() >= origin and is_finished(s)
        ),
        symptoms=tuple(e for e in history.symptoms if e.recorded_at.toordinal() >= origin),
        injections=history.injections,
        plan=history.plan,
    )


def _last_record_day(history: History) -> date | None:
    """The latest day of a finished session, symptom entry or injection."""
    lasts = [
        max((s.started_at.toordinal() for s in finished(history.sessions)), default=None),
        max((e.recorded_at.toordinal() for e in history.symptoms), default=None),
        max((i.date.toordinal() for i in history.injections), default=None),
    ]
    last = max((d for d in lasts if d is not None), default=None)
    return date.fromordinal(last) if last is not None else None


def _cycle_curves(
    history: History, dates: list[date], period: Period, today: date
) -> list[CycleCurve]:
    """The cycles of the overlay and of the injections table, as the Progress screen has them.

    One ledger runs from the earliest of the period's start and the first overlay cycle,
    so every cycle's levels, 7-day means and wearing-off estimate are those of its own
    days, exactly as series.build_progress computes them over the whole diary.
    """
    wanted = set(dates[-CYCLES_SHOWN:]) | {d for d in dates if d in period}
    if not wanted:
        return []
    window = Period(min(min(wanted), period.start), period.end)
    ledger = build_ledger(history, window)
    noticed: dict[date, date] = {}
    for injection in history.injections:
        if injection.wearing_off_noticed is not None:
            noticed.setdefault(injection.date, injection.wearing_off_noticed)
    curves: list[CycleCurve] = []
    for c in injection_cycles(dates, ledger):
        if c.injection_date not in wanted:
            continue
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
    return curves


def _injection_rows(
    injections: tuple[Injection, ...],
    dates: list[date],
    stats: dict[str, Any],
    curves: list[CycleCurve],
) -> tuple[InjectionRow, ...]:
    by_date: dict[date, Injection] = {}
    for injection in injections:  # two records on one day: the first one describes it
        by_date.setdefault(injection.date, injection)
    curve_of = {c.injection_date: c for c in curves}
    rows: list[InjectionRow] = []
    for cycle in stats["cycles"]:
        day = date.fromisoformat(cycle["injection_date"])
        injection = by_date[day]
        i = dates.index(day)
        curve = curve_of.get(day)
        wearing = curve.wearing_off if curve is not None else None
        rows.append(
            InjectionRow(
                date=day,
                product=injection.product,
                units=injection.units,
                muscles=injection.muscles,
                days_since_previous=(day - dates[i - 1]).days if i > 0 else None,
                onset_noticed=injection.onset_noticed,
                wearing_off=wearing.date if wearing is not None else None,
                wearing_off_source=wearing.source if wearing is not None else None,
                cycle_days=cycle["days"],
                cycle_mean_spasm=cycle["mean_spasm"],
            )
        )
    return tuple(rows)


def _effects(stats: dict[str, Any], sessions: list) -> tuple[RoutineEffect, ...]:
    titles: dict[str, tuple[str, Kind]] = {}
    for s in sessions:  # in stored order; the latest title of a routine wins
        titles[s.routine_id] = (s.routine_title or s.routine_id, Kind(s.kind))
    effects = [
        RoutineEffect(rid, *titles[rid], e["sessions"], e["mean_drop"])
        for rid, e in stats["effect_by_routine"].items()
    ]
    return tuple(sorted(effects, key=lambda e: (-e.mean_drop, e.title.casefold())))


def _side_effects(
    injections: tuple[Injection, ...], period: Period, before: list[date]
) -> tuple[SideEffectRow, ...]:
    """Side effects of the injections whose cycle touches the period, by date noticed."""
    since = before[-1] if before else period.start
    rows: list[SideEffectRow] = []
    for injection in injections:
        if not since <= injection.date <= period.end:
            continue
        effect: SideEffect
        for effect in injection.side_effects:
            rows.append(SideEffectRow(injection.date, effect.name, effect.noticed_on))
    return tuple(sorted(rows, key=lambda r: (r.noticed_on or r.injection_date, r.name)))


def _shorten(text: str, limit: int = NOTE_CHARS) -> str:
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


def _notes(history: History, period: Period) -> list[NoteRow]:
    """The period's notes, newest first."""
    timed: list[tuple[datetime, NoteRow]] = []
    for e in history.symptoms:
        if e.note.strip() and e.day in period:
            where = f"diary, spasm {e.spasm}"
            timed.append((e.recorded_at, NoteRow(e.day, where, _shorten(e.note))))
    for s in finished(history.sessions):
        if s.note.strip() and s.day in period:
            where = s.routine_title or s.routine_id
            if s.status != SessionStatus.COMPLETED:
                where += f", {s.status.value}"
            timed.append((s.started_at, NoteRow(s.day, where, _shorten(s.note))))
    timed.sort(key=lambda item: item[0], reverse=True)
    return [row for _, row in timed]
