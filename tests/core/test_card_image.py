"""A card's photo made ready for OCR: refused clearly when it cannot be, found, straightened and turned upright."""

from __future__ import annotations

import io
import os
import socket
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from desktop.core import card_image
from desktop.core.card_reading import Box, CardImageProblem, TextLine
from desktop.core.ocr_engine import RapidOcrEngine
from tests.core.card_pictures import PERSPECTIVE, jpeg_bytes, on_desk, render_card


class FakeEngine:
    """An engine that reads what it is told to, and records the images it was shown."""

    name = "fake"

    def __init__(self, lines: list[str] | None = None) -> None:
        self.lines = ["Siobhán Ní Bhriain", "siobhan@example.ie"] if lines is None else lines
        self.seen: list[Image.Image] = []

    def read(self, image: Image.Image) -> list[TextLine]:
        self.seen.append(image)
        box: Box = ((0.0, 0.0), (10.0, 0.0), (10.0, 5.0), (0.0, 5.0))
        return [TextLine(text, box, 0.9) for text in self.lines]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def png_header(width: int, height: int) -> bytes:
    """A PNG whose header announces this size, with no pixels behind it: nothing that large is ever decoded."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


# --- refusing what cannot be a card photo, by name ---------------------------------------------------------------


@pytest.mark.parametrize(("name", "data", "says"), [
    ("notes.jpg", b"These are my notes, not a picture.", "not a picture Afterview can read"),
    ("empty.png", b"", "the file is empty"),
    ("huge.png", png_header(10_000, 8_000), "80 megapixels"),
])
def test_a_file_that_is_no_card_photo_is_refused_naming_it(tmp_path: Path, name: str, data: bytes,
                                                            says: str) -> None:
    with pytest.raises(CardImageProblem) as refused:
        card_image.read_lines(write(tmp_path, name, data), FakeEngine())
    assert str(refused.value).startswith(f"{name}: ")
    assert says in str(refused.value)


HEIC_CARD = Path(__file__).parent / "cards" / "card.heic"  # card_pictures.render_card, 700 x 400, saved as HEIC


def test_an_iphone_heic_photo_is_decoded(tmp_path: Path) -> None:
    engine = FakeEngine()
    card_image.read_lines(write(tmp_path, "IMG_2031.HEIC", HEIC_CARD.read_bytes()), engine)
    assert engine.seen[-1].size[0] > engine.seen[-1].size[1]  # the card's pixels, landscape, reached the engine


def test_a_cut_short_heic_photo_is_refused_as_damaged(tmp_path: Path) -> None:
    whole = HEIC_CARD.read_bytes()
    with pytest.raises(CardImageProblem, match=r"^IMG_2032\.HEIC: the picture is damaged or cut short"):
        card_image.read_lines(write(tmp_path, "IMG_2032.HEIC", whole[: len(whole) // 2]), FakeEngine())


def test_without_a_heic_decoder_a_heic_photo_is_refused_saying_what_to_do(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(card_image, "heic_decoder", lambda: False)
    with pytest.raises(CardImageProblem, match=r"^Card from iPhone\.HEIC: it is a HEIC photo, and this installation "
                                               r"has no HEIC decoder .*Most Compatible"):
        card_image.read_lines(write(tmp_path, "Card from iPhone.HEIC", HEIC_CARD.read_bytes()), FakeEngine())


def test_a_damaged_jpeg_is_refused_as_damaged(tmp_path: Path) -> None:
    whole = jpeg_bytes(render_card())
    with pytest.raises(CardImageProblem, match=r"^cut\.jpg: the picture is damaged or cut short; copy it"):
        card_image.read_lines(write(tmp_path, "cut.jpg", whole[: len(whole) // 2]), FakeEngine())


def test_a_tiny_picture_is_refused_with_its_size(tmp_path: Path) -> None:
    out = io.BytesIO()
    render_card().resize((160, 91)).save(out, "PNG")
    with pytest.raises(CardImageProblem, match=r"only 160 x 91 pixels.*closer photo"):
        card_image.read_lines(write(tmp_path, "thumb.png", out.getvalue()), FakeEngine())


def test_a_missing_file_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(CardImageProblem, match=r"^gone\.jpg: the file cannot be opened"):
        card_image.read_lines(tmp_path / "gone.jpg", FakeEngine())


def test_a_picture_with_no_text_is_not_a_card(tmp_path: Path) -> None:
    with pytest.raises(CardImageProblem, match=r"^beach\.jpg: no card text was found"):
        card_image.read_lines(write(tmp_path, "beach.jpg", jpeg_bytes(render_card(lines=()))), FakeEngine([]))


def test_a_large_photo_is_decoded_small(tmp_path: Path) -> None:
    big = Image.new("RGB", (6000, 4500), (52, 44, 38))
    big.paste(render_card().resize((3150, 1800)), (1400, 1300))
    photo = card_image.load_card_photo(write(tmp_path, "30mp.jpg", jpeg_bytes(big)))
    assert max(photo.pixels.size) <= card_image.DETECT_SIDE * 4


def test_a_transparent_png_is_read_on_white(tmp_path: Path) -> None:
    out = io.BytesIO()
    Image.new("RGBA", (900, 500), (0, 0, 0, 0)).save(out, "PNG")
    photo = card_image.load_card_photo(write(tmp_path, "logo.png", out.getvalue()))
    assert photo.pixels.mode == "RGB"
    assert photo.pixels.getpixel((10, 10)) == (255, 255, 255)


# --- finding the card --------------------------------------------------------------------------------------------


def test_a_card_photographed_at_an_angle_on_a_desk_is_found_and_flattened() -> None:
    photo = on_desk(render_card(), PERSPECTIVE)
    corners = card_image.find_card_corners(photo)
    assert corners is not None
    assert np.abs(corners - np.float32(PERSPECTIVE)).max() < 15
    card = card_image.find_card(photo)
    assert 1.6 < card.width / card.height < 1.9  # the rendered card is 1.75: flattened, not the photo's 1.33
    # the desk is gone: the flattened card's corners are the card's own light face
    assert min(card.convert("L").getpixel((8, 8)), card.convert("L").getpixel((card.width - 8, card.height - 8))) > 90


def test_a_designed_card_is_kept_whole_even_with_a_card_shaped_panel_on_it() -> None:
    card = render_card(panel=True)
    assert card_image.find_card_corners(card) is None
    assert card_image.find_card(card).size == card.size


def test_an_outline_that_would_cut_text_off_is_not_the_card() -> None:
    photo = on_desk(render_card(), PERSPECTIVE, shadow=False)
    # text found beyond the card's right edge (a second card, a letter under it): the card cannot be just this
    outside: Box = ((1300.0, 500.0), (1500.0, 500.0), (1500.0, 540.0), (1300.0, 540.0))
    inside: Box = ((500.0, 400.0), (700.0, 400.0), (700.0, 440.0), (500.0, 440.0))
    assert card_image.find_card_corners(photo, [inside]) is not None
    assert card_image.find_card_corners(photo, [inside, outside]) is None


def test_the_whole_picture_is_the_card_when_no_outline_is_seen() -> None:
    scan = Image.new("RGB", (2400, 1400), "white")
    card = card_image.find_card(scan)
    assert card.size == (card_image.CARD_SIDE, round(1400 * card_image.CARD_SIDE / 2400))


# --- which way is up, without a text finder: EXIF ----------------------------------------------------------------


@pytest.mark.parametrize(("orientation", "size"), [(1, (1050, 600)), (6, (600, 1050)), (8, (600, 1050)),
                                                   (3, (1050, 600))])
def test_an_engine_that_cannot_find_text_follows_exif(tmp_path: Path, orientation: int,
                                                      size: tuple[int, int]) -> None:
    engine = FakeEngine()
    path = write(tmp_path, "card.jpg", jpeg_bytes(render_card(), orientation))
    card, lines = card_image.read_lines(path, engine)
    assert card.size == size
    assert engine.seen == [card]
    assert [line.text for line in lines] == engine.lines


# --- with the real engine: turned by the text, nothing downloaded ------------------------------------------------


@pytest.fixture(scope="module")
def engine() -> RapidOcrEngine:
    return RapidOcrEngine()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a socket fails the test: models must come from the installed package."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a socket was opened while reading a card")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def _text(lines: list[TextLine]) -> str:
    return "\n".join(line.text for line in lines)


# The OCR models loaded and a card read: a few seconds on an idle machine, over 60 s measured with the load of six
# test suites on its two cores (load average 24).
@pytest.mark.timeout(240)
def test_the_engine_loads_its_models_and_reads_with_the_network_blocked(tmp_path: Path, no_network: None) -> None:
    path = write(tmp_path, "desk.jpg", jpeg_bytes(on_desk(render_card(), PERSPECTIVE)))
    card, lines = card_image.read_lines(path, RapidOcrEngine())
    text = _text(lines)
    assert "siobhan.nibhriain@example.ie" in text.replace(" ", "")
    assert "4567" in text
    assert lines[0].text == "Siobhán Ní Bhriain-Ó Dónaill"  # reading order: the name first, accents kept
    assert all(0 <= x <= card.width + 1 and 0 <= y <= card.height + 1 for line in lines for x, y in line.box)


@pytest.mark.timeout(240)  # a card read four times to tell which way is up: over 60 s at load average 24
@pytest.mark.parametrize(("turn", "orientation"), [
    (0, 6),  # pixels upright but tagged as needing a turn (the corpus's bc10): the tag is wrong, ignored
    (270, 6),  # a phone held upright: pixels sideways, the tag right
    (90, 1),  # photographed sideways with no tag at all
    (180, 1),  # upside down
])
def test_the_card_is_turned_by_its_text(tmp_path: Path, engine: RapidOcrEngine, turn: int, orientation: int) -> None:
    picture = on_desk(render_card(), PERSPECTIVE).rotate(turn, expand=True)
    path = write(tmp_path, "turned.jpg", jpeg_bytes(picture, orientation))
    card, lines = card_image.read_lines(path, engine)
    assert card.width > card.height
    assert "example.ie" in _text(lines)
    name = lines[0]
    assert name.box[1][0] - name.box[0][0] > 4 * (name.box[3][1] - name.box[0][1])  # a line across, left to right


def test_accented_names_of_many_languages_are_read_as_printed(engine: RapidOcrEngine) -> None:
    names = ["François Müller-Lüdenscheidt", "Bjørn Åsmund Ødegård", "Zofia Łukasiewicz-Ściebór",
             "Şükrü Öztürk Çağlayan", "José Ramón Núñez Peña"]
    lines = engine.read(render_card(tuple((name, 44) for name in names)))
    assert [line.text for line in lines] == names


def _card_in(lines: list[tuple[str, str, int]]) -> Image.Image:
    """A card of these lines, each (text, font file, size): Hangul needs Droid's fallback, Cyrillic DejaVu."""
    from PIL import ImageDraw, ImageFont

    card = Image.new("RGB", (1050, 600), (250, 249, 245))
    draw, top = ImageDraw.Draw(card), 40
    for text, font, size in lines:
        draw.text((60, top), text, fill=(20, 20, 30), font=ImageFont.truetype(font, size))
        top += int(size * 1.6)
    return card


DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"  # fonts-droid-fallback, as .ci/run installs


@pytest.mark.skipif(not Path(DROID).exists(), reason="fonts-droid-fallback draws the Hangul")
def test_lines_in_a_script_the_recogniser_does_not_know_are_found_and_said_unread(engine: RapidOcrEngine) -> None:
    from desktop.core.card_text import read_card_text

    lines = engine.read(_card_in([("Дмитрий Соколов", DEJAVU, 50), ("마케팅 팀장", DROID, 40),
                                  ("dmitry.sokolov@example.com", DEJAVU, 30), ("Mobile +7 912 345 67 89", DEJAVU, 30)]))
    assert [line.text for line in lines if line.text] == ["dmitry.sokolov@example.com", "Mobile +7 912 345 67 89"]
    reading = read_card_text(lines)
    assert reading.problems == ["2 lines of this card could not be read: printed in a script Afterview cannot read "
                                "yet (it reads Latin, Chinese and Japanese writing, not Korean, Arabic, Cyrillic, "
                                "Greek, Hebrew or Thai). Type what they say yourself."]
    assert reading.name is None and [e.value for e in reading.emails] == ["dmitry.sokolov@example.com"]


@pytest.mark.skipif(not Path(DROID).exists(), reason="fonts-droid-fallback draws the Hangul")
def test_a_card_wholly_in_such_a_script_is_refused_naming_it(tmp_path: Path, engine: RapidOcrEngine) -> None:
    card = _card_in([("김민준", DROID, 60), ("마케팅 팀장", DROID, 40), ("서울시 강남구 테헤란로", DROID, 34)])
    with pytest.raises(CardImageProblem, match=r"^명함\.jpg: its text is in a script Afterview cannot read yet \(it "
                                               r"reads Latin, Chinese and Japanese writing, not Korean"):
        card_image.read_lines(write(tmp_path, "명함.jpg", jpeg_bytes(card)), engine)


def test_a_photo_without_a_card_is_refused_by_the_engine_too(tmp_path: Path, engine: RapidOcrEngine) -> None:
    rng = np.random.default_rng(3)
    sky = np.linspace(90, 220, 900, dtype=np.float32)[:, None, None] * np.ones((900, 1400, 3), np.float32)
    landscape = Image.fromarray(np.clip(sky + rng.normal(0, 6, sky.shape), 0, 255).astype(np.uint8))
    with pytest.raises(CardImageProblem, match=r"^holiday\.jpg: no card text was found"):
        card_image.read_lines(write(tmp_path, "holiday.jpg", jpeg_bytes(landscape)), engine)


def test_opencv_leaves_the_environment_as_it_found_it() -> None:
    """Programs Afterview starts later (the mail program, the file manager) must not inherit OpenCV's Qt 5 paths."""
    import subprocess
    import sys

    probe = "import os, desktop.core.opencv; print(os.environ.get('QT_QPA_PLATFORM_PLUGIN_PATH'))"
    environment = {key: value for key, value in os.environ.items() if not key.startswith("QT_QPA_")}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            env=environment, cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "None"
