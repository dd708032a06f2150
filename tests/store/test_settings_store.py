"""Settings are saved in the diary and survive a damaged value."""

from __future__ import annotations

from datetime import date

from coach.core.routine import SideSetting
from coach.core.settings import Settings
from coach.store.database import Store


def test_new_diary_has_default_settings(tmp_path):
    with Store.open(tmp_path / "d") as store:
        assert store.settings() == Settings()


def test_saved_settings_come_back_after_reopening(tmp_path):
    chosen = Settings(
        sides={"upper-trapezius-stretch": SideSetting.RIGHT},
        heat_mode="reduced",
        accepted_on=date(2026, 11, 26),
    )
    with Store.open(tmp_path / "d") as store:
        store.save_settings(chosen)
    with Store.open(tmp_path / "d") as store:
        assert store.settings() == chosen


def test_a_damaged_value_falls_back_and_is_reported(tmp_path):
    with Store.open(tmp_path / "d") as store:
        store.save_settings(Settings(volume=20))
        store.conn.execute("UPDATE settings SET value = '999' WHERE name = 'heat_daily_limit'")
        store.conn.commit()
        settings = store.settings()
        assert settings.heat_daily_limit == 4 and settings.volume == 20
        assert store.settings_problems and "heat_daily_limit" in store.settings_problems[0]
