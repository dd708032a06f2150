"""The main window, start-up through run_gui, and the theme it applies."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QScrollArea

from coach.core.records import PlanRow, SymptomEntry
from coach.store.database import Store
from coach.ui import app as app_module
from coach.ui import theme
from coach.ui.main_window import SCREENS, MainWindow
from coach.ui.today_view import TodayView


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        yield opened


@pytest.fixture
def window(qtbot, store):
    win = MainWindow(store)
    qtbot.addWidget(win)
    return win


@pytest.fixture
def restore_theme(qapp):
    yield
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)


def test_window_title_and_navigation_lists_today(window):
    assert window.windowTitle() == "Trapezius Coach"
    assert window.screen_titles() == [spec.title for spec in SCREENS]
    assert "Today" in window.screen_titles()
    assert isinstance(window.current_screen(), TodayView)
    assert window.navigation.currentItem().text() == "Today"
    assert window.navigation.currentItem().font().bold()


def test_showing_the_window_fills_the_today_screen(window, qtbot):
    today = window.current_screen()
    assert today.date_label.text() == ""  # nothing is read before the window is shown
    window.show()
    qtbot.waitExposed(window)
    assert today.date_label.text() != ""
    assert today.midnight_timer.isActive()


def test_notice_banner_shows_once_and_closes(window, qtbot):
    window.show()
    assert not window.notice.isVisible()
    window.show_notice("Your diary file was damaged; yesterday's backup was restored.")
    assert window.notice.isVisible()
    assert "backup was restored" in window.notice.label.text()
    qtbot.mouseClick(window.notice.ok_button, Qt.MouseButton.LeftButton)
    assert not window.notice.isVisible()


# --- run_gui --------------------------------------------------------------------------


def test_run_gui_shows_the_store_notice_after_a_damaged_file(qapp, data_dir, monkeypatch):
    data_dir.mkdir(parents=True)
    (data_dir / "coach.sqlite3").write_bytes(b"this is not a database " * 200)
    seen = {}

    def fake_exec(self=None):
        # Stands in for the event loop: look at the window run_gui has just shown.
        (win,) = [
            w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        seen["visible"] = win.isVisible()
        seen["notice"] = win.notice.label.text() if win.notice.isVisible() else None
        seen["title"] = win.windowTitle()
        win.close()
        win.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run_gui(data_dir) == 0
    assert seen["visible"]
    assert seen["title"] == "Trapezius Coach"
    assert seen["notice"]  # the store's own sentence about the damaged file
    assert list(data_dir.glob("coach.sqlite3.corrupt-*")), "the damaged file was kept"


def test_run_gui_refuses_a_newer_database_without_touching_it(qapp, data_dir, monkeypatch):
    data_dir.mkdir(parents=True)
    path = data_dir / "coach.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = path.read_bytes()
    shown = []

    def fake_box_exec(box):
        shown.append(box.text() + " " + box.informativeText())
        return QMessageBox.StandardButton.Close

    def no_event_loop(self=None):
        raise AssertionError("the window must not open")

    monkeypatch.setattr(QMessageBox, "exec", fake_box_exec)
    monkeypatch.setattr(QApplication, "exec", no_event_loop)
    assert app_module.run_gui(data_dir) == 1
    assert len(shown) == 1
    assert "newer version" in shown[0]
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["coach.sqlite3"]


def test_startup_probe_reports_time_and_memory():
    line = app_module.probe_line()
    fields = dict(part.split("=") for part in line.split()[1:])
    assert line.startswith("COACH_STARTUP_PROBE ")
    assert float(fields["wall"]) > 0
    assert int(fields["rss_kb"]) > 0


# --- theme ----------------------------------------------------------------------------


def test_dark_mode_and_text_scale_apply_live(qapp, window, qtbot, restore_theme):
    window.show()
    qtbot.waitExposed(window)
    today = window.current_screen()
    theme.apply_theme(qapp, theme.ColourMode.DARK, 2.0)
    assert qapp.palette().window().color().name() == theme.DARK.window.lower()
    assert theme.current_palette(qapp) is theme.DARK
    assert today.date_label.font().pointSizeF() == pytest.approx(56.0)  # title 28 pt x 2
    assert today.rating.button(0).font().pointSizeF() == pytest.approx(40.0)

    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)
    assert qapp.palette().window().color().name() == theme.LIGHT.window.lower()
    assert today.date_label.font().pointSizeF() == pytest.approx(28.0)


def test_system_mode_follows_the_desktop_colour_scheme(qapp, qtbot, monkeypatch, restore_theme):
    dark = {"now": False}
    monkeypatch.setattr(theme, "system_prefers_dark", lambda app=None: dark["now"])
    theme.apply_theme(qapp, theme.ColourMode.SYSTEM, 1.0)
    assert theme.current_palette(qapp) is theme.LIGHT

    dark["now"] = True
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.waitUntil(
        lambda: qapp.palette().window().color().name() == theme.DARK.window.lower(),
        timeout=1000,
    )


def test_a_fixed_mode_ignores_the_desktop(qapp, qtbot, monkeypatch, restore_theme):
    monkeypatch.setattr(theme, "system_prefers_dark", lambda app=None: True)
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qapp.processEvents()
    assert qapp.palette().window().color().name() == theme.LIGHT.window.lower()


def test_every_kind_has_its_own_colour_and_name():
    for palette in (theme.LIGHT, theme.DARK):
        accents = [palette.kind(kind).accent for kind in theme.KIND_LOOKS]
        assert len(set(accents)) == 4
        assert palette.danger not in accents
    assert [look.title for look in theme.KIND_LOOKS.values()] == [
        "Stretches",
        "Heat",
        "Breathing",
        "Relaxation",
    ]


def test_qt_bindings_keep_none_alive(qapp):
    # PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a method
    # returning void; after a few thousand calls the interpreter aborts with "deallocating
    # None". The app would crash after minutes of use. PySide6 6.11.3 is fine; on Python
    # 3.12+ None is immortal and the count cannot fall.
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50, (
        "these Qt bindings leak references to None: use PySide6 < 6.12 on Python 3.11"
    )


def _clipped(widget) -> str | None:
    """Why a visible label or button does not show all its text, or None."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        if widget.height() < widget.heightForWidth(widget.width()):
            return f"{widget.text()!r}: {widget.height()} px tall, needs more"
        return None
    text_width = widget.fontMetrics().horizontalAdvance(widget.text())
    if text_width > widget.contentsRect().width():
        return f"{widget.text()!r}: {text_width} px of text in {widget.width()} px"
    return None


def test_nothing_is_clipped_at_200_percent_text_in_1024x700(
    qapp, window, store, qtbot, restore_theme
):
    every_day = frozenset(range(7))
    for kind in theme.KIND_LOOKS:
        store.add_plan_row(PlanRow(date(2026, 1, 1), kind, 3, every_day))
    note = "Woke with a stiff neck after a long drive"
    store.add_symptom(SymptomEntry("s1", datetime.now().astimezone(), 10, pain=10, note=note))
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 2.0)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    today = window.current_screen()
    qtbot.mouseClick(today.rating.button(10), Qt.MouseButton.LeftButton)
    scroll = today.findChild(QScrollArea)

    def problems() -> list[str]:
        found = []
        if scroll.widget().width() > scroll.viewport().width():
            found.append(f"page {scroll.widget().width()} px in {scroll.viewport().width()}")
        widgets = window.findChildren(QLabel) + window.findChildren(QPushButton)
        found += [p for w in widgets if w.isVisible() and w.text() and (p := _clipped(w))]
        return found

    # Layout requests are posted events, a few passes deep: let them settle first.
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not problems(), timeout=2000)
    assert len([w for w in window.findChildren(QLabel) if w.isVisible()]) > 25
    assert not problems(), "\n".join(problems())
