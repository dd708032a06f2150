"""The breathing pacer: a soft circle that grows with the in-breath and shrinks with the out.

It draws only what it is given (the phase and the phase's progress from the engine's
snapshot): on the in-breath the circle grows, on a hold it rests full or empty, on the
out-breath it shrinks, eased (sine in-out) so the turns are gentle. A thin ring around it
fills with the phase's progress, so a hold is seen to pass too. Inside: the phase word and
its seconds; below: "Breath 3 of 10".

Painting runs at display rate while a breath is on screen, so everything a frame needs
(pens, brushes, fonts, text layouts) is made once per size or colour scheme, not per frame.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QStaticText,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from coach.core.segments import SegmentKind
from coach.ui import theme

PHASE_WORDS: dict[SegmentKind, str] = {
    SegmentKind.INHALE: QT_TRANSLATE_NOOP("BreathPacer", "Breathe in"),
    SegmentKind.HOLD_IN: QT_TRANSLATE_NOOP("BreathPacer", "Hold"),
    SegmentKind.EXHALE: QT_TRANSLATE_NOOP("BreathPacer", "Breathe out"),
    SegmentKind.HOLD_OUT: QT_TRANSLATE_NOOP("BreathPacer", "Hold"),
}
PAUSED_WORD = QT_TRANSLATE_NOOP("BreathPacer", "Paused")

#: The smallest circle, as a share of the largest: "empty lungs" is still a soft shape.
MIN_SHARE = 0.42
#: The ring's largest radius (px): big enough to follow from across the room; larger only
#: costs painting time at sixty frames a second.
MAX_RING_PX = 260.0
#: The width of the circle's rim (px).
RIM_PX = 2.5
#: The text-size setting enlarges the pacer's words at most this much.
TEXT_SCALE_CAP = 1.3
#: A repaint is asked for only when the circle or ring moves at least this much (px, deg).
_MIN_STEP_PX = 0.2
_MIN_STEP_DEG = 0.25


def eased(t: float) -> float:
    """Sine in-out easing of 0..1: slow at both turns of the breath."""
    t = 0.0 if t < 0.0 else 1.0 if t > 1.0 else t
    return 0.5 - 0.5 * math.cos(math.pi * t)


def fullness(phase: SegmentKind | None, progress: float) -> float:
    """How full the circle is (0 empty .. 1 full) in a phase at a progress of 0..1."""
    if phase is SegmentKind.INHALE:
        return eased(progress)
    if phase is SegmentKind.EXHALE:
        return 1.0 - eased(progress)
    if phase is SegmentKind.HOLD_IN:
        return 1.0
    return 0.0  # HOLD_OUT, or nothing yet


class BreathPacer(QWidget):
    """The breathing circle; `set_breath()` from each snapshot, it repaints when it moved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 240)
        self.setAccessibleName(self.tr("Breathing guide"))
        # Opaque: each frame paints every pixel itself, so the card behind is not redrawn.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.phase: SegmentKind | None = None
        self.progress = 0.0
        self.seconds = 0
        self.cycle: int | None = None
        self.cycles: int | None = None
        self.paused = False
        self.paint_count = 0  # paint events so far (the pacer benchmark reads it)
        self._radius = 0.0
        self._arc_deg = 0.0
        self._palette: theme.Palette | None = None
        self._texts: dict[str, QStaticText] = {}
        self._background: QPixmap | None = None
        self._restyle()
        self._relayout()

    # --- state ------------------------------------------------------------------------

    @property
    def phase_word(self) -> str:
        """The word in the circle: "Breathe in", "Hold", "Breathe out" (or "Paused")."""
        if self.paused:
            return self.tr(PAUSED_WORD)
        if self.phase is None or self.phase not in PHASE_WORDS:
            return ""
        return self.tr(PHASE_WORDS[self.phase])

    @property
    def breath_text(self) -> str:
        """The count of breaths, e.g. 'Breath 3 of 10' (empty when not known)."""
        if self.cycle is None:
            return ""
        if self.cycles:
            return self.tr("Breath {n} of {total}").format(n=self.cycle, total=self.cycles)
        return self.tr("Breath {n}").format(n=self.cycle)

    @property
    def seconds_text(self) -> str:
        return str(self.seconds) if self.phase is not None else ""

    def set_breath(
        self,
        phase: SegmentKind | None,
        progress: float,
        seconds: int,
        cycle: int | None = None,
        cycles: int | None = None,
        *,
        paused: bool = False,
    ) -> None:
        """Show one moment of the breath; repaints only if something visible changed."""
        texts_changed = (
            phase is not self.phase
            or seconds != self.seconds
            or cycle != self.cycle
            or cycles != self.cycles
            or paused != self.paused
        )
        self.phase, self.progress, self.seconds = phase, progress, seconds
        self.cycle, self.cycles, self.paused = cycle, cycles, paused
        radius = self._radius_for(phase, progress)
        arc = 360.0 * min(1.0, max(0.0, progress)) if phase is not None else 0.0
        grew = abs(radius - self._radius) >= _MIN_STEP_PX
        turned = abs(arc - self._arc_deg) >= _MIN_STEP_DEG
        if texts_changed:
            self.setAccessibleDescription(
                f"{self.phase_word} {self.seconds_text}. {self.breath_text}".strip()
            )
            self._radius, self._arc_deg = radius, arc
            self.update()
            return
        # Only what moved is repainted: the breath's disc, and the arc's newest piece.
        if grew:
            self.update(self._disc_area)
            self._radius = radius
        if turned:
            self.update(self._arc_piece(self._arc_deg, arc))
            self._arc_deg = arc

    def sizeHint(self) -> QSize:
        return QSize(420, 460)

    def _arc_piece(self, start_deg: float, end_deg: float) -> QRect:
        """The box around the ring between two angles (clockwise from the top)."""
        low, high = sorted((start_deg, end_deg))
        if high - low > 30.0:
            return self._ring_area  # a big jump (a new phase): the whole ring
        cx, cy, r = self._centre.x(), self._centre.y(), self._ring_radius
        xs, ys = [], []
        for deg in (low, (low + high) / 2.0, high):
            angle = math.radians(deg)
            xs.append(cx + r * math.sin(angle))
            ys.append(cy - r * math.cos(angle))
        pad = self._ring_width * 1.5 + 2.0
        return QRectF(
            min(xs) - pad,
            min(ys) - pad,
            max(xs) - min(xs) + 2 * pad,
            max(ys) - min(ys) + 2 * pad,
        ).toAlignedRect()

    # --- geometry and colours (made once, not per frame) ---------------------------

    def _radius_for(self, phase: SegmentKind | None, progress: float) -> float:
        return self._r_min + (self._r_max - self._r_min) * fullness(phase, progress)

    def _relayout(self) -> None:
        w, h = float(self.width()), float(self.height())
        # The text-size setting enlarges the words, a little: they must stay in the circle.
        app = QApplication.instance()
        scale = min(TEXT_SCALE_CAP, theme.current_text_scale(app)) if app is not None else 1.0
        caption_px = max(16.0, min(30.0, h * 0.035)) * scale
        caption_h = caption_px * 1.5
        gap = caption_px * 0.6
        ring_w = max(4.0, min(w, h) * 0.014)
        ring = max(20.0, min(w / 2.0, (h - caption_h - gap) / 2.0, MAX_RING_PX) - ring_w)
        self._r_max = ring - ring_w * 1.5
        self._r_min = self._r_max * MIN_SHARE
        top = (h - (2 * (ring + ring_w) + gap + caption_h)) / 2.0 + ring_w
        self._centre = QPointF(w / 2.0, top + ring)
        self._ring_rect = QRectF(self._centre.x() - ring, top, 2 * ring, 2 * ring)
        self._caption_rect = QRectF(0.0, top + 2 * ring + ring_w + gap, w, caption_h)
        self._ring_area = self._ring_rect.adjusted(
            -ring_w, -ring_w, ring_w, ring_w
        ).toAlignedRect()
        r = self._r_max + 2.0
        self._disc_area = QRectF(
            self._centre.x() - r, self._centre.y() - r, 2 * r, 2 * r
        ).toAlignedRect()
        self._ring_radius = ring
        self._ring_width = ring_w
        self._track_pen.setWidthF(ring_w)
        self._arc_pen.setWidthF(ring_w)
        # Sized to the full circle, not the empty one: the words may lie over the edge of
        # the small circle, and must be readable from across the room.
        word_px = max(18.0, self._r_max * 0.16) * scale
        seconds_px = max(28.0, self._r_max * 0.34) * scale
        self._word_font = QFont(self.font())
        self._word_font.setPixelSize(round(word_px))
        self._word_font.setWeight(QFont.Weight.DemiBold)
        self._seconds_font = QFont(self.font())
        self._seconds_font.setPixelSize(round(seconds_px))
        self._seconds_font.setFeature(QFont.Tag("tnum"), 1)
        self._caption_font = QFont(self.font())
        self._caption_font.setPixelSize(round(caption_px))
        self._word_h = QFontMetricsF(self._word_font).height()
        self._seconds_h = QFontMetricsF(self._seconds_font).height()
        self._texts.clear()
        self._background = None
        self._radius = self._radius_for(self.phase, self.progress)

    def _restyle(self) -> None:
        p = theme.current_palette()
        self._palette = p
        accent = QColor(p.breathing.accent)
        # An opaque tint of the accent on the card, not a translucent fill: software
        # painting blends every pixel of a translucent disc, sixty times a second.
        self._background_colour = QColor(p.surface)
        self._fill = QBrush(_mix(accent, self._background_colour, 0.42 if p.is_dark else 0.38))
        self._rim = QBrush(accent)
        track = QColor(p.breathing.soft if not p.is_dark else p.border)
        self._track_pen = QPen(track, 6.0)
        self._track_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._arc_pen = QPen(QColor(p.breathing.accent), 6.0)
        self._arc_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._text_pen = QPen(QColor(p.text))
        self._muted_pen = QPen(QColor(p.muted))
        self._texts.clear()
        self._background = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            if theme.current_palette() is not self._palette:
                self._restyle()
                self._relayout()
                self.update()
        elif kind == QEvent.Type.FontChange:
            self._relayout()
            self.update()

    def _static(self, text: str, font: QFont) -> QStaticText:
        key = f"{id(font)}:{text}"
        static = self._texts.get(key)
        if static is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            self._texts[key] = static
        return static

    # --- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paint_count += 1
        painter = QPainter(self)
        # The card colour and the ring's track never change between frames: copy just the
        # part being repainted.
        backdrop = self._backdrop()
        ratio = backdrop.devicePixelRatio()
        for area in event.region():
            source = QRectF(
                area.x() * ratio, area.y() * ratio, area.width() * ratio, area.height() * ratio
            )
            painter.drawPixmap(QRectF(area), backdrop, source)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = self._centre
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._arc_deg > 0.0:
            painter.setPen(self._arc_pen)
            painter.drawArc(self._ring_rect, 90 * 16, -round(self._arc_deg * 16))
        # The breath itself.
        # A thin rim, then the tint: two fills cost far less than stroking an outline.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._rim)
        painter.drawEllipse(centre, self._radius, self._radius)
        inner = max(0.0, self._radius - RIM_PX)
        painter.setBrush(self._fill)
        painter.drawEllipse(centre, inner, inner)
        # Words: the phase and its seconds in the middle, the breath count below.
        word = self.phase_word
        seconds = self.seconds_text
        block = self._word_h + (self._seconds_h * 0.9 if seconds else 0.0)
        top = centre.y() - block / 2.0
        painter.setPen(self._text_pen)
        if word:
            self._draw_centred(painter, word, self._word_font, top)
        if seconds:
            self._draw_centred(painter, seconds, self._seconds_font, top + self._word_h * 0.95)
        caption = self.breath_text
        if caption:
            painter.setPen(self._muted_pen)
            static = self._static(caption, self._caption_font)
            size = static.size()
            r = self._caption_rect
            painter.setFont(self._caption_font)
            painter.drawStaticText(
                QPointF(
                    r.center().x() - size.width() / 2.0, r.center().y() - size.height() / 2.0
                ),
                static,
            )
        painter.end()

    def _backdrop(self) -> QPixmap:
        """The widget's still parts: the card colour and the ring that marks a full breath
        (the progress arc fills it as the phase passes, so a hold is seen to pass too)."""
        if self._background is None:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(
                max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio))
            )
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(self._background_colour)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(self._track_pen)
            painter.drawEllipse(self._ring_rect)
            painter.end()
            self._background = pixmap
        return self._background

    def _draw_centred(self, painter: QPainter, text: str, font: QFont, top: float) -> None:
        static = self._static(text, font)
        painter.setFont(font)
        painter.drawStaticText(
            QPointF(self._centre.x() - static.size().width() / 2.0, top), static
        )


def _mix(colour: QColor, under: QColor, share: float) -> QColor:
    """`colour` laid over `under` at `share` opacity, as one opaque colour."""
    return QColor(
        round(colour.red() * share + under.red() * (1 - share)),
        round(colour.green() * share + under.green() * (1 - share)),
        round(colour.blue() * share + under.blue() * (1 - share)),
    )
