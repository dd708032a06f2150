"""Expansion of routines into the segments a session plays."""

from __future__ import annotations

import pytest

from coach.core.records import Kind
from coach.core.routine import (
    HEAT_HARD_MAX_S,
    BreathingStep,
    BreathPattern,
    ExerciseStep,
    HeatStep,
    RestStep,
    Routine,
    Sides,
    SideSetting,
)
from coach.core.segments import (
    SKIN_CHECK_NOMINAL_S,
    HeatMode,
    SegmentKind,
    SessionSettings,
    Side,
    expand,
    heat_ceiling_s,
    total_seconds,
)

K = SegmentKind
L, R = Side.LEFT, Side.RIGHT


def routine(*steps, kind=Kind.STRETCH) -> Routine:
    return Routine(id="r", title="R", kind=kind, summary="", steps=tuple(steps))


def exercise(sides=Sides.CENTRE, reps=2, hold=20.0, prepare=5.0, rest=10.0, id="ex"):
    return ExerciseStep(
        id=id, title="Stretch", instruction="Do it gently.", hold_s=hold, reps=reps,
        sides=sides, prepare_s=prepare, rest_s=rest, image="stretch.svg",
    )  # fmt: skip


def heat(apply=900.0, every=300.0, max_s=1200.0, reduced=600.0):
    return HeatStep(
        id="heat", title="Heat", instruction="Pack on.", apply_s=apply, check_every_s=every,
        max_s=max_s, reduced_feeling_max_s=reduced,
    )  # fmt: skip


def breathing(inhale=4.0, hold_in=0.0, exhale=6.0, hold_out=0.0, **kw):
    pattern = BreathPattern(inhale=inhale, exhale=exhale, hold_in=hold_in, hold_out=hold_out)
    return BreathingStep(
        id="breath", title="Breathe", instruction="Slowly.", pattern=pattern, **kw
    )


def shape(segments):
    """(kind, side, rep) per segment: what the patient is told to do, in order."""
    return [(s.kind, s.side, s.rep) for s in segments]


def test_centre_exercise_prepares_then_holds_with_rests_between():
    segments = expand(routine(exercise(reps=3)))
    assert shape(segments) == [
        (K.PREPARE, None, None),
        (K.HOLD, None, 1), (K.REST, None, 1),
        (K.HOLD, None, 2), (K.REST, None, 2),
        (K.HOLD, None, 3),
    ]  # fmt: skip
    assert [s.duration_s for s in segments] == [5, 20, 10, 20, 10, 20]
    assert all(s.reps == 3 for s in segments)
    assert not any(s.mirrored for s in segments)
    assert [s.index for s in segments] == list(range(6))
    assert segments[1].instruction == "Do it gently."
    assert segments[2].instruction != "Do it gently."  # a rest says to rest


def test_no_prepare_and_no_rest_when_they_are_zero():
    segments = expand(routine(exercise(reps=2, prepare=0, rest=0)))
    assert shape(segments) == [(K.HOLD, None, 1), (K.HOLD, None, 2)]


def test_both_sides_do_all_left_reps_then_all_right_with_a_prepare_each():
    segments = expand(routine(exercise(Sides.BOTH, reps=2)))
    assert shape(segments) == [
        (K.PREPARE, L, None),
        (K.HOLD, L, 1), (K.REST, L, 1), (K.HOLD, L, 2), (K.REST, L, 2),
        (K.PREPARE, R, None),
        (K.HOLD, R, 1), (K.REST, R, 1), (K.HOLD, R, 2),
    ]  # fmt: skip
    assert [s.mirrored for s in segments] == [s.side is L for s in segments]
    assert segments[1].mirrored and not segments[6].mirrored


def test_alternate_sides_switch_every_rep():
    segments = expand(routine(exercise(Sides.ALTERNATE, reps=2)))
    assert shape(segments) == [
        (K.PREPARE, L, None),
        (K.HOLD, L, 1), (K.REST, L, 1), (K.HOLD, R, 1), (K.REST, R, 1),
        (K.HOLD, L, 2), (K.REST, L, 2), (K.HOLD, R, 2),
    ]  # fmt: skip


@pytest.mark.parametrize(("sides", "side"), [(Sides.LEFT, L), (Sides.RIGHT, R)])
def test_one_sided_exercise_stays_on_that_side(sides, side):
    segments = expand(routine(exercise(sides, reps=2)))
    assert shape(segments) == [
        (K.PREPARE, side, None), (K.HOLD, side, 1), (K.REST, side, 1), (K.HOLD, side, 2),
    ]  # fmt: skip
    assert all(s.mirrored == (side is L) for s in segments)


@pytest.mark.parametrize(
    ("setting", "sides_seen"),
    [
        (None, [L, L, R, R]),  # not set: both sides
        (SideSetting.BOTH, [L, L, R, R]),
        (SideSetting.LEFT, [L, L]),
        (SideSetting.RIGHT, [R, R]),
        ("left", [L, L]),  # the plain text form a settings file holds
    ],
)
def test_side_configurable_step_follows_the_patients_setting(setting, sides_seen):
    step = exercise(Sides.CONFIGURABLE, reps=1, rest=0, id="upper-trap")
    other = exercise(Sides.CONFIGURABLE, reps=1, rest=0, id="levator")
    settings = SessionSettings(sides={} if setting is None else {"upper-trap": setting})
    segments = expand(routine(step, other), settings)
    first = [s.side for s in segments if s.step_index == 0]
    second = [s.side for s in segments if s.step_index == 1]
    assert first == sides_seen
    assert second == [L, L, R, R]  # a setting for one step leaves the others alone


def test_settings_keep_their_own_copy_of_the_sides():
    chosen = {"upper-trap": SideSetting.LEFT}
    settings = SessionSettings(sides=chosen)
    chosen["upper-trap"] = SideSetting.RIGHT
    assert settings.side_for("upper-trap") is SideSetting.LEFT


def test_a_bad_side_setting_names_the_step():
    with pytest.raises(ValueError, match=r"upper-trap.*left"):
        SessionSettings(sides={"upper-trap": "up"})


def test_breathing_plays_each_phase_of_each_cycle_and_skips_empty_holds():
    box = expand(routine(breathing(4, 4, 4, 4, cycles=2)))
    assert [s.kind for s in box] == [K.INHALE, K.HOLD_IN, K.EXHALE, K.HOLD_OUT] * 2
    assert [s.cycle for s in box] == [1] * 4 + [2] * 4
    assert all(s.cycles == 2 for s in box)
    belly = expand(routine(breathing(4, 0, 6, 0, cycles=3)))
    assert [s.kind for s in belly] == [K.INHALE, K.EXHALE] * 3
    assert [s.duration_s for s in belly[:2]] == [4, 6]


@pytest.mark.parametrize(
    ("duration", "cycles"),
    [(300.0, 30), (304.0, 30), (306.0, 31), (3.0, 1)],
)
def test_breathing_cycles_from_a_duration(duration, cycles):
    segments = expand(routine(breathing(4, 0, 6, 0, duration_s=duration)))
    assert segments[-1].cycle == cycles
    assert len(segments) == 2 * cycles


def test_breathing_cycles_are_capped():
    segments = expand(routine(breathing(cycles=20, max_cycles=8)))
    assert segments[-1].cycles == 8


def test_4_7_8_breathing_is_capped_at_4_cycles_in_the_first_month():
    step = breathing(4, 7, 8, 0, cycles=8, max_cycles=8, max_cycles_first_month=4)
    later = expand(routine(step), SessionSettings(first_month=False))
    first_month = expand(routine(step), SessionSettings(first_month=True))
    assert later[-1].cycle == 8
    assert first_month[-1].cycle == 4
    assert [s.kind for s in first_month[:3]] == [K.INHALE, K.HOLD_IN, K.EXHALE]
    assert sum(s.duration_s for s in first_month) == 4 * 19


def test_standard_heat_has_periods_with_skin_checks_between():
    segments = expand(routine(heat(), kind=Kind.HEAT))
    assert [(s.kind, s.duration_s) for s in segments] == [
        (K.HEAT, 300), (K.SKIN_CHECK, SKIN_CHECK_NOMINAL_S), (K.HEAT, 300),
        (K.SKIN_CHECK, SKIN_CHECK_NOMINAL_S), (K.HEAT, 300),
    ]  # fmt: skip
    assert [s.rep for s in segments if s.kind is K.HEAT] == [1, 2, 3]


def test_reduced_heat_mode_gives_the_reduced_total():
    settings = SessionSettings(heat_mode=HeatMode.REDUCED)
    segments = expand(routine(heat(), kind=Kind.HEAT), settings)
    assert [s.kind for s in segments] == [K.HEAT, K.SKIN_CHECK, K.HEAT]
    assert sum(s.duration_s for s in segments if s.kind is K.HEAT) == 600


def test_reduced_heat_mode_shortens_the_last_period():
    settings = SessionSettings(heat_mode="reduced")
    segments = expand(routine(heat(reduced=400), kind=Kind.HEAT), settings)
    assert [s.duration_s for s in segments if s.kind is K.HEAT] == [300, 100]


def test_heat_is_never_planned_past_its_maximum():
    segments = expand(routine(heat(apply=1100, max_s=1000), kind=Kind.HEAT))
    assert [s.duration_s for s in segments if s.kind is K.HEAT] == [300, 300, 300, 100]


def test_heat_is_clamped_to_the_hard_maximum_whatever_the_file_says():
    step = heat(apply=3600, max_s=3600, every=600)
    segments = expand(routine(step, kind=Kind.HEAT))
    assert sum(s.duration_s for s in segments if s.kind is K.HEAT) == HEAT_HARD_MAX_S
    assert heat_ceiling_s(step, HeatMode.STANDARD) == HEAT_HARD_MAX_S


def test_rest_step_is_one_passive_segment():
    step = RestStep(id="settle", title="Settle", instruction="Rest.", duration_s=45)
    segments = expand(routine(step))
    assert shape(segments) == [(K.PASSIVE, None, None)]
    assert segments[0].duration_s == 45


def test_segments_know_their_step():
    rest = RestStep(id="settle", title="Settle", instruction="Rest.", duration_s=45)
    segments = expand(routine(rest, exercise(reps=1), rest))
    assert [s.step_index for s in segments] == [0, 1, 1, 2]
    assert segments[1].title == "Stretch"
    assert segments[1].image == "stretch.svg"


def test_zero_length_pieces_are_left_out():
    segments = expand(routine(exercise(hold=0), exercise(reps=0)))
    assert segments == ()


def test_total_seconds_counts_each_skin_check_as_nominal_time():
    rest = RestStep(id="wrap", title="Wrap", instruction="Wrap.", duration_s=30)
    assert total_seconds(routine(rest, heat(), kind=Kind.HEAT)) == 30 + 900 + 2 * 15
    reduced = SessionSettings(heat_mode=HeatMode.REDUCED)
    assert total_seconds(routine(rest, heat(), kind=Kind.HEAT), reduced) == 30 + 600 + 15
    # prepare 5, holds 3 x 20, two rests of 10
    assert total_seconds(routine(exercise(reps=3))) == 5 + 60 + 20
