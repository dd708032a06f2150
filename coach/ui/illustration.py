"""A step's line-art illustration, drawn from its SVG: mirrored for the left side, and
recoloured for the colour scheme.

The SVGs draw the figure in `currentColor` with `color="#2f3b45"` on the root element and
mark muscles and movement in a few fixed accent colours, all drawn for the RIGHT side. The
colours are swapped in the bytes before loading (the palette's ink for the figure; lighter
accents in dark mode), and a left-side segment is drawn flipped horizontally. QtSvg is
imported here, when the first illustration is drawn, never at app start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.assets import asset
from coach.ui import theme

#: The colours the SVG files are drawn in, in the light scheme.
FILE_INK = "#2f3b45"
FILE_STRETCH = "#3f8f8a"
FILE_HEAT = "#d99a3a"
FILE_HEAT_SOFT = "#f3dfbd"

#: During a rest the illustration fades back: the patient is not doing the movement.
DIM_OPACITY = 0.45


def recoloured_svg(data: bytes, palette: theme.Palette) -> bytes:
    """The SVG bytes with the figure in the palette's ink and accents that suit it."""
    swaps = {FILE_INK: palette.text}
    if palette.is_dark:
        swaps |= {
            FILE_STRETCH: palette.stretch.accent,
            FILE_HEAT: palette.heat.accent,
            FILE_HEAT_SOFT: palette.heat.soft,
        }
    for old, new in swaps.items():
        for variant in {old, old.upper()}:
            data = data.replace(variant.encode("ascii"), new.encode("ascii"))
    return data


class IllustrationView(QWidget):
    """Draws one SVG, kept square and centred; nothing at all when it has no image."""

    def __init__(
        self, parent: QWidget | None = None, *, images_dir: Path | None = None
    ) -> None:
        super().__init__(parent)
        self._images_dir = images_dir
        self._name: str | None = None
        self._mirrored = False
        self._dim = False
        self._renderers: dict[tuple[str, str], Any] = {}  # (file, palette) -> QSvgRenderer
        self._cached: QPixmap | None = None
        self._cached_key: tuple[object, ...] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAccessibleName(self.tr("Illustration"))

    # --- what to show -----------------------------------------------------------------

    @property
    def image(self) -> str | None:
        return self._name

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def set_image(self, name: str | None, mirrored: bool = False, *, dim: bool = False) -> None:
        """Show the file `name` from assets/images (None: nothing), flipped when mirrored."""
        if (name, mirrored, dim) == (self._name, self._mirrored, self._dim):
            return
        self._name, self._mirrored, self._dim = name, bool(mirrored), bool(dim)
        side = " " + self.tr("(left side, mirrored)") if self._mirrored else ""
        self.setAccessibleDescription(
            f"{Path(name).stem.replace('-', ' ')}{side}" if name else ""
        )
        self.update()

    def has_picture(self) -> bool:
        """True when the current image loaded and can be drawn."""
        return self._renderer() is not None

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    # --- drawing ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        renderer = self._renderer()
        if renderer is None:
            return
        side = min(self.width(), self.height())
        if side <= 0:
            return
        picture = self._picture(renderer, side)
        painter = QPainter(self)
        if self._dim:
            # The whole picture fades as one layer, so crossing strokes do not show darker.
            painter.setOpacity(DIM_OPACITY)
        painter.drawPixmap((self.width() - side) // 2, (self.height() - side) // 2, picture)
        painter.end()

    def _picture(self, renderer: Any, side: int) -> QPixmap:
        """The SVG drawn once per size, palette and side; repaints only copy it."""
        ratio = self.devicePixelRatioF()
        key = (self._name, theme.current_palette().name, side, self._mirrored, ratio)
        if self._cached_key != key or self._cached is None:
            pixels = max(1, round(side * ratio))
            image = QPixmap(pixels, pixels)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            target = QRectF(0, 0, pixels, pixels)
            if self._mirrored:
                # The files are drawn for the right side; the left is its mirror image.
                painter.translate(target.center())
                painter.scale(-1.0, 1.0)
                painter.translate(-target.center())
            renderer.render(painter, target)
            painter.end()
            image.setDevicePixelRatio(ratio)
            self._cached, self._cached_key = image, key
        return self._cached

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.update()  # the next paint picks the renderer for the new palette

    def _renderer(self) -> Any:
        if not self._name:
            return None
        palette = theme.current_palette()
        key = (self._name, palette.name)
        if key not in self._renderers:
            self._renderers[key] = self._load(self._name, palette)
        return self._renderers[key]

    def _load(self, name: str, palette: theme.Palette) -> Any:
        from PySide6.QtSvg import QSvgRenderer  # only when an illustration is first drawn

        folder = self._images_dir or asset("images")
        try:
            data = (folder / Path(name).name).read_bytes()
        except OSError:
            return None  # a missing picture leaves the space empty; the words still guide
        renderer = QSvgRenderer(recoloured_svg(data, palette))
        if not renderer.isValid():
            return None
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        return renderer
