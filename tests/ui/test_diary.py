"""The Diary screen: two-tap entries, details, change, delete with undo, days, paging."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime, QTimeZone
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

from coach.core.records import SymptomEntry
from coach.store.database import Store
from coach.store.errors import StoreError
from coach.ui import theme
from coach.ui.diary_view import PAGE_DAYS, DiaryView
from coach.ui.main_window import MainWindow

THURSDAY = date(2026, 11, 26)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """An aware local time, as the app records it."""
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


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
    widget = DiaryView(store, now=clock)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    widget.refresh()
    return widget


@pytest.fixture
def restore_theme(qapp):
    # Widgets of earlier tests wait for deletion until an event loop runs; restyling them
    # all as well would make this test slow for nothing.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)


def click(qtbot, widget: QWidget) -> None:
    """Click a control once its layout has settled (as it has long before a person clicks)."""
    QApplication.processEvents()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def entry(entry_id: str, at: datetime, spasm: int = 5, **extra) -> SymptomEntry:
    return SymptomEntry(id=entry_id, recorded_at=at, spasm=spasm, **extra)


# --- adding ---------------------------------------------------------------------------


def test_two_taps_save_exactly_one_entry_with_that_spasm(view, store, qtbot, clock):
    form = view.form
    assert not form.save_button.isEnabled()  # nothing chosen, nothing to save
    click(qtbot, form.rating.button(6))
    with qtbot.waitSignal(view.dataChanged, timeout=1000):
        click(qtbot, form.save_button)

    (saved,) = store.symptoms()
    assert saved.spasm == 6
    assert saved.recorded_at == clock.moment
    assert (saved.pain, saved.stress, saved.sleep, saved.sensory_trick) == (None,) * 4
    assert saved.note == ""
    assert form.status.text() == "✓ Saved: spasm 6 at 10:32."
    assert form.rating.value() is None  # ready for the next one
    assert [b.heading.text() for b in view.day_blocks] == ["Today"]
    assert view.rows[0].text == "10:32 Spasm 6"


def test_a_digit_then_enter_saves_from_the_keyboard(view, store, qtbot):
    view.form.rating.setFocus()
    qtbot.keyClick(view.form.rating, Qt.Key.Key_7)
    qtbot.keyClick(view.form.rating, Qt.Key.Key_Return)
    assert [e.spasm for e in store.symptoms()] == [7]


def test_details_reach_the_database(view, store, qtbot):
    form = view.form
    assert not form.details.isVisible()
    click(qtbot, form.rating.button(4))
    click(qtbot, form.details_button)
    assert form.details.isVisible()
    click(qtbot, form.pain.rating.button(3))
    click(qtbot, form.stress.rating.button(7))
    click(qtbot, form.sleep.rating.button(8))
    assert not form.helped_box.isVisible()  # only asked once a trick was used
    click(qtbot, form.trick_used.yes_button)
    assert form.helped_box.isVisible()
    click(qtbot, form.trick_helped.no_button)
    form.note.setPlainText("Long drive.\nBetter after heat.")
    click(qtbot, form.save_button)

    (saved,) = store.symptoms()
    assert (saved.spasm, saved.pain, saved.stress, saved.sleep) == (4, 3, 7, 8)
    assert saved.sensory_trick is True
    assert saved.sensory_trick_helped is False
    assert saved.note == "Long drive.\nBetter after heat."
    row = view.rows[0]
    assert row.extras_label.text() == (
        "Pain 3 · stress 7 · sleep quality 8 · sensory trick did not help"
    )
    assert row.note_label.text() == "Long drive.\nBetter after heat."
    assert not form.details.isVisible()  # the next entry starts with two taps again


def test_no_trick_means_no_answer_about_whether_it_helped(view, store, qtbot):
    form = view.form
    click(qtbot, form.rating.button(5))
    click(qtbot, form.details_button)
    click(qtbot, form.trick_used.yes_button)
    click(qtbot, form.trick_helped.yes_button)
    click(qtbot, form.trick_used.no_button)  # changed their mind
    assert not form.helped_box.isVisible()
    click(qtbot, form.save_button)
    (saved,) = store.symptoms()
    assert saved.sensory_trick is False
    assert saved.sensory_trick_helped is None


def test_an_optional_rating_can_be_cleared_with_the_mouse(view, store, qtbot):
    form = view.form
    click(qtbot, form.rating.button(5))
    click(qtbot, form.details_button)
    click(qtbot, form.pain.rating.button(6))
    click(qtbot, form.pain.clear_button)
    click(qtbot, form.save_button)
    assert store.symptoms()[0].pain is None


def test_a_store_error_keeps_everything_typed_and_says_so(view, store, qtbot, monkeypatch):
    def refuse(_entry):
        raise StoreError("Could not save to the diary: disk I/O error")

    monkeypatch.setattr(store, "add_symptom", refuse)
    form = view.form
    click(qtbot, form.rating.button(8))
    click(qtbot, form.details_button)
    form.note.setPlainText("Bad morning")
    click(qtbot, form.save_button)

    assert store.symptoms() == []
    assert form.status.isVisible()
    assert "Not saved" in form.status.text() and "disk I/O error" in form.status.text()
    assert form.rating.value() == 8
    assert form.note.toPlainText() == "Bad morning"


def test_a_note_too_long_is_refused_under_the_note(view, store, qtbot):
    form = view.form
    click(qtbot, form.rating.button(2))
    click(qtbot, form.details_button)
    form.note.setPlainText("x" * 2500)
    click(qtbot, form.save_button)
    assert store.symptoms() == []
    assert form.note_problem.isVisible()
    assert "2500 characters" in form.note_problem.text()


# --- changing -------------------------------------------------------------------------


def test_change_keeps_the_id_and_the_original_time(view, store, qtbot):
    moment = local(THURSDAY, 8, 15).replace(second=42)
    original = entry("e1", moment, 7, pain=6, note="stiff")
    store.add_symptom(original)
    view.refresh()

    click(qtbot, view.rows[0].change_button)
    form = view.form
    assert form.heading.text() == "Change the 08:15 entry from today"
    assert form.rating.value() == 7
    assert form.pain.value() == 6
    assert form.note.toPlainText() == "stiff"
    assert form.details.isVisible()  # it has details, so they are shown
    click(qtbot, form.rating.button(4))
    click(qtbot, form.save_button)

    (saved,) = store.symptoms()
    assert saved == entry("e1", moment, 4, pain=6, note="stiff")  # same id, same instant
    assert form.editing is None
    assert form.status.text() == "✓ Changes saved."


def test_change_moves_the_entry_when_the_time_is_changed(view, store, qtbot):
    store.add_symptom(entry("e1", local(THURSDAY, 8, 15), 7))
    view.refresh()
    click(qtbot, view.rows[0].change_button)
    earlier = QDateTime(QDate(2026, 11, 25), QTime(21, 5), QTimeZone.utc())
    view.form.when_edit.setDateTime(earlier)
    click(qtbot, view.form.save_button)

    (saved,) = store.symptoms()
    assert saved.id == "e1"
    assert saved.recorded_at == local(date(2026, 11, 25), 21, 5)
    assert [b.heading.text() for b in view.day_blocks] == ["Yesterday"]


def test_a_changed_time_in_the_future_is_refused_in_place(view, store, qtbot):
    original = entry("e1", local(THURSDAY, 8, 15), 7)
    store.add_symptom(original)
    view.refresh()
    click(qtbot, view.rows[0].change_button)
    view.form.when_edit.setDateTime(
        QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone.utc())
    )
    click(qtbot, view.form.save_button)
    assert store.symptoms() == [original]
    assert view.form.when_problem.isVisible()
    assert view.form.editing == original  # still in the form, nothing lost


def test_cancel_leaves_the_entry_as_it_was(view, store, qtbot):
    original = entry("e1", local(THURSDAY, 8, 15), 7)
    store.add_symptom(original)
    view.refresh()
    click(qtbot, view.rows[0].change_button)
    click(qtbot, view.form.rating.button(1))
    click(qtbot, view.form.cancel_button)
    assert store.symptoms() == [original]
    assert view.form.editing is None
    assert view.form.rating.value() is None


# --- deleting -------------------------------------------------------------------------


def test_delete_then_undo_restores_the_identical_record(view, store, qtbot):
    original = entry(
        "e1",
        local(THURSDAY, 8, 15).replace(second=9),
        6,
        pain=5,
        stress=2,
        sleep=7,
        sensory_trick=True,
        sensory_trick_helped=True,
        note="after the walk",
    )
    store.add_symptom(original)
    view.refresh()

    with qtbot.waitSignal(view.dataChanged, timeout=1000):
        click(qtbot, view.rows[0].delete_button)
    assert store.symptoms() == []
    assert view.rows == []
    assert view.undo_bar.isVisible()
    assert view.undo_bar.message.text() == "Deleted the 08:15 entry from today."

    with qtbot.waitSignal(view.dataChanged, timeout=1000):
        assert view.undo()
    assert store.get_symptom("e1") == original
    assert not view.undo_bar.isVisible()
    assert [row.entry for row in view.rows] == [original]


def test_undo_ends_with_the_next_change(view, store, qtbot):
    store.add_symptom(entry("e1", local(THURSDAY, 8, 15), 6))
    view.refresh()
    click(qtbot, view.rows[0].delete_button)
    click(qtbot, view.form.rating.button(3))
    click(qtbot, view.form.save_button)
    assert not view.undo_bar.is_offered()
    assert not view.undo()
    assert [e.spasm for e in store.symptoms()] == [3]


def test_undo_times_out_on_its_own_timer(view, store, qtbot):
    store.add_symptom(entry("e1", local(THURSDAY, 8, 15), 6))
    view.refresh()
    click(qtbot, view.rows[0].delete_button)
    timer = view.undo_bar.timer
    assert timer.isActive() and timer.isSingleShot()
    assert timer.interval() == 30_000
    timer.timeout.emit()  # what the timer does after 30 s, without waiting for it
    assert not view.undo_bar.isVisible()
    assert not view.undo_bar.is_offered()


def test_a_failed_delete_keeps_the_entry_and_says_so(view, store, qtbot, monkeypatch):
    original = entry("e1", local(THURSDAY, 8, 15), 6)
    store.add_symptom(original)
    view.refresh()

    def refuse(_entry_id):
        raise StoreError("Could not save to the diary: database is locked")

    monkeypatch.setattr(store, "delete_symptom", refuse)
    click(qtbot, view.rows[0].delete_button)
    assert store.symptoms() == [original]
    assert [row.entry for row in view.rows] == [original]
    assert view.undo_bar.isVisible()
    assert "Not deleted" in view.undo_bar.message.text()
    assert not view.undo_bar.undo_button.isVisible()  # nothing to undo


# --- the list -------------------------------------------------------------------------


def test_entries_group_by_their_own_local_day_newest_first(view, store):
    plus_two = timezone(timedelta(hours=2))
    minus_five = timezone(timedelta(hours=-5))
    # 00:30 on Thursday at +02:00 is still Wednesday in UTC; 23:30 on Wednesday at -05:00
    # is already Thursday in UTC. Each belongs to the day its own clock showed.
    store.add_symptom(entry("a", datetime(2026, 11, 26, 0, 30, tzinfo=plus_two), 3))
    store.add_symptom(entry("b", datetime(2026, 11, 25, 23, 30, tzinfo=minus_five), 4))
    store.add_symptom(entry("c", local(THURSDAY, 9, 0), 5))
    store.add_symptom(entry("d", local(date(2026, 11, 23), 20, 0), 6))
    store.add_symptom(entry("e", local(date(2025, 12, 1), 20, 0), 6))
    view.refresh()
    view.show_earlier()
    view.show_earlier()
    view.show_earlier()
    headings = [b.heading.text() for b in view.day_blocks]
    assert headings[:3] == ["Today", "Yesterday", "Monday 23 November"]
    assert headings[-1] == "Monday 1 December 2025"  # another year says which
    today, yesterday = view.day_blocks[0], view.day_blocks[1]
    assert [r.entry.id for r in today.rows] == ["c", "a"]  # newest first
    assert [r.time_label.text() for r in today.rows] == ["09:00", "00:30"]
    assert [r.entry.id for r in yesterday.rows] == ["b"]
    assert yesterday.rows[0].time_label.text() == "23:30"


def test_show_earlier_adds_thirty_days_at_a_time(view, store, qtbot):
    for back in range(75):
        day = THURSDAY - timedelta(days=back)
        store.add_symptom(entry(f"e{back}", local(day, 9), back % 11))
    view.refresh()
    assert len(view.day_blocks) == PAGE_DAYS == 30
    assert view.show_earlier_button.isVisible()
    assert view.range_label.text() == "Showing entries from 28 October on."

    click(qtbot, view.show_earlier_button)
    assert len(view.day_blocks) == 60
    click(qtbot, view.show_earlier_button)
    assert len(view.day_blocks) == 75
    assert not view.show_earlier_button.isVisible()
    assert view.range_label.text() == "That is everything in the diary."


def test_show_earlier_skips_a_long_gap_to_the_next_entries(view, store, qtbot):
    store.add_symptom(entry("old", local(date(2026, 3, 2), 9), 5))
    view.refresh()
    assert view.day_blocks == []
    assert view.list_message.text() == "Nothing recorded in the last 30 days."
    click(qtbot, view.show_earlier_button)
    assert [b.heading.text() for b in view.day_blocks] == ["Monday 2 March"]


def test_an_empty_diary_says_where_entries_will_show(view):
    assert view.day_blocks == []
    assert view.list_message.isVisible()
    assert view.list_message.text().startswith("No entries yet.")
    assert not view.show_earlier_button.isVisible()


def test_a_refresh_keeps_what_is_half_typed_in_the_form(view, store, qtbot):
    click(qtbot, view.form.rating.button(3))
    click(qtbot, view.form.details_button)
    view.form.note.setPlainText("half a thought")
    store.add_symptom(entry("other-screen", local(THURSDAY, 9), 6))
    view.refresh()
    assert view.form.rating.value() == 3
    assert view.form.note.toPlainText() == "half a thought"
    assert [row.entry.id for row in view.rows] == ["other-screen"]


def test_the_diary_follows_changes_made_on_other_screens(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    diary = window.screen("diary")
    today = window.screen("today")
    assert diary.rows == []

    click(qtbot, today.rating.button(9))
    click(qtbot, today.save_button)  # Today emits dataChanged; the window passes it on
    assert [row.entry.spasm for row in diary.rows] == [9]

    window.show_screen("diary")
    click(qtbot, diary.form.rating.button(2))
    click(qtbot, diary.form.save_button)
    assert sorted(row.text.split()[-1] for row in today.entry_rows) == ["2", "9"]


# --- reachable and readable -------------------------------------------------------------


def test_tab_reaches_the_rows_in_reading_order(view, store, qtbot):
    store.add_symptom(entry("old", local(date(2026, 11, 20), 9), 4))
    view.refresh()
    click(qtbot, view.form.rating.button(5))
    click(qtbot, view.form.save_button)  # today's card is built after the older one
    wanted = [b for row in view.rows for b in (row.change_button, row.delete_button)]
    seen, widget = [], view.form.cancel_button
    for _ in range(len(wanted)):
        widget = widget.nextInFocusChain()
        seen.append(widget)
    assert seen == wanted


def _controls(view: QWidget) -> list[QWidget]:
    kinds = (QPushButton, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QCheckBox)
    return [
        w
        for w in view.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisible() and not w.objectName().startswith("qt_")
    ]


def test_every_control_is_big_named_and_reachable_by_keyboard(
    qapp, view, store, qtbot, restore_theme
):
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)  # sizes come from the theme
    store.add_symptom(entry("e1", local(THURSDAY, 8, 15), 7, note="x"))
    view.refresh()
    click(qtbot, view.rows[0].change_button)  # the form at its fullest
    click(qtbot, view.form.trick_used.yes_button)
    controls = _controls(view)
    assert len(controls) > 15
    for widget in controls:
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        assert name, f"{type(widget).__name__} has no name"
        if isinstance(widget, QPushButton) and widget.property("role") == "rating":
            continue  # chosen by the keyboard through their RatingWidget, which has focus
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


def test_nothing_is_clipped_at_200_percent_text(qapp, qtbot, store, clock, restore_theme):
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 2.0)
    store.add_symptom(
        entry(
            "e1",
            local(THURSDAY, 8, 15),
            10,
            pain=10,
            stress=10,
            sleep=10,
            sensory_trick=True,
            sensory_trick_helped=False,
            note="Woke with a stiff neck after a long drive to my sister's",
        )
    )
    view = DiaryView(store, now=clock)
    qtbot.addWidget(view)
    view.resize(824, 700)  # the screen's part of a 1024 x 700 window
    view.show()
    view.refresh()
    click(qtbot, view.rows[0].change_button)
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
