"""The photo of a business card: read from a file or the clipboard, checked, and shown scaled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.core import vcard_photo
from desktop.ui.dates import number
from desktop.ui.i18n import shown_error, texts
from desktop.ui.style import set_property

MAX_PHOTO_BYTES = 10 * 1024 * 1024
_MIME = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "gif": "image/gif", "bmp": "image/bmp",
         "webp": "image/webp", "tiff": "image/tiff"}


class PhotoProblem(Exception):
    """A file that cannot be a card photo; the message names the file and the reason."""


def read_photo_file(path: Path) -> tuple[bytes, str]:
    """The bytes and MIME type of an image file of at most 10 MB."""
    try:
        size = path.stat().st_size
        if size > MAX_PHOTO_BYTES:
            raise PhotoProblem(texts.tr("{name} is {size} MB; a card photo can be at most 10 MB.").format(
                name=path.name, size=number(size / 1024 / 1024, 1)))
        data = path.read_bytes()
    except OSError as exc:
        raise PhotoProblem(texts.tr("{name} cannot be read ({reason}).").format(
            name=path.name, reason=exc.strerror or exc)) from exc
    try:
        vcard_photo.check_photo_dimensions(data)  # before Qt decodes it: a huge one would come out blank
    except vcard_photo.PhotoProblem as exc:
        raise PhotoProblem(f"{path.name}: {shown_error(exc)}.") from exc
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    image_format = bytes(QImageReader.imageFormat(buffer).data()).decode().lower()
    if not image_format or QImage.fromData(data).isNull():
        raise PhotoProblem(texts.tr("{name} is not a picture Afterview can read (PNG, JPEG, GIF, BMP, WebP).").format(
            name=path.name))
    return data, _MIME.get(image_format, f"image/{image_format}")


def pastes_a_picture(event: QEvent) -> bool:
    """Whether a key press is Paste while the clipboard holds a picture and no text (which a text field takes)."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) \
            or not event.matches(QKeySequence.StandardKey.Paste):
        return False
    mime = QGuiApplication.clipboard().mimeData()
    return mime is not None and mime.hasImage() and not mime.hasText()


def image_to_png(image: QImage) -> bytes:
    """A pasted image as PNG bytes, the lossless format every reader takes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


class PhotoView(QLabel):
    """A card photo scaled to fit a fixed box, or a hint where it would be."""

    def __init__(self, width: int, height: int, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = (width, height)
        self._hint = hint
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedSize(width, height)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setWordWrap(True)
        self.show_photo(None)

    def show_photo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        try:
            if data:
                vcard_photo.check_photo_dimensions(data)  # a photo stored before the check existed
        except vcard_photo.PhotoProblem as problem:
            self._show_text(self.tr("The photo is not shown: {problem}.").format(problem=problem))
            return
        if data and pixmap.loadFromData(data):
            self.setPixmap(pixmap.scaled(*self._box, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
            set_property(self, "photo", "")
        else:
            self._show_text(self._hint)

    def _show_text(self, text: str) -> None:
        self.clear()
        self.setText(text)
        set_property(self, "photo", "empty")
