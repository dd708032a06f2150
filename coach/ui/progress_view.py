"""The Progress screen: is the plan being kept, and do spasms follow it and the injections?

It shows what coach.analysis.series computes (the same figures as `coach stats --json`):
tiles for this week, the main chart of sessions done against spasm level, the spasm
course of the last injection cycles, what helps, and a calendar of the last 12 months.
Figures are recomputed only when the diary changed or the day turned over, so switching
screens back and forth costs nothing. A new diary gets an inviting empty state instead,
with a way to look around an example diary in a separate window.

pyqtgraph is imported here (through progress_charts), and this module is imported only
when Progress is first opened.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.analysis.series import Progress, build_progress
from coach.analysis.wearing_off import Source
from coach.store.database import Store
from coach.store.errors import StoreError
from coach.ui import theme
from coach.ui.calendar_heatmap import CalendarHeatmap
from coach.ui.core_words import worsening_words
from coach.ui.demo_data import DemoFolderError, Launcher, launch_app, prepare_demo
from coach.ui.i18n import decimal
from coach.ui.page import card, label, scroll_page
from coach.ui.progress_charts import (
    RANGE_DAYS,
    ChartRange,
    CycleChart,
    EffectBars,
    MainChart,
    chart_font,
    count_words,
    date_words,
    legend_label,
    level_words,
    main_legend_html,
    percent,
    phase_words,
)
from coach.ui.theme import TextRole

#: The widest the page grows (px at 100% text): charts like room, but not a cinema.
PAGE_MAX_WIDTH = 1180
#: Tiles per row when there is room for them side by side.
TILE_COLUMNS = 4

CALENDAR_CAPTION = QT_TRANSLATE_NOOP(
    "ProgressView", "Each square is a day: how much of that day's plan you did."
)
HOVER_HINT = QT_TRANSLATE_NOOP(
    "ProgressView", "Point at a day in the chart to see its sessions, spasm level and notes."
)
#: The range buttons' words, and what a screen reader says for each.
_RANGE_WORDS: dict[ChartRange, tuple[str, str]] = {
    ChartRange.WEEKS_4: (
        QT_TRANSLATE_NOOP("ProgressView", "4 weeks"),
        QT_TRANSLATE_NOOP("ProgressView", "Show 4 weeks"),
    ),
    ChartRange.MONTHS_3: (
        QT_TRANSLATE_NOOP("ProgressView", "3 months"),
        QT_TRANSLATE_NOOP("ProgressView", "Show 3 months"),
    ),
    ChartRange.YEAR: (
        QT_TRANSLATE_NOOP("ProgressView", "1 year"),
        QT_TRANSLATE_NOOP("ProgressView", "Show 1 year"),
    ),
    ChartRange.ALL: (
        QT_TRANSLATE_NOOP("ProgressView", "All"),
        QT_TRANSLATE_NOOP("ProgressView", "Show all"),
    ),
}


def _card(name: str) -> tuple[QFrame, QVBoxLayout]:
    frame, layout = card(padding=3)
    frame.setObjectName(name)
    return frame, layout


class Tile(QFrame):
    """One figure at the top: what it is, the number, and a line saying what it means."""

    def __init__(self, name: str, title: str) -> None:
        super().__init__()
        self.setObjectName(name)
        theme.set_role(self, "card")
        layout = QVBoxLayout(self)
        pad = theme.space(2.5)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(theme.space(0.5))
        self.title = label(title, "muted")
        self.value = label("", "title")
        self.caption = label("")
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_figure(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleName(
            self.tr("{title}: {value}. {caption}").format(
                title=self.title.text(), value=value, caption=caption
            )
        )

    @property
    def text(self) -> str:
        """The tile as one line, as a screen reader would say it."""
        return f"{self.title.text()}: {self.value.text()} — {self.caption.text()}"


class ProgressView(QWidget):
    """The Progress screen. refresh() re-reads the diary only if it changed."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
        launcher: Launcher | None = None,
        background: bool = True,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._today = today or date.today
        self._launcher = launcher if launcher is not None else launch_app
        # Reading 20 years of diary takes a moment: done on a worker thread (with its own
        # connection) so the window never freezes; tests read synchronously.
        self._background = background
        self._results = _Results(self)
        self._results.ready.connect(self._on_loaded)
        self._serial = 0
        self._seen: tuple[object, ...] | None = None
        self._details_pending = False
        self._look: tuple[str, float] | None = None
        self.progress: Progress | None = None
        self._tile_columns = 0
        self._build()
        self._apply_look()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        scroll, self._content, column = scroll_page(self, spacing=3)
        self._scroll = scroll
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The tiles and range buttons rearrange when the page's own width changes, which
        # the scroll area learns after this widget's resize event has passed.
        scroll.viewport().installEventFilter(self)

        heading = QVBoxLayout()
        heading.setSpacing(theme.space(0.5))
        heading.addWidget(label(self.tr("Progress"), "title"))
        self.subtitle = label("", "muted")
        heading.addWidget(self.subtitle)
        column.addLayout(heading)

        # The worsening notice comes first: it matters more than any chart.
        self.notice = QFrame()
        self.notice.setObjectName("worseningNotice")
        theme.set_role(self.notice, "notice")
        notice_layout = QVBoxLayout(self.notice)
        pad = theme.space(2.5)
        notice_layout.setContentsMargins(pad, pad, pad, pad)
        notice_layout.setSpacing(theme.space(1))
        notice_layout.addWidget(label(self.tr("Worth a word with your clinician"), "heading"))
        self.notice_label = label("")
        notice_layout.addWidget(self.notice_label)
        self.notice.hide()
        column.addWidget(self.notice)

        self.empty = self._build_empty()
        column.addWidget(self.empty)

        self.charts = QWidget()
        charts = QVBoxLayout(self.charts)
        charts.setContentsMargins(0, 0, 0, 0)
        charts.setSpacing(theme.space(3))
        self._tiles_grid = QGridLayout()
        self._tiles_grid.setSpacing(theme.space(2))
        self.week_tile = Tile("weekTile", self.tr("This week"))
        self.streak_tile = Tile("streakTile", self.tr("Goal streak"))
        self.spasm_tile = Tile("spasmTile", self.tr("Spasm this week"))
        self.cycle_tile = Tile("cycleTile", self.tr("Since the injection"))
        self.tiles = (self.week_tile, self.streak_tile, self.spasm_tile, self.cycle_tile)
        charts.addLayout(self._tiles_grid)
        charts.addWidget(self._build_main_card())
        charts.addWidget(self._build_cycle_card())
        charts.addWidget(self._build_effect_card())
        charts.addWidget(self._build_calendar_card())
        column.addWidget(self.charts)
        from coach.ui.clinician_card import ClinicianCard

        self.clinician_card = ClinicianCard(self._store, today=self._today)
        column.addWidget(self.clinician_card)
        column.addStretch(1)
        self._place_tiles(force=True)

    def _build_empty(self) -> QFrame:
        card, layout = _card("emptyProgress")
        layout.addWidget(label(self.tr("Your progress will show here"), "heading"))
        layout.addWidget(
            label(self.tr("Once you rate your spasms and do your routines, you will see:"))
        )
        for glyph, words in (
            ("▇", self.tr("how much of your plan you did each day, next to your spasm level")),
            ("◔", self.tr("how your spasms move through each injection cycle")),
            ("↓", self.tr("which routines ease your spasms the most")),
            ("▦", self.tr("a calendar of your last 12 months")),
        ):
            row = QHBoxLayout()
            row.setSpacing(theme.space(1.5))
            mark = label(glyph, "confirmed", wrap=False)
            mark.setFixedWidth(theme.space(3))
            row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label(words), 1)
            layout.addLayout(row)
        layout.addWidget(
            label(
                self.tr("Start on the Today screen: rate your spasms, or begin a routine."),
                "muted",
            )
        )
        layout.addSpacing(theme.space(1))
        self.demo_button = QPushButton(self.tr("Look around with example data"))
        self.demo_button.setObjectName("demoButton")
        theme.set_role(self.demo_button, "primary")
        self.demo_button.clicked.connect(self.open_demo)
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            label(
                self.tr(
                    "This opens a second window with a made-up year of diary entries, kept "
                    "in a separate folder. Your own diary is not touched."
                ),
                "small",
            )
        )
        self.demo_status = label("", "problem")
        self.demo_status.setObjectName("demoStatus")
        self.demo_status.hide()
        layout.addWidget(self.demo_status)
        card.hide()
        return card

    def _build_main_card(self) -> QFrame:
        card, layout = _card("mainChartCard")
        layout.addWidget(label(self.tr("Sessions and spasm"), "heading"))
        self.range_label = label("", "muted")
        layout.addWidget(self.range_label)

        self.range_buttons: dict[ChartRange, QPushButton] = {}
        self._range_group = QButtonGroup(self)
        self._range_group.setExclusive(True)
        self._range_row = QWidget()
        self._range_row.setObjectName("rangeButtons")
        self._range_grid = QGridLayout(self._range_row)
        self._range_grid.setContentsMargins(0, 0, 0, 0)
        self._range_grid.setSpacing(theme.space(1))
        self._range_columns = 0
        for choice in ChartRange:
            words, name = _RANGE_WORDS[choice]
            button = QPushButton(self.tr(words))
            button.setCheckable(True)
            button.setAccessibleName(self.tr(name))
            button.clicked.connect(lambda _=False, c=choice: self.set_range(c))
            self._range_group.addButton(button)
            self.range_buttons[choice] = button
        layout.addWidget(self._range_row)

        self.main_chart = MainChart()
        self.main_chart.setObjectName("mainChart")
        self.main_chart.hovered.connect(self._on_hovered)
        self.main_chart.rangeChanged.connect(self._on_range_changed)
        layout.addWidget(self.main_chart, 1)
        self.main_legend = legend_label()
        layout.addWidget(self.main_legend)
        self.main_note = label("", "muted")
        self.main_note.hide()
        layout.addWidget(self.main_note)

        self.hover_box = QFrame()
        theme.set_role(self.hover_box, "confirmation")
        hover_layout = QVBoxLayout(self.hover_box)
        hover_layout.setContentsMargins(
            theme.space(2), theme.space(1.5), theme.space(2), theme.space(1.5)
        )
        self.hover_label = label(self.tr(HOVER_HINT))
        self.hover_label.setObjectName("hoverLabel")
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hover_layout.addWidget(self.hover_label)
        layout.addWidget(self.hover_box)
        self.range_buttons[ChartRange.MONTHS_3].setChecked(True)
        return card

    def _build_cycle_card(self) -> QFrame:
        card, layout = _card("cycleCard")
        layout.addWidget(label(self.tr("Spasm through each injection cycle"), "heading"))
        layout.addWidget(
            label(
                self.tr(
                    "Your last injection cycles side by side, by day since the injection. "
                    "Each line is the 7-day mean of your spasm ratings. A rise toward the end "
                    "is the injection wearing off, which is common and expected."
                ),
                "muted",
            )
        )
        self.cycle_chart = CycleChart()
        self.cycle_chart.setObjectName("cycleChart")
        layout.addWidget(self.cycle_chart)
        self.cycle_legend = legend_label()
        layout.addWidget(self.cycle_legend)
        self.cycle_note = label("", "small")
        layout.addWidget(self.cycle_note)
        self.cycle_empty = label("", "muted")
        layout.addWidget(self.cycle_empty)
        return card

    def _build_effect_card(self) -> QFrame:
        card, layout = _card("effectCard")
        layout.addWidget(label(self.tr("What helps"), "heading"))
        layout.addWidget(
            label(
                self.tr(
                    "How much your spasm rating changed from before to after a session, on "
                    "average, for each routine."
                ),
                "muted",
            )
        )
        self.effect_bars = EffectBars()
        self.effect_bars.setObjectName("effectBars")
        layout.addWidget(self.effect_bars)
        self.effect_note = label(
            self.tr(
                "A drop of about 2 points is what people tend to feel as a real change; "
                "smaller drops can still be worth having. These are your own ratings, not a "
                "test, and a routine can help in ways a rating does not show."
            ),
            "small",
        )
        layout.addWidget(self.effect_note)
        self.effect_empty = label(
            self.tr(
                "Nothing to compare yet. Rate your spasm before and after a session (the "
                "app asks at the start and the end) and each routine's typical change shows "
                "here."
            ),
            "muted",
        )
        layout.addWidget(self.effect_empty)
        return card

    def _build_calendar_card(self) -> QFrame:
        card, layout = _card("calendarCard")
        layout.addWidget(label(self.tr("The last 12 months"), "heading"))
        self.calendar_caption = label(self.tr(CALENDAR_CAPTION), "muted")
        layout.addWidget(self.calendar_caption)
        self.calendar = CalendarHeatmap()
        self.calendar.setObjectName("calendar")
        self.calendar.shownWeeksChanged.connect(self._on_calendar_weeks)
        layout.addWidget(self.calendar)
        return card

    @Slot(int)
    def _on_calendar_weeks(self, shown: int) -> None:
        total = self.calendar.calendar.weeks if self.calendar.calendar else shown
        text = self.tr(CALENDAR_CAPTION)
        if shown < total:
            text += " " + self.tr(
                "Only the last {n} weeks fit; a wider window shows the whole year."
            ).format(n=shown)
        self.calendar_caption.setText(text)

    # --- data -------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Re-read the diary and redraw, if it changed or the day turned over."""
        if self.progress is not None and not self.isVisible():
            # Another screen saved something: read it when this one is next shown (the
            # main window refreshes the screen it shows), not while the patient is busy.
            return
        today = self._today()
        changes = _changes(self._store)
        seen = (today, changes)
        if changes is not None and seen == self._seen:
            return  # drawn already, or being read right now
        self._seen = seen
        self._serial += 1
        if not self._background:
            self._on_loaded(self._serial, _load(self._store, today))
            return
        if self.progress is None:
            self.subtitle.setText(self.tr("Reading your diary…"))
        serial, folder, results = self._serial, self._store.data_dir, self._results

        def work() -> None:
            # Its own connection: a sqlite3 connection belongs to the thread that made it.
            try:
                with Store.open(folder, daily_backup=False) as reader:
                    outcome: Progress | Exception = _load(reader, today)
            except Exception as error:  # reported on the screen, never lost in a thread
                outcome = error
            with contextlib.suppress(RuntimeError):  # the screen was closed meanwhile
                results.ready.emit(serial, outcome)

        QThreadPool.globalInstance().start(work)

    @Slot(int, object)
    def _on_loaded(self, serial: int, outcome: object) -> None:
        if serial != self._serial:
            return  # a newer read is on its way
        if isinstance(outcome, Progress):
            self.show_progress(outcome)
        else:
            self._seen = None  # try again next time
            self.subtitle.setText(
                self.tr("Your diary could not be read: {problem}").format(problem=outcome)
            )

    def show_progress(self, progress: Progress, *, staged: bool | None = None) -> None:
        """Draw a computed Progress (refresh() does this after reading the diary).

        Staged (the default when reading in the background): the tiles and the main chart
        are drawn now and the cards below them on the next turn of the event loop, so the
        part in sight appears sooner. Otherwise all at once.
        """
        self.progress = progress
        empty = not progress.has_records
        self.empty.setVisible(empty)
        self.charts.setVisible(not empty)
        self._show_notice(progress)
        if empty:
            self.subtitle.setText(self.tr("Nothing recorded yet."))
            return
        self.subtitle.setText(
            self.tr(
                "From your first entry on {day} to today. "
                "The same figures go into the clinician report."
            ).format(day=date_words(progress.period.start))
        )
        self._show_tiles(progress)
        first_time = self.main_chart.progress is None
        self.main_chart.set_progress(progress)
        if first_time:
            # A young diary opens on the range that holds it, not on empty months.
            young = progress.period.length <= RANGE_DAYS[ChartRange.WEEKS_4]
            self.set_range(ChartRange.WEEKS_4 if young else ChartRange.MONTHS_3)
        self._on_hovered(self.main_chart.pointed)  # the details follow the new figures
        self._show_main_note(progress)
        if staged if staged is not None else self._background:
            if not self._details_pending:
                self._details_pending = True
                QTimer.singleShot(0, self, self._show_details)
        else:
            self._show_details()

    @Slot()
    def _show_details(self) -> None:
        """The cards below the main chart: cycles, what helps and the calendar."""
        self._details_pending = False
        progress = self.progress
        if progress is None or not progress.has_records:
            return
        self._show_cycles(progress)
        self._show_effects(progress)
        self.calendar.set_calendar(progress.calendar, progress.injections)

    def _show_notice(self, progress: Progress) -> None:
        texts = [worsening_words(n) for n in progress.worsening]
        self.notice_label.setText("\n\n".join(texts))
        self.notice.setVisible(bool(texts))

    def _show_tiles(self, progress: Progress) -> None:
        t = progress.tiles
        if t.week_planned:
            self.week_tile.show_figure(
                percent(t.week_adherence),
                self.tr("{done} of {planned} planned sessions so far").format(
                    done=count_words(t.week_credits), planned=t.week_planned
                ),
            )
        elif t.week_credits:
            self.week_tile.show_figure(
                "–",
                self.tr("Nothing planned this week; {n} done").format(
                    n=count_words(t.week_credits)
                ),
            )
        else:
            self.week_tile.show_figure("–", self.tr("Nothing planned this week"))

        weeks = t.streak_weeks
        if weeks:
            self.streak_tile.show_figure(
                self.tr("1 week") if weeks == 1 else self.tr("{n} weeks").format(n=weeks),
                self.tr("in a row at 80% of the plan or more"),
            )
        else:
            self.streak_tile.show_figure(
                self.tr("{n} weeks").format(n=0),
                self.tr("A full week at 80% of your plan or more starts a streak"),
            )

        now, before = t.spasm_this_week, t.spasm_last_week
        if now is None:
            self.spasm_tile.show_figure("–", self.tr("No ratings yet this week"))
        elif before is None:
            self.spasm_tile.show_figure(
                level_words(now), self.tr("Not enough ratings last week to compare")
            )
        else:
            shown_now, shown_before = round(now, 1), round(before, 1)
            if shown_now < shown_before:
                words = "↓ " + self.tr("lower than last week ({level})")
            elif shown_now > shown_before:
                words = "↑ " + self.tr("higher than last week ({level})")
            else:
                words = "→ " + self.tr("about the same as last week ({level})")
            words = words.format(level=decimal(before))
            self.spasm_tile.show_figure(level_words(now), words)

        if t.cycle is None or t.phase is None:
            self.cycle_tile.show_figure("–", self.tr("No injection recorded yet"))
        else:
            source = t.phase_source
            self.cycle_tile.show_figure(
                self.tr("Day {n}").format(n=t.cycle.day),
                self.tr("{phase} · injection on {day}").format(
                    phase=phase_words(t.phase, source), day=date_words(t.cycle.injection_date)
                ),
            )

    def _show_main_note(self, progress: Progress) -> None:
        notes = []
        if not any(v is not None for v in progress.days.level):
            notes.append(
                self.tr("No spasm ratings yet: rate your spasms on Today and a line appears.")
            )
        if not any(progress.days.planned):
            notes.append(
                self.tr("No plan yet: once you set one, bars show how much of it you did.")
            )
        self.main_note.setText(" ".join(notes))
        self.main_note.setVisible(bool(notes))

    def _show_cycles(self, progress: Progress) -> None:
        curves = progress.cycles
        drawable = [c for c in curves if any(v is not None for v in c.recent)]
        self.cycle_chart.set_curves(curves)
        has_lines = bool(drawable)
        self.cycle_chart.setVisible(has_lines)
        self.cycle_legend.setVisible(has_lines)
        self.cycle_note.setVisible(has_lines)
        if not curves:
            self.cycle_empty.setText(
                self.tr(
                    "No injection recorded yet. Once you add one in the Diary, each cycle's "
                    "spasm course shows here."
                )
            )
        elif not has_lines:
            self.cycle_empty.setText(
                self.tr(
                    "Not enough ratings since the injection yet: a line needs about 4 "
                    "ratings in a week."
                )
            )
        self.cycle_empty.setVisible(not has_lines)
        if has_lines:
            self.cycle_legend.setText(self.cycle_chart.legend_html(theme.current_palette()))
            marks = {source for _, _, source in self.cycle_chart.marks}
            words = []
            if Source.ESTIMATE in marks:
                words.append(
                    self.tr(
                        "☆ “estimate”: the first day your 7-day mean rose 2 points or more "
                        "above the calmest fortnight of that cycle."
                    )
                )
            if Source.PATIENT in marks:
                words.append(self.tr("☆ “you noted”: the day you entered for the wearing-off."))
            self.cycle_note.setText(" ".join(words))
            self.cycle_note.setVisible(bool(words))

    def _show_effects(self, progress: Progress) -> None:
        effects = progress.effects
        self.effect_bars.set_effects(effects)
        self.effect_bars.setVisible(bool(effects))
        self.effect_note.setVisible(bool(effects))
        self.effect_empty.setVisible(not effects)

    # --- interaction ------------------------------------------------------------------

    def set_range(self, choice: ChartRange) -> None:
        """Show the last 4 weeks, 3 months, year or all of the main chart."""
        choice = ChartRange(choice)
        self.range_buttons[choice].setChecked(True)
        for c, button in self.range_buttons.items():
            font = button.font()
            font.setBold(c is choice)  # the chosen range is never shown by colour alone
            button.setFont(font)
        self.main_chart.set_range(choice)

    @Slot()
    def _on_range_changed(self) -> None:
        first, last = self.main_chart.visible_days()
        by_day = self.main_chart.granularity.value == "day"
        words = (
            self.tr("Showing {first} to {last}, by days. Drag to move, scroll to zoom.")
            if by_day
            else self.tr("Showing {first} to {last}, by weeks. Drag to move, scroll to zoom.")
        )
        self.range_label.setText(words.format(first=date_words(first), last=date_words(last)))

    @Slot(object)
    def _on_hovered(self, day: date | None) -> None:
        self.hover_label.setText(
            self.tr(HOVER_HINT) if day is None else self.main_chart.hover_text(day)
        )

    def hover_text(self, day: date) -> str:
        """What the details box says when pointing at `day` in the main chart."""
        return self.main_chart.hover_text(day)

    @Slot()
    def open_demo(self) -> None:
        """Write the example diary into its own folder and open it in a new window."""
        self.demo_status.hide()
        try:
            folder = prepare_demo(self._store.data_dir)
        except DemoFolderError as error:
            self._say(str(error))
            return
        try:
            self._launcher(folder)
        except OSError as error:
            self._say(
                self.tr("The example window could not be opened: {problem}").format(
                    problem=error
                )
            )
            return
        self._say(self.tr("The example diary is opening in a new window."), ok=True)

    def _say(self, text: str, *, ok: bool = False) -> None:
        self.demo_status.setText(text)
        theme.set_role(self.demo_status, "confirmed" if ok else "problem")
        self.demo_status.show()

    # --- look and size ----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._apply_look)

    def _apply_look(self) -> None:
        app = QApplication.instance()
        palette = theme.current_palette(app)
        scale = theme.current_text_scale(app)
        if self._look == (palette.name, scale):
            return  # style events come in bursts; restyling the charts is not free
        self._look = (palette.name, scale)
        self._content.setMaximumWidth(round(PAGE_MAX_WIDTH * max(1.0, scale * 0.85)))
        # The empty state is words only: a reading width, not a chart width.
        self.empty.setMaximumWidth(round(theme.CONTENT_MAX_WIDTH * scale))
        self.main_chart.apply_look(palette, scale)
        self.cycle_chart.apply_look(palette, scale)
        self.effect_bars.set_scale(scale)
        self.calendar.set_scale(scale)
        self.main_legend.setText(main_legend_html(palette))
        if self.progress is not None and self.progress.cycles:
            self.cycle_legend.setText(self.cycle_chart.legend_html(palette))
        self._range_row.setStyleSheet(_range_style(palette))
        # Larger text takes room from the plot inside; the charts grow to give it back.
        self.main_chart.setMinimumHeight(round(320 * min(1.6, scale)))
        self.cycle_chart.setMinimumHeight(round(280 * min(1.8, scale)))
        self._place_tiles(force=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._scroll.viewport():
            self._place_tiles()
        return False

    def _page_width(self) -> int:
        # The content column's width once laid out (the viewport less the page margins).
        room = self._scroll.viewport().width() - 2 * theme.space(4)
        return min(room, self._content.maximumWidth())

    def _place_tiles(self, *, force: bool = False) -> None:
        """Four tiles in a row where they fit, else two, else one under the other."""
        width = self._page_width()
        # A tile must hold its big number ("3 weeks") and a short line beside nothing else.
        # Measured with the title font itself: asking a label not yet shown for its font
        # metrics would make Qt style it early, which is slow.
        font = chart_font(theme.current_text_scale(QApplication.instance()), TextRole.TITLE)
        font.setWeight(QFont.Weight.DemiBold)
        widest = QFontMetricsF(font).horizontalAdvance(
            self.tr("{n} weeks").format(n=12)
        ) + theme.space(8)
        least = max(widest, 190)
        spacing = self._tiles_grid.spacing()
        columns = next(
            (n for n in (TILE_COLUMNS, 2) if n * least + (n - 1) * spacing <= width), 1
        )
        if columns != self._tile_columns or force:
            self._tile_columns = columns
            for tile in self.tiles:
                self._tiles_grid.removeWidget(tile)
            for i, tile in enumerate(self.tiles):
                self._tiles_grid.addWidget(tile, i // columns, i % columns)
            for c in range(TILE_COLUMNS):
                self._tiles_grid.setColumnStretch(c, 1 if c < columns else 0)
        self._place_range_buttons(width - 2 * theme.space(3), force=force)

    def _place_range_buttons(self, width: int, *, force: bool = False) -> None:
        """The range buttons in one row where they fit, else two by two."""
        buttons = list(self.range_buttons.values())
        spacing = self._range_grid.spacing()
        widths = [b.sizeHint().width() for b in buttons]
        columns = 4 if sum(widths) + 3 * spacing <= width else 2
        if columns == self._range_columns and not force:
            return
        self._range_columns = columns
        for button in buttons:
            self._range_grid.removeWidget(button)
        for i, button in enumerate(buttons):
            self._range_grid.addWidget(button, i // columns, i % columns)
        for c in range(5):
            self._range_grid.setColumnStretch(c, 1 if c == columns else 0)


class _Results(QObject):
    """Carries a finished read from the worker thread to the screen (a queued signal)."""

    ready = Signal(int, object)


def _load(store: Store, today: date) -> Progress | Exception:
    """Read the whole diary and compute the series; a failure is returned, not raised."""
    try:
        return build_progress(store.history(), today)
    except StoreError as error:
        return error


def _changes(store: Store) -> object:
    """A number that moves whenever this app wrote to the diary (None: always re-read)."""
    # sqlite3's count of rows changed through this connection: every screen writes
    # through the one Store, so an unchanged count means unchanged records.
    return getattr(getattr(store, "conn", None), "total_changes", None)


def _range_style(p: theme.Palette) -> str:
    """The range buttons: a chosen one is filled, bold and framed in ink."""
    return f"""
QPushButton {{ padding: 6px 18px; }}
QPushButton:checked {{
    background: {p.primary}; color: {p.on_primary}; border: 3px solid {p.text};
}}
"""
