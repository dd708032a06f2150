"""One session from the patient's side: before -> player -> after -> summary.

Built when Start is pressed on a routine card; shown by the main window in place of the
whole window until it emits `closed`. The flow holds no rules itself: whether the routine
may start comes from coach.core.session_rules, the timing from the SessionRunner (engineer
P), the saving from the runner and the Store. Time is injectable (`now` for the wall clock,
`clock` for the session's monotonic clock), so tests never sleep.

The sound cues are imported only when a session starts: QtMultimedia is slow to load and
the library screen does not need it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from coach.core.clock import Clock
from coach.core.routine import Routine
from coach.core.segments import total_seconds
from coach.core.session_rules import StartDecision, may_start
from coach.core.settings import Settings
from coach.store.errors import StoreError
from coach.ui.after_view import AfterView
from coach.ui.before_view import BeforeView
from coach.ui.core_words import decision_words

if TYPE_CHECKING:
    from coach.core.records import SessionRecord
    from coach.store.database import Store
    from coach.ui.session_runner import SessionRunner

#: Makes the sound cues for a session from the settings; None means silent.
CuesFactory = Callable[[Settings], object | None]


class FlowStage(StrEnum):
    """Which screen of the flow is showing."""

    BEFORE = "before"
    PLAYER = "player"
    AFTER = "after"
    SUMMARY = "summary"


def local_now() -> datetime:
    """The current local time with its UTC offset."""
    return datetime.now().astimezone()


def routine_minutes(routine: Routine, settings: Settings, today: date) -> int:
    """The routine's length in whole minutes with the patient's settings (at least 1)."""
    return max(1, round(total_seconds(routine, settings.session_settings(today)) / 60))


def sound_cues(settings: Settings) -> object | None:
    """The sound cues the settings ask for; None (silent) if sound cannot load."""
    try:
        from coach.ui.sound import SoundCues
    except ImportError:
        return None
    return SoundCues(volume=settings.volume, enabled=settings.sound, voice=settings.voice)


def start_decision(
    store: Store, routine: Routine, now: datetime, settings: Settings
) -> StartDecision:
    """May the routine start now, read from the diary (only the records the rules need)."""
    # Heat's cool-down is at most a few hours and its limit counts one day, so yesterday's
    # and today's sessions are all the rules can use; no need to read years of history.
    sessions = store.sessions(include_in_progress=True, on_day=now.date() - timedelta(days=1))
    sessions += store.sessions(include_in_progress=True, on_day=now.date())
    injections = [i.date for i in store.injections()]
    return may_start(routine, now, sessions, injections, settings)


class SessionFlow(QWidget):
    """Before -> player -> after -> summary for one routine; emits `closed` at the end."""

    #: The patient is done here (back from the before screen, or Done on the summary).
    closed = Signal()
    #: The diary changed (a session row was written): other screens should re-read.
    dataChanged = Signal()

    def __init__(
        self,
        store: Store,
        routine: Routine,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
        clock: Clock | None = None,
        cues_factory: CuesFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionFlow")
        self.store = store
        self.routine = routine
        self._now = now or local_now
        self._clock = clock
        self._cues_factory = cues_factory or sound_cues
        try:
            self.settings = store.settings()
        except StoreError:
            self.settings = Settings()  # the safe defaults, if the saved ones cannot be read
        self.runner: SessionRunner | None = None
        self.player: QWidget | None = None
        self.after: AfterView | None = None
        self._stage = FlowStage.BEFORE

        now_moment = self._now()
        try:
            self.decision: StartDecision = start_decision(
                store, routine, now_moment, self.settings
            )
        except StoreError as error:
            # Without the diary the safety rules cannot be checked: do not start.
            self.decision = StartDecision(
                False,
                None,
                None,
                self.tr("Your diary could not be read just now. {problem}").format(
                    problem=error
                ),
            )
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        if not self.decision.allowed:
            # The reason in the patient's language (core words it in English).
            words = decision_words(self.decision, now_moment)
            self.decision = replace(self.decision, message=words)
        self.before = BeforeView(
            routine,
            self.decision,
            self.stack,
            minutes=routine_minutes(routine, self.settings, now_moment.date()),
        )
        self.before.startRequested.connect(self.start)
        self.before.backRequested.connect(self.close_flow)
        self.stack.addWidget(self.before)

    # --- reading ----------------------------------------------------------------------

    def stage(self) -> FlowStage:
        """Which screen shows now."""
        return self._stage

    def is_running(self) -> bool:
        """True while a session is live (running or paused)."""
        return self.runner is not None and self.runner.is_live

    # --- the stages -------------------------------------------------------------------

    @Slot(object)
    def start(self, spasm_before: int | None = None) -> None:
        """Open the session: runner, player, and the in-progress row."""
        if self.runner is not None or not self.decision.allowed:
            return
        from coach.ui.player_view import PlayerView
        from coach.ui.session_runner import SessionRunner

        now = self._now()
        runner = SessionRunner(
            self.store,
            self.routine,
            self.settings.session_settings(now.date()),
            clock=self._clock,
            wall_now=self._now,
            parent=self,
        )
        self.runner = runner
        self.player = PlayerView(runner, self._cues_factory(self.settings), self.stack)
        self.player.ended.connect(self._on_ended)
        self.stack.addWidget(self.player)
        self.stack.setCurrentWidget(self.player)
        self._stage = FlowStage.PLAYER
        self.player.setFocus()
        runner.start(spasm_before=spasm_before)
        self.dataChanged.emit()

    @Slot(object)
    def _on_ended(self, record: SessionRecord) -> None:
        if self.after is not None:
            return
        self.after = AfterView(self.routine, record, self.stack)
        self.after.saveRequested.connect(self._save_after)
        self.after.doneRequested.connect(self.close_flow)
        self.stack.addWidget(self.after)
        self.stack.setCurrentWidget(self.after)
        self._stage = FlowStage.AFTER
        self.dataChanged.emit()

    @Slot(object, str)
    def _save_after(self, spasm_after: int | None, note: str) -> None:
        assert self.runner is not None and self.after is not None
        try:
            record = self.runner.finish(spasm_after, note=note)
        except StoreError as error:
            self.after.show_problem(
                self.tr(
                    "Your rating could not be saved: {problem} Your session itself is saved."
                ).format(problem=error)
            )
            return
        self.after.show_summary(record)
        self._stage = FlowStage.SUMMARY
        self.dataChanged.emit()

    @Slot()
    def close_flow(self) -> None:
        """Leave the flow (never mid-session: the player's own Stop ends a session)."""
        if self.is_running():
            return
        self.closed.emit()

    def abandon(self) -> None:
        """The window is closing: end a live session as abandoned, and save it."""
        if self.player is not None and self.is_running():
            # The player's own close path stops the session as abandoned and saves it.
            self.player.close()
        if self.is_running():  # in case a player ever ignores its close
            from coach.core.engine import StopReason

            self.runner.stop(StopReason.ABANDONED)
