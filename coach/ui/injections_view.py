"""The Injections screen: where today lies in the cycle, the form, the red flags, the list.

One line says where today lies in the injection cycle (from coach.analysis). The form
opens with "Add an injection" or a row's Change; the red-flag reminder stays in sight
under it. Injections are listed newest first, PAGE_SIZE at a time, each with Change and
Delete (at once, with Undo). Records come from and go to the Store.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from coach.analysis.cycles import cycle_position
from coach.core.records import Injection
from coach.store.errors import StoreError
from coach.ui import theme
from coach.ui.form_fields import add_show_earlier, button, short_date
from coach.ui.i18n import translate, weekday_day_month
from coach.ui.injection_form import InjectionForm, effect_label, units_text
from coach.ui.page import fit_content_width, label, scroll_page
from coach.ui.red_flags import RedFlagsPanel
from coach.ui.today_view import TICK
from coach.ui.undo_bar import add_undo_bar

if TYPE_CHECKING:
    from coach.store.database import Store

#: Injections listed at first, and added by each "Show earlier injections" (about 3 years).
PAGE_SIZE = 12


def cycle_line(injection_dates: list[date], today: date) -> str:
    """'Day 23 since your injection on 3 November (week 4).' and any planned next one."""
    position = cycle_position(injection_dates, today)
    later = sorted(d for d in injection_dates if d > today)
    if position is None:
        text = "" if later else translate("InjectionsView", "No injections recorded yet.")
    elif position.day == 0:
        text = translate("InjectionsView", "Injection day today.")
    else:
        on = short_date(position.injection_date, today)
        text = translate(
            "InjectionsView", "Day {n} since your injection on {day} (week {week})."
        ).format(n=position.day, day=on, week=position.week)
    if later:
        text += " " + translate("InjectionsView", "Next injection planned for {day}.").format(
            day=short_date(later[0], today)
        )
    return text.strip()


def long_date(day: date) -> str:
    """'Tuesday 3 November 2026'."""
    return f"{weekday_day_month(day)} {day.year}"


def noticed_words(what: str, day: date | None, injected: date) -> str:
    """'Benefit noticed 10 November (day 7)', or '' when not noted."""
    if day is None:
        return ""
    return translate("InjectionsView", "{what} {day} (day {n})").format(
        what=what, day=short_date(day, injected), n=(day - injected).days
    )


def injection_lines(injection: Injection, today: date) -> list[str]:
    """The lines a list row shows under the date (empty ones left out)."""
    product = " · ".join(
        part
        for part in (
            injection.product,
            translate("InjectionsView", "{n} units").format(n=units_text(injection.units))
            if injection.units is not None
            else "",
        )
        if part
    )
    noticed = " · ".join(
        part
        for part in (
            noticed_words(
                translate("InjectionsView", "Benefit noticed"),
                injection.onset_noticed,
                injection.date,
            ),
            noticed_words(
                translate("InjectionsView", "Wearing off noticed"),
                injection.wearing_off_noticed,
                injection.date,
            ),
        )
        if part
    )
    effects = ", ".join(
        effect_label(e.name)
        + (
            " "
            + translate("InjectionsView", "(from {day})").format(
                day=short_date(e.noticed_on, injection.date)
            )
            if e.noticed_on
            else ""
        )
        for e in injection.side_effects
    )
    lines = [
        product,
        translate("InjectionsView", "Muscles: {muscles}").format(muscles=injection.muscles)
        if injection.muscles
        else "",
        noticed,
        translate("InjectionsView", "Side effects: {effects}").format(effects=effects)
        if effects
        else "",
        translate("InjectionsView", "Note: {note}").format(note=injection.note)
        if injection.note
        else "",
    ]
    return [line for line in lines if line]


class InjectionRow(QFrame):
    """One injection as a card: its date, what was noted, Change and Delete."""

    def __init__(self, injection: Injection, today: date) -> None:
        super().__init__()
        theme.set_role(self, "card")
        self.injection = injection
        grid = self._grid = QGridLayout(self)
        pad = theme.space(2.5)
        grid.setContentsMargins(pad, theme.space(2), pad, theme.space(2))
        grid.setHorizontalSpacing(theme.space(2))
        grid.setVerticalSpacing(theme.space(1))
        title = long_date(injection.date)
        if injection.date > today:
            title += " " + self.tr("(planned)")
        self.title_label = label(title, "kindtitle")
        texts = QVBoxLayout()
        texts.setSpacing(theme.space(0.5))
        texts.addWidget(self.title_label)
        self.line_labels = [label(line) for line in injection_lines(injection, today)]
        for line in self.line_labels:
            texts.addWidget(line)
        texts.addStretch(1)
        self._buttons = QWidget()
        buttons = QHBoxLayout(self._buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(theme.space(1))
        when = short_date(injection.date)
        self.change_button = button(
            self.tr("Change"), name=self.tr("Change the injection of {day}").format(day=when)
        )
        self.delete_button = button(
            self.tr("Delete"), name=self.tr("Delete the injection of {day}").format(day=when)
        )
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)  # under the words, the buttons keep their own width
        grid.addLayout(texts, 0, 0)
        grid.setColumnStretch(0, 1)
        self._narrow: bool | None = None
        self._place_buttons(narrow=False)

    @property
    def text(self) -> str:
        """The row as one string (what a screen reader would read)."""
        return " ".join([self.title_label.text(), *(x.text() for x in self.line_labels)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = self.fontMetrics().averageCharWidth() * 40 + self._buttons.sizeHint().width()
        self._place_buttons(narrow=event.size().width() < room)

    def _place_buttons(self, *, narrow: bool) -> None:
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self._grid.removeWidget(self._buttons)
        if narrow:
            self._grid.addWidget(self._buttons, 1, 0)
        else:
            self._grid.addWidget(self._buttons, 0, 1, alignment=Qt.AlignmentFlag.AlignTop)


class InjectionsView(QWidget):
    """The Injections screen. Call refresh() when the data may have changed."""

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
        self._injections: list[Injection] = []  # newest first
        self._shown = PAGE_SIZE
        self._rows: list[InjectionRow] = []
        self._refreshed = False
        self._build()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self._scroll, self._content, column = scroll_page(self)
        self._fit_content_width()

        column.addWidget(label(self.tr("Injections"), "title"))
        self.cycle_label = label("", "large")
        self.cycle_label.setObjectName("cycleLine")
        column.addWidget(self.cycle_label)

        add_row = QHBoxLayout()
        self.add_button = button(self.tr("Add an injection"), "primary")
        self.add_button.setObjectName("addInjection")
        self.add_button.clicked.connect(self.start_new)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        column.addLayout(add_row)
        self.confirmation = label("", "confirmed")
        self.confirmation.setObjectName("injectionSaved")
        self.confirmation.hide()
        column.addWidget(self.confirmation)

        self.form = InjectionForm(self._now().date())
        self.form.hide()
        self.form.save_button.clicked.connect(self.save)
        self.form.cancel_button.clicked.connect(self.close_form)
        column.addWidget(self.form)

        self.red_flags = RedFlagsPanel()
        column.addWidget(self.red_flags)
        column.addSpacing(theme.space(2))

        column.addWidget(label(self.tr("Your injections"), "heading"))
        self.list_message = label("", "muted")
        column.addWidget(self.list_message)
        self._list = QVBoxLayout()
        self._list.setSpacing(theme.space(1.5))
        column.addLayout(self._list)
        self.show_earlier_button = add_show_earlier(
            column,
            self.tr("Show earlier injections"),
            "showEarlierInjections",
            self.show_earlier,
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

    # --- reading ----------------------------------------------------------------------

    @property
    def rows(self) -> list[InjectionRow]:
        """The injections shown, newest first."""
        return list(self._rows)

    @Slot()
    def refresh(self) -> None:
        """Re-read the injections and redraw (the form keeps what is typed in it)."""
        today = self._now().date()
        try:
            injections = self._store.injections()
        except StoreError as error:
            self.list_message.setText(
                self.tr("The injections could not be read just now. {problem}").format(
                    problem=error
                )
            )
            self.list_message.show()
            return
        self._injections = sorted(injections, key=lambda i: (i.date, i.id), reverse=True)
        self.cycle_label.setText(cycle_line([i.date for i in injections], today))
        products = sorted({i.product for i in injections if i.product}, key=str.lower)
        self.form.set_products(products)
        if not self._refreshed:
            self._refreshed = True
            if not injections:
                # Nothing to list yet: the form is what this screen is for. Focus stays
                # where the patient put it (the navigation, perhaps).
                self.form.start_new(today)
                self._open_form(focus=False)
        self._redraw(today)

    def _redraw(self, today: date) -> None:
        for row in self._rows:
            self._list.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = []
        for injection in self._injections[: self._shown]:
            row = InjectionRow(injection, today)
            row.change_button.clicked.connect(lambda _c=False, i=injection: self.edit(i))
            row.delete_button.clicked.connect(lambda _c=False, i=injection: self.delete(i))
            self._list.addWidget(row)
            self._rows.append(row)
        self.list_message.setText(
            "" if self._injections else self.tr("None yet. Each injection you save shows here.")
        )
        self.list_message.setVisible(not self._injections)
        self.show_earlier_button.setVisible(len(self._injections) > self._shown)
        # New rows join the end of Tab's chain; put it back in reading order.
        chain: list[QWidget] = [self.form.cancel_button]
        for row in self._rows:
            chain += [row.change_button, row.delete_button]
        chain += [self.show_earlier_button, self.undo_bar.undo_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    @Slot()
    def show_earlier(self) -> None:
        """List PAGE_SIZE more injections."""
        self._shown += PAGE_SIZE
        self._redraw(self._now().date())

    # --- the form ---------------------------------------------------------------------

    @Slot()
    def start_new(self) -> None:
        """Open an empty form for a new injection."""
        self.form.start_new(self._now().date())
        self._open_form()

    def edit(self, injection: Injection) -> None:
        """Open the form filled with an injection, to change it."""
        self.form.start_edit(injection, self._now().date())
        self._open_form()

    def _open_form(self, *, focus: bool = True) -> None:
        self._confirm("")
        self.add_button.hide()
        self.form.show()
        if focus:
            self.form.date.setFocus()
            self._scroll.ensureWidgetVisible(self.form.heading, 0, theme.space(3))

    @Slot()
    def close_form(self) -> None:
        """Close the form; nothing is saved."""
        self.form.hide()
        self.form.editing = None
        self.add_button.show()
        self.add_button.setFocus()

    @Slot()
    def save(self) -> None:
        """Save the form (new or changed); on any problem keep everything typed."""
        from uuid import uuid4

        today = self._now().date()
        injection = self.form.injection(str(uuid4()), today)
        if injection is None:
            return
        editing = self.form.editing is not None
        try:
            if editing:
                self._store.update_injection(injection)
            else:
                self._store.add_injection(injection)
        except StoreError as error:
            self.form.show_status(
                self.tr(
                    "Not saved: {problem} What you entered is still here; please try again."
                ).format(problem=error)
            )
            return
        self.undo_bar.dismiss()
        self.close_form()
        done = (
            self.tr("Changes saved: injection of {day}.")
            if editing
            else self.tr("Saved: injection of {day}.")
        )
        self._confirm(f"{TICK} " + done.format(day=short_date(injection.date)))
        self.refresh()
        self.dataChanged.emit()

    def delete(self, injection: Injection) -> None:
        """Delete an injection at once and offer Undo."""
        try:
            self._store.delete_injection(injection.id)
        except StoreError as error:
            self.undo_bar.tell(self.tr("Not deleted: {problem}").format(problem=error))
            return
        self._confirm("")
        if self.form.editing is not None and self.form.editing.id == injection.id:
            self.close_form()
        self.undo_bar.offer(
            self.tr("Deleted the injection of {day}.").format(day=short_date(injection.date)),
            lambda: self._store.add_injection(injection),
        )
        self.refresh()
        self.undo_bar.undo_button.setFocus()
        self.dataChanged.emit()

    def _confirm(self, text: str, *, ok: bool = True) -> None:
        # Red is kept for red flags: a problem is written plainly in the text colour.
        theme.set_role(self.confirmation, "confirmed" if ok else "problem")
        self.confirmation.setText(text)
        self.confirmation.setVisible(bool(text))

    def undo(self) -> bool:
        """Put the last deleted injection back, with its id; True if it worked."""
        return self.undo_bar.undo()

    def _after_undo(self) -> None:
        self.refresh()
        self.dataChanged.emit()
