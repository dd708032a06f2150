"""The Diary's entry form: the spasm rating and Save, with details behind "Add details".

New entries take the time they are saved; a changed entry keeps its id and its original
time unless the patient changes the time shown. Checking what was typed happens here, and
a problem is written under its field; nothing is saved until it is fixed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.core.records import SymptomEntry
from coach.ui import theme
from coach.ui.form_fields import (
    NOTE_MAX_CHARS,
    YesNo,
    button,
    date_locale,
    day_phrase,
    note_edit,
    problem_label,
    show_problem,
)
from coach.ui.page import label
from coach.ui.rating_widget import RatingWidget
from coach.ui.today_view import clock_time

RATING_NOTE = QT_TRANSLATE_NOOP(
    "SymptomForm", "This 0–10 number is your own tracking figure, not a clinical scale."
)
TRICK_HELP = QT_TRANSLATE_NOOP(
    "SymptomForm",
    "A sensory trick is a light touch or movement that eases the pull for a while, "
    "such as a hand resting on the chin or the back of the head.",
)


class OptionalRating(QWidget):
    """A question, a 0-10 rating that may stay empty, and a Clear button for mice."""

    def __init__(self, question: str, low: str, high: str, name: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.space(0.75))
        top = QHBoxLayout()
        self.question = label(question, "large")
        clear_name = self.tr("Clear the rating: {name}").format(name=name)
        self.clear_button = button(self.tr("Clear"), "quiet", name=clear_name)
        self.clear_button.setEnabled(False)
        top.addWidget(self.question, 1)
        top.addWidget(self.clear_button)
        layout.addLayout(top)
        self.rating = RatingWidget(
            low_label=low, high_label=high, name=self.tr("{name}, 0 to 10").format(name=name)
        )
        self.question.setBuddy(self.rating)
        layout.addWidget(self.rating)
        self.clear_button.clicked.connect(self.rating.clear)
        self.rating.valueChanged.connect(
            lambda value: self.clear_button.setEnabled(value is not None)
        )

    def value(self) -> int | None:
        """The rating, or None."""
        return self.rating.value()

    def setValue(self, value: int | None) -> None:
        """Choose a rating (None clears)."""
        self.rating.setValue(value)


class SymptomForm(QFrame):
    """The entry form: the spasm rating, Save, and details behind 'Add details'."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("symptomForm")
        theme.set_role(self, "card")
        self.editing: SymptomEntry | None = None
        layout = QVBoxLayout(self)
        pad = theme.space(2.5)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(theme.space(1.5))

        self.heading = label(self.tr("How are your spasms right now?"), "heading")
        self.heading.setObjectName("formHeading")
        layout.addWidget(self.heading)

        # Only while changing an entry: its time, which stays as it was unless changed.
        self.when_row = QWidget()
        when_layout = QVBoxLayout(self.when_row)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.setSpacing(theme.space(0.75))
        when_label = label(self.tr("Time of this entry"))
        self.when_edit = QDateTimeEdit()
        self.when_edit.setLocale(date_locale())
        self.when_edit.setDisplayFormat(self.tr("d MMMM yyyy, HH:mm"))
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setMinimumHeight(theme.HIT_TARGET)
        self.when_edit.setAccessibleName(self.tr("Time of this entry"))
        # Plain clock fields, in the entry's own offset: as UTC the box never moves a time
        # that a daylight-saving change skips on this computer.
        self.when_edit.setTimeZone(QTimeZone.utc())
        self.when_edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        when_label.setBuddy(self.when_edit)
        when_layout.addWidget(when_label)
        when_layout.addWidget(self.when_edit)
        layout.addWidget(self.when_row)
        self.when_problem = problem_label()
        layout.addWidget(self.when_problem)
        self.when_row.hide()

        self.rating = RatingWidget(name=self.tr("Spasms, 0 to 10"))
        self.heading.setBuddy(self.rating)
        layout.addWidget(self.rating)
        layout.addWidget(label(self.tr(RATING_NOTE), "small"))

        # The details wait behind one button; with them closed, Save follows straight on,
        # so the two-tap path never scrolls past them.
        toggle_row = QHBoxLayout()
        toggle_row.setSpacing(theme.space(1.5))
        self.details_button = button(
            self.tr("Add details"),
            name=self.tr("Add details: pain, stress, sleep, sensory trick and a note"),
        )
        self.details_button.setObjectName("detailsButton")
        self.details_button.setCheckable(True)
        self.details_hint = label(self.tr("Pain, stress, sleep, sensory trick, note"), "small")
        toggle_row.addWidget(self.details_button)
        toggle_row.addWidget(self.details_hint, 1)
        toggle_row.addStretch(0)
        layout.addLayout(toggle_row)

        self.details = QWidget()
        self.details.setObjectName("details")
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, theme.space(1), 0, 0)
        details.setSpacing(theme.space(2.5))
        details.addWidget(label(self.tr("All of these are optional."), "muted"))
        # The words under a rating do not wrap, so they stay short (they must fit beside
        # "Chosen: 10" at 200% text); the question says the rest.
        self.pain = OptionalRating(
            self.tr("Pain"), self.tr("0 = none"), self.tr("10 = worst"), self.tr("Pain")
        )
        self.stress = OptionalRating(
            self.tr("Stress"), self.tr("0 = calm"), self.tr("10 = high"), self.tr("Stress")
        )
        self.sleep = OptionalRating(
            self.tr("Sleep quality last night (10 is best)"),
            self.tr("0 = badly"),
            self.tr("10 = well"),
            self.tr("Sleep quality"),
        )
        for rating in (self.pain, self.stress, self.sleep):
            details.addWidget(rating)

        trick = QVBoxLayout()
        trick.setSpacing(theme.space(0.75))
        trick_question = label(self.tr("Sensory trick used today?"), "large")
        trick.addWidget(trick_question)
        trick.addWidget(label(self.tr(TRICK_HELP), "small"))
        self.trick_used = YesNo(self.tr("Sensory trick used today"))
        trick_question.setBuddy(self.trick_used.yes_button)
        trick.addWidget(self.trick_used)
        self.helped_box = QWidget()
        helped = QVBoxLayout(self.helped_box)
        helped.setContentsMargins(0, theme.space(1), 0, 0)
        helped.setSpacing(theme.space(0.75))
        helped_question = label(self.tr("Did it help?"), "large")
        self.trick_helped = YesNo(self.tr("Did the sensory trick help"))
        helped_question.setBuddy(self.trick_helped.yes_button)
        helped.addWidget(helped_question)
        helped.addWidget(self.trick_helped)
        trick.addWidget(self.helped_box)
        self.helped_box.hide()
        self.trick_used.valueChanged.connect(
            lambda used: self.helped_box.setVisible(used is True)
        )
        details.addLayout(trick)

        note_question = label(self.tr("Note"), "large")
        self.note = note_edit(
            self.tr("Note (optional)"),
            self.tr("For example: worse after a long drive; better after heat"),
        )
        note_question.setBuddy(self.note)
        self.note_problem = problem_label()
        details.addWidget(note_question)
        details.addWidget(self.note)
        details.addWidget(self.note_problem)
        layout.addWidget(self.details)
        self.details.hide()
        self.details_button.toggled.connect(self._show_details)

        actions = QHBoxLayout()
        actions.setSpacing(theme.space(1.5))
        self.save_button = button(self.tr("Save"), "primary", name=self.tr("Save this entry"))
        self.save_button.setObjectName("saveEntry")
        self.save_button.setEnabled(False)
        self.cancel_button = button(self.tr("Cancel"), name=self.tr("Cancel the changes"))
        self.cancel_button.hide()
        actions.addWidget(self.save_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        layout.addSpacing(theme.space(1))
        layout.addLayout(actions)
        self.status = label("", "confirmed")
        self.status.setObjectName("formStatus")
        self.status.hide()
        layout.addWidget(self.status)
        self.rating.valueChanged.connect(lambda v: self.save_button.setEnabled(v is not None))

    # --- modes --------------------------------------------------------------------------

    def start_new(self) -> None:
        """Empty the form for a new entry."""
        self.editing = None
        self.heading.setText(self.tr("How are your spasms right now?"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save this entry"))
        self.cancel_button.hide()
        self.when_row.hide()
        self._fill(None)
        self.details_button.setChecked(False)

    def start_edit(self, entry: SymptomEntry, today: date) -> None:
        """Fill the form with an entry to change it."""
        self.editing = entry
        when = clock_time(entry.recorded_at)
        self.heading.setText(
            self.tr("Change the {time} entry from {day}").format(
                time=when, day=day_phrase(entry.day, today)
            )
        )
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.tr("Save the changes to this entry"))
        self.cancel_button.show()
        moment = entry.recorded_at
        self.when_edit.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day),
                QTime(moment.hour, moment.minute),
                QTimeZone.utc(),
            )
        )
        self.when_row.show()
        self._fill(entry)
        has_details = any(
            v is not None for v in (entry.pain, entry.stress, entry.sleep, entry.sensory_trick)
        )
        self.details_button.setChecked(has_details or bool(entry.note))
        self.show_status("")

    def _fill(self, entry: SymptomEntry | None) -> None:
        self.rating.setValue(entry.spasm if entry else None)
        self.pain.setValue(entry.pain if entry else None)
        self.stress.setValue(entry.stress if entry else None)
        self.sleep.setValue(entry.sleep if entry else None)
        self.trick_used.setValue(entry.sensory_trick if entry else None)
        self.trick_helped.setValue(entry.sensory_trick_helped if entry else None)
        self.note.setPlainText(entry.note if entry else "")
        show_problem(self.note_problem, "")
        show_problem(self.when_problem, "")

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_hint.setVisible(not shown)
        self.details_button.setText(
            self.tr("Hide details") if shown else self.tr("Add details")
        )

    def show_status(self, text: str, *, ok: bool = True) -> None:
        """A calm line under Save: a confirmation, or what went wrong."""
        theme.set_role(self.status, "confirmed" if ok else "problem")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # --- reading it -----------------------------------------------------------------------

    def when(self) -> tuple[int, int, int, int, int]:
        """The edited time as (year, month, day, hour, minute)."""
        value = self.when_edit.dateTime()
        d, t = value.date(), value.time()
        return d.year(), d.month(), d.day(), t.hour(), t.minute()

    def entry(self, new_id: str, now: datetime) -> SymptomEntry | None:
        """The entry the form describes, or None after showing what needs fixing."""
        spasm = self.rating.value()
        note = self.note.toPlainText().strip()
        ok = True
        if len(note) > NOTE_MAX_CHARS:
            show_problem(
                self.note_problem,
                self.tr(
                    "This note is {n} characters long; please keep it under {most}."
                ).format(n=len(note), most=NOTE_MAX_CHARS),
            )
            ok = False
        else:
            show_problem(self.note_problem, "")
        recorded_at = now
        if self.editing is not None:
            recorded_at = self._edited_time(now)
            ok = ok and recorded_at is not None
        if spasm is None:
            self.show_status(self.tr("Please choose a spasm number first."), ok=False)
            return None
        if not ok or recorded_at is None:
            self.show_status(
                self.tr("Not saved yet: please look at the message above."), ok=False
            )
            return None
        used = self.trick_used.value()
        values = {
            "spasm": spasm,
            "pain": self.pain.value(),
            "stress": self.stress.value(),
            "sleep": self.sleep.value(),
            "sensory_trick": used,
            "sensory_trick_helped": self.trick_helped.value() if used else None,
            "note": note,
        }
        if self.editing is not None:
            return replace(self.editing, recorded_at=recorded_at, **values)
        return SymptomEntry(id=new_id, recorded_at=now, **values)

    def _edited_time(self, now: datetime) -> datetime | None:
        original = self.editing.recorded_at  # type: ignore[union-attr]
        shown = (original.year, original.month, original.day, original.hour, original.minute)
        chosen = self.when()
        if chosen == shown:
            show_problem(self.when_problem, "")
            return original  # unchanged: keep it exactly, seconds and offset too
        # A new time takes the local offset of that moment (daylight saving included).
        moment = datetime(*chosen).astimezone()
        if moment > now + timedelta(minutes=1):
            show_problem(
                self.when_problem, self.tr("That time is still to come; please check it.")
            )
            return None
        show_problem(self.when_problem, "")
        return moment
