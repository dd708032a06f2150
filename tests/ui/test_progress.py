"""The Progress screen: its charts draw the analysis figures, and follow the diary."""

from __future__ import annotations

import math
import time
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from itertools import count

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from coach.analysis.series import Granularity, build_progress
from coach.analysis.stats import compute_stats
from coach.core.records import (
    History,
    Injection,
    Kind,
    PlanRow,
    SessionRecord,
    SessionStatus,
    SymptomEntry,
)
from coach.demo import generate_history
from coach.store.database import Store
from coach.ui import app as app_module
from coach.ui import theme
from coach.ui.demo_data import (
    BANNER_TEXT,
    DEMO_MARKER,
    demo_folder_for,
    is_demo_folder,
    show_demo_banner,
)
from coach.ui.main_window import MainWindow
from coach.ui.progress_charts import DAY, ChartRange, DayAxis, day_x
from coach.ui.progress_view import ProgressView

TODAY = date(2026, 3, 29)  # a Sunday
CET = timezone(timedelta(hours=1))
EVERY_DAY = frozenset(range(7))
_ids = count(1)


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=CET)


def stretch(day: date, before: int | None = 5, after: int | None = 3, **kw) -> SessionRecord:
    return SessionRecord(
        id=f"s{next(_ids)}",
        routine_id=kw.pop("routine", "neck"),
        routine_title=kw.pop("title", "Neck release"),
        kind=Kind.STRETCH,
        started_at=at(day, kw.pop("hour", 9)),
        planned_seconds=600,
        active_seconds=600,
        steps_done=kw.pop("done", 8),
        steps_total=8,
        status=SessionStatus.COMPLETED,
        spasm_before=before,
        spasm_after=after,
        **kw,
    )


def rating(day: date, spasm: int, note: str = "", hour: int = 20) -> SymptomEntry:
    return SymptomEntry(id=f"y{next(_ids)}", recorded_at=at(day, hour), spasm=spasm, note=note)


def small_history() -> History:
    """Two weeks: stretches planned 3 a day, an injection on Mon 16 March.

    Done: 3 a day, except Wed 18 (one, half done) and Fri 20 (none). A rating each evening.
    """
    first = date(2026, 3, 16)
    sessions, symptoms = [], []
    for n in range(14):
        day = first + timedelta(days=n)
        done = {2: 1, 4: 0}.get(n, 3)
        for k in range(done):
            steps = 3 if n == 2 else 8
            sessions.append(stretch(day, before=4 + k % 2, after=3, hour=8 + k, done=steps))
        symptoms.append(rating(day, 3 + n % 4, note="Tight after driving" if n == 6 else ""))
    return History(
        sessions=tuple(sessions),
        symptoms=tuple(symptoms),
        injections=(Injection(id="inj1", date=first),),
        plan=(PlanRow(first, Kind.STRETCH, 3, EVERY_DAY),),
    )


class Launches(list):
    """Stands in for opening a second app window: records the folder instead."""

    def __call__(self, folder):
        self.append(folder)


@pytest.fixture
def store(data_dir):
    with Store.open(data_dir) as opened:
        yield opened


@pytest.fixture
def launches():
    return Launches()


@pytest.fixture
def make_view(qtbot, store, launches):
    def make(today: date = TODAY) -> ProgressView:
        view = ProgressView(store, today=lambda: today, launcher=launches, background=False)
        qtbot.addWidget(view)
        view.resize(1200, 900)
        view.show()
        view.refresh()
        return view

    return make


@pytest.fixture
def view(store, make_view):
    store.add_history(small_history())
    return make_view()


def finite(xs, ys):
    keep = ~np.isnan(ys)
    return np.asarray(xs)[keep], np.asarray(ys)[keep]


# --- the charts draw the analysis figures -------------------------------------------


def test_bars_and_line_equal_the_stats_days(view):
    view.set_range(ChartRange.WEEKS_4)
    stats = compute_stats(small_history(), None, None, TODAY)
    planned_days = [row for row in stats["days"] if row["planned"]]
    bar_x, bar_adherence = view.main_chart.bar_series()
    assert list(bar_x) == [day_x(date.fromisoformat(r["date"])) + DAY / 2 for r in planned_days]
    expected = [min(r["credits"], r["planned"]) / r["planned"] for r in planned_days]
    assert list(bar_adherence) == pytest.approx(expected)

    line_x, line_y = finite(*view.main_chart.line_series())
    rated = [r for r in stats["days"] if r["mean_spasm"] is not None]
    assert list(line_y) == pytest.approx([r["mean_spasm"] for r in rated])
    assert list(line_x) == [day_x(date.fromisoformat(r["date"])) + DAY / 2 for r in rated]


def test_injection_lines_stand_at_the_injection_dates(view):
    assert view.main_chart.injection_xs() == [day_x(date(2026, 3, 16))]
    first_band = view.main_chart.bands.spans()[0]
    assert (first_band[1], first_band[2]) == (date(2026, 3, 19), date(2026, 3, 29))


def test_hovering_a_day_shows_its_planned_done_spasm_and_notes(view):
    text = view.hover_text(date(2026, 3, 18))
    assert "Wednesday 18 Mar 2026" in text
    assert "½ of 3 planned sessions done (17%)" in text
    assert "Spasm: 4.5" in text  # ratings 5 (the evening) and 4 (before the session)
    assert "Day 2 since the injection" in text

    noted = view.hover_text(date(2026, 3, 22))
    assert "Notes: Tight after driving" in noted
    assert "Injection day" in view.hover_text(date(2026, 3, 16))


def test_pointing_at_a_day_fills_the_details_box(view):
    view.main_chart.point_at(date(2026, 3, 20))
    assert view.hover_label.text().startswith("Friday 20 Mar 2026")
    assert "0 of 3 planned sessions done (0%)" in view.hover_label.text()
    view.main_chart.point_at(None)
    assert "Point at a day" in view.hover_label.text()


def test_the_arrow_keys_step_through_the_days(view, qtbot):
    chart = view.main_chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.pointed == TODAY - timedelta(days=1)
    assert view.hover_label.text().startswith("Saturday 28 Mar 2026")
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Right)  # never past today
    assert chart.pointed == TODAY
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.pointed == date(2026, 3, 16)  # the first day in sight with a record


def test_the_tiles_say_their_figures_in_words(view):
    assert view.week_tile.value.text() == "100%"
    assert view.week_tile.caption.text() == "21 of 21 planned sessions so far"
    assert view.spasm_tile.caption.text().startswith(("↓ lower", "↑ higher", "→ about"))
    assert view.cycle_tile.value.text() == "Day 13"
    assert "effect starting (estimated)" in view.cycle_tile.caption.text()
    assert "16 Mar 2026" in view.cycle_tile.caption.text()


# --- ranges, pan and zoom ------------------------------------------------------------


@pytest.fixture
def long_view(store, make_view):
    store.add_history(generate_history(400, seed=3, today=TODAY, tz=CET))
    return make_view()


def visible_span(view) -> float:
    (x0, x1), _ = view.main_chart.view.viewRange()
    return (x1 - x0) / DAY


def test_range_buttons_change_the_visible_days_and_the_bar_size(long_view, qtbot):
    view = long_view
    qtbot.mouseClick(view.range_buttons[ChartRange.WEEKS_4], Qt.MouseButton.LeftButton)
    assert visible_span(view) == pytest.approx(28)
    assert view.main_chart.visible_days()[1] == TODAY
    assert view.main_chart.granularity is Granularity.DAY
    daily_bars = len(view.main_chart.bar_series()[0])
    assert view.range_buttons[ChartRange.WEEKS_4].isChecked()
    assert view.range_buttons[ChartRange.WEEKS_4].font().bold()

    qtbot.mouseClick(view.range_buttons[ChartRange.YEAR], Qt.MouseButton.LeftButton)
    assert visible_span(view) == pytest.approx(365)
    assert view.main_chart.granularity is Granularity.WEEK
    weekly = view.main_chart.bar_series()
    progress = view.progress
    assert len(weekly[0]) == sum(a is not None for a in progress.weeks.adherence)
    assert len(weekly[0]) < daily_bars * 10  # a bar per week now, not per day
    assert not view.range_buttons[ChartRange.WEEKS_4].font().bold()

    qtbot.mouseClick(view.range_buttons[ChartRange.ALL], Qt.MouseButton.LeftButton)
    assert visible_span(view) == pytest.approx(400)
    assert "by weeks" in view.range_label.text()


def test_weekly_hover_shows_the_weeks_figures(long_view):
    long_view.set_range(ChartRange.YEAR)
    text = long_view.hover_text(date(2026, 3, 4))
    assert text.startswith("Week of 2 Mar 2026")
    i = long_view.progress.weeks.index(date(2026, 3, 4))
    assert f"{long_view.progress.weeks.planned[i]} planned sessions" in text


def test_zoom_and_pan_stay_within_sensible_limits(long_view):
    chart = long_view.main_chart
    assert chart.view.state["mouseEnabled"] == [True, False]  # the y axes never move
    chart.view.setXRange(day_x(TODAY), day_x(TODAY) + DAY, padding=0)  # one day: too close
    assert visible_span(long_view) >= 10 - 1e-6
    chart.view.setXRange(day_x(TODAY) - 9000 * DAY, day_x(TODAY) + 900 * DAY, padding=0)
    (x0, x1), (y0, y1) = chart.view.viewRange()
    assert x0 >= day_x(long_view.progress.period.start) - 1
    assert x1 <= day_x(TODAY + timedelta(days=1)) + 1
    assert (y0, y1) == pytest.approx((0, 11.3))


# --- the charts follow the diary ------------------------------------------------------


def test_a_new_rating_reaches_the_charts_on_refresh(view, store):
    day = date(2026, 3, 25)
    before = view.progress.day_detail(day).level
    store.add_symptom(rating(day, 10, note="Very bad evening", hour=22))
    view.refresh()
    detail = view.progress.day_detail(day)
    assert detail.level > before
    assert "Very bad evening" in view.hover_text(day)
    xs, ys = finite(*view.main_chart.line_series())
    assert ys[list(xs).index(day_x(day) + DAY / 2)] == pytest.approx(detail.level)


def test_an_injection_added_in_the_diary_reaches_the_chart(view, store):
    store.add_injection(Injection(id="inj2", date=date(2026, 3, 27)))
    view.refresh()
    assert view.main_chart.injection_xs() == [
        day_x(date(2026, 3, 16)),
        day_x(date(2026, 3, 27)),
    ]
    assert view.cycle_tile.value.text() == "Day 2"


def test_showing_the_screen_again_without_changes_reads_nothing(view, store, monkeypatch):
    reads = []
    real = store.history
    monkeypatch.setattr(store, "history", lambda: reads.append(1) or real())
    view.refresh()
    view.refresh()
    assert reads == []
    store.add_symptom(rating(date(2026, 3, 29), 2, hour=23))
    view.refresh()
    assert reads == [1]


def test_a_hidden_screen_waits_to_be_shown_before_reading_again(view, store, monkeypatch):
    reads = []
    real = store.history
    monkeypatch.setattr(store, "history", lambda: reads.append(1) or real())
    view.hide()
    store.add_symptom(rating(date(2026, 3, 29), 2, hour=23))
    view.refresh()  # what the main window does when another screen saved
    assert reads == []
    view.show()
    view.refresh()  # what the main window does when it shows this screen
    assert reads == [1]


def test_the_worker_read_fills_the_screen_without_blocking(qtbot, store):
    store.add_history(small_history())
    view = ProgressView(store, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: view.progress is not None, timeout=10000)
    assert view.week_tile.value.text() == "100%"


# --- the worsening notice -------------------------------------------------------------


def worse(day: date, hour: int = 12) -> SessionRecord:
    return stretch(day, before=3, after=6, routine="desk", title="Desk micro-break", hour=hour)


def test_the_worsening_notice_appears_after_three_worse_sessions_in_a_row(view, store):
    assert not view.notice.isVisible()
    for day in (date(2026, 3, 25), date(2026, 3, 26), date(2026, 3, 27)):
        store.add_session(worse(day))
    view.refresh()
    assert view.notice.isVisible()
    assert "“Desk micro-break”" in view.notice_label.text()


def test_two_in_a_row_or_three_not_in_a_row_bring_no_notice(view, store):
    store.add_session(worse(date(2026, 3, 24)))
    store.add_session(worse(date(2026, 3, 25)))
    view.refresh()
    assert not view.notice.isVisible()
    store.add_session(replace(worse(date(2026, 3, 26)), spasm_after=3))  # fine this time
    store.add_session(worse(date(2026, 3, 27)))
    view.refresh()
    assert not view.notice.isVisible()


# --- empty and young diaries, and the example data ------------------------------------


def test_a_new_diary_shows_an_inviting_empty_state(store, make_view):
    view = make_view()
    assert view.empty.isVisible()
    assert not view.charts.isVisible()
    assert view.demo_button.isVisible() and view.demo_button.isEnabled()


def test_the_example_data_goes_to_its_own_folder_and_opens_there(
    store, make_view, launches, data_dir, qtbot
):
    view = make_view()
    qtbot.mouseClick(view.demo_button, Qt.MouseButton.LeftButton)
    demo = demo_folder_for(data_dir.resolve())
    assert launches == [demo], view.demo_status.text()
    assert demo != data_dir.resolve() and demo.parent == data_dir.resolve().parent
    assert is_demo_folder(demo)
    with Store.open(demo, daily_backup=False) as example:
        assert len(example.history().sessions) > 100
    assert store.is_empty()  # the patient's own diary is untouched
    assert "new window" in view.demo_status.text()

    # A second press opens the same example again without writing it twice.
    size = (demo / "coach.sqlite3").stat().st_size
    qtbot.mouseClick(view.demo_button, Qt.MouseButton.LeftButton)
    assert launches == [demo, demo]
    assert (demo / "coach.sqlite3").stat().st_size == size


def test_a_folder_holding_someone_elses_files_is_refused(make_view, launches, data_dir, qtbot):
    demo = demo_folder_for(data_dir.resolve())
    demo.mkdir(parents=True)
    (demo / "coach.sqlite3").write_bytes(b"someone's diary")
    view = make_view()
    qtbot.mouseClick(view.demo_button, Qt.MouseButton.LeftButton)
    assert launches == []
    assert "not example data" in view.demo_status.text()
    assert (demo / "coach.sqlite3").read_bytes() == b"someone's diary"
    assert not (demo / DEMO_MARKER).exists()


@pytest.mark.parametrize("example", [True, False])
def test_only_the_example_window_says_it_is_example_data(qapp, data_dir, monkeypatch, example):
    from coach.ui.demo_data import prepare_demo

    folder = prepare_demo(data_dir, today=TODAY, days=20) if example else data_dir
    seen = {}

    def fake_exec(self=None):
        # Stands in for the event loop: look at the window run_gui has just shown.
        (win,) = [
            w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        banner = win.menuWidget()
        seen["banner"] = banner.text() if banner is not None else None
        seen["title"] = win.windowTitle()
        win.close()
        win.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run_gui(folder) == 0
    if example:
        assert seen["banner"] == BANNER_TEXT
        assert "example data" in seen["title"]
    else:
        assert seen["banner"] is None
        assert seen["title"] == "Trapezius Coach"


def test_the_banner_runs_across_the_top_of_the_window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setWindowTitle("Trapezius Coach")
    banner = show_demo_banner(window)
    assert window.menuWidget() is banner
    assert banner.text().startswith("Example data — not your diary")
    assert window.windowTitle() == "Trapezius Coach — example data"


def test_one_week_of_records_draws_sensible_charts(store, make_view):
    first = TODAY - timedelta(days=6)
    store.add_plan_row(PlanRow(first, Kind.STRETCH, 2, EVERY_DAY))
    for n in range(7):
        store.add_session(stretch(first + timedelta(days=n), before=6, after=5))
    view = make_view()
    assert view.charts.isVisible() and not view.empty.isVisible()
    assert visible_span(view) >= 28  # never a squeezed week: a 4-week frame at least
    assert view.spasm_tile.caption.text() == "Not enough ratings last week to compare"
    assert view.week_tile.value.text() == "50%"  # one of two stretches a day
    assert view.streak_tile.value.text() == "0 weeks"
    assert "starts a streak" in view.streak_tile.caption.text()
    assert (
        view.cycle_empty.isVisible() and "No injection recorded yet" in view.cycle_empty.text()
    )
    assert not view.cycle_chart.isVisible()
    assert view.effect_bars.isVisible()
    assert "too few" not in view.effect_bars.row_texts()[0]
    assert view.effect_bars.row_texts()[0].startswith("Neck release: 1.0 points lower")


def test_a_diary_with_ratings_only_says_what_is_missing(store, make_view):
    store.add_symptom(rating(TODAY, 4))
    view = make_view()
    assert view.main_note.isVisible() and "No plan yet" in view.main_note.text()
    assert view.effect_empty.isVisible()
    assert view.week_tile.value.text() == "–"


# --- cycles, calendar and looks --------------------------------------------------------


def test_the_cycle_chart_labels_the_estimate_and_the_patients_own_date(store, make_view):
    store.add_history(generate_history(200, seed=2, today=TODAY, tz=CET))
    view = make_view()
    curves = view.progress.cycles
    assert 1 <= len(curves) <= 4
    labels = view.cycle_chart.label_texts()
    for curve, day, source in view.cycle_chart.marks:
        assert day == curve.wearing_off.day
        who = "you noted" if source.value == "patient" else "estimate"
        assert any(f"day {day}, {who}" in label for label in labels)
    legend = view.cycle_legend.text()
    for curve in curves:
        assert f"{curve.injection_date.day} " in legend
    styles = {view.cycle_chart.style_of(c) for c in curves}
    assert len({(s.dash, s.symbol) for s in styles}) == len(curves)  # apart without colour


def test_the_calendar_words_a_missed_day_and_a_day_without_a_plan(view):
    cal = view.calendar
    assert cal.text_at(date(2026, 3, 20)).endswith("0 of 3 planned sessions done (0%)")
    assert cal.text_at(date(2026, 3, 10)).endswith("no records yet")
    assert "injection day" in cal.text_at(date(2026, 3, 16))


def test_the_date_axis_reads_the_same_in_any_time_zone_and_locale(monkeypatch):
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")  # UTC+14: the furthest from UTC
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    time.tzset()
    try:
        axis = DayAxis()
        ticks = axis.tickValues(day_x(date(2026, 1, 1)), day_x(date(2026, 12, 31)), 900)
        ((spacing, values),) = ticks
        assert axis.tickStrings(values, 1, spacing)[:3] == ["2026", "Feb", "Mar"]
        short = axis.tickValues(day_x(date(2026, 3, 2)), day_x(date(2026, 3, 30)), 900)
        ((spacing, values),) = short
        assert axis.tickStrings(values, 1, spacing)[0] == "2 Mar"
        assert all(math.isclose(v % DAY, 0) for v in values)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_dark_mode_and_large_text_restyle_the_charts(view, qapp, qtbot):
    try:
        theme.apply_theme(qapp, theme.ColourMode.DARK, 2.0)
        qtbot.waitUntil(lambda: view.main_chart._palette.is_dark)
        assert view.effect_bars._scale == 2.0
        assert view.calendar._scale == 2.0
    finally:
        theme.apply_theme(qapp, theme.ColourMode.LIGHT, 1.0)
    qtbot.waitUntil(lambda: not view.main_chart._palette.is_dark)


def test_the_screen_is_in_the_navigation_and_built_only_when_opened(store, qtbot):
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert "Progress" in window.screen_titles()
    assert "progress" not in window._screens
    window.show_screen("progress")
    assert isinstance(window.current_screen(), ProgressView)


def test_series_match_what_the_screen_was_given(view):
    assert view.progress.days == build_progress(small_history(), TODAY).days
