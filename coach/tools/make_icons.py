"""Renders the app icon (assets/icons/coach.svg) to PNG files for desktops and window bars.

Run `python -m coach.tools.make_icons [--out DIR]`. It writes the freedesktop icon-theme
layout, `hicolor/<n>x<n>/apps/coach.png` for every size in SIZES, plus the scalable SVG in
`hicolor/scalable/apps/coach.svg`. Sizes up to SMALL_UP_TO px are drawn from
`coach-small.svg`, the same picture with thicker lines: thin strokes vanish at 16 px.

The app loads these PNGs for its window icon (no SVG engine needed at start-up), and a
package can install the hicolor folder as it is, next to assets/coach.desktop.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from coach.assets import asset

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 32
NAME = "coach"


def default_out_dir() -> Path:
    """The icons folder of the assets (where the committed PNGs live)."""
    return asset("icons", "hicolor")


def png_path(out_dir: Path, size: int) -> Path:
    """Where the PNG of one size goes in the hicolor layout."""
    return out_dir / f"{size}x{size}" / "apps" / f"{NAME}.png"


def render(svg: Path, size: int, target: Path) -> None:
    """Draw an SVG into a square transparent PNG of `size` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise OSError(f"{svg}: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise OSError(f"{target}: could not be written")


def make_all(out_dir: Path) -> list[Path]:
    """Write every size and the scalable copy; the paths written."""
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    written = []
    for size in SIZES:
        svg = asset("icons", f"{NAME}-small.svg" if size <= SMALL_UP_TO else f"{NAME}.svg")
        target = png_path(out_dir, size)
        render(svg, size, target)
        written.append(target)
    scalable = out_dir / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(asset("icons", f"{NAME}.svg"), scalable)
    written.append(scalable)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Write the icons into --out (default: assets/icons/hicolor)."""
    parser = argparse.ArgumentParser(
        prog="python -m coach.tools.make_icons", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", type=Path, default=None, help="folder for the hicolor tree")
    args = parser.parse_args(argv)
    out_dir: Path = args.out if args.out is not None else default_out_dir()
    try:
        for path in make_all(out_dir):
            print(f"wrote {path} ({path.stat().st_size} bytes)")
    except OSError as exc:
        print(f"make_icons: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
