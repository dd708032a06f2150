"""Every screen works by keyboard: Tab reaches every control, and every control has a name.

For each screen of the navigation (main_window.SCREENS, so a new screen is checked as soon
as it is listed), for the three pages of a guided session (before, player, after) and for
the forms that open inside a screen, the test presses Tab through the window the way a
patient would (focusNextChild), collects where the focus lands, and checks that every
visible, enabled control that takes Tab focus was reached and has an accessible name (a
button's own words count, as a screen reader reads them). The failure lists the offenders.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from uuid import uuid4

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from coach.core.clock import FakeClock
from coach.core.records import (
    Injection,
    Kind,
    PlanRow,
    SessionRecord,
    SessionStatus,
    SymptomEntry,
)
from coach.store.database import Store
from coach.ui import focus_ring, theme
from coach.ui.main_window import SCREENS, MainWindow

INTERACTIVE = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QAbstractItemView,
)


def fill(store: Store) -> None:
    """A month of plan and a few records, so lists, rows and charts have something."""
    now = datetime.now().astimezone().replace(hour=9, minute=0, second=0, microsecond=0)
    start = now.date() - timedelta(days=30)
    week = frozenset(range(7))
    store.add_plan_row(PlanRow(start, Kind.STRETCH, 2, week, ("08:30", "18:00")))
    store.add_plan_row(PlanRow(start, Kind.BREATHING, 1, week, ("13:00",)))
    for days in (0, 1, 3, 8):
        at = now - timedelta(days=days)
        store.add_symptom(SymptomEntry(str(uuid4()), at, 5 - days % 3, pain=4))
        store.add_session(
            SessionRecord(
                str(uuid4()),
                "neck-shoulder-release",
                "Gentle neck & shoulder release",
                Kind.STRETCH,
                at + timedelta(minutes=20),
                600,
                590,
                8,
                8,
                SessionStatus.COMPLETED,
                spasm_before=6,
                spasm_after=4,
            )
        )
    store.add_injection(Injection(str(uuid4()), now.date() - timedelta(days=20), "Botox", 200))


@pytest.fixture
def window(qtbot, tmp_path):
    store = Store.open(tmp_path / "diary")
    fill(store)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    flow = win.full_window_widget()
    if flow is not None and getattr(flow, "is_running", lambda: False)():
        flow.abandon()
    win.close()
    store.close()


def settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    parent = widget.parentWidget()
    return (
        f"{type(widget).__name__}(objectName={widget.objectName()!r}, text={text!r}, "
        f"name={widget.accessibleName()!r}, parent={type(parent).__name__ if parent else None})"
    )


def tab_walk(window: QWidget) -> list[QWidget]:
    """Press Tab from the first control round the window; where the focus landed, in order."""
    everything = window.findChildren(QWidget)
    start = next(
        (w for w in everything if takes_tab(w) and w.isVisibleTo(window) and w.isEnabled()),
        None,
    )
    assert start is not None, "nothing in the window takes the keyboard focus"
    start.setFocus(Qt.FocusReason.TabFocusReason)
    settle(1)
    visited: list[QWidget] = []
    first: QWidget | None = None
    for _ in range(len(everything) + 2):
        current = window.focusWidget()
        if current is None or (visited and current is first):
            break
        if not visited:
            first = current
        while isinstance(current.parentWidget(), (QAbstractSpinBox, QComboBox)):
            current = current.parentWidget()  # a box's inner text part stands for the box
        if current not in visited:
            visited.append(current)
        window.focusNextChild()
    return visited


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def interactive(window: QWidget, within: QWidget) -> list[QWidget]:
    """The controls a patient can use in `within` now: shown, enabled, reachable by Tab."""
    found = []
    for widget in within.findChildren(QWidget):
        # Qt's controls, and our own widgets that take the focus (the 0-10 rating...).
        ours = type(widget).__module__.startswith("coach.")
        if not (isinstance(widget, INTERACTIVE) or ours) or not takes_tab(widget):
            continue
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the text part of a number, date or list box: the box is the control
        found.append(widget)
    return found


def has_name(widget: QWidget) -> bool:
    if widget.accessibleName().strip():
        return True
    # A button's words are what a screen reader says for it.
    return isinstance(widget, QAbstractButton) and bool(widget.text().strip())


def check(window: QWidget, within: Iterable[QWidget], where: str) -> None:
    settle()
    visited = tab_walk(window)
    controls = [w for area in within for w in interactive(window, area)]
    assert controls, f"{where}: no controls found (did the screen build?)"
    unreached = [describe(w) for w in controls if w not in visited]
    unnamed = [describe(w) for w in controls if not has_name(w)]
    problems = []
    if unreached:
        problems.append("not reached by Tab:\n  " + "\n  ".join(unreached))
    if unnamed:
        problems.append("no accessible name:\n  " + "\n  ".join(unnamed))
    assert not problems, f"{where}: " + "\n".join(problems)


@pytest.mark.parametrize("spec", SCREENS, ids=[s.key for s in SCREENS])
def test_every_control_of_every_screen_is_reached_by_tab_and_named(window, spec):
    window.show_screen(spec.key)
    screen = window.screen(spec.key)
    settle()
    check(window, [window.sidebar, screen], spec.title)


def test_the_navigation_is_reached_and_names_itself(window):
    visited = tab_walk(window)
    assert window.navigation in visited
    assert window.navigation.accessibleName()


def _start_flow(window: MainWindow, routine_id: str):
    library = window.screen("routines")
    library.session_clock = FakeClock(1000.0)
    library.cues_factory = lambda settings: None
    window.show_screen("routines")
    settle()
    flow = library.start(library.library.find(routine_id))
    settle()
    return flow


def _answer_and_rate(flow) -> None:
    for question in flow.before.questions:
        question.yes_button.click()
    flow.before.rating.setValue(6)
    settle()


def test_a_session_before_page_works_by_keyboard(window):
    flow = _start_flow(window, "heat-and-stretch")
    check(window, [flow], "before a heat session (checklist)")
    _answer_and_rate(flow)
    check(window, [flow], "before a heat session (answered)")


def test_the_player_works_by_keyboard(window):
    flow = _start_flow(window, "neck-shoulder-release")
    _answer_and_rate(flow)
    flow.before.start_button.click()
    settle()
    check(window, [flow], "the player")


def test_the_after_page_works_by_keyboard(window):
    flow = _start_flow(window, "desk-micro-break")
    _answer_and_rate(flow)
    flow.before.start_button.click()
    settle()
    flow.player.stop_this_hurts()
    settle()
    check(window, [flow], "after a session")


def test_the_injection_form_works_by_keyboard(window):
    window.show_screen("injections")
    view = window.screen("injections")
    settle()
    view.start_new()
    settle()
    check(window, [view], "the new-injection form")


def test_the_focused_control_wears_a_visible_ring(window):
    window.show_screen("today")
    settle()
    theme.apply_theme(QApplication.instance(), theme.ColourMode.LIGHT, 1.0)
    rating = window.screen("today").rating
    settle()
    ring_of = focus_ring.tracker()
    assert ring_of is not None
    # As if the focus had come by Tab (offscreen windows are never really active).
    ring_of._on_focus_changed(None, rating)
    settle()
    ring = window.findChild(focus_ring.FocusRing, "focusRing")
    assert ring is not None and ring.isVisible()
    around = QRect(rating.mapTo(window, QPoint(0, 0)), rating.size())
    assert ring.geometry().contains(around) and ring.geometry() != around
    assert f"border: 3px solid {theme.LIGHT.focus}" in QApplication.instance().styleSheet()
    # A screen-sized widget (the player holding the focus itself) wears no ring.
    ring_of._on_focus_changed(rating, window.stack)
    settle()
    assert not ring.isVisible()


def test_the_ring_follows_a_scrolled_control_and_stays_inside_the_page(window):
    theme.apply_theme(QApplication.instance(), theme.ColourMode.DARK, 1.0)
    window.show_screen("diary")
    view = window.screen("diary")
    settle()
    target = view.rows[-1].change_button  # far down the page
    ring_of = focus_ring.tracker()
    ring_of._on_focus_changed(None, target)
    scroll = view.findChild(QScrollArea)
    scroll.ensureWidgetVisible(target)
    settle()
    ring = window.findChild(focus_ring.FocusRing, "focusRing")
    around = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
    assert ring.isVisible() and ring.geometry().contains(around)
    # Scrolled out of sight: the ring does not hang over the page's edge.
    scroll.verticalScrollBar().setValue(0)
    settle()
    viewport = QRect(scroll.viewport().mapTo(window, QPoint(0, 0)), scroll.viewport().size())
    visible = ring.mask().boundingRect().translated(ring.pos())
    assert not ring.isVisible() or viewport.contains(visible) or visible.isEmpty()
    theme.apply_theme(QApplication.instance(), theme.ColourMode.LIGHT, 1.0)
