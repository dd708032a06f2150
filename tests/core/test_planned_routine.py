from coach.core.planned_routine import planned_routine
from coach.core.records import Kind
from coach.core.routine_library import load_library
from coach.core.settings import Settings


def test_the_first_routine_of_the_kind_when_none_is_chosen(tmp_path):
    library = load_library(tmp_path)
    assert planned_routine(library, Settings(), Kind.STRETCH).id == "neck-shoulder-release"
    assert planned_routine(library, Settings(), "breathing").id == "belly-breathing"


def test_the_chosen_routine_is_started():
    library = load_library(None)
    settings = Settings().with_plan_routine("stretch", "desk-micro-break")
    assert planned_routine(library, settings, Kind.STRETCH).id == "desk-micro-break"


def test_a_missing_or_wrong_kind_choice_falls_back_to_the_first_of_the_kind():
    library = load_library(None)
    gone = Settings().with_plan_routine("stretch", "deleted-file")
    assert planned_routine(library, gone, Kind.STRETCH).id == "neck-shoulder-release"
    wrong = Settings().with_plan_routine("stretch", "box-breathing")
    assert planned_routine(library, wrong, Kind.STRETCH).id == "neck-shoulder-release"


def test_choosing_none_clears_the_choice():
    settings = Settings().with_plan_routine("heat", "heat-and-stretch")
    assert dict(settings.with_plan_routine("heat", None).plan_routines) == {}
