"""The Routines screen: every routine as a card by kind, its minutes, Start, bad files."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from coach.core.records import Kind
from coach.core.routine_library import BUILTIN_ORDER, load_library
from coach.core.segments import total_seconds
from coach.core.settings import Settings
from coach.store.database import Store
from coach.ui.library_view import LibraryView, first_sentence
from coach.ui.session_flow import SessionFlow

NOW = datetime(2026, 11, 26, 10, 0).astimezone()

MY_ROUTINE = """
id = "my-evening"
title = "My evening stretch"
kind = "stretch"
summary = "Two slow stretches my physio chose. Then a rest."

[[steps]]
type = "rest"
id = "settle"
title = "Settle"
instruction = "Sit back and breathe."
duration_s = 150
"""


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        yield opened


def make_view(qtbot, store) -> LibraryView:
    view = LibraryView(store, now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def write_user_routine(store: Store, name: str, text: str) -> None:
    folder = store.data_dir / "routines"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def minutes(routine, settings: Settings) -> int:
    return max(1, round(total_seconds(routine, settings.session_settings(NOW.date())) / 60))


def test_all_ten_builtins_show_grouped_by_kind_with_minutes_and_start(qtbot, store):
    view = make_view(qtbot, store)
    assert [s.heading.text() for s in view.sections] == [
        "Stretches",
        "Heat",
        "Breathing",
        "Relaxation",
    ]
    shown = {s.kind: [c.routine.id for c in s.cards] for s in view.sections}
    assert sorted(i for ids in shown.values() for i in ids) == sorted(BUILTIN_ORDER)
    for section in view.sections:
        assert all(c.routine.kind is section.kind for c in section.cards)
    assert shown[Kind.HEAT] == ["heat-and-stretch"]

    library = load_library(store.data_dir)
    for card in view.cards:
        expected = minutes(library.find(card.routine.id), Settings())
        assert card.minutes_label.text() == f"{expected} min"
        assert card.title_label.text() == card.routine.title
        assert card.summary_label.text() == first_sentence(card.routine.summary)
        start = card.start_button
        assert start.text() == "Start" and start.isVisible() and start.isEnabled()
        assert start.height() >= 44 and start.width() >= 44
        assert start.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert card.routine.title in start.accessibleName()
    assert (
        len(view.findChildren(QPushButton, options=Qt.FindChildOption.FindChildrenRecursively))
        >= 10
    )


def test_minutes_follow_the_patients_settings(qtbot, store):
    standard = make_view(qtbot, store)
    heat_standard = standard.card_for("heat-and-stretch").minutes
    neck_both = standard.card_for("neck-shoulder-release").minutes

    store.save_settings(Settings(heat_mode="reduced"))
    standard.refresh()
    assert standard.card_for("heat-and-stretch").minutes == heat_standard - 5  # 10 min heat
    assert standard.card_for("neck-shoulder-release").minutes == neck_both

    store.save_settings(Settings().with_side("upper-trapezius-stretch", "left"))
    standard.refresh()
    assert standard.card_for("neck-shoulder-release").minutes < neck_both


def test_a_broken_user_routine_is_named_calmly_and_the_rest_still_show(qtbot, store):
    write_user_routine(store, "my-neck.toml", 'id = "my-neck"\ntitle = "Mine"\n')
    write_user_routine(store, "my-evening.toml", MY_ROUTINE)
    view = make_view(qtbot, store)
    assert view.problems_card.isVisible()
    text = view.problems_label.text()
    assert "my-neck.toml" in text
    assert "could not be used" in text and "the others are all here" in text
    ids = [c.routine.id for c in view.cards]
    assert len(ids) == 11 and "my-evening" in ids
    stretches = next(s for s in view.sections if s.kind is Kind.STRETCH)
    assert stretches.cards[-1].routine.id == "my-evening"
    assert (
        view.card_for("my-evening").summary_label.text()
        == "Two slow stretches my physio chose."
    )


def test_no_problem_line_when_every_file_is_fine(qtbot, store):
    view = make_view(qtbot, store)
    assert not view.problems_card.isVisible()


def test_a_file_added_later_shows_after_refresh(qtbot, store):
    view = make_view(qtbot, store)
    write_user_routine(store, "my-evening.toml", MY_ROUTINE)
    view.refresh()
    assert view.card_for("my-evening").minutes_label.text() == "2 min"  # 150 s


def test_start_asks_for_the_session_full_window(qtbot, store):
    view = make_view(qtbot, store)
    asked = []
    view.fullWindowRequested.connect(asked.append)
    qtbot.mouseClick(view.card_for("box-breathing").start_button, Qt.MouseButton.LeftButton)
    (flow,) = asked
    assert isinstance(flow, SessionFlow)
    assert flow.routine.id == "box-breathing"
    qtbot.addWidget(flow)


def test_start_works_from_the_keyboard(qtbot, store):
    view = make_view(qtbot, store)
    asked = []
    view.fullWindowRequested.connect(asked.append)
    start = view.card_for("belly-breathing").start_button
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Space)
    assert [f.routine.id for f in asked] == ["belly-breathing"]
    qtbot.addWidget(asked[0])


def test_nothing_is_cut_off_with_large_text(qtbot, store, qapp):
    from coach.ui import theme

    write_user_routine(store, "my-neck.toml", 'id = "my-neck"\n')
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 2.0)
    try:
        view = make_view(qtbot, store)
        page = view.page

        def problems() -> list[str]:
            found = []
            if page.widget().width() > page.viewport().width():
                found.append("the page scrolls sideways")
            for label in view.findChildren(QLabel):
                wrapped = label.isVisible() and label.wordWrap()
                if wrapped and label.height() < label.heightForWidth(label.width()):
                    found.append(f"{label.text()!r} is cut off")
            for button in view.findChildren(QPushButton):
                if button.isVisible():
                    needed = button.fontMetrics().horizontalAdvance(button.text())
                    if needed > button.contentsRect().width():
                        found.append(f"button {button.text()!r} is cut off")
            return found

        qtbot.waitUntil(lambda: not problems(), timeout=2000)
        assert all(s.cards[0].width() > 0 for s in view.sections)
    finally:
        theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)


def test_first_sentence():
    assert first_sentence("One. Two.") == "One."
    assert first_sentence("No full stop") == "No full stop"
    assert first_sentence("In for 5.5, out. Ten minutes.") == "In for 5.5, out."
