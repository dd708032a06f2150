"""The session player: what the patient sees, the keys, the skin check, and the pacer.

The engine runs on a FakeClock; after moving it the test polls the runner (as the display
timer would) and reads what the widgets show. Nothing sleeps.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton

from coach.core.clock import FakeClock
from coach.core.engine import EventKind, SessionState, StopReason
from coach.core.records import Kind, SessionStatus
from coach.core.routine import ExerciseStep, HeatStep, RestStep, Routine, Sides
from coach.core.routine_library import load_library
from coach.core.segments import SegmentKind, SessionSettings
from coach.store.database import Store
from coach.ui import theme
from coach.ui.illustration import IllustrationView, recoloured_svg
from coach.ui.pacer import eased, fullness
from coach.ui.player_view import STOP_TEXT, PlayerView
from coach.ui.session_runner import SLEPT_NOTICE, SessionRunner

CET = timezone(timedelta(hours=1))
BASE = datetime(2026, 11, 26, 9, 0, tzinfo=CET)


class Times:
    def __init__(self) -> None:
        self.clock = FakeClock(500.0)
        self.slept = 0.0

    def wall(self) -> datetime:
        return BASE + timedelta(seconds=self.clock.now() - 500.0 + self.slept)


def upper_trap() -> Routine:
    """prepare 8 | 3 x hold 25 with rests of 12, left then right."""
    step = ExerciseStep(
        id="upper", title="Upper-trapezius stretch", instruction="Let your ear drift.",
        hold_s=25, reps=3, sides=Sides.BOTH, prepare_s=8, rest_s=12,
        image="upper-trapezius-stretch.svg", cues=("A mild pull, never pain",),
    )  # fmt: skip
    settle = RestStep(id="settle", title="Settle", instruction="Rest.", duration_s=10)
    return Routine(id="u", title="Upper trap", kind=Kind.STRETCH, summary="",
                   steps=(step, settle))  # fmt: skip


def heat_routine() -> Routine:
    heat = HeatStep(
        id="heat", title="Heat on the shoulder", instruction="Pack on.", apply_s=900,
        check_every_s=300, max_s=1200, reduced_feeling_max_s=600, image="heat-pack.svg",
    )  # fmt: skip
    settle = RestStep(id="skin", title="Let the skin settle", instruction="Pack off.",
                      duration_s=120)  # fmt: skip
    return Routine(id="h", title="Heat", kind=Kind.HEAT, summary="", steps=(heat, settle))


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        yield opened


@pytest.fixture
def times():
    return Times()


@pytest.fixture
def light(qapp):
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)
    yield
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)


class Player:
    """A started session on screen, and ways to move its clock."""

    def __init__(self, qtbot, store, times, routine, cues=None):
        self.times = times
        self.store = store
        self.runner = SessionRunner(
            store, routine, SessionSettings(), clock=times.clock, wall_now=times.wall
        )
        self.view = PlayerView(self.runner, cues)
        qtbot.addWidget(self.view)
        self.view.resize(1024, 700)
        self.view.show()
        qtbot.waitExposed(self.view)
        self.ended = []
        self.view.ended.connect(self.ended.append)
        self.runner.start(spasm_before=5)

    def wait(self, seconds: float, step: float = 0.5) -> None:
        left = seconds
        while left > 1e-9:
            moved = min(step, left)
            self.times.clock.advance(moved)
            self.runner.poll()
            left -= moved

    def row(self):
        return self.store.get_session(self.runner.record().id)

    def close(self) -> None:
        self.runner._timer.stop()


@pytest.fixture
def play(qtbot, store, times, light):
    made: list[Player] = []

    def start(routine, cues=None) -> Player:
        player = Player(qtbot, store, times, routine, cues)
        made.append(player)
        return player

    yield start
    for player in made:
        player.close()


def key(view, which, *, repeat: bool = False) -> None:
    QApplication.sendEvent(
        view, QKeyEvent(QEvent.Type.KeyPress, which, Qt.KeyboardModifier.NoModifier, "", repeat)
    )


# --- what the screen says ---------------------------------------------------------------


def test_the_countdown_shows_whole_seconds_rounded_up(play):
    p = play(upper_trap())
    view = p.view
    assert view.countdown.text() == "8"  # get ready, left side
    assert view.phase_label.text() == "Get ready"
    p.wait(0.2)
    assert view.countdown.text() == "8"
    p.wait(7.1)
    assert view.countdown.text() == "1"  # "1" all through the last second
    p.wait(0.7)
    assert view.countdown.text() == "25"  # the first hold
    p.wait(24.5)
    assert view.countdown.text() == "1"


def test_the_player_shows_side_rep_and_what_comes_next(play):
    p = play(upper_trap())
    view = p.view
    p.wait(8)
    assert view.title_label.text() == "Upper-trapezius stretch"
    assert view.rep_label.text() == "Left · rep 1 of 3"
    assert view.next_label.text() == "Next: rest, 12 s"
    assert view.instruction_label.text() == "Let your ear drift."
    assert view.cue_label.text() == "A mild pull, never pain"
    p.wait(25)
    assert view.phase_label.text() == "Rest"
    assert view.rep_label.text() == "Left · rep 1 of 3 done"
    assert view.next_label.text() == "Next: left, rep 2 of 3"
    p.wait(12 + 24)
    assert view.rep_label.text() == "Left · rep 2 of 3"
    assert view.step_label.text() == "Step 1 of 2"


def test_the_illustration_is_mirrored_for_the_left_side_only(play):
    p = play(upper_trap())
    view = p.view
    p.wait(8)
    assert (view.illustration.image, view.illustration.mirrored) == (
        "upper-trapezius-stretch.svg",
        True,
    )
    while p.runner.last_snapshot.segment.side.value == "left":
        p.runner.next_segment()
    assert view.rep_label.text().startswith("Right")
    assert view.illustration.mirrored is False


def test_heat_counts_down_in_minutes_and_seconds_with_its_safety_limit(play):
    p = play(heat_routine())
    view = p.view
    assert view.countdown.text() == "5:00"
    assert view.heat_line.isVisible()
    assert view.heat_line.label.text() == "Heat safety limit: 20:00 left"
    p.wait(0.5)
    assert view.countdown.text() == "5:00"
    p.wait(59.5)
    assert view.countdown.text() == "4:00"
    p.runner.pause()
    p.wait(30)
    # Paused: the period waits, but the heat safety limit keeps counting (the pack is on).
    assert view.countdown.text() == "4:00"
    assert view.heat_line.label.text() == "Heat safety limit: 18:30 left"


def test_the_progress_bar_and_time_left_follow_the_session(play):
    p = play(upper_trap())
    view = p.view
    assert view.progress_bar.value() == 0
    total = p.runner.engine.planned_seconds
    p.wait(total / 2)
    assert view.progress_bar.value() == pytest.approx(500, abs=2)
    assert view.time_label.text() == f"About {int(-(-total / 2 // 60))} min left"


# --- controls and keys -------------------------------------------------------------------


def test_keyboard_space_pauses_and_resumes_right_goes_on_left_goes_back(qtbot, play):
    p = play(upper_trap())
    view = p.view
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert p.runner.state is SessionState.PAUSED
    assert view.pause_button.text() == "Resume"
    assert view.phase_label.text() == "Paused"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert p.runner.state is SessionState.RUNNING
    assert view.pause_button.text() == "Pause"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.rep_label.text() == "Left · rep 1 of 3"
    assert view.countdown.text() == "25"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.phase_label.text() == "Get ready"


def test_a_held_arrow_key_moves_only_once(play):
    p = play(upper_trap())
    key(p.view, Qt.Key.Key_Right)
    for _ in range(5):
        key(p.view, Qt.Key.Key_Right, repeat=True)
    assert p.runner.last_snapshot.segment.index == 1


def test_escape_stops_at_once_and_logs_the_session_as_stopped(qtbot, play):
    p = play(upper_trap())
    p.wait(12)
    qtbot.keyClick(p.view, Qt.Key.Key_Escape)
    row = p.row()
    assert row.status is SessionStatus.STOPPED
    assert p.runner.engine.stop_reason is StopReason.PAIN
    assert p.ended == [row]
    assert p.view.end_title.text() == "Stopped. That was the right thing to do."
    assert p.view.pages.currentIndex() == 1


def test_the_stop_button_is_always_there_while_the_session_lives(qtbot, play):
    p = play(heat_routine())
    view = p.view
    button = view.stop_button
    assert button.isVisible() and button.text() == STOP_TEXT
    assert button.property("role") == "danger"
    p.runner.pause()
    assert button.isVisible() and button.isEnabled()
    p.runner.resume()
    p.wait(300)  # the skin check waits
    assert view.skin_prompt.isVisible()
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert p.row().status is SessionStatus.STOPPED


def test_after_a_click_space_still_pauses(qtbot, play):
    p = play(upper_trap())
    qtbot.mouseClick(p.view.next_button, Qt.MouseButton.LeftButton)
    assert p.runner.last_snapshot.segment.kind is SegmentKind.HOLD
    qtbot.keyClick(p.view, Qt.Key.Key_Space)
    assert p.runner.state is SessionState.PAUSED
    assert p.runner.last_snapshot.segment.kind is SegmentKind.HOLD  # not "Next" again


def test_every_control_is_large_named_and_has_a_symbol(play):
    p = play(heat_routine())
    p.wait(300)  # show the skin check too
    buttons = [b for b in p.view.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) == 6
    for button in buttons:
        assert button.height() >= theme.HIT_TARGET, button.text()
        assert button.accessibleName(), button.text()
        assert not button.icon().isNull(), button.text()
        assert button.text()


def test_a_keyboard_user_can_reach_every_control_with_tab(play):
    p = play(upper_trap())
    for button in (p.view.back_button, p.view.pause_button, p.view.stop_button):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


# --- breathing ---------------------------------------------------------------------------


def test_a_breathing_step_shows_the_pacer_with_the_phase_word(play, data_dir):
    routine = load_library(data_dir).find("box-breathing")
    p = play(routine)
    view, pacer = p.view, p.view.pacer
    assert pacer.isVisible() and not view.countdown.isVisible()
    assert (pacer.phase_word, pacer.seconds_text, pacer.breath_text) == (
        "Breathe in",
        "4",
        "Breath 1 of 10",
    )
    p.wait(1)
    small = pacer._radius
    p.wait(2)
    assert pacer._radius > small  # the circle grows on the in-breath
    p.wait(1)
    assert pacer.phase_word == "Hold"
    full = pacer._radius
    p.wait(2)
    assert pacer._radius == pytest.approx(full)  # and rests full on the hold
    p.wait(2)
    assert pacer.phase_word == "Breathe out"
    p.wait(2)
    assert pacer._radius < full
    p.wait(6)  # the rest of the out-breath and the empty hold
    assert (pacer.phase_word, pacer.breath_text) == ("Breathe in", "Breath 2 of 10")
    p.runner.pause()
    assert pacer.phase_word == "Paused"


def test_the_pacer_eases_gently_and_rests_on_holds():
    assert eased(0.0) == 0.0 and eased(1.0) == 1.0
    assert eased(0.5) == pytest.approx(0.5)
    assert eased(0.05) < 0.05  # slow at the turn of the breath
    samples = [fullness(SegmentKind.INHALE, t / 20) for t in range(21)]
    assert samples == sorted(samples)
    assert fullness(SegmentKind.HOLD_IN, 0.3) == 1.0
    assert fullness(SegmentKind.HOLD_OUT, 0.3) == 0.0
    assert fullness(SegmentKind.EXHALE, 0.25) == pytest.approx(1 - eased(0.25))


def test_every_engine_event_reaches_the_sound_cues_in_order(play):
    class Cues:
        def __init__(self):
            self.heard = []

        def handle(self, event, snapshot=None):
            self.heard.append((event.seq, event.kind, snapshot is not None))

    cues = Cues()
    p = play(upper_trap(), cues=cues)
    p.wait(40, step=3)
    seqs = [seq for seq, _, _ in cues.heard]
    assert seqs == list(range(len(seqs)))
    kinds = [kind for _, kind, _ in cues.heard]
    assert kinds[0] is EventKind.SEGMENT_STARTED
    assert EventKind.COUNTDOWN in kinds
    assert all(has_snapshot for _, _, has_snapshot in cues.heard)


# --- heat and the skin check --------------------------------------------------------------


def test_the_skin_check_waits_and_red_or_blotchy_stops_the_heat(qtbot, play):
    p = play(heat_routine())
    view = p.view
    assert not view.skin_prompt.isVisible()
    p.wait(300)
    assert view.skin_prompt.isVisible()
    assert not view.next_button.isEnabled()  # the answer is the way on
    assert not view.countdown.isVisible()
    p.wait(60)
    assert view.skin_prompt.isVisible()  # it waits as long as it takes
    qtbot.mouseClick(view.skin_prompt.red_button, Qt.MouseButton.LeftButton)
    row = p.row()
    assert row.status is SessionStatus.STOPPED
    assert (row.skin_ok, row.heat_seconds) == (False, 360)
    assert p.ended == [row]
    assert view.end_title.text() == "Heat stopped."
    assert "Take the pack off now" in view.end_text.text()


def test_skin_looks_fine_carries_on_with_the_next_heat_period(qtbot, play):
    p = play(heat_routine())
    p.wait(300)
    qtbot.mouseClick(p.view.skin_prompt.fine_button, Qt.MouseButton.LeftButton)
    assert not p.view.skin_prompt.isVisible()
    assert p.view.rep_label.text() == "Heat period 2 of 3"
    assert p.view.countdown.text() == "5:00"
    assert p.runner.state is SessionState.RUNNING


def test_space_during_the_skin_check_pauses_and_never_answers(qtbot, play):
    p = play(heat_routine())
    p.wait(300)
    qtbot.keyClick(p.view, Qt.Key.Key_Space)
    assert p.runner.state is SessionState.PAUSED
    assert p.runner.last_snapshot.awaiting_answer
    assert p.view.skin_prompt.isVisible()


# --- sleep, closing, destroying ----------------------------------------------------------


def test_after_the_computer_slept_the_player_asks_calmly_to_resume(play):
    p = play(upper_trap())
    p.wait(10)
    p.times.slept += 2 * 3600
    p.wait(0.5)
    assert p.runner.state is SessionState.PAUSED
    assert p.view.notice.isVisible()
    assert p.view.notice_label.text() == SLEPT_NOTICE
    assert p.view.pause_button.text() == "Resume"
    p.runner.resume()
    assert not p.view.notice.isVisible()


def test_closing_the_player_window_mid_session_saves_it_as_abandoned(play):
    p = play(upper_trap())
    p.wait(5)
    p.view.close()
    row = p.row()
    assert (row.status, row.active_seconds) == (SessionStatus.ABANDONED, 5)


def test_destroying_the_view_mid_session_saves_the_session(qtbot, store, times, light):
    runner = SessionRunner(store, upper_trap(), None, clock=times.clock, wall_now=times.wall)
    view = PlayerView(runner)
    runner.start()
    runner.poll()
    times.clock.advance(8 + 25 + 12 + 25 + 12 + 25 + 1)  # the left side is done ...
    runner.poll()
    runner._timer.stop()
    view.deleteLater()
    del view
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    row = store.get_session(runner.record().id)
    assert row.status is SessionStatus.ABANDONED  # ... but no whole step was
    assert row.active_seconds == 108


# --- the illustration -------------------------------------------------------------------


def test_dark_mode_draws_the_figure_in_the_palettes_ink(qtbot, qapp):
    data = b'<svg color="#2f3b45"><path stroke="currentColor" fill="#3f8f8a"/></svg>'
    assert recoloured_svg(data, theme.LIGHT) == data.replace(b"#2f3b45", b"#2A3138")
    dark = recoloured_svg(data, theme.DARK)
    assert b"#2f3b45" not in dark and theme.DARK.text.encode() in dark
    assert theme.DARK.stretch.accent.encode() in dark

    theme.apply_theme(qapp, theme.ColourMode.DARK, 1.0)
    try:
        view = IllustrationView()
        qtbot.addWidget(view)
        view.resize(240, 240)
        view.set_image("chin-tuck.svg")
        image = view.grab().toImage()
    finally:
        theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)
    ink = QColor(theme.DARK.text)
    old = QColor("#2f3b45")
    near = {"ink": 0, "old": 0}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            for name, target in (("ink", ink), ("old", old)):
                diff = abs(c.red() - target.red()) + abs(c.green() - target.green())
                if diff + abs(c.blue() - target.blue()) < 30:
                    near[name] += 1
    # Edges blend ink and background, so a few pixels fall near any colour between them;
    # drawn in the file's own dark ink, the figure would be nearly all "old".
    assert near["ink"] > 100
    assert near["old"] < near["ink"] / 5


def test_the_left_side_is_the_mirror_image_of_the_right(qtbot, light):
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(200, 200)
    view.set_image("upper-trapezius-stretch.svg", mirrored=False)
    right = view.grab().toImage()
    view.set_image("upper-trapezius-stretch.svg", mirrored=True)
    left = view.grab().toImage()
    assert left != right
    flipped = right.flipped(Qt.Orientation.Horizontal)
    # The same picture flipped; antialiased edges may round a little apart.
    assert _unlike(flipped, left) < _unlike(right, left) / 10


def _unlike(a, b) -> int:
    """How many sampled pixels clearly differ between two images of the same size."""
    count = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            if (
                abs(p.red() - q.red()) + abs(p.green() - q.green()) + abs(p.blue() - q.blue())
                > 90
            ):
                count += 1
    return count


def test_a_missing_picture_leaves_the_words_to_guide(qtbot, play):
    step = ExerciseStep(
        id="x", title="Shrug", instruction="Lift softly.", hold_s=5, image="no-such-file.svg"
    )
    p = play(Routine(id="x", title="X", kind=Kind.STRETCH, summary="", steps=(step,)))
    assert not p.view.visual.isVisible()
    assert p.view.title_label.text() == "Shrug"
    assert p.view.countdown.text() == "5"


# --- room and lifetime ---------------------------------------------------------------------


def test_with_twice_the_text_size_the_countdown_gives_way_and_nothing_is_cut(
    qtbot, qapp, store, times, data_dir
):
    routine = load_library(data_dir).find("heat-and-stretch")
    theme.apply_theme(qapp, theme.ColourMode.LIGHT, 2.0)
    try:
        runner = SessionRunner(
            store, routine, SessionSettings(), clock=times.clock, wall_now=times.wall
        )
        view = PlayerView(runner)
        qtbot.addWidget(view)
        view.resize(1600, 1000)
        view.show()
        qtbot.waitExposed(view)
        runner.start()
        times.clock.advance(30)  # the pack is wrapped and tested; the heat goes on
        runner.poll()
        for _ in range(3):
            QApplication.processEvents()
        info = view.info
        room = view.info_scroll.viewport()  # the words fit without scrolling
        assert info.layout().totalHeightForWidth(room.width()) <= room.height()
        # Smaller, never below its limit (a share of its size at 100% text).
        assert view.countdown.least_share() <= view.countdown.share < 1.0
        assert view.countdown.text() == "5:00"
        times.clock.advance(300)
        runner.poll()
        for _ in range(3):
            QApplication.processEvents()
        # The skin check's question and both answers are whole.
        assert info.layout().totalHeightForWidth(room.width()) <= room.height()
        prompt = view.skin_prompt
        assert prompt.isVisible() and prompt.height() >= prompt.heightForWidth(prompt.width())
        runner._timer.stop()
    finally:
        theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)


def test_a_dropped_player_is_freed_at_once_not_left_to_the_garbage_collector(
    store, times, light
):
    # Qt widgets torn down inside the garbage collector can crash; the player and its
    # runner must go as soon as the last reference does.
    import gc
    import weakref

    runner = SessionRunner(store, heat_routine(), None, clock=times.clock, wall_now=times.wall)
    view = PlayerView(runner)
    view.resize(1024, 700)
    view.show()
    runner.start()
    times.clock.advance(300)
    runner.poll()
    runner._timer.stop()
    view.close()
    watched = (weakref.ref(view), weakref.ref(runner))
    gc.collect()
    gc.disable()
    try:
        del view, runner
        assert [ref() is None for ref in watched] == [True, True]
    finally:
        gc.enable()
