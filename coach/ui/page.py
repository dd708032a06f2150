"""The building blocks every screen shares: the scrolled page, a plain label, a card.

Start-up screens (Today) use these too, so nothing here touches PySide's `Qt` namespace:
enum properties are set by name through theme.qt_props.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.ui import theme


class ScrollPage(NamedTuple):
    """A screen's scrolled page: the scroll area, the centred content and its column."""

    scroll: QScrollArea
    content: QWidget
    column: QVBoxLayout


def fill_page(scroll: QScrollArea, *, spacing: float = 2) -> ScrollPage:
    """Give a scroll area the page: one centred content column (spacing in space units).

    The caller limits the content's width; the stretches either side keep it centred.
    """
    scroll.setObjectName("pageScroll")
    if not scroll.accessibleName():
        # The page itself takes Tab focus, so the arrow and page keys can scroll it.
        scroll.setAccessibleName(
            QCoreApplication.translate("Page", "Page: the arrow keys scroll it")
        )
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    page = QWidget()
    page.setObjectName("page")
    scroll.setWidget(page)
    centre = QHBoxLayout(page)
    centre.setContentsMargins(theme.space(4), theme.space(3), theme.space(4), theme.space(5))
    content = QWidget()
    content.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    centre.addStretch(0)
    centre.addWidget(content, 1)
    centre.addStretch(0)
    column = QVBoxLayout(content)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(theme.space(spacing))
    return ScrollPage(scroll, content, column)


def scroll_page(owner: QWidget, *, spacing: float = 2) -> ScrollPage:
    """Fill a screen widget with a scrolled page, edge to edge; see fill_page."""
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    scroll = QScrollArea(owner)
    outer.addWidget(scroll, 1)
    return fill_page(scroll, spacing=spacing)


def fit_content_width(content: QWidget) -> None:
    """Cap a page's column at the readable width; larger text may use a wider column."""
    scale = theme.current_text_scale(QApplication.instance())
    content.setMaximumWidth(round(theme.CONTENT_MAX_WIDTH * scale))


def label(text: str = "", role: str | None = None, *, wrap: bool = True) -> QLabel:
    """A plain-text label with a theme role; wraps unless told not to."""
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    theme.qt_props(widget, textFormat="PlainText")
    if role:
        theme.set_role(widget, role)
    return widget


def card(role: str = "card", *, padding: float = 2.5) -> tuple[QFrame, QVBoxLayout]:
    """A rounded card and the column inside it (padding in space units)."""
    frame = QFrame()
    theme.set_role(frame, role)
    layout = QVBoxLayout(frame)
    pad = theme.space(padding)
    layout.setContentsMargins(pad, pad, pad, pad)
    layout.setSpacing(theme.space(1.5))
    return frame, layout


def kind_frame(frame: QFrame, kind: object) -> QVBoxLayout:
    """Make `frame` a card with its kind's coloured stripe down the left; returns the
    column beside the stripe, to fill."""
    theme.set_role(frame, "kindcard")
    outer = QHBoxLayout(frame)
    outer.setContentsMargins(
        theme.space(1.5), theme.space(1.5), theme.space(2.5), theme.space(2)
    )
    outer.setSpacing(theme.space(2))
    stripe = QFrame()
    theme.set_role(stripe, "kindstripe")
    theme.set_kind(stripe, kind)
    stripe.setFixedWidth(theme.space(0.75))
    outer.addWidget(stripe)
    column = QVBoxLayout()
    outer.addLayout(column, 1)
    return column
