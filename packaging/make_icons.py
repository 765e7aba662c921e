"""Render resources/icons/afterview.svg into the PNG set, a multi-size .ico and an .icns.

Qt's SVG renderer draws each size from the vector source (crisp at 16 px, unlike downscaling);
Pillow only packs the rendered PNGs into the Windows and macOS container formats.
Run from anywhere: `python packaging/make_icons.py`; the outputs are committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "afterview.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    """Where the rendered PNG of one size lives (also read by the Linux packaging scripts)."""
    return ICONS / f"afterview-{size}.png"


def render_pngs(source: Path, sizes: tuple[int, ...]) -> list[Path]:
    """Draw the SVG at each size on a transparent canvas and save it as PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = png_path(size)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"{target}: could not be written")
        written.append(target)
    del app
    return written


def pack_containers() -> None:
    """Pack the rendered PNGs into afterview.ico and afterview.icns."""
    from PIL import Image

    ico_images = [Image.open(png_path(size)) for size in ICO_SIZES]
    largest = ico_images[-1]
    largest.save(ICONS / "afterview.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=ico_images[:-1])

    icns_images = [Image.open(png_path(size)) for size in PNG_SIZES if size in (16, 32, 64, 128, 256, 512, 1024)]
    icns_images[-1].save(ICONS / "afterview.icns", append_images=icns_images[:-1])


def main() -> int:
    written = render_pngs(SOURCE, PNG_SIZES)
    pack_containers()
    for path in [*written, ICONS / "afterview.ico", ICONS / "afterview.icns"]:
        print(f"{path.relative_to(ICONS.parents[1])}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
