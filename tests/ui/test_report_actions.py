"""The report and calendar buttons' actions, with their dialogs stood in for."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar
import pypdf
from PySide6.QtCore import QObject, Signal

from coach.core.records import History, Kind, PlanRow, SymptomEntry
from coach.report.pdf_report import Paper
from coach.store.database import Store
from coach.ui.report_actions import (
    preview_report,
    print_report,
    report_file_name,
    save_calendar,
    save_report,
)

TODAY = date(2026, 11, 26)
UTC = UTC


def diary(tmp_path, *, plan: bool = True) -> Store:
    store = Store.open(tmp_path / "diary", daily_backup=False)
    symptoms = tuple(
        SymptomEntry(
            f"y{d}",
            datetime(2026, 11, 1, 20, tzinfo=UTC) + timedelta(days=d),
            4,
            note="Stiff today" if d == 3 else "",
        )
        for d in range(20)
    )
    rows = (PlanRow(date(2026, 1, 1), Kind.STRETCH, 2, frozenset(range(5)), ("08:30",)),)
    store.add_history(History(symptoms=symptoms, plan=rows if plan else ()))
    return store


class Asked:
    """A save dialog that answers with a set path and remembers what it was offered."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.suggested: str | None = None

    def __call__(self, parent, caption, suggested, filter_):
        self.suggested = suggested
        return self.answer


class Told:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def __call__(self, parent, title, text):
        self.messages.append((title, text))


def test_save_report_writes_the_chosen_file_with_pdf_added(qapp, tmp_path):
    chosen = tmp_path / "for-dr-smith"
    asked, told = Asked(str(chosen)), Told()
    with diary(tmp_path) as store:
        path = save_report(
            None,
            store,
            today=TODAY,
            patient_name="Jane Doe",
            paper=Paper.A4,
            folder=tmp_path,
            ask_path=asked,
            inform=told,
        )
    assert path == tmp_path / "for-dr-smith.pdf"
    assert asked.suggested == str(tmp_path / report_file_name(TODAY))
    text = " ".join(pypdf.PdfReader(path).pages[0].extract_text().split())
    assert "Patient: Jane Doe" in text
    assert told.messages == []


def test_cancelling_the_save_dialog_writes_nothing(qapp, tmp_path):
    with diary(tmp_path) as store:
        assert (
            save_report(None, store, today=TODAY, folder=tmp_path, ask_path=Asked("")) is None
        )
    assert not list(tmp_path.glob("*.pdf"))


def test_an_unwritable_place_is_explained_not_crashed(qapp, tmp_path):
    told = Told()
    target = tmp_path / "gone" / "report.pdf"
    with diary(tmp_path) as store:
        path = save_report(None, store, today=TODAY, ask_path=Asked(str(target)), inform=told)
    assert path is None
    assert told.messages and told.messages[0][0] == "The report was not saved"
    assert "no such folder" in told.messages[0][1]


def test_save_calendar_writes_the_plan(qapp, tmp_path):
    with diary(tmp_path) as store:
        path = save_calendar(
            None, store, today=TODAY, ask_path=Asked(str(tmp_path / "plan")), inform=Told()
        )
    assert path == tmp_path / "plan.ics"
    events = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert len(events) == 2  # stretches twice a day: 08:30 and a default time


def test_save_calendar_without_a_plan_says_so_and_writes_nothing(qapp, tmp_path):
    told = Told()
    with diary(tmp_path, plan=False) as store:
        path = save_calendar(
            None, store, today=TODAY, ask_path=Asked(str(tmp_path / "plan.ics")), inform=told
        )
    assert path is None
    assert told.messages[0][0] == "No plan yet"
    assert not (tmp_path / "plan.ics").exists()


class FakePreview(QObject):
    """Stands in for QPrintPreviewDialog: asks for the pages once, into a PDF file."""

    paintRequested = Signal(object)

    def __init__(self, printer, parent, out, accept: bool) -> None:
        super().__init__()
        self.printer = printer
        self.out = out
        self.accept = accept

    def exec(self) -> int:
        self.printer.setOutputFileName(str(self.out))
        self.paintRequested.emit(self.printer)
        return 1 if self.accept else 0


def test_preview_paints_the_report_onto_the_printer(qapp, tmp_path):
    out = tmp_path / "preview.pdf"
    made: list[FakePreview] = []

    def make(printer, parent):
        made.append(FakePreview(printer, parent, out, accept=False))
        return made[-1]

    with diary(tmp_path) as store:
        printed = preview_report(None, store, today=TODAY, paper=Paper.A4, make_dialog=make)
    assert printed is False
    assert made[0].printer.fullPage()
    text = " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    assert "Stiff today" in text
    assert "Home programme and symptom diary" in text


class FakePrintDialog:
    def __init__(self, printer, out, accept: bool) -> None:
        self.printer, self.out, self.accept = printer, out, accept

    def exec(self) -> int:
        self.printer.setOutputFileName(str(self.out))
        return 1 if self.accept else 0


def test_print_prints_only_when_the_dialog_is_accepted(qapp, tmp_path):
    out = tmp_path / "printed.pdf"
    with diary(tmp_path) as store:
        declined = print_report(
            None,
            store,
            today=TODAY,
            make_dialog=lambda printer, parent: FakePrintDialog(printer, out, accept=False),
        )
        assert declined is False
        assert not out.exists()
        accepted = print_report(
            None,
            store,
            today=TODAY,
            make_dialog=lambda printer, parent: FakePrintDialog(printer, out, accept=True),
        )
    assert accepted is True
    assert len(pypdf.PdfReader(out).pages) == 1
