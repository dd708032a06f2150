"""Writing routines back as TOML, the patient's own routine files, and the editor's draft."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.core.routine import Routine
from coach.core.routine_draft import (
    HEAT_STANDARD_MAX_S,
    RoutineDraft,
    blank_step,
    plain_problem,
    step_catalogue,
)
from coach.core.routine_file import parse_routine_text, read_routine_file
from coach.core.routine_library import BUILTIN_ORDER, check_files, load_library
from coach.core.routine_writer import routine_to_data, routine_to_toml, toml_string
from coach.core.segments import total_seconds
from coach.core.user_routines import (
    RoutineSaveError,
    copy_data,
    export_routine,
    import_routine,
    is_own_version,
    reset_to_original,
    save_routine,
    slug,
    unique_id,
)


@pytest.fixture(scope="module")
def builtins() -> dict[str, Routine]:
    library = load_library(Path("/nonexistent-data-dir"))
    return {r.id: r for r in library.routines}


def same(a: Routine, b: Routine) -> bool:
    """Equal as routines: where they were read from does not count."""
    return replace(a, source=None, builtin=False) == replace(b, source=None, builtin=False)


def reread(text: str) -> Routine:
    parsed = parse_routine_text(text, "written.toml")
    assert parsed.ok, parsed.problems
    return parsed.routine


# --- the writer -----------------------------------------------------------------------


@pytest.mark.parametrize("routine_id", BUILTIN_ORDER)
def test_every_builtin_written_and_read_back_is_the_same_routine(builtins, routine_id):
    routine = builtins[routine_id]
    text = routine_to_toml(routine)
    assert same(reread(text), routine)
    # ... and it is the same table the original file holds.
    original = tomllib.loads(routine.source.read_text(encoding="utf-8"))
    assert tomllib.loads(text) == routine_to_data(reread(text))
    assert tomllib.loads(text)["steps"][0]["id"] == original["steps"][0]["id"]


def test_the_written_file_reads_like_the_documentation(builtins):
    text = routine_to_toml(builtins["desk-micro-break"])
    lines = text.splitlines()
    assert lines[:4] == [
        'id = "desk-micro-break"',
        'title = "Desk micro-break"',
        'kind = "stretch"',
        lines[3],
    ]
    assert lines[3].startswith('summary = "')
    assert "[[steps]]  # steps[0]" in lines
    # One field per line, in the documented order: type first, then id, title...
    first = lines.index("[[steps]]  # steps[0]")
    assert [line.split(" = ")[0] for line in lines[first + 1 : first + 4]] == [
        "type",
        "id",
        "title",
    ]
    assert "hold_s = 20" in text  # whole seconds without a decimal point
    assert text.endswith("\n")


def test_every_written_builtin_passes_coach_check(builtins, tmp_path):
    for routine in builtins.values():
        (tmp_path / f"{routine.id}.toml").write_text(routine_to_toml(routine), "utf-8")
    assert check_files([tmp_path]) == []


def test_strings_are_escaped():
    assert toml_string('say "hi"\\now\n\ttab\x00\x7f') == (
        '"say \\"hi\\"\\\\now\\n\\ttab\\u0000\\u007F"'
    )
    assert tomllib.loads("x = " + toml_string('a"\\\n\x01é☃'))["x"] == 'a"\\\n\x01é☃'


texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80
).filter(lambda t: t.strip() == t and t.strip())


@settings(max_examples=150, deadline=None)
@given(
    title=texts,
    instruction=texts,
    hold=st.floats(min_value=1, max_value=600, allow_nan=False),
    reps=st.integers(min_value=1, max_value=50),
    inhale=st.sampled_from([1, 1.5, 4, 5.5, 20]),
    cues=st.lists(texts, max_size=10),
)
def test_any_valid_routine_survives_writing(title, instruction, hold, reps, inhale, cues):
    data = {
        "id": "any",
        "title": title,
        "kind": "stretch",
        "summary": instruction,
        "steps": [
            {
                "type": "exercise",
                "id": "move",
                "title": title,
                "instruction": instruction,
                "hold_s": hold,
                "reps": reps,
                "sides": "alternate",
                "cues": cues,
            },
            {
                "type": "breathing",
                "id": "breathe",
                "title": "Breathe",
                "instruction": instruction,
                "phases": {"inhale": inhale, "exhale": 6},
                "cycles": reps,
            },
        ],
    }
    first = RoutineDraft(data).check()
    assert first.ok, first.problems
    assert same(reread(routine_to_toml(first.routine)), first.routine)
    assert first.routine.title == title and first.routine.steps[0].hold_s == hold


# --- saving, copying, sharing ----------------------------------------------------------


def minimal(routine_id: str = "my-neck", title: str = "My neck") -> dict:
    return {
        "id": routine_id,
        "title": title,
        "kind": "stretch",
        "summary": "Two things.",
        "steps": [blank_step("exercise"), blank_step("rest")],
    }


def test_a_saved_routine_is_a_private_file_the_library_loads(data_dir):
    routine = save_routine(minimal(), data_dir)
    path = data_dir / "routines" / "my-neck.toml"
    assert routine.source == path and path.is_file()
    assert path.stat().st_mode & 0o777 == 0o600
    assert load_library(data_dir).find("my-neck") == routine
    assert not list((data_dir / "routines").glob(".*"))  # no temporary file left


def test_a_routine_with_a_problem_is_never_saved(data_dir):
    data = minimal()
    data["steps"][0]["hold_s"] = 700
    with pytest.raises(RoutineSaveError) as caught:
        save_routine(data, data_dir)
    assert any("steps[0].hold_s" in p for p in caught.value.problems)
    assert not (data_dir / "routines").exists() or not any((data_dir / "routines").iterdir())


def test_a_builtin_is_never_overwritten_its_version_goes_to_the_data_folder(builtins, data_dir):
    original = builtins["desk-micro-break"]
    before = original.source.read_bytes()
    data = routine_to_data(original)
    data["title"] = "My desk break"
    saved = save_routine(data, data_dir, path=original.source)
    assert original.source.read_bytes() == before
    assert saved.source == data_dir / "routines" / "desk-micro-break.toml"
    library = load_library(data_dir)
    mine = library.find("desk-micro-break")
    assert mine.title == "My desk break" and is_own_version(mine)
    reset_to_original(mine)
    assert load_library(data_dir).find("desk-micro-break").title == "Desk micro-break"


def test_a_new_file_never_replaces_another_file_of_the_same_name(data_dir):
    folder = data_dir / "routines"
    folder.mkdir(parents=True)
    (folder / "my-neck.toml").write_text("this file is broken", encoding="utf-8")
    saved = save_routine(minimal(), data_dir)
    assert saved.source.name == "my-neck-2.toml"
    assert (folder / "my-neck.toml").read_text(encoding="utf-8") == "this file is broken"


def test_a_copy_gets_a_new_id_and_title(builtins, data_dir):
    library = load_library(data_dir)
    data = copy_data(builtins["box-breathing"], library)
    assert data["id"] == "box-breathing-copy" and data["title"] == "Box breathing (copy)"
    saved = save_routine(data, data_dir)
    again = copy_data(builtins["box-breathing"], load_library(data_dir))
    assert again["id"] == "box-breathing-copy-2"
    assert again["title"] == "Box breathing (copy) (2)"
    assert saved.steps == builtins["box-breathing"].steps


def test_export_then_import_elsewhere_gives_the_same_routine(builtins, data_dir, tmp_path):
    exported = export_routine(builtins["breathing-4-7-8"], tmp_path / "for-patient")
    assert exported.name == "for-patient.toml"
    other = tmp_path / "other-data"
    empty = load_library(other, builtin_dir=tmp_path / "none")
    result = import_routine(exported, other, empty)
    assert result.ok and not result.renamed
    assert same(result.routine, builtins["breathing-4-7-8"])


def test_import_of_a_taken_id_keeps_both(builtins, data_dir, tmp_path):
    exported = export_routine(builtins["desk-micro-break"], tmp_path / "desk.toml")
    result = import_routine(exported, data_dir, load_library(data_dir))
    assert result.ok and result.renamed
    assert result.routine.id == "desk-micro-break-2"
    assert result.routine.title == "Desk micro-break (2)"
    assert same(
        replace(result.routine, id="desk-micro-break", title="Desk micro-break"),
        builtins["desk-micro-break"],
    )
    library = load_library(data_dir)
    assert library.find("desk-micro-break").builtin  # the built-in is untouched


def test_import_of_a_broken_file_saves_nothing(data_dir, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text('id = "x"\ntitle = \n', encoding="utf-8")
    result = import_routine(broken, data_dir, load_library(data_dir))
    assert not result.ok and result.problems[0].startswith("broken.toml: line 2")
    assert not (data_dir / "routines").exists()


def test_ids_from_titles():
    assert slug("My Neck (v2)!") == "my-neck-v2"
    assert slug("   ") == "my-routine"
    assert unique_id("neck", ["neck", "neck-2"]) == "neck-3"
    assert len(unique_id("a" * 64, ["a" * 64])) <= 64


# --- the draft --------------------------------------------------------------------------


def test_problems_are_found_by_field_in_plain_words():
    data = minimal()
    data["title"] = " "
    data["steps"][1]["duration_s"] = 0
    draft = RoutineDraft(data)
    problems = draft.problems()
    assert problems.routine["title"] == ["Please write something here."]
    assert problems.for_step(1)["duration_s"] == [
        "This needs a number of seconds from 1 to 1800 (got 0)."
    ]
    assert problems.count == 2 and not draft.ok


def test_a_heat_step_belongs_in_a_heat_routine():
    draft = RoutineDraft(minimal())
    draft.add_step(blank_step("heat"))
    assert "type" in draft.problems().for_step(2)
    draft.set_field("kind", "heat")
    assert draft.ok
    assert blank_step("heat")["apply_s"] <= HEAT_STANDARD_MAX_S


def test_the_total_counts_the_steps_without_problems():
    draft = RoutineDraft(minimal())
    full, left_out = draft.total_seconds()
    assert left_out == 0
    assert full == total_seconds(draft.check().routine)
    draft.set_step_field(1, "duration_s", None)
    total, left_out = draft.total_seconds()
    assert left_out == 1 and total == full - 60


def test_adding_duplicating_moving_and_removing_steps():
    draft = RoutineDraft(minimal())
    ids = lambda: [s.data["id"] for s in draft.steps]  # noqa: E731
    assert draft.duplicate_step(0) == 1
    assert ids() == ["exercise", "exercise-2", "rest"]
    assert draft.move_step(2, 0) == 0
    assert ids() == ["rest", "exercise", "exercise-2"]
    removed = draft.remove_step(1)
    assert ids() == ["rest", "exercise-2"]
    draft.restore_step(1, removed)
    assert ids() == ["rest", "exercise", "exercise-2"]
    draft.reorder([2, 0, 1])
    assert ids() == ["exercise-2", "rest", "exercise"]
    with pytest.raises(ValueError):
        draft.reorder([0, 0, 1])
    assert draft.ok


def test_a_new_routine_and_a_blank_step_take_their_ids_from_their_titles():
    draft = RoutineDraft(minimal(), taken_ids=["evening-stretch"], new=True)
    draft.set_field("title", "Evening stretch")
    assert draft.top["id"] == "evening-stretch-2"
    index = draft.add_step(blank_step("exercise"), auto_id=True)
    draft.set_step_field(index, "title", "Side bend")
    assert draft.steps[index].data["id"] == "side-bend"
    draft.set_step_field(0, "title", "Renamed")  # a step from the library keeps its id
    assert draft.steps[0].data["id"] == "exercise"


def test_the_catalogue_holds_every_builtin_step_once(builtins):
    ids = [step["id"] for step in step_catalogue()]
    assert len(ids) == len(set(ids))
    every = {step.id for routine in builtins.values() for step in routine.steps}
    assert set(ids) == every


def test_plain_words():
    assert plain_problem("a text of 1 to 80 characters (got 90 characters)") == (
        "Please keep this to 80 characters at most."
    )
    assert plain_problem("a list of 1 to 60 [[steps]] tables (got 0 steps)").startswith(
        "A routine needs at least one step"
    )


def test_a_written_routine_file_validates_like_any_other(data_dir):
    saved = save_routine(minimal(), data_dir)
    assert read_routine_file(saved.source).ok
