"""The Today screen: today's plan, the two-tap spasm rating, today's entries, midnight."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea

from coach.core.records import (
    Injection,
    Kind,
    PlanRow,
    SessionRecord,
    SessionStatus,
    SymptomEntry,
)
from coach.store.database import Store
from coach.store.errors import StoreError
from coach.ui import theme
from coach.ui.today_view import TodayView, day_in_words

EVERY_DAY = frozenset(range(7))
THURSDAY = date(2026, 11, 26)


def local(day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """An aware local time, as the app records it."""
    return datetime(day.year, day.month, day.day, hour, minute, second).astimezone()


class Clock:
    """A settable wall clock for the screen."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        yield opened


@pytest.fixture
def clock():
    return Clock(local(THURSDAY, 10, 32))


@pytest.fixture
def view(qtbot, store, clock):
    widget = TodayView(store, now=clock)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    widget.refresh()
    return widget


def session(
    kind: Kind, at: datetime, *, done: int = 8, total: int = 8, **extra
) -> SessionRecord:
    return SessionRecord(
        id=f"s-{kind.value}-{at.isoformat()}",
        routine_id=f"{kind.value}-routine",
        routine_title="Neck basics",
        kind=kind,
        started_at=at,
        planned_seconds=600,
        active_seconds=600,
        steps_done=done,
        steps_total=total,
        status=SessionStatus.COMPLETED if done == total else SessionStatus.PARTIAL,
        **extra,
    )


def plan(store: Store, kind: Kind, times: int, weekdays=EVERY_DAY) -> None:
    store.add_plan_row(PlanRow(date(2026, 11, 1), kind, times, frozenset(weekdays)))


# --- the date and the plan ------------------------------------------------------------


def test_heading_names_today_in_words(view):
    assert view.date_label.text() == "Thursday 26 November"
    assert day_in_words(date(2027, 1, 1)) == "Friday 1 January"


def test_plan_in_force_today_gives_one_card_per_planned_kind(view, store):
    plan(store, Kind.STRETCH, 2)
    plan(store, Kind.BREATHING, 1)
    plan(store, Kind.HEAT, 1, weekdays={5, 6})  # weekends only: not today (a Thursday)
    store.add_session(session(Kind.STRETCH, local(THURSDAY, 8, 15)))
    view.refresh()

    cards = {card.kind: card for card in view.plan_cards}
    assert list(cards) == [Kind.STRETCH, Kind.BREATHING]
    assert cards[Kind.STRETCH].text == "1 of 2 done"
    assert cards[Kind.STRETCH].marks == ["✓ Done", "To do"]
    assert cards[Kind.BREATHING].text == "0 of 1 done"
    assert cards[Kind.BREATHING].marks == ["To do"]
    assert not view.plan_message.isVisible()


def test_partial_session_counts_half_in_words(view, store):
    plan(store, Kind.BREATHING, 1)
    store.add_session(session(Kind.BREATHING, local(THURSDAY, 9), done=2, total=6))
    view.refresh()

    (card,) = view.plan_cards
    assert card.text == "½ of 1 done"
    assert card.marks == ["◐ Partly"]


def test_a_plan_row_from_tomorrow_is_not_in_force_today(view, store):
    store.add_plan_row(PlanRow(THURSDAY + timedelta(days=1), Kind.STRETCH, 2, EVERY_DAY))
    view.refresh()
    assert view.plan_cards == []


def test_injection_day_has_no_stretch_or_heat_cards(view, store):
    plan(store, Kind.STRETCH, 2)
    plan(store, Kind.HEAT, 1)
    plan(store, Kind.BREATHING, 1)
    store.add_injection(Injection("inj-1", THURSDAY, product="Botox"))
    view.refresh()

    assert [card.kind for card in view.plan_cards] == [Kind.BREATHING]
    assert view.plan_message.isVisible()
    assert "Injection day" in view.plan_message.text()


def test_without_a_plan_a_calm_sentence_says_so(view):
    assert view.plan_cards == []
    assert view.plan_message.isVisible()
    assert (
        view.plan_message.text() == "No plan is set yet. You can make one on the Plan screen."
    )


# --- the rating -----------------------------------------------------------------------


def test_save_is_disabled_until_a_number_is_chosen(view, qtbot, store):
    assert not view.save_button.isEnabled()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert store.symptoms() == []

    qtbot.mouseClick(view.rating.button(6), Qt.MouseButton.LeftButton)
    assert view.save_button.isEnabled()
    assert view.rating.button(6).isChecked()
    assert [n for n in range(11) if view.rating.button(n).isChecked()] == [6]


def test_two_clicks_save_exactly_one_entry_and_show_it(view, qtbot, store, clock):
    qtbot.mouseClick(view.rating.button(4), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    (saved,) = store.symptoms()
    assert saved.spasm == 4
    assert saved.recorded_at == clock.moment
    assert saved.recorded_at.utcoffset() == clock.moment.utcoffset()
    assert view.confirmation.text() == "✓ Saved: spasm 4 at 10:32"
    assert view.confirmation.isVisible()
    assert [row.text for row in view.entry_rows] == ["10:32 Spasm check spasm 4"]
    assert not view.entries_message.isVisible()
    # Ready for the next rating: nothing chosen, Save disabled again.
    assert view.rating.value() is None
    assert not view.save_button.isEnabled()


def test_each_save_is_a_new_entry_with_its_own_id(view, qtbot, store, clock):
    for value, minute in ((3, 0), (5, 30)):
        clock.moment = local(THURSDAY, 11, minute)
        qtbot.mouseClick(view.rating.button(value), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    entries = store.symptoms()
    assert [e.spasm for e in entries] == [3, 5]
    assert len({e.id for e in entries}) == 2


def test_keyboard_chooses_a_rating_and_enter_saves_it(view, qtbot, store):
    rating = view.rating
    qtbot.keyClick(rating, Qt.Key.Key_7)
    assert rating.value() == 7
    qtbot.keyClick(rating, Qt.Key.Key_Right)
    assert rating.value() == 8
    qtbot.keyClick(rating, Qt.Key.Key_Left)
    qtbot.keyClick(rating, Qt.Key.Key_Left)
    assert rating.value() == 6
    qtbot.keyClick(rating, Qt.Key.Key_End)
    assert rating.value() == 10
    qtbot.keyClick(rating, Qt.Key.Key_Right)  # already at the top: stays
    assert rating.value() == 10
    qtbot.keyClick(rating, Qt.Key.Key_Home)
    assert rating.value() == 0
    qtbot.keyClick(rating, Qt.Key.Key_Escape)
    assert rating.value() is None
    assert not view.save_button.isEnabled()

    qtbot.keyClick(rating, Qt.Key.Key_3)
    assert view.rating.button(3).isChecked()
    qtbot.keyClick(rating, Qt.Key.Key_Return)
    assert [e.spasm for e in store.symptoms()] == [3]


def test_a_failed_save_keeps_the_choice_and_says_so(view, qtbot, store, monkeypatch):
    def refuse(entry):
        raise StoreError("The diary database is read-only.")

    monkeypatch.setattr(store, "add_symptom", refuse)
    qtbot.mouseClick(view.rating.button(5), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    assert view.rating.value() == 5
    assert view.save_button.isEnabled()
    assert view.confirmation.text() == "Not saved: The diary database is read-only."


def test_saving_tells_other_screens(view, qtbot):
    view.rating.setValue(2)
    with qtbot.waitSignal(view.dataChanged, timeout=1000):
        view.save_button.click()


# --- today's entries ------------------------------------------------------------------


def test_entries_list_today_only_newest_first(view, store):
    yesterday = THURSDAY - timedelta(days=1)
    store.add_symptom(SymptomEntry("old", local(yesterday, 21), spasm=8))
    store.add_symptom(SymptomEntry("early", local(THURSDAY, 7, 40), spasm=6, pain=5))
    store.add_session(
        session(Kind.STRETCH, local(THURSDAY, 8, 15), spasm_before=6, spasm_after=4)
    )
    view.refresh()

    assert [row.text for row in view.entry_rows] == [
        "08:15 Stretches: Neck basics, finished spasm 6 → 4",
        "07:40 Spasm check spasm 6 · pain 5",
    ]


def test_no_entries_shows_an_empty_state_sentence(view):
    assert view.entry_rows == []
    assert view.entries_message.isVisible()
    assert "Nothing recorded yet today" in view.entries_message.text()


# --- midnight -------------------------------------------------------------------------


def test_midnight_timer_is_armed_for_the_next_local_midnight(view, clock):
    clock.moment = local(THURSDAY, 23, 59, 30)
    view.refresh()

    timer = view.midnight_timer
    assert timer.isActive()
    assert timer.isSingleShot()
    assert timer.interval() == 30_000


def test_at_midnight_the_screen_turns_to_the_new_day(view, store, clock):
    plan(store, Kind.STRETCH, 1, weekdays={4})  # Fridays only
    store.add_symptom(SymptomEntry("thu", local(THURSDAY, 22), spasm=5))
    clock.moment = local(THURSDAY, 23, 59, 30)
    view.refresh()
    assert view.plan_cards == []
    assert len(view.entry_rows) == 1

    clock.moment = local(THURSDAY + timedelta(days=1), 0, 0, 1)
    view.midnight_timer.timeout.emit()

    assert view.date_label.text() == "Friday 27 November"
    assert [card.kind for card in view.plan_cards] == [Kind.STRETCH]
    assert view.entry_rows == []
    assert view.midnight_timer.interval() == 24 * 3600 * 1000 - 1000


# --- large text -----------------------------------------------------------------------


@pytest.fixture
def large_text(qapp):
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 2.0)
    yield
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)


def test_with_large_text_choosing_a_number_brings_save_into_view(
    large_text, view, qtbot, store
):
    plan(store, Kind.STRETCH, 2)
    view.resize(760, 520)
    view.refresh()
    qtbot.waitUntil(lambda: view.rating.button(10).isVisible(), timeout=1000)
    viewport = view.findChild(QScrollArea).viewport()

    def save_in_sight() -> bool:
        top = view.save_button.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + view.save_button.height() <= viewport.height()

    assert not save_in_sight()  # the premise: large text pushed it below the fold
    qtbot.mouseClick(view.rating.button(7), Qt.MouseButton.LeftButton)
    assert save_in_sight()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert [e.spasm for e in store.symptoms()] == [7]
