"""Business-card pictures made in the tests: a rendered card, photographed at an angle on a desk, turned, tagged."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

CARD_SIZE = (1050, 600)  # 3.5 x 2 in at 300 dpi
CARD_LINES = (
    ("Siobhán Ní Bhriain-Ó Dónaill", 54),
    ("Directrice des Opérations Internationales", 34),
    ("Comhlacht Teicneolaíochta Éireannach Teo.", 34),
    ("siobhan.nibhriain@example.ie", 32),
    ("Mobile +353 87 123 4567", 32),
    ("www.example.ie", 32),
)


def render_card(lines: tuple[tuple[str, int], ...] = CARD_LINES, panel: bool = False) -> Image.Image:
    """A white card with dark text, one line under the other; `panel` adds a dark band down its left side."""
    card = Image.new("RGB", CARD_SIZE, (250, 249, 245))
    draw = ImageDraw.Draw(card)
    left = 60
    if panel:  # a designed card's dark panel: a rectangle of card proportions that is not the card
        draw.rectangle((0, 0, 330, CARD_SIZE[1]), fill=(25, 30, 40))
        left = 370
    top = 50
    for text, size in lines:
        font = _font(size * (0.75 if panel else 1))
        draw.text((left, top), text, fill=(20, 20, 30), font=font)
        top += int(size * (0.75 if panel else 1) * 1.55)
    return card


def _font(size: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans where the system has it (accents drawn), else Pillow's own font (accents as boxes)."""
    try:
        return ImageFont.truetype("DejaVuSans.ttf", round(size))
    except OSError:
        return ImageFont.load_default(size=size)


def on_desk(card: Image.Image, corners: list[tuple[float, float]], size: tuple[int, int] = (1600, 1200),
            shadow: bool = True) -> Image.Image:
    """The card seen at an angle on a dark desk: its corners (clockwise from top left) land on `corners`."""
    import cv2  # the tests that photograph cards need OpenCV as the app does

    desk = np.zeros((size[1], size[0], 3), np.uint8)
    desk[:] = (52, 44, 38)
    noise = np.random.default_rng(7).integers(-12, 12, desk.shape, dtype=np.int16)
    desk = np.clip(desk.astype(np.int16) + noise, 0, 255).astype(np.uint8)
    source = np.float32([[0, 0], [card.width, 0], [card.width, card.height], [0, card.height]])
    matrix = cv2.getPerspectiveTransform(source, np.float32(corners))
    warped = cv2.warpPerspective(np.asarray(card), matrix, size)
    mask = cv2.warpPerspective(np.full((card.height, card.width), 255, np.uint8), matrix, size)
    photo = np.where(mask[:, :, None] > 127, warped, desk)
    picture = Image.fromarray(photo)
    if shadow:  # a hand's shadow darkening one side, and a little blur from the phone's focus
        gradient = Image.linear_gradient("L").resize(size).point(lambda v: 150 + v * 105 // 255)
        picture = Image.composite(picture, Image.new("RGB", size, "black"), gradient)
        picture = picture.filter(ImageFilter.GaussianBlur(1.2))
    return picture


def jpeg_bytes(image: Image.Image, orientation: int = 1) -> bytes:
    """The image as a JPEG, with an EXIF Orientation tag when `orientation` is not 1."""
    exif = Image.Exif()
    if orientation != 1:
        exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, exif=exif.tobytes())
    return out.getvalue()


PERSPECTIVE = [(420.0, 310.0), (1230.0, 360.0), (1180.0, 860.0), (380.0, 800.0)]
