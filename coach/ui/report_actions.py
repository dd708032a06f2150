"""The "Report for my clinician" and "Add plan to my calendar" actions, for any screen.

Thin dialogs around the UI-free writers (report.pdf_report.write_report and
report.calendar_export.write_ics): ask where to save, write, and say so calmly when it
cannot be done. The print preview and the print dialog paint the very same page onto a
QPrinter. Every dialog is a parameter, so tests drive these without a real dialog.
QtPrintSupport is imported only when a preview or print is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from coach.report.calendar_export import NothingPlannedError, write_ics
from coach.report.output_file import OutputError
from coach.report.pdf_report import (
    PAGE_SIZES,
    Paper,
    ReportError,
    paper_for_locale,
    render_report,
    write_report,
)
from coach.report.report_data import DEFAULT_WEEKS, ReportData, gather_report
from coach.ui.i18n import translate

if TYPE_CHECKING:
    from coach.store.database import Store

#: (parent, caption, suggested path, file filter) -> the chosen path, "" when cancelled.
AskSavePath = Callable[[QWidget | None, str, str, str], str]
#: (parent, title, text): tells the patient something went wrong, and what to do.
Inform = Callable[[QWidget | None, str, str], None]
#: (printer, parent) -> a dialog with exec(); the preview one also has paintRequested.
MakeDialog = Callable[[Any, QWidget | None], Any]

PDF_FILTER = QT_TRANSLATE_NOOP("ReportActions", "PDF documents (*.pdf)")
ICS_FILTER = QT_TRANSLATE_NOOP("ReportActions", "Calendar files (*.ics)")


def ask_save_path(parent: QWidget | None, caption: str, suggested: str, filter_: str) -> str:
    """The platform's save dialog; "" when the patient cancels."""
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filter_)
    return chosen


def show_problem(parent: QWidget | None, title: str, text: str) -> None:
    """A calm message box (information, not a warning: nothing is lost)."""
    QMessageBox.information(parent, title, text)


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _with_suffix(chosen: str, suffix: str) -> Path:
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _ask_target(
    ask_path: AskSavePath,
    parent: QWidget | None,
    title: str,
    suggested: Path,
    file_filter: str,
) -> Path | None:
    """Ask where to save (starting at `suggested`); the chosen path with the suggested
    file's suffix added if missing, or None when the patient cancelled."""
    chosen = ask_path(parent, title, str(suggested), file_filter)
    return _with_suffix(chosen, suggested.suffix) if chosen else None


def report_file_name(today: date) -> str:
    """The name the save dialog suggests for the report."""
    return f"trapezius-coach-report-{today.isoformat()}.pdf"


def save_report(
    parent: QWidget | None,
    store: Store,
    *,
    today: date,
    weeks: int = DEFAULT_WEEKS,
    patient_name: str = "",
    paper: Paper | None = None,
    folder: Path | None = None,
    ask_path: AskSavePath = ask_save_path,
    inform: Inform = show_problem,
) -> Path | None:
    """Ask where to save the clinician report and write it; the path, or None if not saved."""
    path = _ask_target(
        ask_path,
        parent,
        translate("ReportActions", "Save the report for your clinician"),
        (folder or _documents()) / report_file_name(today),
        translate("ReportActions", PDF_FILTER),
    )
    if path is None:
        return None
    try:
        write_report(store, path, weeks, today, patient_name, paper)
    except (OSError, ReportError) as error:
        inform(
            parent,
            translate("ReportActions", "The report was not saved"),
            translate(
                "ReportActions",
                "The report could not be saved there ({problem}). Please choose another "
                "folder.",
            ).format(problem=error),
        )
        return None
    return path


def save_calendar(
    parent: QWidget | None,
    store: Store,
    *,
    today: date,
    folder: Path | None = None,
    ask_path: AskSavePath = ask_save_path,
    inform: Inform = show_problem,
) -> Path | None:
    """Ask where to save the plan as an .ics file and write it; the path, or None."""
    path = _ask_target(
        ask_path,
        parent,
        translate("ReportActions", "Save your plan for a calendar"),
        (folder or _documents()) / "trapezius-coach-plan.ics",
        translate("ReportActions", ICS_FILTER),
    )
    if path is None:
        return None
    try:
        write_ics(store, path, today)
    except NothingPlannedError:
        inform(
            parent,
            translate("ReportActions", "No plan yet"),
            translate(
                "ReportActions",
                "There is no plan yet, so there is nothing to add to a calendar. Set how "
                "often you mean to do each routine first, then try again.",
            ),
        )
        return None
    except (OSError, OutputError) as error:
        inform(
            parent,
            translate("ReportActions", "The calendar file was not saved"),
            translate(
                "ReportActions",
                "It could not be saved there ({problem}). Please choose another folder.",
            ).format(problem=error),
        )
        return None
    return path


def _printer(paper: Paper | None) -> Any:
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # the report keeps its own margins
    printer.setPageSize(QPageSize(PAGE_SIZES[paper or paper_for_locale()]))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def _preview_dialog(printer: Any, parent: QWidget | None) -> Any:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("ReportActions", "Report for my clinician"))
    return dialog


def _print_dialog(printer: Any, parent: QWidget | None) -> Any:
    from PySide6.QtPrintSupport import QPrintDialog

    return QPrintDialog(printer, parent)


def _report_data(store: Store, today: date, weeks: int, patient_name: str) -> ReportData:
    return gather_report(store.history(), today, weeks, patient_name)


def preview_report(
    parent: QWidget | None,
    store: Store,
    *,
    today: date,
    weeks: int = DEFAULT_WEEKS,
    patient_name: str = "",
    paper: Paper | None = None,
    make_dialog: MakeDialog = _preview_dialog,
) -> bool:
    """Show the report in a print preview (print from there); True if it was printed."""
    data = _report_data(store, today, weeks, patient_name)
    printer = _printer(paper)
    dialog = make_dialog(printer, parent)
    dialog.paintRequested.connect(lambda device: render_report(data, device))
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_report(
    parent: QWidget | None,
    store: Store,
    *,
    today: date,
    weeks: int = DEFAULT_WEEKS,
    patient_name: str = "",
    paper: Paper | None = None,
    make_dialog: MakeDialog = _print_dialog,
) -> bool:
    """Ask for a printer and print the report; True if it was sent to print."""
    printer = _printer(paper)
    dialog = make_dialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render_report(_report_data(store, today, weeks, patient_name), printer)
    return True
