"""The Today screen: what is planned today, a two-tap spasm rating, and today's entries.

It holds no rules of its own: planned and done counts come from coach.analysis
(day_summary), records come from and go to the Store. It refreshes when the window shows
it, after it saves, and at local midnight (one single-shot timer, no polling).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from math import ceil
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.analysis.adherence import DaySummary, day_summary
from coach.analysis.planning import PlanIndex
from coach.analysis.today_slots import SlotState, TodaySlot, today_slots
from coach.core.records import (
    KINDS,
    History,
    Injection,
    Kind,
    PlanRow,
    SessionRecord,
    SessionStatus,
    SymptomEntry,
)
from coach.store.errors import StoreError
from coach.ui import theme
from coach.ui.i18n import kind_noun, kind_title, translate, weekday_day_month, weekday_name
from coach.ui.page import card, fit_content_width, kind_frame, label, scroll_page
from coach.ui.rating_widget import RatingWidget

if TYPE_CHECKING:
    from coach.store.database import Store

#: Words for how a session ended, as the patient would say it.
STATUS_WORDS: dict[SessionStatus, str] = {
    SessionStatus.COMPLETED: QT_TRANSLATE_NOOP("TodayView", "finished"),
    SessionStatus.PARTIAL: QT_TRANSLATE_NOOP("TodayView", "partly done"),
    SessionStatus.STOPPED: QT_TRANSLATE_NOOP("TodayView", "stopped early"),
    SessionStatus.ABANDONED: QT_TRANSLATE_NOOP("TodayView", "left unfinished"),
    SessionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("TodayView", "in progress"),
}

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

TICK = "✓"


def day_in_words(day: date) -> str:
    """'Thursday 26 November' (English, whatever the system locale)."""
    # Not strftime: Qt sets the C locale from the environment, and the rest of the app's
    # words are English.
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def clock_time(moment: datetime) -> str:
    """'10:32' in the record's own offset (the time the patient saw on the clock)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def count_in_words(value: float) -> str:
    """A credit count as read aloud: 2 -> '2', 1.5 -> '1½', 0.5 -> '½'."""
    whole = int(value)
    half = value - whole >= 0.5
    if half:
        return f"{whole}½" if whole else "½"
    return str(whole)


def next_local_midnight(now: datetime) -> datetime:
    """The next local midnight after `now` (an aware local time), DST included."""
    tomorrow = now.date() + timedelta(days=1)
    # A naive midnight made aware by astimezone() takes the system zone's offset for that
    # night, so a DST change today still lands on the real midnight.
    return datetime(tomorrow.year, tomorrow.month, tomorrow.day).astimezone()


def msecs_until(later: datetime, now: datetime) -> int:
    """Whole milliseconds from now to later, at least 1."""
    return max(1, ceil((later - now).total_seconds() * 1000))


@dataclass(frozen=True)
class TodayData:
    """Everything the Today screen shows, read from the Store in one go."""

    day: date
    summary: DaySummary
    has_plan: bool
    injection_today: bool
    sessions: tuple[SessionRecord, ...]
    symptoms: tuple[SymptomEntry, ...]
    reminder_times: dict[Kind, tuple[str, ...]]


def load_today(store: Store, day: date) -> TodayData:
    """Read today's records and plan from the Store and summarise them."""
    sessions = tuple(store.sessions(on_day=day))
    symptoms = tuple(store.symptoms(on_day=day))
    plan: tuple[PlanRow, ...] = tuple(store.plan_rows())
    injections: tuple[Injection, ...] = tuple(store.injections())
    history = History(sessions=sessions, symptoms=symptoms, injections=injections, plan=plan)
    index = PlanIndex.from_history(history)  # one index for the counts and the times
    times: dict[Kind, tuple[str, ...]] = {}
    for kind in KINDS:
        row = index.row_in_force(kind, day)
        if row is not None:
            times[kind] = row.reminder_times
    return TodayData(
        day=day,
        summary=day_summary(history, day, index),
        has_plan=bool(plan),
        injection_today=any(i.date == day for i in injections),
        sessions=sessions,
        symptoms=symptoms,
        reminder_times=times,
    )


#: How each slot state reads on its pill (the time is added where there is one).
SLOT_WORDS: dict[SlotState, str] = {
    SlotState.DONE: QT_TRANSLATE_NOOP("TodayView", "✓ Done"),
    SlotState.PARTIAL: QT_TRANSLATE_NOOP("TodayView", "◐ Partly"),
    SlotState.DUE: QT_TRANSLATE_NOOP("TodayView", "● Due now"),
    SlotState.MISSED: QT_TRANSLATE_NOOP("TodayView", "Missed"),
    SlotState.LATER: QT_TRANSLATE_NOOP("TodayView", "Later"),
    SlotState.TO_DO: QT_TRANSLATE_NOOP("TodayView", "To do"),
}
#: The pill's look for each state (theme "state" values).
_PILL_STATE = {
    SlotState.DONE: "done",
    SlotState.PARTIAL: "partial",
    SlotState.DUE: "due",
    SlotState.MISSED: "pending",
    SlotState.LATER: "pending",
    SlotState.TO_DO: "pending",
}


def slot_text(slot: TodaySlot) -> str:
    """'✓ Done · 09:00', 'Later · 18:00', 'To do'."""
    words = translate("TodayView", SLOT_WORDS[slot.state])
    return f"{words} · {slot.time}" if slot.time else words


class PlanCard(QFrame):
    """One kind's plan for today: 'Stretches', '1 of 2 done', a pill per planned session
    (done, due, missed or later, with its time) and a Start button."""

    startClicked = Signal(str)  # the kind

    def __init__(
        self, kind: Kind, planned: int, credits: float, slots: list[TodaySlot] | None = None
    ) -> None:
        super().__init__()
        self.kind = kind
        self.planned = planned
        self.credits = credits
        self.setObjectName(f"plan-{kind.value}")
        layout = kind_frame(self, kind)
        layout.setContentsMargins(0, theme.space(0.5), 0, 0)
        layout.setSpacing(theme.space(0.75))

        title = label(kind_title(kind), "kindtitle")
        theme.set_kind(title, kind)
        done = min(credits, planned)
        progress = translate("TodayView", "{done} of {planned} done").format(
            done=count_in_words(done), planned=planned
        )
        self.progress_label = label(progress, "large")
        self.progress_label.setAccessibleName(f"{kind_title(kind)}: {progress}")
        layout.addWidget(title)
        layout.addWidget(self.progress_label)

        if slots is None:
            slots = [TodaySlot(None, _credit_state(credits - i)) for i in range(planned)]
        self.slots = slots
        marks = QGridLayout()
        marks.setContentsMargins(0, theme.space(0.5), 0, 0)
        marks.setHorizontalSpacing(theme.space(1))
        marks.setVerticalSpacing(theme.space(1))
        # With times, one per line (a short timetable); without, up to three side by side.
        per_row = 1 if any(slot.time for slot in slots) else 3
        self.marks: list[str] = []
        for i, slot in enumerate(slots):
            text = slot_text(slot)
            self.marks.append(text)
            pill = label(text, "pill", wrap=False)
            theme.qt_props(pill, alignment="AlignCenter")
            theme.set_kind(pill, kind)
            theme.set_state(pill, _PILL_STATE[slot.state])
            marks.addWidget(pill, i // per_row, i % per_row)
        marks.setColumnStretch(per_row, 1)
        layout.addLayout(marks)
        layout.addStretch(1)

        self.start_button = None
        if credits < planned:
            self.start_button = QPushButton(
                translate("TodayView", "Start: {kind}").format(kind=kind_title(kind))
            )
            self.start_button.setObjectName(f"start-{kind.value}")
            self.start_button.setAccessibleName(
                translate("TodayView", "Start a {session} now").format(session=kind_noun(kind))
            )
            theme.set_role(self.start_button, "secondary")
            self.start_button.clicked.connect(lambda: self.startClicked.emit(kind.value))
            row = QHBoxLayout()
            row.setContentsMargins(0, theme.space(1), 0, 0)
            row.addWidget(self.start_button)
            row.addStretch(1)
            layout.addLayout(row)

    @property
    def text(self) -> str:
        """The card's main line, e.g. '1 of 2 done'."""
        return self.progress_label.text()


def _credit_state(part: float) -> SlotState:
    if part >= 1:
        return SlotState.DONE
    return SlotState.PARTIAL if part > 0 else SlotState.TO_DO


class EntryRow(QWidget):
    """One line of today's entries: time, what, rating (the rating drops below when narrow)."""

    def __init__(self, record_id: str, moment: datetime, what: str, rating: str) -> None:
        super().__init__()
        self.record_id = record_id
        self.moment = moment
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, theme.space(1), 0, theme.space(1))
        self._grid.setHorizontalSpacing(theme.space(2))
        self._grid.setVerticalSpacing(theme.space(0.5))
        self.time_label = label(clock_time(moment), "entrytime", wrap=False)
        self.what_label = label(what)
        self.rating_label = label(rating, wrap=False)
        theme.qt_props(self.time_label, alignment="AlignLeft|AlignTop")
        self._grid.addWidget(self.time_label, 0, 0)
        self._grid.addWidget(self.what_label, 0, 1)
        self._grid.setColumnStretch(1, 1)
        self._narrow: bool | None = None
        self._place_rating(narrow=False)

    @property
    def text(self) -> str:
        """The whole row as one line (what a screen reader would read)."""
        parts = (self.time_label.text(), self.what_label.text(), self.rating_label.text())
        return " ".join(t for t in parts if t)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side needs room for a sentence and the rating; else the rating goes
        # under the words, where it cannot squeeze them into a thin column.
        room = self.fontMetrics().averageCharWidth() * 52
        self._place_rating(narrow=event.size().width() < room)

    def _place_rating(self, *, narrow: bool) -> None:
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self._grid.removeWidget(self.rating_label)
        if narrow:
            theme.qt_props(self.rating_label, alignment="AlignLeft|AlignTop")
            self._grid.addWidget(self.rating_label, 1, 1)
        else:
            theme.qt_props(self.rating_label, alignment="AlignRight|AlignTop")
            self._grid.addWidget(self.rating_label, 0, 2)


def _symptom_row(entry: SymptomEntry) -> EntryRow:
    what = translate("TodayView", "Spasm check")
    if entry.note:
        what += f": {entry.note}"
    rating = translate("TodayView", "spasm {n}").format(n=entry.spasm)
    if entry.pain is not None:
        rating += " · " + translate("TodayView", "pain {n}").format(n=entry.pain)
    return EntryRow(entry.id, entry.recorded_at, what, rating)


def _session_row(session: SessionRecord) -> EntryRow:
    status = translate("TodayView", STATUS_WORDS[session.status])
    what = f"{kind_title(session.kind)}: {session.routine_title}, {status}"
    before, after = session.spasm_before, session.spasm_after
    if before is not None and after is not None:
        rating = translate("TodayView", "spasm {before} → {after}").format(
            before=before, after=after
        )
    elif before is not None:
        rating = translate("TodayView", "spasm {n} before").format(n=before)
    elif after is not None:
        rating = translate("TodayView", "spasm {n} after").format(n=after)
    else:
        rating = ""
    return EntryRow(session.id, session.started_at, what, rating)


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


# --- the screen -----------------------------------------------------------------------


class TodayView(QWidget):
    """The Today screen. Call refresh() when the data may have changed."""

    #: Emitted after this screen wrote to the Store, so other screens can refresh.
    dataChanged = Signal()
    #: The patient pressed Start on a kind's card (the kind's value, e.g. "stretch").
    startKindRequested = Signal(str)

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
        self._day: date | None = None
        self._cards: list[PlanCard] = []
        self._entry_rows: list[EntryRow] = []
        self._card_columns = 0

        # Why a single-shot timer to midnight: the date heading and the plan must turn over
        # at midnight without waking the CPU every minute to check.
        self.midnight_timer = QTimer(self)
        self.midnight_timer.setSingleShot(True)
        theme.qt_props(self.midnight_timer, timerType="PreciseTimer")
        self.midnight_timer.timeout.connect(self._on_midnight)

        self._build()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        # The page is laid out never to need sideways scrolling (a test holds it to that);
        # the scroll bar stays possible so that nothing could ever be cut off unseen.
        self._scroll, self._content, column = scroll_page(self)
        self._fit_content_width()

        self.date_label = label("", "title")
        self.date_label.setObjectName("todayDate")
        column.addWidget(self.date_label)
        column.addSpacing(theme.space(1))

        # The rating comes first: it is the one primary action of this screen, so it is in
        # sight on opening (with large text, choosing a number scrolls Save into view).
        rating_card, rating_layout = card()
        rating_card.setObjectName("ratingCard")
        question = label(self.tr("How are your spasms right now?"), "heading")
        rating_layout.addWidget(question)
        self.rating = RatingWidget(name=self.tr("Spasms right now, 0 to 10"))
        question.setBuddy(self.rating)
        rating_layout.addWidget(self.rating)
        rating_layout.addWidget(
            label(
                self.tr("This 0–10 number is your own tracking figure, not a clinical scale."),
                "small",
            )
        )
        actions = QVBoxLayout()
        actions.setSpacing(theme.space(1.5))
        self.save_button = QPushButton(self.tr("Save rating"))
        self.save_button.setObjectName("saveRating")
        theme.set_role(self.save_button, "primary")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_rating)
        self.confirmation = label("", "confirmed")
        self.confirmation.setObjectName("confirmation")
        button_row = QHBoxLayout()  # the button keeps its own width, at the left
        button_row.addWidget(self.save_button)
        button_row.addStretch(1)
        actions.addLayout(button_row)
        actions.addWidget(self.confirmation)
        self.confirmation.hide()
        rating_layout.addLayout(actions)
        self.rating.valueChanged.connect(self._on_rating_changed)
        column.addWidget(rating_card)
        column.addSpacing(theme.space(2))

        # Today's plan
        column.addWidget(label(self.tr("Today's plan"), "heading"))
        self.plan_message = label("", "muted")
        self.plan_message.setObjectName("planMessage")
        column.addWidget(self.plan_message)
        self.next_reminder_label = label("", "muted")
        self.next_reminder_label.setObjectName("nextReminder")
        self.next_reminder_label.hide()
        column.addWidget(self.next_reminder_label)
        self._cards_grid = QGridLayout()
        self._cards_grid.setSpacing(theme.space(2))
        column.addLayout(self._cards_grid)
        column.addSpacing(theme.space(2))

        # Today's entries
        entries_card, entries_layout = card()
        entries_card.setObjectName("entriesCard")
        entries_layout.addWidget(label(self.tr("Today's entries"), "heading"))
        self.entries_message = label(
            self.tr("Nothing recorded yet today. Your ratings and sessions will show here."),
            "muted",
        )
        self.entries_message.setObjectName("entriesMessage")
        entries_layout.addWidget(self.entries_message)
        self._entries_list = QVBoxLayout()
        self._entries_list.setSpacing(0)
        entries_layout.addLayout(self._entries_list)
        column.addWidget(entries_card)
        column.addStretch(1)

    def _fit_content_width(self) -> None:
        fit_content_width(self._content)

    # --- data -------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Re-read today's records and plan and redraw; re-arm the midnight timer."""
        now = self._now()
        data = load_today(self._store, now.date())
        if data.day != self._day:
            # A new day: yesterday's confirmation no longer applies.
            self._confirm("")
            self._day = data.day
        self.date_label.setText(weekday_day_month(data.day))
        self._show_plan(data)
        self._show_entries(data)
        self._arm_midnight(now)

    def _show_plan(self, data: TodayData) -> None:
        _clear(self._cards_grid)
        now = self._now()
        self._cards = []
        for kind in KINDS:
            planned = data.summary.planned[kind]
            if planned <= 0:
                continue
            credits = data.summary.credits[kind]
            times = data.reminder_times.get(kind, ())
            slots = today_slots(planned, credits, times, now)
            plan_card = PlanCard(kind, planned, credits, slots)
            plan_card.startClicked.connect(self.startKindRequested)
            self._cards.append(plan_card)
        # One main action: the first kind whose time has come gets the filled button.
        due = [c for c in self._cards if any(s.state is SlotState.DUE for s in c.slots)]
        if due and due[0].start_button is not None:
            theme.set_role(due[0].start_button, "primary")
        self._card_columns = 0
        self._place_cards()
        messages = []
        if not data.has_plan:
            messages.append(self.tr("No plan is set yet. You can make one on the Plan screen."))
        elif not self._cards and not data.injection_today:
            messages.append(
                self.tr("Nothing is planned for today. Rest is part of the plan too.")
            )
        if data.has_plan and data.injection_today:
            messages.append(self.tr("Injection day: stretches and heat take a rest today."))
        self.plan_message.setText(" ".join(messages))
        self.plan_message.setVisible(bool(messages))

    def show_next_reminder(
        self, reminder: object | None, paused_until: datetime | None
    ) -> None:
        """The line under "Today's plan": the next reminder, or that they are paused."""
        if paused_until is not None:
            text = self.tr("Reminders are paused until {time}.").format(
                time=clock_time(paused_until)
            )
        elif reminder is not None:
            deadline = reminder.deadline  # type: ignore[attr-defined]
            what = kind_title(reminder.kind)  # type: ignore[attr-defined]
            when = clock_time(deadline)
            if deadline.date() != self._now().date():
                when = f"{weekday_name(deadline.weekday())} {when}"
            text = self.tr("Next reminder: {what} at {time}.").format(what=what, time=when)
        else:
            text = ""
        self.next_reminder_label.setText(text)
        self.next_reminder_label.setVisible(bool(text))

    def _show_entries(self, data: TodayData) -> None:
        _clear(self._entries_list)
        rows = [_symptom_row(e) for e in data.symptoms]
        rows += [_session_row(s) for s in data.sessions]
        rows.sort(key=lambda row: row.moment, reverse=True)  # newest first
        for i, row in enumerate(rows):
            if i:
                divider = QFrame()
                theme.set_role(divider, "divider")
                divider.setFixedHeight(1)
                self._entries_list.addWidget(divider)
            self._entries_list.addWidget(row)
        self._entry_rows = rows
        self.entries_message.setVisible(not rows)

    # --- saving -----------------------------------------------------------------------

    def _on_rating_changed(self, value: int | None) -> None:
        self.save_button.setEnabled(value is not None)
        if value is not None:
            self._confirm("")
            # With large text the button may be below the fold: bring it into view, so the
            # second tap is always in sight.
            self._scroll.ensureWidgetVisible(self.save_button, 0, theme.space(3))

    @Slot()
    def save_rating(self) -> None:
        """Save the chosen spasm rating as a symptom entry, then confirm and reset."""
        value = self.rating.value()
        if value is None:
            return
        from uuid import uuid4  # uuid costs a few ms: kept off the start-up path

        entry = SymptomEntry(id=str(uuid4()), recorded_at=self._now(), spasm=value)
        try:
            self._store.add_symptom(entry)
        except StoreError as error:
            # Keep the choice so nothing is lost; say plainly what happened.
            self._confirm(self.tr("Not saved: {error}").format(error=error), ok=False)
            return
        self.rating.clear()
        self._confirm(
            self.tr("{tick} Saved: spasm {n} at {time}").format(
                tick=TICK, n=entry.spasm, time=clock_time(entry.recorded_at)
            )
        )
        self.refresh()
        self.dataChanged.emit()

    def _confirm(self, text: str, *, ok: bool = True) -> None:
        # Stays until the next choice or the next day: a calm note, not a flash. A failure
        # is written plainly in the text colour; red is kept for stopping and red flags.
        theme.set_role(self.confirmation, "confirmed" if ok else "problem")
        self.confirmation.setText(text)
        self.confirmation.setVisible(bool(text))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Digits then Enter saves, for people who cannot use a mouse today.
        from PySide6.QtCore import Qt  # first key press, never start-up (see theme.qt_props)

        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.save_button.isEnabled():
            self.save_rating()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- midnight ---------------------------------------------------------------------

    def _arm_midnight(self, now: datetime) -> None:
        self.midnight_timer.start(msecs_until(next_local_midnight(now), now))

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden (another screen, the tray, or closed): nothing to turn over at midnight.
        # Showing the screen again refreshes it, which re-arms the timer.
        super().hideEvent(event)
        self.midnight_timer.stop()

    def _on_midnight(self) -> None:
        # refresh() re-arms; if the timer fired a little early it simply re-arms for the
        # few milliseconds left, as today's date has not changed yet.
        self.refresh()

    # --- adapting to size and text scale ----------------------------------------------

    @property
    def plan_cards(self) -> list[PlanCard]:
        """The plan cards shown now, in kind order."""
        return list(self._cards)

    @property
    def entry_rows(self) -> list[EntryRow]:
        """Today's entries as shown, newest first."""
        return list(self._entry_rows)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_cards()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_content_width()
            self._card_columns = 0
            self._place_cards()

    def _place_cards(self) -> None:
        # Two cards side by side when they fit, else one per row (large text).
        scale = theme.current_text_scale(QApplication.instance())
        wide_enough = self._content.width() >= 2 * 300 * scale + theme.space(2)
        columns = 2 if wide_enough else 1
        if columns == self._card_columns:
            return
        self._card_columns = columns
        for plan_card in self._cards:
            self._cards_grid.removeWidget(plan_card)
        for i, plan_card in enumerate(self._cards):
            self._cards_grid.addWidget(plan_card, i // columns, i % columns)
        for column in range(2):
            self._cards_grid.setColumnStretch(column, 1 if column < columns else 0)
