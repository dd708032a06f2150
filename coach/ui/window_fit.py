"""Size a small top-level window (a reminder, the quick rating) to its words.

A top-level window does not grow by itself when wrapped text needs more lines, so at large
text sizes its words were cut off. This gives it a width that suits the text size (never
wider than the screen) and then exactly the height its layout needs at that width.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from coach.ui import theme


def target_width(base_width: int) -> int:
    """base_width scaled with the text size, but never wider than 90% of the screen."""
    scale = theme.current_text_scale(QApplication.instance())
    width = round(base_width * scale)
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        width = min(width, round(screen.availableGeometry().width() * 0.9))
    return width


def fit_to_contents(window: QWidget, base_width: int) -> None:
    """Resize `window` to target_width(base_width) and the height its layout needs at
    that width."""
    screen = QGuiApplication.primaryScreen()
    width = max(target_width(base_width), window.minimumSizeHint().width())
    layout = window.layout()
    height = window.sizeHint().height()
    if layout is not None and layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    if screen is not None:
        height = min(height, round(screen.availableGeometry().height() * 0.9))
    window.resize(width, max(height, window.minimumSizeHint().height()))
