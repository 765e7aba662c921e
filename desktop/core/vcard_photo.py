"""The PHOTO of a vCard: base64 (ENCODING=b / BASE64), data: URIs, and the image's MIME type."""

from __future__ import annotations

import base64
import binascii
import io
import re
import warnings
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import unquote_to_bytes

from desktop.core.messages import Message, english

if TYPE_CHECKING:
    from PIL import Image

MAX_PHOTO_BYTES = 10 * 1024 * 1024
# A phone's 48-megapixel photo fits; decoded, a 20,000 x 20,000 PNG of a few kilobytes would take 1.6 GB.
MAX_PHOTO_PIXELS = 50_000_000
_BOMB_PIXELS = re.compile(r"\((\d+) pixels\)")

_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
_SUBTYPES = {"jpg": "jpeg", "pjpeg": "jpeg", "tif": "tiff"}


class PhotoProblem(ValueError):
    """A photo that was left out; the message says why."""


def sniff_image_type(data: bytes) -> str:
    """The MIME type that the image's first bytes announce, or '' when they announce none we know."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "image/heic"
    return ""


@cache
def heic_decoder() -> bool:
    """Whether Pillow can open HEIC photos (an iPhone's default); registers pi-heif's decoder the first time.

    pi-heif is the decode-only build of pillow-heif: libheif and libde265 (LGPL), without the x265 encoder whose
    GPL would bind the whole bundle. A build without it still runs, and says HEIC cannot be read.
    """
    try:
        from pi_heif import register_heif_opener
    except ImportError:
        return False
    register_heif_opener()
    return True


def mime_from_type_param(value: str) -> str:
    """'JPEG' or 'image/jpeg' (a TYPE or MEDIATYPE parameter) as a MIME type."""
    value = value.strip().lower()
    if not value:
        return ""
    if "/" in value:
        return value
    return "image/" + _SUBTYPES.get(value, value)


def type_param_from_mime(mime: str) -> str:
    """'image/jpeg' as the TYPE parameter vCard 3.0 readers expect: 'JPEG'."""
    return mime.rpartition("/")[2].upper()


def decode_photo(value: str, base64_encoded: bool) -> tuple[bytes, str] | None:
    """The photo's bytes and the MIME type a data: URI names ('' if none); None for a photo elsewhere (a URL).

    Raises PhotoProblem for a photo too large or not decodable.
    """
    value = value.strip()
    mime = ""
    if value[:5].lower() == "data:":
        header, comma, payload = value[5:].partition(",")
        if not comma:
            raise PhotoProblem(english("its data: URI has no comma before the data"))
        mime = header.split(";")[0].strip().lower()
        base64_encoded = header.lower().endswith(";base64")
        if not base64_encoded:
            raw = unquote_to_bytes(payload)
            _check_size(len(raw))
            return raw, mime
        value = payload
    elif not base64_encoded:
        if "://" in value[:12]:
            return None  # a link to a photo elsewhere: Afterview never fetches from the network
        # Some writers (Thunderbird) leave out ENCODING=b; keep the value if it is base64 of an image.
        try:
            data = _b64(value)
        except PhotoProblem:
            return None
        return (data, mime) if sniff_image_type(data) else None
    return _b64(value), mime


def jpeg_photo(image: Image.Image) -> tuple[bytes, str]:
    """A picture (a card straightened from its photo) as the JPEG a contact keeps, with its type."""
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue(), "image/jpeg"


def check_photo_dimensions(data: bytes) -> None:
    """Refuse a picture of more than MAX_PHOTO_PIXELS, from the size its header gives, before any decoding.

    Pillow's own guard (MAX_IMAGE_PIXELS, set here for every later decoding too) raises DecompressionBombError
    past twice the limit while reading the header; below that its warning is not needed, the size is checked here.
    A file that Pillow cannot identify is left to the reader that decodes it, which says so.
    """
    from PIL import Image, UnidentifiedImageError  # here: Pillow is not needed until a photo is read

    Image.MAX_IMAGE_PIXELS = MAX_PHOTO_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
    except Image.DecompressionBombError as bomb:
        found = _BOMB_PIXELS.search(str(bomb))
        _refuse_pixels(int(found.group(1)) if found else 2 * MAX_PHOTO_PIXELS + 1)
    except (UnidentifiedImageError, OSError, ValueError):
        return
    if width * height > MAX_PHOTO_PIXELS:
        _refuse_pixels(width * height, f" ({width:,} x {height:,})")


def _refuse_pixels(pixels: int, size: str = "") -> None:
    raise PhotoProblem(Message("it is a picture of {megapixels:,.0f} megapixels{size}, more than the {most} megapixels "
                               "Afterview reads; scale it down and add it again", megapixels=pixels / 1e6, size=size,
                               most=MAX_PHOTO_PIXELS // 1_000_000))


def _b64(value: str) -> bytes:
    compact = "".join(value.split())
    _check_size(len(compact) * 3 // 4)  # before decoding, so a huge photo costs no memory
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError) as error:
        raise PhotoProblem(Message("it is not valid base64 ({error})", error=str(error))) from error


def _check_size(size: int) -> None:
    if size > MAX_PHOTO_BYTES:
        raise PhotoProblem(Message("it is {size:.1f} MB, more than the {most} MB allowed", size=size / 1024 / 1024,
                                   most=MAX_PHOTO_BYTES // 1024 // 1024))
