"""The routine library: built-ins plus the patient's own files, and `coach check`."""

from __future__ import annotations

import shutil

from coach.assets import asset
from coach.core.routine import ExerciseStep
from coach.core.routine_library import (
    BUILTIN_ORDER,
    Library,
    check_files,
    find_routine,
    load_library,
)

BUILTIN_IDS = {
    "neck-shoulder-release",
    "desk-micro-break",
    "after-injection-gentle",
    "heat-and-stretch",
    "belly-breathing",
    "resonance-breathing",
    "box-breathing",
    "breathing-4-7-8",
    "progressive-relaxation",
    "body-scan",
}

MY_ROUTINE = """
id = "my-evening"
title = "My evening stretch"
kind = "stretch"
summary = "The chin tuck my physio gave me."

[[steps]]
type = "exercise"
id = "chin-tuck"
title = "Chin tuck"
instruction = "Glide your chin back."
image = "chin-tuck.svg"
hold_s = 5
reps = 10
"""


def user_dir(data_dir):
    folder = data_dir / "routines"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_a_fresh_install_offers_the_ten_builtins_in_menu_order(data_dir):
    library = load_library(data_dir)
    assert library.problems == ()
    assert library.ids == BUILTIN_ORDER
    assert set(library.ids) == BUILTIN_IDS
    assert all(r.builtin for r in library.routines)
    assert all(
        r.source is not None and r.source.parent == asset("routines") for r in library.routines
    )


def test_the_data_dir_defaults_to_the_configured_one(data_dir):
    # conftest points COACH_DATA_DIR at data_dir; a file there must be found without passing it.
    (user_dir(data_dir) / "mine.toml").write_text(MY_ROUTINE, encoding="utf-8")
    assert load_library().find("my-evening") is not None


def test_a_user_routine_is_added_after_the_builtins(data_dir):
    (user_dir(data_dir) / "mine.toml").write_text(MY_ROUTINE, encoding="utf-8")
    library = load_library(data_dir)
    assert library.problems == ()
    assert library.ids == (*BUILTIN_ORDER, "my-evening")
    mine = library.find("my-evening")
    assert mine.builtin is False
    assert mine.source == data_dir / "routines" / "mine.toml"
    (step,) = mine.steps
    assert isinstance(step, ExerciseStep) and step.reps == 10


def test_a_user_file_with_a_builtin_id_replaces_that_builtin_in_place(data_dir):
    text = asset("routines", "desk-micro-break.toml").read_text(encoding="utf-8")
    text = text.replace('title = "Desk micro-break"', 'title = "My desk break"')
    (user_dir(data_dir) / "desk.toml").write_text(text, encoding="utf-8")
    library = load_library(data_dir)
    assert library.problems == ()
    assert library.ids == BUILTIN_ORDER  # same place in the menu, no duplicate
    desk = library.find("desk-micro-break")
    assert desk.title == "My desk break"
    assert desk.builtin is False
    assert desk.source == data_dir / "routines" / "desk.toml"
    assert library.find("neck-shoulder-release").builtin is True


def test_a_broken_user_file_is_reported_and_skipped_while_a_good_one_loads(data_dir):
    folder = user_dir(data_dir)
    (folder / "mine.toml").write_text(MY_ROUTINE, encoding="utf-8")
    (folder / "broken.toml").write_text(
        MY_ROUTINE.replace('id = "my-evening"', 'id = "my-broken"').replace(
            "hold_s = 5", "hold_s = -5"
        ),
        encoding="utf-8",
    )
    library = load_library(data_dir)
    assert library.find("my-evening") is not None
    assert library.find("my-broken") is None
    assert library.problems == (
        "broken.toml: steps[0].hold_s: a number of seconds from 1 to 600 (got -5)",
    )
    assert len(library.routines) == len(BUILTIN_IDS) + 1


def test_a_broken_override_leaves_the_builtin_in_place(data_dir):
    (user_dir(data_dir) / "desk.toml").write_text(
        'id = "desk-micro-break"\ntitle = "Broken"\n', encoding="utf-8"
    )
    library = load_library(data_dir)
    desk = library.find("desk-micro-break")
    assert desk.builtin is True and desk.title == "Desk micro-break"
    assert library.problems and all(p.startswith("desk.toml: ") for p in library.problems)


def test_two_user_files_with_one_id_keep_the_first_by_name(data_dir):
    folder = user_dir(data_dir)
    (folder / "a.toml").write_text(MY_ROUTINE, encoding="utf-8")
    (folder / "b.toml").write_text(
        MY_ROUTINE.replace("My evening stretch", "Another"), encoding="utf-8"
    )
    library = load_library(data_dir)
    assert library.find("my-evening").title == "My evening stretch"
    (problem,) = library.problems
    assert problem.startswith('b.toml: id: an id no other routine file uses ("my-evening"')
    assert "a.toml" in problem


def test_duplicate_ids_among_builtins_are_an_error(tmp_path, data_dir):
    builtins = tmp_path / "routines"
    shutil.copytree(asset("routines"), builtins)
    shutil.copy(builtins / "box-breathing.toml", builtins / "box-copy.toml")
    library = load_library(data_dir, builtin_dir=builtins)
    assert library.ids.count("box-breathing") == 1
    (problem,) = library.problems
    assert problem.startswith(
        'box-copy.toml: id: an id no other routine file uses ("box-breathing"'
    )


def test_other_files_in_the_user_folder_are_ignored(data_dir):
    folder = user_dir(data_dir)
    (folder / "notes.txt").write_text("not a routine", encoding="utf-8")
    (folder / ".#mine.toml").write_text("editor lock file", encoding="utf-8")
    (folder / "sub.toml").mkdir()
    library = load_library(data_dir)
    assert library.problems == ()
    assert set(library.ids) == BUILTIN_IDS


def test_find_routine_returns_the_routine_or_none(data_dir):
    library = load_library(data_dir)
    assert find_routine(library, "box-breathing").title == "Box breathing"
    assert find_routine(library, "no-such-routine") is None
    assert find_routine(Library(()), "box-breathing") is None


def test_check_files_accepts_the_builtins():
    paths = sorted(asset("routines").glob("*.toml"))
    assert len(paths) == 10
    assert check_files(paths) == []


def test_check_files_names_each_file_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.toml").write_text(MY_ROUTINE, encoding="utf-8")
    (tmp_path / "bad.toml").write_text(
        MY_ROUTINE.replace("reps = 10", "reps = 0"), encoding="utf-8"
    )
    problems = check_files(["good.toml", "./bad.toml", "missing.toml"])
    assert problems[0] == "./bad.toml: steps[0].reps: a whole number from 1 to 50 (got 0)"
    assert problems[1].startswith("missing.toml: file: a readable routine file (")
    assert len(problems) == 2


def test_check_files_reads_the_toml_files_of_a_folder(tmp_path):
    (tmp_path / "a.toml").write_text(MY_ROUTINE, encoding="utf-8")
    (tmp_path / "b.toml").write_text(
        MY_ROUTINE.replace("hold_s = 5", "hold = 5"), encoding="utf-8"
    )
    problems = check_files([tmp_path])
    assert [p.split(": ")[0] for p in problems] == [str(tmp_path / "b.toml")] * 2
    assert problems[0].startswith(f"{tmp_path / 'b.toml'}: steps[0].hold: not a known field")
    assert problems[1].endswith("steps[0].hold_s: a number of seconds from 1 to 600 (missing)")


def test_check_files_flags_two_files_with_one_id(tmp_path):
    (tmp_path / "a.toml").write_text(MY_ROUTINE, encoding="utf-8")
    (tmp_path / "b.toml").write_text(MY_ROUTINE, encoding="utf-8")
    (problem,) = check_files([tmp_path / "a.toml", tmp_path / "b.toml"])
    assert problem.startswith(f"{tmp_path / 'b.toml'}: id: ")
