"""Gentle sound cues and optional spoken guidance for a session: never a crash, never a hang.

Sound. Each cue is a small WAV in assets/sounds (made by `python -m coach.tools.make_sounds`)
played through QtMultimedia's QSoundEffect. QtMultimedia is imported only at the first cue
(it is slow to load and may fail: e.g. libpulse missing), and all five files are loaded
once, then. When the import fails, the system has no audio output device or the files are
missing, the cues are silent: `available()` is False, `play()` does nothing, and the reason
is logged once (logging, INFO). A single file that fails to decode silences only its cue.

Speech, and the guard against a blocking speech engine. On Linux QTextToSpeech's default
engine is speech-dispatcher ("speechd"), and the plug-in talks to the daemon synchronously.
What we measured on the build machine (Qt 6.11, no audio server):
- `QTextToSpeech.availableEngines()` is ['mock', 'speechd'];
- without libspeechd the speechd plug-in fails to load at once (state Error): harmless;
- with libspeechd and a daemon socket that accepts but never answers (speech-dispatcher
  wedged, e.g. waiting for an audio server that is not there), `QTextToSpeech("speechd")`
  never returned: the constructor sat blocked for the whole 20 s the experiment allowed.
  On the GUI thread that is a frozen app in the middle of a stretch.
So a real engine is never constructed in this process until a short-lived child process
(`SpeechProbe`: `python -c PROBE_SCRIPT ENGINE`) has constructed the same engine and said
it is healthy (state not Error, at least one voice) within PROBE_TIMEOUT_S (2 s). The
probe runs through QProcess, so the GUI thread never waits for it (against the wedged
socket above: the probe was killed after 2.1 s while a 50 ms GUI timer never lagged more
than 53 ms). Meanwhile `say()` keeps only its latest words and speaks them when the probe
answers, if still fresh (LATE_WORDS_S). A probe that times out is killed, the voice stays
off for the rest of the app's life (results are cached per engine), and the reason is
logged once. `speech_engine` picks the engine by name; None means the system default,
used only when the probe says it is healthy. The "mock" engine (tests) is in-process by
design and skips the probe. What the probe cannot rule out: a daemon that is healthy at
start and wedges later (speech-dispatcher queues `say()` requests server-side, so only a
daemon that stops reading its socket would block the GUI thread then).

Speech says the step's title at its first segment ("Upper-trapezius stretch, left side"),
the new side when it changes within a step, "Breathe in"/"Breathe out" for phases of at
least 3 s, and a short line at skin checks, the heat limit and the end. The countdown is
ticks, never words. A new utterance replaces an unfinished one (no backlog), and words
that belong together (a breathing step's title and its first "Breathe in") are one
utterance. Sound off (`enabled` False) silences the cues; the voice follows `voice` alone.
"""

from __future__ import annotations

import importlib
import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QProcess, QTimer, QUrl, Signal

from coach.core.engine import ENDED_STATES, Event, EventKind, SessionState, Snapshot
from coach.core.segments import BREATH_PHASES, Segment, SegmentKind, Side

log = logging.getLogger(__name__)

#: How long the speech probe may take before the engine is judged stuck.
PROBE_TIMEOUT_S = 2.0
#: "Breathe in"/"Breathe out" are spoken only for phases at least this long (shorter ones
#: would still be talking when the next phase begins).
SPEAK_BREATH_MIN_S = 3.0
#: Words asked for while the probe runs are spoken when it answers, if no older than this
#: (the first step's title usually comes before the probe's answer, ~0.2 s).
LATE_WORDS_S = 1.5
#: The engine that is safe in-process by construction (it makes no sound; tests use it).
MOCK_ENGINE = "mock"

# Spoken words, English here (tests read them); spoken through QCoreApplication.translate.
BREATHE_IN = QT_TRANSLATE_NOOP("SoundCues", "Breathe in")
BREATHE_OUT = QT_TRANSLATE_NOOP("SoundCues", "Breathe out")
SKIN_CHECK_WORDS = QT_TRANSLATE_NOOP("SoundCues", "Time to check your skin.")
HEAT_LIMIT_WORDS = QT_TRANSLATE_NOOP(
    "SoundCues", "That is enough heat for now. Take the pack off."
)
FINISHED_WORDS = QT_TRANSLATE_NOOP("SoundCues", "All done. Well done.")

# Kinds at which a new side is worth saying (a rest keeps the side of the hold before it).
_SIDE_KINDS = frozenset({SegmentKind.PREPARE, SegmentKind.HOLD})
# Segments whose own event follows at once and says what they are: their words wait for it.
_FOLLOWED_KINDS = frozenset({*BREATH_PHASES, SegmentKind.SKIN_CHECK})


class Cue(StrEnum):
    """The session's sounds; the value is the file name in assets/sounds without .wav."""

    CHIME = "chime"  # a segment changes
    TICK = "tick"  # 3, 2, 1 before a hold, rest or prepare ends
    INHALE = "inhale"  # rising tone
    EXHALE = "exhale"  # falling tone
    DONE = "done"  # the session finished


class SpeechStatus(StrEnum):
    """Where the voice is: off, waiting for the probe, ready, or unavailable."""

    OFF = "off"
    PROBING = "probing"
    READY = "ready"
    UNAVAILABLE = "unavailable"


def effect_volume(volume: int) -> float:
    """Settings volume 0-100 as QSoundEffect's linear 0.0-1.0, on a gentle square-law curve.

    Loudness follows amplitude roughly logarithmically, so a linear map would put most of the
    slider's audible change in its bottom quarter; the square keeps low settings usable.
    """
    v = min(100, max(0, int(volume))) / 100
    return v * v


def sound_file(cue: Cue) -> Path:
    """The WAV file a cue plays."""
    from coach.assets import asset

    return asset("sounds", f"{Cue(cue).value}.wav")


# ---- the speech probe -----------------------------------------------------------------

#: Runs in a child process: construct the engine, report, and leave at once with os._exit
#: (a wedged engine's destructor must not keep the child alive either).
PROBE_SCRIPT = r"""
import os, sys
try:
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication([])
    from PySide6.QtTextToSpeech import QTextToSpeech
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    engines = QTextToSpeech.availableEngines()
    if wanted and wanted not in engines:
        print("error", wanted, "\tnot installed (engines: %s)" % ", ".join(engines), flush=True)
        os._exit(3)
    tts = QTextToSpeech(wanted) if wanted else QTextToSpeech()
    name = tts.engine() or wanted or "default"
    if tts.state() == QTextToSpeech.State.Error:
        print("error", name, "\t" + (tts.errorString() or "failed to start"), flush=True)
        os._exit(4)
    if not tts.availableVoices():
        print("error", name, "\tno voices", flush=True)
        os._exit(5)
    print("ok", name, flush=True)
    os._exit(0)
except Exception as exc:
    print("error", (sys.argv[1:] or [""])[0] or "default", "\t" + repr(exc), flush=True)
    os._exit(6)
"""


def probe_command(engine: str | None) -> list[str]:
    """The child process that tries `engine` (None: the system default) and reports."""
    return [sys.executable, "-c", PROBE_SCRIPT, engine or ""]


@dataclass(frozen=True)
class ProbeResult:
    """What the speech probe found."""

    healthy: bool
    engine: str | None  # the engine to construct in-process (the default resolved to a name)
    reason: str  # why not, in words for the log ("" when healthy)
    timed_out: bool = False
    seconds: float = 0.0  # how long the probe took


def parse_probe_output(text: str) -> tuple[bool, str | None, str]:
    """(healthy, engine, reason) of the probe's first line: "ok NAME" or "error NAME\\tWHY"."""
    line = next((x for x in text.splitlines() if x.strip()), "").strip()
    if line.startswith("ok "):
        name = line[3:].strip()
        return bool(name), name or None, "" if name else "the probe named no engine"
    if line.startswith("error "):
        head, _, why = line[6:].partition("\t")
        return False, head.strip() or None, why.strip() or "failed to start"
    return False, None, f"unexpected probe output {line[:80]!r}" if line else "no probe output"


class SpeechProbe(QObject):
    """Tries a speech engine in a child process, killing it after `timeout_s`; never blocks."""

    finished = Signal(object)  # ProbeResult, exactly once

    def __init__(
        self,
        engine: str | None,
        *,
        timeout_s: float | None = None,
        command: Sequence[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.timeout_s = PROBE_TIMEOUT_S if timeout_s is None else timeout_s
        self._command = list(command) if command is not None else probe_command(engine)
        self._result: ProbeResult | None = None
        self._started_at = 0.0
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self.process.finished.connect(self._on_finished)
        self.process.errorOccurred.connect(self._on_error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)

    def result(self) -> ProbeResult | None:
        """The answer, once there is one."""
        return self._result

    def start(self) -> None:
        """Launch the child process and return at once; `finished` tells the answer."""
        self._started_at = time.monotonic()
        self._timer.start(max(1, round(self.timeout_s * 1000)))
        self.process.start(self._command[0], self._command[1:])

    def _on_finished(self, exit_code: int, _status: Any) -> None:
        out = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")
        healthy, engine, reason = parse_probe_output(out)
        if not healthy and not reason:
            reason = f"probe exited with code {exit_code}"
        self._finish(ProbeResult(healthy, engine or self.engine, reason))

    def _on_error(self, error: Any) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._finish(ProbeResult(False, self.engine, "the probe could not start"))

    def _on_timeout(self) -> None:
        if self._result is not None:
            return
        # Kill, not terminate: a process stuck in a blocking call may ignore SIGTERM.
        self.process.kill()
        reason = f"no answer within {self.timeout_s:g} s (engine blocked); the probe was killed"
        self._finish(ProbeResult(False, self.engine, reason, timed_out=True))

    def _finish(self, result: ProbeResult) -> None:
        if self._result is not None:
            return
        self._timer.stop()
        seconds = time.monotonic() - self._started_at
        self._result = ProbeResult(
            result.healthy, result.engine, result.reason, result.timed_out, seconds
        )
        self.finished.emit(self._result)


# The answer for each engine ("" = the default), kept for the app's life: a stuck engine
# is not retried at every session.
_probed: dict[str, ProbeResult] = {}


def _now() -> float:
    return time.monotonic()


def _audio_output_present(multimedia: Any) -> bool:
    """Whether the system offers at least one audio output device."""
    return bool(multimedia.QMediaDevices.audioOutputs())


# ---- the cues -------------------------------------------------------------------------


def _never_raises(method: Callable[..., None]) -> Callable[..., None]:
    """A cue must never take the session down: log whatever went wrong and carry on."""

    def guarded(self: SoundCues, *args: Any) -> None:
        try:
            method(self, *args)
        except Exception:  # sound is an extra: the session is what matters
            self._log_once(f"error:{method.__name__}", "sound: %s failed", method.__name__)
            log.debug("sound: %s failed", method.__name__, exc_info=True)

    guarded.__name__ = method.__name__
    guarded.__doc__ = method.__doc__
    return guarded


class SoundCues(QObject):
    """Plays the session's cues and speaks its guidance; silent where the system cannot."""

    #: The voice's status changed (a SpeechStatus): e.g. the probe answered.
    speechStatusChanged = Signal(object)

    def __init__(
        self,
        *,
        volume: int = 60,
        enabled: bool = True,
        voice: bool = False,
        speech_engine: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._volume = min(100, max(0, int(volume)))
        self._enabled = bool(enabled)
        self._voice = bool(voice)
        self._engine_name = speech_engine
        self._logged: set[str] = set()
        # Sound: None until first use, then True (effects loaded) or False (silent).
        self._sound_ok: bool | None = None
        self._silent_reason: str | None = None
        self._effects: dict[Cue, Any] = {}
        self._broken: set[Cue] = set()
        # Speech.
        self._speech_status = SpeechStatus.OFF
        self._speech_reason: str | None = None
        self._probe: SpeechProbe | None = None
        self._tts: Any = None
        self._waiting_words: tuple[str, float] | None = None
        # What handle() has announced, so it says a title once per step and a side once.
        self._step: int | None = None
        self._side: object = None
        self._pending: list[str] = []
        if self._voice:
            self._prepare_speech()

    # ---- state ---------------------------------------------------------------------

    def available(self) -> bool:
        """False when QtMultimedia, an audio output or the sound files are missing: silent."""
        self._load_sound()
        return bool(self._sound_ok)

    @property
    def silent_reason(self) -> str | None:
        """Why the cues are silent (None when they can play or were not tried yet)."""
        return self._silent_reason

    def effect(self, cue: Cue) -> Any:
        """The QSoundEffect behind a cue, or None in silent mode (for diagnostics and tests)."""
        return self._effects.get(Cue(cue))

    def speech_status(self) -> SpeechStatus:
        """Off, probing, ready or unavailable."""
        return self._speech_status

    @property
    def speech_reason(self) -> str | None:
        """Why the voice is unavailable (None otherwise)."""
        return self._speech_reason

    def speaker(self) -> Any:
        """The QTextToSpeech in use, once it is known to be safe; else None."""
        return self._tts

    # ---- settings ------------------------------------------------------------------

    @_never_raises
    def set_volume(self, volume: int) -> None:
        """0-100; applies at once to cues and voice."""
        self._volume = min(100, max(0, int(volume)))
        linear = effect_volume(self._volume)
        for effect in self._effects.values():
            effect.setVolume(linear)
        if self._tts is not None:
            self._tts.setVolume(linear)

    @_never_raises
    def set_enabled(self, on: bool) -> None:
        """Sound on or off (off stops a cue that is playing)."""
        self._enabled = bool(on)
        if not self._enabled:
            for effect in self._effects.values():
                effect.stop()

    @_never_raises
    def set_voice(self, on: bool) -> None:
        """Spoken guidance on or off (off stops what is being said)."""
        self._voice = bool(on)
        if self._voice:
            self._prepare_speech()
            return
        self._waiting_words = None
        if self._tts is not None:
            self._tts.stop()

    # ---- playing -------------------------------------------------------------------

    @_never_raises
    def play(self, cue: Cue) -> None:
        """Play one cue now (restarting it if it is already playing); never blocks."""
        cue = Cue(cue)
        if not self._enabled or self._volume == 0 or not self.available():
            return
        effect = self._effects.get(cue)
        if effect is None or cue in self._broken:
            return
        effect.play()

    @_never_raises
    def say(self, text: str) -> None:
        """Speak `text`, replacing anything unfinished; only with voice on and a safe engine."""
        text = " ".join(str(text).split())
        if not self._voice or not text:
            return
        tts = self._speech()
        if tts is None:
            if self._speech_status is SpeechStatus.PROBING:
                self._waiting_words = (text, _now())  # only the latest: no backlog
            log.debug("speech: %r not spoken yet (voice %s)", text, self._speech_status)
            return
        # No backlog: an old instruction finishing late would contradict the new one.
        tts.stop()
        tts.say(text)

    @_never_raises
    def handle(self, event: Event, snapshot: Snapshot | None = None) -> None:
        """Sound (and, with voice on, speak) one engine event; see the module docstring."""
        if self._stale(event, snapshot):
            self._pending.clear()
            return
        kind = event.kind
        if kind is EventKind.SEGMENT_STARTED and event.segment is not None:
            segment = event.segment
            words = self._segment_words(segment)
            if words:
                self._pending.append(words)
            if segment.kind in _FOLLOWED_KINDS:
                # Its BREATH_PHASE or SKIN_CHECK_DUE follows at once and finishes the words;
                # breath phases have their own tones instead of the chime.
                if segment.kind is SegmentKind.SKIN_CHECK:
                    self.play(Cue.CHIME)
                return
            self.play(Cue.CHIME)
            self._flush()
        elif kind is EventKind.COUNTDOWN:
            self.play(Cue.TICK)
        elif kind is EventKind.BREATH_PHASE and event.segment is not None:
            phase = event.phase or event.segment.kind
            long_enough = event.segment.duration_s >= SPEAK_BREATH_MIN_S
            if phase is SegmentKind.INHALE:
                self.play(Cue.INHALE)
                if long_enough:
                    self._pending.append(self.tr(BREATHE_IN))
            elif phase is SegmentKind.EXHALE:
                self.play(Cue.EXHALE)
                if long_enough:
                    self._pending.append(self.tr(BREATHE_OUT))
            self._flush()
        elif kind is EventKind.SKIN_CHECK_DUE:
            self._pending.append(self.tr(SKIN_CHECK_WORDS))
            self._flush()
        elif kind is EventKind.HEAT_LIMIT_REACHED:
            # The next step's start (or the end) follows in the same poll and says it too.
            self._pending.append(self.tr(HEAT_LIMIT_WORDS))
        elif kind is EventKind.FINISHED:
            self.play(Cue.DONE)
            self._pending.append(self.tr(FINISHED_WORDS))
            self._flush()

    # ---- inside --------------------------------------------------------------------

    def _stale(self, event: Event, snapshot: Snapshot | None) -> bool:
        """Whether the session is already past this event (a late batch, or stopped)."""
        if snapshot is None:
            return False
        if snapshot.state in ENDED_STATES and snapshot.state is not SessionState.FINISHED:
            return True  # stopped or abandoned: "Stop — this hurts" must be followed by quiet
        if snapshot.state is SessionState.FINISHED:
            return event.kind is not EventKind.FINISHED
        current, seg = snapshot.segment, event.segment
        return current is not None and seg is not None and current.index > seg.index

    def _segment_words(self, segment: Segment) -> str:
        """The title at a step's first segment, or the side when it changes within a step."""
        side = segment.side
        if segment.step_index != self._step:
            self._step = segment.step_index
            self._side = side
            if side is None:
                return segment.title
            titled = (
                self.tr("{title}, left side")
                if side is Side.LEFT
                else self.tr("{title}, right side")
            )
            return titled.format(title=segment.title)
        if side is not None and side != self._side and segment.kind in _SIDE_KINDS:
            self._side = side
            return self.tr("Left side") if side is Side.LEFT else self.tr("Right side")
        return ""

    def _flush(self) -> None:
        if self._pending:
            text = ". ".join(part.rstrip(".") for part in self._pending)
            self._pending.clear()
            self.say(text if text.endswith(".") else text + ".")

    def _log_once(self, key: str, message: str, *args: object) -> None:
        if key not in self._logged:
            self._logged.add(key)
            log.info(message, *args)

    def _go_silent(self, reason: str) -> None:
        self._sound_ok = False
        self._silent_reason = reason
        self._log_once("silent", "sound cues are silent: %s", reason)

    def _load_sound(self) -> None:
        """Import QtMultimedia and load every cue, once; on any failure go silent."""
        if self._sound_ok is not None:
            return
        try:
            multimedia = importlib.import_module("PySide6.QtMultimedia")
        except (ImportError, OSError) as exc:
            self._go_silent(f"QtMultimedia cannot load ({exc})")
            return
        try:
            if not _audio_output_present(multimedia):
                self._go_silent("no audio output device")
                return
            files = {cue: sound_file(cue) for cue in Cue}
        except (OSError, RuntimeError) as exc:
            self._go_silent(str(exc))
            return
        missing = [str(path) for path in files.values() if not path.is_file()]
        if missing:
            self._go_silent(f"sound files missing: {', '.join(missing)}")
            return
        linear = effect_volume(self._volume)
        for cue, path in files.items():
            effect = multimedia.QSoundEffect(self)
            effect.statusChanged.connect(partial(self._on_effect_status, cue))
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(linear)
            self._effects[cue] = effect
        self._sound_ok = True

    def _on_effect_status(self, cue: Cue) -> None:
        effect = self._effects.get(cue)
        if effect is None or effect.status() != effect.Status.Error:
            return
        self._broken.add(cue)
        self._log_once(
            f"broken:{cue}", "sound cue %s is silent: %s did not load", cue, effect.source()
        )

    # ---- speech --------------------------------------------------------------------

    def _set_speech(self, status: SpeechStatus, reason: str | None = None) -> None:
        self._speech_status = status
        if status is SpeechStatus.UNAVAILABLE:
            self._waiting_words = None
        self._speech_reason = reason
        if reason:
            self._log_once(f"speech:{reason}", "spoken guidance is off: %s", reason)
        self.speechStatusChanged.emit(status)

    def _prepare_speech(self) -> None:
        """Make the voice ready without ever blocking: mock in-process, others probed first."""
        if self._speech_status in (SpeechStatus.READY, SpeechStatus.PROBING):
            return
        if self._speech_status is SpeechStatus.UNAVAILABLE:
            return  # already logged; a stuck engine is not retried
        name = self._engine_name
        if name == MOCK_ENGINE:
            self._construct_tts(MOCK_ENGINE)
            return
        known = _probed.get(name or "")
        if known is not None:
            self._on_probed(known)
            return
        self._probe = SpeechProbe(name, timeout_s=PROBE_TIMEOUT_S, parent=self)
        self._probe.finished.connect(self._on_probed)
        self._set_speech(SpeechStatus.PROBING)
        self._probe.start()

    def _on_probed(self, result: ProbeResult) -> None:
        _probed[self._engine_name or ""] = result
        if result.healthy and result.engine:
            log.debug("speech: engine %s answered in %.2f s", result.engine, result.seconds)
            self._construct_tts(result.engine)
        else:
            engine = result.engine or "the default engine"
            self._set_speech(SpeechStatus.UNAVAILABLE, f"{engine}: {result.reason}")

    def _construct_tts(self, engine: str) -> None:
        try:
            speech = importlib.import_module("PySide6.QtTextToSpeech")
            tts = speech.QTextToSpeech(engine, self)
        except (ImportError, OSError, RuntimeError) as exc:
            self._set_speech(SpeechStatus.UNAVAILABLE, f"QtTextToSpeech cannot load ({exc})")
            return
        if tts.state() == speech.QTextToSpeech.State.Error:
            why = tts.errorString() or "failed to start"
            tts.deleteLater()
            self._set_speech(SpeechStatus.UNAVAILABLE, f"{engine}: {why}")
            return
        tts.setVolume(effect_volume(self._volume))
        self._tts = tts
        self._set_speech(SpeechStatus.READY)
        waiting, self._waiting_words = self._waiting_words, None
        if waiting is not None and _now() - waiting[1] <= LATE_WORDS_S:
            self.say(waiting[0])

    def _speech(self) -> Any:
        if self._speech_status is SpeechStatus.OFF:
            self._prepare_speech()
        return self._tts if self._speech_status is SpeechStatus.READY else None
