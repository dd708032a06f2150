"""The guided session player: what to do now, for how long, and what comes next.

Made for someone in pain who may be two metres from the screen with the head turned away:
a countdown in the theme's largest type, the step's title and one plain instruction, the
illustration (mirrored for the left side), "Left · rep 2 of 3", the session's progress,
"Next: ...", and four controls with words and symbols: Back (Left arrow), Pause/Resume
(Space), Next (Right arrow), and the always-visible "Stop — this hurts" (Esc).

It draws only what the runner's snapshots say; all timing lives in the engine. Breathing
steps show the pacer, heat steps the heat limit and, when one waits, the skin check.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.core.engine import ENDED_STATES, Event, SessionState, Snapshot, StopReason
from coach.core.records import SessionRecord, SessionStatus
from coach.core.routine import HeatStep
from coach.core.segments import Segment, SegmentKind, Side, heat_ceiling_s
from coach.ui import theme
from coach.ui.heat_panel import HeatLimitLine, SkinCheckPrompt, clock_text
from coach.ui.i18n import translate
from coach.ui.illustration import IllustrationView
from coach.ui.pacer import BreathPacer
from coach.ui.session_runner import SessionRunner

if TYPE_CHECKING:
    from coach.ui.sound import SoundCues

# English here (tests read them); words() shows them in the language of the app.
STOP_TEXT = QT_TRANSLATE_NOOP("PlayerView", "Stop — this hurts")
PAUSE_TEXT = QT_TRANSLATE_NOOP("PlayerView", "Pause")
RESUME_TEXT = QT_TRANSLATE_NOOP("PlayerView", "Resume")
BACK_TEXT = QT_TRANSLATE_NOOP("PlayerView", "Back")
NEXT_TEXT = QT_TRANSLATE_NOOP("PlayerView", "Next")
KEYS_HINT = QT_TRANSLATE_NOOP(
    "PlayerView", "Space: pause or resume  ·  ←: back  ·  →: next  ·  Esc: stop"
)
#: Below this window height (px) the player gets compact: the instruction in body type and
#: no key hints, so the big countdown keeps its full size on a small screen.
COMPACT_BELOW_PX = 860
MIN_WIDTH, MIN_HEIGHT = 640, 480
#: From this text scale on, a compact player leaves the exercise picture out for the words.
CROWDED_TEXT_SCALE = 1.5
PAUSED_NOTICE = QT_TRANSLATE_NOOP(
    "PlayerView", "Paused. Take your time; press Resume or Space when you are ready."
)

# Width shares of the picture and the words; the breathing circle gets more room, and on
# a small screen the picture gives the words room to stay on fewer lines.
_VISUAL_STRETCH = {"exercise": 3, "heat": 3, "breath": 6}
_VISUAL_STRETCH_COMPACT = {"exercise": 2, "heat": 2, "breath": 5}
_INFO_STRETCH = 7

# A step's cues ("A mild pull, never pain") are for doing it, not for getting ready,
# resting, or answering the skin check.
_NO_CUE_KINDS = frozenset({SegmentKind.PREPARE, SegmentKind.REST, SegmentKind.SKIN_CHECK})

# Left, top, right, bottom padding inside the session card (px).
_CARD_MARGINS = (theme.space(3), theme.space(2), theme.space(4), theme.space(2))

# Keypad arrows arrive with the keypad modifier; they are the same keys to the patient.
_NO_MODIFIERS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)

_SIDE_WORDS = {
    Side.LEFT: QT_TRANSLATE_NOOP("PlayerView", "Left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("PlayerView", "Right"),
}
_SIDE_ONLY = {
    Side.LEFT: QT_TRANSLATE_NOOP("PlayerView", "Left side"),
    Side.RIGHT: QT_TRANSLATE_NOOP("PlayerView", "Right side"),
}
_NEXT_SIDE = {
    Side.LEFT: QT_TRANSLATE_NOOP("PlayerView", "Next: left side"),
    Side.RIGHT: QT_TRANSLATE_NOOP("PlayerView", "Next: right side"),
}
_NEXT_SIDE_REP = {
    Side.LEFT: QT_TRANSLATE_NOOP("PlayerView", "Next: left, rep {rep} of {reps}"),
    Side.RIGHT: QT_TRANSLATE_NOOP("PlayerView", "Next: right, rep {rep} of {reps}"),
}
_PHASE_WORDS = {
    SegmentKind.PREPARE: QT_TRANSLATE_NOOP("PlayerView", "Get ready"),
    SegmentKind.REST: QT_TRANSLATE_NOOP("PlayerView", "Rest"),
    SegmentKind.HEAT: QT_TRANSLATE_NOOP("PlayerView", "Heat on"),
}
_BREATH_NEXT = {
    SegmentKind.INHALE: QT_TRANSLATE_NOOP("PlayerView", "Next: breathe in"),
    SegmentKind.HOLD_IN: QT_TRANSLATE_NOOP("PlayerView", "Next: hold"),
    SegmentKind.EXHALE: QT_TRANSLATE_NOOP("PlayerView", "Next: breathe out"),
    SegmentKind.HOLD_OUT: QT_TRANSLATE_NOOP("PlayerView", "Next: hold"),
}

# What the stopped/finished page says, by how the session ended.
_END_WORDS: dict[str, tuple[str, str]] = {
    "completed": (
        QT_TRANSLATE_NOOP("PlayerView", "Well done."),
        QT_TRANSLATE_NOOP(
            "PlayerView", "You finished every step. Sit for a moment and notice how you feel."
        ),
    ),
    "partial": (
        QT_TRANSLATE_NOOP("PlayerView", "Done for now."),
        QT_TRANSLATE_NOOP("PlayerView", "What you did is saved. Every bit counts."),
    ),
    StopReason.PAIN.value: (
        QT_TRANSLATE_NOOP("PlayerView", "Stopped. That was the right thing to do."),
        QT_TRANSLATE_NOOP(
            "PlayerView",
            "Let your shoulders rest and breathe slowly. If the pain is new or severe, or "
            "you feel numb, weak or dizzy, contact your clinician. In an emergency, call "
            "emergency services.",
        ),
    ),
    StopReason.SKIN.value: (
        QT_TRANSLATE_NOOP("PlayerView", "Heat stopped."),
        QT_TRANSLATE_NOOP(
            "PlayerView",
            "Take the pack off now and let your skin cool in the air. If it stays red, "
            "blisters or hurts, ask your clinician before using heat again.",
        ),
    ),
    StopReason.USER.value: (
        QT_TRANSLATE_NOOP("PlayerView", "Session stopped."),
        QT_TRANSLATE_NOOP("PlayerView", "What you did is saved."),
    ),
    StopReason.ABANDONED.value: (
        QT_TRANSLATE_NOOP("PlayerView", "Session closed."),
        QT_TRANSLATE_NOOP("PlayerView", "What you did is saved."),
    ),
}


# --- words for the screen (pure functions of the engine's data) ---------------------


def words(text: str) -> str:
    """One of this module's marked texts in the language the app shows."""
    return translate("PlayerView", text)


def countdown_text(snapshot: Snapshot) -> str:
    """Whole seconds left, rounded up ('1' during the last second); m:ss from a minute."""
    return clock_text(snapshot.seconds_left)


def rep_text(segment: Segment | None) -> str:
    """'Left · rep 2 of 3', 'Rep 2 of 5', 'Heat period 1 of 3', ... ('' when none)."""
    if segment is None:
        return ""
    kind = segment.kind
    side = segment.side if segment.side in _SIDE_WORDS else None
    if kind in (SegmentKind.PREPARE, SegmentKind.HOLD, SegmentKind.REST):
        reps = segment.reps or 1
        rep = segment.rep or 1
        if reps > 1:
            rest = kind is SegmentKind.REST
            if side is None:
                count = (
                    translate("PlayerView", "Rep {rep} of {reps} done")
                    if rest
                    else translate("PlayerView", "Rep {rep} of {reps}")
                )
                return count.format(rep=rep, reps=reps)
            count = (
                translate("PlayerView", "{side} · rep {rep} of {reps} done")
                if rest
                else translate("PlayerView", "{side} · rep {rep} of {reps}")
            )
            return count.format(side=words(_SIDE_WORDS[side]), rep=rep, reps=reps)
        return words(_SIDE_ONLY[side]) if side is not None else ""
    if kind is SegmentKind.HEAT and segment.reps:
        return translate("PlayerView", "Heat period {n} of {total}").format(
            n=segment.rep, total=segment.reps
        )
    if kind is SegmentKind.SKIN_CHECK and segment.reps:
        return translate("PlayerView", "Skin check {n} of {total}").format(
            n=segment.rep, total=max(1, segment.reps - 1)
        )
    if segment.is_breath and segment.cycle is not None:
        return translate("PlayerView", "Breath {n} of {total}").format(
            n=segment.cycle, total=segment.cycles
        )
    return ""


def phase_text(segment: Segment | None, state: SessionState) -> str:
    """The word over the countdown: 'Get ready', 'Rest', 'Heat on' or 'Paused'."""
    if state is SessionState.PAUSED:
        return translate("PlayerView", "Paused")
    if segment is None or segment.kind not in _PHASE_WORDS:
        return ""
    return words(_PHASE_WORDS[segment.kind])


def next_text(current: Segment | None, upcoming: Segment | None) -> str:
    """'Next: ...' in the patient's words."""
    if current is None:
        return ""
    if upcoming is None:
        return translate("PlayerView", "Next: the end of the session")
    next_title = translate("PlayerView", "Next: {title}").format(title=upcoming.title)
    if upcoming.step_index != current.step_index:
        return next_title
    kind = upcoming.kind
    side = upcoming.side if upcoming.side in _SIDE_WORDS else None
    if kind is SegmentKind.HOLD:
        count = (
            words(_NEXT_SIDE_REP[side])
            if side is not None
            else translate("PlayerView", "Next: rep {rep} of {reps}")
        )
        return count.format(rep=upcoming.rep, reps=upcoming.reps)
    if kind is SegmentKind.PREPARE:
        if side is not None:
            return words(_NEXT_SIDE[side])
        return translate("PlayerView", "Next: get ready")
    if kind is SegmentKind.REST:
        return translate("PlayerView", "Next: rest, {time} s").format(
            time=clock_text(upcoming.duration_s)
        )
    if upcoming.is_breath and kind in _BREATH_NEXT:
        return words(_BREATH_NEXT[kind])
    if kind is SegmentKind.SKIN_CHECK:
        return translate("PlayerView", "Next: skin check")
    if kind is SegmentKind.HEAT:
        return translate("PlayerView", "Next: heat period {n} of {total}").format(
            n=upcoming.rep, total=upcoming.reps
        )
    return next_title


def time_left_text(planned_seconds: float, progress: float) -> str:
    """'About 6 min left' from the planned length and the session's progress."""
    left = planned_seconds * (1.0 - progress)
    if left < 60:
        return translate("PlayerView", "Less than a minute left")
    return translate("PlayerView", "About {n} min left").format(n=math.ceil(left / 60))


# --- symbols drawn in the current colours (one line-art style, no font needed) ------


def symbol_icon(name: str, colour: str, size: int = 24) -> QIcon:
    """A small line-art symbol: back, next, pause, play, stop, check or cross."""
    ratio = 2.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), size * 0.12)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    s = float(size)
    path = QPainterPath()
    if name == "pause":
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(s * 0.24, s * 0.18, s * 0.16, s * 0.64), 1.5, 1.5)
        painter.drawRoundedRect(QRectF(s * 0.60, s * 0.18, s * 0.16, s * 0.64), 1.5, 1.5)
    elif name == "play":
        painter.setBrush(QColor(colour))
        path.moveTo(s * 0.30, s * 0.18)
        path.lineTo(s * 0.80, s * 0.50)
        path.lineTo(s * 0.30, s * 0.82)
        path.closeSubpath()
        painter.drawPath(path)
    elif name in ("back", "next"):
        flip = name == "back"

        def x(v: float) -> float:
            return s - v if flip else v

        path.moveTo(x(s * 0.32), s * 0.20)
        path.lineTo(x(s * 0.64), s * 0.50)
        path.lineTo(x(s * 0.32), s * 0.80)
        painter.drawPath(path)
        painter.drawLine(QPointF(x(s * 0.78), s * 0.22), QPointF(x(s * 0.78), s * 0.78))
    elif name == "stop":
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(s * 0.22, s * 0.22, s * 0.56, s * 0.56), 3, 3)
    elif name == "check":
        path.moveTo(s * 0.18, s * 0.54)
        path.lineTo(s * 0.42, s * 0.76)
        path.lineTo(s * 0.82, s * 0.26)
        painter.drawPath(path)
    elif name == "cross":
        painter.drawLine(QPointF(s * 0.26, s * 0.26), QPointF(s * 0.74, s * 0.74))
        painter.drawLine(QPointF(s * 0.74, s * 0.26), QPointF(s * 0.26, s * 0.74))
    painter.end()
    return QIcon(pixmap)


class CountdownDisplay(QWidget):
    """The big countdown: the theme's countdown size, tabular digits, boxed tightly around
    the digits (a label would add a line's worth of empty leading above and below).

    The player may ask it to shrink (`set_share`) when a very large text size leaves too
    little room, never below SHRINK_LIMIT of its size at 100% text: smaller digits, never
    cut ones. (Large text is for reading; the digits are big at any text size.)"""

    SHRINK_LIMIT = 0.55

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdown")
        self.setAccessibleName(translate("PlayerView", "Seconds left"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._text = ""
        self._dimmed = False
        self._share = 1.0
        self._key: tuple[str, float] | None = None
        self._fitted: tuple[float, QFont] | None = None
        self._restyle()

    def text(self) -> str:
        """What the countdown shows now, e.g. '14' or '4:05'."""
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setAccessibleDescription(text)
            self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        """Muted while paused: the number is standing still."""
        if dimmed != self._dimmed:
            self._dimmed = dimmed
            self._pen = QPen(QColor(self._palette.muted if dimmed else self._palette.text))
            self.update()

    @property
    def share(self) -> float:
        """The share of the theme's countdown size it is drawn at (1.0 unless squeezed)."""
        return self._share

    def set_share(self, share: float) -> None:
        """Draw at this share of the theme's size (clamped to SHRINK_LIMIT .. 1)."""
        share = min(1.0, max(self.least_share(), share))
        if abs(share - self._share) > 1e-3:
            self._share = share
            self.updateGeometry()
            self.update()

    def full_height(self) -> int:
        """The height at the theme's full countdown size (px)."""
        return self._box_h

    def sizeHint(self) -> QSize:
        return QSize(
            round(self._metrics.horizontalAdvance("00:00") * self._share),
            round(self._box_h * self._share),
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(
            round(self._metrics.horizontalAdvance("00") * self.least_share()),
            round(self._box_h * self._share),
        )

    def _restyle(self) -> None:
        app = QApplication.instance()
        palette = theme.current_palette(app)
        scale = theme.current_text_scale(app) if app is not None else 1.0
        if self._key == (palette.name, scale):
            return
        self._key = (palette.name, scale)
        self._palette = palette
        self._text_scale = scale
        font = QFont(self.font())
        font.setPointSizeF(theme.point_size(theme.TextRole.COUNTDOWN, scale))
        font.setWeight(QFont.Weight.Normal)
        font.setFeature(QFont.Tag("tnum"), 1)  # tabular digits: the number does not wobble
        self._font = font
        self._metrics = QFontMetricsF(font)
        self._digit_h = self._metrics.tightBoundingRect("0123456789").height()
        self._pad = round(self._digit_h * 0.06)
        self._box_h = round(self._digit_h + 2 * self._pad)
        self._pen = QPen(QColor(palette.muted if self._dimmed else palette.text))
        self._fitted = None
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._restyle()

    def shown_scale(self) -> float:
        """The share drawn now: the asked share, smaller still if the width is short."""
        wide = self._metrics.horizontalAdvance(self._text or "00")
        fit = min(self._share, self.width() / wide if wide else 1.0)
        # In 5 % steps, so a countdown that changes width does not re-fit every second.
        return max(self.least_share(), math.floor(fit * 20 + 1e-6) / 20)

    def least_share(self) -> float:
        """The smallest share it may be drawn at: SHRINK_LIMIT of the 100% text size."""
        return self.SHRINK_LIMIT / max(1.0, self._text_scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        share = self.shown_scale()
        if self._fitted is None or self._fitted[0] != share:
            font = QFont(self._font)
            font.setPointSizeF(self._font.pointSizeF() * share)
            self._fitted = (share, font)
        font = self._fitted[1]
        digit_h = self._digit_h * share
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        painter.setPen(self._pen)
        top = max(0.0, (self.height() - digit_h) / 2.0)
        painter.drawText(QPointF(0.0, top + digit_h), self._text)
        painter.end()


class _WordsColumn(QWidget):
    """The column of words beside the picture. Its height follows its width (wrapped text):
    it claims no minimum height of its own, which Qt would otherwise guess for a narrow
    width, so the scroll area around it scrolls only when the words truly need it."""

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)


# --- the view -----------------------------------------------------------------------


class PlayerView(QWidget):
    """The session screen; see the module docstring."""

    ended = Signal(object)  # SessionRecord once the session ended (finished or stopped)

    def __init__(
        self,
        runner: SessionRunner,
        cues: SoundCues | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("player")
        self.runner = runner
        self.cues = cues
        self._segment: Segment | None = None
        self._mode = ""  # "exercise", "breath" or "heat"
        self._shown_state: SessionState | None = None
        self._awaiting: bool | None = None
        self._progress = -1
        self._ceiling = 0.0
        self._notice_text = ""
        self._style_key: tuple[str, float] | None = None
        self._texts: dict[int, str] = {}
        self._compact: bool | None = None
        self._wanted: dict[QWidget, bool] = {}  # lines _fit_words may leave out
        self.setAccessibleName(
            translate("PlayerView", "Session: {routine}").format(routine=runner.routine.title)
        )
        # The view itself holds the focus at first, so no button wears a focus ring until
        # the patient tabs to it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # An explicit minimum, as the main window has: otherwise a word-wrapped label's
        # height at the narrowest width would push the window taller than the screen
        # before the compact layout below could make room.
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self._build()
        self._wanted.update(
            {self.title_label: True, self.next_label: True, self.skin_prompt.text: True}
        )
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_words)
        self._restyle()

        runner.snapshotChanged.connect(self._on_snapshot)
        runner.engineEvent.connect(self._on_event)
        runner.ended.connect(self._on_ended)
        runner.notice.connect(self._show_notice)
        runner.saveFailed.connect(self._on_save_failed)
        self.skin_prompt.answered.connect(self._on_skin_answer)
        # Plain Python: still runs while Qt destroys this view mid-session.
        self.destroyed.connect(runner.abandoner())
        self._on_snapshot(runner.last_snapshot)

    # --- building -----------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(theme.space(4), theme.space(2), theme.space(4), theme.space(2))
        root.setSpacing(theme.space(1))

        # The header (routine, step, time left) gives way to a notice while one is shown:
        # the message matters more, and the countdown keeps its room on a small screen.
        self.header = QWidget(self)
        header = QHBoxLayout(self.header)
        header.setContentsMargins(0, theme.space(0.5), 0, theme.space(0.5))
        header.setSpacing(theme.space(3))
        self.routine_label = QLabel(self.runner.routine.title, self.header)
        self.routine_label.setObjectName("routineTitle")
        self.routine_label.setWordWrap(True)  # a long name wraps rather than being cut
        theme.set_role(self.routine_label, "large")
        self.step_label = QLabel(self.header)
        self.step_label.setObjectName("stepCount")
        theme.set_role(self.step_label, "muted")
        self.time_label = QLabel(self.header)
        self.time_label.setObjectName("timeLeft")
        theme.set_role(self.time_label, "muted")
        header.addWidget(self.routine_label, 1)
        header.addStretch(0)  # takes the room when the routine's name gives way
        header.addWidget(self.step_label)
        header.addWidget(self.time_label)
        root.addWidget(self.header)

        self.notice = QFrame(self)
        self.notice.setObjectName("playerNotice")
        theme.set_role(self.notice, "notice")
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(
            theme.space(2.5), theme.space(1.25), theme.space(2.5), theme.space(1.25)
        )
        self.notice_label = QLabel(self.notice)
        self.notice_label.setObjectName("noticeText")
        theme.set_role(self.notice_label, "large")
        self.notice_label.setWordWrap(True)
        notice_row.addWidget(self.notice_label)
        self.notice.hide()
        root.addWidget(self.notice)

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("sessionProgress")
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(8)
        self.progress_bar.setAccessibleName(translate("PlayerView", "Session progress"))
        root.addWidget(self.progress_bar)
        root.addSpacing(theme.space(0.5))

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_session_page())
        self.pages.addWidget(self._build_end_page())
        root.addWidget(self.pages, 1)

        self.controls = QWidget(self)
        controls = QGridLayout(self.controls)
        controls.setContentsMargins(0, theme.space(0.5), 0, 0)
        controls.setSpacing(theme.space(1.5))
        self._controls_grid = controls
        self.back_button = self._button(
            words(BACK_TEXT), translate("PlayerView", "Back: restart this part or go back one")
        )
        self.pause_button = self._button(
            words(PAUSE_TEXT), translate("PlayerView", "Pause the session")
        )
        self.next_button = self._button(
            words(NEXT_TEXT), translate("PlayerView", "Next: go on to the next part")
        )
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # symbol after
        self.stop_button = self._button(
            words(STOP_TEXT), translate("PlayerView", "Stop — this hurts. Ends the session now")
        )
        self.stop_button.setObjectName("stopButton")
        theme.set_role(self.stop_button, "danger")
        theme.set_role(self.pause_button, "primary")
        self.back_button.setToolTip(translate("PlayerView", "Back (Left arrow)"))
        self.pause_button.setToolTip(translate("PlayerView", "Pause or resume (Space)"))
        self.next_button.setToolTip(translate("PlayerView", "Next (Right arrow)"))
        self.stop_button.setToolTip(translate("PlayerView", "Stop now (Esc)"))
        controls.addWidget(self.back_button, 0, 0)
        controls.addWidget(self.pause_button, 0, 1)
        controls.addWidget(self.next_button, 0, 2)
        controls.setColumnStretch(3, 1)
        controls.addWidget(self.stop_button, 0, 4)
        self._stop_below = False
        root.addWidget(self.controls)

        self.keys_label = QLabel(words(KEYS_HINT), self)
        self.keys_label.setObjectName("keysHint")
        theme.set_role(self.keys_label, "small")
        root.addWidget(self.keys_label)

        self.back_button.clicked.connect(self.runner.previous_segment)
        self.pause_button.clicked.connect(self.runner.toggle_pause)
        self.next_button.clicked.connect(self.runner.next_segment)
        self.stop_button.clicked.connect(self.stop_this_hurts)

    def _build_session_page(self) -> QWidget:
        card = QFrame(self)
        card.setObjectName("playerCard")
        theme.set_role(card, "card")
        row = QHBoxLayout(card)
        row.setContentsMargins(*_CARD_MARGINS)
        row.setSpacing(theme.space(4))

        self.visual = QStackedWidget(card)
        self.visual.setObjectName("visual")
        self.illustration = IllustrationView(self.visual)
        self.pacer = BreathPacer(self.visual)
        self.visual.addWidget(self.illustration)
        self.visual.addWidget(self.pacer)
        row.addWidget(self.visual, _VISUAL_STRETCH["exercise"])

        # When a very large text size leaves too little room, _fit_words makes it: the
        # countdown gives way first (down to its shrink limit), then the smaller lines.
        self.info = _WordsColumn(card)
        self.info.setObjectName("info")
        info = QVBoxLayout(self.info)
        info.setContentsMargins(0, 0, 0, 0)
        info.setSpacing(theme.space(0.75))
        info.addStretch(1)
        self.title_label = QLabel(card)
        self.title_label.setObjectName("stepTitle")
        theme.set_role(self.title_label, "title")
        self.title_label.setWordWrap(True)
        self.rep_label = QLabel(card)
        self.rep_label.setObjectName("repChip")
        self.rep_label.setAccessibleName(translate("PlayerView", "Side and repetition"))
        self.phase_label = QLabel(card)
        self.phase_label.setObjectName("phaseWord")
        tags = QHBoxLayout()
        tags.setContentsMargins(0, theme.space(0.5), 0, 0)
        tags.setSpacing(theme.space(2))
        tags.addWidget(self.rep_label)
        tags.addWidget(self.phase_label)
        tags.addStretch(1)
        self.countdown = CountdownDisplay(card)
        self.heat_line = HeatLimitLine(card)
        self.skin_prompt = SkinCheckPrompt(card)
        self.instruction_label = QLabel(card)
        self.instruction_label.setObjectName("instruction")
        theme.set_role(self.instruction_label, "large")
        self.instruction_label.setWordWrap(True)
        self.instruction_label.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum
        )
        self.cue_label = QLabel(card)
        self.cue_label.setObjectName("cue")
        theme.set_role(self.cue_label, "muted")
        self.cue_label.setWordWrap(True)
        info.addWidget(self.title_label)
        info.addLayout(tags)
        info.addSpacing(theme.space(1))
        info.addWidget(self.countdown)
        info.addWidget(self.heat_line)
        info.addWidget(self.skin_prompt)
        info.addSpacing(theme.space(1))
        info.addWidget(self.instruction_label)
        info.addWidget(self.cue_label)
        self.next_label = QLabel(card)
        self.next_label.setObjectName("nextText")
        theme.set_role(self.next_label, "large")
        self.next_label.setAccessibleName(translate("PlayerView", "What comes next"))
        self.next_label.setWordWrap(True)
        info.addSpacing(theme.space(1.5))
        info.addWidget(self.next_label)
        info.addStretch(1)
        # The last resort at the largest text on a small screen: the words scroll rather
        # than overlap or get cut. No focus of its own: the arrow keys stay back and next.
        self.info_scroll = QScrollArea(card)
        self.info_scroll.setObjectName("infoScroll")
        self.info_scroll.setWidget(self.info)
        self.info_scroll.setWidgetResizable(True)
        self.info_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.info_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.info_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.info_scroll.viewport().setAutoFillBackground(False)
        self.info.setAutoFillBackground(False)
        self.info_scroll.viewport().installEventFilter(self)
        row.addWidget(self.info_scroll, _INFO_STRETCH)
        self._card_row = row
        self.skin_prompt.hide()
        self.heat_line.hide()
        self._wanted[self.heat_line] = False
        return card

    def _build_end_page(self) -> QWidget:
        card = QFrame(self)
        card.setObjectName("endCard")
        theme.set_role(card, "card")
        row = QHBoxLayout(card)
        row.setContentsMargins(theme.space(6), theme.space(5), theme.space(6), theme.space(5))
        # A comfortable line length, in the middle of the card.
        words = QWidget(card)
        words.setMaximumWidth(theme.CONTENT_MAX_WIDTH)
        row.addStretch(1)
        row.addWidget(words, 100)
        row.addStretch(1)
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(theme.space(2))
        column.addStretch(1)
        self.end_title = QLabel(words)
        self.end_title.setObjectName("endTitle")
        theme.set_role(self.end_title, "title")
        self.end_title.setWordWrap(True)
        self.end_text = QLabel(words)
        self.end_text.setObjectName("endText")
        theme.set_role(self.end_text, "large")
        self.end_text.setWordWrap(True)
        self.end_steps = QLabel(words)
        self.end_steps.setObjectName("endSteps")
        theme.set_role(self.end_steps, "muted")
        column.addWidget(self.end_title)
        column.addWidget(self.end_text)
        column.addWidget(self.end_steps)
        column.addStretch(2)
        return card

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setMinimumHeight(theme.HIT_TARGET + theme.space(1))
        button.setIconSize(QSize(22, 22))
        # Tab focus only: a mouse click leaves the focus on the player, so Space goes on
        # meaning pause instead of pressing the last clicked button again.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _key_action(self, key: int) -> Callable[[], object] | None:
        # Looked up per key press rather than kept in a dict of bound methods: such a dict
        # would tie the view to itself in a cycle only the garbage collector could free,
        # and a widget tree torn down inside the collector can crash Qt.
        if key == Qt.Key.Key_Space:
            return self.runner.toggle_pause
        if key == Qt.Key.Key_Right:
            return self.runner.next_segment
        if key == Qt.Key.Key_Left:
            return self.runner.previous_segment
        if key == Qt.Key.Key_Escape:
            return self.stop_this_hurts
        if key == Qt.Key.Key_PageDown:
            return self.scroll_words_down
        if key == Qt.Key.Key_PageUp:
            return self.scroll_words_up
        return None

    @Slot()
    def scroll_words_down(self) -> None:
        """Page Down: the rest of the words, when very large text makes them scroll."""
        bar = self.info_scroll.verticalScrollBar()
        bar.setValue(bar.value() + bar.pageStep())

    @Slot()
    def scroll_words_up(self) -> None:
        """Page Up: back to the top of the words."""
        bar = self.info_scroll.verticalScrollBar()
        bar.setValue(bar.value() - bar.pageStep())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Buttons take focus only by Tab (see _button), so after a click the keys still
        # reach here; a held key does not repeat (a tremor must not skip five segments).
        action = self._key_action(event.key())
        if action is None or event.modifiers() not in _NO_MODIFIERS:
            super().keyPressEvent(event)
            return
        event.accept()
        if not event.isAutoRepeat():
            action()

    # --- actions ------------------------------------------------------------------

    @Slot()
    def stop_this_hurts(self) -> None:
        """Stop at once and log the session as stopped (pain or spasm got worse)."""
        if self.runner.is_live:
            self.runner.stop(StopReason.PAIN)

    @Slot(bool)
    def _on_skin_answer(self, ok: bool) -> None:
        self.runner.answer_skin_check(ok)

    # --- following the runner -----------------------------------------------------

    @Slot(object)
    def _on_snapshot(self, snap: Snapshot) -> None:
        state = snap.state
        if state in ENDED_STATES:
            return  # the end page comes with `ended`
        segment = snap.segment
        if segment is not self._segment:
            self._enter_segment(segment)
        if state is not self._shown_state:
            self._show_state(state)
        paused = state is SessionState.PAUSED
        if self._mode == "breath" and segment is not None:
            self.pacer.set_breath(
                segment.kind,
                snap.segment_progress,
                math.ceil(snap.seconds_left - 1e-9),
                segment.cycle,
                segment.cycles,
                paused=paused,
            )
        else:
            self.countdown.setText(countdown_text(snap))
        if snap.awaiting_answer is not self._awaiting:
            self._show_skin_check(snap.awaiting_answer)
        if snap.heat_seconds_left is not None:
            self.heat_line.set_heat(snap.heat_seconds_left, self._ceiling)
        value = round(snap.session_progress * 1000)
        if value != self._progress:
            self._progress = value
            self.progress_bar.setValue(value)
            self._set(
                self.time_label,
                time_left_text(self.runner.engine.planned_seconds, snap.session_progress),
            )
        self._set(self.step_label, self._step_words(snap))

    def _enter_segment(self, segment: Segment | None) -> None:
        self._segment = segment
        if segment is None:
            self._set(self.title_label, self.runner.routine.title)
            return
        step = self.runner.routine.steps[segment.step_index]
        if segment.is_breath:
            mode = "breath"
        elif isinstance(step, HeatStep):
            mode = "heat"
            self._ceiling = heat_ceiling_s(step, self.runner.engine.settings.heat_mode)
        else:
            mode = "exercise"
        if mode != self._mode:
            self._mode = mode
            self.visual.setCurrentWidget(self.pacer if mode == "breath" else self.illustration)
            self._fit_visual()
            breath = mode == "breath"
            self.countdown.setVisible(not breath)
            self.phase_label.setVisible(not breath)
            self._want(self.heat_line, mode == "heat")
        self.illustration.set_image(
            segment.image, segment.mirrored, dim=segment.kind is SegmentKind.REST
        )
        self._show_visual(not self._awaiting and self._has_visual())
        self._set(self.title_label, segment.title)
        rep = "" if mode == "breath" else rep_text(segment)
        self._set(self.rep_label, rep)
        self._want(self.rep_label, bool(rep))
        self._set(self.phase_label, phase_text(segment, self.runner.state))
        # The app's own instructions are translated; a routine file's stay as written.
        self._set(self.instruction_label, translate("Segments", segment.instruction))
        cues = getattr(step, "cues", ())
        cue = ""
        if cues and segment.kind not in _NO_CUE_KINDS:
            cue = cues[((segment.rep or segment.cycle or 1) - 1) % len(cues)]
        self._set(self.cue_label, cue)
        self._want(self.cue_label, bool(cue))
        nxt = self.runner.last_snapshot.next_segment
        if nxt is None or self.runner.last_snapshot.segment is not segment:
            nxt = self._following(segment)
        self._set(self.next_label, next_text(segment, nxt))
        paused_notice = words(PAUSED_NOTICE)
        if self.runner.state is SessionState.RUNNING and self._notice_text != paused_notice:
            self._hide_notice()
        self._request_fit()

    def _fit_visual(self) -> None:
        shares = _VISUAL_STRETCH_COMPACT if self._compact else _VISUAL_STRETCH
        self._card_row.setStretch(0, shares.get(self._mode, shares["exercise"]))

    def _show_visual(self, shown: bool) -> None:
        self.visual.setVisible(shown)
        self._fit_card()

    def _fit_card(self) -> None:
        """Alone in the card (no picture), the words keep a comfortable line length and
        sit in the middle rather than running the full width of a wide window."""
        left, top, right, bottom = _CARD_MARGINS
        if not self.visual.isVisibleTo(self):
            outer = self.layout().contentsMargins()
            room = self.width() - outer.left() - outer.right()
            extra = max(0, (room - left - right - theme.CONTENT_MAX_WIDTH) // 2)
            left, right = left + extra, right + extra
        if self._card_row.contentsMargins().left() != left:
            self._card_row.setContentsMargins(left, top, right, bottom)

    def _fit_words(self) -> None:
        """Make the words fit their column: shrink the countdown just enough, and only if
        that is not enough, leave out the least needed lines (cue, then "Next", and while
        the skin check asks its question, the title, the chip and the heat line)."""
        info = self.info
        viewport = self.info_scroll.viewport()
        width, room = viewport.width(), viewport.height()
        if room <= 0 or width <= 0:
            return
        layout = info.layout()
        for widget, wanted in self._wanted.items():
            if widget.isHidden() == wanted:
                widget.setVisible(wanted)
        countdown = self.countdown
        countdown.set_share(1.0)
        over = layout.totalHeightForWidth(width) - room
        if over > 0 and countdown.isVisibleTo(info):
            countdown.set_share(1.0 - over / countdown.full_height())
            over = layout.totalHeightForWidth(width) - room
        droppable = [self.cue_label, self.next_label]
        if self._awaiting:  # the question and its two answers come first
            # Last, the words under the question: the question and the two answers
            # ("Skin looks fine", "Red or blotchy — stop") say what is needed.
            prompt_words = self.skin_prompt.text
            droppable += [self.title_label, self.rep_label, self.heat_line, prompt_words]
        for widget in droppable:
            if over <= 0:
                break
            if widget.isVisibleTo(info):
                widget.hide()
                over = layout.totalHeightForWidth(width) - room

    def _request_fit(self) -> None:
        # After a change of content the layout settles first (it is posted); fit then.
        self._fit_timer.start()

    def _want(self, widget: QWidget, visible: bool) -> None:
        """Show or hide a line the fitting may leave out; _fit_words has the last word."""
        self._wanted[widget] = visible
        widget.setVisible(visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.info_scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_words()
        return False

    def _fit_controls(self) -> None:
        """On one row when they fit; else Stop gets a row of its own, words and all."""
        outer = self.layout().contentsMargins()
        room = self.width() - outer.left() - outer.right()
        grid = self._controls_grid
        buttons = (self.back_button, self.pause_button, self.next_button, self.stop_button)
        wanted = sum(b.sizeHint().width() for b in buttons) + 4 * grid.horizontalSpacing()
        below = wanted > room
        if below == self._stop_below:
            return
        self._stop_below = below
        grid.removeWidget(self.stop_button)
        if below:
            grid.addWidget(self.stop_button, 1, 0, 1, 5)
        else:
            grid.addWidget(self.stop_button, 0, 4)

    def _has_visual(self) -> bool:
        if self._mode == "breath":
            return True  # the pacer is the breathing guide itself
        # Very large text on a small screen: the words need the whole card's width more
        # than the picture does (the title and instruction say what to do).
        crowded = bool(self._compact) and self._text_scale() >= CROWDED_TEXT_SCALE
        return self.illustration.has_picture() and not crowded

    def _following(self, segment: Segment) -> Segment | None:
        segments = self.runner.engine.segments
        i = segment.index + 1
        return segments[i] if i < len(segments) else None

    def _show_state(self, state: SessionState) -> None:
        previous = self._shown_state
        self._shown_state = state
        paused = state is SessionState.PAUSED
        self.pause_button.setText(words(RESUME_TEXT if paused else PAUSE_TEXT))
        self.pause_button.setAccessibleName(
            translate("PlayerView", "Resume the session")
            if paused
            else translate("PlayerView", "Pause the session")
        )
        self.pause_button.setIcon(self._icons["play" if paused else "pause"])
        self.countdown.set_dimmed(paused)
        self._set(self.phase_label, phase_text(self._segment, state))
        live = state in (SessionState.RUNNING, SessionState.PAUSED)
        for button in (self.back_button, self.pause_button, self.next_button):
            button.setEnabled(live)
        if paused and not self._notice_text:
            self._show_notice(words(PAUSED_NOTICE))
        elif state is SessionState.RUNNING and previous is SessionState.PAUSED:
            self._hide_notice()

    def _show_skin_check(self, awaiting: bool) -> None:
        self._awaiting = awaiting
        self.skin_prompt.setVisible(awaiting)
        self.countdown.setVisible(not awaiting and self._mode != "breath")
        self.phase_label.setVisible(not awaiting and self._mode != "breath")
        self.instruction_label.setVisible(not awaiting)
        # The question takes the whole card: nothing else is asked of the patient now.
        self._show_visual(not awaiting and self._has_visual())
        self.next_button.setEnabled(not awaiting and self.runner.is_live)
        if awaiting and self._segment is not None:
            # No focus moves to the answers: Space must still mean pause, never "fine".
            self.skin_prompt.set_text(translate("Segments", self._segment.instruction))
        elif self.skin_prompt.isAncestorOf(QApplication.focusWidget()):
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._request_fit()

    def _step_words(self, snap: Snapshot) -> str:
        segment = snap.segment
        if segment is None:
            return ""
        return translate("PlayerView", "Step {n} of {total}").format(
            n=segment.step_index + 1, total=snap.steps_total
        )

    @Slot(object)
    def _on_event(self, event: Event) -> None:
        if self.cues is not None:
            self.cues.handle(event, self.runner.last_snapshot)

    @Slot(object)
    def _on_ended(self, record: SessionRecord) -> None:
        reason = self.runner.engine.stop_reason
        if reason is not None:
            key = reason.value
        else:
            key = "completed" if record.status is SessionStatus.COMPLETED else "partial"
        title, text = _END_WORDS.get(key, _END_WORDS["partial"])
        self.end_title.setText(words(title))
        self.end_text.setText(words(text))
        steps = translate("PlayerView", "{done} of {total} steps done").format(
            done=record.steps_done, total=record.steps_total
        )
        if record.heat_seconds:
            heat = (
                translate("PlayerView", "heat {time} min")
                if record.heat_seconds >= 60
                else translate("PlayerView", "heat {time} s")
            )
            steps += "  ·  " + heat.format(time=clock_text(record.heat_seconds))
        self.end_steps.setText(steps)
        self.pages.setCurrentIndex(1)
        self.step_label.hide()
        self.time_label.hide()
        self.progress_bar.setValue(round(self.runner.last_snapshot.session_progress * 1000))
        self.controls.hide()
        self.keys_label.hide()
        self._hide_notice()
        self._shown_state = self.runner.state
        self.ended.emit(record)

    @Slot(str)
    def _show_notice(self, text: str) -> None:
        self._notice_text = text
        self.notice_label.setText(text)
        self.header.hide()
        self.notice.show()

    def _hide_notice(self) -> None:
        self._notice_text = ""
        self.notice.hide()
        self.header.show()

    @Slot(str)
    def _on_save_failed(self, problem: str) -> None:
        self._show_notice(
            translate(
                "PlayerView",
                "Your progress could not be saved just now; the session carries on and it "
                "will try again. ({problem})",
            ).format(problem=problem)
        )

    def _set(self, label: QLabel, text: str) -> None:
        # setText re-lays out; at display rate only what changed is touched.
        key = id(label)
        if self._texts.get(key) != text:
            self._texts[key] = text
            label.setText(text)

    # --- look ---------------------------------------------------------------------

    def _restyle(self) -> None:
        app = QApplication.instance()
        palette = theme.current_palette(app)
        scale = theme.current_text_scale(app) if app is not None else 1.0
        key = (palette.name, scale)
        if key == self._style_key:
            return
        self._style_key = key
        kind = palette.kind(self.runner.routine.kind)
        danger = QColor(palette.danger)

        def pt(role: theme.TextRole) -> str:
            return f"{theme.point_size(role, scale):.1f}pt"

        self.setStyleSheet(
            f"""
QLabel#repChip {{
    background: {kind.soft}; color: {palette.text}; border: 2px solid {kind.accent};
    border-radius: {theme.RADIUS}px; padding: 4px 16px;
    font-size: {pt(theme.TextRole.LARGE)}; font-weight: 600;
}}
QLabel#phaseWord {{
    color: {kind.ink}; font-size: {pt(theme.TextRole.HEADING)}; font-weight: 600;
}}
QLabel#stepTitle {{ font-size: {pt(theme.TextRole.TITLE)}; }}
QLabel#stepTitle[state="compact"] {{ font-size: {pt(theme.TextRole.HEADING)}; }}
QLabel#instruction[state="compact"] {{ font-size: {pt(theme.TextRole.BODY)}; }}
QLabel#routineTitle[state="compact"] {{ font-size: {pt(theme.TextRole.BODY)}; }}
QScrollArea#infoScroll, QWidget#info {{ background: transparent; }}
QLabel#nextText {{ color: {palette.muted}; }}
QLabel#routineTitle {{ color: {palette.muted}; font-weight: 600; }}
QProgressBar#sessionProgress, QProgressBar#heatLimitBar {{
    background: {palette.border}; border: none; border-radius: 4px;
}}
QProgressBar#sessionProgress::chunk {{ background: {kind.accent}; border-radius: 4px; }}
QProgressBar#heatLimitBar::chunk {{ background: {palette.heat.accent}; border-radius: 4px; }}
QPushButton, QPushButton[role="primary"], QPushButton[role="danger"] {{
    font-size: {pt(theme.TextRole.LARGE)}; padding: 4px 22px;
}}
QPushButton[role="danger"]:hover {{ background: {danger.darker(112).name()}; }}
QPushButton[role="danger"]:pressed {{ background: {danger.darker(125).name()}; }}
"""
        )
        icons = {
            "pause": palette.on_primary,
            "play": palette.on_primary,
            "back": palette.text,
            "next": palette.text,
            "stop": palette.on_danger,
            "check": palette.on_primary,
            "cross": palette.on_danger,
        }
        self._icons = {name: symbol_icon(name, colour) for name, colour in icons.items()}
        icon_px = round(22 * scale)
        for button in self.findChildren(QPushButton):
            button.setIconSize(QSize(icon_px, icon_px))
        self.back_button.setIcon(self._icons["back"])
        self.next_button.setIcon(self._icons["next"])
        self.stop_button.setIcon(self._icons["stop"])
        paused = self.runner.state is SessionState.PAUSED
        self.pause_button.setIcon(self._icons["play" if paused else "pause"])
        self.skin_prompt.set_icons(self._icons["check"], self._icons["cross"])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._restyle()  # a no-op unless the colour scheme or text size changed

    # --- life ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.runner.set_display_active(True)
        if self.focusWidget() is None:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.runner.set_display_active(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_card()
        self._fit_controls()
        # Judged by the window, not this view: the view's own height follows its content's
        # minimum, which this choice changes.
        compact = self.window().height() * 1.0 < COMPACT_BELOW_PX * self._text_scale()
        if compact != self._compact:
            self._compact = compact
            self._fit_visual()
            # The instruction steps down the type scale, so the countdown and the words
            # keep their room on a small screen; with very large text, the step title and
            # the routine's name too.
            crowded = compact and self._text_scale() >= CROWDED_TEXT_SCALE
            shrink = {self.instruction_label: compact}
            shrink.update({self.title_label: crowded, self.routine_label: crowded})
            for label, smaller in shrink.items():
                theme.set_state(label, "compact" if smaller else "")
                # Re-polished here too: during the first show the label may not be
                # polished yet and would keep the size it had.
                label.style().unpolish(label)
                label.style().polish(label)
            self.keys_label.setVisible(not compact and self.pages.currentIndex() == 0)
            self._show_visual(not self._awaiting and self._has_visual())
            # The routine's name gives way too: the step's own title is in the card.
            self.routine_label.setVisible(not crowded)
            self._request_fit()

    def _text_scale(self) -> float:
        app = QApplication.instance()
        return theme.current_text_scale(app) if app is not None else 1.0

    def closeEvent(self, event: QCloseEvent) -> None:
        # A player shown as its own window: closing it mid-session abandons the session.
        if self.runner.is_live:
            self.runner.stop(StopReason.ABANDONED)
        super().closeEvent(event)
