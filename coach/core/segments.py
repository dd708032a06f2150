"""Expansion of a routine into the timed segments a session plays, one after another.

A routine says "upper-trapezius stretch, 25 s x 3 per side"; the session needs "get ready
(left), hold left 1/3, rest, hold left 2/3, ...". `expand()` makes that list once, from the
routine and the patient's settings (sides chosen with their physio, heat mode, whether they
are in their first month of 4-7-8 breathing). The engine then only walks the list.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from coach.core.i18n_marks import QT_TRANSLATE_NOOP
from coach.core.routine import (
    HEAT_HARD_MAX_S,
    BreathingStep,
    ExerciseStep,
    HeatStep,
    RestStep,
    Routine,
    Sides,
    SideSetting,
    Step,
)

#: A skin check waits for the patient's answer, so it has no length of its own; plans and
#: "minutes" in routine lists count it as this many seconds.
SKIN_CHECK_NOMINAL_S = 15.0

# Marked for translation; the player shows them through translate("Segments", ...).
REST_INSTRUCTION = QT_TRANSLATE_NOOP("Segments", "Let the stretch go and rest. Breathe slowly.")
SKIN_CHECK_INSTRUCTION = QT_TRANSLATE_NOOP(
    "Segments",
    "Lift the pack and look at your skin. Even pink is fine. "
    "If it is red or blotchy, stop the heat.",
)

# Below this a heat period is a rounding crumb, not a period (avoids a 1e-13 s segment).
_EPSILON_S = 1e-6
_MIN_HEAT_PERIOD_S = 10.0


class SegmentKind(StrEnum):
    """What the patient does during a segment."""

    PREPARE = "prepare"
    HOLD = "hold"
    REST = "rest"
    INHALE = "inhale"
    HOLD_IN = "hold_in"
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"
    HEAT = "heat"
    SKIN_CHECK = "skin_check"
    PASSIVE = "passive"


#: The phases of one breath, in the order they are breathed.
BREATH_PHASES: tuple[SegmentKind, ...] = (
    SegmentKind.INHALE,
    SegmentKind.HOLD_IN,
    SegmentKind.EXHALE,
    SegmentKind.HOLD_OUT,
)


class Side(StrEnum):
    """The side a segment works."""

    LEFT = "left"
    RIGHT = "right"


class HeatMode(StrEnum):
    """STANDARD heat, or REDUCED for reduced feeling, diabetes or poor circulation."""

    STANDARD = "standard"
    REDUCED = "reduced"


@dataclass(frozen=True)
class SessionSettings:
    """The patient's choices that shape a session."""

    # Step id -> side, for side-configurable steps; a step not listed is done on both sides.
    sides: Mapping[str, SideSetting] = field(default_factory=dict, hash=False)
    heat_mode: HeatMode = HeatMode.STANDARD
    first_month: bool = False  # first month of 4-7-8 breathing: the stricter cycle cap

    def __post_init__(self) -> None:
        # A read-only copy: the caller's dict changing later must not change a session.
        checked: dict[str, SideSetting] = {}
        for step_id, value in dict(self.sides).items():
            try:
                checked[str(step_id)] = SideSetting(value)
            except ValueError:
                choices = ", ".join(s.value for s in SideSetting)
                raise ValueError(
                    f"side for step {step_id!r}: expected one of {choices}, got {value!r}"
                ) from None
        object.__setattr__(self, "sides", MappingProxyType(checked))
        try:
            object.__setattr__(self, "heat_mode", HeatMode(self.heat_mode))
        except ValueError:
            raise ValueError(
                f"heat mode: expected 'standard' or 'reduced', got {self.heat_mode!r}"
            ) from None

    def side_for(self, step_id: str) -> SideSetting:
        """The side chosen for a side-configurable step (both if not set)."""
        return self.sides.get(step_id, SideSetting.BOTH)


@dataclass(frozen=True, slots=True)
class Segment:
    """One timed piece of a session."""

    index: int  # position in the expanded session
    step_index: int  # position of its step in the routine
    kind: SegmentKind
    duration_s: float  # for SKIN_CHECK: the nominal SKIN_CHECK_NOMINAL_S (it waits)
    title: str
    instruction: str
    side: Side | None = None
    rep: int | None = None  # 1-based; for REST the rep just finished; for HEAT the period
    reps: int | None = None  # for HEAT the number of periods
    cycle: int | None = None  # 1-based breath number (breathing phases only)
    cycles: int | None = None
    image: str | None = None
    mirrored: bool = False  # True on the left side: the image is drawn for the right

    @property
    def is_breath(self) -> bool:
        return self.kind in BREATH_PHASES


def heat_plan_s(step: HeatStep, mode: HeatMode) -> float:
    """Seconds of heat a step plans: apply_s (or the reduced cap), within its ceiling."""
    planned = step.apply_s
    if mode is HeatMode.REDUCED:
        planned = min(planned, step.reduced_feeling_max_s)
    return max(0.0, min(planned, heat_ceiling_s(step, mode)))


def heat_ceiling_s(step: HeatStep, mode: HeatMode) -> float:
    """The most heat a step may ever give, pauses and skin checks included."""
    ceiling = min(step.max_s, HEAT_HARD_MAX_S)
    if mode is HeatMode.REDUCED:
        ceiling = min(ceiling, step.reduced_feeling_max_s)
    return max(0.0, ceiling)


def breathing_cycles(step: BreathingStep, first_month: bool) -> int:
    """How many breaths a breathing step plays, after its caps."""
    cycle_s = step.pattern.cycle_s
    if step.cycles is not None:
        cycles = step.cycles
    elif step.duration_s is not None and cycle_s > 0:
        cycles = max(1, round(step.duration_s / cycle_s))
    else:
        cycles = 1
    if step.max_cycles is not None:
        cycles = min(cycles, step.max_cycles)
    if first_month and step.max_cycles_first_month is not None:
        cycles = min(cycles, step.max_cycles_first_month)
    return max(0, cycles)


def expand(routine: Routine, settings: SessionSettings | None = None) -> tuple[Segment, ...]:
    """The routine as the list of segments a session plays, in order."""
    settings = settings or SessionSettings()
    drafts: list[dict] = []
    for step_index, step in enumerate(routine.steps):
        for draft in _expand_step(step, settings):
            draft["step_index"] = step_index
            drafts.append(draft)
    return tuple(Segment(index=i, **draft) for i, draft in enumerate(drafts))


def total_seconds(routine: Routine, settings: SessionSettings | None = None) -> float:
    """Planned length of a session; each skin check counts as SKIN_CHECK_NOMINAL_S."""
    return sum(segment.duration_s for segment in expand(routine, settings))


def _expand_step(step: Step, settings: SessionSettings) -> list[dict]:
    if isinstance(step, ExerciseStep):
        drafts = _expand_exercise(step, settings)
    elif isinstance(step, BreathingStep):
        drafts = _expand_breathing(step, settings)
    elif isinstance(step, HeatStep):
        drafts = _expand_heat(step, settings)
    elif isinstance(step, RestStep):
        drafts = [_draft(step, SegmentKind.PASSIVE, step.duration_s)]
    else:  # pragma: no cover - the Step union is closed
        raise TypeError(f"unknown step type {type(step).__name__}")
    # A zero-length piece is nothing to time (a file may say hold 0); the skin check keeps
    # its nominal length.
    return [d for d in drafts if d["duration_s"] > 0]


def _draft(step: Step, kind: SegmentKind, duration_s: float, **extra: object) -> dict:
    instruction = step.instruction
    if kind is SegmentKind.REST:
        instruction = REST_INSTRUCTION
    elif kind is SegmentKind.SKIN_CHECK:
        instruction = SKIN_CHECK_INSTRUCTION
    side = extra.get("side")
    return {
        "kind": kind,
        "duration_s": float(duration_s),
        "title": step.title,
        "instruction": instruction,
        "image": step.image,
        "mirrored": side is Side.LEFT,
        **extra,
    }


def _exercise_sides(step: ExerciseStep, settings: SessionSettings) -> Sides:
    if step.sides is not Sides.CONFIGURABLE:
        return step.sides
    return {
        SideSetting.BOTH: Sides.BOTH,
        SideSetting.LEFT: Sides.LEFT,
        SideSetting.RIGHT: Sides.RIGHT,
    }[settings.side_for(step.id)]


def _expand_exercise(step: ExerciseStep, settings: SessionSettings) -> list[dict]:
    reps = max(0, step.reps)
    if reps == 0 or step.hold_s <= 0:
        return []
    sides = _exercise_sides(step, settings)
    # (side, rep) for each hold in order; a new side block starts with a prepare.
    blocks: list[list[tuple[Side | None, int]]]
    if sides is Sides.BOTH:
        blocks = [[(side, r) for r in range(1, reps + 1)] for side in (Side.LEFT, Side.RIGHT)]
    elif sides is Sides.ALTERNATE:
        # One prepare, then left and right for each rep: switching sides every hold needs
        # no fresh set-up.
        blocks = [[(side, r) for r in range(1, reps + 1) for side in (Side.LEFT, Side.RIGHT)]]
    elif sides is Sides.LEFT:
        blocks = [[(Side.LEFT, r) for r in range(1, reps + 1)]]
    elif sides is Sides.RIGHT:
        blocks = [[(Side.RIGHT, r) for r in range(1, reps + 1)]]
    else:
        blocks = [[(None, r) for r in range(1, reps + 1)]]

    drafts: list[dict] = []
    holds_total = sum(len(block) for block in blocks)
    holds_done = 0
    for block in blocks:
        first_side = block[0][0]
        drafts.append(
            _draft(step, SegmentKind.PREPARE, step.prepare_s, side=first_side, reps=reps)
        )
        for side, rep in block:
            drafts.append(
                _draft(step, SegmentKind.HOLD, step.hold_s, side=side, rep=rep, reps=reps)
            )
            holds_done += 1
            if holds_done < holds_total:
                drafts.append(
                    _draft(step, SegmentKind.REST, step.rest_s, side=side, rep=rep, reps=reps)
                )
    return drafts


def _expand_breathing(step: BreathingStep, settings: SessionSettings) -> list[dict]:
    cycles = breathing_cycles(step, settings.first_month)
    pattern = step.pattern
    lengths = {
        SegmentKind.INHALE: pattern.inhale,
        SegmentKind.HOLD_IN: pattern.hold_in,
        SegmentKind.EXHALE: pattern.exhale,
        SegmentKind.HOLD_OUT: pattern.hold_out,
    }
    return [
        _draft(step, phase, lengths[phase], cycle=cycle, cycles=cycles)
        for cycle in range(1, cycles + 1)
        for phase in BREATH_PHASES
        if lengths[phase] > 0
    ]


def _expand_heat(step: HeatStep, settings: SessionSettings) -> list[dict]:
    total = heat_plan_s(step, settings.heat_mode)
    # No check interval means one period; a tiny one is floored so a slip in a file cannot
    # make thousands of segments.
    every = max(step.check_every_s, _MIN_HEAT_PERIOD_S) if step.check_every_s > 0 else total
    periods: list[float] = []
    left = total
    while left > _EPSILON_S:
        period = min(every, left)
        periods.append(period)
        left -= period
    drafts: list[dict] = []
    for number, period in enumerate(periods, start=1):
        if number > 1:
            drafts.append(
                _draft(
                    step,
                    SegmentKind.SKIN_CHECK,
                    SKIN_CHECK_NOMINAL_S,
                    rep=number - 1,
                    reps=len(periods),
                )
            )
        drafts.append(_draft(step, SegmentKind.HEAT, period, rep=number, reps=len(periods)))
    return drafts
