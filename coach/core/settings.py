"""The patient's settings: safety choices, sound, look and reminders.

Kept as plain values so the store can save them as JSON and a damaged or hand-edited value
falls back to its gentle default instead of stopping the app. The defaults follow
CLINICAL.md: both sides, standard heat (15 min), at most 4 heat sessions a day at least an
hour apart, no heat or stretching for 24 hours after an injection.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the engine's modules load only when a session or a rule needs them,
    # which keeps them off the app's start-up path
    from coach.core.heat_safety import HeatRules
    from coach.core.segments import SessionSettings

#: The values SideSetting and HeatMode take (their enums live with the engine).
SIDE_CHOICES = ("both", "left", "right")
HEAT_MODES = ("standard", "reduced")
#: The kinds a plan row can name (the values of records.Kind, kept here as plain text).
PLAN_KINDS = ("stretch", "heat", "breathing", "relaxation")


class ColourTheme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


#: 4-7-8 breathing keeps its stricter cycle cap for the first month of use.
FIRST_MONTH = timedelta(days=30)

# (lowest, highest) for every whole-number setting.
LIMITS: dict[str, tuple[int, int]] = {
    "heat_daily_limit": (1, 8),
    "heat_cooldown_min": (30, 240),
    "post_injection_pause_h": (0, 72),
    "volume": (0, 100),
    "text_scale": (100, 200),
}


@dataclass(frozen=True)
class Settings:
    """Everything the patient can set; every field has a safe default."""

    sides: Mapping[str, str] = field(default_factory=dict, hash=False)  # step id -> side
    heat_mode: str = "standard"  # or "reduced" (reduced feeling: 10 minutes at most)
    heat_daily_limit: int = 4
    heat_cooldown_min: int = 60
    post_injection_pause_h: int = 24
    sound: bool = True
    volume: int = 60
    voice: bool = False
    theme: ColourTheme = ColourTheme.SYSTEM
    text_scale: int = 100  # percent of the base type size
    language: str = "system"  # "system" or a language code such as "de"
    close_to_tray: bool = True
    tray_explained: bool = False  # the note on closing to the tray was shown once
    reminders: bool = True
    start_at_login: bool = False  # start hidden in the tray when the patient logs in
    plan_routines: Mapping[str, str] = field(default_factory=dict, hash=False)  # kind -> id
    accepted_on: date | None = None  # the day the first-run safety note was accepted
    first_use: date | None = None

    def __post_init__(self) -> None:
        sides = {str(k): str(v) for k, v in dict(self.sides).items()}
        for step, side in sides.items():
            if side not in SIDE_CHOICES:
                raise ValueError(f"side for {step}: expected one of {', '.join(SIDE_CHOICES)}")
        object.__setattr__(self, "sides", MappingProxyType(sides))
        routines = {str(k): str(v) for k, v in dict(self.plan_routines).items()}
        for kind, routine_id in routines.items():
            if kind not in PLAN_KINDS:
                raise ValueError(f"plan routine for {kind!r}: not a kind of session")
            if not routine_id:
                raise ValueError(f"plan routine for {kind}: an empty routine id")
        object.__setattr__(self, "plan_routines", MappingProxyType(routines))
        if self.heat_mode not in HEAT_MODES:
            raise ValueError(f"expected one of {', '.join(HEAT_MODES)}")
        object.__setattr__(self, "heat_mode", str(self.heat_mode))
        object.__setattr__(self, "theme", ColourTheme(self.theme))
        for name, (low, high) in LIMITS.items():
            value = getattr(self, name)
            if (
                isinstance(value, bool)
                or not isinstance(value, int)
                or not low <= value <= high
            ):
                raise ValueError(f"{name}: expected a whole number from {low} to {high}")

    def session_settings(self, today: date) -> SessionSettings:
        """What the session engine needs from these settings on a given day."""
        from coach.core.segments import SessionSettings

        first_month = self.first_use is None or today - self.first_use < FIRST_MONTH
        return SessionSettings(
            sides=dict(self.sides), heat_mode=self.heat_mode, first_month=first_month
        )

    def heat_rules(self) -> HeatRules:
        from coach.core.heat_safety import HeatRules

        return HeatRules(
            cooldown_min=self.heat_cooldown_min,
            daily_limit=self.heat_daily_limit,
            post_injection_pause_h=self.post_injection_pause_h,
        )

    def with_side(self, step_id: str, side: str) -> Settings:
        """A copy with one side-configurable step set ("both", "left" or "right")."""
        return replace(self, sides={**self.sides, step_id: str(side)})

    def with_plan_routine(self, kind: str, routine_id: str | None) -> Settings:
        """A copy with the routine a kind's reminders start (None: the first of the kind)."""
        routines = {k: v for k, v in self.plan_routines.items() if k != str(kind)}
        if routine_id:
            routines[str(kind)] = routine_id
        return replace(self, plan_routines=routines)


def settings_to_values(settings: Settings) -> dict[str, Any]:
    """Plain JSON-ready values, one per field."""
    values: dict[str, Any] = {}
    for f in fields(Settings):
        value = getattr(settings, f.name)
        if f.name in ("sides", "plan_routines"):
            value = dict(value)
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, StrEnum):
            value = str(value)
        values[f.name] = value
    return values


def settings_from_values(values: Mapping[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from stored values; a bad or unknown value is reported and left at its
    default, so the app always starts with something safe."""
    problems: list[str] = []
    kept: dict[str, Any] = {}
    names = {f.name for f in fields(Settings)}
    defaults = Settings()
    for name, value in values.items():
        if name not in names:
            problems.append(f"{name}: not a setting (ignored)")
            continue
        try:
            if name in ("accepted_on", "first_use"):
                value = None if value is None else date.fromisoformat(value)
            elif isinstance(getattr(defaults, name), bool) and not isinstance(value, bool):
                raise ValueError("expected true or false")
            replace(defaults, **{name: value})  # validates this one value
            kept[name] = value
        except (TypeError, ValueError) as error:
            problems.append(f"{name}: {error} (kept the default)")
    return replace(defaults, **kept), problems
