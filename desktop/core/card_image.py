"""A business card's photo made ready for OCR: read safely, the card found, straightened and turned upright.

A phone photo shows the card on a desk or in a hand, at an angle, under a shadow; a scan or a designed image is
the card alone. The card is found as the largest convex quadrilateral of a card's proportions and warped to a
flat rectangle; when none is found the whole picture is the card. Which way is up is decided by the text itself
(the engine's line boxes and its upside-down classifier) rather than the EXIF tag alone: phones write tags that
contradict their pixels, and a card photographed sideways has no tag at all. EXIF breaks the ties.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from desktop.core.card_reading import UNREAD_SCRIPTS, Box, CardImageProblem, TextLine
from desktop.core.messages import Message, english, os_reason
from desktop.core.opencv import cv2
from desktop.core.vcard_photo import PhotoProblem, check_photo_dimensions, heic_decoder, sniff_image_type

if TYPE_CHECKING:
    from desktop.core.card_reading import OcrEngine

MAX_FILE_BYTES = 60 * 1024 * 1024  # a 50-megapixel JPEG straight from a phone is 15-25 MB
MIN_SIDE = 200  # below this a card's small print is a few pixels high: nothing can be read
DETECT_SIDE = 1000  # the card outline is looked for on a copy this long: outlines need no detail
CARD_SIDE = 1280  # the straightened card's long side: 6 pt print stays ~25 px high, and the engine stays fast
DIRECTION_SIDE = 960  # the text's direction is judged on a copy this long: the detector alone, no reading
MIN_LINES = 2  # fewer lines than this and the picture is not a card

# Card proportions: ISO 85.6 x 54 (1.59), US 3.5 x 2 in (1.75), Japan 91 x 55 (1.65), Europe 85 x 55 (1.55);
# the band is wide because a quadrilateral seen at an angle is measured before it is flattened.
_CARD_RATIO = (1.2, 2.3)
_MIN_CARD_AREA = 0.12  # of the picture: a smaller quadrilateral is a logo, a label, a window on the card
_MAX_CARD_AREA = 0.97  # a bigger one is the picture's own edge (a scan): the whole picture is the card
_EXIF_TURNS = {3: 2, 6: 3, 8: 1}  # EXIF Orientation -> quarter turns counter-clockwise that show it upright


@runtime_checkable
class TextFinder(Protocol):
    """An engine that can also find text without reading it: used to find the card and to tell which way is up."""

    def find_text(self, image: Image.Image) -> list[Box]:
        """The boxes of the text lines in the image (any direction), in its pixels; fast, nothing is read."""
        ...

    def upside_down(self, image: Image.Image, boxes: list[Box]) -> float:
        """The share (0 to 1) of these lines, weighted by length, that are upside down in the image."""
        ...


@dataclass(frozen=True)
class CardPhoto:
    """A card picture as read from its file: the pixels as stored (scaled down) and what its EXIF tag says."""

    pixels: Image.Image  # RGB, the file's own pixel order, at most DETECT_SIDE * 4 on its long side
    exif_turns: int  # counter-clockwise quarter turns the EXIF Orientation tag asks for (0 when none)
    mirrored: bool = False  # EXIF orientations 2, 4, 5, 7: a selfie camera's mirror image


def load_card_photo(path: str | Path) -> CardPhoto:
    """Read a card picture from a file, refusing with a CardImageProblem anything that cannot be a card photo."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            _refuse(path, Message("the file is {size} MB, more than the {most} MB a card photo can be; export it "
                                  "smaller and try again", size=round(size / 1e6), most=MAX_FILE_BYTES // 2**20))
        data = path.read_bytes()
    except OSError as exc:
        _refuse(path, Message("the file cannot be opened ({reason})", reason=os_reason(exc)))
    return load_card_photo_bytes(data, path.name)


def load_card_photo_bytes(data: bytes, name: str) -> CardPhoto:
    """Read a card picture from its bytes (a pasted image); `name` names it in messages."""
    if not data:
        _refuse(name, english("the file is empty"))
    if sniff_image_type(data) == "image/heic" and not heic_decoder():
        _refuse(name, english("it is a HEIC photo, and this installation has no HEIC decoder (pi-heif); export it as "
                              "JPEG (on an iPhone: Settings → Camera → Formats → Most Compatible) and try again"))
    try:
        check_photo_dimensions(data)
    except PhotoProblem as exc:
        _refuse(name, exc.args[0])
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                orientation = image.getexif().get(0x0112, 1)
                # JPEGs decode straight at 1/2, 1/4 or 1/8 scale: a 50-megapixel photo never fills memory
                image.draft("RGB", (DETECT_SIDE * 4, DETECT_SIDE * 4))
                pixels = _flatten(image)
    except UnidentifiedImageError:
        _refuse(name, english("it is not a picture Afterview can read (JPEG, PNG, HEIC, WebP, BMP, GIF or TIFF)"))
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        # Pillow's "image file is truncated (43 bytes not processed)" means nothing to the user; what to do does
        _refuse(name, english("the picture is damaged or cut short; copy it from the camera or phone again"))
    if min(pixels.size) < MIN_SIDE:
        _refuse(name, Message("the picture is only {width} x {height} pixels; a card needs at least {least} pixels on "
                              "its short side to be read — take a closer photo", width=pixels.width,
                              height=pixels.height, least=MIN_SIDE))
    pixels.thumbnail((DETECT_SIDE * 4, DETECT_SIDE * 4), Image.Resampling.LANCZOS)
    orientation = orientation if isinstance(orientation, int) else 1
    return CardPhoto(pixels, _EXIF_TURNS.get(orientation, {2: 0, 4: 2, 5: 3, 7: 1}.get(orientation, 0)),
                     mirrored=orientation in (2, 4, 5, 7))


def _flatten(image: Image.Image) -> Image.Image:
    """RGB pixels, with a transparent background shown as white (a designed card exported as PNG)."""
    image.load()
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    if image.mode == "I;16" or image.mode == "I":
        return ImageOps.autocontrast(image.convert("L")).convert("RGB")  # 16-bit scans
    return image.convert("RGB")


def _refuse(name: str | Path, problem: str) -> None:
    raise CardImageProblem(Message("{name}: {problem}.", name=Path(name).name, problem=problem))


# --- finding the card ------------------------------------------------------------------------------------------


def find_card(image: Image.Image, text: list[Box] | None = None) -> Image.Image:
    """The card in the picture, flattened to a rectangle at most CARD_SIDE long; the picture itself if none.

    `text`, the boxes of the text found in the picture, keeps a quadrilateral that would cut text off (a panel
    printed on a designed card, a close-up whose edges are outside the frame) from being taken for the card.
    """
    return _card_view(image, text)[0]


def _card_view(image: Image.Image, text: list[Box] | None) -> tuple[Image.Image, np.ndarray]:
    """The flattened card and the 3 x 3 matrix that takes the picture's pixels to the card's."""
    corners = find_card_corners(image, text)
    if corners is None:
        card = _fit(image, CARD_SIDE)
        scale = card.width / image.width
        return card, np.array([[scale, 0, 0], [0, scale, 0], [0, 0, 1]], dtype=np.float32)
    width, height = _sides(corners)
    scale = min(1.0, CARD_SIDE / max(width, height))
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    target = np.array([[0, 0], [size[0], 0], [size[0], size[1]], [0, size[1]]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    flat = cv2.warpPerspective(np.asarray(image), matrix, size, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE)
    return Image.fromarray(flat), matrix


def find_card_corners(image: Image.Image, text: list[Box] | None = None) -> np.ndarray | None:
    """The card's four corners (top-left first, clockwise, in the image's pixels), None when no outline is seen."""
    scale = min(1.0, DETECT_SIDE / max(image.size))
    small = np.asarray(_fit(image, DETECT_SIDE).convert("L"))
    height, width = small.shape
    boxes = [np.array(box, dtype=np.float32) * scale for box in text or []]
    best: tuple[float, np.ndarray] | None = None
    for outline in _outlines(small):
        for contour in cv2.findContours(outline, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)[0]:
            quad = _quadrilateral(contour)
            if quad is None:
                continue
            share = cv2.contourArea(quad) / (width * height)
            if (_MIN_CARD_AREA <= share <= _MAX_CARD_AREA and (best is None or share > best[0])
                    and _card_shaped(quad) and not _is_frame(quad, width, height) and _holds(quad, boxes)):
                best = (share, quad)
    if best is None:
        return None
    return _clockwise(best[1].reshape(4, 2).astype(np.float32) / scale)


def _outlines(grey: np.ndarray) -> list[np.ndarray]:
    """Binary images whose outer contours may trace the card: its edges, and its face set apart by brightness."""
    blurred = cv2.GaussianBlur(grey, (5, 5), 0)
    edges = cv2.dilate(cv2.Canny(blurred, 40, 120), np.ones((3, 3), np.uint8), iterations=2)
    # A light card on a dark desk (or the reverse) separates by Otsu's threshold even where its edge is soft;
    # a desk lit unevenly joins the card at that threshold, so a brighter one is tried too.
    otsu, light = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    _, lighter = cv2.threshold(blurred, (otsu + float(np.percentile(blurred, 97))) / 2, 255, cv2.THRESH_BINARY)
    kernel = np.ones((9, 9), np.uint8)
    # closing: the print on the card must not punch holes in its face
    return [edges, *(cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel) for mask in (light, 255 - light, lighter))]


def _quadrilateral(contour: np.ndarray) -> np.ndarray | None:
    """The contour as a convex four-cornered polygon, or None; rounded corners and a thumb on an edge allowed."""
    hull = cv2.convexHull(contour)
    perimeter = cv2.arcLength(hull, True)
    for tolerance in (0.02, 0.03, 0.045):
        polygon = cv2.approxPolyDP(hull, tolerance * perimeter, True)
        if len(polygon) == 4 and cv2.isContourConvex(polygon):
            # the outline must fill the polygon, give or take a rounded corner or a thumb: a blob is not a card
            area = cv2.contourArea(polygon)
            return polygon if cv2.contourArea(contour) >= 0.88 * area and cv2.contourArea(hull) <= 1.12 * area else None
    return None


def _card_shaped(quad: np.ndarray) -> bool:
    width, height = _sides(_clockwise(quad.reshape(4, 2).astype(np.float32)))
    long, short = max(width, height), min(width, height)
    return short > 0 and _CARD_RATIO[0] <= long / short <= _CARD_RATIO[1]


def _is_frame(quad: np.ndarray, width: int, height: int) -> bool:
    """True for the picture's own border traced as a contour (a desk filling the photo around a small card)."""
    margin = 0.03 * max(width, height)
    return all(min(x, y, width - x, height - y) <= margin for x, y in quad.reshape(4, 2))


def _holds(quad: np.ndarray, boxes: list[np.ndarray]) -> bool:
    """True when the quadrilateral holds nearly all the text (by line length): the card cuts no print off."""
    inside = outside = 0.0
    for box in boxes:
        length = float(np.linalg.norm(box[1] - box[0]) + np.linalg.norm(box[2] - box[1]))
        # every corner of the line, give or take two pixels: a line whose end is cut off is not on the card
        if all(cv2.pointPolygonTest(quad, (float(x), float(y)), True) >= -2 for x, y in box):
            inside += length
        else:
            outside += length
    return outside <= 0.04 * (inside + outside)


def _clockwise(points: np.ndarray) -> np.ndarray:
    """Corners ordered top-left, top-right, bottom-right, bottom-left."""
    centre = points.mean(axis=0)
    angles = np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0])
    ordered = points[np.argsort(angles)]  # from the left, clockwise on screen (y grows downwards)
    start = int(np.argmin(ordered.sum(axis=1)))  # the top-left corner has the smallest x + y
    return np.roll(ordered, -start, axis=0)


def _sides(corners: np.ndarray) -> tuple[float, float]:
    """Width and height of the flattened quadrilateral: its longer opposite sides."""
    top, right, bottom, left = (float(np.linalg.norm(corners[(i + 1) % 4] - corners[i])) for i in range(4))
    return max(top, bottom), max(left, right)


def _fit(image: Image.Image, side: int) -> Image.Image:
    if max(image.size) <= side:
        return image
    scale = side / max(image.size)
    return image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))),
                        Image.Resampling.LANCZOS)


# --- which way is up -------------------------------------------------------------------------------------------


def upright(card: Image.Image, photo: CardPhoto, engine: OcrEngine, text: list[Box] | None = None) -> Image.Image:
    """The card turned so that its text reads left to right, top to bottom.

    The text decides when there is enough of it: its lines run across or down the card, and the engine's
    classifier says whether they are upside down. With too little text the EXIF tag is followed, as a viewer would.
    `text` is the boxes of the card's text already found (in its pixels); the engine looks again if they are too few.
    """
    if photo.mirrored:
        card = ImageOps.mirror(card)
        text = [_as_box(np.array([(card.width - x, y) for x, y in box], dtype=np.float32)[[1, 0, 3, 2]])
                for box in text or []]
    turns = None
    if isinstance(engine, TextFinder):
        small = _fit(card, DIRECTION_SIDE)
        scale = small.width / card.width
        turns = _text_turns(small, [_as_box(np.array(box, dtype=np.float32) * scale) for box in text or []], engine)
        if turns is None:  # too few lines seen on the whole picture: look at the card itself
            turns = _text_turns(small, engine.find_text(small), engine)
    turns = photo.exif_turns if turns is None else turns
    return card.rotate(90 * turns, expand=True) if turns else card


def _text_turns(small: Image.Image, boxes: list[Box], finder: TextFinder) -> int | None:
    """Counter-clockwise quarter turns that put the text of these boxes upright; None when too few to say."""
    across: list[np.ndarray] = []
    down: list[np.ndarray] = []
    for box in boxes:
        points = np.array(box, dtype=np.float32)
        width, height = float(np.linalg.norm(points[1] - points[0])), float(np.linalg.norm(points[3] - points[0]))
        if width >= 1.5 * height:
            across.append(points)
        elif height >= 1.5 * width:
            down.append(points)
    sideways = _length(down) > _length(across)
    lines = down if sideways else across
    # a logo and a number can point any way: it takes a few lines, clearly in one direction, to overrule EXIF
    if len(lines) < 3 or _length(lines) < 0.75 * (_length(across) + _length(down)):
        return None
    if sideways:  # a quarter turn counter-clockwise takes (x, y) to (y, width - x)
        lines = [_clockwise(np.stack([points[:, 1], small.width - points[:, 0]], axis=1)) for points in lines]
        small = small.rotate(90, expand=True)
    flipped = finder.upside_down(small, [_as_box(points) for points in lines])
    if 0.35 < flipped < 0.65:
        return None
    return (1 if sideways else 0) + (2 if flipped >= 0.65 else 0)


def _length(boxes: list[np.ndarray]) -> float:
    return sum(max(float(np.linalg.norm(b[1] - b[0])), float(np.linalg.norm(b[3] - b[0]))) for b in boxes)


def _as_box(points: np.ndarray) -> Box:
    return tuple((float(x), float(y)) for x, y in points)  # type: ignore[return-value]


# --- the whole way from file to text lines ---------------------------------------------------------------------


def read_lines(path: str | Path, engine: OcrEngine | None = None) -> tuple[Image.Image, list[TextLine]]:
    """The straightened, upright card and the text lines read on it (boxes in that image's pixels).

    Raises CardImageProblem, naming the file, for a file that is not a readable picture or shows no card.
    """
    return read_photo_lines(load_card_photo(path), Path(path).name, engine)


def read_photo_lines(photo: CardPhoto, name: str,
                     engine: OcrEngine | None = None) -> tuple[Image.Image, list[TextLine]]:
    """read_lines for a photo already loaded (a pasted image: load_card_photo_bytes)."""
    engine = engine or _default_engine()
    text = on_card = None
    if isinstance(engine, TextFinder):
        small = _fit(photo.pixels, DETECT_SIDE)
        scale = photo.pixels.width / small.width
        text = [_as_box(np.array(box, dtype=np.float32) * scale) for box in engine.find_text(small)]
    card, matrix = _card_view(photo.pixels, text)
    if text is not None:  # the lines already found, moved onto the card: no second look to tell which way is up
        on_card = [_as_box(cv2.perspectiveTransform(np.array(box, dtype=np.float32).reshape(-1, 1, 2),
                                                    matrix).reshape(4, 2))
                   for box in text]
    card = upright(card, photo, engine, on_card)
    lines = engine.read(card)
    if sum(len(line.text.strip()) >= 2 for line in lines) < MIN_LINES:
        if sum(not line.text for line in lines) >= MIN_LINES:
            _refuse(name, Message("its text is in a script Afterview cannot read yet ({scripts}); type the card in",
                                  scripts=UNREAD_SCRIPTS))
        _refuse(name, english("no card text was found in the picture; take the photo straight on, "
                              "with the card filling most of it, in good light"))
    return card, lines


def raw_lines(path: str | Path, engine: OcrEngine | None = None) -> tuple[Image.Image, list[TextLine]]:
    """The naive baseline: the engine on the file's pixels as stored, no card finding, no turning."""
    image = _fit(load_card_photo(path).pixels, 2000)
    return image, (engine or _default_engine()).read(image)


def _default_engine() -> OcrEngine:
    from desktop.core.ocr_engine import default_engine  # here: the models load only when a card is read

    return default_engine()
