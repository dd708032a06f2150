"""`coach demo`: a synthetic history a neurologist would find believable, made reproducibly."""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date, datetime, timedelta
from statistics import mean
from zoneinfo import ZoneInfo

import pytest

from coach.analysis.stats import compute_stats
from coach.core.records import (
    FINISHED_STATUSES,
    History,
    Kind,
    SessionStatus,
    SymptomEntry,
    is_rating,
)
from coach.demo import ROUTINES, DemoRefusedError, generate_history, write_demo
from coach.store.database import Store
from coach.store.errors import StoreError

TODAY = date(2026, 11, 26)
LONDON = ZoneInfo("Europe/London")


@pytest.fixture(scope="module")
def history() -> History:
    """About three and a half years: several plan periods, injections and bad weeks."""
    return generate_history(1300, 11, TODAY)


def _all_days(h: History) -> list[date]:
    return (
        [s.day for s in h.sessions]
        + [s.day for s in h.symptoms]
        + [i.date for i in h.injections]
        + [r.valid_from for r in h.plan]
    )


def _daily_levels(h: History) -> dict[date, float]:
    """Daily spasm level as DESIGN.md defines it: symptom entries and pre-session ratings."""
    ratings: dict[date, list[int]] = defaultdict(list)
    for entry in h.symptoms:
        ratings[entry.day].append(entry.spasm)
    for s in h.sessions:
        if s.spasm_before is not None:
            ratings[s.day].append(s.spasm_before)
    return {day: mean(values) for day, values in ratings.items()}


# --- reproducible, and only inside the requested days ---------------------------------


def test_same_inputs_give_the_same_history():
    first = generate_history(400, 5, TODAY)
    again = generate_history(400, 5, TODAY)
    assert first == again
    assert [s.id for s in first.sessions] == [s.id for s in again.sessions]


def test_different_seeds_give_different_histories():
    one = generate_history(200, 1, TODAY)
    two = generate_history(200, 2, TODAY)
    assert {s.id for s in one.sessions}.isdisjoint({s.id for s in two.sessions})
    assert [s.spasm for s in one.symptoms] != [s.spasm for s in two.symptoms]


def test_history_runs_from_days_before_today_up_to_today(history):
    first_day = TODAY - timedelta(days=1299)
    days = _all_days(history)
    assert min(days) == first_day
    assert max(days) <= TODAY
    # Entries on most days, right up to the end.
    assert TODAY in {e.day for e in history.symptoms} | {s.day for s in history.sessions}
    days_with_entries = {e.day for e in history.symptoms}
    assert len(days_with_entries) > 0.75 * 1300


def test_nothing_is_dated_after_today(history):
    for injection in history.injections:
        noticed = [injection.onset_noticed, injection.wearing_off_noticed]
        noticed += [effect.noticed_on for effect in injection.side_effects]
        assert all(day <= TODAY for day in noticed if day is not None), injection


def test_now_leaves_out_what_has_not_happened_yet_today():
    full = generate_history(60, 3, TODAY)
    todays = [s for s in full.sessions if s.day == TODAY]
    assert todays, "the seed should give a session today"
    now = todays[-1].started_at - timedelta(seconds=1)
    cut = generate_history(60, 3, TODAY, now=now)
    assert cut.sessions == tuple(s for s in full.sessions if s.started_at <= now)
    assert cut.symptoms == tuple(e for e in full.symptoms if e.recorded_at <= now)
    assert todays[-1] not in cut.sessions


def test_a_single_day_is_enough_and_zero_days_is_refused():
    one = generate_history(1, 9, TODAY)
    assert {r.valid_from for r in one.plan} == {TODAY}
    assert all(day == TODAY for day in _all_days(one))
    with pytest.raises(ValueError, match="days"):
        generate_history(0, 9, TODAY)


# --- the records are valid and consistent ---------------------------------------------


def test_every_rating_is_a_whole_number_from_0_to_10(history):
    for s in history.sessions:
        for value in (s.spasm_before, s.spasm_after, s.pain_before, s.pain_after):
            assert value is None or is_rating(value), s
    for e in history.symptoms:
        assert is_rating(e.spasm), e
        for value in (e.pain, e.stress, e.sleep):
            assert value is None or is_rating(value), e


def test_sessions_match_the_built_in_routines(history):
    routines = {r.id: r for r in ROUTINES}
    for s in history.sessions:
        routine = routines[s.routine_id]
        assert (s.routine_title, s.kind, s.steps_total) == (
            routine.title,
            routine.kind,
            routine.steps_total,
        )
        assert s.planned_seconds == routine.planned_seconds
        assert 0 < s.active_seconds <= s.planned_seconds
        assert 0 <= s.steps_done <= s.steps_total
        assert s.status in FINISHED_STATUSES
        if s.status is SessionStatus.COMPLETED:
            assert s.steps_done == s.steps_total
        else:
            assert s.steps_done < s.steps_total
    used = {s.routine_id for s in history.sessions}
    assert used == set(routines)


def test_sessions_on_one_day_do_not_overlap(history):
    ordered = sorted(history.sessions, key=lambda s: s.started_at)
    for earlier, later in itertools.pairwise(ordered):
        if earlier.day == later.day:
            assert earlier.started_at + timedelta(seconds=earlier.planned_seconds) <= (
                later.started_at
            )


def test_every_status_and_some_partial_sessions_appear(history):
    statuses = [s.status for s in history.sessions]
    assert statuses.count(SessionStatus.COMPLETED) > 0.8 * len(statuses)
    for status in (SessionStatus.PARTIAL, SessionStatus.STOPPED, SessionStatus.ABANDONED):
        assert 0 < statuses.count(status) < 0.1 * len(statuses)
    # A partial session is "a bit short" of the whole routine, not a false start.
    multi = [
        s for s in history.sessions if s.status is SessionStatus.PARTIAL and s.steps_total > 3
    ]
    assert mean(s.steps_done / s.steps_total for s in multi) > 0.6


def test_timestamps_carry_the_offset_in_force_then_daylight_saving_included(history):
    stamps = [s.started_at for s in history.sessions]
    stamps += [e.recorded_at for e in history.symptoms]
    assert {t.utcoffset() for t in stamps} == {timedelta(0), timedelta(hours=1)}
    for t in stamps:
        assert t.utcoffset() == LONDON.utcoffset(t.replace(tzinfo=None)), t


def test_time_zone_can_be_chosen():
    h = generate_history(400, 4, TODAY, tz="America/New_York")
    assert {s.started_at.utcoffset() for s in h.sessions} == {
        timedelta(hours=-5),
        timedelta(hours=-4),
    }
    with pytest.raises(ValueError, match="Mars/Olympus"):
        generate_history(10, 4, TODAY, tz="Mars/Olympus")


def test_sessions_start_around_the_reminder_times(history):
    # Local start times cluster near the reminders: 08:00-08:30, 17:30-19:00, 21:00-21:30.
    hours = [s.started_at.hour for s in history.sessions]
    near = sum(h in (8, 9, 17, 18, 19, 20, 21, 22) for h in hours)
    assert near > 0.8 * len(hours)
    assert all(s.started_at.hour >= 7 for s in history.sessions)


# --- the plan and the injections ------------------------------------------------------


def test_the_plan_grows_once_or_twice(history):
    starts = sorted({r.valid_from for r in history.plan})
    assert 2 <= len(starts) <= 3
    assert starts[0] == TODAY - timedelta(days=1299)
    first = {r.kind for r in history.plan if r.valid_from == starts[0]}
    assert first == {Kind.STRETCH, Kind.BREATHING}
    assert {r.kind for r in history.plan} == set(Kind)
    for row in history.plan:
        assert list(row.reminder_times) == sorted(row.reminder_times)
        assert len(row.reminder_times) == row.times_per_day


def test_injections_are_about_twelve_weeks_apart():
    h = generate_history(3000, 8, TODAY)
    dates = [i.date for i in h.injections]
    gaps = [(b - a).days for a, b in itertools.pairwise(dates)]
    assert len(dates) >= 30
    assert all(70 <= gap <= 100 for gap in gaps), gaps
    assert sum(80 <= gap <= 88 for gap in gaps) > len(gaps) / 2
    assert all(day.weekday() < 5 for day in dates)
    for i in h.injections:
        assert i.product and i.units and i.muscles


def test_onset_and_wearing_off_are_noted_when_patients_notice_them():
    h = generate_history(3000, 8, TODAY)
    onsets = [(i.onset_noticed - i.date).days for i in h.injections if i.onset_noticed]
    wear = [
        (i.wearing_off_noticed - i.date).days for i in h.injections if i.wearing_off_noticed
    ]
    assert len(onsets) > 0.6 * len(h.injections)
    assert all(5 <= d <= 14 for d in onsets)
    assert 0.2 * len(h.injections) < len(wear) < len(h.injections)
    assert all(56 <= d <= 77 for d in wear)
    effects = [e for i in h.injections for e in i.side_effects]
    assert effects
    assert any(e.name == "swallowing" for e in effects)


def test_no_heat_or_stretch_on_injection_day_and_gentle_stretch_the_day_after(history):
    injected = {i.date for i in history.injections}
    on_the_day = [s for s in history.sessions if s.day in injected]
    assert not [s for s in on_the_day if s.kind in (Kind.STRETCH, Kind.HEAT)]
    day_after = [
        s
        for s in history.sessions
        if s.day - timedelta(days=1) in injected and s.kind == "stretch"
    ]
    gentle = [s for s in day_after if s.routine_id == "after-injection-gentle"]
    assert len(gentle) > 0.6 * len(day_after)


# --- believable patterns ----------------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_adherence_of_a_year_is_good_but_human(seed):
    h = generate_history(365, seed, TODAY)
    stats = compute_stats(h, None, None, TODAY)
    assert 0.6 <= stats["adherence"] <= 0.95


def test_adherence_of_the_whole_history_is_good_but_human(history):
    stats = compute_stats(history, None, None, TODAY)
    assert 0.6 <= stats["adherence"] <= 0.95
    weekly = [w["adherence"] for w in stats["weeks"] if w["adherence"] is not None]
    # Some weeks are lost to a cold or a trip; most are decent.
    assert sum(a < 0.4 for a in weekly) >= 3
    assert sum(a >= 0.6 for a in weekly) > 0.7 * len(weekly)


def test_busy_weekday_evenings_are_skipped_more_than_mornings(history):
    weekday_stretch = [
        s for s in history.sessions if s.kind == Kind.STRETCH and s.day.weekday() < 5
    ]
    mornings = sum(s.started_at.hour < 13 for s in weekday_stretch)
    evenings = sum(s.started_at.hour >= 17 for s in weekday_stretch)
    assert mornings > 1.15 * evenings


def test_spasm_is_best_in_weeks_4_to_6_and_worst_just_before_the_next_injection(history):
    levels = _daily_levels(history)
    dates = [i.date for i in history.injections]
    best: list[float] = []
    before_next: list[float] = []
    for start, nxt in itertools.pairwise(dates):
        for offset in range((nxt - start).days):
            day = start + timedelta(days=offset)
            if day not in levels:
                continue
            if 21 <= offset < 42:
                best.append(levels[day])
            if (nxt - day).days <= 14:
                before_next.append(levels[day])
    assert 2 <= mean(best) <= 4.5
    assert 6 <= mean(before_next) <= 8
    assert mean(best) + 2 < mean(before_next)


def test_heat_eases_spasm_most_and_relaxation_least(history):
    drops: dict[Kind, list[int]] = defaultdict(list)
    for s in history.sessions:
        if s.spasm_before is not None and s.spasm_after is not None:
            drops[s.kind].append(s.spasm_before - s.spasm_after)
    means = {kind: mean(values) for kind, values in drops.items()}
    assert means[Kind.HEAT] > means[Kind.RELAXATION] + 0.75
    assert means[Kind.HEAT] == max(means.values())
    assert means[Kind.RELAXATION] == min(means.values())


def test_stopped_sessions_mostly_ended_with_spasm_worse(history):
    stopped = [
        s
        for s in history.sessions
        if s.status is SessionStatus.STOPPED and s.spasm_after is not None
    ]
    worse = [s for s in stopped if s.spasm_after > s.spasm_before]
    assert len(worse) > 0.5 * len(stopped)


def test_symptom_entries_have_occasional_extras_and_notes(history):
    entries = history.symptoms
    for field in ("pain", "stress", "sleep", "sensory_trick"):
        filled = sum(getattr(e, field) is not None for e in entries)
        assert 0.1 * len(entries) < filled < 0.9 * len(entries), field
    notes = [e.note for e in entries if e.note]
    assert 0.01 * len(entries) < len(notes) < 0.2 * len(entries)
    assert any("," in note for note in notes)


# --- writing into a data folder ---------------------------------------------------------


def test_write_demo_fills_an_empty_data_folder(data_dir):
    with Store.open(data_dir) as store:
        written = write_demo(store, days=120, seed=6, today=TODAY)
        stored = store.history()
    assert stored.sessions == written.sessions
    assert stored.symptoms == written.symptoms
    assert stored.injections == written.injections
    assert set(stored.plan) == set(written.plan)


def test_write_demo_refuses_a_folder_that_holds_records_and_writes_nothing(data_dir):
    entry = SymptomEntry(
        id="3f1c1a56-2f5a-4d53-9f55-6c1c7b1d2e11",
        recorded_at=datetime(2026, 11, 20, 20, 0, tzinfo=LONDON),
        spasm=5,
        note="my real entry",
    )
    with Store.open(data_dir) as store:
        store.add_symptom(entry)
        with pytest.raises(DemoRefusedError, match="already holds records") as refused:
            write_demo(store, days=30, seed=1, today=TODAY)
        assert isinstance(refused.value, StoreError)
        after = store.history()
    assert after.sessions == () and after.injections == () and after.plan == ()
    assert [e.id for e in after.symptoms] == [entry.id]


def test_demo_routines_match_the_builtin_routine_files():
    # Demo sessions must look like real runs of the real routines: same ids, titles, kinds,
    # step counts and planned lengths.
    from coach.core.routine_library import load_library
    from coach.core.segments import expand, total_seconds

    library = load_library()
    for demo_routine in ROUTINES:
        routine = library.find(demo_routine.id)
        assert routine is not None, demo_routine.id
        assert routine.title == demo_routine.title
        assert routine.kind == demo_routine.kind
        steps = len({segment.step_index for segment in expand(routine)})
        assert steps == demo_routine.steps_total, demo_routine.id
        assert round(total_seconds(routine)) == demo_routine.planned_seconds, demo_routine.id
