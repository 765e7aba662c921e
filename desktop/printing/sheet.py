"""A page-sized canvas: millimetres, fonts, wrapped text measured before it is drawn, and the page plan.

Pages are planned first (every piece measured) and painted second, so that an entry is never cut in
half and every footer can say "page 2 of 3".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter

INK = QColor("#1f2933")
MUTED = QColor("#6b7280")
RULE = QColor("#d5d9e0")
ACCENT = QColor("#2f6f73")
WARN = QColor("#9a3412")
PAPER_TINT = QColor("#f6f8f8")

# Fonts with wide coverage first; glyphs they lack (Japanese, say) come from the system's fallback fonts.
SERIF = ["Noto Serif", "DejaVu Serif", "Liberation Serif", "Georgia", "Times New Roman", "serif"]
SANS = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Segoe UI", "Helvetica", "Arial", "sans-serif"]

WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)

Paint = Callable[[QPainter, float], None]  # draws one piece with its top at the given y


def font(families: list[str], points: float, bold: bool = False, italic: bool = False) -> QFont:
    result = QFont(families)
    result.setPointSizeF(points)
    result.setBold(bold)
    result.setItalic(italic)
    return result


@dataclass(frozen=True)
class Text:
    """A run of wrapped text placed relative to its piece's top-left corner."""

    x: float
    y: float
    width: float
    height: float
    text: str
    font: QFont
    color: QColor
    flags: int = WRAP

    def draw(self, painter: QPainter, left: float, top: float) -> None:
        painter.setFont(self.font)
        painter.setPen(self.color)
        painter.drawText(QRectF(left + self.x, top + self.y, self.width, self.height), self.flags, self.text)


@dataclass
class Page:
    pieces: list[tuple[float, Paint]] = field(default_factory=list)  # (top, painter of the piece)


class Sheet:
    """Measuring and planning on one device; its painter must be active."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter) -> None:
        self.device = device
        self.painter = painter
        self.width = float(device.width())
        self.height = float(device.height())
        self.pages: list[Page] = []

    def mm(self, millimetres: float) -> float:
        return millimetres * self.device.logicalDpiY() / 25.4

    def text(self, x: float, y: float, width: float, text: str, text_font: QFont, color: QColor = INK,
             flags: int = WRAP) -> Text:
        """A run of text measured at this width; its height is what it will take on paper."""
        self.painter.setFont(text_font)
        bounds = self.painter.boundingRect(QRectF(0, 0, width, 1e7), flags, text)
        return Text(x, y, width, bounds.height(), text, text_font, color, flags)

    def paint(self, painter: QPainter, footer: Callable[[QPainter, int, int], None]) -> None:
        """Paint the planned pages, one device page each, with the footer on every page."""
        for number, page in enumerate(self.pages, start=1):
            if number > 1:
                self.device.newPage()
            for top, piece in page.pieces:
                piece(painter, top)
            footer(painter, number, len(self.pages))
