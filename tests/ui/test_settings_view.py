"""The Settings screen: every change saved at once, the look switching live, and the data
tools (backups with dates, restore, export, import) doing what they say."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from uuid import uuid4

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea

from coach.core.records import SymptomEntry
from coach.core.settings import LIMITS, ColourTheme, Settings
from coach.store.database import Store
from coach.store.errors import StoreError
from coach.ui import app as app_module
from coach.ui import theme
from coach.ui.first_run import FirstRunView
from coach.ui.main_window import MainWindow
from coach.ui.settings_data import backup_when
from coach.ui.settings_view import SettingsView

NOW = datetime(2026, 11, 26, 10, 0).astimezone()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        yield opened


@pytest.fixture(autouse=True)
def restore_theme(qapp):
    yield
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)


@pytest.fixture
def view(qtbot, store, qapp):
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)
    widget = SettingsView(store, now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def entry(entry_id: str, spasm: int) -> SymptomEntry:
    return SymptomEntry(entry_id, NOW, spasm)


# --- every change saves at once -------------------------------------------------------


def test_sides_and_heat_are_saved_at_once(qtbot, store, view):
    assert set(view.side_rows) >= {
        "upper-trapezius-stretch",
        "levator-scapulae-stretch",
        "active-head-turn",
    }
    click(qtbot, view.side_rows["levator-scapulae-stretch"].buttons["right"])
    assert store.settings().sides == {"levator-scapulae-stretch": "right"}
    click(qtbot, view.side_rows["active-head-turn"].buttons["left"])
    assert dict(store.settings().sides) == {
        "levator-scapulae-stretch": "right",
        "active-head-turn": "left",
    }
    click(qtbot, view.heat_mode.buttons["reduced"])
    assert store.settings().heat_mode == "reduced"
    assert view.heat_mode.buttons["reduced"].text().startswith("✓")
    assert view.findChild(QLabel, "heatStatus").text() == "✓ Saved."


def test_numbers_and_switches_are_saved_at_once(qtbot, store, view):
    click(qtbot, view.heat_limit.less_button)
    click(qtbot, view.heat_cooldown.more_button)
    click(qtbot, view.injection_pause.more_button)
    click(qtbot, view.volume.more_button)
    click(qtbot, view.voice_check.box)
    click(qtbot, view.sound_check.box)
    click(qtbot, view.reminders_check.box)
    saved = store.settings()
    assert saved.heat_daily_limit == 3
    assert saved.heat_cooldown_min == 75
    assert saved.post_injection_pause_h == 30
    assert saved.volume == 70
    assert (saved.voice, saved.sound, saved.reminders) == (True, False, False)


def test_numbers_keep_to_their_limits(qtbot, store, view):
    _low, high = LIMITS["heat_daily_limit"]
    for _ in range(high + 2):
        if view.heat_limit.more_button.isEnabled():
            click(qtbot, view.heat_limit.more_button)
    assert store.settings().heat_daily_limit == high
    assert not view.heat_limit.more_button.isEnabled()
    view.heat_limit.spin.setValue(high + 5)  # typed beyond: the box keeps to the limit
    assert view.heat_limit.value() == high
    assert view.text_size.spin.minimum() == 100 and view.text_size.spin.maximum() == 200


def test_a_change_that_cannot_be_saved_is_put_back(qtbot, store, view, monkeypatch):
    def refuse(settings):
        raise StoreError("Could not save to the diary: disk full")

    monkeypatch.setattr(store, "save_settings", refuse)
    click(qtbot, view.heat_mode.buttons["reduced"])
    assert view.heat_mode.value() == "standard"
    assert "Not saved" in view.findChild(QLabel, "heatStatus").text()
    assert view.settings.heat_mode == "standard"


def test_the_screen_shows_what_is_saved(qtbot, store, view):
    store.save_settings(
        Settings(sides={"active-head-turn": "right"}, volume=20, theme=ColourTheme.DARK)
    )
    view.refresh()
    assert view.side_rows["active-head-turn"].value() == "right"
    assert view.volume.value() == 20
    assert view.theme_row.value() == "dark"


# --- the look switches live -----------------------------------------------------------


def test_theme_and_text_size_switch_live(qtbot, qapp, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    today = window.current_screen()
    window.show_screen("settings")
    view = window.current_screen()
    assert isinstance(view, SettingsView)
    assert today.date_label.font().pointSizeF() == pytest.approx(28.0)

    click(qtbot, view.theme_row.buttons["dark"])
    assert store.settings().theme is ColourTheme.DARK
    assert qapp.palette().window().color().name() == theme.DARK.window.lower()

    view.text_size.spin.setValue(150)
    assert store.settings().text_scale == 150
    assert theme.current_text_scale(qapp) == pytest.approx(1.5)
    assert today.date_label.font().pointSizeF() == pytest.approx(42.0)  # title 28 pt x 1.5

    click(qtbot, view.theme_row.buttons["light"])
    click(qtbot, view.text_size.less_button)
    assert qapp.palette().window().color().name() == theme.LIGHT.window.lower()
    assert today.date_label.font().pointSizeF() == pytest.approx(28.0 * 1.4)


def test_the_saved_look_applies_at_start(qapp, data_dir, monkeypatch):
    with Store.open(data_dir) as store:
        store.save_settings(
            Settings(theme=ColourTheme.DARK, text_scale=150, accepted_on=NOW.date())
        )
    seen = {}

    def fake_exec(self=None):
        seen["window"] = qapp.palette().window().color().name()
        seen["scale"] = theme.current_text_scale(qapp)
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
                widget.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run_gui(data_dir) == 0
    assert seen == {"window": theme.DARK.window.lower(), "scale": pytest.approx(1.5)}


def test_nothing_runs_off_sideways_at_200_percent(qtbot, qapp, store):
    store.add_symptom(entry("a", 4))
    store.backup("manual")
    theme.apply_theme(qapp, theme.ColourMode.DARK, 2.0)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("settings")
    scroll = window.current_screen().findChild(QScrollArea)

    def problems() -> list[str]:
        found = []
        if scroll.widget().width() > scroll.viewport().width():
            found.append(f"page {scroll.widget().width()} px in {scroll.viewport().width()}")
        for button in window.current_screen().findChildren(QPushButton):
            if button.isVisible() and button.width() < button.minimumSizeHint().width():
                found.append(f"{button.text()!r} squeezed")
        return found

    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not problems(), timeout=2000)
    assert not problems(), "\n".join(problems())


# --- backups, restore, export and import ----------------------------------------------


def test_backups_are_listed_with_their_dates(qtbot, store, view):
    assert view.data_card.rows == []
    click(qtbot, view.data_card.backup_button)
    (row,) = view.data_card.rows
    assert row.when_label.text() == backup_when(row.backup)
    assert row.why_label.text() == "made by you"
    assert "Backup saved" in view.data_card.backup_status.text()


def test_restore_brings_back_the_old_diary_after_asking(qtbot, store, view, monkeypatch):
    store.add_symptom(entry("before", 3))
    old = store.backup("manual")
    store.add_symptom(entry("after", 8))
    view.refresh()
    row = next(r for r in view.data_card.rows if r.backup.path == old)

    asked = []
    monkeypatch.setattr(view.data_card, "confirm", lambda *a: asked.append(a) or False)
    click(qtbot, row.restore_button)
    assert asked, "it asks first"
    assert {e.id for e in store.symptoms()} == {"before", "after"}, "refused: unchanged"

    monkeypatch.setattr(view.data_card, "confirm", lambda *a: True)
    with qtbot.waitSignal(view.dataChanged):
        click(qtbot, row.restore_button)
    assert [e.id for e in store.symptoms()] == ["before"]
    assert "Restored" in view.data_card.backup_status.text()

    # The diary as it was just before is a backup of its own, listed, and holds "after".
    newest = view.data_card.rows[0].backup.path
    assert newest != old
    with contextlib.closing(sqlite3.connect(newest)) as conn:
        ids = {r[0] for r in conn.execute("SELECT id FROM symptoms")}
    assert ids == {"before", "after"}
    # ... and restoring that copy goes back again; the diary keeps working meanwhile.
    assert view.data_card.restore(view.data_card.rows[0].backup)
    assert {e.id for e in store.symptoms()} == {"before", "after"}
    store.add_symptom(entry("later", 2))
    assert len(store.symptoms()) == 3


def test_restore_brings_back_the_settings_of_then(qtbot, qapp, store, view, monkeypatch):
    store.add_symptom(entry("a", 3))
    store.save_settings(Settings(theme=ColourTheme.DARK, volume=10))
    old = store.backup("manual")
    click(qtbot, view.theme_row.buttons["light"])
    monkeypatch.setattr(view.data_card, "confirm", lambda *a: True)
    view.refresh()
    row = next(r for r in view.data_card.rows if r.backup.path == old)
    click(qtbot, row.restore_button)
    assert store.settings().theme is ColourTheme.DARK
    assert view.theme_row.value() == "dark"
    assert view.volume.value() == 10
    assert qapp.palette().window().color().name() == theme.DARK.window.lower()


def test_a_damaged_backup_is_refused_and_nothing_changes(qtbot, store, view, monkeypatch):
    store.add_symptom(entry("a", 3))
    bad = store.backup("manual")
    bad.write_bytes(b"not a database" * 100)
    view.refresh()
    monkeypatch.setattr(view.data_card, "confirm", lambda *a: True)
    row = next(r for r in view.data_card.rows if r.backup.path == bad)
    click(qtbot, row.restore_button)
    assert "Nothing was changed" in view.data_card.backup_status.text()
    assert [e.id for e in store.symptoms()] == ["a"]


def test_export_then_import_elsewhere(qtbot, store, view, tmp_path, monkeypatch):
    entry_id = str(uuid4())
    store.add_symptom(entry(entry_id, 3))
    out = tmp_path / "export"
    monkeypatch.setattr(view.data_card, "ask_folder", lambda title: str(out))
    click(qtbot, view.data_card.export_button)
    assert sorted(p.name for p in out.iterdir()) == [
        "injections.csv",
        "plan.csv",
        "sessions.csv",
        "symptoms.csv",
    ]
    assert "Exported" in view.data_card.transfer_status.text()

    store.delete_symptom(entry_id)
    with qtbot.waitSignal(view.dataChanged):
        click(qtbot, view.data_card.import_button)
    assert [e.id for e in store.symptoms()] == [entry_id]
    assert "symptoms.csv: 1 added" in view.data_card.transfer_status.text()


def test_a_bad_import_names_file_and_line_and_changes_nothing(
    qtbot, store, view, tmp_path, monkeypatch
):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "symptoms.csv").write_text(
        "id,recorded_at,spasm,pain,stress,sleep,sensory_trick,note\n"
        ",2026-11-26T08:30:00+01:00,4,,,,,\n"
        ",2026-11-26T09:30:00+01:00,eleven,,,,,\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(view.data_card, "ask_folder", lambda title: str(folder))
    click(qtbot, view.data_card.import_button)
    text = view.data_card.transfer_status.text()
    assert "nothing was changed" in text
    assert "symptoms.csv:3:" in text
    assert store.symptoms() == []


def test_a_cancelled_folder_choice_does_nothing(qtbot, store, view, monkeypatch):
    monkeypatch.setattr(view.data_card, "ask_folder", lambda title: "")
    click(qtbot, view.data_card.export_button)
    click(qtbot, view.data_card.import_button)
    assert not view.data_card.transfer_status.isVisible()


def test_open_data_folder_asks_the_desktop(qtbot, view, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    click(qtbot, view.data_card.open_button)
    assert [u.toLocalFile() for u in opened] == [str(view._store.data_dir)]
    assert view.data_card.folder_label.text() == str(view._store.data_dir)


# --- the welcome again ----------------------------------------------------------------


def test_the_welcome_can_be_seen_again(qtbot, store):
    store.save_settings(Settings(accepted_on=NOW.date(), sides={"active-head-turn": "left"}))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.show_screen("settings")
    view = window.current_screen()
    click(qtbot, view.welcome_button)
    first_run = window.full_window_widget()
    assert isinstance(first_run, FirstRunView)
    assert first_run.accept_check.isChecked()
    assert first_run.side_rows["active-head-turn"].value() == "left"
    click(qtbot, first_run.side_rows["active-head-turn"].buttons["right"])
    assert first_run.finish()
    qtbot.waitUntil(lambda: window.full_window_widget() is None)
    assert view.side_rows["active-head-turn"].value() == "right"
    assert store.settings().accepted_on == NOW.date()


def test_the_language_is_saved_and_loaded(qtbot, qapp, store, view):
    from coach.ui.i18n import current_language, install_translator, translations_dir

    try:
        click(qtbot, view.language_row.buttons["de"])
        assert store.settings().language == "de"
        if (translations_dir() / "coach_de.qm").exists():
            assert current_language(qapp) == "de"
        click(qtbot, view.language_row.buttons["system"])
        assert store.settings().language == "system"
    finally:
        install_translator(qapp, "en")


def test_a_change_keeps_settings_saved_elsewhere_meanwhile(qtbot, store, view):
    from dataclasses import replace

    store.save_settings(replace(store.settings(), close_to_tray=False))  # e.g. the tray
    click(qtbot, view.volume.more_button)
    saved = store.settings()
    assert (saved.volume, saved.close_to_tray) == (70, False)


def test_the_test_sound_plays_at_the_volume_set_or_says_why_not(
    qtbot, store, view, monkeypatch
):
    import coach.ui.sound as sound

    played = []

    class FakeCues:
        def __init__(self, *, volume, enabled, parent=None, voice=False):
            self.volume = volume
            self.silent_reason = "No audio output was found."
            self.can_play = True

        def set_volume(self, volume):
            self.volume = volume

        def available(self):
            return self.can_play

        def play(self, cue):
            played.append((cue, self.volume))

    monkeypatch.setattr(sound, "SoundCues", FakeCues)
    click(qtbot, view.volume.more_button)
    click(qtbot, view.test_sound_button)
    assert played == [(sound.Cue.CHIME, 70)]
    view._cues.can_play = False
    click(qtbot, view.test_sound_button)
    status = view.findChild(QLabel, "soundStatus").text()
    assert "cannot play" in status and "No audio output" in status
    assert len(played) == 1
