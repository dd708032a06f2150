"""The `coach` command: the app by default, plus the data commands of DESIGN.md.

Exit codes: 0 ok, 1 bad input (message on stderr, nothing changed), 2 usage error.
Heavy modules (Qt, the store, analysis) are imported inside the command that needs them, so
`coach --version` and the GUI start stay quick.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from coach import __version__

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2


class BadInput(Exception):
    """A problem with what the user asked for or gave us; the message is shown as is."""


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-26") from None


def _path(text: str) -> str:
    # An empty argument (an unset shell variable) would mean the current folder, or for
    # --data-dir the default diary: never what was meant.
    if not text:
        raise argparse.ArgumentTypeError("an empty path")
    return text


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


#: The longest report period: 20 years (the chart gets too dense beyond).
MAX_REPORT_WEEKS = 1044


def _report_weeks(text: str) -> int:
    value = _positive_int(text)
    if value > MAX_REPORT_WEEKS:
        raise argparse.ArgumentTypeError(f"{text!r} is more than {MAX_REPORT_WEEKS} (20 years)")
    return value


def _data_dir_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Accepted before or after the command; the value given after the command wins.
    parser.add_argument(
        "--data-dir",
        type=_path,
        metavar="DIR",
        default=None if top else argparse.SUPPRESS,
        help="use the data in DIR (default: COACH_DATA_DIR or the per-user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, as argparse sees it."""
    parser = argparse.ArgumentParser(
        prog="coach",
        description="Trapezius Coach: guided stretches, heat and breathing with a symptom "
        "and injection diary. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"coach {__version__}")
    _data_dir_option(parser, top=True)
    parser.add_argument(
        "--background",
        action="store_true",
        help="open the app hidden in the tray, for reminders (as at login)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _data_dir_option(sub, top=False)
        return sub

    export = command("export", "write sessions.csv, symptoms.csv, injections.csv, plan.csv")
    export.add_argument(
        "--out", required=True, type=_path, metavar="DIR", help="folder to write into"
    )

    imp = command("import", "read those CSV files (a folder or one file); all or nothing")
    imp.add_argument("path", type=_path, metavar="PATH")

    stats = command("stats", "adherence and spasm figures for a period")
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    stats.add_argument("--from", dest="start", type=_iso_date, metavar="DATE")
    stats.add_argument("--to", dest="end", type=_iso_date, metavar="DATE")

    command("routines", "list the routines: id, kind, title, minutes")

    check = command("check", "validate routine files; one line per problem on stderr")
    check.add_argument("files", nargs="+", metavar="FILE")

    report = command("report", "the clinician report as a PDF (default: the last 12 weeks)")
    report.add_argument(
        "--out", required=True, type=_path, metavar="FILE.pdf", help="the PDF to write"
    )
    report.add_argument(
        "--weeks", type=_report_weeks, default=12, metavar="N", help="weeks to cover (12)"
    )
    report.add_argument("--name", default="", metavar="NAME", help="patient name to print")
    report.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default=None,
        help="paper size (default: Letter where the locale uses US units, else A4)",
    )

    plan = command("plan", "the current plan as an iCalendar file, for a phone's calendar")
    plan.add_argument("--ics", required=True, type=_path, metavar="FILE", help="file to write")

    demo = command("demo", "fill an empty data folder with a realistic synthetic history")
    demo.add_argument("--days", type=_positive_int, default=180, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    return parser


def _open_store(args: argparse.Namespace):
    from coach.store.database import Store

    folder = _data_dir(args)
    if folder.exists() and not folder.is_dir():
        raise BadInput(f"{folder}: the data folder is a file, not a folder")
    store = Store.open(folder, daily_backup=False)
    if store.notice:
        print(store.notice, file=sys.stderr)
    return store


def _data_dir(args: argparse.Namespace) -> Path:
    from coach.paths import resolve_data_dir

    return resolve_data_dir(args.data_dir)


def cmd_export(args: argparse.Namespace) -> int:
    from coach.store.transfer import export_csv

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise BadInput(f"{out}: not a folder")
    with _open_store(args) as store:
        summary = export_csv(store, out)
    print(summary.describe())
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from coach.store.transfer import ImportProblems, import_files, read_import

    # The path as given, not a Path: problems name the file as the user typed it.
    files = read_import(args.path)
    if files.problems:
        # Refused before the diary is opened, so not even an upgrade or a repair of it
        # happens; rows clashing with the diary are listed once the files are clean.
        return _refuse_import(files.problems)
    with _open_store(args) as store:
        try:
            summary = import_files(store, files)
        except ImportProblems as refused:
            return _refuse_import(refused.problems)
    print(summary.describe())
    return EXIT_OK


def _refuse_import(problems: Sequence[object]) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"Nothing was imported: {len(problems)} problem(s) found.", file=sys.stderr)
    return EXIT_BAD_INPUT


def cmd_stats(args: argparse.Namespace) -> int:
    from coach.analysis.period import PeriodError
    from coach.analysis.stats import compute_stats

    if args.start and args.end and args.start > args.end:
        raise BadInput(f"--from {args.start} is after --to {args.end}")
    with _open_store(args) as store:
        history = store.history()
    try:
        figures = compute_stats(history, args.start, args.end, today=date.today())
    except PeriodError as error:
        raise BadInput(str(error)) from None
    except OverflowError:  # the period's last week runs past 9999-12-31
        raise BadInput(
            "the period reaches past the calendar's last whole week, which ends on "
            "9999-12-26; give an earlier --to"
        ) from None
    if args.json:
        import json

        print(json.dumps(figures, ensure_ascii=False))
    else:
        print(_stats_text(figures))
    return EXIT_OK


def _stats_text(figures: dict) -> str:
    def pct(value: float | None) -> str:
        return "no plan" if value is None else f"{value:.0%}"

    lines = [
        f"Period {figures['from']} to {figures['to']}",
        f"Adherence: {pct(figures['adherence'])} "
        f"({figures['credits']:g} done of {figures['planned']} planned)",
    ]
    for kind, row in figures["by_kind"].items():
        if row["planned"] or row["credits"]:
            lines.append(
                f"  {kind}: {pct(row['adherence'])} ({row['credits']:g} of {row['planned']})"
            )
    lines.append(f"Goal streak: {figures['goal_streak_weeks']} week(s)")
    return "\n".join(lines)


def cmd_report(args: argparse.Namespace) -> int:
    from coach.report.output_file import check_target

    out = check_target(args.out)  # refused before the diary is opened: nothing changes
    with _open_store(args) as store:
        history = store.history()
    # Qt only now, and without a screen when there is none (ensure_gui_app picks the
    # offscreen platform before the application exists).
    from coach.report.pdf_report import Paper, ReportError, ensure_gui_app, write_report_data
    from coach.report.report_data import gather_report
    from coach.report.report_format import period_text

    ensure_gui_app()
    data = gather_report(history, date.today(), args.weeks, args.name)
    try:
        pages = write_report_data(data, out, Paper(args.paper) if args.paper else None)
    except ReportError as error:
        raise BadInput(f"{out}: {error}") from None
    what = period_text(data.period) + ("" if data.has_records else ", nothing recorded yet")
    print(f"Wrote the clinician report ({what}; {pages} page(s)) to {out}")
    return EXIT_OK


def cmd_plan(args: argparse.Namespace) -> int:
    from coach.report.calendar_export import NothingPlannedError, write_ics
    from coach.report.output_file import check_target

    out = check_target(args.ics)
    with _open_store(args) as store:
        try:
            events = write_ics(store, out, date.today())
        except NothingPlannedError as error:
            raise BadInput(str(error)) from None
    print(
        f"Wrote {events} weekly reminder(s) to {out}; open it with your phone's or "
        f"computer's calendar to add them."
    )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from coach.demo import write_demo

    with _open_store(args) as store:
        history = write_demo(store, days=args.days, seed=args.seed, today=date.today())
    print(
        f"Wrote a demo history of {args.days} days to {_data_dir(args)}: "
        f"{len(history.sessions)} sessions, {len(history.symptoms)} symptom entries, "
        f"{len(history.injections)} injections."
    )
    return EXIT_OK


def cmd_routines(args: argparse.Namespace) -> int:
    from coach.core.routine_library import load_library
    from coach.core.segments import total_seconds

    library = load_library(_data_dir(args))
    for problem in library.problems:
        print(problem, file=sys.stderr)
    for routine in library.routines:
        minutes = max(1, round(total_seconds(routine) / 60))
        print(f"{routine.id}\t{routine.kind}\t{routine.title}\t{minutes}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from coach.core.routine_library import check_files

    problems = check_files(args.files)
    for problem in problems:
        print(problem, file=sys.stderr)
    return EXIT_BAD_INPUT if problems else EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "export": cmd_export,
    "import": cmd_import,
    "stats": cmd_stats,
    "report": cmd_report,
    "plan": cmd_plan,
    "demo": cmd_demo,
    "routines": cmd_routines,
    "check": cmd_check,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `coach` and `python -m coach`; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from coach.ui.app import run_gui

        data_dir = _data_dir(args) if args.data_dir else None
        return run_gui(data_dir, background=args.background)
    from coach.store.database import StoreError

    try:
        return COMMANDS[args.command](args)
    except (BadInput, StoreError) as error:
        print(f"coach {args.command}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader went away (`coach routines | head`): not an error of ours. Point stdout
        # at nothing so the interpreter's final flush stays quiet.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:
        print(f"coach {args.command}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
