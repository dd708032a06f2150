"""The clinician report: one calm page (two at most) drawn with Qt's own PDF writer.

Everything on it comes from report_data.gather_report (the same figures as `coach stats
--json` for the period); this module only lays it out. Text is real text, charts are
vector paths, and the page reads in black and white. The same drawing code paints onto a
QPrinter for the print preview (ui/report_actions.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from coach.analysis.wearing_off import Source
from coach.core.records import KINDS, Kind
from coach.report.canvas import ACCENT, INK, MUTED, RULE, Canvas
from coach.report.output_file import replacing
from coach.report.report_charts import (
    cycle_legend_rows,
    draw_cycle_chart,
    draw_line_sample,
    draw_period_chart,
    draw_sample,
    period_legend,
)
from coach.report.report_data import DEFAULT_WEEKS, TABLE_WEEKS, ReportData, gather_report
from coach.report.report_format import (
    DASH,
    count,
    drop,
    long_date,
    pct,
    period_text,
    short_date,
    spasm,
    weeks_text,
)

if TYPE_CHECKING:
    from coach.store.database import Store


class Paper(StrEnum):
    """The paper the report is laid out for."""

    A4 = "a4"
    LETTER = "letter"


PAGE_SIZES: dict[Paper, QPageSize.PageSizeId] = {
    Paper.A4: QPageSize.PageSizeId.A4,
    Paper.LETTER: QPageSize.PageSizeId.Letter,
}

#: Page margins in points (about 14 mm at the sides).
MARGIN_X = 40.0
MARGIN_TOP = 34.0
MARGIN_BOTTOM = 28.0
COLUMN_GAP = 22.0

TITLE_PT = 15.0
HEADING_PT = 9.6
BODY_PT = 8.0
TABLE_PT = 7.4
SMALL_PT = 6.8
FIGURE_PT = 16.0

KIND_COLUMNS: dict[Kind, str] = {
    Kind.STRETCH: "Stretch",
    Kind.HEAT: "Heat",
    Kind.BREATHING: "Breathe",
    Kind.RELAXATION: "Relax",
}

SCALE_NOTE = (
    "Spasm 0–10 is the patient's own rating: a personal rating, not a clinical scale. "
    "Adherence is sessions done ÷ sessions planned, each kind capped at its plan; a session "
    "with 80% of its steps done counts 1, a shorter one ½. No stretch or heat is planned on "
    "an injection day."
)


@dataclass(frozen=True)
class Density:
    """How much room the page gives: the roomy one first, the compact one if it saves a page."""

    period_chart_h: float
    cycle_chart_h: float
    gap: float  # between blocks
    effects_shown: int
    notes_shown: int


ROOMY = Density(
    period_chart_h=140.0, cycle_chart_h=112.0, gap=11.0, effects_shown=8, notes_shown=8
)
# Letter paper is 50 points shorter than A4: this keeps a full report on one Letter page.
COMPACT = Density(
    period_chart_h=122.0, cycle_chart_h=100.0, gap=8.0, effects_shown=6, notes_shown=6
)


class ReportError(RuntimeError):
    """The report could not be drawn (e.g. the PDF could not be started)."""


def paper_for_locale(locale: QLocale | None = None) -> Paper:
    """Letter where the locale measures in US units, A4 everywhere else."""
    system = (locale or QLocale()).measurementSystem()
    return Paper.LETTER if system == QLocale.MeasurementSystem.ImperialUSSystem else Paper.A4


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication that can draw without a screen.

    With no display at all (a server, a cron job), the offscreen platform is chosen
    before the application is made, unless QT_QPA_PLATFORM already says otherwise.
    """
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and os.name == "posix" and os.uname().sysname != "Darwin":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["coach-report"])


# --- blocks: measured first, then placed on pages -----------------------------------------


@dataclass
class Block:
    """A piece of the page: its height for a width, and how to draw it at (x, y)."""

    measure: Callable[[Canvas, float], float]
    draw: Callable[[Canvas, float, float, float], None]


def _heading(
    canvas: Canvas, x: float, y: float, width: float, text: str, note: str = ""
) -> float:
    """A section heading with an optional muted note on the same line; returns height."""
    font = canvas.font(HEADING_PT, 600)
    h = canvas.line_text(x, y, text, font, INK)
    if note:
        note_font = canvas.font(SMALL_PT)
        used = canvas.text_width(text, font) + 6
        nh = canvas.line_height(note_font)
        canvas.line_text(
            x + used, y + (h - nh) * 0.75, note, note_font, MUTED, width=width - used
        )
    return h + 3


def _heading_height(canvas: Canvas) -> float:
    return canvas.line_height(canvas.font(HEADING_PT, 600)) + 3


def _columns(left: Block, right: Block, left_share: float) -> Block:
    """Two blocks side by side; the row is as tall as the taller one."""

    def widths(width: float) -> tuple[float, float]:
        lw = (width - COLUMN_GAP) * left_share
        return lw, width - COLUMN_GAP - lw

    def measure(canvas: Canvas, width: float) -> float:
        lw, rw = widths(width)
        return max(left.measure(canvas, lw), right.measure(canvas, rw))

    def draw(canvas: Canvas, x: float, y: float, width: float) -> None:
        lw, rw = widths(width)
        left.draw(canvas, x, y, lw)
        right.draw(canvas, x + lw + COLUMN_GAP, y, rw)

    return Block(measure, draw)


# --- the header and the key figures ---------------------------------------------------------


def _header(data: ReportData) -> Block:
    def measure(canvas: Canvas, width: float) -> float:
        return (
            canvas.line_height(canvas.font(TITLE_PT, 600))
            + 2 * canvas.line_height(canvas.font(BODY_PT + 1))
            + 8
        )

    def draw(canvas: Canvas, x: float, y: float, width: float) -> None:
        title = canvas.font(TITLE_PT, 600)
        body = canvas.font(BODY_PT + 1)
        strong = canvas.font(BODY_PT + 1, 600)
        small = canvas.font(SMALL_PT + 0.4)
        h = canvas.line_text(x, y, "Home programme and symptom diary", title, INK)
        who = (
            f"Patient: {data.patient_name}"
            if data.patient_name
            else "Summary for the clinician"
        )
        line = canvas.line_height(body)
        font = strong if data.patient_name else body
        canvas.line_text(x, y + h + 1, who, font, INK, width=width * 0.55)
        canvas.line_text(
            x, y + h + 1 + line, f"Kept by the patient with {data.app_name}", small, MUTED
        )
        right = Qt.AlignmentFlag.AlignRight
        rw = width * 0.5
        rx = x + width - rw
        canvas.line_text(rx, y + 2, "Period", small, MUTED, width=rw, align=right)
        big = canvas.font(BODY_PT + 4, 600)
        bh = canvas.line_text(
            rx, y + 2 + line, period_text(data.period), big, INK, width=rw, align=right
        )
        canvas.line_text(
            rx,
            y + 4 + line + bh,
            _period_words(data),
            small,
            MUTED,
            width=rw,
            align=right,
        )
        bottom = y + measure(canvas, width) - 1
        canvas.hline(x, x + width, bottom, canvas.pen(RULE, 0.8))

    return Block(measure, draw)


def _period_words(data: ReportData) -> str:
    """How the header says which weeks these are."""
    weeks = len(data.weeks)
    if data.period.start.weekday() == 0 and weeks == data.weeks_asked:
        return f"the last {weeks} weeks, Monday to Sunday, to {long_date(data.period.end)}"
    end = long_date(data.period.end)
    return f"{weeks_text(data.period.length)}, from the diary's first entry to {end}"


@dataclass(frozen=True)
class _Figure:
    label: str
    value: str
    caption: str


def _figures(data: ReportData) -> list[_Figure]:
    stats = data.stats
    rated = sum(1 for d in data.days if d.mean_spasm is not None)
    cycle = data.cycle_now
    figures = [
        _Figure(
            "Adherence",
            pct(stats["adherence"]),
            f"{count(stats['credits'])} done of {stats['planned']} planned sessions"
            if stats["planned"]
            else "nothing was planned",
        ),
        _Figure(
            "Mean spasm (0–10)", spasm(stats["mean_spasm"]), f"daily levels, {rated} days rated"
        ),
        _Figure(
            "Weeks at goal",
            str(stats["goal_streak_weeks"]),
            "in a row at 80% or more, to the last full week",
        ),
        _Figure(
            "Sessions",
            str(data.sessions_done),
            f"{data.sessions_stopped} stopped early because pain or spasm got worse",
        ),
    ]
    if cycle is not None:
        figures.append(
            _Figure(
                "Injection cycle",
                f"Day {cycle.day}",
                f"week {cycle.week} since the injection of {long_date(cycle.injection_date)}",
            )
        )
    else:
        figures.append(_Figure("Injection cycle", DASH, "no injection in the diary yet"))
    return figures


def _key_figures(data: ReportData) -> Block:
    figures = _figures(data)

    def layout(canvas: Canvas, width: float) -> tuple[float, float]:
        box_w = (width - 6 * (len(figures) - 1)) / len(figures)
        cap = canvas.font(SMALL_PT)
        caption_h = max(canvas.text_height(f.caption, cap, box_w - 12) for f in figures)
        h = (
            6
            + canvas.line_height(canvas.font(SMALL_PT, 600))
            + canvas.line_height(canvas.font(FIGURE_PT, 600))
            + caption_h
            + 6
        )
        return box_w, h

    def measure(canvas: Canvas, width: float) -> float:
        return layout(canvas, width)[1]

    def draw(canvas: Canvas, x: float, y: float, width: float) -> None:
        box_w, h = layout(canvas, width)
        label_font = canvas.font(SMALL_PT, 600)
        value_font = canvas.font(FIGURE_PT, 600)
        cap = canvas.font(SMALL_PT)
        for i, f in enumerate(figures):
            bx = x + i * (box_w + 6)
            canvas.painter.setPen(canvas.pen(RULE, 0.7))
            canvas.painter.drawRoundedRect(QRectF(bx, y, box_w, h), 4, 4)
            ty = y + 6
            ty += canvas.line_text(
                bx + 6, ty, f.label.upper(), label_font, MUTED, width=box_w - 12
            )
            ty += canvas.line_text(bx + 6, ty, f.value, value_font, INK, width=box_w - 12)
            canvas.paragraph(bx + 6, ty, box_w - 12, f.caption, cap, MUTED)

    return Block(measure, draw)


# --- the charts ----------------------------------------------------------------------------


def _legend_row(
    canvas: Canvas, x: float, y: float, width: float, items: Sequence[tuple[str, str]]
) -> float:
    """Legend samples with words, wrapping; returns the height used."""
    font = canvas.font(SMALL_PT)
    h = canvas.line_height(font)
    cx, cy = x, y
    for kind, words in items:
        need = 14 + canvas.text_width(words, font) + 10
        if cx + need > x + width and cx > x:
            cx, cy = x, cy + h + 1
        draw_sample(canvas, kind, QRectF(cx, cy + 1, 11, h - 2))
        canvas.line_text(cx + 14, cy, words, font, MUTED)
        cx += need
    return cy + h - y


def _period_chart(data: ReportData, chart_h: float) -> Block:
    def measure(canvas: Canvas, width: float) -> float:
        return _heading_height(canvas) + chart_h + 4 + _legend_height(canvas, width)

    def _legend_height(canvas: Canvas, width: float) -> float:
        # Measured by laying the row out off the page.
        font = canvas.font(SMALL_PT)
        total = sum(14 + canvas.text_width(w, font) + 10 for _, w in period_legend())
        rows = 1 if total <= width else 2
        return rows * (canvas.line_height(font) + 1)

    def draw(canvas: Canvas, x: float, y: float, width: float) -> None:
        y += _heading(canvas, x, y, width, "Week by week", "spasm above, adherence below")
        draw_period_chart(canvas, QRectF(x, y, width, chart_h), data)
        _legend_row(canvas, x + 28, y + chart_h + 4, width - 28, period_legend())

    return Block(measure, draw)


def _cycle_chart(data: ReportData, chart_h: float) -> Block:
    rows = cycle_legend_rows(data.cycles, data.period.end)

    def legend_h(canvas: Canvas, width: float) -> float:
        font = canvas.font(SMALL_PT)
        h = sum(canvas.text_height(words, font, width - 22) + 1 for _, words in rows)
        return h + canvas.line_height(font) + 2

    def measure(canvas: Canvas, width: float) -> float:
        if not data.cycles:
            return _heading_height(canvas) + canvas.line_height(canvas.font(BODY_PT)) * 2
        return _heading_height(canvas) + chart_h + 4 + legend_h(canvas, width)

    def draw(canvas: Canvas, x: float, y: float, width: float) -> None:
        y += _heading(
            canvas, x, y, width, "Across injection cycles", "by week since the injection"
        )
        if not data.cycles:
            canvas.paragraph(
                x, y, width, "No injection is recorded yet.", canvas.font(BODY_PT), MUTED
            )
            return
        draw_cycle_chart(canvas, QRectF(x, y, width, chart_h), data.cycles)
        y += chart_h + 4
        font = canvas.font(SMALL_PT)
        for style, words in rows:
            draw_line_sample(canvas, x + 2, y + canvas.line_height(font) / 2, 16, style)
            y += canvas.paragraph(x + 22, y, width - 22, words, font, INK) + 1
        cx = x + 2
        draw_sample(canvas, "patient", QRectF(cx, y, 12, canvas.line_height(font)))
        label = "wearing off noticed by the patient"
        canvas.line_text(cx + 14, y, label, font, MUTED)
        cx += 14 + canvas.text_width(label, font) + 10
        draw_sample(canvas, "estimate", QRectF(cx, y, 12, canvas.line_height(font)))
        canvas.line_text(cx + 14, y, "estimated", font, MUTED, width=x + width - cx - 14)

    return Block(measure, draw)


# --- tables --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A table column: header, share of the width, alignment."""

    header: str
    share: float
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignRight


def _table(
    canvas: Canvas,
    x: float,
    y: float,
    width: float,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    strong_rows: frozenset[int] = frozenset(),
    muted_cells: frozenset[tuple[int, int]] = frozenset(),
    sublines: dict[int, str] | None = None,
) -> float:
    """A quiet table: a header, hairlines between rows; returns the height used.

    `sublines` adds a small muted line under a row (e.g. the muscles of an injection).
    """
    head_font = canvas.font(SMALL_PT, 600)
    font = canvas.font(TABLE_PT)
    bold = canvas.font(TABLE_PT, 600)
    small = canvas.font(SMALL_PT)
    row_h = _row_height(canvas)
    total = sum(c.share for c in columns)
    widths = [width * c.share / total for c in columns]
    extra = sublines or {}

    def cells(texts: Sequence[str], top: float, fonts, colours) -> None:
        cx = x
        for k, (text, w, column) in enumerate(zip(texts, widths, columns, strict=True)):
            canvas.line_text(
                cx + 1.5, top + 1.2, text, fonts(k), colours(k), width=w - 3, align=column.align
            )
            cx += w

    cells([c.header for c in columns], y, lambda k: head_font, lambda k: MUTED)
    y0 = y
    y += row_h
    canvas.hline(x, x + width, y, canvas.pen(INK, 0.6))
    for r, row in enumerate(rows):
        strong = r in strong_rows
        if strong:
            canvas.hline(x, x + width, y, canvas.pen(INK, 0.6))
        cells(
            row,
            y,
            lambda k, strong=strong: bold if strong else font,
            lambda k, r=r: MUTED if (r, k) in muted_cells else INK,
        )
        y += row_h
        if r in extra:
            y += canvas.line_text(x + 1.5, y - 1, extra[r], small, MUTED, width=width - 3) + 1
        if r < len(rows) - 1 and r + 1 not in strong_rows:
            canvas.hline(x, x + width, y, canvas.pen(RULE, 0.35))
    return y - y0


def _row_height(canvas: Canvas) -> float:
    return canvas.line_height(canvas.font(TABLE_PT)) + 2.4


def _table_height(canvas: Canvas, rows: int, sublines: int = 0) -> float:
    small = canvas.line_height(canvas.font(SMALL_PT)) + 1
    return (rows + 1) * _row_height(canvas) + sublines * small


def _week_table(data: ReportData) -> Block:
    columns = [
        Column("Week of", 1.25, Qt.AlignmentFlag.AlignLeft),
        *(Column(KIND_COLUMNS[k], 1.0) for k in KINDS),
        Column("Total", 0.9),
        Column("Spasm", 0.85),
    ]
    shown = data.weeks_in_table
    rows: list[list[str]] = []
    muted: set[tuple[int, int]] = set()
    for r, week in enumerate(shown):
        label = short_date(week.week_start)
        if week.days_in_period < 7:
            label += " *"
        row = [label]
        for k, kind in enumerate(KINDS, start=1):
            cell = week.kind(kind)
            if cell.planned == 0 and cell.credits == 0:
                row.append(DASH)
                muted.add((r, k))
            else:
                row.append(f"{count(cell.credits)}/{cell.planned}")
        row += [pct(week.adherence), spasm(week.mean_spasm)]
        rows.append(row)
    by_kind = data.stats["by_kind"]
    period_row = ["All weeks"]
    period_row += [pct(by_kind[k.value]["adherence"]) for k in KINDS]
    period_row += [pct(data.stats["adherence"]), spasm(data.stats["mean_spasm"])]
    rows.append(period_row)
    notes = []
    if any(w.days_in_period < 7 for w in shown):
        notes.append("* only part of the week lies in the period.")
    if len(data.weeks) > TABLE_WEEKS:
        notes.append(f"The last {TABLE_WEEKS} of {len(data.weeks)} weeks; the chart shows all.")
    dose = ", ".join(
        f"{KIND_COLUMNS[k].lower().rstrip('.')} {data.minutes_per_week(k):.0f}"
        for k in KINDS
        if data.stats["minutes_by_kind"][k.value] > 0
    )
    if dose:
        notes.append(f"Minutes a week on average: {dose}.")
    note = " ".join(notes)

    def measure(canvas: Canvas, width: float) -> float:
        h = _heading_height(canvas) + _table_height(canvas, len(rows))
        if note:
            h += 3 + canvas.text_height(note, canvas.font(SMALL_PT), width)
        return h

    def draw(canvas: Canvas, x: float, y: float, width: float) -> None:
        y += _heading(
            canvas, x, y, width, "Sessions by week", "done/planned; total capped per kind"
        )
        y += _table(
            canvas,
            x,
            y,
            width,
            columns,
            rows,
            strong_rows=frozenset({len(rows) - 1}),
            muted_cells=frozenset(muted),
        )
        if note:
            canvas.paragraph(x, y + 3, width, note, canvas.font(SMALL_PT), MUTED)

    return Block(measure, draw)


def _injections(data: ReportData) -> Block:
    columns = [
        Column("Date", 1.0, Qt.AlignmentFlag.AlignLeft),
        Column("Product, units", 1.3, Qt.AlignmentFlag.AlignLeft),
        Column("Days since last", 0.95),
        Column("Benefit noticed", 1.2),
        Column("Wearing off", 1.45),
        Column("Mean spasm", 0.85),
    ]
    rows: list[list[str]] = []
    muscles: dict[int, str] = {}
    for r, row in enumerate(data.injections):
        product = row.product or DASH
        if row.units is not None:
            product += f", {row.units:g} U"
        if row.onset_noticed is not None:
            onset = (
                f"{short_date(row.onset_noticed)} (day {(row.onset_noticed - row.date).days})"
            )
        else:
            onset = DASH
        if row.wearing_off is not None:
            day = (row.wearing_off - row.date).days
            word = "" if row.wearing_off_source == Source.PATIENT else "estimated "
            wearing = f"{word}{short_date(row.wearing_off)} (day {day})"
        else:
            wearing = "not yet" if row.cycle_days and row.date == _latest(data) else DASH
        rows.append(
            [
                long_date(row.date),
                product,
                str(row.days_since_previous) if row.days_since_previous is not None else DASH,
                onset,
                wearing,
                spasm(row.cycle_mean_spasm),
            ]
        )
        if row.muscles:
            muscles[r] = f"Muscles: {row.muscles}"
    sentences: list[str] = []
    if not rows:
        if data.last_injection_before is not None:
            gap = (data.period.end - data.last_injection_before).days
            sentences.append(
                f"No injection in this period; the last one was on "
                f"{long_date(data.last_injection_before)}, {gap} days before "
                f"{long_date(data.period.end)}."
            )
        else:
            sentences.append("No injection is recorded in the diary.")
    if data.side_effects:
        items = []
        for effect in data.side_effects:
            after = f"after the {short_date(effect.injection_date)} injection"
            if effect.noticed_on is not None:
                day = (effect.noticed_on - effect.injection_date).days
                when = f"noticed {short_date(effect.noticed_on)}, day {day} {after}"
            else:
                when = f"{after}, date not given"
            items.append(f"{effect.name} ({when})")
        sentences.append("Side effects logged: " + "; ".join(items) + ".")
    else:
        sentences.append("No side effects logged for these injections.")
    text = " ".join(sentences)

    def measure(canvas: Canvas, width: float) -> float:
        h = _heading_height(canvas)
        if rows:
            h += _table_height(canvas, len(rows), len(muscles)) + 3
        return h + canvas.text_height(text, canvas.font(BODY_PT), width)

    def draw(canvas: Canvas, x: float, y: float, width: float) -> None:
        y += _heading(
            canvas, x, y, width, "Injections", "mean spasm: the cycle's days in this period"
        )
        if rows:
            y += _table(canvas, x, y, width, columns, rows, sublines=muscles) + 3
        canvas.paragraph(x, y, width, text, canvas.font(BODY_PT), INK)

    return Block(measure, draw)


def _latest(data: ReportData) -> date | None:
    return data.cycle_now.injection_date if data.cycle_now is not None else None


def _effects(data: ReportData, shown: int) -> Block:
    columns = [
        Column("Routine", 3.2, Qt.AlignmentFlag.AlignLeft),
        Column("Sessions", 0.9),
        Column("Change", 0.9),
    ]
    # When space is short, the routines with the fewest rated sessions give way; the
    # rest keep their order (largest drop first), so one that made things worse stays.
    kept = set(sorted(data.effects, key=lambda e: -e.sessions)[:shown])
    effects = [e for e in data.effects if e in kept]
    rows = [[e.title, str(e.sessions), drop(e.mean_drop)] for e in effects]
    muted = frozenset(
        (r, k) for r, e in enumerate(effects) if e.too_few for k in range(len(columns))
    )
    left_out = len(data.effects) - len(effects)
    note = (
        "Mean change in the spasm rating from before to after a session (−1.0: eased by a "
        "point); a change of about 2 points is what people tend to feel. Grey: fewer than 5 "
        "rated sessions."
    )
    if left_out:
        note += f" {left_out} more routine(s) not shown."

    def measure(canvas: Canvas, width: float) -> float:
        h = _heading_height(canvas)
        if rows:
            h += _table_height(canvas, len(rows)) + 3
        return h + canvas.text_height(note if rows else "x", canvas.font(SMALL_PT), width)

    def draw(canvas: Canvas, x: float, y: float, width: float) -> None:
        y += _heading(canvas, x, y, width, "Before and after a session")
        if not rows:
            canvas.paragraph(
                x,
                y,
                width,
                "No session was rated before and after.",
                canvas.font(BODY_PT),
                MUTED,
            )
            return
        y += _table(canvas, x, y, width, columns, rows, muted_cells=muted) + 3
        canvas.paragraph(x, y, width, note, canvas.font(SMALL_PT), MUTED)

    return Block(measure, draw)


NOTE_DATE_W = 35.0


def _notes(data: ReportData, shown: int) -> Block:
    notes = data.notes[:shown]

    def words(note) -> str:
        return f"{note.text} ({note.where})"

    def heights(canvas: Canvas, width: float) -> list[float]:
        font = canvas.font(BODY_PT - 0.6)
        return [canvas.text_height(words(n), font, width - NOTE_DATE_W) for n in notes]

    def measure(canvas: Canvas, width: float) -> float:
        h = _heading_height(canvas)
        if not notes:
            return h + canvas.line_height(canvas.font(BODY_PT))
        return h + sum(t + 2 for t in heights(canvas, width))

    def draw(canvas: Canvas, x: float, y: float, width: float) -> None:
        caption = (
            f"newest first, {len(notes)} of {data.notes_in_period}"
            if data.notes_in_period > len(notes)
            else "newest first"
        )
        y += _heading(canvas, x, y, width, "Recent notes", caption if notes else "")
        if not notes:
            canvas.paragraph(
                x, y, width, "No notes in this period.", canvas.font(BODY_PT), MUTED
            )
            return
        font = canvas.font(BODY_PT - 0.6)
        date_font = canvas.font(BODY_PT - 0.6, 600)
        for note, h in zip(notes, heights(canvas, width), strict=True):
            canvas.line_text(x, y, short_date(note.day), date_font, MUTED, width=NOTE_DATE_W)
            canvas.paragraph(x + NOTE_DATE_W, y, width - NOTE_DATE_W, words(note), font, INK)
            y += h + 2

    return Block(measure, draw)


def _worsening(data: ReportData) -> Block:
    texts = [n.text for n in data.worsening]

    def measure(canvas: Canvas, width: float) -> float:
        font = canvas.font(BODY_PT)
        return _heading_height(canvas) + sum(
            canvas.text_height(t, font, width - 10) + 3 for t in texts
        )

    def draw(canvas: Canvas, x: float, y: float, width: float) -> None:
        top = y
        y += _heading(canvas, x + 10, y, width - 10, "Worth going over together")
        font = canvas.font(BODY_PT)
        for t in texts:
            y += canvas.paragraph(x + 10, y, width - 10, t, font, INK) + 3
        canvas.vline(x + 2, top + 1, y - 3, canvas.pen(ACCENT, 2.0))

    return Block(measure, draw)


def _nothing_yet(data: ReportData) -> Block:
    if data.last_record_day is not None:
        start, end = long_date(data.period.start), long_date(data.period.end)
        text = (
            f"Nothing to show yet for this period: no session, spasm rating or injection was "
            f"recorded between {start} and {end}. "
            f"The diary's latest entry is from {long_date(data.last_record_day)}."
        )
    else:
        text = (
            "Nothing to show yet: the diary has no sessions, spasm ratings or injections. "
            "Once a few days are recorded, this page shows adherence, spasm and the injection "
            "cycle."
        )

    def measure(canvas: Canvas, width: float) -> float:
        return canvas.text_height(text, canvas.font(BODY_PT + 1.5), width - 24) + 24

    def draw(canvas: Canvas, x: float, y: float, width: float) -> None:
        h = measure(canvas, width)
        canvas.painter.setPen(canvas.pen(RULE, 0.8))
        canvas.painter.drawRoundedRect(QRectF(x, y, width, h), 5, 5)
        canvas.paragraph(x + 12, y + 12, width - 24, text, canvas.font(BODY_PT + 1.5), INK)

    return Block(measure, draw)


def report_blocks(data: ReportData, density: Density = ROOMY) -> list[Block]:
    """The page's blocks, top to bottom."""
    blocks = [_header(data)]
    if not data.has_records:
        return [*blocks, _nothing_yet(data)]
    blocks += [
        _key_figures(data),
        _period_chart(data, density.period_chart_h),
        _columns(_week_table(data), _cycle_chart(data, density.cycle_chart_h), 0.54),
        _injections(data),
        _columns(
            _effects(data, density.effects_shown),
            _notes(data, density.notes_shown),
            0.5,
        ),
    ]
    if data.worsening:
        blocks.append(_worsening(data))
    return blocks


# --- pages ---------------------------------------------------------------------------------


def _footer_height(canvas: Canvas, width: float) -> float:
    font = canvas.font(SMALL_PT)
    return canvas.text_height(SCALE_NOTE, font, width) + canvas.line_height(font) + 6


def _footer(
    canvas: Canvas,
    data: ReportData,
    x: float,
    bottom: float,
    width: float,
    page: int,
    pages: int,
) -> None:
    font = canvas.font(SMALL_PT)
    h = _footer_height(canvas, width)
    y = bottom - h
    canvas.hline(x, x + width, y, canvas.pen(RULE, 0.6))
    y += 3
    y += canvas.paragraph(x, y, width, SCALE_NOTE, font, MUTED) + 1
    made = f"Made with {data.app_name} {data.version} on {long_date(data.made_on)}"
    canvas.line_text(x, y, made, font, MUTED)
    canvas.line_text(
        x,
        y,
        f"Page {page} of {pages}",
        font,
        MUTED,
        width=width,
        align=Qt.AlignmentFlag.AlignRight,
    )


Pages = list[list[tuple[Block, float]]]


def _paginate(
    canvas: Canvas, blocks: Sequence[Block], width: float, top: float, bottom: float, gap: float
) -> Pages:
    """Blocks placed top-down; a block that does not fit starts the next page."""
    pages: Pages = [[]]
    y = top
    for block in blocks:
        h = block.measure(canvas, width)
        if y + h > bottom and pages[-1]:
            pages.append([])
            y = top
        pages[-1].append((block, y))
        y += h + gap
    return pages


def render_report(data: ReportData, device: QPagedPaintDevice) -> int:
    """Draw the report on `device` (a QPdfWriter or a QPrinter); returns the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise ReportError("could not start drawing the report (is the file writable?)")
    try:
        canvas = Canvas(painter)
        page_w = device.width() / canvas.unit
        page_h = device.height() / canvas.unit
        width = page_w - 2 * MARGIN_X
        bottom = page_h - MARGIN_BOTTOM - _footer_height(canvas, width) - 8
        pages = _paginate(
            canvas, report_blocks(data, ROOMY), width, MARGIN_TOP, bottom, ROOMY.gap
        )
        if len(pages) > 1:
            compact = _paginate(
                canvas, report_blocks(data, COMPACT), width, MARGIN_TOP, bottom, COMPACT.gap
            )
            if len(compact) == 1:
                pages = compact
        for n, placed in enumerate(pages):
            if n:
                device.newPage()
            for block, top in placed:
                block.draw(canvas, MARGIN_X, top, width)
            _footer(canvas, data, MARGIN_X, page_h - MARGIN_BOTTOM, width, n + 1, len(pages))
    finally:
        painter.end()
    return len(pages)


def report_title(data: ReportData) -> str:
    """The PDF's title: what it is and which weeks."""
    who = f" for {data.patient_name}" if data.patient_name else ""
    return f"Home programme and symptom diary{who}, {period_text(data.period)}"


def pdf_writer(path: str, data: ReportData, paper: Paper) -> QPdfWriter:
    """A QPdfWriter for the report: page size, no printer margins, title and creator."""
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(PAGE_SIZES[paper]))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    writer.setResolution(1200)
    writer.setTitle(report_title(data))
    writer.setCreator(f"{data.app_name} {data.version}")
    return writer


def write_report_data(
    data: ReportData, path: str | os.PathLike[str], paper: Paper | None = None
) -> int:
    """Write an already gathered report as a PDF at `path`; returns the page count."""
    ensure_gui_app()
    chosen = paper or paper_for_locale()
    with replacing(path) as temp:
        writer = pdf_writer(str(temp), data, chosen)
        pages = render_report(data, writer)
        del writer  # flushes and closes the file before it is moved into place
    return pages


def write_report(
    store: Store,
    path: str | os.PathLike[str],
    weeks: int = DEFAULT_WEEKS,
    today: date | None = None,
    patient_name: str = "",
    paper: Paper | None = None,
) -> int:
    """Write the clinician report for the last `weeks` weeks up to `today`; returns pages.

    Paper defaults to the locale's (Letter for the US system, else A4). Raises
    report.output_file.OutputError when `path` cannot be written; nothing is left
    half-written.
    """
    day = today or date.today()
    data = gather_report(store.history(), day, weeks, patient_name)
    return write_report_data(data, path, paper)
