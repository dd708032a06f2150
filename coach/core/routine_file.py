"""Reads ONE routine TOML file into a Routine, collecting every problem it finds.

Every problem is one line, `FILE: field.path: what was expected`, e.g.
`neck.toml: steps[3].hold_s: a number of seconds from 1 to 600 (got -5)`. Steps are named
by their TOML array index, counted from 0. Nothing here raises on bad input: a file that
cannot be read, is not UTF-8, is not valid TOML or breaks a rule gives problems and no
routine. docs/routines.md documents the format and every limit enforced here.
"""

from __future__ import annotations

import difflib
import math
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

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
    Step,
)

#: A routine file is a few kilobytes; anything this big is surely the wrong file.
MAX_FILE_BYTES = 1_000_000

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_MAX_LEN = 64
IMAGE_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:svg|png)$")

# Text lengths keep the session screen readable (the player shows them large).
TITLE_MAX = 80
SUMMARY_MAX = 300
INSTRUCTION_MAX = 800
CUE_MAX = 120
CUES_MAX = 10
CAUTION_MAX = 300
CAUTIONS_MAX = 12
STEPS_MAX = 60

STEP_TYPES = ("exercise", "breathing", "heat", "rest")

_TOP_KEYS = ("id", "title", "kind", "summary", "cautions", "steps")
_COMMON_STEP_KEYS = ("type", "id", "title", "instruction", "image", "cues")
_STEP_KEYS: dict[str, tuple[str, ...]] = {
    "exercise": (*_COMMON_STEP_KEYS, "prepare_s", "hold_s", "reps", "sides", "rest_s"),
    "breathing": (
        *_COMMON_STEP_KEYS,
        "phases",
        "cycles",
        "duration_s",
        "max_cycles",
        "max_cycles_first_month",
    ),
    "heat": (*_COMMON_STEP_KEYS, "apply_s", "check_every_s", "max_s", "reduced_feeling_max_s"),
    "rest": (*_COMMON_STEP_KEYS, "duration_s"),
}
_PHASE_KEYS = ("inhale", "hold_in", "exhale", "hold_out")
_SIDES = tuple(s.value for s in Sides)

# (low, high) limits; docs/routines.md lists the same numbers.
HOLD_S = (1, 600)
REPS = (1, 50)
PREPARE_S = (0, 60)
EXERCISE_REST_S = (0, 300)
BREATH_PHASE_S = (0, 20)
BREATH_MAIN_PHASE_S = (1, 20)  # inhale and exhale
CYCLES = (1, 100)
BREATHING_DURATION_S = (10, 3600)
HEAT_APPLY_S = (60, HEAT_HARD_MAX_S)
HEAT_CHECK_EVERY_S = (60, 600)
HEAT_REDUCED_MAX_S = (60, 600)
REST_DURATION_S = (1, 1800)

_LINE_COL = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_END_OF_DOC = re.compile(r"\s*\(at end of document\)\s*$")

_MISSING = object()

_StepReader = Callable[["_Checker", Mapping[str, Any], str], "Step | None"]


@dataclass(frozen=True)
class ParsedFile:
    """What reading one file gave: the routine (only when valid) and every problem."""

    name: str
    routine: Routine | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return self.routine is not None and not self.problems


def read_routine_file(
    path: Path,
    *,
    name: str | None = None,
    builtin: bool = False,
    images_dir: Path | None = None,
) -> ParsedFile:
    """Read and validate one routine file; `name` is how problems refer to it."""
    path = Path(path)
    label = name if name is not None else str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return _failed(
                label,
                f"file: a routine file of at most {MAX_FILE_BYTES // 1_000_000} MB "
                f"(this one is {size:,} bytes)",
            )
        raw = path.read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return _failed(label, f"file: a readable routine file ({reason})")
    return parse_routine_bytes(raw, label, source=path, builtin=builtin, images_dir=images_dir)


def parse_routine_bytes(
    raw: bytes,
    name: str,
    *,
    source: Path | None = None,
    builtin: bool = False,
    images_dir: Path | None = None,
) -> ParsedFile:
    """Decode (UTF-8, an optional BOM is fine) and validate the bytes of a routine file."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        bad = raw[error.start : error.start + 1].hex()
        return _failed(
            name, f"line {line}: UTF-8 text (byte 0x{bad} is not UTF-8; save the file as UTF-8)"
        )
    return parse_routine_text(text, name, source=source, builtin=builtin, images_dir=images_dir)


def parse_routine_text(
    text: str,
    name: str,
    *,
    source: Path | None = None,
    builtin: bool = False,
    images_dir: Path | None = None,
) -> ParsedFile:
    """Validate the text of a routine file; `name` prefixes every problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return _failed(name, _syntax_problem(str(error), text))
    return parse_routine_data(data, name, source=source, builtin=builtin, images_dir=images_dir)


def parse_routine_data(
    data: Mapping[str, Any],
    name: str,
    *,
    source: Path | None = None,
    builtin: bool = False,
    images_dir: Path | None = None,
) -> ParsedFile:
    """Validate an already-parsed TOML document (a dict) as a routine."""
    if images_dir is None:
        from coach.assets import asset  # resolved lazily: tests pass their own folder

        images_dir = asset("images")
    if not isinstance(data, Mapping):
        return _failed(name, f"file: a TOML document (got {_show(data)})")
    checker = _Checker(name, images_dir)
    routine = checker.routine(data, source=source, builtin=builtin)
    problems = tuple(checker.problems)
    return ParsedFile(name, None if problems else routine, problems)


def _failed(name: str, problem: str) -> ParsedFile:
    return ParsedFile(name, None, (f"{name}: {problem}",))


def _syntax_problem(message: str, text: str) -> str:
    """tomllib's message, led by the line it points at."""
    match = _LINE_COL.search(message)
    if match:
        what = message[: match.start()]
        line, column = match.group(1), match.group(2)
        return f"line {line}: valid TOML ({_lower_first(what)}, column {column})"
    match = _END_OF_DOC.search(message)
    if match:
        what = message[: match.start()]
        last = max(1, len(text.splitlines()))
        return f"line {last}: valid TOML ({_lower_first(what)} at the end of the file)"
    return f"file: valid TOML ({_lower_first(message)})"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def _show(value: object) -> str:
    """A value as the TOML author would recognise it, for '(got ...)'."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f'"{shown}"'
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, float):
        return repr(value)  # 2.0, not 2: shows why a whole number was refused
    return str(value)


def _text_size(value: object) -> str:
    if not isinstance(value, str):
        return _show(value)
    return "an empty text" if not value.strip() else f"{len(value)} characters"


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class _Checker:
    """Walks the parsed TOML, reporting each problem once and building the model."""

    def __init__(self, name: str, images_dir: Path) -> None:
        self.name = name
        self.images_dir = Path(images_dir)
        self.problems: list[str] = []

    def problem(self, field: str, expected: str) -> None:
        self.problems.append(f"{self.name}: {field}: {expected}")

    # -- generic field readers; each returns None after reporting a problem ---------------

    def unknown_keys(self, table: Mapping[str, Any], allowed: tuple[str, ...], where: str):
        for key in table:
            if key in allowed:
                continue
            hint = difflib.get_close_matches(key, allowed, n=1)
            maybe = f"; did you mean {hint[0]}?" if hint else ""
            self.problem(
                _join(where, key),
                f"not a known field here (allowed: {', '.join(allowed)}){maybe}",
            )

    def text(
        self,
        table: Mapping[str, Any],
        key: str,
        where: str,
        max_len: int,
        *,
        required: bool = True,
    ) -> str | None:
        field = _join(where, key)
        expected = f"a text of 1 to {max_len} characters"
        value = table.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.problem(field, f"{expected} (missing)")
            return None
        if not isinstance(value, str) or not value.strip() or len(value) > max_len:
            self.problem(field, f"{expected} (got {_text_size(value)})")
            return None
        return value.strip()

    def text_list(
        self, table: Mapping[str, Any], key: str, where: str, max_items: int, max_len: int
    ) -> tuple[str, ...]:
        field = _join(where, key)
        value = table.get(key, _MISSING)
        if value is _MISSING:
            return ()
        expected = f"a list of at most {max_items} texts of 1 to {max_len} characters"
        if not isinstance(value, list) or len(value) > max_items:
            got = f"{len(value)} items" if isinstance(value, list) else _show(value)
            self.problem(field, f"{expected} (got {got})")
            return ()
        items: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip() or len(item) > max_len:
                self.problem(
                    f"{field}[{index}]",
                    f"a text of 1 to {max_len} characters (got {_text_size(item)})",
                )
            else:
                items.append(item.strip())
        return tuple(items)

    def identifier(self, table: Mapping[str, Any], key: str, where: str, what: str):
        field = _join(where, key)
        expected = (
            f"{what} of lowercase letters, digits and single dashes, at most {ID_MAX_LEN} "
            'characters, like "chin-tuck"'
        )
        value = table.get(key, _MISSING)
        if value is _MISSING:
            self.problem(field, f"{expected} (missing)")
            return None
        if not isinstance(value, str) or len(value) > ID_MAX_LEN or not ID_PATTERN.match(value):
            self.problem(field, f"{expected} (got {_show(value)})")
            return None
        return value

    def choice(
        self,
        table: Mapping[str, Any],
        key: str,
        where: str,
        options: tuple[str, ...],
        *,
        required: bool = True,
    ) -> str | None:
        field = _join(where, key)
        expected = "one of " + ", ".join(options)
        value = table.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.problem(field, f"{expected} (missing)")
            return None
        if not isinstance(value, str) or value not in options:
            self.problem(field, f"{expected} (got {_show(value)})")
            return None
        return value

    def number(
        self,
        table: Mapping[str, Any],
        key: str,
        where: str,
        limits: tuple[float, float],
        *,
        whole: bool = False,
        required: bool = True,
        low_label: str | None = None,
        high_label: str | None = None,
    ) -> float | None:
        """A finite number within limits; whole=True asks for an integer (reps, cycles)."""
        field = _join(where, key)
        low, high = limits
        low_text = low_label or _num(low)
        high_text = high_label or _num(high)
        if whole:
            expected = f"a whole number from {low_text} to {high_text}"
        else:
            expected = f"a number of seconds from {low_text} to {high_text}"
        value = table.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.problem(field, f"{expected} (missing)")
            return None
        # bool is an int in Python but never a number in a routine file.
        kinds_ok = (int,) if whole else (int, float)
        if (
            isinstance(value, bool)
            or not isinstance(value, kinds_ok)
            or not math.isfinite(value)
            or not low <= value <= high
        ):
            self.problem(field, f"{expected} (got {_show(value)})")
            return None
        return value

    def image(self, table: Mapping[str, Any], where: str) -> str | None:
        field = _join(where, "image")
        value = table.get("image", _MISSING)
        if value is _MISSING:
            return None
        if not isinstance(value, str) or not IMAGE_PATTERN.match(value):
            self.problem(
                field,
                'the file name of an image in assets/images, like "chin-tuck.svg" '
                f"(got {_show(value)})",
            )
            return None
        if not (self.images_dir / value).is_file():
            self.problem(field, f"an image in assets/images; {value} is not there")
            return None
        return value

    # -- the routine -----------------------------------------------------------------------

    def routine(self, data: Mapping[str, Any], *, source: Path | None, builtin: bool):
        self.unknown_keys(data, _TOP_KEYS, "")
        routine_id = self.identifier(data, "id", "", "a routine id")
        title = self.text(data, "title", "", TITLE_MAX)
        kind_text = self.choice(data, "kind", "", tuple(k.value for k in Kind))
        summary = self.text(data, "summary", "", SUMMARY_MAX)
        cautions = self.text_list(data, "cautions", "", CAUTIONS_MAX, CAUTION_MAX)
        kind = Kind(kind_text) if kind_text else None
        steps = self.steps(data.get("steps", _MISSING), kind)
        if self.problems or None in (routine_id, title, kind, summary):
            return None
        return Routine(
            id=routine_id,
            title=title,
            kind=kind,
            summary=summary,
            steps=steps,
            cautions=cautions,
            source=source,
            builtin=builtin,
        )

    def steps(self, value: object, kind: Kind | None) -> tuple[Step, ...]:
        expected = f"a list of 1 to {STEPS_MAX} [[steps]] tables"
        if value is _MISSING:
            self.problem("steps", f"{expected} (missing)")
            return ()
        if not isinstance(value, list) or not 1 <= len(value) <= STEPS_MAX:
            got = f"{len(value)} steps" if isinstance(value, list) else _show(value)
            self.problem("steps", f"{expected} (got {got})")
            return ()
        steps: list[Step] = []
        first_use: dict[str, int] = {}
        heat_steps: list[int] = []
        for index, table in enumerate(value):
            where = f"steps[{index}]"
            if not isinstance(table, Mapping):
                self.problem(where, f"a [[steps]] table (got {_show(table)})")
                continue
            step_id = table.get("id")
            if isinstance(step_id, str) and step_id in first_use:
                self.problem(
                    f"{where}.id",
                    f'an id not used by another step of this routine ("{step_id}" is '
                    f"also steps[{first_use[step_id]}].id)",
                )
            elif isinstance(step_id, str):
                first_use[step_id] = index
            step_type = self.choice(table, "type", where, STEP_TYPES)
            if step_type is None:
                continue
            if step_type == "heat":
                heat_steps.append(index)
            step = self._STEP_READERS[step_type](self, table, where)
            if step is not None:
                steps.append(step)
        self.heat_rules(kind, heat_steps)
        return tuple(steps)

    def heat_rules(self, kind: Kind | None, heat_steps: list[int]) -> None:
        # The heat safety checklist runs for heat routines only, so heat must live there.
        if kind is None:
            return
        if kind is not Kind.HEAT:
            for index in heat_steps:
                self.problem(
                    f"steps[{index}].type",
                    'a heat step only in a routine of kind "heat", so the heat safety '
                    f'checklist runs (this routine is "{kind.value}")',
                )
        elif len(heat_steps) != 1:
            where = f"steps[{heat_steps[1]}].type" if heat_steps else "steps"
            self.problem(
                where,
                f"exactly one heat step in a heat routine (found {len(heat_steps)})",
            )

    # -- one reader per step type ------------------------------------------------------------

    def common(self, table: Mapping[str, Any], where: str, step_type: str):
        self.unknown_keys(table, _STEP_KEYS[step_type], where)
        return (
            self.identifier(table, "id", where, "a step id"),
            self.text(table, "title", where, TITLE_MAX),
            self.text(table, "instruction", where, INSTRUCTION_MAX),
            self.image(table, where),
            self.text_list(table, "cues", where, CUES_MAX, CUE_MAX),
        )

    def exercise(self, table: Mapping[str, Any], where: str) -> ExerciseStep | None:
        step_id, title, instruction, image, cues = self.common(table, where, "exercise")
        hold = self.number(table, "hold_s", where, HOLD_S)
        reps = self.number(table, "reps", where, REPS, whole=True, required=False)
        prepare = self.number(table, "prepare_s", where, PREPARE_S, required=False)
        rest = self.number(table, "rest_s", where, EXERCISE_REST_S, required=False)
        sides = self.choice(table, "sides", where, _SIDES, required=False)
        if None in (step_id, title, instruction, hold) or not self._all_given(
            table, ("reps", reps), ("prepare_s", prepare), ("rest_s", rest), ("sides", sides)
        ):
            return None
        return ExerciseStep(
            id=step_id,
            title=title,
            instruction=instruction,
            hold_s=float(hold),
            reps=int(reps) if reps is not None else 1,
            sides=Sides(sides) if sides is not None else Sides.CENTRE,
            prepare_s=float(prepare) if prepare is not None else 5.0,
            rest_s=float(rest) if rest is not None else 0.0,
            image=image,
            cues=cues,
        )

    def breathing(self, table: Mapping[str, Any], where: str) -> BreathingStep | None:
        step_id, title, instruction, image, cues = self.common(table, where, "breathing")
        pattern = self.phases(table, where)
        has_cycles = "cycles" in table
        has_duration = "duration_s" in table
        cycles = self.number(table, "cycles", where, CYCLES, whole=True, required=False)
        duration = self.number(table, "duration_s", where, BREATHING_DURATION_S, required=False)
        if has_cycles == has_duration:
            self.problem(
                _join(where, "cycles"),
                "either cycles (a whole number from 1 to 100) or duration_s (seconds "
                "from 10 to 3600), not both"
                + (" (both given)" if has_cycles else " (neither given)"),
            )
        max_cycles = self.number(table, "max_cycles", where, CYCLES, whole=True, required=False)
        first_month = self.number(
            table, "max_cycles_first_month", where, CYCLES, whole=True, required=False
        )
        if cycles is not None and max_cycles is not None and cycles > max_cycles:
            self.problem(
                _join(where, "cycles"),
                f"at most max_cycles ({max_cycles}) (got {cycles})",
            )
        if first_month is not None and max_cycles is not None and first_month > max_cycles:
            self.problem(
                _join(where, "max_cycles_first_month"),
                f"at most max_cycles ({max_cycles}) (got {first_month})",
            )
        if None in (step_id, title, instruction, pattern) or not self._all_given(
            table,
            ("cycles", cycles),
            ("duration_s", duration),
            ("max_cycles", max_cycles),
            ("max_cycles_first_month", first_month),
        ):
            return None
        if has_cycles == has_duration:
            return None
        return BreathingStep(
            id=step_id,
            title=title,
            instruction=instruction,
            pattern=pattern,
            cycles=int(cycles) if cycles is not None else None,
            duration_s=float(duration) if duration is not None else None,
            max_cycles=int(max_cycles) if max_cycles is not None else None,
            max_cycles_first_month=int(first_month) if first_month is not None else None,
            image=image,
            cues=cues,
        )

    def phases(self, table: Mapping[str, Any], where: str) -> BreathPattern | None:
        field = _join(where, "phases")
        value = table.get("phases", _MISSING)
        expected = "a table { inhale = 4, hold_in = 0, exhale = 6, hold_out = 0 } of seconds"
        if value is _MISSING:
            self.problem(field, f"{expected} (missing)")
            return None
        if not isinstance(value, Mapping):
            self.problem(field, f"{expected} (got {_show(value)})")
            return None
        self.unknown_keys(value, _PHASE_KEYS, field)
        inhale = self.number(value, "inhale", field, BREATH_MAIN_PHASE_S)
        exhale = self.number(value, "exhale", field, BREATH_MAIN_PHASE_S)
        hold_in = self.number(value, "hold_in", field, BREATH_PHASE_S, required=False)
        hold_out = self.number(value, "hold_out", field, BREATH_PHASE_S, required=False)
        if None in (inhale, exhale) or not self._all_given(
            value, ("hold_in", hold_in), ("hold_out", hold_out)
        ):
            return None
        return BreathPattern(
            inhale=float(inhale),
            exhale=float(exhale),
            hold_in=float(hold_in or 0.0),
            hold_out=float(hold_out or 0.0),
        )

    def heat(self, table: Mapping[str, Any], where: str) -> HeatStep | None:
        step_id, title, instruction, image, cues = self.common(table, where, "heat")
        apply = self.number(table, "apply_s", where, HEAT_APPLY_S)
        check = self.number(table, "check_every_s", where, HEAT_CHECK_EVERY_S)
        heat_limit = f"{HEAT_HARD_MAX_S} (20 min, the most heat the app allows)"
        max_low = apply if apply is not None else HEAT_APPLY_S[0]
        max_s = self.number(
            table,
            "max_s",
            where,
            (max_low, HEAT_HARD_MAX_S),
            low_label=f"apply_s ({_num(max_low)})" if apply is not None else None,
            high_label=heat_limit,
        )
        reduced = self.number(
            table,
            "reduced_feeling_max_s",
            where,
            HEAT_REDUCED_MAX_S,
            required=False,
            high_label="600 (10 min, the limit for reduced feeling)",
        )
        if check is not None and apply is not None and check > apply:
            self.problem(
                _join(where, "check_every_s"),
                f"at most apply_s ({_num(apply)}), so the skin is checked at least once "
                f"(got {_num(check)})",
            )
        if reduced is not None and max_s is not None and reduced > max_s:
            self.problem(
                _join(where, "reduced_feeling_max_s"),
                f"at most max_s ({_num(max_s)}) (got {_num(reduced)})",
            )
        if None in (step_id, title, instruction, apply, check, max_s) or not self._all_given(
            table, ("reduced_feeling_max_s", reduced)
        ):
            return None
        return HeatStep(
            id=step_id,
            title=title,
            instruction=instruction,
            apply_s=float(apply),
            check_every_s=float(check),
            max_s=float(max_s),
            reduced_feeling_max_s=float(reduced) if reduced is not None else 600.0,
            image=image,
            cues=cues,
        )

    def rest(self, table: Mapping[str, Any], where: str) -> RestStep | None:
        step_id, title, instruction, image, cues = self.common(table, where, "rest")
        duration = self.number(table, "duration_s", where, REST_DURATION_S)
        if None in (step_id, title, instruction, duration):
            return None
        return RestStep(
            id=step_id,
            title=title,
            instruction=instruction,
            duration_s=float(duration),
            image=image,
            cues=cues,
        )

    @staticmethod
    def _all_given(table: Mapping[str, Any], *pairs: tuple[str, object]) -> bool:
        """False when an optional field was present but rejected (already reported)."""
        return all(value is not None or key not in table for key, value in pairs)

    _STEP_READERS: ClassVar[dict[str, _StepReader]] = {
        "exercise": exercise,
        "breathing": breathing,
        "heat": heat,
        "rest": rest,
    }


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key
