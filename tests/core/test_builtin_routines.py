"""The ten shipped routines: valid, dosed exactly as CLINICAL.md, safe, and illustrated."""

from __future__ import annotations

import re

import pytest

from coach.assets import asset
from coach.core.records import Kind
from coach.core.routine import (
    HEAT_HARD_MAX_S,
    BreathingStep,
    ExerciseStep,
    HeatStep,
    RestStep,
    Routine,
    Sides,
)
from coach.core.routine_file import read_routine_file
from coach.core.routine_library import load_library

ROUTINE_FILES = sorted(asset("routines").glob("*.toml"))


@pytest.fixture(scope="module")
def routines(tmp_path_factory) -> dict[str, Routine]:
    library = load_library(tmp_path_factory.mktemp("empty-data-dir"))
    assert library.problems == ()
    return {r.id: r for r in library.routines}


def step(routine: Routine, step_id: str):
    matches = [s for s in routine.steps if s.id == step_id]
    assert len(matches) == 1, f"{routine.id} has no single step {step_id!r}"
    return matches[0]


def nominal_seconds(routine: Routine) -> float:
    """A rough length, doing sided steps on both sides (the longest case)."""
    total = 0.0
    for s in routine.steps:
        if isinstance(s, ExerciseStep):
            sides = 1 if s.sides in (Sides.CENTRE, Sides.LEFT, Sides.RIGHT) else 2
            total += s.prepare_s + sides * (s.reps * s.hold_s + (s.reps - 1) * s.rest_s)
        elif isinstance(s, BreathingStep):
            total += s.duration_s or s.cycles * s.pattern.cycle_s
        elif isinstance(s, HeatStep):
            total += s.apply_s
        else:
            total += s.duration_s
    return total


def all_text(routine: Routine) -> list[str]:
    texts = [routine.title, routine.summary, *routine.cautions]
    for s in routine.steps:
        texts += [s.title, s.instruction, *s.cues]
    return texts


@pytest.mark.parametrize("path", ROUTINE_FILES, ids=lambda p: p.name)
def test_each_builtin_file_validates_without_problems(path):
    parsed = read_routine_file(path, name=path.name, builtin=True)
    assert parsed.problems == ()
    assert parsed.routine.id == path.stem  # one file per routine, named for its id


def test_there_are_exactly_the_ten_builtins_with_their_titles_and_kinds(routines):
    assert {rid: (r.title, r.kind) for rid, r in routines.items()} == {
        "neck-shoulder-release": ("Gentle neck & shoulder release", Kind.STRETCH),
        "desk-micro-break": ("Desk micro-break", Kind.STRETCH),
        "after-injection-gentle": ("Gentle day after an injection", Kind.STRETCH),
        "heat-and-stretch": ("Heat & stretch", Kind.HEAT),
        "belly-breathing": ("Belly breathing", Kind.BREATHING),
        "resonance-breathing": ("Resonance breathing", Kind.BREATHING),
        "box-breathing": ("Box breathing", Kind.BREATHING),
        "breathing-4-7-8": ("4-7-8 breathing", Kind.BREATHING),
        "progressive-relaxation": ("Progressive relaxation", Kind.RELAXATION),
        "body-scan": ("Body scan", Kind.RELAXATION),
    }


def dose(s: ExerciseStep) -> tuple[float, int, Sides]:
    return (s.hold_s, s.reps, s.sides)


def test_neck_and_shoulder_release_doses(routines):
    r = routines["neck-shoulder-release"]
    assert [s.id for s in r.steps] == [
        "settle",
        "shoulder-rolls-back",
        "shoulder-rolls-forward",
        "shrug-let-go",
        "shoulder-blade-squeeze",
        "chin-tuck",
        "upper-trapezius-stretch",
        "levator-scapulae-stretch",
        "active-head-turn",
        "supported-rest",
    ]
    settle = step(r, "settle")
    assert isinstance(settle, RestStep) and settle.duration_s == 20
    assert dose(step(r, "shoulder-rolls-back")) == (4, 5, Sides.CENTRE)
    assert dose(step(r, "shoulder-rolls-forward")) == (4, 5, Sides.CENTRE)
    assert dose(step(r, "shrug-let-go")) == (3, 5, Sides.CENTRE)
    assert dose(step(r, "shoulder-blade-squeeze")) == (5, 8, Sides.CENTRE)
    assert dose(step(r, "chin-tuck")) == (5, 8, Sides.CENTRE)
    trap = step(r, "upper-trapezius-stretch")
    assert dose(trap) == (25, 3, Sides.CONFIGURABLE)
    assert 10 <= trap.rest_s <= 15
    assert dose(step(r, "levator-scapulae-stretch")) == (25, 2, Sides.CONFIGURABLE)
    assert dose(step(r, "active-head-turn")) == (4, 5, Sides.CONFIGURABLE)
    rest = step(r, "supported-rest")
    assert isinstance(rest, RestStep) and rest.duration_s == 45
    assert "touch" in rest.instruction  # the sensory trick is offered here
    assert 8 * 60 <= nominal_seconds(r) <= 13 * 60  # "about 10 min"


def test_desk_micro_break_doses_and_about_three_minutes(routines):
    r = routines["desk-micro-break"]
    assert dose(step(r, "shoulder-rolls-back")) == (4, 5, Sides.CENTRE)
    assert dose(step(r, "shrug-let-go")) == (3, 3, Sides.CENTRE)
    assert dose(step(r, "chin-tuck")) == (5, 5, Sides.CENTRE)
    assert dose(step(r, "upper-trapezius-stretch")) == (20, 1, Sides.CONFIGURABLE)
    breaths = step(r, "slow-breaths")
    assert isinstance(breaths, BreathingStep) and breaths.duration_s == 30
    assert 150 <= nominal_seconds(r) <= 225


def test_after_injection_is_breathing_small_rolls_and_a_long_supported_rest(routines):
    r = routines["after-injection-gentle"]
    assert r.kind is Kind.STRETCH
    belly = step(r, "belly-breathing")
    assert isinstance(belly, BreathingStep) and belly.duration_s == 300
    assert (belly.pattern.inhale, belly.pattern.exhale) == (4, 6)
    assert step(r, "shoulder-rolls-back").reps == 5
    rest = step(r, "supported-rest")
    assert isinstance(rest, RestStep) and rest.duration_s == 90
    assert 6 * 60 <= nominal_seconds(r) <= 8 * 60
    assert any("24 hours" in c for c in r.cautions)
    assert any("swallowing" in c for c in r.cautions)  # the red flag is named


def test_heat_and_stretch_doses_and_checklist(routines):
    r = routines["heat-and-stretch"]
    assert [type(s) for s in r.steps] == [
        RestStep,
        HeatStep,
        RestStep,
        ExerciseStep,
        ExerciseStep,
    ]
    wrap, heat, settle, trap, levator = r.steps
    assert (
        wrap.duration_s == 30 and "forearm" in wrap.instruction and "towel" in wrap.instruction
    )
    assert (heat.apply_s, heat.check_every_s, heat.max_s, heat.reduced_feeling_max_s) == (
        900,
        300,
        1200,
        600,
    )
    assert heat.max_s <= HEAT_HARD_MAX_S
    assert settle.duration_s == 120
    assert (trap.id, levator.id) == ("upper-trapezius-stretch", "levator-scapulae-stretch")
    assert trap.sides is Sides.CONFIGURABLE and levator.sides is Sides.CONFIGURABLE
    checklist = " ".join(r.cautions).lower()
    # Each don't-use-heat case of CLINICAL.md section 3 is asked before the heat starts.
    for item in ("numb", "cuts", "swelling", "24 hours", "menthol", "awake", "towel", "10 min"):
        assert item in checklist, item
    assert 20 * 60 <= nominal_seconds(r) <= 30 * 60  # "about 25 min"


def pattern(r: Routine) -> tuple[float, float, float, float]:
    (s,) = r.steps
    p = s.pattern
    return (p.inhale, p.hold_in, p.exhale, p.hold_out)


def test_breathing_patterns_and_lengths(routines):
    belly = routines["belly-breathing"]
    assert pattern(belly) == (4, 0, 6, 0) and belly.steps[0].duration_s == 300
    resonance = routines["resonance-breathing"]
    assert pattern(resonance) == (5.5, 0, 5.5, 0) and resonance.steps[0].duration_s == 600
    box = routines["box-breathing"]
    assert pattern(box) == (4, 4, 4, 4) and box.steps[0].cycles == 10
    four_seven_eight = routines["breathing-4-7-8"]
    (s,) = four_seven_eight.steps
    assert pattern(four_seven_eight) == (4, 7, 8, 0)
    assert (s.cycles, s.max_cycles, s.max_cycles_first_month) == (4, 8, 4)


def test_breathing_routines_carry_the_who_should_ask_first_caution(routines):
    for rid in ("belly-breathing", "resonance-breathing", "box-breathing", "breathing-4-7-8"):
        text = " ".join(routines[rid].cautions)
        assert "pregnant" in text and "dizzy" in text, rid


def test_progressive_relaxation_never_tenses_the_jaw_or_the_neck(routines):
    r = routines["progressive-relaxation"]
    tensed = [s for s in r.steps if isinstance(s, ExerciseStep)]
    for s in tensed:
        assert s.hold_s == 5 and s.reps == 1
        assert not re.search(r"jaw|neck", f"{s.id} {s.title}", re.IGNORECASE), s.id
    jaw_neck = [s for s in r.steps if re.search(r"jaw|neck", s.id)]
    assert {s.id for s in jaw_neck} == {"soften-jaw", "soften-neck"}
    assert all(isinstance(s, RestStep) for s in jaw_neck)
    # Every tense is followed by a 15 s release.
    for index, s in enumerate(r.steps):
        if isinstance(s, ExerciseStep):
            release = r.steps[index + 1]
            assert isinstance(release, RestStep) and release.duration_s == 15, s.id
    areas = [s.id.removeprefix("tense-") for s in tensed]
    assert areas == [
        "feet",
        "calves",
        "thighs",
        "buttocks",
        "abdomen",
        "hands",
        "upper-arms",
        "shoulders-half-shrug",
        "face",
    ]
    assert "half" in step(r, "shoulders-half-shrug").instruction  # a 50% shrug, optional
    assert "Only if" in step(r, "shoulders-half-shrug").instruction
    final = r.steps[-1]
    assert isinstance(final, RestStep) and final.duration_s == 60
    assert 7 * 60 <= nominal_seconds(r) <= 9 * 60  # "about 8 min"


def test_body_scan_goes_from_feet_to_head_in_ten_minutes(routines):
    r = routines["body-scan"]
    assert all(isinstance(s, RestStep) for s in r.steps)
    ids = [s.id for s in r.steps]
    assert ids.index("scan-feet") < ids.index("scan-shoulders") < ids.index("scan-head")
    assert nominal_seconds(r) == 600


def test_the_same_step_id_means_the_same_movement_everywhere(routines):
    # The patient's side setting is stored per step id, so an id must not change meaning.
    seen: dict[str, tuple[type, object]] = {}
    for r in routines.values():
        for s in r.steps:
            shape = (type(s), getattr(s, "sides", None))
            assert seen.setdefault(s.id, shape) == shape, f"{r.id}: {s.id}"
    for shared in (
        "upper-trapezius-stretch",
        "chin-tuck",
        "shoulder-rolls-back",
        "supported-rest",
    ):
        assert sum(shared in [s.id for s in r.steps] for r in routines.values()) >= 2


def test_every_neck_stretch_and_turn_follows_the_patients_side_setting(routines):
    for r in routines.values():
        for s in r.steps:
            if s.id in {
                "upper-trapezius-stretch",
                "levator-scapulae-stretch",
                "active-head-turn",
            }:
                assert s.sides is Sides.CONFIGURABLE, f"{r.id}: {s.id}"


UNSAFE = re.compile(
    r"\b(weights?|dumbbells?|kettlebells?|bands?|bounc\w*|fast|quick\w*|jerk\w*|"
    r"neck circles?|head circles?|neck rolls?|head rolls?)\b",
    re.IGNORECASE,
)
CLAIMS = re.compile(r"\b(cures?|cured|treats?|treatment|heals?|healing)\b", re.IGNORECASE)


def test_no_weights_no_fast_or_bouncing_neck_movements_no_cure_claims(routines):
    for r in routines.values():
        for text in all_text(r):
            assert not UNSAFE.search(text), f"{r.id}: {text}"
            assert not CLAIMS.search(text), f"{r.id}: {text}"


def test_every_stretch_routine_says_never_into_pain(routines):
    for r in routines.values():
        if r.kind is Kind.STRETCH and r.id != "after-injection-gentle":
            assert any("never pain" in t for t in all_text(r)), r.id


def test_every_movement_step_has_an_illustration(routines):
    for r in routines.values():
        for s in r.steps:
            if isinstance(s, (ExerciseStep, RestStep, HeatStep)):
                assert s.image, f"{r.id}: {s.id}"


IMAGES = sorted(asset("images").glob("*.svg"))


def test_every_shipped_image_is_used_by_a_routine(routines):
    used = {s.image for r in routines.values() for s in r.steps if s.image}
    assert {p.name for p in IMAGES} == used


@pytest.mark.parametrize("path", IMAGES, ids=lambda p: p.name)
def test_each_illustration_is_a_small_valid_svg_in_the_house_style(path):
    svg = pytest.importorskip("PySide6.QtSvg")
    text = path.read_text(encoding="utf-8")
    assert len(text.encode()) < 4000  # small: a few strokes, no embedded bitmaps
    assert 'viewBox="0 0 240 240"' in text
    assert 'stroke-linecap="round"' in text and 'color="#2f3b45"' in text
    assert "<image" not in text and "<text" not in text
    assert svg.QSvgRenderer(str(path)).isValid()
