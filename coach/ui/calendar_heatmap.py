"""A year of daily adherence as a calendar: weeks across, weekdays down, months on top.

Painted with QPainter in one widget (371 cells are no job for a chart library). Colour is
never the only sign: a day with nothing planned has a dotted outline and no fill, a
missed day is hatched, a day at 80% or more carries a dot, an injection day a corner
mark, and the legend under the grid names them all. Hovering a day shows its figures.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coach.analysis.series import Calendar, CalendarCell, CellState
from coach.ui import theme
from coach.ui.i18n import month_short, translate
from coach.ui.progress_charts import chart_font, count_words, long_date_words, percent

_WEEKDAY_LABELS = (
    QT_TRANSLATE_NOOP("CalendarHeatmap", "Mon"),
    "",
    QT_TRANSLATE_NOOP("CalendarHeatmap", "Wed"),
    "",
    QT_TRANSLATE_NOOP("CalendarHeatmap", "Fri"),
    "",
    QT_TRANSLATE_NOOP("CalendarHeatmap", "Sun"),
)
_GAP = 2
_MIN_CELL = 10.0
_MAX_CELL = 22.0

#: Legend entries in order, with their words.
LEGEND: tuple[tuple[CellState, str], ...] = (
    (CellState.NO_PLAN, QT_TRANSLATE_NOOP("CalendarHeatmap", "nothing planned")),
    (CellState.MISSED, QT_TRANSLATE_NOOP("CalendarHeatmap", "planned, none done")),
    (CellState.SOME, QT_TRANSLATE_NOOP("CalendarHeatmap", "under half")),
    (CellState.HALF, QT_TRANSLATE_NOOP("CalendarHeatmap", "half or more")),
    (CellState.GOAL, QT_TRANSLATE_NOOP("CalendarHeatmap", "80% or more")),
)


def cell_words(cell: CalendarCell, injection: bool = False) -> str:
    """One day's figures as the hover text says them."""
    head = long_date_words(cell.day)
    if cell.state is CellState.OUTSIDE:
        return translate("CalendarHeatmap", "{day}: no records yet").format(day=head)
    if cell.state is CellState.NO_PLAN:
        body = translate("CalendarHeatmap", "nothing planned")
        if cell.credits:
            body += "; " + translate("CalendarHeatmap", "{n} done").format(
                n=count_words(cell.credits)
            )
    else:
        body = translate(
            "CalendarHeatmap", "{done} of {planned} planned sessions done ({percent})"
        ).format(
            done=count_words(cell.credits),
            planned=cell.planned,
            percent=percent(cell.adherence),
        )
    if injection:
        body += "; " + translate("CalendarHeatmap", "injection day")
    return f"{head}: {body}"


class CalendarHeatmap(QWidget):
    """The last 12 months of daily adherence, one small square per day.

    When the width cannot hold a year at a readable cell size, the latest weeks that fit
    are shown and shownWeeksChanged says how many, so the screen can say so in words.
    """

    shownWeeksChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar: Calendar | None = None
        self.injections: frozenset[date] = frozenset()
        self._scale = 1.0
        self._announced = 0
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(
            self.tr("Calendar of the last 12 months: sessions done each day")
        )

    def set_calendar(self, calendar: Calendar, injections: tuple[date, ...] = ()) -> None:
        self.calendar = calendar
        self.injections = frozenset(injections)
        self._fit_height()
        self.update()

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        self._fit_height()
        self.update()

    def text_at(self, day: date) -> str:
        """What hovering `day` shows ('' if the calendar does not hold it)."""
        if self.calendar is None:
            return ""
        cell = self.calendar.cell(day)
        return "" if cell is None else cell_words(cell, day in self.injections)

    # --- geometry -------------------------------------------------------------------

    def _font(self) -> QFont:
        return chart_font(self._scale)

    def _label_width(self) -> float:
        metrics = QFontMetricsF(self._font())
        return max(metrics.horizontalAdvance(self.tr(n)) for n in _WEEKDAY_LABELS if n) + 10

    def shown_weeks(self, width: float | None = None) -> int:
        """How many of the latest weeks fit the width (all of them when there is room)."""
        weeks = self.calendar.weeks if self.calendar else 53
        width = self.width() if width is None else width
        fit = int((width - self._label_width()) // (self._min_cell() + _GAP))
        return max(1, min(weeks, fit))

    def _min_cell(self) -> float:
        """The smallest square: larger with larger text, for eyes that need it."""
        return _MIN_CELL * min(max(1.0, self._scale), 1.6)

    def _first_column(self, width: float) -> int:
        weeks = self.calendar.weeks if self.calendar else 53
        return weeks - self.shown_weeks(width)

    def _cell(self, width: float) -> float:
        room = (width - self._label_width()) / self.shown_weeks(width) - _GAP
        return max(self._min_cell(), min(_MAX_CELL * max(1.0, self._scale), math.floor(room)))

    def _grid_top(self) -> float:
        return QFontMetricsF(self._font()).height() + 6

    def _legend_rows(self, width: float) -> list[list[tuple[CellState | None, str, float]]]:
        """Legend items wrapped into rows: (state or None for the injection mark, words, w)."""
        metrics = QFontMetricsF(self._font())
        swatch = metrics.height()
        items: list[tuple[CellState | None, str]] = [
            *((state, self.tr(words)) for state, words in LEGEND),
            (None, self.tr("injection day")),
        ]
        rows: list[list[tuple[CellState | None, str, float]]] = [[]]
        used = 0.0
        room = width - self._label_width()
        for state, words in items:
            w = swatch + 6 + metrics.horizontalAdvance(words) + 22
            if rows[-1] and used + w > room:
                rows.append([])
                used = 0.0
            rows[-1].append((state, words, w))
            used += w
        return rows

    def _grid_height(self, width: float) -> float:
        return self._grid_top() + 7 * (self._cell(width) + _GAP)

    def height_for(self, width: float) -> int:
        """The height grid and legend need at a width."""
        metrics = QFontMetricsF(self._font())
        legend = len(self._legend_rows(width)) * (metrics.height() + 8)
        return math.ceil(self._grid_height(width) + 12 + legend)

    def _fit_height(self) -> None:
        self.setFixedHeight(self.height_for(max(self.width(), 200)))
        shown = self.shown_weeks()
        if shown != self._announced:
            self._announced = shown
            self.shownWeeksChanged.emit(shown)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(760, self.height_for(max(self.width(), 200)))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.height_for(max(self.width(), 200)))

    def _cell_rect(self, index: int, width: float) -> QRectF:
        """The square of cell `index` of the whole grid (columns left of view: off-widget)."""
        size = self._cell(width)
        column, row = divmod(index, 7)
        column -= self._first_column(width)
        left = self._label_width() + column * (size + _GAP)
        top = self._grid_top() + row * (size + _GAP)
        return QRectF(left, top, size, size)

    def day_at(self, point: QPointF) -> date | None:
        """The day under a point of the widget, None between or outside cells."""
        if self.calendar is None:
            return None
        width = self.width()
        size = self._cell(width)
        x = point.x() - self._label_width()
        y = point.y() - self._grid_top()
        if x < 0 or y < 0:
            return None
        column, row = int(x // (size + _GAP)), int(y // (size + _GAP))
        if row >= 7 or column >= self.shown_weeks(width):
            return None
        column += self._first_column(width)
        return self.calendar.first_monday + timedelta(days=column * 7 + row)

    # --- events ---------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        text = self.text_at(day) if day is not None else ""
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def paintEvent(self, event: object) -> None:
        if self.calendar is None:
            return
        p = theme.current_palette()
        font = self._font()
        metrics = QFontMetricsF(font)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        width = float(self.width())
        cal = self.calendar

        # Weekday names down the left; month names over the week holding the 1st.
        painter.setPen(QColor(p.muted))
        # Every other day's name where they have room; else only the first and last.
        spaced = metrics.height() <= 2 * (self._cell(width) + _GAP)
        for row, name in enumerate(_WEEKDAY_LABELS):
            if name and (spaced or row in (0, 6)):
                rect = self._cell_rect(row, width)
                painter.drawText(
                    QPointF(0, rect.center().y() + metrics.ascent() / 2 - 1), self.tr(name)
                )
        last_label_end = -1.0
        first_column = self._first_column(width)
        for column in range(first_column, cal.weeks):
            monday = cal.first_monday + timedelta(days=7 * column)
            firsts = [monday + timedelta(days=k) for k in range(7)]
            first = next((d for d in firsts if d.day == 1), None)
            if column == first_column and first is None:
                first = monday  # name the month the grid opens in
            if first is None:
                continue
            left = self._cell_rect(column * 7, width).left()
            name = month_short(first.month)
            if first.month == 1 or column == first_column:
                name = f"{name} {first.year}"
            if left <= last_label_end:
                continue
            painter.drawText(QPointF(left, metrics.ascent() + 1), name)
            last_label_end = left + metrics.horizontalAdvance(name) + 6

        today = _last_day(cal)
        for index in range(first_column * 7, len(cal.cells)):
            cell = cal.cells[index]
            rect = self._cell_rect(index, width)
            if cell.state is CellState.OUTSIDE:
                if cell.day < today:  # before the first record: a faint trace of the grid
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(_faint(p))
                    painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 2, 2)
                continue
            draw_cell(painter, rect, cell.state, p)
            if cell.day in self.injections:
                _injection_mark(painter, rect, p)
            if cell.day == today:  # today is ringed, to find one's place
                painter.setPen(QPen(QColor(p.text), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4)

        # The legend, wrapped under the grid.
        y = self._grid_height(width) + 12
        swatch = metrics.height()
        for row in self._legend_rows(width):
            x = self._label_width()
            for state, words, w in row:
                box = QRectF(x, y, swatch, swatch)
                if state is None:
                    draw_cell(painter, box, CellState.SOME, p, faint=True)
                    _injection_mark(painter, box, p)
                else:
                    draw_cell(painter, box, state, p)
                painter.setPen(QColor(p.text))
                painter.drawText(QPointF(x + swatch + 6, y + metrics.ascent()), words)
                x += w
            y += metrics.height() + 8
        painter.end()


def _faint(p: theme.Palette) -> QColor:
    colour = QColor(p.border)
    colour.setAlphaF(0.6)
    return colour


def _last_day(cal: Calendar) -> date:
    """Today: the last day the grid fills."""
    shown = [c.day for c in cal.cells if c.state is not CellState.OUTSIDE]
    return shown[-1] if shown else cal.first_monday


def draw_cell(
    painter: QPainter,
    rect: QRectF,
    state: CellState,
    p: theme.Palette,
    *,
    faint: bool = False,
) -> None:
    """One day square in the look of its state (also used for the legend)."""
    radius = max(2.0, rect.width() / 5)
    primary = QColor(p.primary)
    painter.save()
    if state is CellState.NO_PLAN:
        pen = QPen(QColor(p.muted), 1, Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    elif state is CellState.MISSED:
        painter.setPen(QPen(QColor(p.border), 1))
        painter.setBrush(QColor(p.window))
        painter.drawRoundedRect(rect, radius, radius)
        painter.setBrush(QBrush(QColor(p.muted), Qt.BrushStyle.BDiagPattern))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, radius, radius)
    else:
        alpha = {CellState.SOME: 0.3, CellState.HALF: 0.62, CellState.GOAL: 1.0}[state]
        if faint:
            alpha = 0.15
        primary.setAlphaF(alpha)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(primary)
        painter.drawRoundedRect(rect, radius, radius)
        if state is CellState.GOAL and not faint:
            dot = max(2.0, rect.width() / 5)
            painter.setBrush(QColor(p.on_primary))
            painter.drawEllipse(rect.center(), dot / 2 + 0.5, dot / 2 + 0.5)
    painter.restore()


def _injection_mark(painter: QPainter, rect: QRectF, p: theme.Palette) -> None:
    """A small dark triangle in the top-right corner."""
    side = max(4.0, rect.width() * 0.5)
    painter.save()
    painter.setPen(QPen(QColor(p.surface), 1))
    painter.setBrush(QColor(p.text))
    corner = rect.topRight()
    painter.drawPolygon(
        [corner, QPointF(corner.x() - side, corner.y()), QPointF(corner.x(), corner.y() + side)]
    )
    painter.restore()
