"""Writes a routine as a TOML file in the documented format (docs/routines.md).

The reverse of coach/core/routine_file.py: `routine_to_data()` turns a Routine into the
plain table the reader validates, and `data_to_toml()` writes such a table as text a
physiotherapist can read and a diff can follow: the top-level fields first, then one
`[[steps]]` table per step, fields in the order the documentation lists them, one per
line. Reading the text back gives the same Routine (tests/core/test_routine_writer.py).

A small writer of our own rather than a dependency: routine files use only strings,
numbers, lists of strings and one small inline table (`phases`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from coach.core.routine import (
    BreathingStep,
    ExerciseStep,
    HeatStep,
    RestStep,
    Routine,
    Step,
)

#: The order fields are written in; any other key follows, sorted (the reader refuses
#: unknown keys anyway, so they only appear in drafts that will not validate).
TOP_ORDER = ("id", "title", "kind", "summary", "cautions")
STEP_ORDER = (
    "type",
    "id",
    "title",
    "instruction",
    "image",
    # exercise
    "prepare_s",
    "hold_s",
    "reps",
    "sides",
    "rest_s",
    # breathing
    "phases",
    "cycles",
    "duration_s",
    "max_cycles",
    "max_cycles_first_month",
    # heat
    "apply_s",
    "check_every_s",
    "max_s",
    "reduced_feeling_max_s",
    "cues",
)
PHASE_ORDER = ("inhale", "hold_in", "exhale", "hold_out")

#: A list longer than this (written on one line) is written one item per line.
_INLINE_LIST_MAX = 88

_BARE_KEY = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


# --- Routine -> table ---------------------------------------------------------------------


def seconds(value: float) -> int | float:
    """A number of seconds as the file shows it: 25, not 25.0; 5.5 stays 5.5."""
    number = float(value)
    return int(number) if number.is_integer() else number


def step_to_data(step: Step) -> dict[str, Any]:
    """One step as the table a `[[steps]]` entry holds."""
    data: dict[str, Any]
    if isinstance(step, ExerciseStep):
        data = {
            "type": "exercise",
            "prepare_s": seconds(step.prepare_s),
            "hold_s": seconds(step.hold_s),
            "reps": int(step.reps),
            "sides": step.sides.value,
            "rest_s": seconds(step.rest_s),
        }
    elif isinstance(step, BreathingStep):
        pattern = step.pattern
        phases: dict[str, Any] = {"inhale": seconds(pattern.inhale)}
        if pattern.hold_in:
            phases["hold_in"] = seconds(pattern.hold_in)
        phases["exhale"] = seconds(pattern.exhale)
        if pattern.hold_out:
            phases["hold_out"] = seconds(pattern.hold_out)
        data = {"type": "breathing", "phases": phases}
        if step.cycles is not None:
            data["cycles"] = int(step.cycles)
        if step.duration_s is not None:
            data["duration_s"] = seconds(step.duration_s)
        if step.max_cycles is not None:
            data["max_cycles"] = int(step.max_cycles)
        if step.max_cycles_first_month is not None:
            data["max_cycles_first_month"] = int(step.max_cycles_first_month)
    elif isinstance(step, HeatStep):
        data = {
            "type": "heat",
            "apply_s": seconds(step.apply_s),
            "check_every_s": seconds(step.check_every_s),
            "max_s": seconds(step.max_s),
            "reduced_feeling_max_s": seconds(step.reduced_feeling_max_s),
        }
    elif isinstance(step, RestStep):
        data = {"type": "rest", "duration_s": seconds(step.duration_s)}
    else:  # pragma: no cover - the Step union is closed
        raise TypeError(f"unknown step type {type(step).__name__}")
    data |= {"id": step.id, "title": step.title, "instruction": step.instruction}
    if step.image:
        data["image"] = step.image
    if step.cues:
        data["cues"] = list(step.cues)
    return data


def routine_to_data(routine: Routine) -> dict[str, Any]:
    """The routine as the table a routine file holds (what routine_file validates)."""
    data: dict[str, Any] = {
        "id": routine.id,
        "title": routine.title,
        "kind": routine.kind.value,
        "summary": routine.summary,
    }
    if routine.cautions:
        data["cautions"] = list(routine.cautions)
    data["steps"] = [step_to_data(step) for step in routine.steps]
    return data


def routine_to_toml(routine: Routine) -> str:
    """The routine as the text of a routine file."""
    return data_to_toml(routine_to_data(routine))


# --- table -> text ------------------------------------------------------------------------


def data_to_toml(data: Mapping[str, Any]) -> str:
    """A routine table as TOML text: top-level fields, then one [[steps]] table per step."""
    lines: list[str] = []
    for key in _ordered(data, TOP_ORDER, skip=("steps",)):
        lines.extend(_pair(key, data[key]))
    steps = data.get("steps")
    if isinstance(steps, Sequence) and not isinstance(steps, str):
        for index, step in enumerate(steps):
            lines.append("")
            lines.append(f"[[steps]]  # steps[{index}]")
            if isinstance(step, Mapping):
                for key in _ordered(step, STEP_ORDER):
                    lines.extend(_pair(key, step[key]))
    elif steps is not None:
        lines.extend(_pair("steps", steps))
    return "\n".join(lines) + "\n"


def _ordered(table: Mapping[str, Any], order: tuple[str, ...], skip: tuple[str, ...] = ()):
    known = [key for key in order if key in table]
    rest = sorted(key for key in table if key not in order and key not in skip)
    return known + rest


def _pair(key: str, value: Any) -> list[str]:
    """`key = value`, a long list spread over lines, one item each."""
    head = f"{toml_key(key)} = "
    if _is_list(value):
        one_line = head + toml_value(value)
        if len(one_line) <= _INLINE_LIST_MAX or not value:
            return [one_line]
        return [head + "[", *(f"  {toml_value(item)}," for item in value), "]"]
    return [head + toml_value(value)]


def toml_key(key: str) -> str:
    """A key, bare when it can be, else quoted."""
    if key and all(char in _BARE_KEY for char in key):
        return key
    return toml_string(key)


def toml_value(value: Any) -> str:
    """One value in TOML syntax."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return toml_float(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, Mapping):
        order = PHASE_ORDER if set(value) <= set(PHASE_ORDER) else ()
        inner = ", ".join(
            f"{toml_key(k)} = {toml_value(value[k])}" for k in _ordered(value, order)
        )
        return "{ " + inner + " }" if inner else "{}"
    if _is_list(value):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def toml_float(value: float) -> str:
    """A float TOML reads back exactly (repr is the shortest exact form)."""
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    if value.is_integer() and abs(value) < 1e16:
        return f"{int(value)}.0"
    return repr(value)


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = ['"']
    for char in text:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif char == "\r":
            out.append("\\r")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _is_list(value: Any) -> bool:
    return isinstance(value, (list, tuple))
