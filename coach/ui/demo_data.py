""" "Look around with example data": a made-up diary in its own folder, in its own window.

The example diary never touches the patient's: it lives in a sibling folder
(`<data dir>-demo`, e.g. ~/.local/share/TrapeziusCoach-demo) holding a marker file, and
is opened by a second app process (`python -m coach --data-dir FOLDER`) whose window shows
a banner saying it is example data. A folder that holds records but no marker belongs to
someone: it is refused, and nothing is written into it.

Imported by the app at start-up (for the banner check), so it keeps to the standard
library and QtWidgets; the demo generator and the Store are imported when needed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QMainWindow

from coach.ui import theme
from coach.ui.i18n import translate

#: The file that tells the app (and a curious person) that a folder holds example data.
DEMO_MARKER = "EXAMPLE-DATA.txt"
#: A year of example history: enough for every chart, including the calendar.
DEMO_DAYS = 365
BANNER_TEXT = QT_TRANSLATE_NOOP(
    "DemoData", "Example data — not your diary. Nothing you do here changes your own records."
)

_MARKER_TEXT = (
    "This folder holds made-up example data written by Trapezius Coach's\n"
    "'Look around with example data' button. It is not anyone's diary and\n"
    "may be deleted at any time.\n"
)

#: Opens the app on a data folder (tests pass a recorder instead).
Launcher = Callable[[Path], None]


class DemoFolderError(Exception):
    """The example folder cannot be used; the message says why, and nothing was written."""


def demo_folder_for(data_dir: Path) -> Path:
    """Where the example diary for a data folder lives: a sibling named '<name>-demo'."""
    data_dir = Path(data_dir)
    return data_dir.with_name(f"{data_dir.name}-demo")


def is_demo_folder(folder: Path) -> bool:
    """True when `folder` holds the example-data marker."""
    return (Path(folder) / DEMO_MARKER).is_file()


def prepare_demo(
    data_dir: Path,
    *,
    today: date | None = None,
    now: datetime | None = None,
    days: int = DEMO_DAYS,
    seed: int = 1,
) -> Path:
    """Make sure the example diary next to `data_dir` exists and holds example data.

    Reuses an example folder made before. Raises DemoFolderError (nothing written) when
    the folder is the real one or holds anything that is not ours.
    """
    data_dir = Path(data_dir).resolve()
    folder = demo_folder_for(data_dir)
    if folder == data_dir or is_demo_folder(data_dir):
        raise DemoFolderError(
            translate("DemoData", "This window already shows the example data.")
        )
    marked = is_demo_folder(folder)
    if folder.exists() and not folder.is_dir():
        words = translate("DemoData", "{path} is a file, not a folder; nothing was written.")
        raise DemoFolderError(words.format(path=folder))
    if folder.exists() and not marked and any(folder.iterdir()):
        # Not opened at all: even opening a diary may upgrade or back it up.
        raise DemoFolderError(
            translate(
                "DemoData",
                "The folder {path} already holds files that are not example data, so the "
                "example data was not written there. Nothing was changed.",
            ).format(path=folder)
        )

    from coach.demo import write_demo
    from coach.paths import FILE_MODE, ensure_private_dir
    from coach.store.database import Store, StoreError

    now = now or datetime.now().astimezone()
    today = today or now.date()
    ensure_private_dir(folder)
    marker = folder / DEMO_MARKER
    if not marked:
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(_MARKER_TEXT)
    try:
        with Store.open(folder, daily_backup=False) as store:
            if store.is_empty():
                write_demo(store, days=days, seed=seed, today=today, tz=now.tzinfo, now=now)
    except StoreError as error:
        raise DemoFolderError(
            translate("DemoData", "The example data could not be written: {problem}").format(
                problem=error
            )
        ) from error
    return folder


def launch_app(folder: Path) -> None:
    """Open Trapezius Coach on `folder` in a new, independent process."""
    import subprocess  # only when the button is pressed: kept off the start-up path

    subprocess.Popen(
        [sys.executable, "-m", "coach", "--data-dir", str(folder)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def show_demo_banner(window: QMainWindow) -> QLabel:
    """Put the 'Example data' banner across the top of a window, and say so in its title."""
    banner = QLabel(translate("DemoData", BANNER_TEXT), window)
    banner.setObjectName("demoBanner")
    banner.setWordWrap(True)
    theme.qt_props(banner, textFormat="PlainText", alignment="AlignCenter")
    theme.set_role(banner, "notice")
    banner.setContentsMargins(
        theme.space(2), theme.space(1.5), theme.space(2), theme.space(1.5)
    )
    font = banner.font()
    font.setBold(True)
    banner.setFont(font)
    window.setMenuWidget(banner)
    window.setWindowTitle(f"{window.windowTitle()} — " + translate("DemoData", "example data"))
    return banner
