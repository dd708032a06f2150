"""The patient's settings: safe defaults, validation, and what they change in a session."""

from __future__ import annotations

from datetime import date

import pytest

from coach.core.routine import SideSetting
from coach.core.segments import HeatMode
from coach.core.settings import (
    ColourTheme,
    Settings,
    settings_from_values,
    settings_to_values,
)


def test_defaults_are_the_gentle_clinical_ones():
    s = Settings()
    assert s.heat_mode == HeatMode.STANDARD
    assert (s.heat_daily_limit, s.heat_cooldown_min, s.post_injection_pause_h) == (4, 60, 24)
    assert s.theme is ColourTheme.SYSTEM and s.text_scale == 100
    assert s.session_settings(date(2026, 11, 26)).side_for("upper-trapezius-stretch") == "both"


def test_values_round_trip():
    s = Settings(
        sides={"upper-trapezius-stretch": "left"},
        heat_mode="reduced",
        text_scale=150,
        accepted_on=date(2026, 11, 1),
        first_use=date(2026, 10, 1),
    )
    again, problems = settings_from_values(settings_to_values(s))
    assert problems == []
    assert again == s
    assert again.sides["upper-trapezius-stretch"] == SideSetting.LEFT


@pytest.mark.parametrize(
    "name, value",
    [
        ("heat_daily_limit", 50),
        ("heat_daily_limit", True),
        ("heat_cooldown_min", 5),
        ("text_scale", 400),
        ("heat_mode", "scorching"),
        ("sides", {"chin-tuck": "up"}),
        ("sound", "yes"),
        ("first_use", "yesterday"),
    ],
)
def test_a_bad_stored_value_keeps_its_default_and_is_reported(name, value):
    settings, problems = settings_from_values({name: value, "volume": 30})
    assert getattr(settings, name) == getattr(Settings(), name)
    assert settings.volume == 30  # the good value next to it still counts
    assert len(problems) == 1 and problems[0].startswith(f"{name}: ")


def test_unknown_names_are_ignored_and_reported():
    settings, problems = settings_from_values({"dark_mode": True})
    assert settings == Settings()
    assert problems == ["dark_mode: not a setting (ignored)"]


def test_side_setting_and_heat_mode_reach_the_session():
    s = Settings(heat_mode="reduced").with_side("levator-scapulae-stretch", SideSetting.RIGHT)
    session = s.session_settings(date(2026, 11, 26))
    assert session.side_for("levator-scapulae-stretch") is SideSetting.RIGHT
    assert session.heat_mode is HeatMode.REDUCED


def test_first_month_lasts_thirty_days_from_first_use():
    s = Settings(first_use=date(2026, 11, 1))
    assert s.session_settings(date(2026, 11, 30)).first_month
    assert not s.session_settings(date(2026, 12, 1)).first_month


def test_heat_rules_follow_the_settings():
    rules = Settings(heat_daily_limit=2, heat_cooldown_min=90).heat_rules()
    assert (rules.daily_limit, rules.cooldown_min) == (2, 90)
