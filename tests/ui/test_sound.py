"""Sound cues and spoken guidance: the right cue at the right moment; never a crash or hang."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import types
from typing import ClassVar

import pytest

from coach.assets import asset
from coach.core.clock import FakeClock
from coach.core.engine import (
    Event,
    EventKind,
    SessionEngine,
    SessionState,
    Snapshot,
)
from coach.core.routine_library import load_library
from coach.core.segments import Segment, SegmentKind, Side
from coach.ui import sound
from coach.ui.sound import Cue, ProbeResult, SoundCues, SpeechProbe, SpeechStatus

SLEEPER = [sys.executable, "-c", "import time; time.sleep(60)"]


@pytest.fixture(autouse=True)
def fresh_probe_cache(monkeypatch):
    """Each test probes afresh: an earlier test's answer must not leak in."""
    monkeypatch.setattr(sound, "_probed", {})


# ---- building engine events by hand -----------------------------------------------------


def seg(
    index: int,
    kind: SegmentKind = SegmentKind.HOLD,
    *,
    step: int = 0,
    title: str = "Upper-trapezius stretch",
    side: Side | None = Side.LEFT,
    duration: float = 20.0,
) -> Segment:
    return Segment(index, step, kind, duration, title, "Tilt your ear gently.", side)


def started(segment: Segment) -> Event:
    return Event(segment.index, EventKind.SEGMENT_STARTED, 0.0, segment)


def breath(segment: Segment) -> Event:
    return Event(segment.index, EventKind.BREATH_PHASE, 0.0, segment, phase=segment.kind)


def snap(state: SessionState, segment: Segment | None) -> Snapshot:
    return Snapshot(state, segment, 5.0, 0.5, 0.5, None, 0, 3, 10.0, 0.0, None, False)


class Recorder(SoundCues):
    """SoundCues that notes what it would play and say instead of doing it."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.played: list[Cue] = []
        self.said: list[str] = []

    def play(self, cue: Cue) -> None:
        self.played.append(cue)

    def say(self, text: str) -> None:
        self.said.append(text)


@pytest.fixture
def rec(qtbot):
    return Recorder(voice=False)


# ---- a stand-in QtMultimedia that counts plays -----------------------------------------


class _Signal:
    def __init__(self) -> None:
        self.slots: list = []

    def connect(self, slot) -> None:
        self.slots.append(slot)


class FakeEffect:
    plays: ClassVar[list[str]] = []

    class Status:
        Ready = "ready"
        Error = "error"

    def __init__(self, parent=None) -> None:
        self.statusChanged = _Signal()
        self._source = None
        self.volume = None
        self.stopped = 0

    def setSource(self, url) -> None:
        self._source = url

    def source(self):
        return self._source

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def status(self) -> str:
        return self.Status.Ready

    def play(self) -> None:
        FakeEffect.plays.append(os.path.basename(self._source.toLocalFile()))

    def stop(self) -> None:
        self.stopped += 1


@pytest.fixture
def fake_multimedia(monkeypatch):
    """QtMultimedia replaced by a stand-in with one output device that records each play."""
    module = types.ModuleType("PySide6.QtMultimedia")
    module.QSoundEffect = FakeEffect
    module.QMediaDevices = types.SimpleNamespace(audioOutputs=lambda: ["speakers"])
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", module)
    FakeEffect.plays = []
    return FakeEffect.plays


# ---- silent mode ------------------------------------------------------------------------


def test_without_qtmultimedia_the_cues_are_silent_and_say_why_once(qtbot, monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # the import now fails
    caplog.set_level(logging.INFO, logger="coach.ui.sound")
    cues = SoundCues()
    for cue in Cue:
        cues.play(cue)
        cues.play(cue)
    assert not cues.available()
    assert "QtMultimedia cannot load" in cues.silent_reason
    assert cues.effect(Cue.CHIME) is None
    reasons = [r for r in caplog.records if "QtMultimedia cannot load" in r.getMessage()]
    assert len(reasons) == 1


def test_without_an_audio_output_the_cues_are_silent(qtbot, monkeypatch):
    monkeypatch.setattr(sound, "_audio_output_present", lambda multimedia: False)
    cues = SoundCues()
    cues.play(Cue.CHIME)
    assert not cues.available()
    assert cues.silent_reason == "no audio output device"
    assert cues.effect(Cue.CHIME) is None


def test_missing_sound_files_make_the_cues_silent(
    qtbot, fake_multimedia, monkeypatch, tmp_path
):
    monkeypatch.setattr(sound, "sound_file", lambda cue: tmp_path / f"{cue}.wav")
    cues = SoundCues()
    cues.play(Cue.DONE)
    assert not cues.available()
    assert "sound files missing" in cues.silent_reason
    assert fake_multimedia == []


def test_this_machines_audio_decides_the_path_and_neither_raises(qtbot):
    from PySide6.QtMultimedia import QMediaDevices

    cues = SoundCues()
    for cue in Cue:
        cues.play(cue)
    if QMediaDevices.audioOutputs():
        assert cues.available()
        assert cues.effect(Cue.CHIME).source().toLocalFile() == str(
            asset("sounds", "chime.wav")
        )
    else:
        assert not cues.available()
        assert cues.silent_reason == "no audio output device"
        assert cues.effect(Cue.CHIME) is None


def test_real_effects_load_the_right_files_and_follow_the_volume(qtbot, monkeypatch):
    # Pretend a device exists so the real QSoundEffect path runs even on a silent machine.
    monkeypatch.setattr(sound, "_audio_output_present", lambda multimedia: True)
    cues = SoundCues(volume=60)
    for cue in Cue:
        cues.play(cue)  # must not raise, whatever the effect's status
    assert cues.available()
    for cue in Cue:
        effect = cues.effect(cue)
        assert type(effect).__name__ == "QSoundEffect"
        assert effect.source().toLocalFile() == str(asset("sounds", f"{cue.value}.wav"))
        assert effect.volume() == pytest.approx(0.36, abs=1e-3)
    cues.set_volume(30)
    quiet = cues.effect(Cue.TICK).volume()
    cues.set_volume(100)
    assert 0 < quiet < 0.36 < cues.effect(Cue.TICK).volume() == pytest.approx(1.0)
    cues.set_volume(0)
    assert cues.effect(Cue.INHALE).volume() == 0


def test_each_file_is_loaded_once_however_often_it_plays(qtbot, fake_multimedia):
    cues = SoundCues()
    cues.play(Cue.TICK)
    effect = cues.effect(Cue.TICK)
    for _ in range(5):
        cues.play(Cue.TICK)
    assert cues.effect(Cue.TICK) is effect
    assert fake_multimedia == ["tick.wav"] * 6


def test_nothing_is_loaded_before_the_first_cue(qtbot, fake_multimedia):
    cues = SoundCues()
    assert cues.effect(Cue.CHIME) is None
    cues.play(Cue.CHIME)
    assert cues.effect(Cue.CHIME) is not None


def test_mute_and_volume_zero_play_nothing(qtbot, fake_multimedia):
    cues = SoundCues(enabled=False)
    for cue in Cue:
        cues.play(cue)
    assert fake_multimedia == []
    cues.set_enabled(True)
    cues.play(Cue.CHIME)
    assert fake_multimedia == ["chime.wav"]
    cues.set_volume(0)
    cues.play(Cue.CHIME)
    assert fake_multimedia == ["chime.wav"]
    cues.set_volume(40)
    cues.set_enabled(False)
    cues.play(Cue.DONE)
    assert fake_multimedia == ["chime.wav"]
    assert cues.effect(Cue.CHIME).stopped == 1  # muting silences a cue already sounding


def test_a_cue_that_fails_to_decode_is_silent_alone(qtbot, fake_multimedia):
    cues = SoundCues()
    cues.play(Cue.CHIME)
    broken = cues.effect(Cue.TICK)
    broken.status = lambda: FakeEffect.Status.Error
    for slot in broken.statusChanged.slots:
        slot()
    cues.play(Cue.TICK)
    cues.play(Cue.DONE)
    assert fake_multimedia == ["chime.wav", "done.wav"]


def test_sound_and_speech_modules_load_only_when_first_needed(tmp_path):
    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from coach.ui.sound import Cue, SoundCues\n"
        "cues = SoundCues(volume=50, voice=False)\n"
        "cues.set_volume(70)\n"
        "before = [m for m in ('PySide6.QtMultimedia', 'PySide6.QtTextToSpeech')"
        " if m in sys.modules]\n"
        "cues.play(Cue.CHIME)\n"
        "print('RESULT', before, 'PySide6.QtMultimedia' in sys.modules, flush=True)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 0, done.stderr
    assert "RESULT [] True" in done.stdout, done.stdout + done.stderr


# ---- what each engine event sounds like --------------------------------------------------


def test_a_steps_first_segment_chimes_and_names_the_step_and_side(rec):
    rec.handle(started(seg(0, SegmentKind.PREPARE)))
    assert rec.played == [Cue.CHIME]
    assert rec.said == ["Upper-trapezius stretch, left side."]


def test_later_segments_of_a_step_chime_without_words_until_the_side_changes(rec):
    rec.handle(started(seg(0, SegmentKind.PREPARE)))
    rec.handle(started(seg(1, SegmentKind.HOLD)))
    rec.handle(started(seg(2, SegmentKind.REST)))
    rec.handle(started(seg(3, SegmentKind.PREPARE, side=Side.RIGHT)))
    rec.handle(started(seg(4, SegmentKind.HOLD, side=Side.RIGHT)))
    assert rec.played == [Cue.CHIME] * 5
    assert rec.said == ["Upper-trapezius stretch, left side.", "Right side."]


def test_a_step_without_sides_is_named_plainly(rec):
    rec.handle(started(seg(0, SegmentKind.PASSIVE, title="Settle in", side=None)))
    assert rec.said == ["Settle in."]


def test_the_countdown_is_ticks_never_numbers(rec):
    hold = seg(1)
    rec.handle(started(hold))
    rec.said.clear()
    for n in (3, 2, 1):
        rec.handle(Event(10 + n, EventKind.COUNTDOWN, 0.0, hold, count=n))
    assert rec.played == [Cue.CHIME, Cue.TICK, Cue.TICK, Cue.TICK]
    assert rec.said == []


def test_breath_phases_have_their_own_tones_and_words_only_when_long_enough(rec):
    title = "Belly breathing"
    phases = [
        seg(0, SegmentKind.INHALE, title=title, side=None, duration=4),
        seg(1, SegmentKind.HOLD_IN, title=title, side=None, duration=4),
        seg(2, SegmentKind.EXHALE, title=title, side=None, duration=6),
        seg(3, SegmentKind.INHALE, title=title, side=None, duration=2),
        seg(4, SegmentKind.EXHALE, title=title, side=None, duration=2.5),
    ]
    for phase in phases:
        rec.handle(started(phase))
        rec.handle(breath(phase))
    # No chime over the breath tones; a hold is quiet.
    assert rec.played == [Cue.INHALE, Cue.EXHALE, Cue.INHALE, Cue.EXHALE]
    # The title and the first "Breathe in" are one utterance, so neither cuts the other off.
    assert rec.said == ["Belly breathing. Breathe in.", "Breathe out."]


def test_skin_check_heat_limit_and_finish(rec):
    heat = seg(0, SegmentKind.HEAT, title="Warm pack", side=None, duration=300)
    check = seg(1, SegmentKind.SKIN_CHECK, title="Warm pack", side=None, duration=15)
    rec.handle(started(heat))
    rec.handle(started(check))
    rec.handle(Event(9, EventKind.SKIN_CHECK_DUE, 0.0, check))
    assert rec.played == [Cue.CHIME, Cue.CHIME]
    assert rec.said == ["Warm pack.", "Time to check your skin."]
    rec.handle(Event(10, EventKind.HEAT_LIMIT_REACHED, 0.0, check, step_index=0))
    rec.handle(Event(11, EventKind.STEP_DONE, 0.0, step_index=0))
    rec.handle(started(seg(2, SegmentKind.PREPARE, step=1)))
    assert rec.said[-1] == (
        "That is enough heat for now. Take the pack off. Upper-trapezius stretch, left side."
    )
    rec.handle(Event(12, EventKind.FINISHED, 0.0))
    assert rec.played[-1] is Cue.DONE
    assert rec.said[-1] == "All done. Well done."


def test_a_late_batch_sounds_only_what_is_current(rec):
    first, second = seg(0, SegmentKind.PREPARE), seg(1, SegmentKind.HOLD, side=Side.RIGHT)
    now = snap(SessionState.RUNNING, second)
    rec.handle(started(first), now)
    rec.handle(Event(5, EventKind.COUNTDOWN, 0.0, first, count=1), now)
    rec.handle(started(second), now)
    assert rec.played == [Cue.CHIME]
    assert rec.said == ["Upper-trapezius stretch, right side."]


def test_nothing_sounds_after_stop_this_hurts(rec):
    stopped = snap(SessionState.STOPPED, None)
    rec.handle(started(seg(3)), stopped)
    rec.handle(Event(4, EventKind.COUNTDOWN, 0.0, seg(3), count=2), stopped)
    assert rec.played == [] and rec.said == []


def test_a_whole_session_maps_every_event(qtbot):
    library = load_library()
    routine = library.find("neck-shoulder-release")
    clock = FakeClock()
    engine = SessionEngine(routine, None, clock)
    cues = Recorder(voice=False)
    engine.start()
    events = engine.poll()
    while engine.state is SessionState.RUNNING:
        for event in events:
            cues.handle(event, engine.snapshot())
        clock.advance(0.25)
        events = engine.poll()
    for event in events:
        cues.handle(event, engine.snapshot())
    segments = engine.segments
    chimes = sum(1 for s in segments if not s.is_breath)
    ticks = sum(
        3
        for s in segments
        if s.kind
        in (SegmentKind.HOLD, SegmentKind.PREPARE, SegmentKind.PASSIVE, SegmentKind.REST)
        and s.duration_s >= 4
    )
    assert cues.played.count(Cue.CHIME) == chimes
    assert cues.played.count(Cue.TICK) == ticks
    assert cues.played[-1] is Cue.DONE and cues.played.count(Cue.DONE) == 1
    titles = [step.title for step in routine.steps]
    spoken_titles = [t for t in titles if any(said.startswith(t) for said in cues.said)]
    assert spoken_titles == titles


# ---- speech ----------------------------------------------------------------------------


def words_of(tts) -> list[str]:
    words: list[str] = []
    tts.sayingWord.connect(lambda word, _id, _start, _length: words.append(word))
    return words


def test_the_mock_engine_speaks_the_step_title(qtbot):
    cues = SoundCues(voice=True, speech_engine="mock")
    assert cues.speech_status() is SpeechStatus.READY
    words = words_of(cues.speaker())
    cues.handle(started(seg(0, SegmentKind.PREPARE)))
    qtbot.waitUntil(lambda: words[-1:] == ["side"], timeout=5000)
    assert words == ["Upper", "trapezius", "stretch", "left", "side"]


def test_a_new_utterance_replaces_an_unfinished_one(qtbot):
    from PySide6.QtTextToSpeech import QTextToSpeech

    cues = SoundCues(voice=True, speech_engine="mock")
    tts = cues.speaker()
    words = words_of(tts)
    cues.say("Upper-trapezius stretch, left side, slowly now")
    cues.say("Breathe in")
    qtbot.waitUntil(lambda: words[-1:] == ["in"], timeout=5000)
    qtbot.waitUntil(lambda: tts.state() == QTextToSpeech.State.Ready, timeout=5000)
    assert words == ["Breathe", "in"]


def test_voice_off_speaks_nothing_and_makes_no_engine(qtbot):
    cues = SoundCues(voice=False, speech_engine="mock")
    cues.say("Breathe in")
    cues.handle(started(seg(0, SegmentKind.PREPARE)))
    assert cues.speaker() is None
    assert cues.speech_status() is SpeechStatus.OFF
    cues.set_voice(True)
    assert cues.speaker() is not None
    cues.set_voice(False)
    words = words_of(cues.speaker())
    cues.say("Breathe out")
    assert words == [] and cues.speaker().state().name == "Ready"


def test_without_qttexttospeech_the_voice_is_silent(qtbot, monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    cues = SoundCues(voice=True, speech_engine="mock")
    cues.say("Breathe in")
    assert cues.speech_status() is SpeechStatus.UNAVAILABLE
    assert "QtTextToSpeech cannot load" in cues.speech_reason


@pytest.mark.slow
def test_the_probe_finds_a_working_engine_and_rejects_a_missing_one(qtbot):
    good = SpeechProbe("mock")
    missing = SpeechProbe("no-such-engine")
    with qtbot.waitSignals([good.finished, missing.finished], timeout=30_000):
        good.start()
        missing.start()
    assert good.result() == ProbeResult(True, "mock", "", False, good.result().seconds)
    assert not missing.result().healthy
    assert "not installed" in missing.result().reason


@pytest.mark.slow
def test_a_hanging_probe_is_killed_at_its_timeout(qtbot):
    probe = SpeechProbe("speechd", timeout_s=0.5, command=SLEEPER)
    # The child sleeps 60 s: an answer within 10 s can only be the timeout's.
    with qtbot.waitSignal(probe.finished, timeout=10_000) as blocker:
        probe.start()
    result = blocker.args[0]
    assert result.timed_out and not result.healthy
    assert "no answer within 0.5 s" in result.reason
    print(f"hanging probe gave up after {result.seconds:.2f} s")
    qtbot.waitUntil(lambda: probe.process.state().name == "NotRunning", timeout=5000)


@pytest.mark.slow
def test_a_stuck_engine_leaves_the_app_silent_not_frozen(qtbot, monkeypatch):
    monkeypatch.setattr(sound, "probe_command", lambda engine: SLEEPER)
    monkeypatch.setattr(sound, "PROBE_TIMEOUT_S", 0.5)
    cues = SoundCues(voice=True, speech_engine="speechd")
    assert cues.speech_status() is SpeechStatus.PROBING
    cues.say("Breathe in")  # returns at once: nothing waits for the probe
    cues.handle(started(seg(0, SegmentKind.PREPARE)))
    assert cues.speaker() is None
    qtbot.waitUntil(lambda: cues.speech_status() is SpeechStatus.UNAVAILABLE, timeout=10_000)
    assert "no answer within 0.5 s" in cues.speech_reason
    cues.say("Breathe out")
    assert cues.speaker() is None
    # The next session does not probe (and wait) again.
    again = SoundCues(voice=True, speech_engine="speechd")
    assert again.speech_status() is SpeechStatus.UNAVAILABLE


class StillClock:
    """Stands in for time.monotonic() in the sound module; moves only when told."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.slow
def test_a_healthy_default_engine_is_used_after_the_probe(qtbot, monkeypatch):
    healthy = [sys.executable, "-c", "print('ok mock')"]
    monkeypatch.setattr(sound, "probe_command", lambda engine: healthy)
    monkeypatch.setattr(sound, "_now", StillClock())
    cues = SoundCues(voice=True, speech_engine=None)
    # The first step's title comes before the probe answers; only the latest words wait.
    cues.say("Settle in")
    cues.say("Upper-trapezius stretch")
    assert cues.speaker() is None
    qtbot.waitUntil(lambda: cues.speech_status() is SpeechStatus.READY, timeout=10_000)
    assert cues.speaker().engine() == "mock"
    words = words_of(cues.speaker())
    qtbot.waitUntil(lambda: words == ["Upper", "trapezius", "stretch"], timeout=5000)
    cues.say("Breathe out")
    qtbot.waitUntil(lambda: words[-2:] == ["Breathe", "out"], timeout=5000)


@pytest.mark.slow
def test_words_gone_stale_while_probing_are_dropped(qtbot, monkeypatch):
    healthy = [sys.executable, "-c", "print('ok mock')"]
    monkeypatch.setattr(sound, "probe_command", lambda engine: healthy)
    clock = StillClock()
    monkeypatch.setattr(sound, "_now", clock)
    cues = SoundCues(voice=True)
    cues.say("Breathe in")
    clock.now += sound.LATE_WORDS_S + 1  # the probe answers after the phase is over
    with qtbot.waitSignal(cues.speechStatusChanged, timeout=10_000):
        pass
    assert cues.speech_status() is SpeechStatus.READY
    from PySide6.QtTextToSpeech import QTextToSpeech

    assert cues.speaker().state() == QTextToSpeech.State.Ready  # not speaking


@pytest.mark.slow
def test_an_unhealthy_default_engine_keeps_the_voice_off(qtbot, monkeypatch):
    failing = [sys.executable, "-c", "print('error speechd\\tcannot connect')"]
    monkeypatch.setattr(sound, "probe_command", lambda engine: failing)
    cues = SoundCues(voice=True)
    qtbot.waitUntil(lambda: cues.speech_status() is SpeechStatus.UNAVAILABLE, timeout=10_000)
    assert cues.speech_reason == "speechd: cannot connect"
    cues.say("Breathe in")
    assert cues.speaker() is None


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        ("ok speechd\n", (True, "speechd", "")),
        ("error speechd\tno voices\n", (False, "speechd", "no voices")),
        ("", (False, None, "no probe output")),
        ("Segmentation fault\n", (False, None, "unexpected probe output 'Segmentation fault'")),
    ],
)
def test_probe_output_is_read_strictly(output, expected):
    assert sound.parse_probe_output(output) == expected


def test_volume_curve_is_gentle_and_bounded():
    assert sound.effect_volume(0) == 0
    assert sound.effect_volume(100) == 1
    assert sound.effect_volume(150) == 1 and sound.effect_volume(-5) == 0
    levels = [sound.effect_volume(v) for v in range(0, 101, 10)]
    assert levels == sorted(levels)
    assert sound.effect_volume(50) < 0.5  # low settings stay low
