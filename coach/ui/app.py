"""Starts the GUI: the QApplication, the theme, the Store and the main window.

Only QtCore, QtGui and QtWidgets are imported here: charts, sound and speech are loaded by
the screens that need them, when first shown, so the window appears quickly.

COACH_STARTUP_PROBE=1 makes run_gui print, right after the window's first paint, the
wall-clock and CPU time and the resident memory, then quit (benchmarks/startup.py reads
that line).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from coach.assets import asset
from coach.store.database import NewerSchemaError, Store, StoreError
from coach.ui import theme
from coach.ui.appearance import apply_saved_appearance
from coach.ui.main_window import WINDOW_TITLE, MainWindow

PROBE_ENV = "COACH_STARTUP_PROBE"
#: benchmarks/idle.py: start hidden with reminders armed even where there is no tray.
IDLE_PROBE_ENV = "COACH_IDLE_PROBE"
PROBE_PREFIX = "COACH_STARTUP_PROBE"


def resident_kb() -> int:
    """This process's resident memory (VmRSS) in kB; 0 where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def probe_line() -> str:
    """The line the start-up benchmark reads: wall-clock and CPU time, resident memory."""
    return (
        f"{PROBE_PREFIX} wall={time.time():.6f} cpu={time.process_time():.6f} "
        f"rss_kb={resident_kb()}"
    )


class AfterFirstPaint(QObject):
    """Runs callbacks once the watched window has painted for the first time.

    Work that the first sight of the window does not need (the SVG icon engine, the
    start-up probe) waits for it, so the patient sees the window sooner.
    """

    def __init__(self, window: QObject, callbacks: list[Callable[[], object]]) -> None:
        super().__init__(window)
        self._callbacks = callbacks
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._callbacks and event.type() == QEvent.Type.Paint:
            callbacks, self._callbacks = self._callbacks, []
            watched.removeEventFilter(self)
            for callback in callbacks:
                QTimer.singleShot(0, self, callback)
        return False


def report_startup_and_quit() -> None:
    """The start-up probe: print probe_line() and leave the event loop."""
    print(probe_line(), flush=True)
    QApplication.quit()


def application() -> QApplication:
    """The QApplication, made once (tests and the CLI may already have one)."""
    app = QApplication.instance()
    if app is None:
        # Only our own Qt arguments: the CLI has already read the command line.
        app = QApplication([sys.argv[0] if sys.argv else "coach", *theme.STYLE_ARGUMENTS])
        theme.started_with_style(app)
    app.setApplicationName("TrapeziusCoach")
    app.setDesktopFileName("coach")
    return app


#: The app icon's pixel sizes in assets/icons/hicolor (coach/tools/make_icons.py).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The app icon from its PNG sizes (no SVG engine needed); empty if the files are gone."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = asset("icons", "hicolor", f"{size}x{size}", "apps", "coach.png")
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    if icon.isNull():  # a checkout without the PNGs: the line art itself
        path = asset("icons", "coach.svg")
        return QIcon(str(path)) if path.exists() else QIcon()
    return icon


def show_problem(title: str, text: str) -> None:
    """A plain, modal message for a problem that stops the app from opening."""
    from PySide6.QtWidgets import QMessageBox  # rarely needed: kept off the start-up path

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(WINDOW_TITLE)
    box.setText(title)
    box.setInformativeText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()


def notice_interrupted_sessions(window: MainWindow, store: Store) -> None:
    """Close the sessions a crash left in progress, and tell the patient calmly.

    Run after the first paint: the session modules are not needed to show the window.
    """
    from coach.ui.session_runner import close_interrupted_sessions

    interrupted = close_interrupted_sessions(store)
    if interrupted:
        window.show_notice("\n".join(n for n in (store.notice, interrupted) if n))


def show_welcome(window: MainWindow, store: Store) -> None:
    """The first run's welcome and choices, after the first paint (loaded only then)."""
    from coach.ui.first_run import show_first_run

    show_first_run(window, store)


def _tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()


def initial_size(app: QGuiApplication) -> QSize:
    """A comfortable first window size that fits the screen."""
    wanted = QSize(1100, 780)
    screen = app.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry().size() * 0.92
    return wanted.boundedTo(room)


def start_companion(window: MainWindow, store: Store) -> QObject:
    """Reminders and the tray (coach.ui.companion), loaded once the window is up."""
    from coach.ui.companion import Companion

    companion = Companion(window, store, icon=app_icon())
    if companion.tray is not None:
        # Closing the window hides it in the tray; a reminder or the quick rating closing
        # must not end the app either. Quitting is explicit (the tray's Quit).
        QApplication.setQuitOnLastWindowClosed(False)
    companion.start()
    return companion


def run_gui(data_dir: Path | None = None, *, background: bool = False) -> int:
    """Open the app window on the diary in data_dir (None: the usual place); exit code.

    background (`coach --background`, as at login): stay hidden in the tray until the
    patient opens the window or a reminder comes; without a tray, or before the first-run
    note was accepted, the window opens as usual.
    """
    probe = os.environ.get(PROBE_ENV) == "1"
    idle_probe = os.environ.get(IDLE_PROBE_ENV) == "1"
    app = application()
    # QtNetwork only now: `coach --version` and the data commands never load it.
    from coach.paths import resolve_data_dir
    from coach.ui.single_instance import SingleInstance, server_name

    instance = SingleInstance(server_name(resolve_data_dir(data_dir)))
    if instance.ask_running_to_raise():
        return 0  # the window already open on this diary came forward instead
    try:
        store = Store.open(data_dir)
    except NewerSchemaError as error:
        theme.apply_theme(app)
        # The store's message already says that nothing was changed and what to do.
        show_problem("This diary was saved by a newer version of Trapezius Coach.", str(error))
        return 1
    except StoreError as error:
        theme.apply_theme(app)
        show_problem("Trapezius Coach cannot open your diary.", str(error))
        return 1
    try:
        settings = apply_saved_appearance(app, store)  # saved colours and text size
        from coach.ui.i18n import install_translator

        install_translator(app, settings.language)  # before any screen is built
        theme.follow_system_scheme(app)  # "system" colours follow the desktop's dark mode
        window = MainWindow(store)
        instance.listen(window)  # if the name cannot be taken, the app still opens
        from coach.ui.demo_data import is_demo_folder, show_demo_banner

        if is_demo_folder(store.data_dir):
            show_demo_banner(window)  # "Example data — not your diary"
        window.resize(initial_size(app))
        window.show_notice(store.notice)
        later: list[Callable[[], object]] = [
            lambda: window.setWindowIcon(app_icon()),
            lambda: notice_interrupted_sessions(window, store),
        ]
        if settings.accepted_on is None:  # the first start: welcome and safety note
            later.append(lambda: show_welcome(window, store))
        if probe:
            # Timed at the first paint itself, before anything deferred runs.
            later.insert(0, report_startup_and_quit)
        companion: list[QObject] = []
        hidden = idle_probe or (
            background and settings.accepted_on is not None and _tray_available()
        )
        if hidden:
            companion.append(start_companion(window, store))
            for callback in later:  # no paint to wait for: run them once the loop starts
                QTimer.singleShot(0, callback)
            if idle_probe:
                QTimer.singleShot(
                    0, lambda: print(f"COACH_IDLE_READY {probe_line()}", flush=True)
                )
        else:
            later.append(lambda: companion.append(start_companion(window, store)))
            AfterFirstPaint(window, later)
            window.show()
        return app.exec()
    finally:
        instance.close()
        store.close()
