"""The main window: a navigation side bar on the left, the chosen screen on the right.

Screens are listed in SCREENS; adding one is one line there. Each screen module is
imported and built only when first shown, so heavy screens (charts) cost nothing at
start-up. A screen class is called as `Screen(store, parent)`; it may have a `refresh()`
slot (called whenever it is shown) and a `dataChanged` signal (emitted after it wrote to
the Store, so the other screens re-read before they are next shown). A screen with a
`fullWindowRequested(widget)` signal can show a widget (a guided session) in place of the
whole window, navigation hidden, until that widget emits `closed`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.ui import theme

if TYPE_CHECKING:
    from coach.store.database import Store

WINDOW_TITLE = "Trapezius Coach"


@dataclass(frozen=True)
class ScreenSpec:
    """One entry of the navigation: its label and where its widget class lives."""

    key: str
    title: str
    module: str
    class_name: str


#: The navigation, top to bottom. Add a screen here (one line) and nowhere else.
SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec(
        "today", QT_TRANSLATE_NOOP("MainWindow", "Today"), "coach.ui.today_view", "TodayView"
    ),
    ScreenSpec(
        "routines",
        QT_TRANSLATE_NOOP("MainWindow", "Routines"),
        "coach.ui.library_view",
        "LibraryView",
    ),
    ScreenSpec(
        "plan", QT_TRANSLATE_NOOP("MainWindow", "Plan"), "coach.ui.plan_view", "PlanView"
    ),
    ScreenSpec(
        "diary", QT_TRANSLATE_NOOP("MainWindow", "Diary"), "coach.ui.diary_view", "DiaryView"
    ),
    ScreenSpec(
        "injections",
        QT_TRANSLATE_NOOP("MainWindow", "Injections"),
        "coach.ui.injections_view",
        "InjectionsView",
    ),
    ScreenSpec(
        "progress",
        QT_TRANSLATE_NOOP("MainWindow", "Progress"),
        "coach.ui.progress_view",
        "ProgressView",
    ),
    ScreenSpec(
        "settings",
        QT_TRANSLATE_NOOP("MainWindow", "Settings"),
        "coach.ui.settings_view",
        "SettingsView",
    ),
    ScreenSpec(
        "sources",
        QT_TRANSLATE_NOOP("MainWindow", "About"),
        "coach.ui.sources_view",
        "SourcesView",
    ),
)


class NoticeBanner(QFrame):
    """A calm, dismissable message at the top of the window (not a warning)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        theme.set_role(self, "notice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(
            theme.space(2.5), theme.space(2), theme.space(2), theme.space(2)
        )
        layout.setSpacing(theme.space(2))
        self.label = QLabel()
        self.label.setWordWrap(True)
        theme.qt_props(
            self.label, textFormat="PlainText", textInteractionFlags="TextSelectableByMouse"
        )
        self.ok_button = QPushButton(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("Close this message"))
        self.ok_button.clicked.connect(self.hide)
        button_column = QVBoxLayout()  # keeps the button at the top of a long message
        button_column.addWidget(self.ok_button)
        button_column.addStretch(1)
        layout.addWidget(self.label, 1)
        layout.addLayout(button_column)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show one message until the patient closes it."""
        self.label.setText(text)
        self.show()


class MainWindow(QMainWindow):
    """The app window: side bar navigation plus one screen at a time."""

    #: Emitted after any screen wrote to the Store (the reminders listen).
    dataChanged = Signal()

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        screens: tuple[ScreenSpec, ...] = SCREENS,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._specs = screens
        self._screens: dict[str, QWidget] = {}
        self._full_window: tuple[QWidget, QWidget, bool] | None = None
        #: Asked when the window is closed: "tray", "stay" or "close" (set by the
        #: Companion when there is a tray; None closes as usual).
        self.close_to_tray: Callable[[], str] | None = None
        self.setWindowTitle(WINDOW_TITLE)
        self.setMinimumSize(640, 480)

        # Built top-down (each widget made with its parent): moving a finished subtree
        # into a new parent would restyle all of it again, which start-up can do without.
        central = QWidget(self)
        central.setObjectName("page")
        self.setCentralWidget(central)
        root = QHBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)

        self.sidebar = QFrame(central)
        self.sidebar.setObjectName("sidebar")
        side = QVBoxLayout(self.sidebar)
        side.setContentsMargins(
            theme.space(1.5), theme.space(3), theme.space(1.5), theme.space(2)
        )
        side.setSpacing(theme.space(2))
        self.app_name = QLabel(WINDOW_TITLE, self.sidebar)
        self.app_name.setObjectName("appName")
        self.app_name.setWordWrap(True)
        self.app_name.setContentsMargins(theme.space(1.5), 0, 0, 0)
        self.navigation = QListWidget(self.sidebar)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Screens"))
        theme.qt_props(self.navigation, horizontalScrollBarPolicy="ScrollBarAlwaysOff")
        self.navigation.addItems(
            [QCoreApplication.translate("MainWindow", spec.title) for spec in screens]
        )
        side.addWidget(self.app_name)
        side.addWidget(self.navigation, 1)

        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.notice = NoticeBanner(central)
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(theme.space(4), theme.space(3), theme.space(4), 0)
        notice_row.addWidget(self.notice)
        self.stack = QStackedWidget(central)
        body.addLayout(notice_row)
        body.addWidget(self.stack, 1)

        root.addWidget(self.sidebar)
        root.addLayout(body, 1)
        self._fit_sidebar()

        self.navigation.currentRowChanged.connect(self._on_row_changed)
        self.navigation.setCurrentRow(0)

    # --- screens ----------------------------------------------------------------------

    def screen_titles(self) -> list[str]:
        """The navigation's labels, top to bottom."""
        return [self.navigation.item(i).text() for i in range(self.navigation.count())]

    def screen(self, key: str) -> QWidget:
        """The widget of one screen, building it on first use."""
        if key not in self._screens:
            spec = next(s for s in self._specs if s.key == key)
            cls = getattr(importlib.import_module(spec.module), spec.class_name)
            widget = cls(self.store, self.stack)
            signal = getattr(widget, "dataChanged", None)
            if signal is not None:
                signal.connect(self._on_data_changed)
            full_window = getattr(widget, "fullWindowRequested", None)
            if full_window is not None:
                full_window.connect(self.show_full_window)
            start = getattr(widget, "startRequested", None)
            if start is not None:
                start.connect(self.start_routine)
            start_kind = getattr(widget, "startKindRequested", None)
            if start_kind is not None:
                start_kind.connect(self.start_kind)
            self._screens[key] = widget
            self.stack.addWidget(widget)
        return self._screens[key]

    def current_screen(self) -> QWidget | None:
        """The screen shown now."""
        return self.stack.currentWidget()

    def show_screen(self, key: str) -> None:
        """Switch to a screen by key (the navigation follows)."""
        row = next(i for i, s in enumerate(self._specs) if s.key == key)
        self.navigation.setCurrentRow(row)

    def show_notice(self, text: str | None) -> None:
        """Show a calm message above the screens (nothing when text is empty)."""
        if text:
            self.notice.show_message(text)

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        for i in range(self.navigation.count()):
            # Bold as well as coloured: the current screen is never shown by colour alone.
            item = self.navigation.item(i)
            font = item.font()
            font.setBold(i == row)
            item.setFont(font)
        widget = self.screen(self._specs[row].key)
        self.stack.setCurrentWidget(widget)
        if self.isVisible():
            _refresh(widget)

    @Slot()
    def _on_data_changed(self) -> None:
        # The sender has refreshed itself; the others re-read now so that nothing stale is
        # shown after the patient switches screens.
        sender = self.sender()
        for widget in self._screens.values():
            if widget is not sender:
                _refresh(widget)
        self.dataChanged.emit()

    @Slot(str)
    def start_kind(self, kind: str) -> QWidget | None:
        """Start the routine the plan names for a kind (the first of the kind if none)."""
        from coach.core.planned_routine import planned_routine
        from coach.core.settings import Settings
        from coach.store.errors import StoreError

        library = self.screen("routines")
        try:
            settings = self.store.settings()
        except StoreError:
            settings = Settings()
        routine = planned_routine(library.library, settings, kind)
        if routine is None:
            self.show_screen("routines")
            return None
        return self.start_routine(routine.id)

    @Slot(str)
    def start_routine(self, routine_id: str) -> QWidget | None:
        """Start a routine by id, full-window (from Today, a reminder or the tray).

        While a session is already on screen nothing new starts: the window only comes
        forward. Returns the session flow, or None.
        """
        from coach.ui.single_instance import bring_forward

        bring_forward(self)
        if self.full_window_widget() is not None:
            return None
        library = self.screen("routines")
        routine = library.library.find(routine_id)
        if routine is None:
            library.refresh()  # a routine file may have been added since
            routine = library.library.find(routine_id)
        if routine is None:
            self.show_notice(
                self.tr(
                    "The routine {id} could not be found. Choose one under Routines."
                ).format(id=routine_id)
            )
            return None
        return library.start(routine)

    # --- a full-window view: a session -----------------------------------------------

    def full_window_widget(self) -> QWidget | None:
        """The widget shown in place of the whole window (a session), or None."""
        return self._full_window[0] if self._full_window else None

    @Slot(object)
    def show_full_window(self, widget: QWidget) -> None:
        """Show a widget with a `closed` signal in place of the whole window until it
        emits it; the navigation is hidden meanwhile, so nothing wanders off mid-session."""
        self._full_window = (widget, self.stack.currentWidget(), not self.notice.isHidden())
        self.sidebar.hide()
        self.notice.hide()
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        widget.closed.connect(self._end_full_window)
        signal = getattr(widget, "dataChanged", None)
        if signal is not None:
            signal.connect(self._on_data_changed)

    @Slot()
    def _end_full_window(self) -> None:
        if not self._full_window:
            return
        widget, previous, notice_shown = self._full_window
        self._full_window = None
        self.stack.setCurrentWidget(previous)
        # Not removeWidget(): that hands the widget to Python while the stack stays its
        # parent, and the garbage collector may then delete it twice. The stack forgets a
        # deleted child by itself.
        widget.hide()
        widget.deleteLater()
        self.sidebar.show()
        self.notice.setVisible(notice_shown)
        _refresh(previous)

    def closeEvent(self, event: QCloseEvent) -> None:
        # With a tray icon, closing may keep the app (and its reminders) running there:
        # "tray" hides the window, "stay" keeps it open (the patient changed their mind),
        # "close" closes it.
        decision = self.close_to_tray() if self.close_to_tray is not None else "close"
        if decision == "stay":
            event.ignore()
            return
        # Closing mid-session ends the session as abandoned, and saves it.
        widget = self.full_window_widget()
        abandon = getattr(widget, "abandon", None)
        if callable(abandon):
            abandon()
        if decision == "tray":
            event.ignore()
            self.hide()
            return
        super().closeEvent(event)

    # --- window events ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            current = self.current_screen()
            if current is not None:
                _refresh(current)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # After the children have taken their new fonts, which happens after this event.
            QTimer.singleShot(0, self, self._fit_sidebar)

    def _fit_sidebar(self) -> None:
        # Wide enough for the longest label at the current text size, never cramped. The
        # current screen's label is bold (wider), and any label may be the current one.
        # A long label wraps onto two lines rather than take the page's room at large
        # text, but no single word is ever cut.
        self.navigation.setWordWrap(True)
        bold = QFont(self.navigation.font())
        bold.setBold(True)
        labels = QFontMetrics(bold)
        titles = [self.navigation.item(i).text() for i in range(self.navigation.count())]
        widest = max((labels.horizontalAdvance(t) for t in titles), default=0)
        words = [w for t in titles for w in t.split()]
        widest_word = max((labels.horizontalAdvance(w) for w in words), default=0)
        name = self.app_name.fontMetrics()
        longest_word = max(name.horizontalAdvance(w) for w in self.app_name.text().split())
        pad = theme.space(11)  # item padding and marker, list and side bar margins
        width = max(
            theme.SIDEBAR_WIDTH,
            longest_word + theme.space(6),
            widest_word + pad,
            min(widest + pad, round(theme.SIDEBAR_WIDTH * 1.5)),
        )
        self.sidebar.setFixedWidth(width)


def _refresh(widget: QWidget) -> None:
    refresh = getattr(widget, "refresh", None)
    if callable(refresh):
        refresh()
