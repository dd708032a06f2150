"""The first run: the safety note must be accepted, the choices are stored and they shape
the next session; once accepted it does not come back on its own."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coach.core.clock import FakeClock
from coach.core.records import Kind
from coach.core.routine import HeatStep
from coach.core.routine_library import load_library
from coach.core.segments import HeatMode, SegmentKind, Side, heat_ceiling_s
from coach.core.settings import Settings
from coach.store.database import Store
from coach.ui import app as app_module
from coach.ui.first_run import FirstRunView, show_first_run
from coach.ui.main_window import MainWindow
from coach.ui.session_flow import SessionFlow

NOW = datetime(2026, 11, 26, 10, 0).astimezone()
UPPER_TRAPEZIUS = "upper-trapezius-stretch"


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        yield opened


@pytest.fixture
def first_run(qtbot, store):
    view = FirstRunView(store, now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def session_segments(qtbot, store, routine_id: str):
    """The segments a session of this routine plays, started as the patient would."""
    routine = load_library(store.data_dir).find(routine_id)
    flow = SessionFlow(
        store, routine, now=lambda: NOW, clock=FakeClock(0.0), cues_factory=lambda s: None
    )
    qtbot.addWidget(flow)
    flow.start()
    assert flow.runner is not None
    segments = flow.runner.engine.segments
    flow.abandon()  # ends it as closing the window would; no timer left running
    return routine, segments


def test_next_waits_until_the_safety_note_is_accepted(qtbot, first_run):
    assert first_run.page == 0
    assert not first_run.next_button.isEnabled()
    first_run.next()  # even called directly, it does not move on
    assert first_run.page == 0
    click(qtbot, first_run.accept_check.box)
    assert first_run.next_button.isEnabled()
    click(qtbot, first_run.next_button)
    assert first_run.page == 1
    assert first_run.back_button.isVisible()


def test_choices_are_stored_and_shape_the_next_session(qtbot, store, first_run):
    click(qtbot, first_run.accept_check.box)
    click(qtbot, first_run.next_button)
    click(qtbot, first_run.side_rows[UPPER_TRAPEZIUS].buttons["left"])
    click(qtbot, first_run.heat_mode.buttons["reduced"])
    click(qtbot, first_run.next_button)
    click(qtbot, first_run.sound_check.box)  # sound off
    click(qtbot, first_run.volume.less_button)
    click(qtbot, first_run.next_button)
    stretch_choice = first_run.plan_choices[0]
    click(qtbot, stretch_choice.check.box)
    assert first_run.next_button.text() == "Start using the app"
    with qtbot.waitSignal(first_run.closed):
        click(qtbot, first_run.next_button)

    saved = store.settings()
    assert saved.accepted_on == NOW.date()
    assert saved.first_use == NOW.date()
    assert saved.sides[UPPER_TRAPEZIUS] == "left"
    assert saved.heat_mode == "reduced"
    assert saved.sound is False
    assert saved.volume == 50
    (row,) = store.plan_rows()
    assert row.kind is Kind.STRETCH
    assert row.valid_from == NOW.date()
    assert row.times_per_day == 2
    assert row.reminder_times == ("09:00", "18:00")
    assert row.weekdays == frozenset(range(7))

    # The next stretch session holds the upper-trapezius stretch on the left only.
    _routine, segments = session_segments(qtbot, store, "neck-shoulder-release")
    trapezius_holds = [
        s
        for s in segments
        if s.kind is SegmentKind.HOLD and s.title == "Upper-trapezius stretch"
    ]
    assert trapezius_holds
    assert {s.side for s in trapezius_holds} == {Side.LEFT}
    levator = [s for s in segments if s.kind is SegmentKind.HOLD and "Levator" in s.title]
    assert {s.side for s in levator} == {Side.LEFT, Side.RIGHT}  # left as it was: both

    # The next heat session stops at the reduced-feeling maximum of 10 minutes.
    routine, segments = session_segments(qtbot, store, "heat-and-stretch")
    heat_step = next(s for s in routine.steps if isinstance(s, HeatStep))
    assert heat_ceiling_s(heat_step, HeatMode.REDUCED) == 600
    assert heat_ceiling_s(heat_step, HeatMode.STANDARD) > 600
    heat = sum(s.duration_s for s in segments if s.kind is SegmentKind.HEAT)
    assert heat == 600


def test_standard_heat_keeps_the_fifteen_minutes(qtbot, store, first_run):
    click(qtbot, first_run.accept_check.box)
    first_run.show_page(3)
    first_run.finish()
    assert store.settings().heat_mode == "standard"
    assert store.plan_rows() == []  # the plan is optional: nothing ticked, nothing written
    _routine, segments = session_segments(qtbot, store, "heat-and-stretch")
    assert sum(s.duration_s for s in segments if s.kind is SegmentKind.HEAT) == 900


def test_the_first_plan_can_take_other_times(qtbot, store, first_run):
    click(qtbot, first_run.accept_check.box)
    first_run.show_page(3)
    breathing = first_run.plan_choices[1]
    click(qtbot, breathing.check.box)
    edit = breathing.time_edits[0]
    assert edit.isEnabled()
    edit.setTime(edit.time().addSecs(-3600 * 13))  # 20:00 -> 07:00
    assert first_run.finish()
    (row,) = store.plan_rows()
    assert (row.kind, row.times_per_day, row.reminder_times) == (Kind.BREATHING, 1, ("07:00",))


def test_an_existing_plan_is_never_overwritten(qtbot, store, first_run):
    from coach.core.records import PlanRow

    store.add_plan_row(PlanRow(NOW.date(), Kind.HEAT, 1, frozenset({0})))
    view = FirstRunView(store, now=lambda: NOW)
    qtbot.addWidget(view)
    assert view.plan_choices == []
    view.accept_check.setChecked(True)
    assert view.finish()
    assert [r.kind for r in store.plan_rows()] == [Kind.HEAT]


def test_closing_before_finish_saves_nothing(qtbot, store, first_run):
    click(qtbot, first_run.accept_check.box)
    click(qtbot, first_run.next_button)
    click(qtbot, first_run.side_rows[UPPER_TRAPEZIUS].buttons["right"])
    first_run.close()
    assert store.settings() == Settings()


# --- when it shows -----------------------------------------------------------------------


def run_gui_and_look(qapp, data_dir, monkeypatch) -> dict:
    """Run the app to its first paint and report what the window shows."""
    seen: dict = {}

    def fake_exec(self=None):
        (win,) = [
            w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        # The first run waits for the first paint: let that and the deferred work happen.
        for _ in range(20):
            QApplication.processEvents()
            if win.full_window_widget() is not None:
                break
        seen["full"] = win.full_window_widget()
        seen["sidebar"] = win.sidebar.isVisible()
        win.close()
        win.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run_gui(data_dir) == 0
    return seen


def test_a_fresh_diary_opens_on_the_welcome(qapp, data_dir, monkeypatch):
    seen = run_gui_and_look(qapp, data_dir, monkeypatch)
    assert isinstance(seen["full"], FirstRunView)
    assert not seen["sidebar"]


def test_an_accepted_diary_opens_on_its_screens(qapp, data_dir, monkeypatch):
    with Store.open(data_dir) as store:
        store.save_settings(Settings(accepted_on=NOW.date()))
    seen = run_gui_and_look(qapp, data_dir, monkeypatch)
    assert seen["full"] is None
    assert seen["sidebar"]


def test_once_accepted_the_welcome_does_not_come_back(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    view = show_first_run(window, store)
    assert view is not None and window.full_window_widget() is view
    view.accept_check.setChecked(True)
    assert view.finish()
    qtbot.waitUntil(lambda: window.full_window_widget() is None)
    assert window.sidebar.isVisible()
    assert show_first_run(window, store) is None
    assert window.full_window_widget() is None
