"""The Plan screen: a change is saved from today (the past keeps its plan), heat is held to
the heat rules, the routine choice and reminder switches are kept, Today follows."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTime

from coach.core.records import Kind, PlanRow
from coach.store.database import Store
from coach.ui.main_window import MainWindow
from coach.ui.plan_view import PlanView

ZONE = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=ZONE)
EVERY_DAY = frozenset(range(7))


@pytest.fixture
def store(data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    with Store.open(data_dir) as opened:
        yield opened


@pytest.fixture
def view(qtbot, store):
    widget = PlanView(store, now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    return widget


def test_an_empty_diary_shows_nothing_planned_and_nothing_to_save(view):
    card = view.cards[Kind.STRETCH]
    assert card.count.value() == 0
    assert card.count_words.text() == "Not planned"
    assert not card.details.isVisible()
    assert not view.save_button.isEnabled()


def test_planning_stretches_twice_a_day_saves_a_row_from_today(view, store, qtbot):
    card = view.cards[Kind.STRETCH]
    card.count.setValue(2)
    assert card.details.isVisible()
    assert [e.time().toString("HH:mm") for e in card.time_edits] == ["09:00", "18:00"]
    card.time_edits[1].setTime(QTime(17, 30))
    qtbot.mouseClick(card.day_buttons[6], Qt.MouseButton.LeftButton)  # no Sundays
    assert view.save_button.isEnabled()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    (row,) = store.plan_rows()
    assert row == PlanRow(
        date(2026, 11, 26), Kind.STRETCH, 2, frozenset(range(6)), ("09:00", "17:30")
    )
    assert view.confirmation.isVisible()
    assert not view.save_button.isEnabled()


def test_a_change_keeps_the_old_plan_for_the_weeks_before(view, store):
    old = PlanRow(date(2026, 1, 5), Kind.BREATHING, 1, EVERY_DAY, ("20:00",))
    store.add_plan_row(old)
    view.refresh()
    assert view.cards[Kind.BREATHING].count.value() == 1
    view.cards[Kind.BREATHING].count.setValue(2)
    assert view.save()
    rows = store.plan_rows()
    assert rows[0] == old
    assert rows[1].valid_from == date(2026, 11, 26)
    assert rows[1].times_per_day == 2


def test_unchanged_kinds_are_not_written_again(view, store):
    store.add_plan_row(PlanRow(date(2026, 1, 5), Kind.BREATHING, 1, EVERY_DAY, ("20:00",)))
    view.refresh()
    view.cards[Kind.STRETCH].count.setValue(1)
    view.save()
    assert [(r.valid_from, r.kind) for r in store.plan_rows()] == [
        (date(2026, 1, 5), Kind.BREATHING),
        (date(2026, 11, 26), Kind.STRETCH),
    ]


def test_stopping_a_kind_writes_a_zero_row_from_today(view, store):
    store.add_plan_row(PlanRow(date(2026, 1, 5), Kind.HEAT, 2, EVERY_DAY, ("09:00", "18:00")))
    view.refresh()
    view.cards[Kind.HEAT].count.setValue(0)
    view.save()
    assert store.plan_rows()[-1].times_per_day == 0


def test_heat_above_the_daily_limit_is_refused_in_place(view, store):
    card = view.cards[Kind.HEAT]
    card.count.setValue(5)  # the default limit is 4 a day
    assert card.problem.isVisible()
    assert "limit is 4" in card.problem.text()
    assert not view.save()
    assert store.plan_rows() == []
    assert view.problem.isVisible()


def test_heat_reminders_closer_than_the_cooldown_are_refused(view, store):
    card = view.cards[Kind.HEAT]
    card.count.setValue(2)
    card.time_edits[0].setTime(QTime(9, 0))
    card.time_edits[1].setTime(QTime(9, 30))
    assert "at least 60 minutes" in card.problem.text()
    assert not view.save()
    card.time_edits[1].setTime(QTime(10, 0))
    assert not card.problem.isVisible()
    assert view.save()


def test_no_days_chosen_is_refused(view, qtbot):
    card = view.cards[Kind.STRETCH]
    card.count.setValue(1)
    for day_button in card.day_buttons:
        day_button.setChecked(False)
    assert "at least one day" in card.problem.text()
    assert not view.save()


def test_without_reminders_the_times_are_hidden_and_not_saved(view, store):
    card = view.cards[Kind.RELAXATION]
    card.count.setValue(1)
    card.remind.setChecked(False)
    assert not any(e.isVisible() for e in card.time_edits)
    view.save()
    (row,) = store.plan_rows()
    assert row.reminder_times == ()
    assert row.times_per_day == 1


def test_the_routine_choice_and_the_switches_are_saved(view, store, tmp_path):
    card = view.cards[Kind.STRETCH]
    card.count.setValue(1)
    card.routine.setCurrentIndex(card.routine.findData("desk-micro-break"))
    view.reminders_on.setChecked(False)
    view.login.setChecked(True)
    assert view.save()
    settings = store.settings()
    assert settings.plan_routines["stretch"] == "desk-micro-break"
    assert settings.reminders is False
    assert settings.start_at_login is True
    entry = tmp_path / "config" / "autostart" / "trapezius-coach.desktop"
    assert "--background" in entry.read_text()
    view.login.setChecked(False)
    assert view.save()
    assert not entry.exists()


def test_undo_puts_back_what_was_saved(view):
    view.cards[Kind.STRETCH].count.setValue(3)
    view.undo_button.click()
    assert view.cards[Kind.STRETCH].count.value() == 0
    assert not view.save_button.isEnabled()


def test_saving_the_plan_updates_today_with_times_and_a_start_button(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    plan = window.screen("plan")
    plan._now = lambda: datetime.now().astimezone()
    plan.refresh()
    plan.cards[Kind.STRETCH].count.setValue(2)
    assert plan.save()
    today = window.screen("today")
    (card,) = today.plan_cards
    assert [slot.time for slot in card.slots] == ["09:00", "18:00"]
    assert card.start_button is not None
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    assert window.full_window_widget().routine.id == "neck-shoulder-release"
