"""The Injections screen: the form with side effects, checks in place, the cycle line,
the red flags, change, delete with undo, paging and refreshing."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from coach.core.records import Injection, SideEffect
from coach.store.database import Store
from coach.store.errors import StoreError
from coach.ui import theme
from coach.ui.form_fields import to_qdate
from coach.ui.injections_view import PAGE_SIZE, InjectionsView, cycle_line
from coach.ui.main_window import MainWindow
from coach.ui.red_flags import RedFlagsPanel

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 10, 32).astimezone()


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        yield opened


@pytest.fixture
def view(qtbot, store):
    widget = InjectionsView(store, now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    widget.refresh()
    return widget


@pytest.fixture
def restore_theme(qapp):
    # Widgets of earlier tests wait for deletion until an event loop runs; restyling them
    # all as well would make the test slow for nothing.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)


def click(qtbot, widget: QWidget) -> None:
    """Click a control once its layout has settled (as it has long before a person clicks)."""
    QApplication.processEvents()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def effect_row(view: InjectionsView, name: str):
    return next(row for row in view.form.effects if row.name == name)


def tick(qtbot, view: InjectionsView, name: str, noticed: date | None = None):
    row = effect_row(view, name)
    click(qtbot, row.box.box)
    if noticed is not None:
        click(qtbot, row.when.add_button)
        row.when.edit.setDate(to_qdate(noticed))
    return row


def fill_date(view: InjectionsView, day: date) -> None:
    view.form.date.setDate(to_qdate(day))


# --- saving ----------------------------------------------------------------------------


def test_an_injection_with_side_effects_and_dates_is_saved_and_read_back(view, store, qtbot):
    form = view.form
    assert form.isVisible()  # nothing recorded yet: the form is open
    fill_date(view, date(2026, 11, 3))
    form.product.setText("Botox")
    form.units.setText("200")
    form.muscles.setText("left trapezius, right splenius")
    click(qtbot, form.onset.add_button)
    form.onset.edit.setDate(to_qdate(date(2026, 11, 10)))
    tick(qtbot, view, "swallowing", date(2026, 11, 12))
    tick(qtbot, view, "dry mouth")
    other = tick(qtbot, view, "other", date(2026, 11, 5))
    other.text.setText("a rash on the arm")
    form.note.setPlainText("New nurse; went well")
    with qtbot.waitSignal(view.dataChanged, timeout=1000):
        click(qtbot, form.save_button)

    (saved,) = store.injections()
    assert saved.date == date(2026, 11, 3)
    assert (saved.product, saved.units, saved.muscles) == (
        "Botox",
        200.0,
        "left trapezius, right splenius",
    )
    assert saved.onset_noticed == date(2026, 11, 10)
    assert saved.wearing_off_noticed is None
    assert saved.side_effects == (
        SideEffect("swallowing", date(2026, 11, 12)),
        SideEffect("dry mouth", None),
        SideEffect("other: a rash on the arm", date(2026, 11, 5)),
    )
    assert saved.note == "New nurse; went well"
    assert not form.isVisible()
    assert view.confirmation.text() == "✓ Saved: injection of 3 November 2026."

    (row,) = view.rows
    assert row.title_label.text() == "Tuesday 3 November 2026"
    assert [x.text() for x in row.line_labels] == [
        "Botox · 200 units",
        "Muscles: left trapezius, right splenius",
        "Benefit noticed 10 November (day 7)",
        "Side effects: Difficulty swallowing (from 12 November), Dry mouth, "
        "a rash on the arm (from 5 November)",
        "Note: New nurse; went well",
    ]

    # Opened again, the form shows exactly what was saved.
    click(qtbot, row.change_button)
    assert form.heading.text() == "Change the injection of 3 November 2026"
    assert form.onset.date() == date(2026, 11, 10)
    assert form.wearing_off.date() is None
    ticked = {r.name: r.when.date() for r in form.effects if r.box.isChecked()}
    assert ticked == {
        "swallowing": date(2026, 11, 12),
        "dry mouth": None,
        "other": date(2026, 11, 5),
    }
    assert other.text.text() == "a rash on the arm"


def test_only_the_date_is_needed(view, store, qtbot):
    with qtbot.waitSignal(view.dataChanged, timeout=1000):
        click(qtbot, view.form.save_button)
    (saved,) = store.injections()
    assert saved == Injection(id=saved.id, date=TODAY)


def test_units_accept_a_decimal_comma(view, store, qtbot):
    view.form.units.setText(" 12,5 ")
    click(qtbot, view.form.save_button)
    assert store.injections()[0].units == 12.5


# --- refused in place ------------------------------------------------------------------


def test_wearing_off_before_the_injection_date_is_refused_in_place(view, store, qtbot):
    form = view.form
    fill_date(view, date(2026, 11, 3))
    form.product.setText("Dysport")
    click(qtbot, form.wearing_off.add_button)
    form.wearing_off.edit.setDate(to_qdate(date(2026, 10, 30)))
    click(qtbot, form.save_button)

    assert store.injections() == []
    assert form.wearing_off_problem.isVisible()
    assert form.wearing_off_problem.text() == (
        "Wearing off cannot be noticed before the injection (3 November 2026)."
    )
    assert not form.date_problem.isVisible()
    assert form.status.text() == "Not saved yet: please look at the messages above."
    assert form.product.text() == "Dysport"  # nothing typed is lost
    assert form.wearing_off.date() == date(2026, 10, 30)

    form.wearing_off.edit.setDate(to_qdate(date(2026, 11, 20)))
    click(qtbot, form.save_button)
    assert store.injections()[0].wearing_off_noticed == date(2026, 11, 20)


def test_other_mistakes_are_each_named_under_their_field(view, store, qtbot):
    form = view.form
    fill_date(view, TODAY + timedelta(days=400))
    form.units.setText("two hundred")
    other = tick(qtbot, view, "other")
    other.text.setText("rash; itch")
    click(qtbot, form.save_button)

    assert store.injections() == []
    assert form.date_problem.text() == (
        "That date is more than a year ahead. Please check the year."
    )
    assert form.units_problem.text() == "Units should be a number, for example 200."
    assert other.problem.text() == "Please leave out ; and @ here."
    assert QApplication.focusWidget() is form.date  # the first problem is where focus goes


def test_a_planned_injection_within_a_year_is_fine(view, store, qtbot):
    fill_date(view, TODAY + timedelta(days=84))
    click(qtbot, view.form.save_button)
    assert store.injections()[0].date == date(2027, 2, 18)
    assert view.rows[0].title_label.text() == "Thursday 18 February 2027 (planned)"
    assert "Next injection planned for 18 February 2027." in view.cycle_label.text()


def test_a_benefit_noticed_in_the_future_is_refused(view, store, qtbot):
    fill_date(view, date(2026, 11, 20))
    click(qtbot, view.form.onset.add_button)
    view.form.onset.edit.setDate(to_qdate(TODAY + timedelta(days=2)))
    click(qtbot, view.form.save_button)
    assert store.injections() == []
    assert view.form.onset_problem.text() == "That day has not come yet."


def test_a_store_error_keeps_the_form_and_says_so(view, store, qtbot, monkeypatch):
    def refuse(_injection):
        raise StoreError("Could not save to the diary: database is locked")

    monkeypatch.setattr(store, "add_injection", refuse)
    view.form.product.setText("Xeomin")
    click(qtbot, view.form.save_button)
    assert view.form.isVisible()
    assert "database is locked" in view.form.status.text()
    assert view.form.product.text() == "Xeomin"


# --- the cycle line and the red flags ----------------------------------------------------


def test_the_cycle_line_counts_days_since_the_last_injection(view, store):
    assert view.cycle_label.text() == "No injections recorded yet."
    store.add_injection(Injection("i1", date(2026, 8, 11)))
    store.add_injection(Injection("i2", date(2026, 11, 3)))
    view.refresh()
    assert view.cycle_label.text() == "Day 23 since your injection on 3 November (week 4)."
    assert cycle_line([TODAY], TODAY) == "Injection day today."
    assert cycle_line([date(2025, 12, 1)], TODAY).endswith("on 1 December 2025 (week 52).")


def test_the_red_flag_panel_names_each_sign_and_what_to_do(view):
    panel = view.red_flags
    assert isinstance(panel, RedFlagsPanel)
    assert panel.isVisible()
    text = panel.text
    assert text.startswith("Important: when to get help")
    for words in (
        "swallowing, speaking or breathing",
        "emergency services",
        "fever over 38 °C",
        "redness that spreads",
        "discharge",
        "contact your clinic",
    ):
        assert words in text.lower() or words in text, words
    # Red only as a thin stripe beside written words, never as the carrier of the meaning.
    assert panel.stripe.width() <= theme.space(1)
    assert theme.current_palette().danger in panel.styleSheet()


def test_the_red_flags_stay_in_sight_with_the_form_closed(view, store, qtbot):
    store.add_injection(Injection("i1", date(2026, 11, 3)))
    view.refresh()
    click(qtbot, view.form.cancel_button)
    assert not view.form.isVisible()
    assert view.red_flags.isVisible()
    assert view.add_button.isVisible()


# --- changing and deleting ---------------------------------------------------------------


def test_change_keeps_the_id(view, store, qtbot):
    original = Injection("i1", date(2026, 11, 3), product="Botox", units=150.0)
    store.add_injection(original)
    view.refresh()
    click(qtbot, view.rows[0].change_button)
    assert view.form.units.text() == "150"
    view.form.units.setText("175")
    click(qtbot, view.form.save_button)
    assert store.injections() == [
        Injection("i1", date(2026, 11, 3), product="Botox", units=175.0)
    ]


@pytest.mark.parametrize("units", [12.3456789, 20000.0, None])
def test_saving_a_change_elsewhere_keeps_the_units_exactly(view, store, qtbot, units):
    original = Injection("i1", date(2026, 11, 3), units=units)
    store.add_injection(original)
    view.refresh()
    click(qtbot, view.rows[0].change_button)
    view.form.product.setText("Botox")
    click(qtbot, view.form.save_button)
    assert store.injections() == [Injection("i1", date(2026, 11, 3), "Botox", units)]


def test_side_effects_the_form_has_no_box_for_are_kept(view, store, qtbot):
    original = Injection(
        "i1",
        date(2026, 11, 3),
        side_effects=(
            SideEffect("headache", date(2026, 11, 4)),
            SideEffect("other: rash", None),
            SideEffect("dry mouth", date(2026, 11, 6)),
        ),
    )
    store.add_injection(original)
    view.refresh()
    click(qtbot, view.rows[0].change_button)
    other = effect_row(view, "other")
    assert other.text.text() == "headache"
    assert view.form.kept_label.text() == "Also recorded, and kept as they are: rash."
    click(qtbot, view.form.save_button)
    (saved,) = store.injections()
    assert set(saved.side_effects) == set(original.side_effects)


def test_delete_then_undo_restores_the_identical_record(view, store, qtbot):
    original = Injection(
        "i1",
        date(2026, 8, 11),
        product="Botox",
        units=200.0,
        muscles="left SCM",
        onset_noticed=date(2026, 8, 18),
        wearing_off_noticed=date(2026, 10, 20),
        side_effects=(SideEffect("voice change", date(2026, 8, 20)),),
        note="a long wait",
    )
    store.add_injection(original)
    view.refresh()
    with qtbot.waitSignal(view.dataChanged, timeout=1000):
        click(qtbot, view.rows[0].delete_button)
    assert store.injections() == []
    assert view.undo_bar.message.text() == "Deleted the injection of 11 August 2026."
    with qtbot.waitSignal(view.dataChanged, timeout=1000):
        assert view.undo()
    assert store.get_injection("i1") == original
    assert [row.injection for row in view.rows] == [original]


def test_a_failed_undo_says_so_and_can_be_tried_again(view, store, qtbot, monkeypatch):
    store.add_injection(Injection("i1", date(2026, 8, 11)))
    view.refresh()
    click(qtbot, view.rows[0].delete_button)
    real_add = store.add_injection

    def refuse(_injection):
        raise StoreError("Could not save to the diary: disk full")

    monkeypatch.setattr(store, "add_injection", refuse)
    assert not view.undo()
    assert "disk full" in view.undo_bar.message.text()
    assert view.undo_bar.is_offered()
    monkeypatch.setattr(store, "add_injection", real_add)
    assert view.undo()
    assert [i.id for i in store.injections()] == ["i1"]


# --- the list -----------------------------------------------------------------------------


def test_the_list_is_newest_first_and_pages(view, store, qtbot):
    first = date(2019, 1, 7)
    for n in range(30):
        store.add_injection(Injection(f"i{n:02d}", first + timedelta(weeks=12 * n)))
    view.refresh()
    dates = [row.injection.date for row in view.rows]
    assert len(dates) == PAGE_SIZE
    assert dates == sorted(dates, reverse=True)
    assert view.show_earlier_button.isVisible()
    click(qtbot, view.show_earlier_button)
    assert len(view.rows) == 2 * PAGE_SIZE
    click(qtbot, view.show_earlier_button)
    assert len(view.rows) == 30
    assert view.rows[-1].injection.date == first
    assert not view.show_earlier_button.isVisible()


def test_the_screen_follows_changes_made_on_other_screens(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    injections = window.screen("injections")
    assert injections.rows == []
    store.add_injection(Injection("i1", date.today() - timedelta(days=3)))
    today = window.screen("today")
    click(qtbot, today.rating.button(4))
    click(qtbot, today.save_button)  # Today says the data changed; the window passes it on
    assert [row.injection.id for row in injections.rows] == ["i1"]
    assert injections.cycle_label.text().startswith("Day 3 since your injection on ")


# --- reachable and readable ----------------------------------------------------------------


def _controls(view: QWidget) -> list[QWidget]:
    kinds = (QPushButton, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QCheckBox)
    return [
        w
        for w in view.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisible() and not w.objectName().startswith("qt_")
    ]


def test_every_control_is_big_named_and_reachable_by_keyboard(qapp, view, qtbot, restore_theme):
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)  # sizes come from the theme
    for row in view.form.effects:
        click(qtbot, row.box.box)
        click(qtbot, row.when.add_button)
    click(qtbot, view.form.onset.add_button)
    controls = _controls(view)
    assert len(controls) > 25
    for widget in controls:
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        assert name, f"{type(widget).__name__} has no name"
        assert widget.height() >= theme.HIT_TARGET, f"{name}: {widget.height()} px tall"
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, f"{name}: not reachable by Tab"


def _clipped(widget) -> str | None:
    if isinstance(widget, QLabel) and widget.wordWrap():
        if widget.height() < widget.heightForWidth(widget.width()):
            return f"{widget.text()!r}: {widget.height()} px tall, needs more"
        return None
    text_width = widget.fontMetrics().horizontalAdvance(widget.text())
    if text_width > widget.contentsRect().width():
        return f"{widget.text()!r}: {text_width} px of text in {widget.width()} px"
    return None


def test_nothing_is_clipped_at_200_percent_text(qapp, qtbot, store, restore_theme):
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 2.0)
    store.add_injection(
        Injection(
            "i1",
            date(2026, 11, 3),
            product="Botox",
            units=250.0,
            muscles="left SCM; right splenius capitis; left trapezius; right levator",
            onset_noticed=date(2026, 11, 10),
            side_effects=(SideEffect("injection-site pain", date(2026, 11, 4)),),
            note="Dose up to 250 units after the review",
        )
    )
    view = InjectionsView(store, now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(824, 700)  # the screen's part of a 1024 x 700 window
    view.show()
    view.refresh()
    click(qtbot, view.rows[0].change_button)
    for row in view.form.effects:
        click(qtbot, row.box.box)
    click(qtbot, view.form.wearing_off.add_button)
    scroll = view.findChild(QScrollArea)

    def problems() -> list[str]:
        found = []
        if scroll.widget().width() > scroll.viewport().width():
            found.append(f"page {scroll.widget().width()} px in {scroll.viewport().width()}")
        widgets = view.findChildren(QLabel) + view.findChildren(QPushButton)
        found += [p for w in widgets if w.isVisible() and w.text() and (p := _clipped(w))]
        return found

    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not problems(), timeout=2000)
    assert not problems(), "\n".join(problems())
