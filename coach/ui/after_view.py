"""After a session: how are the spasms now, an optional note, then a short summary.

The form hands its answers to the session flow (which saves them through the runner); the
summary only reads the saved SessionRecord. A session stopped because it hurt, or because
the skin went red, gets a calm word that stopping was right, never a score.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from coach.core.records import Kind, SessionRecord, SessionStatus
from coach.core.routine import Routine
from coach.ui import theme
from coach.ui.before_view import (
    EMERGENCY_LINE,
    RATING_NOTE,
    TICK,
    FlowPage,
    button,
    card,
    routine_header,
    text_label,
)
from coach.ui.before_view import words as before_words
from coach.ui.i18n import translate
from coach.ui.rating_widget import RatingWidget

NOTE_MAX_CHARS = 200
#: A change this big on a 0-10 scale is one people feel (CLINICAL.md section 5).
FELT_CHANGE = 2


def minutes_words(seconds: float) -> str:
    """'11 min', or 'under 1 min' for a short but real time."""
    minutes = round(seconds / 60)
    if minutes == 0 and seconds > 0:
        return translate("AfterView", "under 1 min")
    return translate("AfterView", "{n} min").format(n=minutes)


def summary_line(record: SessionRecord) -> str:
    """'8 of 9 steps · 11 min · spasm 6 → 4' (only the parts the record has)."""
    parts = [
        translate("AfterView", "{done} of {total} steps").format(
            done=record.steps_done, total=record.steps_total
        ),
        minutes_words(record.active_seconds),
    ]
    before, after = record.spasm_before, record.spasm_after
    if before is not None and after is not None:
        parts.append(
            translate("AfterView", "spasm {before} → {after}").format(
                before=before, after=after
            )
        )
    elif before is not None:
        parts.append(translate("AfterView", "spasm {n} before").format(n=before))
    elif after is not None:
        parts.append(translate("AfterView", "spasm {n} after").format(n=after))
    return " · ".join(parts)


def heat_line(record: SessionRecord) -> str:
    """'15 min of heat · skin fine' for a heat session, else ''."""
    if record.kind is not Kind.HEAT or record.heat_seconds is None:
        return ""
    parts = [
        translate("AfterView", "{time} of heat").format(time=minutes_words(record.heat_seconds))
    ]
    if record.skin_ok is True:
        parts.append(translate("AfterView", "skin fine"))
    elif record.skin_ok is False:
        parts.append(translate("AfterView", "skin went red"))
    return " · ".join(parts)


def closing_words(record: SessionRecord) -> list[str]:
    """The calm sentences under the summary: how it ended, and what to do if it repeats."""
    words: list[str] = []
    if record.status is SessionStatus.STOPPED and record.skin_ok is False:
        words += [
            translate(
                "AfterView",
                "You stopped the heat because your skin was red or blotchy. "
                "That was the right thing to do.",
            ),
            translate(
                "AfterView",
                "Let the skin cool down. If it stays red, blisters or hurts, contact your "
                "clinician.",
            ),
        ]
    elif record.status is SessionStatus.STOPPED:
        words += [
            translate(
                "AfterView", "You stopped because it hurt. That was the right thing to do."
            ),
            translate(
                "AfterView", "If this keeps happening, talk it over with your clinician."
            ),
        ]
    elif record.status is SessionStatus.COMPLETED:
        words.append(translate("AfterView", "You finished the whole routine."))
    elif record.status is SessionStatus.PARTIAL:
        words.append(translate("AfterView", "You did part of the routine. That still counts."))
    else:
        words.append(translate("AfterView", "The session ended early. What you did is saved."))
    before, after = record.spasm_before, record.spasm_after
    worse = before is not None and after is not None and after - before >= FELT_CHANGE
    if worse and record.status is not SessionStatus.STOPPED:  # a stop already says it
        words.append(
            translate(
                "AfterView",
                "Your spasms are higher than before. If that happens often with this "
                "routine, go over it with your clinician.",
            )
        )
    return words


def ended_heading(record: SessionRecord) -> str:
    """'Session finished' or 'Session stopped' for the top of the after form."""
    if record.status is SessionStatus.COMPLETED:
        return translate("AfterView", "Session finished")
    if record.status is SessionStatus.STOPPED:
        return translate("AfterView", "Session stopped")
    return translate("AfterView", "Session ended")


class AfterView(QWidget):
    """The after form, then the summary of the saved session."""

    #: Save pressed: (spasm after or None, note).
    saveRequested = Signal(object, str)
    #: Done pressed on the summary.
    doneRequested = Signal()

    def __init__(
        self, routine: Routine, record: SessionRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.routine = routine
        self.record = record
        self._saved = False
        self.page = FlowPage(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page)
        column = self.page.column
        column.addWidget(routine_header(routine))

        # The form
        self.form_card, form = card()
        self.form_card.setObjectName("afterForm")
        self.ended_label = text_label(ended_heading(record), "muted")
        self.ended_label.setObjectName("endedHeading")
        form.addWidget(self.ended_label)
        question = text_label(self.tr("How are your spasms now?"), "heading")
        form.addWidget(question)
        self.rating = RatingWidget(name=self.tr("Spasms now, 0 to 10"))
        question.setBuddy(self.rating)
        form.addWidget(self.rating)
        form.addWidget(text_label(before_words(RATING_NOTE), "small"))
        note_label = text_label(self.tr("A short note, if you like"), "large")
        form.addWidget(note_label)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("sessionNote")
        self.note_edit.setMaxLength(NOTE_MAX_CHARS)
        self.note_edit.setPlaceholderText(self.tr("For example: easier on the left today"))
        self.note_edit.setAccessibleName(self.tr("Note about this session (optional)"))
        self.note_edit.setMinimumHeight(theme.HIT_TARGET)
        self.note_edit.setTextMargins(theme.space(1), 0, theme.space(1), 0)
        note_label.setBuddy(self.note_edit)
        form.addWidget(self.note_edit)
        row = QHBoxLayout()
        row.setSpacing(theme.space(1.5))
        self.save_button = button(
            self.tr("Save"), "primary", name=self.tr("Save the rating and note")
        )
        self.save_button.setObjectName("saveAfter")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._save)
        self.skip_button = button(self.tr("Skip rating"), name=self.tr("Save without a rating"))
        self.skip_button.setObjectName("skipAfter")
        self.skip_button.clicked.connect(self._skip)
        row.addWidget(self.save_button)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        form.addLayout(row)
        self.problem_label = text_label("", "problem")
        self.problem_label.hide()
        form.addWidget(self.problem_label)
        self.rating.valueChanged.connect(self._on_rating)
        column.addWidget(self.form_card)

        # The summary
        self.summary_card, summary = card()
        self.summary_card.setObjectName("summaryCard")
        self.saved_label = text_label(f"{TICK} " + self.tr("Saved in your diary"), "confirmed")
        self.summary_label = text_label("", "heading")
        self.summary_label.setObjectName("summaryLine")
        self.heat_label = text_label("", "large")
        self.heat_label.setObjectName("heatLine")
        self.words_box = QVBoxLayout()
        self.words_box.setSpacing(theme.space(1))
        self.words_labels: list = []
        self.emergency_label = text_label(before_words(EMERGENCY_LINE), "muted")
        self.done_button = button(
            self.tr("Done"), "primary", name=self.tr("Done, back to where I was")
        )
        self.done_button.setObjectName("doneButton")
        self.done_button.clicked.connect(self.doneRequested)
        for widget in (self.saved_label, self.summary_label, self.heat_label):
            summary.addWidget(widget)
        summary.addLayout(self.words_box)
        summary.addWidget(self.emergency_label)
        summary.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.summary_card)
        self.summary_card.hide()
        column.addStretch(1)

    # --- form -------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        (self.done_button if self._saved else self.rating).setFocus()

    @Slot(object)
    def _on_rating(self, value: int | None) -> None:
        self.save_button.setEnabled(value is not None)
        if value is not None:
            self.page.show_widget(self.save_button)

    @Slot()
    def _save(self) -> None:
        if not self._saved and self.rating.value() is not None:
            self.saveRequested.emit(self.rating.value(), self.note_edit.text().strip())

    @Slot()
    def _skip(self) -> None:
        if not self._saved:
            self.saveRequested.emit(None, self.note_edit.text().strip())

    def show_problem(self, text: str) -> None:
        """Keep the form and its answers, and say plainly why saving failed."""
        self.problem_label.setText(text)
        self.problem_label.show()

    # --- summary ----------------------------------------------------------------------

    def show_summary(self, record: SessionRecord) -> None:
        """Replace the form with the summary of the saved session."""
        self.record = record
        self._saved = True
        self.summary_label.setText(summary_line(record))
        heat = heat_line(record)
        self.heat_label.setText(heat)
        self.heat_label.setVisible(bool(heat))
        for label in self.words_labels:
            label.deleteLater()
        self.words_labels = [text_label(words, "large") for words in closing_words(record)]
        for label in self.words_labels:
            self.words_box.addWidget(label)
        self.emergency_label.setVisible(record.status is SessionStatus.STOPPED)
        self.form_card.hide()
        self.summary_card.show()
        self.page.show_widget(self.done_button)  # the one thing left to press
        self.done_button.setFocus()

    @property
    def summary_text(self) -> str:
        """Everything the summary says, as one text (what a screen reader would read)."""
        parts = [self.summary_label.text(), self.heat_label.text()]
        parts += [label.text() for label in self.words_labels]
        return "\n".join(p for p in parts if p)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self._saved:
            self.doneRequested.emit()
        elif enter and self.save_button.isEnabled():
            self._save()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
