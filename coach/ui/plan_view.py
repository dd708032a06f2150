"""The Plan screen: how often the patient means to do each kind, on which days, and when
the app should remind them, plus the routine each reminder starts.

Saving writes one plan row per changed kind with valid_from = today (DESIGN.md): the weeks
before keep the plan that was in force then, so past adherence never changes. The routine
choice and the reminder switches are settings. Heat is held to the patient's heat rules
here too: no more heat sessions a day than the daily limit, and reminder times at least the
cool-down apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coach.analysis.planning import PlanIndex
from coach.core.planned_routine import planned_routine
from coach.core.records import KINDS, Kind, PlanRow
from coach.core.routine_library import Library, load_library
from coach.core.settings import Settings
from coach.store.errors import StoreError
from coach.ui import theme
from coach.ui.form_fields import WrappingCheck, button, problem_label, show_problem
from coach.ui.i18n import kind_title, translate, weekday_name
from coach.ui.page import card, fit_content_width, kind_frame, label, scroll_page

if TYPE_CHECKING:
    from coach.store.database import Store

#: The most sessions of one kind the screen offers a day.
MOST_A_DAY = 8
#: Reminder times offered first when the count goes up, in order.
DEFAULT_TIMES = ("09:00", "18:00", "13:00", "21:00", "11:00", "15:30", "20:00", "07:30")
DAY_LETTERS = (
    QT_TRANSLATE_NOOP("PlanView", "Mon"),
    QT_TRANSLATE_NOOP("PlanView", "Tue"),
    QT_TRANSLATE_NOOP("PlanView", "Wed"),
    QT_TRANSLATE_NOOP("PlanView", "Thu"),
    QT_TRANSLATE_NOOP("PlanView", "Fri"),
    QT_TRANSLATE_NOOP("PlanView", "Sat"),
    QT_TRANSLATE_NOOP("PlanView", "Sun"),
)


def day_short(weekday: int) -> str:
    """'Mon' ... 'Sun' (0 = Monday), in the language shown."""
    return translate("PlanView", DAY_LETTERS[weekday])


@dataclass(frozen=True)
class KindPlan:
    """What one kind's card holds: the plan of that kind as the patient set it."""

    kind: Kind
    times_per_day: int
    weekdays: frozenset[int]
    remind: bool
    times: tuple[str, ...]  # "HH:MM", one per session when remind is on

    def row(self, valid_from: date) -> PlanRow:
        reminder_times = tuple(sorted(self.times)) if self.remind and self.times_per_day else ()
        weekdays = self.weekdays if self.times_per_day else frozenset()
        return PlanRow(valid_from, self.kind, self.times_per_day, weekdays, reminder_times)


def kind_plan_from_row(kind: Kind, row: PlanRow | None) -> KindPlan:
    """A card's values from the row in force (nothing planned when there is none)."""
    if row is None or row.times_per_day == 0:
        return KindPlan(kind, 0, frozenset(range(7)), True, ())
    times = tuple(sorted(row.reminder_times))
    remind = bool(times)
    if not remind:
        times = DEFAULT_TIMES[: row.times_per_day]
    weekdays = row.weekdays or frozenset(range(7))
    return KindPlan(kind, row.times_per_day, weekdays, remind, times)


def same_plan(row: PlanRow | None, plan: KindPlan) -> bool:
    """True when saving `plan` would change nothing about the row in force."""
    new = plan.row(date.min)
    if row is None:
        return new.times_per_day == 0
    if row.times_per_day == 0 and new.times_per_day == 0:
        return True
    return (
        row.times_per_day == new.times_per_day
        and row.weekdays == new.weekdays
        and tuple(sorted(row.reminder_times)) == new.reminder_times
    )


def plan_problems(plan: KindPlan, settings: Settings) -> list[str]:
    """What stops this kind's plan from being saved, in plain words."""
    if plan.times_per_day == 0:
        return []
    problems = []
    if not plan.weekdays:
        problems.append(
            translate("PlanView", "Choose at least one day, or set the times a day to 0.")
        )
    if plan.remind and len(set(plan.times)) < len(plan.times):
        problems.append(
            translate("PlanView", "Two reminders are at the same time. Give each its own time.")
        )
    if plan.kind is Kind.HEAT:
        if plan.times_per_day > settings.heat_daily_limit:
            problems.append(
                translate(
                    "PlanView",
                    "Your heat limit is {n} sessions a day. Plan that many at most.",
                ).format(n=settings.heat_daily_limit)
            )
        if plan.remind:
            minutes = sorted(_minutes(t) for t in set(plan.times))
            gaps = [b - a for a, b in pairwise(minutes)]
            if any(gap < settings.heat_cooldown_min for gap in gaps):
                problems.append(
                    translate(
                        "PlanView",
                        "Heat needs at least {n} minutes between sessions. Move the "
                        "reminder times further apart.",
                    ).format(n=settings.heat_cooldown_min)
                )
    return problems


def _minutes(hhmm: str) -> int:
    moment = time.fromisoformat(hhmm)
    return moment.hour * 60 + moment.minute


class KindCard(QFrame):
    """One kind's plan: times a day, days, reminder times, the routine to start."""

    changed = Signal()

    def __init__(self, kind: Kind, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        title = kind_title(kind)
        self.setObjectName(f"plan-card-{kind.value}")
        column = kind_frame(self, kind)
        column.setSpacing(theme.space(1.5))

        heading = label(title, "kindtitle")
        theme.set_kind(heading, kind)
        column.addWidget(heading)

        count_row = QHBoxLayout()
        count_row.setSpacing(theme.space(1.5))
        count_label = label(self.tr("Times a day"), wrap=False)
        self.count = QSpinBox()
        self.count.setObjectName(f"plan-count-{kind.value}")
        self.count.setRange(0, MOST_A_DAY)
        self.count.setAccessibleName(self.tr("{kind}: times a day").format(kind=title))
        self.count.setAccessibleDescription(self.tr("0 means not planned"))
        self.count.setMinimumHeight(theme.HIT_TARGET)
        self.count.setMinimumWidth(theme.HIT_TARGET * 2)
        count_label.setBuddy(self.count)
        self.count_words = label("", "muted")
        count_row.addWidget(count_label)
        count_row.addWidget(self.count)
        count_row.addStretch(1)
        column.addLayout(count_row)
        column.addWidget(self.count_words)

        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(theme.space(1.5))
        column.addWidget(self.details)

        details.addWidget(label(self.tr("On these days"), "small"))
        self.days_grid = QGridLayout()
        self.days_grid.setHorizontalSpacing(theme.space(1))
        self.days_grid.setVerticalSpacing(theme.space(0.5))
        self.day_buttons: list[QCheckBox] = []
        for i in range(7):
            day_button = QCheckBox(day_short(i))
            day_button.setAccessibleName(
                self.tr("{kind} on {day}").format(kind=title, day=weekday_name(i))
            )
            day_button.setObjectName(f"plan-day-{kind.value}-{i}")
            day_button.setMinimumHeight(theme.HIT_TARGET)
            day_button.toggled.connect(self._on_day_toggled)
            self.day_buttons.append(day_button)
        self._day_columns = 0
        self._room = 0
        self._place_days(7)
        details.addLayout(self.days_grid)

        self.remind = WrappingCheck(
            self.tr("Remind me at these times"),
            self.tr("{kind}: remind me at these times").format(kind=title),
        )
        self.remind.box.setObjectName(f"plan-remind-{kind.value}")
        self.remind.box.toggled.connect(self._on_remind_toggled)
        details.addWidget(self.remind)
        self.times_row = QGridLayout()
        self.times_row.setHorizontalSpacing(theme.space(1.5))
        self.times_row.setVerticalSpacing(theme.space(1))
        self.times_row.setColumnStretch(4, 1)
        details.addLayout(self.times_row)
        self.time_edits: list[QTimeEdit] = []

        routine_label = label(self.tr("Routine a reminder starts"), "small")
        self.routine = QComboBox()
        self.routine.setObjectName(f"plan-routine-{kind.value}")
        self.routine.setAccessibleName(
            self.tr("{kind}: the routine a reminder starts").format(kind=title)
        )
        self.routine.setMinimumHeight(theme.HIT_TARGET)
        # Sized by the room it has, not by the longest title (which could push the page
        # sideways at large text).
        self.routine.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.routine.setMinimumContentsLength(8)
        routine_label.setBuddy(self.routine)
        for routine in library.routines:
            if routine.kind is kind:
                self.routine.addItem(routine.title, routine.id)
        details.addWidget(routine_label)
        details.addWidget(self.routine)

        self.problem = problem_label()
        self.problem.setObjectName(f"plan-problem-{kind.value}")
        column.addWidget(self.problem)

        self.count.valueChanged.connect(self._on_count_changed)
        self.routine.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._loading = False

    # --- values -----------------------------------------------------------------------

    def set_plan(self, plan: KindPlan, routine_id: str | None) -> None:
        self._loading = True
        try:
            self.count.setValue(plan.times_per_day)
            for i, day_button in enumerate(self.day_buttons):
                day_button.setChecked(i in plan.weekdays)
            self.remind.setChecked(plan.remind)
            self._set_times(plan.times or DEFAULT_TIMES[: plan.times_per_day])
            index = self.routine.findData(routine_id) if routine_id else 0
            self.routine.setCurrentIndex(max(0, index))
        finally:
            self._loading = False
        self._update_visibility()

    def plan(self) -> KindPlan:
        times = tuple(edit.time().toString("HH:mm") for edit in self.time_edits)
        return KindPlan(
            self.kind,
            self.count.value(),
            frozenset(i for i, b in enumerate(self.day_buttons) if b.isChecked()),
            self.remind.isChecked(),
            times[: self.count.value()],
        )

    def routine_id(self) -> str | None:
        value = self.routine.currentData()
        return str(value) if value else None

    def show_problems(self, problems: list[str]) -> None:
        show_problem(self.problem, " ".join(problems))

    # --- reacting ---------------------------------------------------------------------

    def _set_times(self, times: tuple[str, ...]) -> None:
        while len(self.time_edits) < self.count.value():
            i = len(self.time_edits)
            edit = QTimeEdit()
            edit.setObjectName(f"plan-time-{self.kind.value}-{i}")
            edit.setDisplayFormat("HH:mm")
            edit.setMinimumHeight(theme.HIT_TARGET)
            edit.setAccessibleName(
                self.tr("{kind}: reminder {n} time").format(kind=kind_title(self.kind), n=i + 1)
            )
            edit.timeChanged.connect(lambda _t: self._emit_changed())
            edit.setMaximumWidth(edit.sizeHint().width() + theme.space(2))
            self.time_edits.append(edit)
            self.times_row.addWidget(edit, i, 0)
        while len(self.time_edits) > self.count.value():
            edit = self.time_edits.pop()
            self.times_row.removeWidget(edit)
            edit.hide()
            edit.deleteLater()
        self._place_times()
        for i, edit in enumerate(self.time_edits):
            if i < len(times):
                edit.setTime(QTime.fromString(times[i], "HH:mm"))

    @Slot(int)
    def _on_count_changed(self, count: int) -> None:
        current = tuple(edit.time().toString("HH:mm") for edit in self.time_edits)
        extra = tuple(t for t in DEFAULT_TIMES if t not in current)
        was_loading, self._loading = self._loading, True
        try:
            self._set_times((current + extra)[:count])
        finally:
            self._loading = was_loading
        self._update_visibility()
        self._emit_changed()

    def _on_day_toggled(self, _checked: bool) -> None:
        self._emit_changed()

    def _place_days(self, columns: int) -> None:
        # A week in one row when it fits; with large text, two rows (Mon-Thu, Fri-Sun).
        if columns == self._day_columns:
            return
        self._day_columns = columns
        for day_button in self.day_buttons:
            self.days_grid.removeWidget(day_button)
        for i, day_button in enumerate(self.day_buttons):
            self.days_grid.addWidget(day_button, i // columns, i % columns)
        for column in range(8):
            self.days_grid.setColumnStretch(column, 1 if column == columns else 0)

    def fit_days(self, room: int) -> None:
        """Lay the day boxes out for a page `room` pixels wide (the card's own width
        follows its contents, so the page decides)."""
        widest = max(b.sizeHint().width() for b in self.day_buttons)
        room -= theme.space(8)  # the card's stripe and padding
        fits = [n for n in (7, 4, 3, 2) if room >= n * widest + (n - 1) * theme.space(1)]
        self._place_days(fits[0] if fits else 2)
        self._room = room
        self._place_times()

    def _place_times(self) -> None:
        if not self.time_edits:
            return
        widest = max(e.minimumSizeHint().width() for e in self.time_edits)
        columns = max(1, min(4, self._room // (widest + theme.space(1.5))))
        for edit in self.time_edits:
            self.times_row.removeWidget(edit)
        for i, edit in enumerate(self.time_edits):
            self.times_row.addWidget(edit, i // columns, i % columns)

    def _on_remind_toggled(self, _checked: bool) -> None:
        self._update_visibility()
        self._emit_changed()

    def _update_visibility(self) -> None:
        count = self.count.value()
        self.details.setVisible(count > 0)
        for edit in self.time_edits:
            edit.setVisible(self.remind.isChecked())
        self.count_words.setText(self.tr("Not planned"))
        self.count_words.setVisible(count == 0)

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()


class PlanView(QWidget):
    """The Plan screen."""

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
        self._scroll, self._content, column = scroll_page(self)
        column.addWidget(label(self.tr("Your plan"), "title"))
        column.addWidget(
            label(
                self.tr(
                    "How often you mean to do each kind of session, and when the app should "
                    "remind you. Agree it with your clinician or physiotherapist. A change "
                    "applies from today: the weeks before keep the plan they had."
                ),
                "muted",
            )
        )
        self.library = load_library(store.data_dir)
        self.cards: dict[Kind, KindCard] = {}
        for kind in KINDS:
            kind_card = KindCard(kind, self.library)
            kind_card.changed.connect(self._on_changed)
            self.cards[kind] = kind_card
            column.addWidget(kind_card)

        reminders_card, reminders = card()
        reminders_card.setObjectName("planReminders")
        reminders.addWidget(label(self.tr("Reminders"), "heading"))
        self.reminders_on = WrappingCheck(self.tr("Show reminders at the planned times"))
        self.reminders_on.box.setObjectName("plan-reminders-on")
        self.reminders_on.box.toggled.connect(self._on_changed)
        reminders.addWidget(self.reminders_on)
        self.login = WrappingCheck(
            self.tr("Start Trapezius Coach when I log in, quietly in the tray")
        )
        self.login.box.setObjectName("plan-start-at-login")
        self.login.box.toggled.connect(self._on_changed)
        reminders.addWidget(self.login)
        reminders.addWidget(
            label(
                self.tr(
                    "On an injection day and for the hours after it that you set, stretch and "
                    "heat reminders offer calm breathing instead."
                ),
                "small",
            )
        )
        column.addWidget(reminders_card)

        actions = QHBoxLayout()
        self.save_button = button(
            self.tr("Save plan"), "primary", name=self.tr("Save the plan")
        )
        self.save_button.setObjectName("savePlan")
        self.save_button.clicked.connect(self.save)
        self.undo_button = button(
            self.tr("Undo changes"), name=self.tr("Undo the changes not saved yet")
        )
        self.undo_button.setObjectName("undoPlan")
        self.undo_button.clicked.connect(self.refresh)
        actions.addWidget(self.save_button)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        column.addLayout(actions)
        self.confirmation = label("", "confirmed")
        self.confirmation.setObjectName("planConfirmation")
        self.confirmation.hide()
        column.addWidget(self.confirmation)
        self.problem = problem_label()
        self.problem.setObjectName("planProblem")
        column.addWidget(self.problem)
        column.addStretch(1)
        self.refresh()

    # --- data -------------------------------------------------------------------------

    def _settings(self) -> Settings:
        try:
            return self._store.settings()
        except StoreError:
            return Settings()

    def _rows_in_force(self, today: date) -> dict[Kind, PlanRow | None]:
        index = PlanIndex(self._store.plan_rows())
        return {kind: index.row_in_force(kind, today) for kind in KINDS}

    @Slot()
    def refresh(self) -> None:
        """Show the plan in force today and the saved reminder settings."""
        today = self._now().date()
        try:
            rows = self._rows_in_force(today)
        except StoreError as error:
            show_problem(
                self.problem, self.tr("The plan could not be read: {error}").format(error=error)
            )
            return
        settings = self._settings()
        from coach import autostart

        for kind, kind_card in self.cards.items():
            chosen = planned_routine(self.library, settings, kind)
            kind_card.set_plan(
                kind_plan_from_row(kind, rows[kind]), chosen.id if chosen else None
            )
            kind_card.show_problems([])
        for check, value in (
            (self.reminders_on, settings.reminders),
            (self.login, settings.start_at_login or autostart.is_enabled()),
        ):
            check.box.blockSignals(True)
            check.setChecked(value)
            check.box.blockSignals(False)
        self._saved = self._snapshot()
        self._update_buttons()
        show_problem(self.problem, "")

    def _snapshot(self) -> tuple[object, ...]:
        return (
            tuple(c.plan() for c in self.cards.values()),
            tuple(c.routine_id() for c in self.cards.values()),
            self.reminders_on.isChecked(),
            self.login.isChecked(),
        )

    @Slot()
    def _on_changed(self) -> None:
        self.confirmation.hide()
        settings = self._settings()
        for kind_card in self.cards.values():
            kind_card.show_problems(plan_problems(kind_card.plan(), settings))
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self._snapshot() != self._saved
        self.save_button.setEnabled(dirty)
        self.undo_button.setEnabled(dirty)

    def has_problems(self) -> bool:
        settings = self._settings()
        return any(plan_problems(c.plan(), settings) for c in self.cards.values())

    @Slot()
    def save(self) -> bool:
        """Save what changed: plan rows from today, the routine choices, the switches."""
        settings = self._settings()
        problems = {kind: plan_problems(c.plan(), settings) for kind, c in self.cards.items()}
        for kind, kind_card in self.cards.items():
            kind_card.show_problems(problems[kind])
        if any(problems.values()):
            show_problem(
                self.problem, self.tr("Nothing was saved. Please see the notes above.")
            )
            return False
        today = self._now().date()
        try:
            rows = self._rows_in_force(today)
            for kind, kind_card in self.cards.items():
                plan = kind_card.plan()
                if not same_plan(rows[kind], plan):
                    self._store.add_plan_row(plan.row(today))
            for kind, kind_card in self.cards.items():
                settings = settings.with_plan_routine(kind.value, kind_card.routine_id())
            settings = replace(
                settings,
                reminders=self.reminders_on.isChecked(),
                start_at_login=self.login.isChecked(),
            )
            self._store.save_settings(settings)
        except StoreError as error:
            show_problem(self.problem, self.tr("Not saved: {error}").format(error=error))
            return False
        login_problem = self._apply_start_at_login(settings.start_at_login)
        self.refresh()
        self.confirmation.setText(
            self.tr("✓ Saved. The plan applies from today.")
            + (f"\n{login_problem}" if login_problem else "")
        )
        self.confirmation.show()
        self.dataChanged.emit()
        return True

    def _apply_start_at_login(self, enabled: bool) -> str:
        from coach import autostart

        try:
            if autostart.is_enabled() != enabled:
                autostart.set_enabled(enabled)
        except OSError as error:
            return self.tr("Starting at login could not be set: {error}").format(error=error)
        return ""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_cards)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_cards()

    def _fit_cards(self) -> None:
        fit_content_width(self._content)
        room = min(self._scroll.viewport().width(), self._content.maximumWidth())
        for kind_card in self.cards.values():
            kind_card.fit_days(room)
