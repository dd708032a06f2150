"""The clinician report, read back from the PDF the way a clinician's viewer reads it."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QLocale

from coach import __version__
from coach.analysis.stats import compute_stats
from coach.analysis.wearing_off import estimate_wearing_off
from coach.core.records import (
    History,
    Injection,
    Kind,
    PlanRow,
    SessionRecord,
    SessionStatus,
    SideEffect,
    SymptomEntry,
)
from coach.demo import generate_history
from coach.report import pdf_report
from coach.report.output_file import OutputError
from coach.report.pdf_report import Paper, paper_for_locale, write_report, write_report_data
from coach.report.report_data import TABLE_WEEKS, gather_report
from coach.store.database import Store

TODAY = date(2026, 11, 26)  # a Thursday
LONDON = timezone(timedelta(0))
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# --- reading the PDF back ------------------------------------------------------------------


def pdf_rows(path: Path) -> list[list[list[str]]]:
    """Per page, the lines of text as a reader sees them: cells left to right, top down."""
    pages = []
    for page in pypdf.PdfReader(path).pages:
        rows: dict[float, list[tuple[float, str]]] = {}

        def visit(text, cm, tm, font, size, rows=rows):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                rows.setdefault(round(y, 1), []).append((x, " ".join(text.split())))

        page.extract_text(visitor_text=visit)
        pages.append([[t for _, t in sorted(rows[y])] for y in sorted(rows, reverse=True)])
    return pages


def pdf_text(path: Path) -> str:
    """All the text in drawing order, one space between words (a wrapped sentence reads
    as one, and a box's words are not interleaved with its neighbour's)."""
    pages = pypdf.PdfReader(path).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


def row_starting(rows: list[list[str]], first: str, table: bool = False) -> list[str]:
    """The first line starting with `first`; with table=True, a weekly table row."""
    found = [
        cells
        for cells in rows
        if cells
        and cells[0] == first
        and (not table or (len(cells) > 1 and ("/" in cells[1] or cells[1] == "–")))
    ]
    assert found, f"no line starts with {first!r}"
    return found[0]


def day_month(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_month_year(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


# --- diaries -------------------------------------------------------------------------------


def store_with(tmp_path: Path, history: History) -> Store:
    store = Store.open(tmp_path / "diary", daily_backup=False)
    if not history.is_empty():
        store.add_history(history)
    return store


@pytest.fixture(scope="module")
def demo() -> History:
    return generate_history(300, seed=7, today=TODAY)


def stamp(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=LONDON)


def symptom(day: date, spasm: int, note: str = "", hour: int = 20) -> SymptomEntry:
    return SymptomEntry(f"y-{day}-{hour}", stamp(day, hour), spasm, note=note)


def session(day: date, before: int, after: int, hour: int = 9) -> SessionRecord:
    return SessionRecord(
        id=f"s-{day}-{hour}",
        routine_id="neck-shoulder-release",
        routine_title="Gentle neck & shoulder release",
        kind=Kind.STRETCH,
        started_at=stamp(day, hour),
        planned_seconds=716,
        active_seconds=700,
        steps_done=10,
        steps_total=10,
        status=SessionStatus.COMPLETED,
        spasm_before=before,
        spasm_after=after,
    )


EARLIER = date(2026, 6, 10)
INJECTED = date(2026, 9, 9)  # inside the 12 weeks up to TODAY (from Monday 7 September)
WORN_FROM = 56  # spasm jumps from 2 to 6 on this cycle day


def hand_made() -> History:
    """One cycle that clearly wears off, side effects, three worse sessions, ten notes."""

    def level(day: date) -> int:
        return 2 if (day - INJECTED).days < WORN_FROM else 6

    days = [INJECTED + timedelta(days=d) for d in range((TODAY - INJECTED).days + 1)]
    symptoms = [symptom(day, level(day)) for day in days]
    noted = [
        symptom(day, level(day), note=f"Note number {n:02d}", hour=12)
        for n in range(1, 11)
        for day in [TODAY - timedelta(days=3 * n)]
    ]
    worse = [session(TODAY - timedelta(days=d), 3, 6) for d in (6, 5, 4)]
    injections = (
        Injection("i-earlier", EARLIER, product="Botox", units=200),
        Injection(
            "i-period",
            INJECTED,
            product="Dysport",
            units=500,
            muscles="left SCM",
            onset_noticed=INJECTED + timedelta(days=8),
            side_effects=(
                SideEffect("swallowing", INJECTED + timedelta(days=6)),
                SideEffect("dry mouth"),
            ),
        ),
    )
    plan = (PlanRow(date(2026, 1, 1), Kind.STRETCH, 1, frozenset(range(7)), ("08:30",)),)
    return History(tuple(worse), tuple(symptoms + noted), injections, plan)


# --- the page -------------------------------------------------------------------------------


def test_report_has_period_name_scale_note_and_maker(tmp_path, demo):
    out = tmp_path / "report.pdf"
    with store_with(tmp_path, demo) as store:
        pages = write_report(store, out, 12, TODAY, "Jane Doe", Paper.A4)
    assert 1 <= pages <= 2
    assert len(pypdf.PdfReader(out).pages) == pages
    text = pdf_text(out)
    assert "7 Sep – 26 Nov 2026" in text  # the last 12 ISO weeks, this one so far
    assert "Patient: Jane Doe" in text
    assert "a personal rating, not a clinical scale" in text
    assert f"Trapezius Coach {__version__} on 26 Nov 2026" in text


def test_every_adherence_and_spasm_figure_equals_stats(tmp_path, demo):
    out = tmp_path / "report.pdf"
    with store_with(tmp_path, demo) as store:
        write_report(store, out, 12, TODAY, "", Paper.A4)
    stats = compute_stats(demo, date(2026, 9, 7), TODAY, TODAY)
    rows = [cells for page in pdf_rows(out) for cells in page]
    assert len(stats["weeks"]) == 12
    for week in stats["weeks"]:
        start = date.fromisoformat(week["week_start"])
        label = day_month(start) + ("" if start + timedelta(days=6) <= TODAY else " *")
        cells = row_starting(rows, label, table=True)
        assert cells[5] == f"{week['adherence']:.0%}", label
        assert cells[6] == f"{week['mean_spasm']:.1f}", label
    period = row_starting(rows, "All weeks")
    kinds = ("stretch", "heat", "breathing", "relaxation")
    assert period[1:5] == [f"{stats['by_kind'][k]['adherence']:.0%}" for k in kinds]
    assert period[5:7] == [f"{stats['adherence']:.0%}", f"{stats['mean_spasm']:.1f}"]
    text = pdf_text(out)
    assert f"{stats['credits']:g} done of {stats['planned']} planned sessions" in text
    for rid, effect in stats["effect_by_routine"].items():
        title = next(s.routine_title for s in demo.sessions if s.routine_id == rid)
        if any(title == cells[0] for cells in rows):
            cells = row_starting(rows, title)
            assert cells[1] == str(effect["sessions"])


def test_injections_show_dates_days_between_and_noticed_days(tmp_path):
    out = tmp_path / "report.pdf"
    history = hand_made()
    with store_with(tmp_path, history) as store:
        write_report(store, out, 12, TODAY, "", Paper.A4)
    rows = [cells for page in pdf_rows(out) for cells in page]
    cells = row_starting(rows, day_month_year(INJECTED))
    levels = [2.0 if d < WORN_FROM else 6.0 for d in range((TODAY - INJECTED).days + 1)]
    estimate = estimate_wearing_off(levels)
    assert estimate is not None
    worn = INJECTED + timedelta(days=estimate.day)
    assert cells[1:5] == [
        "Dysport, 500 U",
        str((INJECTED - EARLIER).days),
        f"{day_month(INJECTED + timedelta(days=8))} (day 8)",
        f"estimated {day_month(worn)} (day {estimate.day})",
    ]
    text = pdf_text(out)
    assert "Muscles: left SCM" in text
    assert "swallowing (noticed 15 Sep, day 6 after the 9 Sep injection)" in text
    assert "dry mouth (after the 9 Sep injection, date not given)" in text


def test_worsening_notice_and_only_the_newest_notes(tmp_path):
    out = tmp_path / "report.pdf"
    with store_with(tmp_path, hand_made()) as store:
        write_report(store, out, 12, TODAY, "", Paper.A4)
    text = pdf_text(out)
    assert "Worth going over together" in text
    assert "“Gentle neck & shoulder release” in a row" in text
    for n in range(1, 9):
        assert f"Note number {n:02d}" in text
    assert "Note number 09" not in text
    assert "Note number 10" not in text
    assert "8 of 10" in text


def test_an_empty_diary_still_makes_a_page_that_says_so(tmp_path):
    out = tmp_path / "report.pdf"
    with store_with(tmp_path, History()) as store:
        pages = write_report(store, out, 12, TODAY, "", Paper.A4)
    assert pages == 1
    text = pdf_text(out)
    assert "Nothing to show yet" in text
    assert "7 Sep – 26 Nov 2026" in text


def test_a_quiet_period_names_the_latest_entry(tmp_path):
    history = History(symptoms=(symptom(date(2025, 3, 4), 5),))
    out = tmp_path / "report.pdf"
    with store_with(tmp_path, history) as store:
        write_report(store, out, 12, TODAY, "", Paper.A4)
    text = pdf_text(out)
    assert "Nothing to show yet for this period" in text
    assert "latest entry is from 4 Mar 2025" in text


def test_a_new_diary_starts_the_period_on_its_first_day(tmp_path):
    first = TODAY - timedelta(days=10)
    history = History(symptoms=tuple(symptom(first + timedelta(days=d), 4) for d in range(11)))
    data = gather_report(history, TODAY, 12)
    assert data.period.start == first
    assert len(data.weeks) == 2


def test_a_long_period_lists_the_latest_weeks_and_says_so(tmp_path, demo):
    out = tmp_path / "report.pdf"
    data = gather_report(demo, TODAY, 30)
    pages = write_report_data(data, out, Paper.A4)
    assert pages <= 2
    text = pdf_text(out)
    assert f"The last {TABLE_WEEKS} of 30 weeks" in text
    rows = [cells for page in pdf_rows(out) for cells in page]
    first_listed = data.weeks[-TABLE_WEEKS].week_start
    row_starting(rows, day_month(first_listed), table=True)
    with pytest.raises(AssertionError):
        row_starting(rows, day_month(first_listed - timedelta(days=7)), table=True)


def test_words_stay_searchable_without_ligatures(tmp_path, demo):
    out = tmp_path / "report.pdf"
    with store_with(tmp_path, demo) as store:
        write_report(store, out, 12, TODAY, "", Paper.A4)
    text = pypdf.PdfReader(out).pages[0].extract_text()
    assert "Benefit noticed" in " ".join(text.split())
    assert "\ufb01" not in text  # the "fi" ligature


def test_charts_are_vector_paths_not_images(tmp_path, demo):
    out = tmp_path / "report.pdf"
    with store_with(tmp_path, demo) as store:
        write_report(store, out, 12, TODAY, "", Paper.A4)
    for page in pypdf.PdfReader(out).pages:
        objects = page["/Resources"].get("/XObject")
        images = [
            name
            for name, ref in (objects.get_object().items() if objects is not None else [])
            if ref.get_object().get("/Subtype") == "/Image"
        ]
        assert images == []
        assert (
            b" re" in page.get_contents().get_data() or b" l" in page.get_contents().get_data()
        )


@pytest.mark.parametrize(
    ("paper", "size"), [(Paper.A4, (595, 842)), (Paper.LETTER, (612, 792))]
)
def test_paper_size(tmp_path, demo, paper, size):
    out = tmp_path / "report.pdf"
    with store_with(tmp_path, demo) as store:
        write_report(store, out, 12, TODAY, "", paper)
    reader = pypdf.PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    assert len(reader.pages) == 1  # the full demo report fits one page on either paper


def test_paper_follows_the_locale():
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    uk = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert paper_for_locale(us) == Paper.LETTER
    assert paper_for_locale(uk) == Paper.A4
    assert paper_for_locale(de) == Paper.A4


def test_a_missing_folder_is_refused_clearly(tmp_path, demo):
    with (
        store_with(tmp_path, demo) as store,
        pytest.raises(OutputError, match="no such folder"),
    ):
        write_report(store, tmp_path / "nowhere" / "report.pdf", 12, TODAY)


def test_a_failed_report_leaves_the_earlier_file_and_no_leftovers(tmp_path, demo, monkeypatch):
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    out.write_bytes(b"the report from last time")

    def broken(data, device):
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(pdf_report, "render_report", broken)
    with store_with(tmp_path, demo) as store, pytest.raises(RuntimeError):
        write_report(store, out, 12, TODAY)
    assert out.read_bytes() == b"the report from last time"
    assert sorted(p.name for p in out.parent.iterdir()) == ["report.pdf"]


def test_the_report_file_is_private(tmp_path, demo):
    out = tmp_path / "report.pdf"
    with store_with(tmp_path, demo) as store:
        write_report(store, out, 12, TODAY)
    assert out.stat().st_mode & 0o077 == 0  # health data: readable by its owner only


BLOCKER = """
import importlib.abc, sys

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"PySide6", "shiboken6", "pyqtgraph"}:
            raise ImportError(f"{name} is blocked")
        return None

sys.meta_path.insert(0, Block())
import coach.report.report_data, coach.report.report_format, coach.report.calendar_export
import coach.core.ics
"""


def test_report_figures_and_calendar_need_no_qt():
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
