"""The routine editor: build or adjust a routine inside the app, with a physio beside you.

Layout: at the top the routine's name, its live total time, and big Cancel and Save; on
the left "About this routine" and the list of steps (drag, or Alt+Up / Alt+Down, to
reorder; Duplicate; Delete with Undo); on the right the chosen step's fields, or the page
to add a step. Every change goes to a RoutineDraft (coach/core/routine_draft.py), which
checks it with the same validator as `coach check`: a problem shows under its field and in
the step list, and a routine with a problem is never saved.

Saving writes `<data dir>/routines/<id>.toml` (coach/core/user_routines.py). A built-in is
never overwritten: editing one saves the patient's own version, which "Reset to original"
in the library removes again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.core.routine import Routine
from coach.core.routine_draft import HEAT_STANDARD_MAX_S, RoutineDraft
from coach.core.routine_library import Library
from coach.core.segments import SessionSettings
from coach.core.user_routines import (
    RoutineSaveError,
    copy_data,
    is_own_version,
    save_routine,
    unique_id,
)
from coach.ui import theme
from coach.ui.before_view import button
from coach.ui.editor_catalogue import StepCatalogue, dose_words
from coach.ui.editor_fields import AboutPanel, StepPanel, panel_for
from coach.ui.form_fields import problem_label, show_problem
from coach.ui.page import label
from coach.ui.undo_bar import UndoBar

#: Where the right-hand side is: the routine's own fields, a step, or adding a step.
ABOUT = "about"
#: Room the step list's rows take around their words (stylesheet padding, marker, margin).
ITEM_PADDING_X = 2 * 10 + 6 + 2 * 4 + 8
ITEM_PADDING_Y = 2 * 8 + 2 * 2 + 4
ADDING = "adding"


def time_words(seconds: float) -> str:
    """'45 s', '3 min', '9 min 30 s' (rounded to the second; units never wrap away)."""
    total = round(seconds)
    minutes, rest = divmod(total, 60)
    # No-break spaces keep a number with its unit when the line wraps.
    if not minutes:
        return f"{rest}\u00a0s"
    if not rest:
        return f"{minutes}\u00a0min"
    return f"{minutes}\u00a0min {rest}\u00a0s"


def editor_stylesheet(palette: theme.Palette, text_scale: float) -> str:
    """The step list's rows and the small step buttons (the theme styles every field)."""
    p = palette
    radius = theme.RADIUS - 4
    return f"""
QListWidget#stepList {{ outline: none; padding: 4px; }}
QListWidget#stepList:focus {{ border: 3px solid {p.focus}; padding: 3px; }}
QListWidget#stepList::item {{
    padding: 8px 10px; margin: 2px 0; border-radius: {radius}px; color: {p.text};
    border-left: 6px solid transparent;
}}
QListWidget#stepList::item:hover {{ background: {p.hover}; }}
QListWidget#stepList::item:selected {{
    background: {p.primary_soft}; color: {p.text}; border-left: 6px solid {p.primary};
}}
QPushButton[editorTool="true"] {{ padding: 6px 10px; }}
"""


class RoutineEditor(QWidget):
    """Edits one RoutineDraft; Save writes it among the patient's routines."""

    #: The editor is done (saved or cancelled): whoever showed it takes it away.
    closed = Signal()
    #: A routine was saved (the Routine as the library will read it).
    saved = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        draft: RoutineDraft,
        *,
        heading: str = "",
        note: str = "",
        path: Path | None = None,
        session_settings: SessionSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("routineEditor")
        self.setAccessibleName(self.tr("Routine editor"))
        self.data_dir = Path(data_dir)
        self.draft = draft
        self.path = path
        self.session_settings = session_settings or SessionSettings()
        self.saved_routine: Routine | None = None
        self.current: int | str = ABOUT
        self.panel: StepPanel | None = None
        self._style_key: tuple[str, float] | None = None
        self._closing = False
        self._shown_once = False

        notes = [note] if note else []
        notes += self._keep_heat_in_limit()
        self._initial = draft.data()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(theme.space(3), theme.space(2), theme.space(3), theme.space(2))
        outer.setSpacing(theme.space(1.5))
        outer.addLayout(self._header(heading or self.tr("Change a routine")))
        self._notes = " ".join(notes)
        outer.addWidget(self._confirm_bar())
        body = QHBoxLayout()
        body.setSpacing(theme.space(3))
        large = theme.current_text_scale(QApplication.instance()) >= 1.5
        body.addWidget(self._steps_side(), 1 if large else 2)
        body.addWidget(self._fields_side(), 1 if large else 3)
        outer.addLayout(body, 1)

        self._shortcuts()
        self._restyle()
        self.rebuild_list()
        self.show_about()
        self.refresh_status()
        self.setFocusProxy(self.about_panel.title_edit)

    # --- building -----------------------------------------------------------------------

    def _header(self, heading: str) -> QVBoxLayout:
        header = QVBoxLayout()
        header.setSpacing(theme.space(0.5))
        top = QHBoxLayout()
        top.setSpacing(theme.space(2))
        words = QVBoxLayout()
        words.setSpacing(0)
        self.heading_label = label(heading, "muted")
        self.heading_label.setObjectName("editorHeading")
        self.total_label = label("", "heading")
        self.total_label.setObjectName("editorTotal")
        self.total_label.setAccessibleName(self.tr("Total time"))
        words.addWidget(self.heading_label)
        words.addWidget(self.total_label)
        top.addLayout(words, 1)
        self.cancel_button = button(self.tr("Cancel"), name=self.tr("Cancel: leave the editor"))
        self.cancel_button.setObjectName("editorCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = button(self.tr("Save"), "primary", name=self.tr("Save the routine"))
        self.save_button.setObjectName("editorSave")
        self.save_button.setMinimumWidth(theme.HIT_TARGET * 3)
        self.cancel_button.setMinimumWidth(theme.HIT_TARGET * 3)
        self.save_button.clicked.connect(self.save)
        top.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addLayout(top)
        self.status_label = label("", "problem")
        self.status_label.setObjectName("editorStatus")
        self.status_label.hide()
        header.addWidget(self.status_label)
        return header

    def _confirm_bar(self) -> QFrame:
        self.confirm_bar = QFrame()
        theme.set_role(self.confirm_bar, "notice")
        row = QHBoxLayout(self.confirm_bar)
        pad = theme.space(1.5)
        row.setContentsMargins(theme.space(2.5), pad, pad, pad)
        row.setSpacing(theme.space(2))
        row.addWidget(label(self.tr("Leave without saving your changes?"), "large"), 1)
        self.keep_button = button(self.tr("Keep editing"))
        self.keep_button.clicked.connect(self.confirm_bar.hide)
        self.keep_button.clicked.connect(lambda: self.save_button.setFocus())
        self.leave_button = button(self.tr("Leave without saving"))
        self.leave_button.setObjectName("editorLeave")
        self.leave_button.clicked.connect(self.close_editor)
        row.addWidget(self.keep_button)
        row.addWidget(self.leave_button)
        self.confirm_bar.hide()
        return self.confirm_bar

    def _steps_side(self) -> QWidget:
        frame = QFrame()
        theme.set_role(frame, "card")
        column = QVBoxLayout(frame)
        pad = theme.space(2)
        column.setContentsMargins(pad, pad, pad, pad)
        column.setSpacing(theme.space(1.5))
        self.about_button = button(
            self.tr("About this routine"), name=self.tr("About this routine: name and kind")
        )
        self.about_button.setObjectName("aboutButton")
        self.about_button.setCheckable(True)
        self.about_button.clicked.connect(self.show_about)
        column.addWidget(self.about_button)
        column.addWidget(label(self.tr("Steps"), "kindtitle"))
        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName(self.tr("Steps of the routine"))
        self.step_list.setAccessibleDescription(
            self.tr("Drag a step, or press Alt and the up or down arrow, to move it.")
        )
        self.step_list.setWordWrap(True)
        self.step_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.step_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.step_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.step_list.setMinimumHeight(theme.HIT_TARGET * 3)
        self.step_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.step_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.step_list.setUniformItemSizes(False)
        self.step_list.currentRowChanged.connect(self._row_chosen)
        self.step_list.itemClicked.connect(
            lambda item: self._row_chosen(self.step_list.row(item))
        )
        self.step_list.model().rowsMoved.connect(self._rows_dragged)
        self.empty_label = label(
            self.tr("⚠ No steps yet. Press “Add a step” to choose the first one."), "problem"
        )
        self.empty_label.setObjectName("noSteps")
        column.addWidget(self.empty_label)
        column.addWidget(self.step_list, 1)
        self.steps_problem = problem_label()
        self.steps_problem.setObjectName("stepsProblem")
        column.addWidget(self.steps_problem)
        column.addStretch(0)  # takes the room only while the list is hidden

        self.add_button = button(self.tr("Add a step"), name=self.tr("Add a step"))
        self.add_button.setObjectName("addStep")
        self.add_button.clicked.connect(self.show_catalogue)
        column.addWidget(self.add_button)
        self.undo_bar = UndoBar()
        column.addWidget(self.undo_bar)
        return frame

    def _step_tools(self) -> QWidget:
        """Move up, Move down, Duplicate, Delete: for the step shown on the right."""
        self.step_tools = QWidget()
        grid = QGridLayout(self.step_tools)
        grid.setContentsMargins(0, 0, theme.space(2), 0)
        grid.setSpacing(theme.space(1))
        self.up_button = button(self.tr("↑ Up"), name=self.tr("Move the step up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = button(self.tr("↓ Down"), name=self.tr("Move the step down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.duplicate_button = button(self.tr("Duplicate"), name=self.tr("Duplicate the step"))
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.delete_button = button(self.tr("Delete"), name=self.tr("Delete the step"))
        self.delete_button.setObjectName("deleteStep")
        self.delete_button.clicked.connect(self.delete_current)
        # Two rows of two when the text is large, else one row.
        wide = theme.current_text_scale(QApplication.instance()) < 1.5
        for number, widget in enumerate(
            (self.up_button, self.down_button, self.duplicate_button, self.delete_button)
        ):
            widget.setProperty("editorTool", "true")
            row, col = (0, number) if wide else divmod(number, 2)
            grid.addWidget(widget, row, col)
        return self.step_tools

    def _fields_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(theme.space(1.5))
        column.addWidget(self._step_tools())
        column.addWidget(self._fields_scroll(), 1)
        return side

    def _fields_scroll(self) -> QScrollArea:
        self.fields_scroll = QScrollArea()
        self.fields_scroll.setObjectName("pageScroll")
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder.setObjectName("page")
        self.fields_column = QVBoxLayout(holder)
        self.fields_column.setContentsMargins(0, 0, theme.space(2), theme.space(2))
        self.about_panel = AboutPanel()
        self.note_label = self.about_panel.note
        self.note_label.setText(self._notes)
        self.note_label.setVisible(bool(self._notes))
        self.about_panel.load(self.draft.top)
        self.about_panel.changed.connect(self._about_changed)
        self.fields_column.addWidget(self.about_panel)
        self.catalogue: StepCatalogue | None = None
        self.fields_scroll.setWidget(holder)
        return self.fields_scroll

    def _shortcuts(self) -> None:
        # Key handling through an event filter rather than QShortcut: it works whatever
        # window is active, and the list's own arrow keys still choose a step.
        self.step_list.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.step_list and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            alt = mods & Qt.KeyboardModifier.AltModifier
            if alt and key == Qt.Key.Key_Up:
                self.move_current(-1)
                return True
            if alt and key == Qt.Key.Key_Down:
                self.move_current(1)
                return True
            if key == Qt.Key.Key_Delete and not mods:
                self.delete_current()
                return True
            if key == Qt.Key.Key_D and mods & Qt.KeyboardModifier.ControlModifier:
                self.duplicate_current()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Reached when the focused field does not use the key itself.
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def _keep_heat_in_limit(self) -> list[str]:
        """A heat step over the editor's limit (possible in a hand-written file) is cut
        back to it, and the editor says so."""
        notes = []
        for index, step in enumerate(self.draft.steps):
            apply_s = step.data.get("apply_s")
            too_long = isinstance(apply_s, (int, float)) and apply_s > HEAT_STANDARD_MAX_S
            if step.data.get("type") == "heat" and too_long:
                self.draft.set_step_field(index, "apply_s", HEAT_STANDARD_MAX_S)
                notes.append(
                    self.tr(
                        "The heat time was over {n} minutes; the editor keeps it to {n}."
                    ).format(n=HEAT_STANDARD_MAX_S // 60)
                )
        return notes

    # --- the step list ----------------------------------------------------------------

    def _about_problems(self) -> dict[str, list[str]]:
        # A problem with the steps as a whole shows under the list, not here.
        return {k: v for k, v in self.draft.problems().routine.items() if k != "steps"}

    def step_words(self, index: int) -> str:
        """How a step reads in the list: '2. Chin tuck' and its dose and time."""
        step = self.draft.steps[index].data
        problems = self.draft.problems().for_step(index)
        seconds = self.draft.step_seconds(index, self.session_settings)
        mark = "⚠ " if problems else ""
        title = str(step.get("title") or self.tr("(no name yet)"))
        second = dose_words(step)
        if seconds is not None:
            second = f"{second} · {time_words(seconds)}" if second else time_words(seconds)
        elif problems:
            second = self.tr("Something to fix")
        return f"{mark}{index + 1}. {title}\n{second}"

    def rebuild_list(self) -> None:
        """Show the steps again (after adding, removing or moving one)."""
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for index in range(len(self.draft.steps)):
            item = QListWidgetItem(self.step_words(index))
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            self.step_list.addItem(item)
        self._fit_items()
        if isinstance(self.current, int) and self.current < self.step_list.count():
            self.step_list.setCurrentRow(self.current)
        self.step_list.blockSignals(False)
        self._update_step_buttons()

    def _refresh_list_words(self) -> None:
        for index in range(self.step_list.count()):
            item = self.step_list.item(index)
            words = self.step_words(index)
            if item.text() != words:
                item.setText(words)
        self._fit_items()

    def _fit_items(self) -> None:
        """Give every row the height its wrapped words need (the list's own guess leaves
        out the padding the style adds, and cuts long names off)."""
        list_ = self.step_list
        width = list_.viewport().width() - ITEM_PADDING_X
        if width <= 0:
            return
        metrics = QFontMetrics(list_.font())
        for index in range(list_.count()):
            item = list_.item(index)
            box = metrics.boundingRect(
                QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            size = QSize(width, box.height() + ITEM_PADDING_Y)
            if item.sizeHint() != size:
                item.setSizeHint(size)
        if isinstance(self.current, int) and self.current < list_.count():
            list_.scrollToItem(list_.item(self.current))  # the chosen step stays in sight

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_items()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_items()
        if not self._shown_once:
            self._shown_once = True
            self.about_panel.title_edit.setFocus()

    def _update_step_buttons(self) -> None:
        chosen = isinstance(self.current, int)
        count = len(self.draft.steps)
        self.duplicate_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and self.current > 0)
        self.down_button.setEnabled(chosen and self.current < count - 1)
        self.about_button.setChecked(self.current == ABOUT)
        self.step_tools.setVisible(chosen)

    @Slot(int)
    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.draft.steps) and row != self.current:
            self.show_step(row)

    @Slot(QModelIndex, int, int, QModelIndex, int)
    def _rows_dragged(self, *_args: object) -> None:
        # The list moved its items itself; the draft follows, then every row is renumbered.
        order = [
            int(self.step_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.step_list.count())
        ]
        if order == list(range(len(order))):
            return
        chosen = self.current
        self.draft.reorder(order)
        if isinstance(chosen, int):
            self.current = order.index(chosen)
        for row in range(self.step_list.count()):
            self.step_list.item(row).setData(Qt.ItemDataRole.UserRole, row)
        self.after_change()
        if isinstance(self.current, int):
            self.show_step(self.current, force=True)

    # --- the right-hand side ------------------------------------------------------------

    def _set_right(self, widget: QWidget | None) -> None:
        for other in (self.about_panel, self.panel, self.catalogue):
            if other is not None and other is not widget:
                other.hide()
        if self.panel is not None and self.panel is not widget:
            self.fields_column.removeWidget(self.panel)
            self.panel.deleteLater()
            self.panel = None
        if widget is not None:
            widget.show()
        self.fields_scroll.verticalScrollBar().setValue(0)

    @Slot()
    def show_about(self) -> None:
        """Show the routine's own fields: name, kind, summary, safety points."""
        self.current = ABOUT
        self.step_list.blockSignals(True)
        self.step_list.clearSelection()
        self.step_list.setCurrentRow(-1)
        self.step_list.blockSignals(False)
        self._set_right(self.about_panel)
        self.about_panel.show_problems(self._about_problems())
        self._update_step_buttons()

    def show_step(self, index: int, *, force: bool = False) -> StepPanel:
        """Show one step's fields."""
        if index == self.current and self.panel is not None and not force:
            return self.panel
        self.current = index
        panel = panel_for(self.draft.steps[index].data)
        panel.changed.connect(self._step_changed)
        self._set_right(None)
        self.panel = panel
        self.fields_column.addWidget(panel)
        self._set_right(panel)
        panel.show_problems(self.draft.problems().for_step(index))
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(index)
        self.step_list.blockSignals(False)
        item = self.step_list.item(index)
        if item is not None:
            self.step_list.scrollToItem(item)
        self._update_step_buttons()
        return panel

    @Slot()
    def show_catalogue(self) -> StepCatalogue:
        """Show the page to add a step (built on first use: it draws every picture)."""
        if self.catalogue is None:
            self.catalogue = StepCatalogue()
            self.catalogue.chosen.connect(self.add_step)
            self.catalogue.back.connect(self._back_from_catalogue)
            self.fields_column.addWidget(self.catalogue)
        self._return_to = self.current
        self.catalogue.set_kind(self.draft.kind)
        self.current = ADDING
        self._set_right(self.catalogue)
        self._update_step_buttons()
        self.catalogue.back_button.setFocus()
        return self.catalogue

    @Slot()
    def _back_from_catalogue(self) -> None:
        back = getattr(self, "_return_to", ABOUT)
        if isinstance(back, int) and back < len(self.draft.steps):
            self.show_step(back, force=True)
            self.step_list.setFocus()
        else:
            self.show_about()
            self.about_button.setFocus()

    # --- changes ------------------------------------------------------------------------

    @Slot(str, object)
    def _about_changed(self, key: str, value: object) -> None:
        self.draft.set_field(key, value)
        self.after_change()
        self.about_panel.show_problems(self._about_problems())

    @Slot(str, object)
    def _step_changed(self, key: str, value: object) -> None:
        if not isinstance(self.current, int):
            return
        self.draft.set_step_field(self.current, key, value)
        self.after_change()
        if self.panel is not None:
            self.panel.show_problems(self.draft.problems().for_step(self.current))

    def add_step(self, table: dict, blank: bool = False) -> int:
        """Add a step after the chosen one (or at the end) and show it."""
        after = getattr(self, "_return_to", None)
        at = after + 1 if isinstance(after, int) else None
        index = self.draft.add_step(table, at, auto_id=blank)
        self.current = index
        self.rebuild_list()
        self.after_change()
        self.show_step(index, force=True)
        self.undo_bar.dismiss()
        if self.panel is not None:
            self.panel.title_edit.setFocus()
        return index

    @Slot()
    def duplicate_current(self) -> None:
        if not isinstance(self.current, int):
            return
        index = self.draft.duplicate_step(self.current)
        self.current = index
        self.rebuild_list()
        self.after_change()
        self.show_step(index, force=True)

    def move_current(self, by: int) -> None:
        """Move the chosen step up (-1) or down (+1)."""
        if not isinstance(self.current, int):
            return
        index = self.draft.move_step(self.current, self.current + by)
        self.current = index
        self.rebuild_list()
        self.after_change()
        self.show_step(index, force=True)
        self.step_list.setFocus()

    @Slot()
    def delete_current(self) -> None:
        """Delete the chosen step at once; Undo puts it back where it was."""
        if not isinstance(self.current, int):
            return
        index = self.current
        step = self.draft.remove_step(index)
        title = str(step.data.get("title") or self.tr("the step"))

        def restore() -> None:
            back = self.draft.restore_step(index, step)
            self.current = back
            self.rebuild_list()
            self.after_change()
            self.show_step(back, force=True)

        if self.draft.steps:
            self.current = min(index, len(self.draft.steps) - 1)
            self.rebuild_list()
            self.show_step(self.current, force=True)
        else:
            self.current = ABOUT
            self.rebuild_list()
            self.show_about()
        self.after_change()
        self.undo_bar.offer(self.tr("Deleted “{title}”.").format(title=title), restore)
        self.step_list.setFocus()

    def after_change(self) -> None:
        """Re-check: list marks, the total, the status line."""
        self._refresh_list_words()
        self._update_step_buttons()
        self.refresh_status()
        if self.current == ABOUT:
            self.about_panel.show_problems(self._about_problems())
        self.confirm_bar.hide()

    def refresh_status(self) -> None:
        """The live total time, and how many things are left to fix."""
        # Steps with a problem are not counted; the line under it says there is one.
        total, _left_out = self.draft.total_seconds(self.session_settings)
        self.total_label.setText(self.tr("Total time: {time}").format(time=time_words(total)))
        count = self.draft.problems().count
        self.status_label.setVisible(count > 0)
        if count == 0:
            self.status_label.setText("")
        elif count == 1:
            self.status_label.setText(self.tr("⚠ 1 thing to fix before saving"))
        else:
            self.status_label.setText(
                self.tr("⚠ {n} things to fix before saving").format(n=count)
            )
        self.about_button.setText(
            self.tr("⚠ About this routine")
            if self._about_problems()
            else self.tr("About this routine")
        )
        # No steps yet: one line saying what to do, instead of an empty list and a problem.
        empty = not self.draft.steps
        steps_problems = [] if empty else self.draft.problems().routine.get("steps", [])
        show_problem(self.steps_problem, "\n".join(f"⚠ {m}" for m in steps_problems))
        self.empty_label.setVisible(empty)
        self.step_list.setVisible(not empty)

    # --- save and leave -----------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """True when something was changed since the editor opened."""
        return self.draft.data() != self._initial

    @Slot()
    def save(self) -> bool:
        """Save if there is nothing to fix; else show where to look. True when saved."""
        problems = self.draft.problems()
        if problems.count:
            self.refresh_status()
            self.status_label.setText(
                self.tr("⚠ Nothing was saved: please fix what is marked ⚠ first.")
            )
            self.status_label.show()
            self._show_first_problem()
            return False
        try:
            routine = save_routine(self.draft.data(), self.data_dir, path=self.path)
        except RoutineSaveError as error:
            self.status_label.setText(f"⚠ {error}")
            self.status_label.show()
            return False
        self.saved_routine = routine
        self._initial = self.draft.data()
        self.saved.emit(routine)
        self.close_editor()
        return True

    def _show_first_problem(self) -> None:
        problems = self.draft.problems()
        if self._about_problems():
            self.show_about()
            return
        if problems.steps:
            self.show_step(min(problems.steps), force=True)

    @Slot()
    def cancel(self) -> None:
        """Leave; with unsaved changes, ask first (in the page, not a pop-up)."""
        if self.dirty and not self.confirm_bar.isVisible():
            self.confirm_bar.show()
            self.keep_button.setFocus()
            return
        if not self.dirty:
            self.close_editor()

    @Slot()
    def close_editor(self) -> None:
        """Done: stop the preview and tell whoever showed the editor."""
        if self._closing:
            return
        self._closing = True
        self.undo_bar.dismiss()
        if self.panel is not None:
            self.panel.hide()  # stops a breathing preview
        self.closed.emit()

    # --- look ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._restyle()

    def _restyle(self) -> None:
        app = QApplication.instance()
        palette = theme.current_palette(app)
        scale = theme.current_text_scale(app) if app is not None else 1.0
        key = (palette.name, scale)
        if key == self._style_key:
            return
        self._style_key = key
        self.setStyleSheet(editor_stylesheet(palette, scale))


# --- opening the editor ----------------------------------------------------------------


def new_routine_editor(
    data_dir: Path, library: Library, settings: SessionSettings | None = None
) -> RoutineEditor:
    """The editor on a new, empty stretch routine."""
    title = QApplication.translate("RoutineEditor", "My routine")
    data = {
        "id": unique_id("my-routine", library.ids),
        "title": title,
        "kind": "stretch",
        "summary": QApplication.translate(
            "RoutineEditor", "The exercises my physiotherapist chose for me."
        ),
        "steps": [],
    }
    draft = RoutineDraft(data, taken_ids=library.ids, new=True)
    return RoutineEditor(
        data_dir,
        draft,
        heading=QApplication.translate("RoutineEditor", "New routine"),
        session_settings=settings,
    )


def edit_routine_editor(
    data_dir: Path, routine: Routine, library: Library, settings: SessionSettings | None = None
) -> RoutineEditor:
    """The editor on a routine. A built-in is saved as the patient's own version."""
    draft = RoutineDraft.from_routine(routine, taken_ids=library.ids)
    if routine.builtin:
        note = QApplication.translate(
            "RoutineEditor",
            "One of the app's own routines: saving keeps your version in its place. "
            "“Reset to original” brings the original back.",
        )
        path = None
    else:
        note = (
            QApplication.translate(
                "RoutineEditor",
                "Your own version of one of the app's routines. “Reset to original” in the "
                "list of routines brings the original back.",
            )
            if is_own_version(routine)
            else ""
        )
        path = routine.source
    return RoutineEditor(
        data_dir,
        draft,
        heading=QApplication.translate("RoutineEditor", "Change a routine"),
        note=note,
        path=path,
        session_settings=settings,
    )


def copy_routine_editor(
    data_dir: Path, routine: Routine, library: Library, settings: SessionSettings | None = None
) -> RoutineEditor:
    """The editor on a copy of a routine, with a new id and name."""
    data = copy_data(routine, library)
    draft = RoutineDraft(data, taken_ids=library.ids)
    return RoutineEditor(
        data_dir,
        draft,
        heading=QApplication.translate("RoutineEditor", "Copy of a routine"),
        note=QApplication.translate(
            "RoutineEditor",
            "A copy: change what you like; the routine it came from stays as it is.",
        ),
        session_settings=settings,
    )


__all__ = [
    "RoutineEditor",
    "copy_routine_editor",
    "edit_routine_editor",
    "new_routine_editor",
    "time_words",
]
