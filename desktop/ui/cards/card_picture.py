"""The picture of a card under review: scaled to fit, the fields' boxes drawn on it, its lines clickable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.colours import MUTED, PHOTO_MARK, PHOTO_MARK_FILL, PHOTO_TEXT
from desktop.ui.style import colour

if TYPE_CHECKING:
    from PIL import Image

    from desktop.core.card_reading import Box, TextLine


def qimage_of(image: Image.Image) -> QImage:
    """A Pillow image as a QImage that owns its pixels."""
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


def _bounds(box: Box) -> QRectF:
    return QPolygonF([QPointF(x, y) for x, y in box]).boundingRect()


class CardImageView(QWidget):
    """The card scaled to fit, where each field was read outlined faintly and the current field's in colour.

    A click on a line of text read there emits `line_clicked` with it, to put into the field being reviewed.
    """

    line_clicked = Signal(object)  # the TextLine

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 170)
        self.setMouseTracking(True)  # the pointer shows where a click takes a line's text
        self._image = QImage()
        self._scaled: QPixmap | None = None
        self._boxes: list[Box] = []
        self._lines: list[TextLine] = []
        self.highlighted: tuple[Box, ...] = ()

    def show_image(self, image: QImage, boxes: list[Box], lines: list[TextLine] | None = None) -> None:
        self._image, self._boxes, self._scaled, self.highlighted = image, boxes, None, ()
        self._lines = lines or []
        self.update()

    def line_at(self, point: QPointF) -> TextLine | None:
        """The line read under a point of the widget, the smallest where boxes overlap."""
        target = self._target()
        if target.isEmpty() or not target.contains(point):
            return None
        scale = target.width() / self._image.width()
        x, y = (point.x() - target.x()) / scale, (point.y() - target.y()) / scale
        hits = [line for line in self._lines if _bounds(line.box).contains(QPointF(x, y))]
        return min(hits, key=lambda line: _bounds(line.box).width() * _bounds(line.box).height(), default=None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.line_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        line = self.line_at(event.position())
        if line is not None and event.button() == Qt.MouseButton.LeftButton:
            self.line_clicked.emit(line)

    def highlight(self, boxes: tuple[Box, ...]) -> None:
        self.highlighted = boxes
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 400)

    def _target(self) -> QRectF:
        """Where the image is drawn: as large as fits, centred across, its proportions kept."""
        if self._image.isNull():
            return QRectF()
        scale = min(self.width() / self._image.width(), self.height() / self._image.height())
        width, height = self._image.width() * scale, self._image.height() * scale
        return QRectF((self.width() - width) / 2, 0, width, height)  # at the top, level with the first field

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        target = self._target()
        if target.isEmpty():
            painter.setPen(colour(MUTED))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No picture of the card"))
            return
        ratio = self.devicePixelRatioF()
        size = QSize(round(target.width() * ratio), round(target.height() * ratio))
        if self._scaled is None or self._scaled.size() != size:
            # Scaled once per size with smoothing, at the screen's pixel density: crisp, and cheap to repaint.
            self._scaled = QPixmap.fromImage(self._image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                                                Qt.TransformationMode.SmoothTransformation))
            self._scaled.setDevicePixelRatio(ratio)
        painter.drawPixmap(target.topLeft(), self._scaled)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = target.width() / self._image.width()

        def polygon(box: Box) -> QPolygonF:
            return QPolygonF([QPointF(target.x() + x * scale, target.y() + y * scale) for x, y in box])

        painter.setPen(QPen(colour(PHOTO_TEXT, alpha=70), 1))
        for box in self._boxes:
            painter.drawPolygon(polygon(box))
        painter.setPen(QPen(colour(PHOTO_MARK), 3))
        painter.setBrush(colour(PHOTO_MARK_FILL, alpha=60))
        for box in self.highlighted:
            painter.drawPolygon(polygon(box).boundingRect().adjusted(-3, -3, 3, 3))
