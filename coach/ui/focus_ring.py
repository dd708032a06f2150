"""One clearly visible focus ring, drawn just outside whatever has the keyboard focus.

A stylesheet can only recolour a widget's own border, and a teal border on a teal button
does not show. So the ring is a thin overlay in the window, a gap away from the focused
widget, in the theme's focus colour: the same thick ring around a button, a text box, the
0-10 rating or the navigation list, in light and dark mode alike.

Only QtCore/QtGui/QtWidgets classes are used (no `Qt` namespace): the ring may be placed
during the window's first show, which is on the start-up path (see theme.qt_props).
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QWidget

#: Thickness of the ring and the gap between it and the widget (px).
RING_WIDTH = 3
RING_GAP = 2
#: A widget covering more than this share of its window (a whole screen holding the
#: focus so that no button wears a ring yet) gets no ring.
LARGEST_SHARE = 0.5
#: Set this property to "none" on a widget that must never wear the ring.
NO_RING_PROPERTY = "focusRing"
_WATCHED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


class FocusRing(QFrame):
    """The ring itself: a frame the stylesheet draws (theme: QFrame#focusRing), a child of
    the window above everything, whose mask is only the visible band around the widget,
    so clicks pass through to the widget inside."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.hide()

    def place(self, outer: QRect, clip: QRect, inner: QRect) -> None:
        """Show the ring around `inner` (window coordinates), cut to `clip`."""
        if outer.intersected(clip).isEmpty():
            self.hide()
            return
        self.setGeometry(outer)
        offset = outer.topLeft()
        band = QRegion(clip.translated(-offset)).intersected(QRegion(self.rect()))
        band = band.subtracted(QRegion(inner.translated(-offset)))
        self.setMask(band)
        self.raise_()
        self.show()


class FocusRingTracker(QObject):
    """Follows the application's focus and keeps one ring around the focused widget."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focusRingTracker")
        self._widget: QWidget | None = None
        self._watched: list[QWidget] = []
        app.focusChanged.connect(self._on_focus_changed)

    def focused(self) -> QWidget | None:
        """The widget the ring is around now (None when no ring is shown)."""
        ring = self._ring_of(self._widget, create=False) if self._widget else None
        return self._widget if ring is not None and ring.isVisible() else None

    def refresh(self) -> None:
        """Redraw the ring (after a theme change: new colour, new sizes)."""
        if self._widget is not None:
            self._place()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._unwatch()
        if self._widget is not None:
            ring = self._ring_of(self._widget, create=False)
            if ring is not None:
                ring.hide()
        self._widget = new if new is not None and _wants_ring(new) else None
        if self._widget is None:
            return
        widget = self._widget
        while widget is not None and not widget.isWindow():
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self._place()

    def _unwatch(self) -> None:
        for widget in self._watched:
            with suppress(RuntimeError):  # already deleted
                widget.removeEventFilter(self)
        self._watched = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WATCHED:
            self._place()
        return False

    def _place(self) -> None:
        widget = self._widget
        try:
            visible = widget is not None and widget.isVisible()
        except RuntimeError:  # deleted while focused
            self._widget = None
            return
        ring = self._ring_of(widget, create=visible) if widget is not None else None
        if ring is None:
            return
        if not visible or not _wants_ring(widget):
            ring.hide()
            return
        window = widget.window()
        inner = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        reach = RING_GAP + RING_WIDTH
        outer = inner.adjusted(-reach, -reach, reach, reach)
        ring.place(outer, _visible_area(widget, window), inner)

    @staticmethod
    def _ring_of(widget: QWidget, *, create: bool) -> FocusRing | None:
        try:
            window = widget.window()
        except RuntimeError:
            return None
        ring = window.findChild(FocusRing, "focusRing")
        if ring is None and create:
            ring = FocusRing(window)
        return ring


def _wants_ring(widget: QWidget) -> bool:
    if widget.isWindow() or widget.property(NO_RING_PROPERTY) == "none":
        return False
    window = widget.window()
    area = max(1, window.width() * window.height())
    return widget.width() * widget.height() <= LARGEST_SHARE * area


def _visible_area(widget: QWidget, window: QWidget) -> QRect:
    """The part of the window where the ring may show: inside any scrolled view."""
    area = window.rect()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        scroller = parent.parentWidget()
        if isinstance(scroller, QAbstractScrollArea) and scroller.viewport() is parent:
            view = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
            area = area.intersected(view)
        parent = scroller
    return area


def install(app: QApplication) -> FocusRingTracker:
    """Start drawing the focus ring in every window of the app (once)."""
    found = app.findChild(FocusRingTracker, "focusRingTracker")
    return found if found is not None else FocusRingTracker(app)


def tracker(app: QApplication | None = None) -> FocusRingTracker | None:
    """The app's focus-ring tracker, if installed."""
    app = app or QApplication.instance()
    return app.findChild(FocusRingTracker, "focusRingTracker") if app else None
