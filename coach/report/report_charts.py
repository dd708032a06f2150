"""The report's two charts, drawn with QPainter as vector paths (points, see canvas.py).

1. The period week by week: spasm above (daily levels as dots, the weekly mean as a
   stepped line), adherence below (hatched weekly bars and the 80% goal), injections and
   the days the patient noticed the benefit start or fade as labelled vertical lines.
2. The last injection cycles laid over each other by day since the injection, with the
   typical peak and wearing-off weeks shaded.

Black-and-white friendly: every series differs by shape, line style or hatching as well
as by colour, and the legend says which is which in words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen

from coach.analysis.series import PHASE_BANDS, CycleCurve, Phase
from coach.analysis.wearing_off import Source
from coach.report.canvas import (
    ACCENT,
    ACCENT_SOFT,
    BAND,
    FAINT,
    GRID,
    INK,
    MUTED,
    RULE,
    WHITE,
    Canvas,
)
from coach.report.report_data import ReportData
from coach.report.report_format import long_date, short_date, spasm

SPASM_MAX = 10.0
GOAL = 0.8
#: Days the cycle chart spans at least: a usual 12-week cycle.
CYCLE_DAYS_MIN = 84
#: ... and at most (a very late injection would squash the rest).
CYCLE_DAYS_MAX = 126
#: Daily dots only up to this many days: beyond, they blur into a grey band.
DOTS_UP_TO_DAYS = 190

LABEL_PT = 6.8
AXIS_PT = 6.5


@dataclass(frozen=True)
class _Marker:
    day: date
    label: str
    strong: bool  # an injection (solid label) rather than a noticed date


@dataclass(frozen=True)
class CycleStyle:
    """How one cycle's line is drawn: colour, width in points, dash pattern (None: solid)."""

    color: QColor
    width: float
    dashes: tuple[float, ...] | None

    def pen(self, canvas: Canvas) -> QPen:
        return canvas.pen(self.color, self.width, dashes=list(self.dashes or ()))


#: Newest first: the current or latest cycle is the thick solid accent line, then dashed,
#: dotted and dash-dot lines, so each cycle is told apart in black and white too.
CYCLE_STYLES: tuple[CycleStyle, ...] = (
    CycleStyle(ACCENT, 1.8, None),
    CycleStyle(INK, 1.0, (5, 2.5)),
    CycleStyle(MUTED, 1.0, (1.2, 2)),
    CycleStyle(FAINT, 1.0, (6, 2, 1.2, 2)),
)


# --- shared pieces ---------------------------------------------------------------------


def _hatch(canvas: Canvas, rect: QRectF, color: QColor, spacing: float = 2.6) -> None:
    """Diagonal hatching inside `rect` (clipped), as plain vector lines."""
    p = canvas.painter
    p.save()
    p.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    p.setPen(canvas.pen(color, 0.35))
    x = rect.left() - rect.height()
    while x < rect.right():
        p.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()))
        x += spacing
    p.restore()


def _dot(canvas: Canvas, center: QPointF, radius: float, fill: QColor, stroke: QColor) -> None:
    p = canvas.painter
    p.setPen(canvas.pen(stroke, 0.5))
    p.setBrush(QBrush(fill))
    p.drawEllipse(center, radius, radius)
    p.setBrush(Qt.BrushStyle.NoBrush)


def _diamond(canvas: Canvas, center: QPointF, size: float, filled: bool) -> None:
    path = QPainterPath()
    path.moveTo(center.x(), center.y() - size)
    path.lineTo(center.x() + size, center.y())
    path.lineTo(center.x(), center.y() + size)
    path.lineTo(center.x() - size, center.y())
    path.closeSubpath()
    p = canvas.painter
    p.setPen(canvas.pen(INK, 0.7))
    p.setBrush(QBrush(INK if filled else WHITE))
    p.drawPath(path)
    p.setBrush(Qt.BrushStyle.NoBrush)


def _triangle(canvas: Canvas, tip: QPointF, size: float) -> None:
    """A small filled triangle pointing down at `tip`: where an injection was."""
    path = QPainterPath()
    path.moveTo(tip.x(), tip.y() + size)
    path.lineTo(tip.x() - size * 0.8, tip.y() - size * 0.2)
    path.lineTo(tip.x() + size * 0.8, tip.y() - size * 0.2)
    path.closeSubpath()
    canvas.painter.fillPath(path, QBrush(INK))


def _y_axis(
    canvas: Canvas, plot: QRectF, ticks: Iterable[tuple[float, str]], top_value: float
) -> None:
    """Light grid lines with labels left of the plot, values 0..top_value."""
    font = canvas.font(AXIS_PT)
    h = canvas.line_height(font)
    for value, label in ticks:
        y = plot.bottom() - plot.height() * value / top_value
        canvas.hline(plot.left(), plot.right(), y, canvas.pen(GRID, 0.5))
        canvas.text(
            QRectF(plot.left() - 24, y - h / 2, 21, h),
            label,
            font,
            MUTED,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )


# --- 1. the period week by week --------------------------------------------------------


def _markers(data: ReportData) -> list[_Marker]:
    period = data.period
    markers: list[_Marker] = []
    for row in data.injections:
        markers.append(_Marker(row.date, f"Injection {short_date(row.date)}", True))
        if row.onset_noticed is not None and row.onset_noticed in period:
            markers.append(_Marker(row.onset_noticed, "benefit noticed", False))
        if (
            row.wearing_off is not None
            and row.wearing_off_source == Source.PATIENT
            and row.wearing_off in period
        ):
            markers.append(_Marker(row.wearing_off, "wearing off noticed", False))
    # The cycle running into the period from an earlier injection may have its noticed
    # dates inside the period too.
    for curve in data.cycles:
        if curve.injection_date >= period.start:
            continue
        wearing = curve.wearing_off
        if wearing.source == Source.PATIENT and wearing.date in period:
            markers.append(_Marker(wearing.date, "wearing off noticed", False))
    return sorted(markers, key=lambda m: (m.day, not m.strong))


def draw_period_chart(canvas: Canvas, rect: QRectF, data: ReportData) -> None:
    """Spasm and adherence over the report's period, with injections marked."""
    period = data.period
    n = period.length
    label_font = canvas.font(LABEL_PT)
    label_h = canvas.line_height(label_font)
    axis_font = canvas.font(AXIS_PT)
    axis_h = canvas.line_height(axis_font)

    top = rect.top() + 2 * label_h + 3  # two rows of marker labels
    bottom_axis = axis_h + 3
    left = rect.left() + 28
    right = rect.right() - 4
    plot_h = rect.bottom() - bottom_axis - top
    gap = 9.0
    spasm_h = (plot_h - gap) * 0.56
    spasm_rect = QRectF(left, top, right - left, spasm_h)
    adh_rect = QRectF(left, top + spasm_h + gap, right - left, plot_h - spasm_h - gap)

    def x_at(day_index: float) -> float:
        return left + (right - left) * day_index / n

    # Panels, grids, titles.
    _y_axis(canvas, spasm_rect, ((0, "0"), (5, "5"), (10, "10")), SPASM_MAX)
    # 100% gets a grid line but no label: the goal's "80%" sits just below it.
    _y_axis(canvas, adh_rect, ((0, "0%"), (0.5, "50%"), (1, "")), 1.0)
    small = canvas.font(AXIS_PT, 600)
    canvas.line_text(left + 3, spasm_rect.top() + 1, "Spasm, 0–10", small, MUTED)
    canvas.line_text(
        left + 3, adh_rect.top() - axis_h - 0.5, "Sessions done / planned", small, MUTED
    )

    # Weekly adherence bars, hatched.
    for week in data.weeks:
        if week.adherence is None:
            continue
        a = max(0, (week.week_start - period.start).days)
        b = a + week.days_in_period
        x1, x2 = x_at(a) + 1.6, x_at(b) - 1.6
        h = adh_rect.height() * week.adherence
        bar = QRectF(x1, adh_rect.bottom() - h, max(0.5, x2 - x1), h)
        canvas.painter.fillRect(bar, ACCENT_SOFT)
        _hatch(canvas, bar, ACCENT)
        canvas.painter.setPen(canvas.pen(ACCENT, 0.6))
        canvas.painter.drawRect(bar)
    if all(week.adherence is None for week in data.weeks):
        canvas.text(
            adh_rect,
            "Nothing was planned in this period, so there is no adherence to show.",
            canvas.font(LABEL_PT),
            MUTED,
            Qt.AlignmentFlag.AlignCenter,
        )
    else:
        goal_y = adh_rect.bottom() - adh_rect.height() * GOAL
        canvas.hline(left, right, goal_y, canvas.pen(INK, 0.6, dashes=[3, 2]))
        canvas.text(
            QRectF(left - 24, goal_y - axis_h / 2, 21, axis_h),
            "80%",
            canvas.font(AXIS_PT, 700),
            INK,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )

    # Daily levels as small hollow dots, weekly means as a stepped line.
    def y_spasm(value: float) -> float:
        return spasm_rect.bottom() - spasm_rect.height() * value / SPASM_MAX

    if n <= DOTS_UP_TO_DAYS:
        for i, day in enumerate(data.days):
            if day.mean_spasm is not None:
                _dot(
                    canvas, QPointF(x_at(i + 0.5), y_spasm(day.mean_spasm)), 1.15, WHITE, FAINT
                )
    path = QPainterPath()
    drawing = False
    for week in data.weeks:
        a = max(0, (week.week_start - period.start).days)
        b = a + week.days_in_period
        if week.mean_spasm is None:
            drawing = False
            continue
        y = y_spasm(week.mean_spasm)
        if drawing:
            path.lineTo(x_at(a), y)
        else:
            path.moveTo(x_at(a), y)
            drawing = True
        path.lineTo(x_at(b), y)
    canvas.painter.setPen(canvas.pen(INK, 1.6))
    canvas.painter.drawPath(path)

    # Injections (dashed) and noticed dates (dotted), labels in two rows above.
    rows_end = [rect.left() - 1e9, rect.left() - 1e9]
    for marker in _markers(data):
        i = (marker.day - period.start).days
        x = x_at(i + 0.5)
        pen = (
            canvas.pen(INK, 0.9, dashes=[4, 2])
            if marker.strong
            else canvas.pen(MUTED, 0.8, dashes=[1, 2])
        )
        font = canvas.font(LABEL_PT, 600 if marker.strong else 400)
        width = canvas.text_width(marker.label, font)
        lx = min(max(x - 2, rect.left()), rect.right() - width)
        row = 0 if lx > rows_end[0] + 4 else 1
        ly = rect.top() + row * label_h
        canvas.vline(x, ly + label_h, adh_rect.bottom(), pen)
        if marker.strong:
            _triangle(canvas, QPointF(x, ly + label_h - 0.5), 2.6)
        canvas.line_text(lx + 3, ly, marker.label, font, INK if marker.strong else MUTED)
        rows_end[row] = lx + width + 3

    # Week labels under the bars.
    weeks = [w.week_start for w in data.weeks]
    every = max(1, -(-len(weeks) // 13))
    for k, monday in enumerate(weeks):
        if k % every:
            continue
        a = max(0, (monday - period.start).days)
        x = x_at(a)
        canvas.vline(x, adh_rect.bottom(), adh_rect.bottom() + 2, canvas.pen(RULE, 0.5))
        canvas.line_text(
            x + 1.5,
            adh_rect.bottom() + 1.5,
            short_date(max(monday, period.start)),
            axis_font,
            MUTED,
        )
    canvas.hline(left, right, adh_rect.bottom(), canvas.pen(RULE, 0.6))
    canvas.hline(left, right, spasm_rect.bottom(), canvas.pen(RULE, 0.6))


def period_legend() -> list[tuple[str, str]]:
    """The period chart's legend: (sample kind, words)."""
    return [
        ("dot", "daily spasm level"),
        ("step", "weekly mean spasm"),
        ("bar", "weekly adherence"),
        ("goal", "goal 80%"),
        ("injection", "injection"),
        ("noticed", "benefit / wearing-off noticed"),
    ]


# --- 2. the cycles laid over each other --------------------------------------------------


def cycle_span(curves: Sequence[CycleCurve]) -> int:
    """Days the cycle chart's x axis covers."""
    longest = max((c.days for c in curves), default=0)
    return max(CYCLE_DAYS_MIN, min(CYCLE_DAYS_MAX, 14 * -(-longest // 14)))


def draw_cycle_chart(canvas: Canvas, rect: QRectF, curves: Sequence[CycleCurve]) -> None:
    """Each cycle's 7-day mean spasm by day since the injection; newest solid."""
    axis_font = canvas.font(AXIS_PT)
    axis_h = canvas.line_height(axis_font)
    span = cycle_span(curves)
    left, right = rect.left() + 28, rect.right() - 4
    plot = QRectF(left, rect.top() + axis_h + 2, right - left, rect.height() - 2 * axis_h - 6)

    def x_at(day: float) -> float:
        return plot.left() + plot.width() * day / span

    def y_at(value: float) -> float:
        return plot.bottom() - plot.height() * value / SPASM_MAX

    # The typical course: peak weeks shaded, wearing-off weeks hatched lightly.
    names = {Phase.PEAK: "usual peak", Phase.WEARING_OFF: "usually wearing off"}
    for band in PHASE_BANDS:
        if band.phase not in names:
            continue
        last = span if band.last_day is None else band.last_day + 1
        area = QRectF(
            x_at(band.first_day), plot.top(), x_at(last) - x_at(band.first_day), plot.height()
        )
        canvas.painter.fillRect(area, BAND)
        if band.phase == Phase.WEARING_OFF:
            _hatch(canvas, area, GRID, spacing=4.0)
        canvas.line_text(area.left() + 2, rect.top(), names[band.phase], axis_font, MUTED)

    _y_axis(canvas, plot, ((0, "0"), (5, "5"), (10, "10")), SPASM_MAX)
    canvas.hline(plot.left(), plot.right(), plot.bottom(), canvas.pen(RULE, 0.6))
    title = canvas.font(AXIS_PT, 600)
    canvas.line_text(plot.left() + 3, plot.top() + 1, "Spasm, 7-day mean", title, MUTED)
    for day in range(0, span + 1, 14):
        x = x_at(day)
        canvas.vline(x, plot.bottom(), plot.bottom() + 2, canvas.pen(RULE, 0.5))
        label = str(day // 7)
        w = canvas.text_width(label, axis_font) + 2
        canvas.text(
            QRectF(x - w / 2, plot.bottom() + 2, w, axis_h),
            label,
            axis_font,
            MUTED,
            Qt.AlignmentFlag.AlignCenter,
        )

    p = canvas.painter
    p.save()
    p.setClipRect(plot.adjusted(-3, -3, 3, 3))
    ordered = list(reversed(curves))  # newest first gets the first style
    for style, curve in reversed(list(zip(CYCLE_STYLES, ordered, strict=False))):
        path = QPainterPath()
        drawing = False
        for day, value in enumerate(curve.recent[: span + 1]):
            if value is None:
                drawing = False
                continue
            point = QPointF(x_at(day + 0.5), y_at(value))
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
        p.setPen(style.pen(canvas))
        p.drawPath(path)
        mark = curve.wearing_off
        if mark.day is not None and mark.day <= span and mark.day < curve.days:
            value = (
                curve.recent[mark.day]
                if curve.recent[mark.day] is not None
                else curve.level[mark.day]
            )
            if value is not None:
                _diamond(
                    canvas,
                    QPointF(x_at(mark.day + 0.5), y_at(value)),
                    2.6,
                    mark.source == Source.PATIENT,
                )
    p.restore()


def cycle_legend_rows(
    curves: Sequence[CycleCurve], today: date
) -> list[tuple[CycleStyle, str]]:
    """One legend line per cycle, newest first: its style and its words."""
    rows = []
    for style, curve in zip(CYCLE_STYLES, reversed(curves), strict=False):
        if curve.is_current:
            day = (today - curve.injection_date).days
            words = f"{long_date(curve.injection_date)}, day {day} now"
        else:
            words = f"{long_date(curve.injection_date)}, {curve.days} days"
        words += f": mean {spasm(curve.mean_spasm)}"
        mark = curve.wearing_off
        if mark.day is not None:
            words += f", wore off day {mark.day}"
            if mark.source == Source.ESTIMATE:
                words += " (est.)"
        rows.append((style, words))
    return rows


def draw_line_sample(
    canvas: Canvas, x: float, y: float, width: float, style: CycleStyle
) -> None:
    """A short piece of a cycle line, for the legend."""
    canvas.hline(x, x + width, y, style.pen(canvas))


def draw_sample(canvas: Canvas, kind: str, box: QRectF) -> None:
    """A legend sample of the period chart, drawn into `box`."""
    cy = box.center().y()
    if kind == "dot":
        _dot(canvas, QPointF(box.center().x(), cy), 1.4, WHITE, FAINT)
    elif kind == "step":
        canvas.hline(box.left(), box.right(), cy, canvas.pen(INK, 1.6))
    elif kind == "bar":
        bar = QRectF(box.left() + 1, box.top() + 0.5, box.width() - 2, box.height() - 1)
        canvas.painter.fillRect(bar, ACCENT_SOFT)
        _hatch(canvas, bar, ACCENT, spacing=2.2)
        canvas.painter.setPen(canvas.pen(ACCENT, 0.6))
        canvas.painter.drawRect(bar)
    elif kind == "goal":
        canvas.hline(box.left(), box.right(), cy, canvas.pen(INK, 0.6, dashes=[3, 2]))
    elif kind == "injection":
        canvas.vline(
            box.center().x(),
            box.top() + 2,
            box.bottom() + 1,
            canvas.pen(INK, 0.9, dashes=[2, 1.5]),
        )
        _triangle(canvas, QPointF(box.center().x(), box.top()), 2.4)
    elif kind == "noticed":
        canvas.vline(
            box.center().x(), box.top(), box.bottom(), canvas.pen(MUTED, 0.8, dashes=[1, 2])
        )
    elif kind == "patient":
        _diamond(canvas, box.center(), 2.4, True)
    elif kind == "estimate":
        _diamond(canvas, box.center(), 2.4, False)
