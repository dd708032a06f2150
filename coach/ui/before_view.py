"""Before a session: may it start, is it safe today, and how are the spasms right now.

The screen only shows what it is given: the start decision comes from
coach.core.session_rules (computed by the session flow), the checklist from the routine's
`cautions`. It writes nothing; "Start" hands the chosen rating to the flow, which opens the
session. Every way of stopping here (a refusal, a "no") leaves the diary untouched.

States: REFUSED (a rule says not now, and from when), CHECKING (heat checklist or the
stretch question waiting for answers), STOPPED (an answer said it is not safe today), READY
(the rating and the Start button).

Also home of FlowPage and text_label, the page frame and label every flow screen uses.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.core.records import Kind
from coach.core.routine import Routine
from coach.core.session_rules import StartDecision
from coach.ui import theme
from coach.ui.core_words import caution_reason_words
from coach.ui.i18n import kind_title, translate
from coach.ui.page import card, fill_page, fit_content_width
from coach.ui.page import label as text_label
from coach.ui.rating_widget import RatingWidget

# English constants (tests read them); words() shows them in the language of the app.
EMERGENCY_LINE = QT_TRANSLATE_NOOP("BeforeView", "In an emergency, call emergency services.")
STOP_RULE_LINE = QT_TRANSLATE_NOOP(
    "BeforeView", "You can stop at any moment with the red “Stop — this hurts” button."
)
STRETCH_QUESTION = QT_TRANSLATE_NOOP(
    "BeforeView", "No new severe neck pain, numbness or weakness since your last session?"
)
STRETCH_YES = QT_TRANSLATE_NOOP("BeforeView", "Yes, nothing new")
STRETCH_NO = QT_TRANSLATE_NOOP("BeforeView", "No, something is new")
STRETCH_STOP = QT_TRANSLATE_NOOP(
    "BeforeView",
    "New severe pain, numbness or weakness should be looked at by your clinician before "
    "you stretch again. Please get in touch with them.",
)
BREATHING_NOTE = QT_TRANSLATE_NOOP(
    "BeforeView",
    "If you have heart or lung disease, tend to faint, or are pregnant, check with your "
    "clinician before doing breathing exercises.",
)
RATING_QUESTION = QT_TRANSLATE_NOOP("BeforeView", "How are your spasms right now?")
RATING_NOTE = QT_TRANSLATE_NOOP("BeforeView", "Your own tracking number, not a clinical scale.")


def words(text: str) -> str:
    """One of the constants above in the language the app shows."""
    return translate("BeforeView", text)


TICK = "✓"


class BeforeState(StrEnum):
    """Where the before screen is."""

    REFUSED = "refused"
    CHECKING = "checking"
    STOPPED = "stopped"
    READY = "ready"


# --- the page frame every flow screen uses --------------------------------------------


def button(text: str, role: str | None = None, *, name: str | None = None) -> QPushButton:
    """A push button with a theme role, a pointing cursor and a spoken name."""
    widget = QPushButton(text)
    if role:
        theme.set_role(widget, role)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setAccessibleName(name or text)
    # The stylesheet asks for this too; set here, the size holds whatever the style.
    widget.setMinimumSize(theme.HIT_TARGET, theme.HIT_TARGET)
    return widget


class FlowPage(QScrollArea):
    """A scrolled page with one centred column, never wider than reads easily.

    Large text never clips: the column grows down and the page scrolls.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _, self.content, self.column = fill_page(self)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._wanted: QWidget | None = None
        self._fit_width()

    def show_widget(self, widget: QWidget) -> None:
        """Scroll so that a widget (e.g. the button to press next) is in sight, once the
        page has made room for anything just shown."""
        self._wanted = widget
        QTimer.singleShot(0, self, self._scroll_to_wanted)

    def _scroll_to_wanted(self) -> None:
        widget, self._wanted = self._wanted, None
        if widget is None:
            return
        # The page grows through posted layout requests; take them now, then scroll.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.ensureWidgetVisible(widget, 0, theme.space(3))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_width()

    def _fit_width(self) -> None:
        fit_content_width(self.content)


def routine_header(routine: Routine, minutes: int | None = None) -> QWidget:
    """The kind (in its colour, in words) and the routine's title."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(theme.space(0.5))
    kind_line = kind_title(routine.kind)
    if minutes is not None:
        kind_line += " · " + translate("BeforeView", "{n} min").format(n=minutes)
    kind = text_label(kind_line, "kindtitle")
    kind.setObjectName("routineKind")
    theme.set_kind(kind, routine.kind)
    title = text_label(routine.title, "title")
    title.setObjectName("routineTitle")
    layout.addWidget(kind)
    layout.addWidget(title)
    return box


# --- the safety questions ---------------------------------------------------------------


class YesNoQuestion(QFrame):
    """One statement with an explicit Yes and No; the chosen answer is also written."""

    answered = Signal(bool)

    def __init__(
        self,
        text: str,
        *,
        yes: str | None = None,
        no: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        yes = self.tr("Yes") if yes is None else yes
        no = self.tr("No") if no is None else no
        theme.set_role(self, "card")
        self.text = text
        self._yes_text = yes
        self._answer: bool | None = None
        self._grid = QGridLayout(self)
        pad = theme.space(2)
        self._grid.setContentsMargins(pad, pad, pad, pad)
        self._grid.setHorizontalSpacing(theme.space(3))
        self._grid.setVerticalSpacing(theme.space(1.5))
        self.label = text_label(text, "large")
        self._grid.addWidget(self.label, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self._buttons = QWidget()
        row = QHBoxLayout(self._buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.space(1.5))
        self.yes_button = button(yes, name=f"{yes}: {text}")
        self.no_button = button(no, name=f"{no}: {text}")
        group = QButtonGroup(self)
        for answer, widget in ((True, self.yes_button), (False, self.no_button)):
            widget.setCheckable(True)
            group.addButton(widget)
            widget.clicked.connect(lambda _=False, a=answer: self._choose(a))
            row.addWidget(widget)
        row.addStretch(1)
        self._wide: bool | None = None
        self._place_buttons(wide=False)
        self._style_key = ""
        self._restyle()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._restyle()

    def _restyle(self) -> None:
        # The theme has no look for a chosen push button: a soft fill and the primary
        # border here, from the palette in use. The answers grow with large text, so a
        # shaky hand still finds them (a no-op unless colours or text size changed).
        app = QApplication.instance()
        palette = theme.current_palette(app)
        scale = theme.current_text_scale(app) if app is not None else 1.0
        key = f"{palette.name}-{scale}"
        if key == self._style_key:
            return
        self._style_key = key
        self._buttons.setStyleSheet(
            f"QPushButton {{ min-height: {max(theme.HIT_TARGET, round(36 * scale))}px; "
            f"min-width: {round(64 * scale)}px; }}\n"
            f"QPushButton:checked {{ background: {palette.primary_soft}; "
            f"border: 3px solid {palette.primary}; }}"
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side when the statement keeps a comfortable column beside the buttons;
        # else the buttons go under it (large text), where nothing gets squeezed.
        room = self.label.fontMetrics().averageCharWidth() * 36
        spare = event.size().width() - self._buttons.sizeHint().width() - theme.space(7)
        self._place_buttons(wide=spare >= room)

    def _place_buttons(self, *, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        self._grid.removeWidget(self._buttons)
        if wide:
            self._grid.addWidget(self._buttons, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        else:
            self._grid.addWidget(self._buttons, 1, 0, 1, 2)

    def answer(self) -> bool | None:
        """True for yes, False for no, None before an answer."""
        return self._answer

    def reset(self) -> None:
        """Forget the answer."""
        self._answer = None
        for widget in (self.yes_button, self.no_button):
            widget.setChecked(False)
        self.yes_button.setText(self._yes_text)

    def _choose(self, answer: bool) -> None:
        self._answer = answer
        self.yes_button.setChecked(answer)
        self.no_button.setChecked(not answer)
        # A tick in words as well as the pressed look: colour is never the only sign.
        self.yes_button.setText(f"{TICK} {self._yes_text}" if answer else self._yes_text)
        self.answered.emit(answer)


# --- the screen -------------------------------------------------------------------------


class BeforeView(QWidget):
    """The before screen of one routine; see the module docstring for its states."""

    #: The patient pressed Start: the spasm rating now (int) or None when skipped.
    startRequested = Signal(object)
    #: The patient wants to leave without starting.
    backRequested = Signal()

    def __init__(
        self,
        routine: Routine,
        decision: StartDecision,
        parent: QWidget | None = None,
        *,
        minutes: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.routine = routine
        self.decision = decision
        self.questions: list[YesNoQuestion] = []
        self._state = BeforeState.READY
        self.page = FlowPage(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page)
        column = self.page.column

        self.back_button = button(
            "‹ " + self.tr("Back to routines"), "quiet", name=self.tr("Back to routines")
        )
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.back_button.clicked.connect(self.backRequested)
        column.addWidget(routine_header(routine, minutes))

        self.refusal_card = self._build_refusal()
        self.checks_card = self._build_checks()
        self.stop_card = self._build_stop()
        self.notes_card = self._build_notes()
        self.rating_card = self._build_rating()
        for widget in (
            self.refusal_card,
            self.checks_card,
            self.stop_card,
            self.notes_card,
            self.rating_card,
        ):
            if widget is not None:
                column.addWidget(widget)
        self.footer = text_label(f"{words(STOP_RULE_LINE)} {words(EMERGENCY_LINE)}", "small")
        self.footer.setObjectName("safetyFooter")
        column.addWidget(self.footer)
        column.addStretch(1)

        if not decision.allowed:
            self._set_state(BeforeState.REFUSED)
        elif self.questions:
            self._set_state(BeforeState.CHECKING)
        else:
            self._set_state(BeforeState.READY)

    # --- building ---------------------------------------------------------------------

    def _build_refusal(self) -> QFrame:
        frame, layout = card()
        frame.setObjectName("refusalCard")
        self.refusal_heading = text_label(self.tr("Not right now"), "heading")
        layout.addWidget(self.refusal_heading)
        self.refusal_label = text_label(self.decision.message, "large")
        self.refusal_label.setObjectName("refusalMessage")
        layout.addWidget(self.refusal_label)
        self.refusal_back = button(self.tr("Back to routines"), "primary")
        self.refusal_back.clicked.connect(self.backRequested)
        layout.addWidget(self.refusal_back, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _build_checks(self) -> QFrame | None:
        routine = self.routine
        if routine.kind is Kind.HEAT and routine.cautions:
            heading = self.tr("Safety check before the heat")
            intro = self.tr("Answer each one. The heat starts only when every answer is yes.")
            questions = [YesNoQuestion(c) for c in routine.cautions]
        elif routine.kind is Kind.STRETCH:
            heading = self.tr("A quick check first")
            intro = ""
            questions = [
                YesNoQuestion(
                    words(STRETCH_QUESTION), yes=words(STRETCH_YES), no=words(STRETCH_NO)
                )
            ]
        else:
            return None
        frame = QWidget()
        frame.setObjectName("checksCard")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.space(1.5))
        layout.addWidget(text_label(heading, "heading"))
        if intro:
            layout.addWidget(text_label(intro, "muted"))
        for question in questions:
            question.answered.connect(self._on_answered)
            layout.addWidget(question)
        self.questions = questions
        return frame

    def _build_stop(self) -> QFrame:
        frame, layout = card()
        frame.setObjectName("stopCard")
        self.stop_heading = text_label("", "heading")
        self.stop_label = text_label("", "large")
        self.stop_label.setObjectName("stopReason")
        self.stop_emergency = text_label(words(EMERGENCY_LINE), "muted")
        layout.addWidget(self.stop_heading)
        layout.addWidget(self.stop_label)
        layout.addWidget(self.stop_emergency)
        row = QHBoxLayout()
        row.setSpacing(theme.space(1.5))
        self.stop_back = button(self.tr("Back to routines"), "primary")
        self.stop_back.clicked.connect(self.backRequested)
        self.change_answer = button(self.tr("Change my answer"))
        self.change_answer.clicked.connect(self._change_answer)
        row.addWidget(self.stop_back)
        row.addWidget(self.change_answer)
        row.addStretch(1)
        layout.addLayout(row)
        return frame

    def _build_notes(self) -> QFrame | None:
        notes = []
        if self.routine.kind is Kind.BREATHING:
            notes.append(words(BREATHING_NOTE))
        if self.routine.kind is not Kind.HEAT:  # heat asks its cautions one by one
            for caution in self.routine.cautions:
                # A routine file may say the breathing note in its own words; once is enough.
                lowered = caution.lower()
                if notes and "pregnan" in lowered and "heart" in lowered:
                    continue
                notes.append(caution)
        if not notes:
            return None
        frame, layout = card()
        frame.setObjectName("notesCard")
        layout.addWidget(text_label(self.tr("Keep in mind"), "heading"))
        self.note_labels = []
        for note in notes:
            row = QHBoxLayout()
            row.setSpacing(theme.space(1.5))
            row.addWidget(text_label("•", wrap=False), 0, Qt.AlignmentFlag.AlignTop)
            label = text_label(note)
            row.addWidget(label, 1)
            layout.addLayout(row)
            self.note_labels.append(label)
        return frame

    def _build_rating(self) -> QFrame:
        frame, layout = card()
        frame.setObjectName("beforeRatingCard")
        question = text_label(words(RATING_QUESTION), "heading")
        layout.addWidget(question)
        self.rating = RatingWidget(name=self.tr("Spasms right now, 0 to 10"))
        question.setBuddy(self.rating)
        layout.addWidget(self.rating)
        layout.addWidget(text_label(words(RATING_NOTE), "small"))
        row = QHBoxLayout()
        row.setSpacing(theme.space(1.5))
        self.start_button = button(
            self.tr("Start"),
            "primary",
            name=self.tr("Start {routine}").format(routine=self.routine.title),
        )
        self.start_button.setObjectName("startSession")
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self._start)
        self.skip_button = button(self.tr("Skip rating and start"))
        self.skip_button.setObjectName("skipRating")
        self.skip_button.clicked.connect(self._skip)
        row.addWidget(self.start_button)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.rating.valueChanged.connect(self._on_rating)
        return frame

    # --- state ------------------------------------------------------------------------

    def state(self) -> BeforeState:
        """Where the screen is now."""
        return self._state

    def _set_state(self, state: BeforeState) -> None:
        self._state = state
        self.refusal_card.setVisible(state is BeforeState.REFUSED)
        if self.checks_card is not None:
            self.checks_card.setVisible(state in (BeforeState.CHECKING, BeforeState.READY))
        self.stop_card.setVisible(state is BeforeState.STOPPED)
        if self.notes_card is not None:
            self.notes_card.setVisible(state in (BeforeState.CHECKING, BeforeState.READY))
        self.rating_card.setVisible(state is BeforeState.READY)
        self.footer.setVisible(state in (BeforeState.CHECKING, BeforeState.READY))
        # The one thing to press next takes the keyboard focus.
        focus = {
            BeforeState.REFUSED: self.refusal_back,
            BeforeState.STOPPED: self.stop_back,
            BeforeState.READY: self.rating,
        }.get(state)
        if focus is not None and self.isVisible():
            focus.setFocus()

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self._set_state(self._state)

    @Slot(bool)
    def _on_answered(self, answer: bool) -> None:
        question = self.sender()
        if not answer:
            self._stop_for(question)
            return
        if all(q.answer() for q in self.questions):
            self._set_state(BeforeState.READY)
            self.page.show_widget(self.rating_card)
            return
        # Bring the next open question into view, so a long checklist never hides it.
        waiting = next((q for q in self.questions if q.answer() is None), None)
        if waiting is not None:
            self.page.show_widget(waiting)

    def _stop_for(self, question: YesNoQuestion) -> None:
        if self.routine.kind is Kind.HEAT:
            self.stop_heading.setText(self.tr("Let’s leave the heat for now"))
            self.stop_label.setText(caution_reason_words(question.text))
            self.stop_emergency.hide()
        else:
            self.stop_heading.setText(self.tr("Let’s leave the stretches for now"))
            self.stop_label.setText(words(STRETCH_STOP))
            # New numbness or weakness can be urgent: say where to turn.
            self.stop_emergency.show()
        self._set_state(BeforeState.STOPPED)
        self.page.verticalScrollBar().setValue(0)

    @Slot()
    def _change_answer(self) -> None:
        for question in self.questions:
            if question.answer() is False:
                question.reset()
        self._set_state(BeforeState.CHECKING)

    @Slot(object)
    def _on_rating(self, value: int | None) -> None:
        self.start_button.setEnabled(value is not None)
        if value is not None:
            self.page.show_widget(self.start_button)

    @Slot()
    def _start(self) -> None:
        if self._state is BeforeState.READY and self.rating.value() is not None:
            self.startRequested.emit(self.rating.value())

    @Slot()
    def _skip(self) -> None:
        if self._state is BeforeState.READY:
            self.startRequested.emit(None)

    def show_problem(self, text: str) -> None:
        """Say plainly why the session could not open (e.g. the diary could not be written)."""
        self.refusal_heading.setText(self.tr("The session could not start"))
        self.refusal_label.setText(text)
        self._set_state(BeforeState.REFUSED)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Digits then Enter starts; Escape leaves: the whole screen works from the keyboard.
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.start_button.isEnabled():
            self._start()
        elif key == Qt.Key.Key_Escape:
            self.backRequested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
