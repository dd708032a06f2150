"""The Routines screen: every routine as a card, grouped by kind, each with a Start button.

Routines come from coach.core.routine_library (the built-ins and the patient's own files);
a file that could not be read is named in one calm line, and the rest still show. Start
builds a SessionFlow and asks the main window (through `fullWindowRequested`) to show it
in place of the whole window until the flow closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QMetaMethod, QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.core.clock import Clock
from coach.core.records import KINDS, Kind
from coach.core.routine import Routine
from coach.core.routine_library import Library, load_library
from coach.core.settings import Settings
from coach.store.errors import StoreError
from coach.ui import theme
from coach.ui.before_view import FlowPage, button, card, text_label
from coach.ui.illustration import IllustrationView
from coach.ui.session_flow import SessionFlow, local_now, routine_minutes

#: Side of the small illustration on a card (px at text scale 1.0).
CARD_IMAGE = 72
#: A card needs about this much width (px at text scale 1.0) to share a row with another.
CARD_MIN_WIDTH = 340


def first_sentence(text: str) -> str:
    """The summary's first sentence: one line to read, not a paragraph."""
    text = " ".join(text.split())
    for end in (". ", "! ", "? "):
        cut = text.find(end)
        if cut != -1:
            text = text[: cut + 1]
    return text


#: A picture for a routine whose steps name none: a calm figure of its kind.
KIND_IMAGES: dict[Kind, str] = {
    Kind.STRETCH: "settle.svg",
    Kind.HEAT: "heat-pack.svg",
    Kind.BREATHING: "belly-breathing.svg",
    Kind.RELAXATION: "relaxation.svg",
}


def first_image(routine: Routine) -> str | None:
    """The first illustration any step of the routine names, else its kind's picture."""
    named = next((step.image for step in routine.steps if step.image), None)
    return named or KIND_IMAGES.get(routine.kind)


def illustration(image: str | None, kind: Kind, side: int) -> QWidget:
    """The routine's first illustration, small (a soft kind-coloured tile if it has none)."""
    if image:
        widget: QWidget = IllustrationView()
        widget.set_image(image)
        widget.setMinimumSize(side, side)
    else:
        widget = QFrame()
        theme.set_role(widget, "kindstripe")
        theme.set_kind(widget, kind)
    widget.setFixedSize(QSize(side, side))
    return widget


class RoutineCard(QFrame):
    """One routine: picture, title, minutes, one line of summary, and Start."""

    startClicked = Signal(object)  # the Routine
    editClicked = Signal(object)  # the Routine

    def __init__(self, routine: Routine, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.routine = routine
        self.minutes = minutes
        self.setObjectName(f"routine-{routine.id}")
        theme.set_role(self, "kindcard")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(
            theme.space(1.5), theme.space(1.5), theme.space(2.5), theme.space(2)
        )
        outer.setSpacing(theme.space(2))
        stripe = QFrame()
        theme.set_role(stripe, "kindstripe")
        theme.set_kind(stripe, routine.kind)
        stripe.setFixedWidth(theme.space(0.75))
        outer.addWidget(stripe)

        body = QVBoxLayout()
        body.setContentsMargins(0, theme.space(0.5), 0, 0)
        body.setSpacing(theme.space(1))
        top = QHBoxLayout()
        top.setSpacing(theme.space(2))
        scale = theme.current_text_scale(QApplication.instance())
        self.image = illustration(first_image(routine), routine.kind, round(CARD_IMAGE * scale))
        top.addWidget(self.image, 0, Qt.AlignmentFlag.AlignTop)
        heading = QVBoxLayout()
        heading.setSpacing(theme.space(0.5))
        self.title_label = text_label(routine.title, "kindtitle")
        theme.set_kind(self.title_label, routine.kind)
        self.minutes_label = text_label(f"{minutes} min", "muted")
        heading.addWidget(self.title_label)
        heading.addWidget(self.minutes_label)
        heading.addStretch(1)
        top.addLayout(heading, 1)
        body.addLayout(top)
        self.summary_label = text_label(first_sentence(routine.summary))
        body.addWidget(self.summary_label)
        body.addStretch(1)
        self.start_button: QPushButton = button(
            "Start", "primary", name=f"Start {routine.title}, {minutes} minutes"
        )
        self.start_button.clicked.connect(lambda: self.startClicked.emit(self.routine))
        # Change opens the routine editor; More holds copy, export, reset or remove.
        self.edit_button = button(
            self.tr("Change"), name=self.tr("Change {title}").format(title=routine.title)
        )
        self.edit_button.clicked.connect(lambda: self.editClicked.emit(self.routine))
        self.more_button = button(
            self.tr("More"), name=self.tr("More for {title}").format(title=routine.title)
        )
        actions = QHBoxLayout()
        actions.setSpacing(theme.space(1))
        for widget in (self.start_button, self.edit_button, self.more_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        body.addLayout(actions)
        outer.addLayout(body, 1)

    def actions_width(self) -> int:
        """The width the card needs to show Start, Change and More whole (as styled now);
        the buttons are also held at that size, so a narrow card can never cut them."""
        total = 0
        for widget in (self.start_button, self.edit_button, self.more_button):
            widget.ensurePolished()
            wanted = widget.sizeHint().width()
            widget.setMinimumWidth(wanted)
            total += wanted
        margins = theme.space(1.5) + theme.space(2.5) + theme.space(0.75) + theme.space(2)
        return total + 2 * theme.space(1) + margins


@dataclass
class KindSection:
    """A kind's heading and its cards (laid out in the library's one grid)."""

    kind: Kind
    heading: QLabel
    cards: list[RoutineCard]


class LibraryView(QWidget):
    """The Routines screen. Call refresh() to re-read routines and settings."""

    #: A widget to show in place of the whole window until it emits `closed` (the main
    #: window also listens to its `dataChanged`).
    fullWindowRequested = Signal(object)

    def __init__(
        self,
        store,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
        clock: Clock | None = None,
        cues_factory: Callable[[Settings], object | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._now = now or local_now
        #: The monotonic clock sessions run on (None: the real one); tests set a FakeClock.
        self.session_clock = clock
        #: Makes a session's sound cues from the settings (None: coach.ui.sound's).
        self.cues_factory = cues_factory
        self.library = Library(())
        self.sections: list[KindSection] = []
        self.flow: SessionFlow | None = None
        self._columns = 0

        self.page = FlowPage(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page)
        column = self.page.column
        column.addWidget(text_label("Routines", "title"))
        column.addWidget(
            text_label(
                "Choose one and press Start. Each routine tells you what to do and for how "
                "long, step by step.",
                "muted",
            )
        )
        # New routine and Import, and one line on what they did (with Undo where it fits).
        from coach.ui.editor_actions import LibraryActions

        self.actions = LibraryActions(self)
        self.new_button = button(self.tr("New routine"), name=self.tr("Make a new routine"))
        self.new_button.clicked.connect(self.actions.new_routine)
        self.import_button = button(
            self.tr("Import a routine…"), name=self.tr("Import a routine from a file")
        )
        self.import_button.clicked.connect(lambda: self.actions.import_file())
        own = QHBoxLayout()
        own.setSpacing(theme.space(1.5))
        own.addWidget(self.new_button)
        own.addWidget(self.import_button)
        own.addStretch(1)
        column.addLayout(own)
        column.addWidget(self.actions.bar)
        self.problems_card, problems = card()
        self.problems_card.setObjectName("libraryProblems")
        self.problems_label = text_label()
        self.problems_label.setObjectName("libraryProblemText")
        self.problems_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        problems.addWidget(self.problems_label)
        self.problems_card.hide()
        # One grid for every kind, so the cards line up from section to section.
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(theme.space(2))
        self._grid.setVerticalSpacing(theme.space(2))
        column.addLayout(self._grid)
        # Last: the routines come first, a file that could not be read is a footnote.
        column.addSpacing(theme.space(1))
        column.addWidget(self.problems_card)
        column.addStretch(1)
        self.refresh()

    # --- data -------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Re-read the routines (the patient may have added a file) and their lengths."""
        if self.flow is not None:
            return
        self.library = load_library(self._store.data_dir)
        try:
            settings = self._store.settings()
        except StoreError:
            settings = Settings()  # the minutes shown are then the defaults' minutes
        today = self._now().date()
        for section in self.sections:
            for widget in (section.heading, *section.cards):
                self._grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self.sections = []
        for kind in KINDS:
            routines = [r for r in self.library.routines if r.kind is kind]
            if not routines:
                continue
            cards = []
            for routine in routines:
                item = RoutineCard(routine, routine_minutes(routine, settings, today))
                item.startClicked.connect(self.start)
                item.editClicked.connect(self.actions.edit)
                self.actions.attach_menu(routine, item.more_button)
                cards.append(item)
            heading = text_label(theme.kind_look(kind).title, "heading")
            heading.setObjectName(f"section-{kind.value}")
            self.sections.append(KindSection(kind, heading, cards))
        self._columns = 0
        self._place_cards()
        self._show_problems(self.library.problems)

    def _show_problems(self, problems: tuple[str, ...]) -> None:
        if not problems:
            self.problems_card.hide()
            return
        lines = ["Some of your own routine files could not be used; the others are all here."]
        lines += [f"•  {problem}" for problem in problems]
        self.problems_label.setText("\n".join(lines))
        self.problems_card.show()

    @property
    def cards(self) -> list[RoutineCard]:
        """Every routine card, in the order shown."""
        return [item for section in self.sections for item in section.cards]

    def card_for(self, routine_id: str) -> RoutineCard:
        """The card of one routine (KeyError if it is not shown)."""
        for item in self.cards:
            if item.routine.id == routine_id:
                return item
        raise KeyError(routine_id)

    # --- starting ---------------------------------------------------------------------

    @Slot(object)
    def start(self, routine: Routine) -> SessionFlow:
        """Open the session flow for a routine, full-window."""
        # Made with a parent, so Qt (not Python's garbage collector) owns and deletes it.
        flow = SessionFlow(
            self._store,
            routine,
            self,
            now=self._now,
            clock=self.session_clock,
            cues_factory=self.cues_factory,
        )
        self.flow = flow
        flow.closed.connect(self._on_flow_closed)
        if self.isSignalConnected(QMetaMethod.fromSignal(self.fullWindowRequested)):
            self.fullWindowRequested.emit(flow)
        else:
            # Not inside the main window (a test, a preview): the flow gets its own window.
            flow.setWindowFlag(Qt.WindowType.Window, True)
            flow.resize(self.window().size())
            flow.show()
        return flow

    @Slot()
    def _on_flow_closed(self) -> None:
        flow, self.flow = self.flow, None
        if flow is not None and flow.parent() is self:
            # Its own window: close it here. (The main window removes what it showed, and
            # refreshes this screen when it shows it again.)
            flow.hide()
            flow.deleteLater()
            self.refresh()

    # --- adapting to size and text scale ----------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_cards()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._columns = 0
            self._place_cards()

    def _place_cards(self) -> None:
        # Two cards side by side when both have room, else one per row (large text).
        scale = theme.current_text_scale(QApplication.instance())
        width = self.page.content.width()
        card_width = CARD_MIN_WIDTH * scale
        if self.cards:
            card_width = max(card_width, max(item.actions_width() for item in self.cards))
        columns = 2 if width >= 2 * card_width + theme.space(2) else 1
        if columns == self._columns:
            return
        self._columns = columns
        grid = self._grid
        for section in self.sections:
            for widget in (section.heading, *section.cards):
                grid.removeWidget(widget)
        row = 0
        for number, section in enumerate(self.sections):
            # Air above each kind's heading but the first.
            top = theme.space(2) if number else 0
            section.heading.setContentsMargins(0, top, 0, 0)
            grid.addWidget(section.heading, row, 0, 1, 2)
            row += 1
            for i, item in enumerate(section.cards):
                grid.addWidget(item, row + i // columns, i % columns)
            row += (len(section.cards) + columns - 1) // columns
        for column in range(2):
            grid.setColumnStretch(column, 1 if column < columns else 0)
