"""The Settings screen: the programme's sides and heat, sound, look, reminders and data.

Every change is saved at once (one transaction) and takes effect: the colour theme and
text size restyle the app live; sides, heat and sound shape the next session, which reads
the settings when it starts. A value that cannot be saved is put back as it was, with a
plain message. The numbers keep to settings.LIMITS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from coach.core.settings import Settings
from coach.store.errors import StoreError
from coach.ui import theme
from coach.ui.appearance import apply_appearance, looks_differ
from coach.ui.form_fields import WrappingCheck, button
from coach.ui.page import card, fit_content_width, label, scroll_page
from coach.ui.settings_data import DataCard, _left
from coach.ui.settings_widgets import (
    ChoiceRow,
    NumberField,
    SettingsStyle,
    heat_options,
    side_options,
    side_steps,
)

if TYPE_CHECKING:
    from coach.store.database import Store

TICK = "✓"


class SettingsView(QWidget):
    """The Settings screen. Call refresh() when the saved settings may have changed."""

    #: Emitted after a restore or an import changed the diary.
    dataChanged = Signal()
    #: Asks the window to show the welcome again in place of everything.
    fullWindowRequested = Signal(object)

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
        self._settings = self._read()
        self.side_rows: dict[str, ChoiceRow] = {}
        self._status: dict[str, QLabel] = {}
        self._style = SettingsStyle(self)
        self._build()
        self._style.apply()
        self._show(self._settings)

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self._scroll, self._content, column = scroll_page(self)
        fit_content_width(self._content)
        column.addWidget(label(self.tr("Settings"), "title"))
        column.addWidget(label(self.tr("Every change is saved at once."), "muted"))
        column.addWidget(self._programme_card())
        column.addWidget(self._heat_card())
        column.addWidget(self._sound_card())
        column.addWidget(self._look_card())
        column.addWidget(self._reminders_card())
        self.data_card = DataCard(self._store)
        self.data_card.dataChanged.connect(self._on_data_replaced)
        self.data_card.settingsReplaced.connect(self._on_settings_replaced)
        column.addWidget(self.data_card)
        column.addWidget(self._welcome_card())
        column.addStretch(1)

    def _card(self, key: str, heading: str, intro: str = "") -> tuple[QFrame, QVBoxLayout]:
        frame, layout = card()
        frame.setObjectName(f"{key}Card")
        layout.addWidget(label(heading, "heading"))
        if intro:
            layout.addWidget(label(intro))
        status = label("", "confirmed")
        status.setObjectName(f"{key}Status")
        status.hide()
        self._status[key] = status
        return frame, layout

    def _end_card(self, key: str, layout: QVBoxLayout) -> None:
        layout.addWidget(self._status[key])

    def _programme_card(self) -> QFrame:
        frame, layout = self._card(
            "programme",
            self.tr("Your stretches"),
            self.tr(
                "Some stretches can be done on both sides or on one side only. Choose as "
                "your physiotherapist set them for you: with dystonia, the side matters."
            ),
        )
        steps = side_steps(self._store.data_dir)
        if not steps:
            layout.addWidget(label(self.tr("No routine has a side to choose."), "muted"))
        for step in steps:
            layout.addSpacing(theme.space(1))
            layout.addWidget(label(step.title, "kindtitle"))
            layout.addWidget(
                label(
                    self.tr("In: {routines}").format(routines=", ".join(step.routines)), "small"
                )
            )
            row = ChoiceRow(step.title, side_options(), "both")
            row.setObjectName(f"side-{step.id}")
            row.chosen.connect(
                lambda side, s=step.id: self._change("programme", sides={s: side})
            )
            self.side_rows[step.id] = row
            layout.addWidget(row)
        self._end_card("programme", layout)
        return frame

    def _heat_card(self) -> QFrame:
        frame, layout = self._card(
            "heat",
            self.tr("Heat"),
            self.tr(
                "Choose reduced feeling if the skin there feels less than elsewhere, or if "
                "you have diabetes or poor circulation: heat then stops after 10 minutes."
            ),
        )
        self.heat_mode = ChoiceRow(self.tr("Heat"), heat_options(), "standard")
        self.heat_mode.setObjectName("heatMode")
        self.heat_mode.chosen.connect(lambda mode: self._change("heat", heat_mode=mode))
        layout.addWidget(self.heat_mode)
        self.heat_limit = self._number(
            layout,
            "heat",
            self.tr("Most heat sessions in one day"),
            "heat_daily_limit",
        )
        self.heat_cooldown = self._number(
            layout,
            "heat",
            self.tr("Rest between heat sessions, in minutes"),
            "heat_cooldown_min",
            suffix=self.tr(" min"),
            step=15,
        )
        self.injection_pause = self._number(
            layout,
            "heat",
            self.tr(
                "After an injection, no stretches or heat until the end of that day plus "
                "this many hours"
            ),
            "post_injection_pause_h",
            suffix=self.tr(" h"),
            step=6,
        )
        self._end_card("heat", layout)
        return frame

    def _number(
        self,
        layout: QVBoxLayout,
        key: str,
        words: str,
        name: str,
        *,
        suffix: str = "",
        step: int = 1,
    ) -> NumberField:
        layout.addSpacing(theme.space(1))
        title = label(words)
        field = NumberField(
            words, name, getattr(self._settings, name), suffix=suffix, step=step
        )
        title.setBuddy(field.spin)
        field.valueChanged.connect(lambda value, n=name: self._change(key, **{n: value}))
        layout.addWidget(title)
        layout.addWidget(field)
        return field

    def _sound_card(self) -> QFrame:
        frame, layout = self._card("sound", self.tr("Sound and voice"))
        self.sound_check = WrappingCheck(self.tr("Play gentle sound cues during a session"))
        self.sound_check.box.toggled.connect(lambda on: self._change("sound", sound=on))
        layout.addWidget(self.sound_check)
        self.volume = self._number(
            layout, "sound", self.tr("Volume"), "volume", suffix=self.tr(" %"), step=10
        )
        self.test_sound_button = button(self.tr("Play a test sound"))
        self.test_sound_button.clicked.connect(self.play_test_sound)
        layout.addLayout(_left(self.test_sound_button))
        self.voice_check = WrappingCheck(
            self.tr("Speak the instructions aloud (uses your computer's speech, if it has one)")
        )
        self.voice_check.box.toggled.connect(lambda on: self._change("sound", voice=on))
        layout.addWidget(self.voice_check)
        # The sound cues, made on the first test sound (False: sound cannot load here).
        self._cues: Any = None
        self._end_card("sound", layout)
        return frame

    def _look_card(self) -> QFrame:
        frame, layout = self._card("look", self.tr("Look"))
        layout.addWidget(label(self.tr("Colours")))
        self.theme_row = ChoiceRow(
            self.tr("Colours"),
            [
                ("system", self.tr("As the computer")),
                ("light", self.tr("Light")),
                ("dark", self.tr("Dark")),
            ],
            "system",
        )
        self.theme_row.setObjectName("themeChoice")
        self.theme_row.chosen.connect(lambda mode: self._change("look", theme=mode))
        layout.addWidget(self.theme_row)
        self.text_size = self._number(
            layout, "look", self.tr("Text size"), "text_scale", suffix=self.tr(" %"), step=10
        )
        layout.addSpacing(theme.space(1))
        layout.addWidget(label(self.tr("Language")))
        self.language_row = ChoiceRow(
            self.tr("Language"),
            [
                ("system", self.tr("As the computer")),
                ("en", "English"),
                ("de", "Deutsch"),
            ],
            "system",
        )
        self.language_row.setObjectName("languageChoice")
        self.language_row.chosen.connect(self._change_language)
        layout.addWidget(self.language_row)
        self._end_card("look", layout)
        return frame

    def _reminders_card(self) -> QFrame:
        frame, layout = self._card(
            "reminders",
            self.tr("Reminders"),
            self.tr("Reminder times come from your plan. They show while the app is running."),
        )
        self.reminders_check = WrappingCheck(self.tr("Remind me at my planned times"))
        self.reminders_check.box.toggled.connect(self._change_reminders)
        layout.addWidget(self.reminders_check)
        self.tray_check = WrappingCheck(
            self.tr("Keep running in the tray when I close the window, to remind me")
        )
        self.tray_check.box.setObjectName("closeToTray")
        self.tray_check.box.toggled.connect(
            lambda on: self._change("reminders", close_to_tray=on, tray_explained=True)
        )
        layout.addWidget(self.tray_check)
        self._end_card("reminders", layout)
        return frame

    def _welcome_card(self) -> QFrame:
        frame, layout = self._card(
            "welcome",
            self.tr("Welcome and safety note"),
            self.tr(
                "This app supports, and never replaces, the plan agreed with your "
                "clinician. Open the welcome to read it again and go through your first "
                "choices."
            ),
        )
        self.accepted_label = label("", "small")
        layout.addWidget(self.accepted_label)
        self.welcome_button = button(self.tr("Open the welcome"))
        self.welcome_button.clicked.connect(self.show_welcome)
        layout.addLayout(_left(self.welcome_button))
        self._end_card("welcome", layout)
        return frame

    # --- reading ----------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """The settings as last saved or read."""
        return self._settings

    def _read(self) -> Settings:
        try:
            return self._store.settings()
        except StoreError:
            return Settings()

    @Slot()
    def refresh(self) -> None:
        """Re-read the saved settings and the backups, and show them."""
        self._settings = self._read()
        self._show(self._settings)
        self.data_card.refresh()

    def _show(self, settings: Settings) -> None:
        for step_id, row in self.side_rows.items():
            row.set_value(settings.sides.get(step_id, "both"))
        self.heat_mode.set_value(settings.heat_mode)
        self.heat_limit.set_value(settings.heat_daily_limit)
        self.heat_cooldown.set_value(settings.heat_cooldown_min)
        self.injection_pause.set_value(settings.post_injection_pause_h)
        for check, on in (
            (self.sound_check, settings.sound),
            (self.voice_check, settings.voice),
            (self.reminders_check, settings.reminders),
            (self.tray_check, settings.close_to_tray),
        ):
            blocked = check.box.blockSignals(True)
            check.setChecked(on)
            check.box.blockSignals(blocked)
        self.volume.set_value(settings.volume)
        self.theme_row.set_value(str(settings.theme))
        language = settings.language if settings.language in ("en", "de") else "system"
        self.language_row.set_value(language)
        self.text_size.set_value(settings.text_scale)
        accepted = settings.accepted_on
        self.accepted_label.setText(
            self.tr("You read the safety note on {day}.").format(day=_day_words(accepted))
            if accepted
            else ""
        )
        self.accepted_label.setVisible(accepted is not None)

    # --- saving -----------------------------------------------------------------------

    def _change(self, key: str, **changes: Any) -> bool:
        """Save one change at once; on failure put the screen back as it was."""
        old = self._settings
        try:
            # Read afresh: another part of the app (the tray, the Plan screen) may have
            # saved a setting of its own since this screen last read them.
            base = self._store.settings()
            if "sides" in changes:
                changes["sides"] = {**base.sides, **changes["sides"]}
            new = replace(base, **changes)
            self._store.save_settings(new)
        except (StoreError, ValueError) as error:
            self._say(key, self.tr("Not saved: {error}").format(error=error), ok=False)
            self._show(old)
            return False
        self._settings = new
        if looks_differ(old, new):
            app = QApplication.instance()
            if app is not None:
                apply_appearance(app, new)
        self._say(key, self.tr("{tick} Saved.").format(tick=TICK))
        return True

    def _change_reminders(self, on: bool) -> None:
        if self._change("reminders", reminders=on):
            self.dataChanged.emit()  # the reminder timer re-arms (or stops) at once

    def _change_language(self, language: str) -> None:
        if not self._change("look", language=language):
            return
        from coach.ui.i18n import install_translator

        app = QApplication.instance()
        if app is not None:
            install_translator(app, language)
        # Screens already built keep their words: a restart is the simple, complete switch.
        self._say(
            "look",
            self.tr(
                "{tick} Saved. New screens use the new language now; all of the app "
                "does the next time it starts."
            ).format(tick=TICK),
        )

    def _say(self, key: str, text: str, *, ok: bool = True) -> None:
        for other, widget in self._status.items():
            if other != key:
                widget.hide()
        widget = self._status[key]
        theme.set_role(widget, "confirmed" if ok else "problem")
        widget.setText(text)
        widget.setVisible(bool(text))

    @Slot()
    def play_test_sound(self) -> None:
        """Play the session chime at the volume set, or say why nothing can be heard."""
        if self._cues is None:
            try:
                from coach.ui.sound import SoundCues  # QtMultimedia: only when asked
            except ImportError:
                self._cues = False
            else:
                self._cues = SoundCues(volume=self.volume.value(), enabled=True, parent=self)
        cues = self._cues
        if cues is False or not cues.available():
            reason = "" if cues is False else (cues.silent_reason or "")
            self._say(
                "sound",
                self.tr("Sound cannot play on this computer. {reason}").format(reason=reason),
                ok=False,
            )
            return
        if self.volume.value() == 0:
            self._say("sound", self.tr("The volume is at 0 %: turn it up to hear the cues."))
            return
        from coach.ui.sound import Cue

        cues.set_volume(self.volume.value())
        cues.play(Cue.CHIME)
        self._say("sound", "")

    # --- after a restore or import ----------------------------------------------------

    def _on_settings_replaced(self) -> None:
        old = self._settings
        self._settings = self._read()
        self._show(self._settings)
        if looks_differ(old, self._settings):
            app = QApplication.instance()
            if app is not None:
                apply_appearance(app, self._settings)

    def _on_data_replaced(self) -> None:
        self.dataChanged.emit()

    # --- the welcome ------------------------------------------------------------------

    @Slot()
    def show_welcome(self) -> QWidget:
        """Open the first-run welcome again, filled with the current choices."""
        from coach.ui.first_run import FirstRunView

        view = FirstRunView(self._store, now=self._now, revisit=True)
        view.dataChanged.connect(self.refresh)
        self.fullWindowRequested.emit(view)
        return view

    # --- theme changes ----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            fit_content_width(self._content)
            self._style.apply()


def _day_words(day: date) -> str:
    from coach.ui.form_fields import short_date

    return short_date(day)
