"""Reading a business card from its photo into proposed fields, and saving the fields the user confirmed.

Reading changes nothing: it returns a CardReading that the review screen or `afterview card read` shows.
Only save_reading writes, as a new contact captured from a photo, its "spelling checked" tick left to the user.
The OCR engine (desktop.core.card_image, desktop.core.ocr_engine) is imported when a card is first read, so
importing this module stays cheap for the window and the command line.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.card_reading import CardImageProblem, CardReading, ReadField, TextLine
from desktop.core.card_text import is_latin, read_card_text, split_address
from desktop.core.cards import ContactCard, ImportProblem, LabelledValue
from desktop.core.domain import CaptureMethod
from desktop.core.messages import Message, os_reason
from desktop.core.person_names import parse_name
from desktop.core.vcard_photo import MAX_PHOTO_BYTES, jpeg_photo
from desktop.operations.changes import Created
from desktop.operations.contacts import add_contact

if TYPE_CHECKING:
    from PIL import Image

    from desktop.operations.workspace import Workspace

# path -> (the straightened card, its text lines); raises CardImageProblem naming the file.
LineReader = Callable[[Path], "tuple[Image.Image, list[TextLine]]"]
_LABELS = {"mobile": "mobile", "office": "work", "fax": "fax"}


def _engine_lines(path: Path) -> tuple[Image.Image, list[TextLine]]:
    try:
        from desktop.core.card_image import read_lines  # numpy and OpenCV load here, when a card is first read
    except ImportError as error:  # a build without the OCR engine: said once per card, the rest goes on
        raise CardImageProblem(Message("{file}: reading text from photos is not available in this installation "
                                       "({missing} is missing).", file=path.name,
                                       missing=error.name or str(error))) from error
    return read_lines(path)


def _qr_texts(path: Path, problems: list[str]) -> list[str]:
    """The QR codes printed on the card; one that cannot be read is a note for the user, not a failure."""
    from desktop.core.qr import decode_qr

    try:
        data = path.read_bytes()
        return decode_qr(data, path.name) if len(data) <= MAX_PHOTO_BYTES else []
    except (ImportProblem, OSError) as error:
        reason = error.args[0] if isinstance(error, ImportProblem) else os_reason(error)
        problems.append(Message("No QR code could be read on {file} ({error}).", file=path.name, error=reason))
        return []


def phone_region(data_dir: str | None = None) -> str:
    """The user's phone region, from the settings file or else the locale, without opening the database."""
    from desktop.core.locale_defaults import fill_from_locale, locale_from_environment
    from desktop.storage import settings_file
    from desktop.storage.paths import resolve

    loaded = settings_file.peek(resolve(data_dir).settings_file)  # the workspace reports a broken file
    locale_name = locale_from_environment(os.environ) or ""
    return fill_from_locale(loaded.settings, loaded.stored, locale_name).default_phone_region


def read_card_file(workspace: Workspace | None, path: str | Path, back: str | Path | None = None,
                   lines_of: LineReader | None = None, region: str | None = None) -> CardReading:
    """Read a card photo (and the photo of its back) into proposed fields; nothing is saved.

    The phone region for numbers printed without a country code, when the card suggests none, is `region`,
    else the workspace's setting, else the settings file's or the locale's. `lines_of` replaces the OCR engine (tests).
    Raises CardImageProblem, naming the file, when either side cannot be read as a card.
    """
    lines_of = lines_of or _engine_lines
    front_path = Path(path)
    front_image, front_lines = lines_of(front_path)
    if region is None:
        region = workspace.settings.default_phone_region if workspace is not None else phone_region()
    problems: list[str] = []
    qr = _qr_texts(front_path, problems)
    reading = read_card_text(front_lines, region, qr, file=str(front_path))
    if back is not None:
        back_image, back_lines = lines_of(Path(back))
        reading = _with_back(reading, read_card_text(back_lines, region, _qr_texts(Path(back), problems),
                                                     file=str(back)))
        reading.back_image = back_image
    reading.image = front_image
    reading.problems[:0] = problems
    return reading


def _with_back(front: CardReading, back: CardReading) -> CardReading:
    """One reading of a two-sided card: the front's fields, what only the back says, both name forms.

    The back's boxes are in the back image's pixels; the review screen shows the front, so fields taken from
    the back keep no boxes (their confidence still says how sure the reading is).
    """

    def unboxed(read: ReadField | None) -> ReadField | None:
        return dataclasses.replace(read, boxes=()) if read is not None else None

    merged = dataclasses.replace(front, lines=front.lines + back.lines, problems=front.problems + back.problems)
    for name in ("title", "company", "website", "address"):
        if getattr(merged, name) is None:
            setattr(merged, name, unboxed(getattr(back, name)))
    # A Japanese front and an English back: the Latin form is the name, the other script beside it.
    names = [n for n in (front.name, front.other_name) if n] + [n for n in (back.name, back.other_name) if n]
    on_front = [n for n in names if n in (front.name, front.other_name)]
    latin = [n for n in names if is_latin(n.value)]
    other = [n for n in names if not is_latin(n.value)]
    merged.name = latin[0] if latin else other[0] if other else None
    merged.other_name = other[0] if latin and other else None
    if merged.name not in on_front:
        merged.name = unboxed(merged.name)
    if merged.other_name not in on_front:
        merged.other_name = unboxed(merged.other_name)
    known = {e.value.casefold() for e in merged.emails}
    merged.emails = merged.emails + [unboxed(e) for e in back.emails if e.value.casefold() not in known]  # type: ignore[misc]
    numbers = {_last_digits(p.value) for p in merged.phones}
    merged.phones = merged.phones + [unboxed(p) for p in back.phones  # type: ignore[misc]
                                     if _last_digits(p.value) not in numbers]
    return merged


def _last_digits(number: str) -> str:
    return re.sub(r"\D", "", number)[-8:]


def card_from_reading(reading: CardReading) -> ContactCard:
    """The card the reading proposes, as the card form and the review screen fill their fields; no photo."""

    def value(read: ReadField | None) -> str:
        return read.value if read is not None else ""

    name = value(reading.name)
    parts = parse_name(name)
    address = split_address(value(reading.address))
    card = ContactCard(full_name=name, given_name=parts.given, family_name=parts.family,
                       family_first=parts.family_first, title=value(reading.title), company=value(reading.company),
                       website=value(reading.website), street=address.street, postal_code=address.postal_code,
                       locality=address.locality, region=address.region, country=address.country)
    if card.website and "linkedin.com" in card.website.lower():
        card.linkedin, card.website = card.website, ""
    card.emails = [LabelledValue(e.value) for e in reading.emails]
    card.phones = [LabelledValue(p.value, _LABELS.get(p.kind, "work")) for p in reading.phones]
    if reading.other_name is not None:
        card.notes = f"Name also printed as {reading.other_name.value}."
    return card


def save_reading(workspace: Workspace, reading: CardReading, fields: ContactCard,
                 name_checked: bool = False) -> Created:
    """Save the card the user confirmed as a new contact, with the card's photo.

    The photo is the straightened front the review showed (upright, cropped, a few hundred kB), else the file.
    The name's "spelling checked" tick is never set by the reading: `name_checked` is the user's own tick, given
    in the review after comparing the name with the card.
    Raises ValueError for a card without a name, and CardImageProblem when neither photo can be had.
    """
    card = dataclasses.replace(fields)
    if card.photo is None and card.display_name.strip():  # a card without a name is refused by add_contact
        card.photo, card.photo_type = _photo_of(reading)
    return add_contact(workspace, card, captured_by=CaptureMethod.PHOTO, name_checked=name_checked)


def _photo_of(reading: CardReading) -> tuple[bytes, str]:
    if reading.image is not None:
        return jpeg_photo(reading.image)
    return _file_photo(Path(reading.file))


def _file_photo(path: Path) -> tuple[bytes, str]:
    from desktop.core.vcard_photo import sniff_image_type

    try:
        data = path.read_bytes()
    except OSError as error:
        raise CardImageProblem(Message("{file}: the photo cannot be read any more ({reason}).", file=path.name,
                                       reason=os_reason(error))) \
            from error
    if len(data) > MAX_PHOTO_BYTES:
        raise CardImageProblem(Message("{file}: the photo is larger than the {most} MB a card's photo can be.",
                                       file=path.name, most=MAX_PHOTO_BYTES // 2**20))
    return data, sniff_image_type(data) or "image/jpeg"
