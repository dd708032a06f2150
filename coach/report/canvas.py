"""A QPainter that lays out in typographic points on any paged device (PDF or printer).

Geometry goes through a scale transform, so lines and paths are plain vectors in points.
Text is drawn with that transform lifted and the rectangle mapped by hand: fonts are then
sized by Qt for the device's own resolution, which keeps glyph spacing exact in the PDF
(a scaled font would be laid out at a tiny pixel size and spaced badly), and every word
stays real, searchable text.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

#: Families tried in order; the first one installed is used (DejaVu Sans is everywhere
#: fontconfig is).
FAMILIES = ["Source Sans 3", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans"]

# The report's ink: near-black text, one muted grey, hairline rules, one teal accent (the
# app's primary colour). Everything also reads in black and white: meaning is carried by
# words, line styles and hatching, never by colour alone.
INK = QColor("#2A3138")
MUTED = QColor("#5B6570")
FAINT = QColor("#8A939C")
RULE = QColor("#C9C3B8")
GRID = QColor("#E3DFD7")
BAND = QColor("#EFECE6")
ACCENT = QColor("#2A7370")
ACCENT_SOFT = QColor("#DDEEEB")
WHITE = QColor("#FFFFFF")

POINTS_PER_INCH = 72.0


class Canvas:
    """Drawing in points on `painter`'s device; text helpers measure on that device."""

    def __init__(self, painter: QPainter) -> None:
        self.painter = painter
        device = painter.device()
        self.unit = device.logicalDpiX() / POINTS_PER_INCH  # device units per point
        self._fonts: dict[tuple[float, int, bool], QFont] = {}
        self._metrics: dict[tuple[float, int, bool], QFontMetricsF] = {}
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.scale(self.unit, self.unit)

    # --- fonts -------------------------------------------------------------------------

    def font(self, size: float, weight: int = 400, italic: bool = False) -> QFont:
        """A report font of `size` points (weight 400 regular, 600 semi-bold, 700 bold)."""
        key = (size, weight, italic)
        found = self._fonts.get(key)
        if found is None:
            found = QFont()
            found.setFamilies(FAMILIES)
            found.setPointSizeF(size)
            found.setWeight(QFont.Weight(weight))
            found.setItalic(italic)
            found.setKerning(True)
            # No ligatures: "fi" must stay two letters, or a search for "fine" fails.
            if hasattr(QFont, "Tag"):
                for tag in ("liga", "clig", "dlig"):
                    found.setFeature(QFont.Tag(tag), 0)
            self._fonts[key] = found
        return found

    def _metrics_for(self, font: QFont) -> QFontMetricsF:
        key = (font.pointSizeF(), font.weight().value, font.italic())
        found = self._metrics.get(key)
        if found is None:
            found = QFontMetricsF(font, self.painter.device())
            self._metrics[key] = found
        return found

    def line_height(self, font: QFont) -> float:
        """Height of one line of `font`, in points."""
        return self._metrics_for(font).height() / self.unit

    def ascent(self, font: QFont) -> float:
        return self._metrics_for(font).ascent() / self.unit

    def text_width(self, text: str, font: QFont) -> float:
        """Advance width of one line of text, in points."""
        return self._metrics_for(font).horizontalAdvance(text) / self.unit

    def text_height(self, text: str, font: QFont, width: float) -> float:
        """Height of `text` wrapped to `width` points."""
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        box = QRectF(0, 0, width * self.unit, 1e7)
        return self._metrics_for(font).boundingRect(box, flags, text).height() / self.unit

    def elide(self, text: str, font: QFont, width: float) -> str:
        """`text` shortened with "…" to fit `width` points on one line."""
        return self._metrics_for(font).elidedText(
            text, Qt.TextElideMode.ElideRight, width * self.unit
        )

    # --- drawing -----------------------------------------------------------------------

    def text(
        self,
        rect: QRectF,
        text: str,
        font: QFont,
        color: QColor = INK,
        flags: Qt.AlignmentFlag | Qt.TextFlag | int = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        """Draw `text` in `rect` (points); Qt.TextFlag.TextWordWrap in flags wraps it."""
        p = self.painter
        p.save()
        box = p.transform().mapRect(rect)
        p.resetTransform()
        p.setFont(font)
        p.setPen(QPen(color))
        p.drawText(box, int(flags), text)
        p.restore()

    def line_text(
        self,
        x: float,
        y: float,
        text: str,
        font: QFont,
        color: QColor = INK,
        width: float | None = None,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> float:
        """One line of text with its top at y; elided to `width` if given. Returns height."""
        h = self.line_height(font)
        if width is None:
            width = self.text_width(text, font) + 1
        else:
            text = self.elide(text, font, width)
        flags = align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
        self.text(QRectF(x, y, width, h), text, font, color, flags)
        return h

    def paragraph(
        self, x: float, y: float, width: float, text: str, font: QFont, color: QColor = INK
    ) -> float:
        """Wrapped text with its top at y; returns the height used."""
        h = self.text_height(text, font, width)
        flags = (
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        )
        self.text(QRectF(x, y, width, h + 1), text, font, color, flags)
        return h

    def pen(
        self,
        color: QColor = INK,
        width: float = 0.5,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine,
        dashes: list[float] | None = None,
    ) -> QPen:
        """A pen `width` points wide; `dashes` (in pen widths) overrides `style`."""
        pen = QPen(color, width, style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dashes:
            pen.setDashPattern(dashes)
        return pen

    def hline(self, x1: float, x2: float, y: float, pen: QPen) -> None:
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(x1, y), QPointF(x2, y))

    def vline(self, x: float, y1: float, y2: float, pen: QPen) -> None:
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(x, y1), QPointF(x, y2))
