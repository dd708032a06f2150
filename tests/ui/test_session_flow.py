"""A session from the patient's side: before (refusals, checks, rating) -> player -> after.

Time never passes for real: the flow gets a fixed wall clock (`now`) and a FakeClock for
the session, which the tests move and then poll.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from uuid import uuid4

import pytest
from PySide6.QtCore import Qt

from coach.core.clock import FakeClock
from coach.core.records import Injection, Kind, SessionRecord, SessionStatus
from coach.core.routine_library import load_library
from coach.core.segments import total_seconds
from coach.core.session_rules import caution_stop_reason
from coach.store.database import Store
from coach.ui.after_view import closing_words, heat_line, summary_line
from coach.ui.before_view import BREATHING_NOTE, STRETCH_STOP, BeforeState
from coach.ui.main_window import MainWindow
from coach.ui.session_flow import FlowStage, SessionFlow

NOW = datetime(2026, 11, 26, 10, 0).astimezone()  # a Thursday morning


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        yield opened


@pytest.fixture(scope="module")
def library():
    return load_library(None)


@pytest.fixture
def clock():
    return FakeClock(1000.0)


@pytest.fixture
def open_flow(qtbot, store, library, clock):
    def make(routine_id: str, now: datetime = NOW) -> SessionFlow:
        flow = SessionFlow(
            store,
            library.find(routine_id),
            now=lambda: now,
            clock=clock,
            cues_factory=lambda settings: None,
        )
        qtbot.addWidget(flow)
        flow.resize(1024, 700)
        flow.show()
        qtbot.waitExposed(flow)
        return flow

    return make


def heat_session(started_at: datetime, minutes: int = 15) -> SessionRecord:
    return SessionRecord(
        id=str(uuid4()), routine_id="heat-and-stretch", routine_title="Heat & stretch",
        kind=Kind.HEAT, started_at=started_at, planned_seconds=1500,
        active_seconds=minutes * 60, steps_done=5, steps_total=5,
        status=SessionStatus.COMPLETED, heat_seconds=minutes * 60, skin_ok=True,
    )  # fmt: skip


def all_rows(store: Store) -> list[SessionRecord]:
    return store.sessions(include_in_progress=True)


def answer_all_yes(qtbot, flow: SessionFlow) -> None:
    for question in flow.before.questions:
        click(qtbot, question.yes_button)


def assert_refused(flow: SessionFlow, *words: str) -> None:
    before = flow.before
    assert before.state() is BeforeState.REFUSED
    assert before.refusal_card.isVisible()
    assert not before.rating_card.isVisible()
    assert not before.start_button.isVisible()
    text = before.refusal_label.text()
    for word in words:
        assert word in text, text
    assert before.refusal_back.isVisible()


# --- before: heat refusals ------------------------------------------------------------


def test_heat_twenty_minutes_after_heat_waits_for_the_cooldown(qtbot, store, open_flow):
    store.add_session(heat_session(NOW - timedelta(minutes=20), minutes=15))  # ended 09:55
    rows = all_rows(store)
    flow = open_flow("heat-and-stretch")
    assert_refused(flow, "10:55", "last heat session")
    assert flow.decision.allowed_from == NOW + timedelta(minutes=55)
    assert all_rows(store) == rows, "a refusal writes nothing"


def test_heat_after_four_sessions_today_waits_for_tomorrow(qtbot, store, open_flow):
    for hour in (6, 7, 8):
        store.add_session(heat_session(NOW.replace(hour=hour, minute=0)))
    store.add_session(heat_session(NOW.replace(hour=8, minute=40)))  # ended 08:55
    rows = all_rows(store)
    flow = open_flow("heat-and-stretch")
    assert_refused(flow, "4 times today", "from tomorrow")
    assert flow.decision.allowed_from.date() == NOW.date() + timedelta(days=1)
    assert all_rows(store) == rows


def test_heat_on_an_injection_day_waits_until_a_day_after(qtbot, store, open_flow):
    store.add_injection(Injection(str(uuid4()), NOW.date(), product="Botox"))
    flow = open_flow("heat-and-stretch")
    assert_refused(flow, "injection", "Saturday 28 November")
    assert all_rows(store) == []


def test_back_from_a_refusal_closes_the_flow(qtbot, store, open_flow):
    store.add_injection(Injection(str(uuid4()), NOW.date()))
    flow = open_flow("heat-and-stretch")
    with qtbot.waitSignal(flow.closed, timeout=1000):
        click(qtbot, flow.before.refusal_back)


# --- before: the heat checklist -------------------------------------------------------


def test_heat_checklist_asks_every_caution_before_the_rating(qtbot, open_flow, library):
    flow = open_flow("heat-and-stretch")
    before = flow.before
    cautions = library.find("heat-and-stretch").cautions
    assert [q.text for q in before.questions] == list(cautions)
    assert before.state() is BeforeState.CHECKING
    assert not before.rating_card.isVisible()
    for question in before.questions[:-1]:
        click(qtbot, question.yes_button)
        assert not before.rating_card.isVisible(), "every item needs its own yes"
    click(qtbot, before.questions[-1].yes_button)
    assert before.state() is BeforeState.READY
    assert before.rating_card.isVisible()
    assert before.questions[0].yes_button.text().startswith("✓")


def test_a_no_on_the_heat_checklist_stops_with_its_reason_and_writes_nothing(
    qtbot, store, open_flow, library
):
    flow = open_flow("heat-and-stretch")
    before = flow.before
    click(qtbot, before.questions[0].yes_button)
    towel = next(q for q in before.questions if "towel" in q.text)
    click(qtbot, towel.no_button)
    assert before.state() is BeforeState.STOPPED
    assert before.stop_card.isVisible()
    assert before.stop_label.text() == caution_stop_reason(towel.text)
    assert "towel" in before.stop_label.text()
    assert not before.rating_card.isVisible()
    assert not before.checks_card.isVisible()
    assert all_rows(store) == []
    assert flow.runner is None

    click(qtbot, before.change_answer)  # a slip of the finger can be undone
    assert before.state() is BeforeState.CHECKING
    assert towel.answer() is None
    assert before.questions[0].answer() is True


# --- before: stretch and breathing ------------------------------------------------------


def test_a_stretch_on_an_injection_day_is_refused_but_breathing_is_not(qtbot, store, open_flow):
    store.add_injection(Injection(str(uuid4()), NOW.date()))
    stretch = open_flow("neck-shoulder-release")
    assert_refused(stretch, "stretch again from Saturday 28 November", "Breathing")
    gentle = open_flow("after-injection-gentle")
    assert_refused(gentle, "from tomorrow")

    breathing = open_flow("belly-breathing")
    assert breathing.before.state() is BeforeState.READY
    assert breathing.before.start_button.isVisible()
    relaxation = open_flow("body-scan")
    assert relaxation.before.state() is BeforeState.READY
    assert all_rows(store) == []


def test_the_gentle_routine_is_ready_the_day_after_an_injection(qtbot, store, open_flow):
    store.add_injection(Injection(str(uuid4()), NOW.date() - timedelta(days=1)))
    assert open_flow("after-injection-gentle").before.state() is BeforeState.CHECKING
    assert open_flow("desk-micro-break").before.state() is BeforeState.REFUSED


def test_stretch_asks_about_new_pain_and_a_no_stops_calmly(qtbot, store, open_flow):
    flow = open_flow("desk-micro-break")
    before = flow.before
    (question,) = before.questions
    assert "numbness or weakness" in question.text
    assert not before.rating_card.isVisible()
    click(qtbot, question.no_button)
    assert before.state() is BeforeState.STOPPED
    assert before.stop_label.text() == STRETCH_STOP
    assert "clinician" in before.stop_label.text()
    assert "emergency services" in before.stop_emergency.text()
    assert all_rows(store) == []


def test_breathing_shows_the_health_note_without_blocking(qtbot, open_flow):
    flow = open_flow("box-breathing")
    before = flow.before
    assert before.state() is BeforeState.READY
    notes = [label.text() for label in before.note_labels]
    assert notes[0] == BREATHING_NOTE
    assert sum("pregnant" in note for note in notes) == 1, "said once"
    assert "emergency services" in before.footer.text()


def test_start_waits_for_a_rating_or_a_skip(qtbot, open_flow):
    flow = open_flow("box-breathing")
    before = flow.before
    assert not before.start_button.isEnabled()
    assert before.skip_button.isEnabled()
    click(qtbot, before.rating.button(6))
    assert before.start_button.isEnabled()


# --- the whole session ------------------------------------------------------------------


def finish_session(flow: SessionFlow, clock: FakeClock) -> None:
    """Let the whole routine play out on the fake clock."""
    routine = flow.routine
    clock.advance(total_seconds(routine, flow.settings.session_settings(NOW.date())) + 5)
    flow.runner.poll()


def test_the_rating_before_reaches_the_saved_row(qtbot, store, open_flow):
    flow = open_flow("box-breathing")
    click(qtbot, flow.before.rating.button(7))
    click(qtbot, flow.before.start_button)
    assert flow.stage() is FlowStage.PLAYER
    (row,) = all_rows(store)
    assert row.status is SessionStatus.IN_PROGRESS
    assert row.spasm_before == 7
    assert row.routine_id == "box-breathing"
    assert row.started_at == NOW


def test_skipping_the_rating_starts_without_one(qtbot, store, open_flow):
    flow = open_flow("box-breathing")
    click(qtbot, flow.before.skip_button)
    (row,) = all_rows(store)
    assert row.spasm_before is None


def test_a_whole_short_session_from_start_to_summary(qtbot, store, open_flow, clock):
    flow = open_flow("desk-micro-break")
    answer_all_yes(qtbot, flow)
    click(qtbot, flow.before.rating.button(6))
    with qtbot.waitSignal(flow.dataChanged, timeout=1000):
        click(qtbot, flow.before.start_button)

    with qtbot.waitSignal(flow.dataChanged, timeout=1000):
        finish_session(flow, clock)
    assert flow.stage() is FlowStage.AFTER
    after = flow.after
    assert after.isVisible() and after.form_card.isVisible()
    assert after.ended_label.text() == "Session finished"

    click(qtbot, after.rating.button(3))
    qtbot.keyClicks(after.note_edit, "Easier on the left today")
    click(qtbot, after.save_button)
    assert flow.stage() is FlowStage.SUMMARY
    steps = len(flow.routine.steps)
    assert f"{steps} of {steps} steps" in after.summary_text
    assert "spasm 6 → 3" in after.summary_text
    assert "You finished the whole routine." in after.summary_text
    assert after.summary_card.isVisible() and not after.form_card.isVisible()

    (row,) = all_rows(store)
    assert row.status is SessionStatus.COMPLETED
    assert (row.spasm_before, row.spasm_after) == (6, 3)
    assert row.note == "Easier on the left today"
    assert row.steps_done == row.steps_total == steps

    with qtbot.waitSignal(flow.closed, timeout=1000):
        click(qtbot, after.done_button)


def test_a_session_stopped_because_it_hurt_says_that_was_right(qtbot, store, open_flow):
    from coach.core.engine import StopReason

    flow = open_flow("belly-breathing")
    click(qtbot, flow.before.rating.button(5))
    click(qtbot, flow.before.start_button)
    flow.runner.stop(StopReason.PAIN)
    assert flow.stage() is FlowStage.AFTER
    assert flow.after.ended_label.text() == "Session stopped"
    click(qtbot, flow.after.skip_button)
    text = flow.after.summary_text
    assert "You stopped because it hurt. That was the right thing to do." in text
    assert "clinician" in text
    assert "spasm 5 before" in text
    assert flow.after.emergency_label.isVisible()
    (row,) = all_rows(store)
    assert row.status is SessionStatus.STOPPED and row.spasm_after is None


def test_a_heat_session_summary_gives_heat_minutes_and_the_skin(qtbot, store, open_flow, clock):
    flow = open_flow("heat-and-stretch")
    answer_all_yes(qtbot, flow)
    click(qtbot, flow.before.skip_button)
    runner = flow.runner
    for _ in range(40):  # play on, answering each skin check "fine"
        if flow.stage() is not FlowStage.PLAYER:
            break
        if runner.last_snapshot.awaiting_answer:
            runner.answer_skin_check(True)
        else:
            clock.advance(max(1.0, runner.last_snapshot.seconds_left))
            runner.poll()
    assert flow.stage() is FlowStage.AFTER
    click(qtbot, flow.after.skip_button)
    assert "15 min of heat · skin fine" in flow.after.summary_text
    (row,) = all_rows(store)
    assert row.heat_seconds == 900 and row.skin_ok is True


# --- inside the main window -------------------------------------------------------------


@pytest.fixture
def window(qtbot, store):
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def start_from_library(qtbot, window, routine_id: str, clock: FakeClock) -> SessionFlow:
    window.show_screen("routines")
    library = window.screen("routines")
    library.session_clock = clock
    library.cues_factory = lambda settings: None
    click(qtbot, library.card_for(routine_id).start_button)
    flow = window.full_window_widget()
    assert isinstance(flow, SessionFlow)
    return flow


def test_a_session_fills_the_window_and_done_returns_to_the_routines(
    qtbot, store, window, clock
):
    assert window.screen_titles()[:2] == ["Today", "Routines"]
    flow = start_from_library(qtbot, window, "belly-breathing", clock)
    assert window.current_screen() is flow
    assert not window.sidebar.isVisible(), "no wandering off mid-session"
    click(qtbot, flow.before.rating.button(4))
    click(qtbot, flow.before.start_button)
    finish_session(flow, clock)
    click(qtbot, flow.after.skip_button)
    click(qtbot, flow.after.done_button)
    assert window.full_window_widget() is None
    assert window.sidebar.isVisible()
    assert window.current_screen() is window.screen("routines")
    assert window.navigation.currentItem().text() == "Routines"


def test_the_today_screen_shows_the_session_after_it(qtbot, store, window, clock):
    today = window.screen("today")
    assert today.entry_rows == []
    flow = start_from_library(qtbot, window, "belly-breathing", clock)
    click(qtbot, flow.before.rating.button(4))
    click(qtbot, flow.before.start_button)
    finish_session(flow, clock)
    click(qtbot, flow.after.rating.button(2))
    click(qtbot, flow.after.save_button)
    assert [row.text for row in today.entry_rows] and "spasm 4 → 2" in today.entry_rows[0].text
    click(qtbot, flow.after.done_button)


def test_back_before_starting_returns_without_a_row(qtbot, store, window, clock):
    flow = start_from_library(qtbot, window, "box-breathing", clock)
    click(qtbot, flow.before.back_button)
    assert window.full_window_widget() is None
    assert window.sidebar.isVisible()
    assert all_rows(store) == []


def test_closing_the_window_mid_session_saves_it_as_abandoned(qtbot, store, window, clock):
    flow = start_from_library(qtbot, window, "box-breathing", clock)
    click(qtbot, flow.before.rating.button(5))
    click(qtbot, flow.before.start_button)
    assert flow.is_running()
    window.close()
    (row,) = all_rows(store)
    assert row.status is SessionStatus.ABANDONED
    assert row.spasm_before == 5


# --- details a patient would notice -------------------------------------------------------


def test_the_rating_comes_into_view_after_the_last_yes(qtbot, open_flow):
    flow = open_flow("heat-and-stretch")
    answer_all_yes(qtbot, flow)
    before = flow.before
    qtbot.waitUntil(lambda: not before.start_button.visibleRegion().isEmpty(), timeout=2000)
    assert before.page.verticalScrollBar().value() > 0


def test_digits_then_enter_start_the_session(qtbot, store, open_flow):
    flow = open_flow("belly-breathing")
    flow.before.rating.setFocus()
    qtbot.keyClick(flow.before.rating, Qt.Key.Key_6)
    qtbot.keyClick(flow.before.rating, Qt.Key.Key_Return)
    assert flow.stage() is FlowStage.PLAYER
    (row,) = all_rows(store)
    assert row.spasm_before == 6


def test_the_flow_cannot_be_left_mid_session(qtbot, open_flow):
    flow = open_flow("belly-breathing")
    click(qtbot, flow.before.skip_button)
    with qtbot.assertNotEmitted(flow.closed):
        flow.close_flow()
    assert flow.is_running()


def test_a_failed_save_keeps_the_answers_and_says_so(
    qtbot, store, open_flow, clock, monkeypatch
):
    from coach.store.errors import StoreError

    flow = open_flow("box-breathing")
    click(qtbot, flow.before.skip_button)
    finish_session(flow, clock)
    after = flow.after
    click(qtbot, after.rating.button(2))
    qtbot.keyClicks(after.note_edit, "calmer")

    def refuse(record):
        raise StoreError("The diary database is read-only.")

    monkeypatch.setattr(store, "update_session", refuse)
    click(qtbot, after.save_button)
    assert flow.stage() is FlowStage.AFTER
    assert after.problem_label.isVisible()
    assert "read-only" in after.problem_label.text()
    assert after.rating.value() == 2 and after.note_edit.text() == "calmer"

    monkeypatch.undo()
    click(qtbot, after.save_button)
    assert flow.stage() is FlowStage.SUMMARY
    (row,) = all_rows(store)
    assert (row.spasm_after, row.note) == (2, "calmer")


# --- the summary's words -----------------------------------------------------------------


def record(**changes) -> SessionRecord:
    base = SessionRecord(
        id="s1", routine_id="neck-shoulder-release", routine_title="Neck", kind=Kind.STRETCH,
        started_at=NOW, planned_seconds=700, active_seconds=660, steps_done=8,
        steps_total=9, status=SessionStatus.PARTIAL, spasm_before=6, spasm_after=4,
    )  # fmt: skip
    return replace(base, **changes)


def test_summary_line_says_steps_minutes_and_spasm_change():
    assert summary_line(record()) == "8 of 9 steps · 11 min · spasm 6 → 4"
    assert summary_line(record(spasm_after=None)) == "8 of 9 steps · 11 min · spasm 6 before"
    assert summary_line(record(spasm_before=None, spasm_after=None)) == "8 of 9 steps · 11 min"
    assert summary_line(record(active_seconds=20)).startswith("8 of 9 steps · under 1 min")


def test_heat_line_gives_heat_minutes_and_the_skin():
    heat = record(kind=Kind.HEAT, heat_seconds=900, skin_ok=True)
    assert heat_line(heat) == "15 min of heat · skin fine"
    assert heat_line(replace(heat, skin_ok=False)) == "15 min of heat · skin went red"
    assert heat_line(replace(heat, skin_ok=None)) == "15 min of heat"
    assert heat_line(record()) == ""


def test_closing_words_are_calm_and_say_a_stop_was_right():
    pain = closing_words(record(status=SessionStatus.STOPPED, spasm_after=8))
    assert pain[0] == "You stopped because it hurt. That was the right thing to do."
    assert sum("clinician" in w for w in pain) == 1, "one suggestion, not two"
    skin = closing_words(record(kind=Kind.HEAT, status=SessionStatus.STOPPED, skin_ok=False))
    assert "skin was red or blotchy" in skin[0] and "right thing to do" in skin[0]
    worse = closing_words(record(status=SessionStatus.COMPLETED, spasm_after=8))
    assert worse[0] == "You finished the whole routine."
    assert "higher than before" in worse[1] and "clinician" in worse[1]
    slightly = closing_words(record(status=SessionStatus.COMPLETED, spasm_after=7))
    assert slightly == ["You finished the whole routine."]


def test_an_unreadable_diary_refuses_calmly_instead_of_crashing(
    qtbot, store, open_flow, monkeypatch
):
    from coach.store.errors import StoreError

    def broken():
        raise StoreError("The diary database is locked.")

    monkeypatch.setattr(store, "injections", broken)
    flow = open_flow("heat-and-stretch")
    assert_refused(flow, "could not be read", "locked")
