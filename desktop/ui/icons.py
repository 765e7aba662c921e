"""Icons by purpose: glyphs of the Material Design Icons font that qtawesome ships, drawn when painted.

qtawesome itself is not imported: its import star-imports QtGui and QtWidgets through QtPy and its first icon loads
all thirteen of its fonts, 0.5 s of CPU and 40 MB for the twenty glyphs used here. Its one font and charmap used
are read once, with the first icon (after the window shows), found beside its package without running it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from desktop.ui.colours import INK_SOFT, Role
from desktop.ui.style import hex_colour

FONT = "materialdesignicons6-webfont"  # its version is qtawesome's to choose: the font and its charmap share it
NAMES = {
    "today": "calendar-check",
    "calendar": "calendar-month",
    "opportunities": "briefcase-outline",
    "contacts": "card-account-details-outline",
    "notes": "email-edit-outline",
    "note": "email-fast-outline",
    "scheduled": "send-clock-outline",
    "call": "phone-outgoing",
    "move_on": "door-open",
    "interview": "account-group-outline",
    "snooze": "alarm-snooze",
    "settings": "cog-outline",
    "sample": "database-import-outline",
    "empty": "coffee-outline",
    "about": "information-outline",
    "folder": "folder-open-outline",
    "import": "file-import-outline",
    "check_ok": "check-circle-outline",
    "check_warning": "alert-outline",
    "check_error": "close-circle-outline",
}
GLYPH_SHARE = 0.875  # of the icon's height, leaving room for the font's bearing (qtawesome's proportion)


def font_folder() -> Path:
    """qtawesome's fonts folder, found without importing qtawesome."""
    spec = find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("qtawesome, which carries the icon font, is not installed")
    return Path(spec.submodule_search_locations[0]) / "fonts"


@cache
def _font() -> tuple[str, dict[str, str]]:
    """The icon font's family, registered with Qt once, and the character of each purpose."""
    folder = font_folder()
    fonts = sorted(folder.glob(f"{FONT}-[0-9]*.ttf"))
    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(fonts[-1]))) if fonts else []
    if not families:
        raise FileNotFoundError(f"no icon font {FONT}-*.ttf could be loaded from {folder}")
    version = fonts[-1].stem.removeprefix(f"{FONT}-")
    codes = json.loads((folder / f"{FONT}-charmap-{version}.json").read_text(encoding="utf-8"))
    return families[0], {purpose: chr(int(codes[name], 16)) for purpose, name in NAMES.items()}


class GlyphEngine(QIconEngine):
    """One glyph in one colour, drawn at whatever size it is painted; disabled, in the palette's disabled text."""

    def __init__(self, family: str, glyph: str, colour: QColor) -> None:
        super().__init__()
        self._family, self._glyph, self._colour = family, glyph, colour

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        disabled = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        painter.setPen(disabled if mode == QIcon.Mode.Disabled else self._colour)
        font = QFont(self._family)
        font.setPixelSize(max(1, round(GLYPH_SHARE * rect.height())))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._glyph)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(QColor(0, 0, 0, 0))  # clear: only the glyph is drawn
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self._family, self._glyph, self._colour)


def icon(purpose: str, role: Role = INK_SOFT) -> QIcon:
    """The icon drawn in the role's colour of the current scheme; drawn again when the scheme changes."""
    family, glyphs = _font()
    return QIcon(GlyphEngine(family, glyphs[purpose], QColor(hex_colour(role))))
