"""The Progress screen's charts: sessions and spasm over time, cycles, and what helps.

Imported only by progress_view, which is itself imported when Progress is first opened:
pyqtgraph costs a noticeable moment to load and start-up never pays for it.

The charts draw coach.analysis.series.Progress and nothing else; each can say in words
what it shows for a day (hover_text), so tests and screen readers need no pixels. Colour
is never the only sign: the spasm line is solid and thick, bars are bars, phases carry
words, cycles differ by dash and marker as well as by tone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from coach.analysis.series import (
    FELT_CHANGE,
    PHASE_BANDS,
    CycleCurve,
    Granularity,
    Phase,
    Progress,
    RoutineEffect,
    expected_phase,
    granularity_for,
)
from coach.analysis.wearing_off import Source
from coach.ui import theme
from coach.ui.i18n import decimal, kind_title, month_short, translate, weekday_name

DAY = 86400.0
_EPOCH = date(1970, 1, 1).toordinal()

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: The y range of the main chart: adherence 0-100% and spasm 0-10 share it (bars are
#: drawn at adherence x 10); the strip above 10 holds the phase labels.
Y_TOP = 10.0
Y_LABEL_STRIP = 1.3
#: The closest zoom: fewer days than this on screen says nothing more.
MIN_VISIBLE_DAYS = 10
#: Daily spasm ratings further apart than this are not joined by the line.
MAX_JOINED_GAP_DAYS = 3
#: How strongly the bars take the primary colour (light, dark): soft under the line.
BAR_SHARE = {False: 0.34, True: 0.42}
#: With this few days on screen each rating also gets a dot.
DOTS_UP_TO_DAYS = 45


# --- words ----------------------------------------------------------------------------


def day_x(day: date) -> float:
    """The chart x of a day's start: seconds since 1970 at UTC midnight."""
    return (day.toordinal() - _EPOCH) * DAY


def x_day(x: float) -> date:
    """The day whose 24 hours hold chart x."""
    return date.fromordinal(_EPOCH + math.floor(x / DAY))


def date_words(day: date, *, year: bool = True) -> str:
    """'3 Nov 2026', in the app's language (not the system locale's)."""
    text = translate("Dates", "{day} {month}").format(day=day.day, month=month_short(day.month))
    return f"{text} {day.year}" if year else text


def long_date_words(day: date) -> str:
    """'Thursday 26 Nov 2026'."""
    return translate("Dates", "{weekday} {date}").format(
        weekday=weekday_name(day.weekday()), date=date_words(day)
    )


#: The cycle phases' names (analysis' Phase values), marked for translation.
_PHASE_NAMES = (
    QT_TRANSLATE_NOOP("Phase", "injection day"),
    QT_TRANSLATE_NOOP("Phase", "first days"),
    QT_TRANSLATE_NOOP("Phase", "effect starting"),
    QT_TRANSLATE_NOOP("Phase", "building up"),
    QT_TRANSLATE_NOOP("Phase", "peak weeks"),
    QT_TRANSLATE_NOOP("Phase", "after the peak"),
    QT_TRANSLATE_NOOP("Phase", "wearing off"),
)


def phase_name(phase: Phase) -> str:
    """A cycle phase's name, in the language shown."""
    return translate("Phase", str(phase))


def count_words(value: float) -> str:
    """A credit count as said aloud: 2 -> '2', 1.5 -> '1½', 0.5 -> '½'."""
    whole = int(value)
    if value - whole >= 0.5:
        return f"{whole}½" if whole else "½"
    return str(whole)


def percent(value: float | None) -> str:
    """'75%' (rounded), or an en dash for no value."""
    if value is None:
        return "–"
    return translate("ProgressCharts", "{n}%").format(n=round(value * 100))


def level_words(value: float | None) -> str:
    """A spasm level with one decimal, or 'not rated'."""
    return translate("ProgressCharts", "not rated") if value is None else decimal(value)


def sessions_words(planned: int, credits: float, adherence: float | None) -> str:
    """'1½ of 2 planned sessions done (75%)', or what was done without a plan."""
    if not planned:
        if credits:
            return translate("ProgressCharts", "Nothing planned; {n} done").format(
                n=count_words(credits)
            )
        return translate("ProgressCharts", "Nothing planned")
    words = translate("ProgressCharts", "{done} of {planned} planned sessions done ({percent})")
    return words.format(done=count_words(credits), planned=planned, percent=percent(adherence))


def phase_words(phase: Phase, source: Source | None = None) -> str:
    """A cycle phase as the tile and the hover text say it."""
    name = phase_name(phase)
    if source is Source.PATIENT:
        return translate("ProgressCharts", "{phase} (as you noted)").format(phase=name)
    if source is Source.ESTIMATE:
        return translate("ProgressCharts", "{phase} (estimated from your ratings)").format(
            phase=name
        )
    return translate("ProgressCharts", "{phase} (estimated)").format(phase=name)


# --- the look -------------------------------------------------------------------------


def _colour(hex_colour: str, alpha: float = 1.0) -> QColor:
    colour = QColor(hex_colour)
    colour.setAlphaF(alpha)
    return colour


def _mix(colour: str, background: str, share: float) -> QColor:
    """`colour` at `share` opacity over `background`, as one opaque colour."""
    a, b = QColor(colour), QColor(background)
    return QColor.fromRgbF(
        a.redF() * share + b.redF() * (1 - share),
        a.greenF() * share + b.greenF() * (1 - share),
        a.blueF() * share + b.blueF() * (1 - share),
    )


def chart_font(scale: float, role: theme.TextRole = theme.TextRole.SMALL) -> QFont:
    """The font charts write with, following the text-size setting."""
    font = QFont()
    font.setPointSizeF(theme.point_size(role, scale))
    return font


def _quiet_view_box() -> pg.ViewBox:
    """A ViewBox without its right-click menu: nothing for a patient to get lost in, and
    building that menu is a third of what a new plot costs."""
    return pg.ViewBox(enableMenu=False)


def _style_plot(plot: pg.PlotWidget, palette: theme.Palette, scale: float) -> None:
    plot.setBackground(palette.surface)
    font = chart_font(scale)
    metrics = QFontMetricsF(font)
    item = plot.getPlotItem()
    for name in ("left", "bottom", "right"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(_colour(palette.border), width=1))
        axis.setTextPen(pg.mkPen(palette.muted))
        axis.setStyle(tickFont=font, tickLength=-6, tickTextOffset=6)
        axis.label.setFont(font)
        axis.label.setDefaultTextColor(QColor(palette.muted))
    # Axes do not grow with their font by themselves: room for one line of labels (and
    # the axis title, where there is one).
    bottom = item.getAxis("bottom")
    titled = bottom.label.isVisible() and bool(bottom.labelText)
    bottom.setHeight(round(metrics.height() * (2.2 if titled else 1) + 14))


# --- axes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Step:
    """One tick spacing the date axis may use."""

    days: int  # whole days between ticks; months and years use 30 and 365 as a measure
    months: int  # 0 for day steps, else months between ticks
    example: str  # the widest label at this step, to see whether the labels fit


_STEPS: tuple[_Step, ...] = (
    _Step(1, 0, "30 Sep"),
    _Step(7, 0, "30 Sep"),
    _Step(14, 0, "30 Sep"),
    _Step(30, 1, "2026"),  # month names, and the year's number at each January
    _Step(91, 3, "2026"),
    _Step(182, 6, "2026"),
    _Step(365, 12, "2026"),
    _Step(730, 24, "2026"),
    _Step(1826, 60, "2026"),
    _Step(3652, 120, "2026"),
)


class DayAxis(pg.DateAxisItem):
    """The date axis: English day and month names whatever the locale or time zone.

    Ticks are chosen here rather than by DateAxisItem's own zoom levels: whole days,
    Mondays, month starts or years, whichever is finest with room for every label. That
    also keeps a 20-year range cheap (a few year ticks, not 240 month starts).
    """

    def __init__(self) -> None:
        # x is UTC-midnight seconds of each local day, so no offset: dates never shift.
        super().__init__(orientation="bottom", utcOffset=0)
        self._step = _STEPS[0]

    def _label_width(self, text: str) -> float:
        font = self.style.get("tickFont") or QFont()
        return QFontMetricsF(font).horizontalAdvance(text) + 18

    def step_for(self, days: float, size: float) -> _Step:
        """The finest tick step whose labels fit `size` pixels showing `days` days."""
        per_day = size / max(days, 1e-9)
        for step in _STEPS:
            if step.days * per_day >= self._label_width(step.example):
                return step
        return _STEPS[-1]

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        if size <= 0 or maxVal <= minVal:
            return []
        step = self._step = self.step_for((maxVal - minVal) / DAY, size)
        first, last = x_day(minVal), x_day(maxVal)
        ticks: list[float] = []
        if not step.months:
            day = first if step.days == 1 else first + timedelta(days=(7 - first.weekday()) % 7)
            if step.days == 14 and (day.toordinal() // 7) % 2:
                day += timedelta(days=7)  # every other Monday, the same ones at any pan
            while day <= last:
                ticks.append(day_x(day))
                day += timedelta(days=step.days)
        else:
            index = first.year * 12 + first.month - 1
            index += -index % step.months  # the first month start on the step's grid
            while True:
                day = date(index // 12, index % 12 + 1, 1)
                if day > last:
                    break
                if day >= first:
                    ticks.append(day_x(day))
                index += step.months
        return [(step.days * DAY, [t for t in ticks if minVal <= t <= maxVal])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        step = self._step
        out = []
        for value in values:
            day = x_day(value + 1)  # ticks sit on midnights; +1 s keeps float error out
            if step.months >= 12:
                out.append(str(day.year))
            elif step.months:
                # January is named by its year: the label says where each year begins.
                out.append(str(day.year) if day.month == 1 else month_short(day.month))
            else:
                out.append(date_words(day, year=False))
        return out


class PercentAxis(pg.AxisItem):
    """The left axis: sessions done as a share of the plan, 0-100%."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        return [(5.0, [0.0, 5.0, 10.0]), (2.5, [2.5, 7.5])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [translate("ProgressCharts", "{n}%").format(n=round(v * 10)) for v in values]


class LevelAxis(pg.AxisItem):
    """A spasm axis, 0-10, with a tick every 2 points."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        return [(2.0, [0.0, 2.0, 4.0, 6.0, 8.0, 10.0])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [f"{v:g}" for v in values]


class CycleDayAxis(pg.AxisItem):
    """Days since the injection, ticked every two weeks."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        step = 14 if size / max(1.0, maxVal - minVal) * 14 > 40 else 28
        first = max(0, math.ceil(minVal / step) * step)
        return [(float(step), [float(v) for v in range(first, int(maxVal) + 1, step)])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [f"{v:g}" for v in values]


# --- the phases of each cycle, drawn as one item ---------------------------------------


class CycleBands(pg.GraphicsObject):
    """Injection lines and the typical phases shaded after each, with their names.

    One item paints all cycles, and only those in view: twenty years hold about 85
    injections and 250 bands, which as separate QGraphicsItems would slow every pan.
    Drawn in device pixels so lines stay crisp and hatching keeps its spacing.
    """

    def __init__(self) -> None:
        super().__init__()
        self._injections: tuple[date, ...] = ()
        self._end = date.today()
        self._first_record: date | None = None
        self._palette = theme.LIGHT
        self._font = QFont()
        self.setZValue(-10)  # behind the bars and the line

    def set_data(
        self, injections: tuple[date, ...], end: date, first_record: date | None = None
    ) -> None:
        """The injection dates, the last day shown (the wearing-off band stops there) and
        the first record's day (the frame before it says so, rather than look broken)."""
        self.prepareGeometryChange()
        self._injections = injections
        self._end = end
        self._first_record = first_record
        self.update()

    def set_look(self, palette: theme.Palette, font: QFont) -> None:
        self._palette = palette
        self._font = font
        self.update()

    def spans(self) -> list[tuple[Phase, date, date]]:
        """Every shaded band as (phase, first day, last day), for tests and words."""
        out = []
        for i, injected in enumerate(self._injections):
            limit = (
                self._injections[i + 1] - timedelta(days=1)
                if i + 1 < len(self._injections)
                else self._end
            )
            for band in PHASE_BANDS:
                first = injected + timedelta(days=band.first_day)
                last = injected + timedelta(days=band.last_day) if band.last_day else limit
                last = min(last, limit)
                if first <= last:
                    out.append((band.phase, first, last))
        return out

    def boundingRect(self) -> QRectF:
        starts = [d for d in (*self._injections[:1], self._first_record) if d is not None]
        if not starts:
            return QRectF()
        # The frame may open up to four weeks before the first record.
        left = day_x(min(starts) - timedelta(days=60))
        right = day_x(self._end + timedelta(days=1))
        return QRectF(left, 0, max(DAY, right - left), Y_TOP + Y_LABEL_STRIP)

    def paint(self, painter: QPainter, *args: object) -> None:
        view = self.getViewBox()
        if view is None:
            return
        (x0, x1), _ = view.viewRange()
        p = self._palette
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setFont(self._font)
        metrics = QFontMetricsF(self._font)
        top = transform.map(QPointF(0, Y_TOP + Y_LABEL_STRIP)).y()
        bottom = transform.map(QPointF(0, 0)).y()
        label_y = top + metrics.ascent() + 3

        def px(day: date) -> float:
            return transform.map(QPointF(day_x(day), 0)).x()

        fills = {
            Phase.ONSET: QBrush(_colour(p.breathing.accent, 0.10)),
            Phase.PEAK: QBrush(_colour(p.stretch.accent, 0.13)),
            Phase.WEARING_OFF: QBrush(_colour(p.muted, 0.35), Qt.BrushStyle.BDiagPattern),
        }
        painter.setPen(Qt.PenStyle.NoPen)
        day_px = px(date.fromordinal(_EPOCH + 1)) - px(date.fromordinal(_EPOCH))
        # Zoomed far out, bands would be slivers a few pixels wide: noise, and slow to
        # hatch. The injection lines alone carry the cycle then.
        spans = self.spans() if day_px >= 1.5 else []
        band_labels: list[tuple[QRectF, str]] = []
        for phase, first, last in spans:
            if day_x(last + timedelta(days=1)) < x0 or day_x(first) > x1:
                continue
            left, right = px(first), px(last + timedelta(days=1))
            painter.fillRect(QRectF(left, top, right - left, bottom - top), fills[phase])
            words = phase_name(phase)
            width = metrics.horizontalAdvance(words)
            if width + 8 <= right - left:
                band_labels.append((QRectF(left + 5, top, width, metrics.height()), words))

        # Injection lines, and their word where it fits before the next injection; the
        # word "Injection" matters more than a band's name, so it wins any overlap.
        # Zoomed far out, twenty years of injections would read as a barcode: fainter.
        line = QPen(_colour(p.text, 0.75), 2) if spans else QPen(_colour(p.text, 0.3), 1)
        line.setCosmetic(True)
        injection_labels: list[tuple[QRectF, str]] = []
        visible = [i for i in self._injections if x0 - DAY <= day_x(i) <= x1 + DAY]
        for n, injected in enumerate(visible):
            left = px(injected)
            painter.setPen(line)
            painter.drawLine(QPointF(left, top), QPointF(left, bottom))
            words = translate("ProgressCharts", "Injection {day}").format(
                day=date_words(injected, year=False)
            )
            width = metrics.horizontalAdvance(words)
            edge = (
                px(visible[n + 1])
                if n + 1 < len(visible)
                else transform.map(QPointF(x1, 0)).x()
            )
            room = edge - left
            if width + 16 > room:
                # the date is in the details of that day
                words = translate("ProgressCharts", "Injection")
                width = metrics.horizontalAdvance(words)
            if width + 16 <= room:
                rect = QRectF(left + 4, top + 1, width + 8, metrics.height())
                injection_labels.append((rect, words))

        painter.setPen(QColor(p.muted))
        for rect, words in band_labels:
            if not any(rect.intersects(other) for other, _ in injection_labels):
                painter.drawText(QPointF(rect.left(), label_y), words)
        for rect, words in injection_labels:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(p.surface))
            painter.drawRect(rect)
            painter.setPen(QColor(p.text))
            painter.drawText(QPointF(rect.left() + 4, label_y), words)

        first = self._first_record
        if first is not None and x0 < day_x(first):
            left, right = px(x_day(x0 + 1)), px(first)
            words = translate("ProgressCharts", "before your first entry")
            if metrics.horizontalAdvance(words) + 16 <= right - left:
                painter.setPen(QColor(p.muted))
                middle = (top + bottom) / 2
                rect = QRectF(
                    left, middle - metrics.height(), right - left, 2 * metrics.height()
                )
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, words)
        painter.restore()


# --- the main chart: sessions done and spasm level over time ---------------------------


class ChartRange(StrEnum):
    """The big range buttons above the main chart."""

    WEEKS_4 = "4 weeks"
    MONTHS_3 = "3 months"
    YEAR = "1 year"
    ALL = "All"


#: Days each range shows, ending today (None: the whole history).
RANGE_DAYS: dict[ChartRange, int | None] = {
    ChartRange.WEEKS_4: 28,
    ChartRange.MONTHS_3: 91,
    ChartRange.YEAR: 365,
    ChartRange.ALL: None,
}


@dataclass(frozen=True)
class _Arrays:
    """One granularity's bars and line, ready to hand to pyqtgraph."""

    bar_x: np.ndarray
    bar_height: np.ndarray
    bar_width: float
    line_x: np.ndarray  # with a NaN at each break
    line_y: np.ndarray
    rated_x: np.ndarray  # the rated points alone, sorted by x
    rated_y: np.ndarray


def _daily_arrays(progress: Progress) -> _Arrays:
    days = progress.days
    n = len(days)
    origin = day_x(days.start)
    xs = origin + DAY * (np.arange(n) + 0.5)
    adherence = np.array([np.nan if a is None else a for a in days.adherence], dtype=float)
    planned = ~np.isnan(adherence)
    bar_x = xs[planned]
    bar_h = adherence[planned] * Y_TOP
    level = np.array([np.nan if v is None else v for v in days.level], dtype=float)
    rated = np.flatnonzero(~np.isnan(level))
    line_x, line_y = _joined(xs[rated], level[rated], rated, MAX_JOINED_GAP_DAYS)
    return _Arrays(bar_x, bar_h, 0.72 * DAY, line_x, line_y, xs[rated], level[rated])


def _weekly_arrays(progress: Progress) -> _Arrays:
    weeks = progress.weeks
    starts = np.array([day_x(w) for w in weeks.week_start], dtype=float)
    mids = starts + 3.5 * DAY
    adherence = np.array([np.nan if a is None else a for a in weeks.adherence], dtype=float)
    planned = ~np.isnan(adherence)
    level = np.array([np.nan if v is None else v for v in weeks.mean_spasm], dtype=float)
    rated = np.flatnonzero(~np.isnan(level))
    line_x, line_y = _joined(mids[rated], level[rated], rated, 1)
    return _Arrays(
        mids[planned],
        adherence[planned] * Y_TOP,
        5.6 * DAY,
        line_x,
        line_y,
        mids[rated],
        level[rated],
    )


def _joined(
    xs: np.ndarray, ys: np.ndarray, index: np.ndarray, max_gap: int
) -> tuple[np.ndarray, np.ndarray]:
    """The points with a NaN between any two more than max_gap steps apart (a break)."""
    if len(index) < 2:
        return xs, ys
    breaks = np.flatnonzero(np.diff(index) > max_gap) + 1
    return np.insert(xs, breaks, np.nan), np.insert(ys, breaks, np.nan)


class MainChart(QWidget):
    """Sessions done (% of plan) as bars and the daily spasm level as a line, by date."""

    #: The day pointed at, by mouse or arrow keys (None: none).
    hovered = Signal(object)
    rangeChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress: Progress | None = None
        self._arrays: dict[Granularity, _Arrays] = {}
        self.granularity = Granularity.DAY
        self._range_choice = ChartRange.MONTHS_3
        self.pointed: date | None = None
        self._dense = False  # years on screen: the line is drawn as a hairline
        self._drawn_as: tuple[Granularity, bool] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(
            translate("ProgressCharts", "Chart: sessions done and spasm level over time")
        )
        self.setAccessibleDescription(
            translate(
                "ProgressCharts",
                "Left and right arrow keys move from day to day and read out that day.",
            )
        )

        self.day_axis = DayAxis()
        self.plot = pg.PlotWidget(
            viewBox=_quiet_view_box(),
            axisItems={
                "bottom": self.day_axis,
                "left": PercentAxis("left"),
                "right": LevelAxis("right"),
            },
        )
        self.plot.setAccessibleName(
            translate("ProgressCharts", "Sessions done and spasm level over time")
        )
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to this widget
        item = self.plot.getPlotItem()
        item.showAxis("right")
        item.hideButtons()
        item.setMenuEnabled(False)
        self.view = item.getViewBox()
        self.view.setMouseEnabled(x=True, y=False)
        self.view.setDefaultPadding(0)
        self.view.setYRange(0, Y_TOP + Y_LABEL_STRIP, padding=0)
        self.view.setLimits(yMin=0, yMax=Y_TOP + Y_LABEL_STRIP)
        item.getAxis("left").setWidth(56)
        item.getAxis("right").setWidth(40)

        self.bands = CycleBands()
        self.bars = pg.BarGraphItem(x=[], height=[], width=DAY)
        self.line = pg.PlotDataItem([], [], connect="finite", antialias=True)
        self.line.setClipToView(True)
        self.line.setDownsampling(auto=True, method="peak")
        # Dots on each rating when zoomed in: a scatter of the days in view only.
        self.dots = pg.ScatterPlotItem([], [], symbol="o", size=7)
        self.cursor = pg.InfiniteLine(angle=90, movable=False)
        self.cursor.hide()
        for graphic in (self.bands, self.bars, self.line, self.dots, self.cursor):
            self.plot.addItem(graphic)
        self.line.setZValue(5)
        self.dots.setZValue(6)
        self.cursor.setZValue(7)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.view.sigXRangeChanged.connect(self._on_x_range)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse)
        self.apply_look(theme.current_palette(), 1.0)

    def sizeHint(self) -> QSize:
        return QSize(700, 340)

    # --- data ---------------------------------------------------------------------

    def set_progress(self, progress: Progress) -> None:
        """Show a new Progress (after any change of data); keeps the chosen range."""
        self.progress = progress
        self._arrays = {
            Granularity.DAY: _daily_arrays(progress),
            Granularity.WEEK: _weekly_arrays(progress),
        }
        self.bands.set_data(progress.injections, progress.today, progress.period.start)
        first = min(progress.period.start, progress.today - timedelta(days=27))
        self._x_min = day_x(first)
        self._x_max = day_x(progress.today + timedelta(days=1))
        self.view.setLimits(
            xMin=self._x_min,
            xMax=self._x_max,
            minXRange=MIN_VISIBLE_DAYS * DAY,
            maxXRange=self._x_max - self._x_min,
        )
        self._show(Granularity.DAY, force=True)
        self.set_range(self._range_choice)

    def set_range(self, choice: ChartRange) -> None:
        """Show the last 4 weeks, 3 months, year, or everything (up to today)."""
        self._range_choice = ChartRange(choice)
        if self.progress is None:
            return
        days = RANGE_DAYS[self._range_choice]
        left = self._x_min if days is None else max(self._x_min, self._x_max - days * DAY)
        self.view.setXRange(left, self._x_max, padding=0)
        self._on_x_range()

    @property
    def range_choice(self) -> ChartRange:
        return self._range_choice

    def visible_days(self) -> tuple[date, date]:
        """The first and last whole-or-part day on screen."""
        (x0, x1), _ = self.view.viewRange()
        return x_day(x0 + 1), x_day(x1 - 1)

    def _on_x_range(self, *args: object) -> None:
        (x0, x1), _ = self.view.viewRange()
        span = (x1 - x0) / DAY
        self._show(granularity_for(span))
        self._show_dots(x0, x1, span <= DOTS_UP_TO_DAYS)
        # Years on screen: a smooth thick stroke over hundreds of points per inch costs
        # ~40 ms a frame and buries the bars; a hairline is cheap and shows the rhythm.
        points = span / (7 if self.granularity is Granularity.WEEK else 1)
        dense = points > max(1.0, self.view.width()) / 3
        if self._arrays and (self.granularity, dense) != self._drawn_as:
            self._drawn_as = (self.granularity, dense)
            self._dense = dense
            self._style_line()
            # Gaps narrower than a pixel between the bars would shimmer as stripes.
            arrays = self._arrays[self.granularity]
            full = dense and self.granularity is Granularity.WEEK
            self.bars.setOpts(width=7 * DAY if full else arrays.bar_width)
        self.rangeChanged.emit()

    def _show(self, granularity: Granularity, *, force: bool = False) -> None:
        if not self._arrays or (granularity is self.granularity and not force):
            return
        self.granularity = granularity
        arrays = self._arrays[granularity]
        self._drawn_as = None  # line and bar widths are settled again for the new data
        self.bars.setOpts(x=arrays.bar_x, height=arrays.bar_height, width=arrays.bar_width)
        self.line.setData(arrays.line_x, arrays.line_y, connect="finite")

    def _show_dots(self, x0: float, x1: float, on: bool) -> None:
        if not on or not self._arrays:
            if self.dots.data.size:
                self.dots.clear()
            return
        arrays = self._arrays[Granularity.DAY]
        a, b = np.searchsorted(arrays.rated_x, [x0 - DAY, x1 + DAY])
        self.dots.setData(arrays.rated_x[a:b], arrays.rated_y[a:b])

    # --- what is drawn, for tests ---------------------------------------------------

    def bar_series(self) -> tuple[np.ndarray, np.ndarray]:
        """(x, adherence 0-1) of the bars as drawn now."""
        return self.bars.opts["x"], np.asarray(self.bars.opts["height"]) / Y_TOP

    def line_series(self) -> tuple[np.ndarray, np.ndarray]:
        """(x, spasm level) of the line as drawn now (NaN marks a break)."""
        x, y = self.line.getOriginalDataset()
        return x, y

    def injection_xs(self) -> list[float]:
        """The x of each injection line."""
        return [day_x(d) for d in self.bands._injections]

    # --- hover --------------------------------------------------------------------

    def _on_mouse(self, pos: QPointF) -> None:
        if self.progress is None or not self.view.sceneBoundingRect().contains(pos):
            return  # the last day pointed at stays in the details, to be read at leisure
        x = self.view.mapSceneToView(pos).x()
        self.point_at(x_day(x))

    def point_at(self, day: date | None) -> None:
        """Highlight a day (or its week) and announce it, as hovering it would."""
        self.pointed = day
        if day is None or self.progress is None:
            self.cursor.hide()
            self.hovered.emit(None)
            return
        if self.granularity is Granularity.WEEK:
            monday = day - timedelta(days=day.weekday())
            self.cursor.setValue(day_x(monday) + 3.5 * DAY)
        else:
            self.cursor.setValue(day_x(day) + 0.5 * DAY)
        self.cursor.show()
        self.hovered.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The keyboard reaches every day too: arrows step a day (a week on weekly bars).
        if self.progress is None:
            super().keyPressEvent(event)
            return
        step = 7 if self.granularity is Granularity.WEEK else 1
        moves = {Qt.Key.Key_Left: -step, Qt.Key.Key_Right: step}
        day = self.pointed or self.progress.today
        if event.key() in moves:
            day += timedelta(days=moves[event.key()])
        elif event.key() == Qt.Key.Key_Home:
            day = self.visible_days()[0]
        elif event.key() == Qt.Key.Key_End:
            day = self.visible_days()[1]
        else:
            super().keyPressEvent(event)
            return
        day = min(max(day, self.progress.period.start), self.progress.today)
        first, last = self.visible_days()
        if not first <= day <= last:  # keep the chosen day in sight
            (x0, x1), _ = self.view.viewRange()
            shift = day_x(day) - (x0 if day < first else x1 - DAY)
            self.view.setXRange(x0 + shift, x1 + shift, padding=0)
        self.point_at(day)

    def hover_text(self, day: date) -> str:
        """What pointing at `day` shows, at the granularity drawn now."""
        if self.progress is None:
            return ""
        if self.granularity is Granularity.WEEK:
            return week_text(self.progress, day)
        return day_text(self.progress, day)

    # --- look ---------------------------------------------------------------------

    def apply_look(self, palette: theme.Palette, scale: float) -> None:
        """Colours and fonts for the colour scheme and text size in use."""
        self._palette = palette
        _style_plot(self.plot, palette, scale)
        item = self.plot.getPlotItem()
        font = chart_font(scale)
        metrics = QFontMetricsF(font)
        item.getAxis("left").setWidth(round(metrics.horizontalAdvance("100%") + 18))
        item.getAxis("right").setWidth(round(metrics.horizontalAdvance("10") + 20))
        # Light bars under a strong line: the spasm level is what the eye should follow.
        # Opaque (mixed with the card's colour), because blending a thousand tall bars
        # costs ten times more to draw.
        share = BAR_SHARE[palette.is_dark]
        self.bars.setOpts(
            brush=pg.mkBrush(_mix(palette.primary, palette.surface, share)), pen=None
        )
        self.bands.set_look(palette, font)
        self.cursor.setPen(pg.mkPen(_colour(palette.focus, 0.8), width=2))
        self._style_line()

    def _style_line(self) -> None:
        palette = getattr(self, "_palette", theme.LIGHT)
        self.line.setPen(pg.mkPen(palette.text, width=1.0 if self._dense else 2.5))
        self.dots.setBrush(pg.mkBrush(palette.text))
        self.dots.setPen(pg.mkPen(palette.surface, width=1))


def day_text(progress: Progress, day: date) -> str:
    """Planned, done, spasm, cycle day and notes of one day, in words."""
    detail = progress.day_detail(day)
    if detail is None:
        return translate("ProgressCharts", "{day}: nothing recorded for this day.").format(
            day=long_date_words(day)
        )
    lines = [
        long_date_words(day),
        sessions_words(detail.planned, detail.credits, detail.adherence),
        translate("ProgressCharts", "Spasm: {level}").format(level=level_words(detail.level)),
    ]
    if detail.injection:
        lines.append(translate("ProgressCharts", "Injection day"))
    elif detail.cycle is not None:
        phase = expected_phase(detail.cycle.day)
        lines.append(
            translate("ProgressCharts", "Day {n} since the injection: {phase}").format(
                n=detail.cycle.day, phase=phase_words(phase)
            )
        )
    if detail.notes:
        lines.append(
            translate("ProgressCharts", "Notes: {notes}").format(notes=" · ".join(detail.notes))
        )
    return "\n".join(lines)


def week_text(progress: Progress, day: date) -> str:
    """The figures of the ISO week holding `day`, in words."""
    i = progress.weeks.index(day)
    if i is None:
        return translate("ProgressCharts", "Week of {day}: nothing recorded.").format(
            day=date_words(day - timedelta(days=day.weekday()))
        )
    w = progress.weeks
    return "\n".join(
        (
            translate("ProgressCharts", "Week of {day}").format(
                day=date_words(w.week_start[i])
            ),
            sessions_words(w.planned[i], w.credits[i], w.adherence[i]),
            translate("ProgressCharts", "Mean spasm: {level}").format(
                level=level_words(w.mean_spasm[i])
            ),
        )
    )


# --- the cycle chart --------------------------------------------------------------------


@dataclass(frozen=True)
class CycleStyle:
    """How one cycle's line looks: a dash pattern and a marker, not just a tone."""

    dash: Qt.PenStyle
    symbol: str  # pyqtgraph's marker name
    mark: str  # the same marker as a character, for labels
    glyph: str  # the legend's picture of the line, in text
    width: float
    alpha: float


#: Newest first. Each differs by dash, marker and weight, so no colour is needed.
CYCLE_STYLES: tuple[CycleStyle, ...] = (
    CycleStyle(Qt.PenStyle.SolidLine, "o", "●", "━━●━━", 3.0, 1.0),
    CycleStyle(Qt.PenStyle.DashLine, "s", "■", "╺━ ■ ━╸", 2.2, 0.85),
    CycleStyle(Qt.PenStyle.DotLine, "t", "▼", "┈┈▼┈┈", 2.2, 0.75),
    CycleStyle(Qt.PenStyle.DashDotLine, "d", "◆", "━·◆·━", 2.0, 0.65),
)

_MARK_EVERY_DAYS = 7  # a marker a week keeps lines apart without clutter
_CYCLE_Y_TOP = Y_TOP + 0.8  # room above 10 for the wearing-off labels


@dataclass
class _WearingLabel:
    """One wearing-off label, its star and the dotted line between them."""

    day: int
    y: float  # the star's height
    text: pg.TextItem
    words: str  # "◆ day 58, you noted"
    short: str  # "◆ 58", where the words do not fit


class CycleChart(QWidget):
    """Spasm (7-day mean) by day since the injection, one line per recent cycle.

    Each cycle's wearing-off day is starred on its line and labelled with whose it is
    ("you noted" or "estimate"); the labels sit in rows along the top, each joined to its
    star by a dotted line, so that close days never print on top of one another.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curves: list[CycleCurve] = []
        self.plot = pg.PlotWidget(
            viewBox=_quiet_view_box(),
            axisItems={"bottom": CycleDayAxis("bottom"), "left": LevelAxis("left")},
        )
        self.plot.setAccessibleName(
            translate("ProgressCharts", "Spasm by day since each injection")
        )
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        self.view = item.getViewBox()
        self.view.setMouseEnabled(x=False, y=False)
        self.view.setDefaultPadding(0)
        item.setLabel("bottom", translate("ProgressCharts", "Days since the injection"))
        item.setLabel("left", translate("ProgressCharts", "Spasm"))
        self._items: list[pg.GraphicsObject] = []
        self._labels: list[_WearingLabel] = []
        self._leaders: pg.PlotDataItem | None = None
        self.marks: list[tuple[CycleCurve, int, Source]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.setMinimumHeight(240)
        self._palette = theme.current_palette()
        self._scale = 1.0
        self.view.sigResized.connect(self._place_labels)

    def sizeHint(self) -> QSize:
        return QSize(700, 300)

    def set_curves(self, curves: tuple[CycleCurve, ...]) -> None:
        """Draw these cycles (oldest first; the newest gets the boldest line)."""
        self.curves = list(curves)
        self._draw()

    def apply_look(self, palette: theme.Palette, scale: float) -> None:
        self._palette = palette
        self._scale = scale
        _style_plot(self.plot, palette, scale)
        metrics = QFontMetricsF(chart_font(scale))
        # Tick numbers plus the rotated axis title.
        self.plot.getPlotItem().getAxis("left").setWidth(
            round(metrics.horizontalAdvance("10") + metrics.height() + 24)
        )
        self._draw()

    def style_of(self, curve: CycleCurve) -> CycleStyle:
        """The style of a shown cycle (newest = CYCLE_STYLES[0])."""
        return CYCLE_STYLES[len(self.curves) - 1 - self.curves.index(curve)]

    def label_texts(self) -> list[str]:
        """The wearing-off labels in full, oldest cycle first (narrow charts shorten them)."""
        return [label.words for label in self._labels]

    def _draw(self) -> None:
        for graphic in self._items:
            self.plot.removeItem(graphic)
        self._items = []
        self._labels = []
        self._leaders = None
        self.marks = []
        p = self._palette
        longest = max((c.days for c in self.curves), default=84)
        right = max(84, longest)
        self.view.setLimits(xMin=-3, xMax=right + 2, yMin=0, yMax=_CYCLE_Y_TOP)
        self.view.setRange(xRange=(-3, right + 2), yRange=(0, _CYCLE_Y_TOP), padding=0)
        font = chart_font(self._scale)
        # All weekly markers in one scatter and all stars in another: a scatter item per
        # cycle would double the cost of drawing the chart for nothing.
        spots: list[dict] = []
        stars: list[dict] = []
        for curve in self.curves:
            style = self.style_of(curve)
            ink = _colour(p.text, style.alpha)
            ys = np.array([np.nan if v is None else v for v in curve.recent], dtype=float)
            xs = np.arange(len(ys), dtype=float)
            pen = pg.mkPen(ink, width=style.width, style=style.dash)
            self._add(pg.PlotDataItem(xs, ys, pen=pen, connect="finite", antialias=True))
            marker = {
                "symbol": style.symbol,
                "size": 9 if style.symbol != "o" else 8,
                "brush": pg.mkBrush(ink),
                "pen": pg.mkPen(p.surface, width=1),
            }
            marked = np.flatnonzero(~np.isnan(ys) & (xs % _MARK_EVERY_DAYS == 0))
            spots += [{"pos": (xs[i], ys[i]), **marker} for i in marked]

            wearing = curve.wearing_off
            day, source = wearing.day, wearing.source
            if day is None or source is None or day >= curve.days:
                continue
            self.marks.append((curve, day, source))
            y = float(ys[day]) if not np.isnan(ys[day]) else _nearest(ys, day)
            if y is None:
                continue
            stars.append(
                {
                    "pos": (day, y),
                    "symbol": "star",
                    "size": 20,
                    "brush": pg.mkBrush(p.surface),
                    "pen": pg.mkPen(ink, width=2),
                }
            )
            who = (
                translate("ProgressCharts", "day {n}, you noted")
                if source is Source.PATIENT
                else translate("ProgressCharts", "day {n}, estimate")
            )
            words = f"{style.mark} " + who.format(n=day)
            text = pg.TextItem(words, color=QColor(p.text), anchor=(0.0, 0.0))
            text.setFont(font)
            self._add(text)
            text.setZValue(10)
            self._labels.append(_WearingLabel(day, y, text, words, f"{style.mark} {day}"))
        if self._labels:
            # Every label's dotted leader down to its star, in one item.
            dotted = pg.mkPen(_colour(p.text, 0.7), width=1, style=Qt.PenStyle.DotLine)
            self._leaders = pg.PlotDataItem([], [], pen=dotted, connect="finite")
            self._leaders.setZValue(9)
            self._add(self._leaders)
        if spots:
            self._add(pg.ScatterPlotItem(spots=spots))
        if stars:
            star_item = pg.ScatterPlotItem(spots=stars)
            star_item.setZValue(11)
            self._add(star_item)
        self._place_labels()

    def _add(self, *graphics: pg.GraphicsObject) -> None:
        for graphic in graphics:
            self.plot.addItem(graphic)
            self._items.append(graphic)

    def _place_labels(self) -> None:
        """Lay the labels out in rows from the top, left to right, never overlapping."""
        if not self._labels or self._leaders is None:
            return
        size = self.view.size()
        (x0, x1), (y0, y1) = self.view.viewRange()
        if size.width() < 10 or size.height() < 10:
            return
        per_px_x = (x1 - x0) / size.width()
        per_px_y = (y1 - y0) / size.height()
        metrics = QFontMetricsF(chart_font(self._scale))
        height = (metrics.height() + 6) * per_px_y
        leaders: list[float] = []
        rows: list[float] = []  # the right edge (in days) of the last label of each row
        # Each label starts at its own day and runs right; later days go to lower rows, so
        # a dotted leader never crosses another label's words.
        for label in sorted(self._labels, key=lambda item: item.day):
            # Where the full words would run off the chart, the marker and day alone (the
            # legend below says whose date each one is).
            start = label.day - 6 * per_px_x
            words = label.words
            if start + (metrics.horizontalAdvance(words) + 16) * per_px_x > x1:
                words = label.short
            label.text.setText(words)
            width = (metrics.horizontalAdvance(words) + 16) * per_px_x
            left = min(start, x1 - width)
            row = next((i for i, edge in enumerate(rows) if left >= edge), len(rows))
            if row == len(rows):
                rows.append(0.0)
            rows[row] = left + width
            top = y1 - 0.15 - row * height
            label.text.setPos(left, top)
            bottom = top - height + 4 * per_px_y
            leaders += [label.day, bottom, label.day, label.y + 0.25, np.nan, np.nan]
        points = np.array(leaders, dtype=float).reshape(-1, 2)
        self._leaders.setData(points[:, 0], points[:, 1], connect="finite")

    def legend_html(self, palette: theme.Palette) -> str:
        """The legend: one line per cycle with its line's picture and its dates."""
        rows = []
        for curve in reversed(self.curves):  # newest first
            style = self.style_of(curve)
            end = (
                translate("ProgressCharts", "today")
                if curve.is_current
                else date_words(curve.last_day)
            )
            what = f"{date_words(curve.injection_date)} – {end}"
            if curve.is_current:
                what += " " + translate("ProgressCharts", "(this cycle)")
            wearing = curve.wearing_off
            if wearing.day is not None and wearing.source is Source.PATIENT:
                what += "; " + translate(
                    "ProgressCharts", "wearing off noticed on day {n}"
                ).format(n=wearing.day)
            elif wearing.day is not None:
                what += "; " + translate(
                    "ProgressCharts", "wearing off estimated at day {n}"
                ).format(n=wearing.day)
            rows.append(
                f"<span style='color:{palette.text}; font-family:monospace'>"
                f"{escape(style.glyph)}</span>&nbsp;&nbsp;{escape(what)}"
            )
        return "<br>".join(rows)


def _nearest(values: np.ndarray, day: int) -> float | None:
    """The nearest non-NaN value to index `day` (markers need a height)."""
    finite = np.flatnonzero(~np.isnan(values))
    if not len(finite):
        return None
    return float(values[finite[np.argmin(np.abs(finite - day))]])


# --- what helps: before-to-after change per routine ------------------------------------


class EffectBars(QWidget):
    """Mean spasm drop per routine as horizontal bars, numbers and session counts written.

    Painted directly: a dozen rows of text and bars need no chart library, and text
    measures exactly at every text size. Wide: the routine's name on the left, its bar on
    the right. Narrow: the name above the bar.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.effects: tuple[RoutineEffect, ...] = ()
        self._scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("ProgressCharts", "How much each routine eased spasm"))

    def set_effects(self, effects: tuple[RoutineEffect, ...]) -> None:
        self.effects = effects
        self.setAccessibleDescription("; ".join(self.row_texts()))
        self._fit_height()
        self.update()

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        self._fit_height()
        self.update()

    def row_texts(self) -> list[str]:
        """Each row in words, e.g. 'Heat & stretch: 1.8 points lower on average (...)'."""
        return [
            translate("ProgressCharts", "{routine}: {change} on average ({about})").format(
                routine=e.title, change=effect_words(e), about=_meta(e)
            )
            for e in self.effects
        ]

    # --- geometry -------------------------------------------------------------------

    def _fonts(self) -> tuple[QFontMetricsF, QFontMetricsF]:
        return (
            QFontMetricsF(chart_font(self._scale, theme.TextRole.BODY)),
            QFontMetricsF(chart_font(self._scale, theme.TextRole.SMALL)),
        )

    def _title_width(self, width: float) -> float:
        """Width of the name column; 0 when names go above the bars."""
        body, small = self._fonts()
        widest = max(
            (
                max(body.horizontalAdvance(e.title), small.horizontalAdvance(_meta(e)))
                for e in self.effects
            ),
            default=0.0,
        )
        column = widest + 24
        return column if column <= width * 0.5 and width - column >= 300 else 0.0

    def _bar_height(self) -> float:
        return max(26.0, self._fonts()[1].height() + 10)

    def _names_height(self, effect: RoutineEffect, names_w: float) -> tuple[float, float]:
        """Heights of a routine's name and its line under it, wrapped to names_w (large
        text on a narrow page wraps them rather than cutting them off)."""
        body, small = self._fonts()
        box = QRectF(0, 0, max(1.0, names_w), 1e6)
        wrap = Qt.TextFlag.TextWordWrap
        return (
            body.boundingRect(box, wrap, effect.title).height(),
            small.boundingRect(box, wrap, _meta(effect)).height(),
        )

    def _names_width(self, width: float) -> float:
        title_w = self._title_width(width)
        return title_w - 16 if title_w else width

    def _row_heights(self, width: float) -> list[float]:
        names_w = self._names_width(width)
        wide = bool(self._title_width(width))
        heights = []
        for effect in self.effects:
            names = sum(self._names_height(effect, names_w))
            if wide:
                heights.append(max(names, self._bar_height()) + 18)
            else:
                heights.append(names + self._bar_height() + 22)
        return heights

    def _header_height(self) -> float:
        return self._fonts()[1].height() + 10

    def height_for(self, width: float) -> int:
        """The height all rows need at a width."""
        if not self.effects:
            return 0
        return math.ceil(self._header_height() + sum(self._row_heights(width)))

    def sizeHint(self) -> QSize:
        return QSize(640, self.height_for(max(self.width(), 320)))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.height_for(max(self.width(), 260)))

    def _fit_height(self) -> None:
        # The rows' height depends on the width (names beside or above the bars).
        self.setFixedHeight(self.height_for(max(self.width(), 260)))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        self._fit_height()

    # --- painting -------------------------------------------------------------------

    def paintEvent(self, event: object) -> None:
        if not self.effects:
            return
        p = theme.current_palette()
        small = self._fonts()[1]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = float(self.width())
        title_w = self._title_width(width)
        row_heights = self._row_heights(width)
        bar_h = self._bar_height()
        area_left, area_right = title_w, width - 2
        # The scale always reaches past the 2-point line, so it is always in sight.
        reach = max(FELT_CHANGE * 1.25, *(e.mean_drop * 1.1 for e in self.effects))
        worst = min(0.0, *(e.mean_drop for e in self.effects))
        back = -worst * 1.1  # room left of zero for routines that made things worse
        per_point = (area_right - area_left) / (reach + back)
        zero = area_left + back * per_point
        top = self._header_height()
        bottom = top + sum(row_heights)

        felt_x = zero + FELT_CHANGE * per_point
        painter.setFont(chart_font(self._scale))
        painter.setPen(QColor(p.muted))
        label = translate("ProgressCharts", "2 points: a change people tend to feel")
        if small.horizontalAdvance(label) > area_right - area_left:
            label = translate("ProgressCharts", "2 points: a felt change")
        label_w = small.horizontalAdvance(label)
        label_x = max(area_left, min(felt_x - label_w / 2, area_right - label_w))
        painter.drawText(QPointF(label_x, small.ascent() + 2), label)
        painter.setPen(QPen(QColor(p.muted), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(felt_x, top - 4), QPointF(felt_x, bottom))
        painter.setPen(QPen(QColor(p.border), 2))
        painter.drawLine(QPointF(zero, top - 4), QPointF(zero, bottom))

        names_w = self._names_width(width)
        wrap = int(Qt.TextFlag.TextWordWrap.value)
        y = top + 8
        for effect, row_h in zip(self.effects, row_heights, strict=True):
            kind = p.kind(effect.kind)
            title_h, meta_h = self._names_height(effect, names_w)
            painter.setFont(chart_font(self._scale, theme.TextRole.BODY))
            painter.setPen(QColor(p.text))
            painter.drawText(QRectF(0, y, names_w, title_h), wrap, effect.title)
            painter.setFont(chart_font(self._scale))
            painter.setPen(QColor(p.muted))
            painter.drawText(QRectF(0, y + title_h, names_w, meta_h), wrap, _meta(effect))
            if title_w:
                bar_top = y + (title_h + meta_h - bar_h) / 2
            else:
                bar_top = y + title_h + meta_h + 6
            y += row_h

            end = zero + effect.mean_drop * per_point
            rect = QRectF(min(zero, end), bar_top, max(2.0, abs(end - zero)), bar_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_colour(kind.accent, 0.5 if effect.too_few else 1.0))
            painter.drawRoundedRect(rect, 5, 5)
            if effect.too_few:
                painter.setBrush(QBrush(_colour(p.text, 0.3), Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(rect, 5, 5)

            # The number: beyond the bar's end where it fits; for a bar to the left (worse),
            # else just right of the zero line; else inside the bar.
            words = effect_words(effect)
            text_w = small.horizontalAdvance(words)
            baseline = bar_top + (bar_h - small.height()) / 2 + small.ascent()
            if effect.mean_drop >= 0:
                spots = [rect.right() + 8]
            else:
                spots = [rect.left() - 8 - text_w, zero + 8]
            painter.setFont(chart_font(self._scale))
            spot = next((x for x in spots if area_left <= x and x + text_w <= area_right), None)
            if spot is not None:
                painter.setPen(QColor(p.text))
                painter.drawText(QPointF(spot, baseline), words)
            else:
                painter.setPen(_readable_on(kind.accent, p))
                font = chart_font(self._scale)
                font.setBold(True)
                painter.setFont(font)
                painter.drawText(QPointF(rect.left() + 8, baseline), words)
        painter.end()


def effect_words(effect: RoutineEffect) -> str:
    """'1.8 points lower', '0.4 points higher' or 'no change': a routine's mean change."""
    drop = effect.mean_drop
    if abs(drop) < 0.05:
        return translate("ProgressCharts", "no change")
    change = (
        translate("ProgressCharts", "{n} points lower")
        if drop > 0
        else translate("ProgressCharts", "{n} points higher")
    )
    return change.format(n=decimal(abs(drop)))


def _meta(effect: RoutineEffect) -> str:
    sessions = (
        translate("ProgressCharts", "1 session")
        if effect.sessions == 1
        else translate("ProgressCharts", "{n} sessions").format(n=effect.sessions)
    )
    words = f"{kind_title(effect.kind)} · {sessions}"
    if effect.too_few:
        return translate("ProgressCharts", "{what}: too few to tell yet").format(what=words)
    return words


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def _readable_on(background: str, p: theme.Palette) -> QColor:
    """Whichever of the palette's darkest and lightest inks reads better on a colour."""
    back = _luminance(QColor(background))
    inks = [QColor(p.text), QColor(p.surface), QColor(p.window)]

    def contrast(ink: QColor) -> float:
        a, b = sorted((_luminance(ink), back))
        return (b + 0.05) / (a + 0.05)

    return max(inks, key=contrast)


def legend_label(parent: QWidget | None = None) -> QLabel:
    """A wrapping rich-text label for a chart legend."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    theme.set_role(label, "small")
    return label


def main_legend_html(palette: theme.Palette) -> str:
    """The main chart's legend: every mark in words as well as its picture."""
    bars = _mix(palette.primary, palette.surface, BAR_SHARE[palette.is_dark]).name()
    entries = (
        (bars, "▇", translate("ProgressCharts", "Sessions done, % of plan (left)")),
        (palette.text, "━━", translate("ProgressCharts", "Spasm level 0–10 (right)")),
        (palette.text, "┃", translate("ProgressCharts", "Injection")),
        (
            palette.breathing.accent,
            "▒",
            translate("ProgressCharts", "effect starting: days 3–14"),
        ),
        (palette.stretch.accent, "▒", translate("ProgressCharts", "peak weeks: weeks 4–6")),
        (palette.muted, "▨", translate("ProgressCharts", "wearing off: from week 8")),
    )
    return " &nbsp;&nbsp; ".join(
        f"<span style='white-space:nowrap'><span style='color:{colour}'>{glyph}</span>"
        f"&nbsp;{escape(words)}</span>"
        for colour, glyph, words in entries
    )
