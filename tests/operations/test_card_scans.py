"""Reading a card file into a proposal and saving what the user confirmed, with the engine replaced by known lines.

The real engine's path (desktop.core.card_image) is exercised at the end, when it is installed.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from desktop.core.card_reading import CardImageProblem, TextLine
from desktop.core.card_text import read_card_text
from desktop.core.domain import CaptureMethod
from desktop.operations import card_scans
from desktop.operations.contacts import contact_details, find_duplicates, list_contacts
from tests.core.cards.scoring import recorded_lines

CORPUS = Path("/work/shared/corpus/cards")


def line(text: str, x: float, y: float, size: float) -> TextLine:
    width = len(text) * size * 0.55
    return TextLine(text, ((x, y), (x + width, y), (x + width, y + size), (x, y + size)), 0.96)


def card_photo(path: Path, qr: str = "") -> Path:
    """A plain white card picture, with a QR code in its corner when given one."""
    image = Image.new("RGB", (900, 520), "white")
    if qr:
        code = Image.fromarray(zxingcpp.create_barcode(qr, zxingcpp.BarcodeFormat.QRCode).to_image(scale=5))
        image.paste(code.convert("RGB"), (900 - code.width - 20, 520 - code.height - 20))
    image.save(path)
    return path


def fake_engine(lines_by_name: dict[str, list[TextLine]]):
    def lines_of(path: Path) -> tuple[Image.Image, list[TextLine]]:
        if path.name not in lines_by_name:
            raise CardImageProblem(f"{path.name}: it is not a picture Afterview can read.")
        return Image.new("RGB", (900, 520), "white"), lines_by_name[path.name]

    return lines_of


KIRK = [line("James Kirk", 100, 60, 50), line("Captain", 100, 130, 28), line("Boston Lobster Fishing", 100, 220, 30),
        line("(617) 555-1234", 100, 300, 26), line("kirk@bostonlobsterfishing.com", 100, 340, 26)]


def test_a_card_file_is_read_into_proposed_fields_and_nothing_is_saved(workspace, tmp_path):
    photo = card_photo(tmp_path / "kirk.png")
    reading = card_scans.read_card_file(workspace, photo, lines_of=fake_engine({"kirk.png": KIRK}))
    assert reading.file == str(photo) and reading.image is not None
    assert (reading.name.value, reading.title.value, reading.company.value) == (
        "James Kirk", "Captain", "Boston Lobster Fishing")
    assert [p.value for p in reading.phones] == ["+16175551234"]
    assert list_contacts(workspace) == []


def test_the_qr_code_on_the_card_is_read_with_the_text(workspace, tmp_path):
    photo = card_photo(tmp_path / "qr.png", "MECARD:N:Kirk,James;EMAIL:james.kirk@starfleet.org;;")
    reading = card_scans.read_card_file(workspace, photo, lines_of=fake_engine({"qr.png": KIRK}))
    assert [e.value for e in reading.emails] == ["kirk@bostonlobsterfishing.com", "james.kirk@starfleet.org"]
    assert reading.qr_text.startswith("MECARD:")


def test_a_file_that_cannot_be_read_raises_with_its_name(workspace, tmp_path):
    with pytest.raises(CardImageProblem, match=r"holiday\.jpg"):
        card_scans.read_card_file(workspace, tmp_path / "holiday.jpg", lines_of=fake_engine({}))


def test_front_and_back_keep_both_name_forms_and_add_what_only_the_back_says(workspace, tmp_path):
    front = [line("株式会社テクノ", 80, 40, 30), line("生田 真也", 80, 110, 70), line("統括部長", 80, 200, 26),
             line("TEL 0852-32-1140", 80, 300, 22)]
    back = [line("Shinya Ikuta", 80, 60, 40), line("General Manager", 80, 120, 24),
            line("ikuta@tpj.co.jp", 80, 200, 22), line("Mobile +81-90-4695-1463", 80, 240, 22)]
    engine = fake_engine({"front.png": front, "back.png": back})
    reading = card_scans.read_card_file(workspace, card_photo(tmp_path / "front.png"),
                                        back=card_photo(tmp_path / "back.png"), lines_of=engine)
    assert reading.name.value == "Shinya Ikuta" and reading.name.boxes == ()  # read on the back
    assert reading.other_name.value == "生田 真也" and reading.other_name.boxes
    assert reading.title.value == "統括部長"
    assert [e.value for e in reading.emails] == ["ikuta@tpj.co.jp"]
    assert [(p.value, p.kind) for p in reading.phones] == [("+81852321140", "office"), ("+819046951463", "mobile")]
    assert reading.back_image is not None


def test_the_proposed_card_splits_the_name_and_labels_the_numbers():
    lines = [line("Jürgen Müller", 80, 60, 44), line("Tel. +49 89 1234567", 80, 200, 22),
             line("Mobil 0171 2345678", 80, 240, 22), line("Fax +49 89 1234568", 80, 280, 22),
             line("www.linkedin.com/in/juergen-mueller", 80, 320, 22)]
    card = card_scans.card_from_reading(read_card_text(lines, "DE"))
    assert (card.given_name, card.family_name) == ("Jürgen", "Müller")
    assert [(p.value, p.label) for p in card.phones] == [
        ("+49891234567", "work"), ("+491712345678", "mobile"), ("+49891234568", "fax")]
    assert card.linkedin == "www.linkedin.com/in/juergen-mueller" and card.website == ""
    assert card.photo is None


def test_a_confirmed_reading_is_saved_as_a_new_unchecked_contact_with_the_straightened_photo(workspace, tmp_path):
    photo = card_photo(tmp_path / "kirk.png")
    reading = card_scans.read_card_file(workspace, photo, lines_of=fake_engine({"kirk.png": KIRK}))
    card = card_scans.card_from_reading(reading)
    card.title = "Captain of the Lobster Boat"  # the user corrected it in the review
    contact_id = card_scans.save_reading(workspace, reading, card).id
    details = contact_details(workspace, contact_id)
    assert details.captured_by == CaptureMethod.PHOTO
    assert details.name_checked is False
    assert details.card.title == "Captain of the Lobster Boat"
    assert details.card.photo_type == "image/jpeg"
    assert Image.open(io.BytesIO(details.card.photo)).size == (900, 520)


def test_a_second_reading_of_the_same_card_is_found_as_a_duplicate(workspace, tmp_path):
    photo = card_photo(tmp_path / "kirk.png")
    reading = card_scans.read_card_file(workspace, photo, lines_of=fake_engine({"kirk.png": KIRK}))
    first = card_scans.save_reading(workspace, reading, card_scans.card_from_reading(reading)).id
    duplicates = find_duplicates(workspace, card_scans.card_from_reading(reading))
    assert [d.contact_id for d in duplicates] == [first]


def test_a_reading_without_a_name_is_not_saved(workspace, tmp_path):
    reading = read_card_text([line("+1 617 555 1234", 80, 80, 22)], "US")
    with pytest.raises(ValueError, match="needs a name"):
        card_scans.save_reading(workspace, reading, card_scans.card_from_reading(reading))
    assert list_contacts(workspace) == []


def test_without_a_workspace_the_region_comes_from_the_settings_file_or_the_locale(monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert card_scans.phone_region() == "DE"
    reading = card_scans.read_card_file(None, Path("x.png"), lines_of=lambda path: (
        Image.new("RGB", (10, 10)), [line("Anna Schmidt", 10, 10, 30), line("030 1234567", 10, 60, 20)]))
    assert [p.value for p in reading.phones] == ["+49301234567"]


def test_the_recorded_corpus_lines_read_through_the_operation(workspace):
    reading = card_scans.read_card_file(workspace, CORPUS / "bc10.jpg" if CORPUS.exists() else Path("bc10.jpg"),
                                        lines_of=lambda path: (Image.new("RGB", (1, 1)), recorded_lines("bc10")))
    assert reading.name.value == "Tomoaki Higurashi" and reading.company.value == "Micron Inc."


# The OCR models loaded and one photo read: a few seconds on an idle machine, 113 s measured with the load of six
# test suites and two benchmarks on its two cores.
@pytest.mark.timeout(240)
def test_the_real_engine_reads_a_shared_card(workspace):
    pytest.importorskip("desktop.core.card_image")
    if not CORPUS.exists():
        pytest.skip("the shared card corpus is not on this machine")
    reading = card_scans.read_card_file(workspace, CORPUS / "bc02.png")
    assert reading.name.value == "James Kirk"
    assert [e.value for e in reading.emails] == ["kirk@bostonlobsterfishing.com"]


def test_the_proposed_card_fills_the_address_fields():
    lines = [line("Siobhán Ní Bhriain", 80, 60, 44), line("4 Grand Canal Quay, Dublin 2, Ireland", 80, 200, 22)]
    card = card_scans.card_from_reading(read_card_text(lines, "IE"))
    assert (card.street, card.postal_code, card.locality, card.country) == (
        "4 Grand Canal Quay", "", "Dublin 2", "Ireland")
