"""The routine model: what a routine file describes, once validated.

Routines are data (TOML files, see docs/routines.md); coach/core/routine_file.py reads and
validates them into these frozen dataclasses, and coach/core/engine.py expands them into
timed segments.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from coach.core.records import Kind


class Sides(StrEnum):
    """Which side an exercise works. CONFIGURABLE: the patient's setting decides."""

    BOTH = "both"  # each rep on the left, then the same on the right
    LEFT = "left"
    RIGHT = "right"
    ALTERNATE = "alternate"  # left, right, left, ... one rep each
    CENTRE = "centre"  # no side (chin tuck, shrug, squeeze)
    CONFIGURABLE = "side-configurable"


class SideSetting(StrEnum):
    """What the patient (with their physio) chose for a side-configurable step."""

    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class ExerciseStep:
    """A held or repeated movement: prepare, then reps of hold with rests between."""

    id: str
    title: str
    instruction: str
    hold_s: float
    reps: int = 1
    sides: Sides = Sides.CENTRE
    prepare_s: float = 5.0
    rest_s: float = 0.0
    image: str | None = None
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class BreathPattern:
    """Seconds of each phase of one breath; holds may be zero."""

    inhale: float
    exhale: float
    hold_in: float = 0.0
    hold_out: float = 0.0

    @property
    def cycle_s(self) -> float:
        return self.inhale + self.hold_in + self.exhale + self.hold_out


@dataclass(frozen=True)
class BreathingStep:
    """Paced breathing for a number of cycles or a duration."""

    id: str
    title: str
    instruction: str
    pattern: BreathPattern
    cycles: int | None = None
    duration_s: float | None = None
    # A cap on cycles, e.g. 4-7-8 breathing: at most 4 in the first month, 8 after.
    max_cycles: int | None = None
    max_cycles_first_month: int | None = None
    image: str | None = None
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class HeatStep:
    """Heat applied in periods with a skin check between them, never past max_s."""

    id: str
    title: str
    instruction: str
    apply_s: float  # the planned total heat time (standard mode)
    check_every_s: float  # a skin check after each such period
    max_s: float  # hard ceiling; never over HEAT_HARD_MAX_S
    reduced_feeling_max_s: float = 600.0  # ceiling in the "reduced feeling" heat mode
    image: str | None = None
    cues: tuple[str, ...] = ()


#: No heat step may ever run longer than this, whatever a file says (CLINICAL.md section 3).
HEAT_HARD_MAX_S = 20 * 60


@dataclass(frozen=True)
class RestStep:
    """A passive step: settle, supported rest, sensory trick, let the skin settle."""

    id: str
    title: str
    instruction: str
    duration_s: float
    image: str | None = None
    cues: tuple[str, ...] = ()


Step = ExerciseStep | BreathingStep | HeatStep | RestStep


@dataclass(frozen=True)
class Routine:
    """A named sequence of steps of one kind."""

    id: str
    title: str
    kind: Kind
    summary: str
    steps: tuple[Step, ...]
    cautions: tuple[str, ...] = ()
    source: Path | None = None  # the file it was read from
    builtin: bool = True
