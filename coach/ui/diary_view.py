"""The Diary screen: a spasm rating in two taps, optional details, and every entry by day.

Two taps save an entry (a number, then Save); pain, stress, sleep, the sensory trick and a
note wait behind "Add details". Entries are listed newest day first, PAGE_DAYS at a time,
each with Change (the same form, filled in) and Delete (at once, with Undo). It holds no
rules of its own beyond checking what was typed; records come from and go to the Store.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from coach.core.records import SymptomEntry
from coach.store.errors import StoreError
from coach.ui import theme
from coach.ui.form_fields import (
    add_show_earlier,
    button,
    day_heading,
    day_phrase,
    short_date,
)
from coach.ui.page import fit_content_width, label, scroll_page
from coach.ui.rating_widget import RatingWidget
from coach.ui.symptom_form import SymptomForm
from coach.ui.today_view import TICK, clock_time
from coach.ui.undo_bar import add_undo_bar

if TYPE_CHECKING:
    from coach.store.database import Store

#: Days of entries shown at first, and added by each "Show earlier entries".
PAGE_DAYS = 30


# --- what the list shows ----------------------------------------------------------------


@dataclass(frozen=True)
class DayGroup:
    """One day of entries, newest entry first."""

    day: date
    entries: tuple[SymptomEntry, ...]


def group_by_day(entries: list[SymptomEntry], since: date | None = None) -> list[DayGroup]:
    """Entries grouped by their local day (newest day first), from `since` on."""
    days: dict[date, list[SymptomEntry]] = {}
    for entry in entries:
        day = entry.day
        if since is None or day >= since:
            days.setdefault(day, []).append(entry)
    return [
        DayGroup(day, tuple(sorted(days[day], key=lambda e: e.recorded_at, reverse=True)))
        for day in sorted(days, reverse=True)
    ]


def trick_words(used: bool | None, helped: bool | None) -> str:
    """How the sensory trick went, in a few words ('' when not recorded)."""
    if used is None:
        return ""
    if not used:
        return QCoreApplication.translate("DiaryView", "no sensory trick")
    if helped is None:
        return QCoreApplication.translate("DiaryView", "sensory trick used")
    if helped:
        return QCoreApplication.translate("DiaryView", "sensory trick helped")
    return QCoreApplication.translate("DiaryView", "sensory trick did not help")


def entry_extras(entry: SymptomEntry) -> str:
    """The optional details given: 'pain 5 · stress 3 · sleep quality 7 · sensory trick
    helped' ('' when none)."""
    parts = []
    if entry.pain is not None:
        parts.append(QCoreApplication.translate("DiaryView", "pain {n}").format(n=entry.pain))
    if entry.stress is not None:
        parts.append(
            QCoreApplication.translate("DiaryView", "stress {n}").format(n=entry.stress)
        )
    if entry.sleep is not None:
        parts.append(
            QCoreApplication.translate("DiaryView", "sleep quality {n}").format(n=entry.sleep)
        )
    trick = trick_words(entry.sensory_trick, entry.sensory_trick_helped)
    if trick:
        parts.append(trick)
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


def entry_summary(entry: SymptomEntry) -> str:
    """'Spasm 6 · pain 5 · ...': the whole entry but its note, in one line."""
    extras = entry_extras(entry)
    spasm = QCoreApplication.translate("DiaryView", "Spasm {n}").format(n=entry.spasm)
    return f"{spasm} · {extras[:1].lower()}{extras[1:]}" if extras else spasm


def earlier_start(since: date, earlier_days: list[date]) -> date:
    """Where the list starts after 'Show earlier entries': PAGE_DAYS further back, or
    further still so that it always shows at least the next day that has entries."""
    if not earlier_days:
        return since
    latest = max(earlier_days)
    return min(since - timedelta(days=PAGE_DAYS), latest - timedelta(days=PAGE_DAYS - 1))


# --- one row of the list ----------------------------------------------------------------


class DiaryRow(QWidget):
    """One entry: time, numbers, note, and Change / Delete (under the text when narrow)."""

    def __init__(self, entry: SymptomEntry) -> None:
        super().__init__()
        self.entry = entry
        when = clock_time(entry.recorded_at)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, theme.space(1), 0, theme.space(1))
        self._grid.setHorizontalSpacing(theme.space(2))
        self._grid.setVerticalSpacing(theme.space(0.75))
        self.time_label = label(when, "entrytime", wrap=False)
        theme.qt_props(self.time_label, alignment="AlignLeft|AlignTop")
        self.spasm_label = label(self.tr("Spasm {n}").format(n=entry.spasm), "large")
        self.extras_label = label(entry_extras(entry))
        self.extras_label.setVisible(bool(self.extras_label.text()))
        self.note_label = label(entry.note, "muted")
        self.note_label.setVisible(bool(entry.note))
        texts = QVBoxLayout()
        texts.setSpacing(theme.space(0.5))
        texts.addWidget(self.spasm_label)
        texts.addWidget(self.extras_label)
        texts.addWidget(self.note_label)
        texts.addStretch(1)  # the words stay at the top when the buttons are taller
        self._buttons = QWidget()
        buttons = QHBoxLayout(self._buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(theme.space(1))
        self.change_button = button(
            self.tr("Change"), name=self.tr("Change the entry from {time}").format(time=when)
        )
        self.delete_button = button(
            self.tr("Delete"), name=self.tr("Delete the entry from {time}").format(time=when)
        )
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)  # under the words, the buttons keep their own width
        self._grid.addWidget(self.time_label, 0, 0)
        self._grid.addLayout(texts, 0, 1)
        self._grid.setColumnStretch(1, 1)
        self._narrow: bool | None = None
        self._place_buttons(narrow=False)

    @property
    def text(self) -> str:
        """The row as one line (what a screen reader would read)."""
        parts = (self.time_label.text(), entry_summary(self.entry), self.entry.note)
        return " ".join(t for t in parts if t)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The buttons sit beside the words while a sentence still fits next to them;
        # with large text they go underneath rather than squeeze the words thin.
        room = self.fontMetrics().averageCharWidth() * 40 + self._buttons.sizeHint().width()
        self._place_buttons(narrow=event.size().width() < room)
        # The small time sits on the same baseline as the large "Spasm 6" beside it.
        drop = self.spasm_label.fontMetrics().ascent() - self.time_label.fontMetrics().ascent()
        if self.time_label.contentsMargins().top() != max(0, drop):
            self.time_label.setContentsMargins(0, max(0, drop), 0, 0)

    def _place_buttons(self, *, narrow: bool) -> None:
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self._grid.removeWidget(self._buttons)
        if narrow:
            self._grid.addWidget(self._buttons, 1, 1)
        else:
            self._grid.addWidget(self._buttons, 0, 2, alignment=Qt.AlignmentFlag.AlignTop)


class DayBlock(QFrame):
    """A card with one day's heading and its entries."""

    def __init__(self, group: DayGroup, today: date) -> None:
        super().__init__()
        theme.set_role(self, "card")
        self.group = group
        self.today = today
        self.day = group.day
        layout = QVBoxLayout(self)
        pad = theme.space(2.5)
        layout.setContentsMargins(pad, theme.space(2), pad, theme.space(1.5))
        layout.setSpacing(0)
        self.heading = label(day_heading(group.day, today), "kindtitle")
        count = len(group.entries)
        self.heading.setAccessibleName(
            (self.tr("{day}: 1 entry") if count == 1 else self.tr("{day}: {n} entries")).format(
                day=day_heading(group.day, today), n=count
            )
        )
        layout.addWidget(self.heading)
        self.rows: list[DiaryRow] = []
        for i, entry in enumerate(group.entries):
            if i:
                divider = QFrame()
                theme.set_role(divider, "divider")
                divider.setFixedHeight(1)
                layout.addWidget(divider)
            row = DiaryRow(entry)
            layout.addWidget(row)
            self.rows.append(row)


# --- the screen ---------------------------------------------------------------------------


class DiaryView(QWidget):
    """The Diary screen. Call refresh() when the data may have changed."""

    #: Emitted after this screen wrote to the Store, so other screens can refresh.
    dataChanged = Signal()

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._now = now or (lambda: datetime.now().astimezone())
        self._since: date | None = None  # the first day listed; None until first refresh
        self._blocks: list[DayBlock] = []
        self._entries: list[SymptomEntry] = []
        self._first_day: date | None = None
        self._build()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self._scroll, self._content, column = scroll_page(self)
        self._fit_content_width()

        column.addWidget(label(self.tr("Diary"), "title"))
        self.form = SymptomForm()
        column.addWidget(self.form)
        self.form.save_button.clicked.connect(self.save)
        self.form.cancel_button.clicked.connect(self.cancel_edit)
        self.form.rating.valueChanged.connect(self._on_rating_changed)
        column.addSpacing(theme.space(2))

        column.addWidget(label(self.tr("Your entries"), "heading"))
        self.list_message = label("", "muted")
        self.list_message.setObjectName("listMessage")
        column.addWidget(self.list_message)
        self._days = QVBoxLayout()
        self._days.setSpacing(theme.space(1.5))
        column.addLayout(self._days)
        self.range_label = label("", "small")
        column.addWidget(self.range_label)
        self.show_earlier_button = add_show_earlier(
            column, self.tr("Show earlier entries"), "showEarlier", self.show_earlier
        )
        column.addStretch(1)

        self.undo_bar = add_undo_bar(self)
        self.undo_bar.undone.connect(self._after_undo)

    def _fit_content_width(self) -> None:
        fit_content_width(self._content)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_content_width()

    # --- reading ------------------------------------------------------------------------

    @property
    def day_blocks(self) -> list[DayBlock]:
        """The days shown, newest first."""
        return list(self._blocks)

    @property
    def rows(self) -> list[DiaryRow]:
        """Every entry row shown, newest first."""
        return [row for block in self._blocks for row in block.rows]

    @Slot()
    def refresh(self) -> None:
        """Re-read the entries and redraw the list (the form keeps what is typed in it)."""
        today = self._now().date()
        if self._since is None:
            self._since = today - timedelta(days=PAGE_DAYS - 1)
        try:
            entries = self._store.symptoms()
        except StoreError as error:
            self._show_message(
                self.tr("The entries could not be read just now. {problem}").format(
                    problem=error
                )
            )
            return
        self._entries = entries
        self._first_day = min((e.day for e in entries), default=None)
        self._redraw(today)

    def _redraw(self, today: date) -> None:
        since = self._since or today
        groups = group_by_day(self._entries, since)
        # A day whose entries did not change keeps its card: after one save only that
        # day is built again, not the whole month.
        old = {(block.group, block.today): block for block in self._blocks}
        for block in self._blocks:
            self._days.removeWidget(block)
        self._blocks = []
        for group in groups:
            block = old.pop((group, today), None) or self._new_block(group, today)
            self._days.addWidget(block)
            self._blocks.append(block)
        for block in old.values():
            block.hide()
            block.deleteLater()
        earlier = self._first_day is not None and self._first_day < since
        if not self._entries:
            self._show_message(
                self.tr("No entries yet. Each rating you save shows here, newest day first.")
            )
        elif not groups:
            self._show_message(
                self.tr("Nothing recorded in the last {n} days.").format(n=PAGE_DAYS)
            )
        else:
            self._show_message("")
        self.show_earlier_button.setVisible(earlier)
        shown_from = short_date(since, today)
        if earlier:
            self.range_label.setText(
                self.tr("Showing entries from {day} on.").format(day=shown_from)
            )
        else:
            self.range_label.setText(self.tr("That is everything in the diary."))
        self.range_label.setVisible(bool(self._entries) and bool(groups))
        self._order_tabs()

    def _order_tabs(self) -> None:
        # New day cards join the end of Tab's chain; put it back in reading order.
        chain: list[QWidget] = [self.form.cancel_button]
        for row in self.rows:
            chain += [row.change_button, row.delete_button]
        chain += [self.show_earlier_button, self.undo_bar.undo_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _new_block(self, group: DayGroup, today: date) -> DayBlock:
        block = DayBlock(group, today)
        for row in block.rows:
            row.change_button.clicked.connect(lambda _c=False, e=row.entry: self.edit(e))
            row.delete_button.clicked.connect(lambda _c=False, e=row.entry: self.delete(e))
        return block

    def _show_message(self, text: str) -> None:
        self.list_message.setText(text)
        self.list_message.setVisible(bool(text))

    @Slot()
    def show_earlier(self) -> None:
        """List PAGE_DAYS more days (or back to the next day with entries)."""
        today = self._now().date()
        since = self._since or today
        earlier = [e.day for e in self._entries if e.day < since]
        self._since = earlier_start(since, earlier)
        self._redraw(today)

    # --- writing --------------------------------------------------------------------------

    def _on_rating_changed(self, value: int | None) -> None:
        if value is not None:
            self.form.show_status("")
            # With large text Save may be below the fold: bring it into view, so the second
            # tap is always in sight.
            self._scroll.ensureWidgetVisible(self.form.save_button, 0, theme.space(3))

    @Slot()
    def save(self) -> None:
        """Save the form as a new entry, or as the changed entry; keeps it all on failure."""
        from uuid import uuid4

        now = self._now()
        entry = self.form.entry(str(uuid4()), now)
        if entry is None:
            return
        editing = self.form.editing is not None
        try:
            if editing:
                self._store.update_symptom(entry)
            else:
                self._store.add_symptom(entry)
        except StoreError as error:
            self.form.show_status(
                self.tr(
                    "Not saved: {problem} What you entered is still here; please try again."
                ).format(problem=error),
                ok=False,
            )
            return
        self.undo_bar.dismiss()  # a new change ends the chance to undo an older one
        self.form.start_new()
        if editing:
            self.form.show_status(f"{TICK} " + self.tr("Changes saved."))
        else:
            self.form.show_status(
                f"{TICK} "
                + self.tr("Saved: spasm {n} at {time}.").format(
                    n=entry.spasm, time=clock_time(entry.recorded_at)
                )
            )
        self.refresh()
        self.dataChanged.emit()

    def edit(self, entry: SymptomEntry) -> None:
        """Open an entry in the form to change it."""
        self.form.start_edit(entry, self._now().date())
        self._scroll.ensureWidgetVisible(self.form, 0, 0)
        self._scroll.verticalScrollBar().setValue(0)
        self.form.rating.setFocus()

    @Slot()
    def cancel_edit(self) -> None:
        """Leave the entry as it was and empty the form."""
        self.form.start_new()
        self.form.show_status("")

    def delete(self, entry: SymptomEntry) -> None:
        """Delete an entry at once and offer Undo."""
        try:
            self._store.delete_symptom(entry.id)
        except StoreError as error:
            self.undo_bar.tell(self.tr("Not deleted: {problem}").format(problem=error))
            return
        if self.form.editing is not None and self.form.editing.id == entry.id:
            self.form.start_new()
        self.form.show_status("")
        day = day_phrase(entry.day, self._now().date())
        self.undo_bar.offer(
            self.tr("Deleted the {time} entry from {day}.").format(
                time=clock_time(entry.recorded_at), day=day
            ),
            lambda: self._store.add_symptom(entry),
        )
        self.refresh()
        self.undo_bar.undo_button.setFocus()  # the row's own buttons are gone
        self.dataChanged.emit()

    def undo(self) -> bool:
        """Put the last deleted entry back, with its id; True if it worked."""
        return self.undo_bar.undo()

    def _after_undo(self) -> None:
        self.refresh()
        self.dataChanged.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A number then Enter saves, for people who cannot use a mouse today; only from
        # the ratings, so Enter on a row's Delete button never saves by surprise.
        from PySide6.QtCore import Qt

        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        focus = QApplication.focusWidget()
        from_rating = isinstance(focus, RatingWidget) and self.form.isAncestorOf(focus)
        if enter and from_rating and self.form.save_button.isEnabled():
            self.save()
            event.accept()
            return
        super().keyPressEvent(event)
