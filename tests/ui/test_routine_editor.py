"""The routine editor, from the Routines screen: build, change, check, save, share."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from uuid import uuid4

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from coach.core.clock import FakeClock
from coach.core.records import Kind, SessionRecord, SessionStatus
from coach.core.routine_library import load_library
from coach.core.routine_writer import routine_to_toml
from coach.core.segments import SegmentKind, total_seconds
from coach.store.database import Store
from coach.ui.library_view import LibraryView
from coach.ui.routine_editor import RoutineEditor, time_words
from coach.ui.session_flow import FlowStage, SessionFlow

NOW = datetime(2026, 11, 26, 10, 0).astimezone()


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        yield opened


@pytest.fixture
def view(qtbot, store):
    widget = LibraryView(
        store, now=lambda: NOW, clock=FakeClock(1000.0), cues_factory=lambda s: None
    )
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, box, text: str) -> None:
    """Replace what a text or number box holds, by keyboard."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClicks(box, text)


def opened_editor(qtbot, view: LibraryView) -> RoutineEditor:
    editor = view.actions.editor
    assert isinstance(editor, RoutineEditor)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    return editor


def user_files(store) -> list[str]:
    folder = store.data_dir / "routines"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_build_a_three_step_routine_save_it_and_play_it(qtbot, view, store):
    click(qtbot, view.new_button)
    editor = opened_editor(qtbot, view)
    assert editor.status_label.text()  # no steps yet: nothing to save
    type_into(qtbot, editor.about_panel.title_edit, "My evening stretches")

    # Step 1 by mouse, from the app's exercises.
    click(qtbot, editor.add_button)
    click(qtbot, editor.catalogue.add_buttons["chin-tuck"])
    assert editor.panel.title_edit.text() == "Chin tuck"
    type_into(qtbot, editor.panel.reps_box, "6")

    # Step 2 by keyboard: a blank rest of 45 seconds.
    editor.add_button.setFocus()
    qtbot.keyClick(editor.add_button, Qt.Key.Key_Space)
    blank = editor.catalogue.blank_buttons["rest"]
    blank.setFocus()
    qtbot.keyClick(blank, Qt.Key.Key_Space)
    type_into(qtbot, editor.panel.title_edit, "Quiet rest")
    type_into(qtbot, editor.panel.duration_box, "45")

    # Step 3 by mouse, then moved up by keyboard.
    click(qtbot, editor.add_button)
    click(qtbot, editor.catalogue.add_buttons["upper-trapezius-stretch"])
    editor.step_list.setFocus()
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    titles = [s.data["title"] for s in editor.draft.steps]
    assert titles == ["Chin tuck", "Upper-trapezius stretch", "Quiet rest"]
    assert editor.step_list.item(2).text().startswith("3. Quiet rest")

    # The total follows every change.
    routine = editor.draft.check().routine
    assert editor.total_label.text() == f"Total time: {time_words(total_seconds(routine))}"
    assert not editor.status_label.isVisible()

    with qtbot.waitSignal(editor.closed, timeout=1000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert user_files(store) == ["my-evening-stretches.toml"]

    card = view.card_for("my-evening-stretches")
    assert card.title_label.text() == "My evening stretches"
    saved = card.routine
    assert [s.title for s in saved.steps] == titles
    assert saved.steps[0].reps == 6 and saved.steps[2].duration_s == 45

    asked = []
    view.fullWindowRequested.connect(asked.append)
    click(qtbot, card.start_button)
    (flow,) = asked
    qtbot.addWidget(flow)
    assert isinstance(flow, SessionFlow)
    for question in flow.before.questions:
        click(qtbot, question.yes_button)
    click(qtbot, flow.before.skip_button)
    assert flow.stage() is FlowStage.PLAYER
    assert flow.routine == saved


def test_values_out_of_range_are_refused_where_they_are_typed(qtbot, view, store):
    click(qtbot, view.new_button)
    editor = opened_editor(qtbot, view)
    click(qtbot, editor.add_button)
    click(qtbot, editor.catalogue.blank_buttons["exercise"])
    hold = editor.panel.hold_box
    type_into(qtbot, hold, "700")
    assert hold.value() <= 600
    assert editor.draft.steps[0].data["hold_s"] <= 600
    assert "1 to 600" in editor.panel.fields["hold_s"].hint.text()

    # An emptied text is named in plain words under its field, and in the list.
    type_into(qtbot, editor.panel.instruction_edit, "")
    problem = editor.panel.fields["instruction"].problem
    assert problem.isVisible() and problem.text() == "⚠ Please write something here."
    assert editor.step_list.item(0).text().startswith("⚠ 1.")

    # A routine with a problem is not saved; Save says why and shows where.
    click(qtbot, editor.about_button)
    type_into(qtbot, editor.about_panel.title_edit, "")
    assert editor.about_panel.fields["title"].problem.isVisible()
    assert not editor.save()
    assert "Nothing was saved" in editor.status_label.text()
    assert editor.current == "about"
    assert user_files(store) == []


def test_a_heat_step_cannot_go_over_the_maximum(qtbot, view, store):
    click(qtbot, view.card_for("heat-and-stretch").edit_button)
    editor = opened_editor(qtbot, view)
    heat = next(i for i, s in enumerate(editor.draft.steps) if s.data["type"] == "heat")
    panel = editor.show_step(heat)
    assert "never on for more than 15 minutes" in panel.rule.text()
    type_into(qtbot, panel.apply_box, "25")
    assert panel.apply_box.value() <= 15
    panel.apply_box.setValue(40)
    assert panel.apply_box.value() == 15
    assert editor.draft.steps[heat].data["apply_s"] == 15 * 60
    panel.reduced_box.setValue(30)
    assert editor.draft.steps[heat].data["reduced_feeling_max_s"] == 10 * 60
    assert editor.save()
    saved = load_library(store.data_dir).find("heat-and-stretch")
    assert not saved.builtin
    assert saved.steps[heat].apply_s <= 15 * 60 and saved.steps[heat].max_s <= 20 * 60


def test_a_hand_written_heat_step_over_the_limit_is_cut_back_and_said(qtbot, view, store):
    routine = load_library(store.data_dir).find("heat-and-stretch")
    text = routine_to_toml(routine).replace("apply_s = 900", "apply_s = 1200")
    folder = store.data_dir / "routines"
    folder.mkdir(parents=True)
    (folder / "heat-and-stretch.toml").write_text(text, encoding="utf-8")
    view.refresh()
    view.actions.edit(view.card_for("heat-and-stretch").routine)
    editor = opened_editor(qtbot, view)
    assert "keeps it to 15" in editor.note_label.text()
    heat = next(s for s in editor.draft.steps if s.data["type"] == "heat")
    assert heat.data["apply_s"] == 15 * 60


def test_heat_is_offered_only_in_a_heat_routine(qtbot, view):
    click(qtbot, view.new_button)
    editor = opened_editor(qtbot, view)
    catalogue = editor.show_catalogue()
    assert not catalogue.blank_buttons["heat"].isVisible()
    assert not catalogue.rows["heat-pack"].isVisible()
    editor.show_about()
    editor.about_panel.kind_box.setCurrentIndex(editor.about_panel.kind_box.findData("heat"))
    catalogue = editor.show_catalogue()
    assert catalogue.blank_buttons["heat"].isVisible()


def test_import_of_a_broken_file_changes_nothing(qtbot, view, store, tmp_path):
    broken = tmp_path / "from-physio.toml"
    broken.write_text(
        'id = "neck"\ntitle = "Neck"\nkind = "stretch"\nsummary = "x"\n'
        '[[steps]]\ntype = "exercise"\nid = "a"\ntitle = "A"\ninstruction = "B"\n'
        "hold_s = 9000\n",
        encoding="utf-8",
    )
    before = view.library
    view.actions.choose_import_file = lambda: broken
    click(qtbot, view.import_button)
    assert user_files(store) == []
    assert view.library.ids == before.ids
    message = view.actions.bar.message.text()
    assert "nothing was added" in message
    assert "steps[0].hold_s" in message


def test_export_then_import_gives_the_same_routine(qtbot, view, store, tmp_path):
    original = view.card_for("box-breathing").routine
    target = tmp_path / "box.toml"
    view.actions.choose_export_file = lambda routine: target
    menu = view.card_for("box-breathing").more_button.menu()
    export = next(a for a in menu.actions() if a.text().startswith("Export"))
    export.trigger()
    assert target.is_file() and "box.toml" in view.actions.bar.message.text()

    view.actions.choose_import_file = lambda: target
    click(qtbot, view.import_button)
    imported = view.card_for("box-breathing-2").routine
    assert imported.title == "Box breathing (2)"
    assert replace(
        imported, id=original.id, title=original.title, source=None, builtin=True
    ) == (replace(original, source=None))
    assert view.card_for("box-breathing").routine.builtin  # the built-in is untouched


def test_delete_with_undo_duplicate_and_drag(qtbot, view):
    click(qtbot, view.card_for("desk-micro-break").edit_button)
    editor = opened_editor(qtbot, view)
    ids = lambda: [s.data["id"] for s in editor.draft.steps]  # noqa: E731
    first = ids()
    editor.show_step(1)
    click(qtbot, editor.delete_button)
    assert ids() == first[:1] + first[2:]
    assert editor.undo_bar.isVisible()
    click(qtbot, editor.undo_bar.undo_button)
    assert ids() == first and editor.current == 1

    editor.step_list.setFocus()
    qtbot.keyClick(editor.step_list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ids()[2] == f"{first[1]}-2" and editor.current == 2

    # Dragging the first row below the third: the draft follows the list.
    model = editor.step_list.model()
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert ids()[:3] == [first[1], f"{first[1]}-2", first[0]]
    assert editor.step_list.item(0).text().startswith("1. ")


def test_editing_a_builtin_saves_my_version_and_reset_brings_back_the_original(
    qtbot, view, store
):
    builtin_text = view.card_for("desk-micro-break").routine.source.read_text("utf-8")
    click(qtbot, view.card_for("desk-micro-break").edit_button)
    editor = opened_editor(qtbot, view)
    assert "Reset to original" in editor.note_label.text()
    type_into(qtbot, editor.about_panel.title_edit, "My desk break")
    click(qtbot, editor.save_button)
    card = view.card_for("desk-micro-break")
    assert card.title_label.text() == "My desk break"
    assert card.routine.source.read_text("utf-8") != builtin_text
    assert view.library.find("desk-micro-break").builtin is False

    menu = card.more_button.menu()
    reset = next(a for a in menu.actions() if a.text() == "Reset to original")
    reset.trigger()
    assert view.card_for("desk-micro-break").title_label.text() == "Desk micro-break"
    assert user_files(store) == []
    click(qtbot, view.actions.bar.undo_button)  # changed their mind
    assert view.card_for("desk-micro-break").title_label.text() == "My desk break"


def test_edits_never_change_sessions_already_done(qtbot, view, store):
    record = SessionRecord(
        id=str(uuid4()), routine_id="desk-micro-break", routine_title="Desk micro-break",
        kind=Kind.STRETCH, started_at=NOW - timedelta(days=1), planned_seconds=180,
        active_seconds=180, steps_done=5, steps_total=5, status=SessionStatus.COMPLETED,
        spasm_before=5, spasm_after=3,
    )  # fmt: skip
    store.add_session(record)
    click(qtbot, view.card_for("desk-micro-break").edit_button)
    editor = opened_editor(qtbot, view)
    type_into(qtbot, editor.about_panel.title_edit, "Renamed break")
    editor.show_step(0)
    editor.delete_current()
    assert editor.save()
    assert store.sessions() == [record]


def test_cancel_with_changes_asks_and_leaving_saves_nothing(qtbot, view, store):
    click(qtbot, view.new_button)
    editor = opened_editor(qtbot, view)
    click(qtbot, editor.add_button)
    click(qtbot, editor.catalogue.add_buttons["chin-tuck"])
    click(qtbot, editor.cancel_button)
    assert editor.confirm_bar.isVisible()
    click(qtbot, editor.keep_button)
    assert not editor.confirm_bar.isVisible() and view.actions.editor is editor
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.confirm_bar.isVisible()
    with qtbot.waitSignal(editor.closed, timeout=1000):
        click(qtbot, editor.leave_button)
    assert user_files(store) == []
    assert view.actions.editor is None


def test_cancel_without_changes_just_leaves(qtbot, view):
    click(qtbot, view.card_for("body-scan").edit_button)
    editor = opened_editor(qtbot, view)
    with qtbot.waitSignal(editor.closed, timeout=1000):
        click(qtbot, editor.cancel_button)


def test_breathing_pattern_with_a_live_preview(qtbot, view):
    click(qtbot, view.new_button)
    editor = opened_editor(qtbot, view)
    editor.about_panel.kind_box.setCurrentIndex(
        editor.about_panel.kind_box.findData("breathing")
    )
    click(qtbot, editor.add_button)
    click(qtbot, editor.catalogue.blank_buttons["breathing"])
    panel = editor.panel
    assert panel.timer.isActive()  # the preview moves while it is shown
    type_into(qtbot, panel.phase_boxes["inhale"], "4.5")
    panel.phase_boxes["hold_in"].setValue(2)
    step = editor.draft.steps[0].data
    assert step["phases"] == {"inhale": 4.5, "exhale": 6, "hold_in": 2}
    panel.preview_at(1.0)
    assert panel.pacer.phase is SegmentKind.INHALE
    panel.preview_at(5.0)
    assert panel.pacer.phase is SegmentKind.HOLD_IN
    panel.preview_at(7.0)
    assert panel.pacer.phase is SegmentKind.EXHALE

    click(qtbot, panel.by_cycles)
    assert "duration_s" not in editor.draft.steps[0].data
    type_into(qtbot, panel.cycles_box, "12")
    assert editor.draft.steps[0].data["cycles"] == 12
    assert editor.draft.ok
    editor.show_about()  # the step's panel goes: its preview stops
    assert not panel.timer.isActive()


def test_the_editor_fits_large_text(qtbot, store, qapp):
    from coach.ui import theme

    theme.apply_theme(qapp, "light", 2.0)
    try:
        view = LibraryView(store, now=lambda: NOW)
        qtbot.addWidget(view)
        view.resize(1024, 700)
        view.show()
        view.actions.new_routine()
        editor = view.actions.editor
        editor.resize(1024, 700)
        qtbot.waitExposed(editor)
        QApplication.processEvents()
        for button in (editor.save_button, editor.cancel_button, editor.add_button):
            assert button.width() >= button.sizeHint().width() - 2, button.text()
    finally:
        theme.apply_theme(qapp, "light", 1.0)


def test_in_the_main_window_the_editor_fills_it_and_saving_returns_to_the_routines(
    qtbot, store
):
    from coach.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("routines")
    library = window.screen("routines")
    click(qtbot, library.card_for("belly-breathing").edit_button)
    editor = window.full_window_widget()
    assert isinstance(editor, RoutineEditor) and editor.isVisible()
    type_into(qtbot, editor.about_panel.title_edit, "My belly breathing")
    with qtbot.waitSignal(editor.closed, timeout=1000):
        click(qtbot, editor.save_button)
    assert window.full_window_widget() is None
    assert window.current_screen() is library
    assert library.card_for("belly-breathing").title_label.text() == "My belly breathing"
    assert "Saved" in library.actions.bar.message.text()
