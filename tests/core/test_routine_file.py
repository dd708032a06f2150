"""Reading one routine file: a good file becomes a Routine; a bad one gives clear problems.

Most cases break a copy of a shipped routine the way a patient editing it might, and check
that the message names the file and the field.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.assets import asset
from coach.core.records import Kind
from coach.core.routine import BreathingStep, ExerciseStep, HeatStep, RestStep, Sides
from coach.core.routine_file import (
    parse_routine_bytes,
    parse_routine_data,
    parse_routine_text,
    read_routine_file,
)

NECK = asset("routines", "neck-shoulder-release.toml").read_text(encoding="utf-8")
HEAT = asset("routines", "heat-and-stretch.toml").read_text(encoding="utf-8")
BOX = asset("routines", "box-breathing.toml").read_text(encoding="utf-8")

# In neck-shoulder-release.toml, steps[5] is the chin tuck (steps count from 0).
CHIN_TUCK_BLOCK = 'id = "chin-tuck"'

MINIMAL = """
id = "my-routine"
title = "My routine"
kind = "stretch"
summary = "Just a chin tuck."

[[steps]]
type = "exercise"
id = "chin-tuck"
title = "Chin tuck"
instruction = "Glide your chin back."
hold_s = 5
"""


def broken(text: str, old: str, new: str, *, count: int = 1) -> str:
    """The text with one exact piece replaced; fails loudly if the piece is not there."""
    assert old in text, f"test set-up: {old!r} not found"
    return text.replace(old, new, count)


def chin_tuck(text: str, old: str, new: str) -> str:
    """Replace `old` inside the chin-tuck step only."""
    start = text.index(CHIN_TUCK_BLOCK)
    end = text.index("[[steps]]", start)
    block = text[start:end]
    assert old in block, f"test set-up: {old!r} not in the chin-tuck step"
    return text[:start] + block.replace(old, new, 1) + text[end:]


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path, name: str, text: str) -> tuple[str, ...]:
    parsed = read_routine_file(write(tmp_path, name, text), name=name)
    assert parsed.routine is None, "a file with problems must not give a routine"
    return parsed.problems


def test_a_minimal_file_gets_the_documented_defaults():
    parsed = parse_routine_text(MINIMAL, "mine.toml")
    assert parsed.problems == ()
    routine = parsed.routine
    assert routine.id == "my-routine" and routine.kind is Kind.STRETCH
    assert routine.cautions == () and routine.builtin is False
    (step,) = routine.steps
    assert isinstance(step, ExerciseStep)
    assert (step.hold_s, step.reps, step.prepare_s, step.rest_s) == (5.0, 1, 5.0, 0.0)
    assert step.sides is Sides.CENTRE and step.image is None and step.cues == ()


def test_every_step_type_is_read_into_the_model(tmp_path):
    text = (
        MINIMAL.replace('kind = "stretch"', 'kind = "heat"')
        + """
[[steps]]
type = "breathing"
id = "slow"
title = "Slow breaths"
instruction = "Breathe."
phases = { inhale = 4.5, hold_in = 1, exhale = 6.5 }
cycles = 6
max_cycles = 8
max_cycles_first_month = 4

[[steps]]
type = "heat"
id = "warm"
title = "Heat"
instruction = "Warm up."
apply_s = 600
check_every_s = 300
max_s = 900

[[steps]]
type = "rest"
id = "settle"
title = "Settle"
instruction = "Rest."
duration_s = 30
image = "settle.svg"
"""
    )
    parsed = read_routine_file(write(tmp_path, "all.toml", text), builtin=True)
    assert parsed.problems == ()
    _, breathing, heat, rest = parsed.routine.steps
    assert isinstance(breathing, BreathingStep)
    assert breathing.pattern.cycle_s == pytest.approx(12.0)
    assert (breathing.cycles, breathing.duration_s) == (6, None)
    assert (breathing.max_cycles, breathing.max_cycles_first_month) == (8, 4)
    assert isinstance(heat, HeatStep)
    assert (heat.apply_s, heat.check_every_s, heat.max_s) == (600, 300, 900)
    assert heat.reduced_feeling_max_s == 600  # the documented default
    assert isinstance(rest, RestStep) and rest.image == "settle.svg"
    assert parsed.routine.builtin is True
    assert parsed.routine.source == tmp_path / "all.toml"


def test_a_missing_field_names_the_file_and_the_step_field(tmp_path):
    text = chin_tuck(NECK, "hold_s = 5\n", "")
    assert problems_of(tmp_path, "neck.toml", text) == (
        "neck.toml: steps[5].hold_s: a number of seconds from 1 to 600 (missing)",
    )


def test_a_wrong_type_says_what_was_expected_and_what_was_found(tmp_path):
    text = chin_tuck(NECK, "hold_s = 5", 'hold_s = "five"')
    assert problems_of(tmp_path, "neck.toml", text) == (
        'neck.toml: steps[5].hold_s: a number of seconds from 1 to 600 (got "five")',
    )


def test_a_negative_hold_is_refused(tmp_path):
    text = chin_tuck(NECK, "hold_s = 5", "hold_s = -5")
    assert problems_of(tmp_path, "neck.toml", text) == (
        "neck.toml: steps[5].hold_s: a number of seconds from 1 to 600 (got -5)",
    )


def test_an_unknown_key_is_named_with_the_allowed_ones(tmp_path):
    text = chin_tuck(NECK, "hold_s = 5", "hold_s = 5\nhold_seconds = 5")
    (problem,) = problems_of(tmp_path, "neck.toml", text)
    assert problem.startswith("neck.toml: steps[5].hold_seconds: not a known field")
    assert "prepare_s, hold_s, reps, sides, rest_s" in problem
    assert "did you mean hold_s?" in problem


def test_an_unknown_top_level_key_is_an_error(tmp_path):
    text = broken(NECK, 'kind = "stretch"', 'kind = "stretch"\ncolour = "teal"')
    (problem,) = problems_of(tmp_path, "neck.toml", text)
    assert problem.startswith("neck.toml: colour: not a known field here (allowed: id, title")


def test_bad_toml_gives_the_line(tmp_path):
    text = broken(NECK, 'title = "Chin tuck"', 'title = "Chin tuck')
    line = text.splitlines().index('title = "Chin tuck') + 1
    (problem,) = problems_of(tmp_path, "neck.toml", text)
    assert problem.startswith(f"neck.toml: line {line}: valid TOML (")


def test_toml_broken_at_the_very_end_still_names_a_line(tmp_path):
    text = NECK + "\nextra = \n"
    (problem,) = problems_of(tmp_path, "neck.toml", text)
    assert re.match(r"neck\.toml: line \d+: valid TOML \(", problem)


def test_a_missing_image_names_the_image(tmp_path):
    text = chin_tuck(NECK, 'image = "chin-tuck.svg"', 'image = "chin-tuk.svg"')
    assert problems_of(tmp_path, "neck.toml", text) == (
        "neck.toml: steps[5].image: an image in assets/images; chin-tuk.svg is not there",
    )


def test_an_image_path_that_escapes_the_images_folder_is_refused(tmp_path):
    text = chin_tuck(NECK, 'image = "chin-tuck.svg"', 'image = "../routines/x.svg"')
    (problem,) = problems_of(tmp_path, "neck.toml", text)
    assert problem.startswith("neck.toml: steps[5].image: the file name of an image")


def test_heat_over_twenty_minutes_is_refused(tmp_path):
    text = broken(HEAT, "max_s = 1200", "max_s = 1500")
    (problem,) = problems_of(tmp_path, "heat.toml", text)
    assert problem.startswith("heat.toml: steps[1].max_s: a number of seconds from")
    assert "1200 (20 min" in problem and problem.endswith("(got 1500)")


def test_heat_applied_for_longer_than_its_own_maximum_is_refused(tmp_path):
    text = broken(HEAT, "max_s = 1200", "max_s = 800")
    (problem,) = problems_of(tmp_path, "heat.toml", text)
    assert problem.startswith(
        "heat.toml: steps[1].max_s: a number of seconds from apply_s (900)"
    )


def test_reduced_feeling_heat_is_never_over_ten_minutes(tmp_path):
    text = broken(HEAT, "reduced_feeling_max_s = 600", "reduced_feeling_max_s = 900")
    (problem,) = problems_of(tmp_path, "heat.toml", text)
    assert problem.startswith("heat.toml: steps[1].reduced_feeling_max_s: a number of seconds")


def test_a_heat_step_outside_a_heat_routine_is_refused(tmp_path):
    # The heat safety checklist runs for heat routines; heat must not slip in elsewhere.
    text = broken(HEAT, 'kind = "heat"', 'kind = "stretch"')
    (problem,) = problems_of(tmp_path, "heat.toml", text)
    assert problem.startswith("heat.toml: steps[1].type: a heat step only in a routine of kind")


def test_a_file_that_is_not_utf8_is_a_clear_problem(tmp_path):
    raw = NECK.encode("utf-8").replace(b"Chin tuck", b"Chin t\xfcck", 1)
    path = tmp_path / "neck.toml"
    path.write_bytes(raw)
    line = raw[: raw.index(b"\xfc")].count(b"\n") + 1
    parsed = read_routine_file(path, name="neck.toml")
    assert parsed.routine is None
    assert parsed.problems == (
        f"neck.toml: line {line}: UTF-8 text (byte 0xfc is not UTF-8; save the file as UTF-8)",
    )


def test_a_utf8_file_with_a_byte_order_mark_is_fine():
    parsed = parse_routine_bytes(b"\xef\xbb\xbf" + MINIMAL.encode(), "bom.toml")
    assert parsed.problems == ()


def test_all_problems_of_a_file_are_reported_not_just_the_first(tmp_path):
    text = chin_tuck(NECK, "hold_s = 5", "hold_s = 0")
    text = chin_tuck(text, "reps = 8", "reps = 80")
    text = broken(text, "duration_s = 45", "duration_s = 0")
    problems = problems_of(tmp_path, "neck.toml", text)
    assert problems == (
        "neck.toml: steps[5].hold_s: a number of seconds from 1 to 600 (got 0)",
        "neck.toml: steps[5].reps: a whole number from 1 to 50 (got 80)",
        "neck.toml: steps[9].duration_s: a number of seconds from 1 to 1800 (got 0)",
    )


# (replace this, with this, the field named, how the message ends)
EXERCISE_CASES = [
    ("hold_s = 5", "hold_s = true", "steps[5].hold_s", "from 1 to 600 (got true)"),
    ("reps = 8", "reps = 8.0", "steps[5].reps", "a whole number from 1 to 50 (got 8.0)"),
    ("hold_s = 5", "hold_s = nan", "steps[5].hold_s", "from 1 to 600 (got nan)"),
    ("prepare_s = 5", "prepare_s = 61", "steps[5].prepare_s", "from 0 to 60 (got 61)"),
    ("rest_s = 3", "rest_s = 301", "steps[5].rest_s", "from 0 to 300 (got 301)"),
    ('sides = "centre"', 'sides = "center"', "steps[5].sides", '(got "center")'),
    ('id = "chin-tuck"', 'id = "Chin Tuck"', "steps[5].id", '(got "Chin Tuck")'),
    ('title = "Chin tuck"', 'title = "   "', "steps[5].title", "(got an empty text)"),
]


@pytest.mark.parametrize(("old", "new", "field", "ending"), EXERCISE_CASES)
def test_limits_and_types_on_exercise_fields(tmp_path, old, new, field, ending):
    (problem,) = problems_of(tmp_path, "neck.toml", chin_tuck(NECK, old, new))
    assert problem.startswith(f"neck.toml: {field}: ")
    assert problem.endswith(ending)


BREATHING_CASES = [
    ("inhale = 4,", "inhale = 0.5,", "steps[0].phases.inhale", "from 1 to 20 (got 0.5)"),
    ("hold_out = 4", "hold_out = 21", "steps[0].phases.hold_out", "from 0 to 20 (got 21)"),
    ("hold_out = 4", "hold_out = 4, pause = 2", "steps[0].phases.pause", "hold_out)"),
    ("cycles = 10", "cycles = 0", "steps[0].cycles", "from 1 to 100 (got 0)"),
    ("cycles = 10", "cycles = 10\nduration_s = 60", "steps[0].cycles", "(both given)"),
    ("cycles = 10", "", "steps[0].cycles", "(neither given)"),
    ("cycles = 10", "duration_s = 5", "steps[0].duration_s", "from 10 to 3600 (got 5)"),
    ("cycles = 10", "cycles = 10\nmax_cycles = 8", "steps[0].cycles", "(8) (got 10)"),
]


@pytest.mark.parametrize(("old", "new", "field", "ending"), BREATHING_CASES)
def test_limits_on_breathing_fields(tmp_path, old, new, field, ending):
    (problem,) = problems_of(tmp_path, "box.toml", broken(BOX, old, new))
    assert problem.startswith(f"box.toml: {field}: ")
    assert problem.endswith(ending)


HEAT_CASES = [
    ("apply_s = 900", "apply_s = 30", "steps[1].apply_s", "from 60 to 1200 (got 30)"),
    ("check_every_s = 300", "check_every_s = 30", "steps[1].check_every_s", "(got 30)"),
    ("duration_s = 30", "duration_s = 2000", "steps[0].duration_s", "to 1800 (got 2000)"),
]


@pytest.mark.parametrize(("old", "new", "field", "ending"), HEAT_CASES)
def test_limits_on_heat_and_rest_fields(tmp_path, old, new, field, ending):
    (problem,) = problems_of(tmp_path, "heat.toml", broken(HEAT, old, new))
    assert problem.startswith(f"heat.toml: {field}: ")
    assert problem.endswith(ending)


def test_step_ids_must_be_unique_within_a_routine(tmp_path):
    text = broken(NECK, 'id = "shrug-let-go"', 'id = "chin-tuck"')
    (problem,) = problems_of(tmp_path, "neck.toml", text)
    assert problem == (
        'neck.toml: steps[5].id: an id not used by another step of this routine ("chin-tuck" '
        "is also steps[3].id)"
    )


def test_an_unknown_step_type_is_named(tmp_path):
    text = broken(
        NECK, 'type = "exercise"\nid = "chin-tuck"', 'type = "stretch"\nid = "chin-tuck"'
    )
    (problem,) = problems_of(tmp_path, "neck.toml", text)
    assert problem == (
        'neck.toml: steps[5].type: one of exercise, breathing, heat, rest (got "stretch")'
    )


def test_a_routine_without_steps_is_refused():
    text = MINIMAL[: MINIMAL.index("[[steps]]")]
    parsed = parse_routine_text(text, "empty.toml")
    assert parsed.problems == (
        "empty.toml: steps: a list of 1 to 60 [[steps]] tables (missing)",
    )


def test_a_missing_file_is_a_problem_not_a_crash(tmp_path):
    parsed = read_routine_file(tmp_path / "gone.toml")
    assert parsed.routine is None
    (problem,) = parsed.problems
    assert problem.startswith(f"{tmp_path / 'gone.toml'}: file: a readable routine file (")


toml_leaf = (
    st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True)
    | st.text(max_size=20)
)
toml_values = (
    toml_leaf
    | st.lists(toml_leaf, max_size=3)
    | st.dictionaries(st.sampled_from(["inhale", "exhale", "hold_in", "pause"]), toml_leaf)
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes_never_crash_the_reader(raw):
    parsed = parse_routine_bytes(raw, "junk.toml")
    assert parsed.routine is None
    assert parsed.problems and all(p.startswith("junk.toml: ") for p in parsed.problems)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    step=st.dictionaries(
        st.sampled_from(
            ["type", "id", "title", "instruction", "hold_s", "reps", "sides", "phases",
             "cycles", "duration_s", "apply_s", "check_every_s", "max_s", "image", "cues"]
        ),
        toml_values,
    )
)  # fmt: skip
def test_arbitrary_step_tables_never_crash_the_checker(step):
    data = {"id": "x", "title": "X", "kind": "heat", "summary": "s", "steps": [step]}
    parsed = parse_routine_data(data, "fuzz.toml")
    assert (parsed.routine is None) == bool(parsed.problems)
    assert all(p.startswith("fuzz.toml: ") for p in parsed.problems)


def test_the_full_example_in_the_docs_is_valid():
    docs = Path(__file__).resolve().parents[2] / "docs" / "routines.md"
    blocks = re.findall(r"```toml\n(.*?)```", docs.read_text(encoding="utf-8"), re.DOTALL)
    parsed = parse_routine_text(blocks[0], "my-morning.toml")
    assert parsed.problems == ()
    assert [s.id for s in parsed.routine.steps] == [
        "settle",
        "upper-trapezius-stretch",
        "slow-breaths",
    ]
    # The heat fragment is a valid step once put in a heat routine.
    heat_routine = blocks[0].replace('kind = "stretch"', 'kind = "heat"') + blocks[1]
    assert parse_routine_text(heat_routine, "heat.toml").problems == ()
