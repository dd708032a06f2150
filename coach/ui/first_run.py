"""The first run: what the app does, the safety note, and the first choices.

Shown in place of the whole window on the first start (Settings.accepted_on is None) and
again on request from Settings. Four short pages: welcome and the safety note (to be
accepted), the stretches' sides and the heat mode, sound and voice, and an optional first
plan. Finish saves all of it in one go, with the day of acceptance; closing the app
before Finish saves nothing, so the welcome comes back next time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coach.core.records import Kind, PlanRow
from coach.core.settings import Settings
from coach.store.errors import StoreError
from coach.ui import theme
from coach.ui.form_fields import WrappingCheck, button
from coach.ui.page import card, fill_page, fit_content_width, label
from coach.ui.settings_widgets import (
    ChoiceRow,
    NumberField,
    SettingsStyle,
    heat_options,
    side_options,
    side_steps,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from coach.store.database import Store

EVERY_DAY = frozenset(range(7))


@dataclass(frozen=True)
class PlanOffer:
    """One optional first plan: a kind, done at these times every day."""

    kind: Kind
    times: tuple[str, ...]


#: The first plans offered (both unticked: the programme is the clinician's to set).
PLAN_OFFERS: tuple[PlanOffer, ...] = (
    PlanOffer(Kind.STRETCH, ("09:00", "18:00")),
    PlanOffer(Kind.BREATHING, ("20:00",)),
)


def first_plan(offers: list[PlanOffer], today: date) -> list[PlanRow]:
    """The plan rows for the chosen offers: every day, once per reminder time."""
    rows = []
    for offer in offers:
        times = tuple(sorted(set(offer.times)))
        rows.append(PlanRow(today, offer.kind, len(times), EVERY_DAY, times))
    return rows


def needs_first_run(settings: Settings) -> bool:
    """True until the safety note has been accepted."""
    return settings.accepted_on is None


class PlanChoice(QWidget):
    """A tick box for one plan offer and a time box per reminder."""

    def __init__(self, text: str, offer: PlanOffer, time_words: list[str]) -> None:
        super().__init__()
        self.offer = offer
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.space(1))
        self.check = WrappingCheck(text)
        layout.addWidget(self.check)
        times = QHBoxLayout()
        times.setContentsMargins(theme.space(5), 0, 0, 0)
        times.setSpacing(theme.space(1.5))
        self.time_edits: list[QTimeEdit] = []
        for words, hhmm in zip(time_words, offer.times, strict=True):
            edit = QTimeEdit(QTime.fromString(hhmm, "HH:mm"))
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(words)
            edit.setMinimumHeight(theme.HIT_TARGET)
            edit.setEnabled(False)
            self.time_edits.append(edit)
            times.addWidget(edit)
        times.addStretch(1)
        layout.addLayout(times)
        self.check.box.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        for edit in self.time_edits:
            edit.setEnabled(on)

    def chosen(self) -> PlanOffer | None:
        """The offer with the times shown, or None when not ticked."""
        if not self.check.isChecked():
            return None
        times = tuple(e.time().toString("HH:mm") for e in self.time_edits)
        return PlanOffer(self.offer.kind, times)


class FirstRunView(QWidget):
    """The welcome and first choices; emits `closed` after Finish."""

    #: Done: the window shows its screens again.
    closed = Signal()
    #: Settings (and perhaps a plan) were saved.
    dataChanged = Signal()

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
        revisit: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self._store = store
        self._now = now or (lambda: datetime.now().astimezone())
        self.revisit = revisit
        try:
            self._settings = store.settings()
        except StoreError:
            self._settings = Settings()
        try:
            self._has_plan = bool(store.plan_rows())
        except StoreError:
            self._has_plan = True  # never write a plan over one that could not be read
        self._page = 0
        self.side_rows: dict[str, ChoiceRow] = {}
        self._style = SettingsStyle(self)
        self._build()
        self._style.apply()
        self.show_page(0)

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self._scroll = QScrollArea(self)
        outer.addWidget(self._scroll, 1)
        page = fill_page(self._scroll)
        self._content = page.content
        fit_content_width(self._content)
        column = page.column
        self.step_label = label("", "small")
        self.step_label.setObjectName("firstRunStep")
        column.addWidget(self.step_label)
        self.pages: list[QWidget] = [
            self._welcome_page(),
            self._programme_page(),
            self._sound_page(),
            self._plan_page(),
        ]
        for widget in self.pages:
            column.addWidget(widget)
        column.addStretch(1)

        # The buttons stay in sight below the scrolled page, whatever the text size.
        divider = QFrame(self)
        theme.set_role(divider, "divider")
        divider.setFixedHeight(1)
        outer.addWidget(divider)
        bar = QFrame(self)
        bar.setObjectName("firstRunBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(
            theme.space(4), theme.space(1.5), theme.space(4), theme.space(1.5)
        )
        row.setSpacing(theme.space(1.5))
        self.back_button = button(self.tr("Back"))
        self.next_button = button(self.tr("Next"), "primary")
        self.next_button.setObjectName("firstRunNext")
        self.status = label("", "problem")
        self.status.hide()
        self.hint = label(self.tr("Tick the box at the end of the page to go on."), "muted")
        self.hint.setObjectName("firstRunHint")
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        row.addWidget(self.back_button)
        row.addWidget(self.status, 10)
        row.addWidget(self.hint, 10)
        row.addStretch(1)  # the buttons keep their own width when no words show
        row.addWidget(self.next_button)
        outer.addWidget(bar)

    def _page_widget(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.space(2))
        layout.addWidget(label(title, "title"))
        return widget, layout

    def _welcome_page(self) -> QWidget:
        widget, layout = self._page_widget(self.tr("Welcome to Trapezius Coach"))
        layout.addWidget(
            label(
                self.tr(
                    "This app guides you through gentle stretches, heat and slow breathing, "
                    "one step at a time, with a clear timer and calm sound cues."
                ),
                "large",
            )
        )
        layout.addWidget(
            label(
                self.tr(
                    "It also keeps a simple diary: how strong your spasms are from 0 to 10, "
                    "your sessions and your injection dates. Charts and a one-page report "
                    "show what seems to help, so you can talk it over with your clinician."
                )
            )
        )
        note, note_layout = card("notice")
        note.setObjectName("safetyNote")
        note_layout.addWidget(
            label(self.tr("It supports your care; it never replaces it"), "heading")
        )
        for text in (
            self.tr(
                "Use it alongside the plan you agreed with your clinician or "
                "physiotherapist. Cervical dystonia is not ordinary neck tension: a stretch "
                "that helps one person can make another worse."
            ),
            self.tr(
                "Before you start, please confirm with them which exercises suit you, and "
                "on which side, or both, you should do each stretch."
            ),
            self.tr(
                "Move slowly and keep breathing. Stop at once if pain sharpens, spasms or "
                "tremor clearly get worse, or you feel dizzy, tingling, numb or short of "
                "breath. In an emergency, call emergency services."
            ),
        ):
            note_layout.addWidget(label(text))
        layout.addWidget(note)
        layout.addWidget(
            label(self.tr("Everything you record stays on this computer."), "muted")
        )
        self.accept_check = WrappingCheck(
            self.tr(
                "I understand: this app supports the plan agreed with my clinician, and I "
                "will confirm my programme and sides with them."
            )
        )
        self.accept_check.setObjectName("acceptSafetyNote")
        self.accept_check.setChecked(self.revisit and self._settings.accepted_on is not None)
        self.accept_check.box.toggled.connect(self._update_buttons)
        layout.addWidget(self.accept_check)
        return widget

    def _programme_page(self) -> QWidget:
        widget, layout = self._page_widget(self.tr("Your stretches and heat"))
        layout.addWidget(
            label(
                self.tr(
                    "Some stretches can be done on both sides or on one side only. Choose "
                    "as your physiotherapist set them. You can change this later in "
                    "Settings."
                )
            )
        )
        for step in side_steps(self._store.data_dir):
            layout.addWidget(label(step.title, "kindtitle"))
            row = ChoiceRow(
                step.title, side_options(), self._settings.sides.get(step.id, "both")
            )
            row.setObjectName(f"side-{step.id}")
            self.side_rows[step.id] = row
            layout.addWidget(row)
        layout.addSpacing(theme.space(1))
        layout.addWidget(label(self.tr("Heat"), "kindtitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Choose reduced feeling if the skin there feels less than elsewhere, or "
                    "if you have diabetes or poor circulation: heat then stops after 10 "
                    "minutes."
                )
            )
        )
        self.heat_mode = ChoiceRow(self.tr("Heat"), heat_options(), self._settings.heat_mode)
        self.heat_mode.setObjectName("heatMode")
        layout.addWidget(self.heat_mode)
        return widget

    def _sound_page(self) -> QWidget:
        widget, layout = self._page_widget(self.tr("Sound and voice"))
        layout.addWidget(
            label(
                self.tr(
                    "Soft sounds tell you when to start, switch sides and rest, so you can "
                    "follow a session with your eyes closed."
                )
            )
        )
        self.sound_check = WrappingCheck(self.tr("Play gentle sound cues during a session"))
        self.sound_check.setChecked(self._settings.sound)
        layout.addWidget(self.sound_check)
        volume_words = self.tr("Volume")
        volume_label = label(volume_words)
        self.volume = NumberField(
            volume_words, "volume", self._settings.volume, suffix=self.tr(" %"), step=10
        )
        volume_label.setBuddy(self.volume.spin)
        layout.addWidget(volume_label)
        layout.addWidget(self.volume)
        self.voice_check = WrappingCheck(
            self.tr("Speak the instructions aloud (uses your computer's speech, if it has one)")
        )
        self.voice_check.setChecked(self._settings.voice)
        layout.addWidget(self.voice_check)
        return widget

    def _plan_page(self) -> QWidget:
        widget, layout = self._page_widget(self.tr("A first plan (optional)"))
        self.plan_choices: list[PlanChoice] = []
        if self._has_plan:
            layout.addWidget(
                label(
                    self.tr(
                        "You already have a plan. You can change it on the Plan screen at "
                        "any time."
                    )
                )
            )
            return widget
        layout.addWidget(
            label(
                self.tr(
                    "A plan says how often you mean to do each kind of routine, and when to "
                    "remind you. Tick one if it fits what you agreed with your clinician, "
                    "or leave both and set a plan later on the Plan screen."
                )
            )
        )
        stretch, breathing = PLAN_OFFERS
        self.plan_choices = [
            PlanChoice(
                self.tr("Remind me to stretch twice a day, every day"),
                stretch,
                [self.tr("First stretch reminder"), self.tr("Second stretch reminder")],
            ),
            PlanChoice(
                self.tr("Remind me to do slow breathing once a day, every day"),
                breathing,
                [self.tr("Breathing reminder")],
            ),
        ]
        for choice in self.plan_choices:
            layout.addWidget(choice)
        return widget

    # --- moving between pages ---------------------------------------------------------

    @property
    def page(self) -> int:
        """The page shown now, from 0."""
        return self._page

    def show_page(self, index: int) -> None:
        """Show one page (0 to 3)."""
        self._page = max(0, min(len(self.pages) - 1, index))
        for i, widget in enumerate(self.pages):
            widget.setVisible(i == self._page)
        self.step_label.setText(
            self.tr("Step {n} of {total}").format(n=self._page + 1, total=len(self.pages))
        )
        self._scroll.verticalScrollBar().setValue(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        last = self._page == len(self.pages) - 1
        self.back_button.setVisible(self._page > 0)
        self.next_button.setText(self.tr("Start using the app") if last else self.tr("Next"))
        self.next_button.setEnabled(self._page > 0 or self.accept_check.isChecked())
        self.hint.setVisible(not self.next_button.isEnabled())
        self.next_button.setAccessibleDescription(
            ""
            if self.next_button.isEnabled()
            else self.tr("First tick the box to say you have read the safety note.")
        )

    @Slot()
    def back(self) -> None:
        """The page before."""
        self.show_page(self._page - 1)

    @Slot()
    def next(self) -> None:
        """The next page, or on the last one save everything and close."""
        if self._page == 0 and not self.accept_check.isChecked():
            return
        if self._page < len(self.pages) - 1:
            self.show_page(self._page + 1)
            self.next_button.setFocus()
            return
        self.finish()

    # --- saving -----------------------------------------------------------------------

    def choices(self, base: Settings | None = None) -> Settings:
        """The settings as chosen on these pages (with the day of acceptance), on top of
        `base` (the settings read when the pages opened, if not given)."""
        today = self._now().date()
        old = base or self._settings
        sides = dict(old.sides)
        sides.update({step_id: row.value() for step_id, row in self.side_rows.items()})
        return replace(
            old,
            sides=sides,
            heat_mode=self.heat_mode.value(),
            sound=self.sound_check.isChecked(),
            volume=self.volume.value(),
            voice=self.voice_check.isChecked(),
            accepted_on=old.accepted_on or today,
            first_use=old.first_use or today,
        )

    def chosen_plan(self) -> list[PlanRow]:
        """The plan rows to write (none when a plan exists already)."""
        if self._has_plan:
            return []
        offers = [o for c in self.plan_choices if (o := c.chosen()) is not None]
        return first_plan(offers, self._now().date())

    @Slot()
    def finish(self) -> bool:
        """Save the choices and the plan together, then close; True if saved."""
        if not self.accept_check.isChecked():
            self.show_page(0)
            return False
        plan = self.chosen_plan()
        try:
            with self._store.transaction():
                # On top of what is saved now: other settings may have changed meanwhile.
                settings = self.choices(self._store.settings())
                self._store.save_settings(settings)
                for row in plan:
                    self._store.add_plan_row(row)
        except StoreError as error:
            self.status.setText(
                self.tr("Not saved: {error} Please try again.").format(error=error)
            )
            self.status.show()
            return False
        self._settings = settings
        self.status.hide()
        self.dataChanged.emit()
        self.closed.emit()
        return True

    # --- theme changes ----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            fit_content_width(self._content)
            self._style.apply()


def show_first_run(window: QMainWindow, store: Store) -> FirstRunView | None:
    """Show the welcome in place of the window's screens, if the note is not accepted."""
    try:
        settings = store.settings()
    except StoreError:
        settings = Settings()
    if not needs_first_run(settings):
        return None
    view = FirstRunView(store)
    window.show_full_window(view)  # type: ignore[attr-defined]
    view.accept_check.box.setFocus()
    return view
