"""A routine being edited: its fields and steps as plain tables, checked on every change.

The routine editor (coach/ui/routine_editor.py) only shows a RoutineDraft and calls its
methods; everything it decides lives here, Qt-free: ids that follow a new title, adding,
duplicating, moving and removing steps, which field has which problem (found by the same
validator as `coach check`), and the live total time.

Steps are kept as the very tables a routine file holds (`{"type": "exercise", "hold_s":
25, ...}`), so what the editor changes is exactly what gets written.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from coach.core.routine import HEAT_HARD_MAX_S, Routine
from coach.core.routine_file import ParsedFile, parse_routine_data, read_routine_file
from coach.core.routine_writer import routine_to_data, step_to_data
from coach.core.segments import SessionSettings, total_seconds
from coach.core.user_routines import check_data, slug, split_problem, unique_id

#: The most heat the editor lets a step plan in the standard heat mode (CLINICAL.md
#: section 3: 15 minutes; the app's hard ceiling for any file is HEAT_HARD_MAX_S).
HEAT_STANDARD_MAX_S = 15 * 60
#: The most heat in the "reduced feeling" mode (reduced feeling, diabetes, circulation).
HEAT_REDUCED_MAX_S = 10 * 60

_STEP_FIELD = re.compile(r"^steps\[(\d+)\](?:\.(.+))?$")


@dataclass
class DraftStep:
    """One step's table; `auto_id` lets the id follow the title (steps made from blank)."""

    data: dict[str, Any]
    auto_id: bool = False


@dataclass(frozen=True)
class Problems:
    """The draft's problems, by where they belong: the routine's own fields, each step."""

    routine: dict[str, list[str]] = field(default_factory=dict)  # "title" -> messages
    steps: dict[int, dict[str, list[str]]] = field(default_factory=dict)  # index -> field

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.routine.values()) + sum(
            len(v) for fields in self.steps.values() for v in fields.values()
        )

    def for_step(self, index: int) -> dict[str, list[str]]:
        return self.steps.get(index, {})


def plain_problem(message: str) -> str:
    """A validator message in the words the editor shows next to a field."""
    text = re.sub(r"\s*\((missing|got an empty text)\)$", "", message)
    match = re.match(r"^a text of 1 to (\d+) characters(.*)$", text)
    if match:
        if match.group(2).strip():
            return f"Please keep this to {match.group(1)} characters at most."
        return "Please write something here."
    if text.startswith("a list of 1 to") and "steps" in text:
        return "A routine needs at least one step. Press “Add a step”."
    return "This needs " + text + "."


class RoutineDraft:
    """A routine under edit. `data()` is the table to save; `check()` validates it."""

    def __init__(
        self,
        data: Mapping[str, Any],
        *,
        taken_ids: Iterable[str] = (),
        new: bool = False,
    ) -> None:
        data = copy.deepcopy(dict(data))
        self.steps: list[DraftStep] = [DraftStep(dict(s)) for s in data.pop("steps", [])]
        self.top: dict[str, Any] = data
        #: A new routine's id follows its title until it is saved.
        self.auto_id = new
        self._taken = set(taken_ids) - {self.top.get("id")}
        self._parsed: ParsedFile | None = None
        self._problems: Problems | None = None

    @classmethod
    def from_routine(cls, routine: Routine, **kwargs: Any) -> RoutineDraft:
        return cls(routine_to_data(routine), **kwargs)

    # --- reading ----------------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        """The routine as the table a file holds."""
        return {**copy.deepcopy(self.top), "steps": [copy.deepcopy(s.data) for s in self.steps]}

    @property
    def kind(self) -> str:
        return str(self.top.get("kind", ""))

    def check(self) -> ParsedFile:
        """The validator's verdict on the draft, as `coach check` would give it."""
        if self._parsed is None:
            self._parsed = check_data(self.data())
        return self._parsed

    def problems(self) -> Problems:
        """Every problem, in plain words, keyed by the field it concerns."""
        if self._problems is None:
            routine: dict[str, list[str]] = {}
            steps: dict[int, dict[str, list[str]]] = {}
            for line in self.check().problems:
                where, message = split_problem(line)
                words = plain_problem(message)
                match = _STEP_FIELD.match(where)
                if match:
                    index, key = int(match.group(1)), match.group(2) or ""
                    steps.setdefault(index, {}).setdefault(key, []).append(words)
                else:
                    routine.setdefault(where, []).append(words)
            self._problems = Problems(routine, steps)
        return self._problems

    @property
    def ok(self) -> bool:
        return self.check().ok

    def step_seconds(self, index: int, settings: SessionSettings | None = None) -> float | None:
        """How long one step plays with these settings; None while it has a problem."""
        step = self.steps[index].data
        alone = {
            "id": "step",
            "title": "Step",
            "kind": "heat" if step.get("type") == "heat" else "stretch",
            "summary": "One step.",
            "steps": [step],
        }
        parsed = parse_routine_data(alone, "step")
        if parsed.routine is None:
            return None
        return total_seconds(parsed.routine, settings)

    def total_seconds(self, settings: SessionSettings | None = None) -> tuple[float, int]:
        """The planned length of the steps that have no problem, and how many do."""
        total, left_out = 0.0, 0
        for index in range(len(self.steps)):
            seconds = self.step_seconds(index, settings)
            if seconds is None:
                left_out += 1
            else:
                total += seconds
        return total, left_out

    # --- changing ---------------------------------------------------------------------

    def _changed(self) -> None:
        self._parsed = None
        self._problems = None

    def set_field(self, key: str, value: Any) -> None:
        """Set one of the routine's own fields (title, kind, summary, cautions)."""
        if value in (None, "", [], ()):
            self.top.pop(key, None)
        else:
            self.top[key] = value
        if key == "title" and self.auto_id:
            self.top["id"] = unique_id(slug(str(value or "")), self._taken)
        self._changed()

    def set_step_field(self, index: int, key: str, value: Any) -> None:
        """Set one field of a step; `phases.inhale` reaches into the breathing pattern.

        None or an empty text removes an optional field.
        """
        step = self.steps[index]
        table = step.data
        if key.startswith("phases."):
            table = step.data.setdefault("phases", {})
            key = key.split(".", 1)[1]
        if value in (None, "", [], ()):
            table.pop(key, None)
        else:
            table[key] = value
        if key == "title" and step.auto_id and table is step.data:
            step.data["id"] = unique_id(slug(str(value or ""), "step"), self._step_ids(index))
        self._changed()

    def _step_ids(self, skip: int | None = None) -> set[str]:
        return {
            str(s.data.get("id"))
            for i, s in enumerate(self.steps)
            if i != skip and s.data.get("id")
        }

    def add_step(self, data: Mapping[str, Any], at: int | None = None, *, auto_id=False) -> int:
        """Insert a step (at the end by default); its id is made unique. Returns its index."""
        table = copy.deepcopy(dict(data))
        table["id"] = unique_id(str(table.get("id") or "step"), self._step_ids())
        at = len(self.steps) if at is None else max(0, min(at, len(self.steps)))
        self.steps.insert(at, DraftStep(table, auto_id))
        self._changed()
        return at

    def duplicate_step(self, index: int) -> int:
        """A copy of a step right after it (with a new id). Returns the copy's index."""
        step = self.steps[index]
        return self.add_step(step.data, index + 1, auto_id=step.auto_id)

    def remove_step(self, index: int) -> DraftStep:
        """Take a step out; put it back with `restore_step(index, step)`."""
        step = self.steps.pop(index)
        self._changed()
        return step

    def restore_step(self, index: int, step: DraftStep) -> int:
        """Put a removed step back where it was (its id made unique again if needed)."""
        index = max(0, min(index, len(self.steps)))
        step.data["id"] = unique_id(str(step.data.get("id") or "step"), self._step_ids())
        self.steps.insert(index, step)
        self._changed()
        return index

    def move_step(self, index: int, to: int) -> int:
        """Move a step to another position. Returns where it ended up."""
        to = max(0, min(to, len(self.steps) - 1))
        if to != index:
            self.steps.insert(to, self.steps.pop(index))
            self._changed()
        return to

    def reorder(self, order: Sequence[int]) -> None:
        """Put the steps in this order of their current indexes (after a drag)."""
        if sorted(order) != list(range(len(self.steps))):
            raise ValueError("the new order must name every step once")
        self.steps = [self.steps[i] for i in order]
        self._changed()


# --- what can be added ---------------------------------------------------------------


@lru_cache(maxsize=1)
def builtin_routines() -> tuple[Routine, ...]:
    """The app's own routines, in menu order (never the patient's versions)."""
    from coach.assets import asset
    from coach.core.routine_library import _menu_position

    folder = asset("routines")
    routines = []
    for path in sorted(folder.glob("*.toml")):
        parsed = read_routine_file(path, name=path.name, builtin=True)
        if parsed.routine is not None:
            routines.append(parsed.routine)
    return tuple(sorted(routines, key=_menu_position))


def step_catalogue() -> tuple[dict[str, Any], ...]:
    """Every step of the built-in routines, once each (by id), in menu order."""
    seen: set[str] = set()
    steps: list[dict[str, Any]] = []
    for routine in builtin_routines():
        for step in routine.steps:
            if step.id in seen:
                continue
            seen.add(step.id)
            steps.append(step_to_data(step))
    return tuple(steps)


def blank_step(step_type: str) -> dict[str, Any]:
    """A new step of a type, with gentle defaults to change."""
    if step_type == "exercise":
        return {
            "type": "exercise",
            "id": "exercise",
            "title": "New exercise",
            "instruction": (
                "Move slowly and stay in a comfortable range. A mild pull, never pain."
            ),
            "prepare_s": 5,
            "hold_s": 20,
            "reps": 2,
            "sides": "side-configurable",
            "rest_s": 10,
        }
    if step_type == "breathing":
        return {
            "type": "breathing",
            "id": "breathing",
            "title": "Slow breathing",
            "instruction": "Breathe in gently through your nose, and out a little longer.",
            "phases": {"inhale": 4, "exhale": 6},
            "duration_s": 120,
        }
    if step_type == "heat":
        return {
            "type": "heat",
            "id": "heat",
            "title": "Heat on the neck and shoulder",
            "instruction": (
                "Lay the wrapped pack over the top of your shoulder. Sit back and breathe "
                "slowly. Look at your skin at every check."
            ),
            "image": "heat-pack.svg",
            "apply_s": 600,
            "check_every_s": 300,
            "max_s": HEAT_HARD_MAX_S,
            "reduced_feeling_max_s": HEAT_REDUCED_MAX_S,
        }
    if step_type == "rest":
        return {
            "type": "rest",
            "id": "rest",
            "title": "Rest",
            "instruction": "Sit back, let your shoulders drop and breathe slowly.",
            "duration_s": 60,
        }
    raise ValueError(f"unknown step type {step_type!r}")
