"""QR codes on a photographed business card: read them, and turn a vCard, MeCard or link payload into a card."""

from __future__ import annotations

import io
import re

import vobject
import zxingcpp
from PIL import Image, UnidentifiedImageError

from desktop.core.cards import ContactCard, ImportProblem, LabelledValue
from desktop.core.messages import Message, english
from desktop.core.vcard_photo import PhotoProblem, check_photo_dimensions


def decode_qr(image_bytes: bytes, source: str = "") -> list[str]:
    """The text of every QR code in a photo (PNG, JPEG, ...), in reading order; `source` names it in errors."""
    source = source or english("the image")
    try:
        check_photo_dimensions(image_bytes)
        with Image.open(io.BytesIO(image_bytes)) as image:
            # zxing-cpp reads a PIL image directly; grey is all it needs and keeps big photos small in memory.
            grey = image.convert("L")
    except PhotoProblem as exc:
        raise ImportProblem(Message("{source}: {problem}.", source=source, problem=exc.args[0])) from exc
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ImportProblem(Message("{source}: cannot be read as a picture ({error}).", source=source,
                                    error=str(exc))) from exc
    # One format, not a `|` set: zxing-cpp 3 deprecates the operator and 2.x does not take a tuple (its stubs ask
    # for the set type, which one format also is at run time).
    return [barcode.text for barcode in zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)]  # type: ignore[arg-type]


def card_from_qr_payload(payload: str) -> ContactCard | None:
    """A card from a QR code's text: a vCard, a MeCard or a bare web/LinkedIn link; None for anything else.

    Raises ImportProblem for a payload that claims to be a vCard but cannot be read.
    """
    text = payload.strip()
    upper = text[:11].upper()
    if upper.startswith("BEGIN:VCARD"):
        return _from_vcard(text)
    if upper.startswith("MECARD:"):
        return _from_mecard(text[len("MECARD:") :])
    if re.fullmatch(r"(?:https?://|www\.)\S+", text, re.IGNORECASE):
        url = text if "://" in text else "https://" + text
        if "linkedin.com" in url.lower():
            return ContactCard(linkedin=url)
        return ContactCard(website=url)
    return None


_TYPE_LABELS = {"cell": "mobile", "mobile": "mobile", "home": "home", "work": "work", "fax": "fax"}


def _label(prop: vobject.base.ContentLine) -> str:
    # vCard 3/4 write TYPE=CELL,VOICE; vCard 2.1 writes a bare ;CELL parameter.
    types = [t.lower() for value in prop.params.get("TYPE", []) for t in value.split(",")]
    types += [t.lower() for t in prop.singletonparams]
    return next((_TYPE_LABELS[t] for t in types if t in _TYPE_LABELS), "work")


def _from_vcard(text: str) -> ContactCard:
    try:
        vcard = vobject.readOne(text)
    except Exception as exc:  # vobject raises ParseError, but also ValueError/KeyError on malformed values
        raise ImportProblem(Message("QR code: the vCard in it cannot be read ({error}).", error=str(exc))) from exc
    props = vcard.contents
    card = ContactCard()
    if "fn" in props:
        card.full_name = str(props["fn"][0].value).strip()
    if "n" in props:
        name = props["n"][0].value
        card.given_name, card.family_name = _text(name.given), _text(name.family)
    if "org" in props:
        org = props["org"][0].value
        # ORG:Acme;Research is a list of units; "ORG:,0" makes vobject nest one more list inside.
        card.company = _text(org[0] if isinstance(org, list) and org else str(org))
    if "title" in props:
        card.title = str(props["title"][0].value).strip()
    if "nickname" in props:  # read as the greeting, as from a vCard file (desktop/core/vcard.py)
        card.greet_as = _text(props["nickname"][0].value).split(",")[0].strip()
    card.emails = [LabelledValue(str(p.value).strip(), _label(p)) for p in props.get("email", [])]
    card.phones = [LabelledValue(str(p.value).strip(), _label(p)) for p in props.get("tel", [])]
    for prop in props.get("url", []):
        _set_url(card, str(prop.value).strip())
    if "adr" in props:
        adr = props["adr"][0].value
        card.street, card.locality, card.region = _text(adr.street), _text(adr.city), _text(adr.region)
        card.postal_code, card.country = _text(adr.code), _text(adr.country)
    return card


def _text(value: str | list[str]) -> str:
    return ", ".join(value).strip() if isinstance(value, list) else value.strip()


def _set_url(card: ContactCard, url: str) -> None:
    if "linkedin.com" in url.lower():
        card.linkedin = card.linkedin or url
    else:
        card.website = card.website or url


def _split_escaped(text: str, separator: str, unescape: bool) -> list[str]:
    """Split MeCard text at separators that no backslash escapes; `unescape` also drops the backslashes."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for char in chars:
        if char == "\\":
            escaped = next(chars, "")
            current.append(escaped if unescape else char + escaped)
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _from_mecard(body: str) -> ContactCard:
    """MeCard (NTT Docomo): "N:Doe,John;TEL:+1...;EMAIL:...;;" with \\ \\; \\, \\: escapes."""
    card = ContactCard()
    # Fields keep their escapes until split, because N and ADR split again at unescaped commas.
    for field in _split_escaped(body, ";", unescape=False):
        key, _, value = field.partition(":")
        parts = _split_escaped(value, ",", unescape=True)
        plain = ",".join(parts).strip()
        match key.strip().upper():
            case "N":
                card.family_name, card.given_name = parts[0].strip(), ",".join(parts[1:]).strip()
                card.full_name = " ".join(n for n in (card.given_name, card.family_name) if n)
            case "NICKNAME":
                card.greet_as = parts[0].strip()
            case "SOUND":
                card.pronunciation = plain
            case "TEL" | "TEL-AV" if plain:
                card.phones.append(LabelledValue(plain))
            case "EMAIL" if plain:
                card.emails.append(LabelledValue(plain))
            case "ORG":
                card.company = plain
            case "TITLE":
                card.title = plain
            case "URL":
                _set_url(card, plain)
            case "NOTE":
                card.notes = plain
            case "ADR" if len(parts) == 7:  # PO box, room, street, city, region, postal code, country
                card.street = ", ".join(p.strip() for p in parts[:3] if p.strip())
                card.locality, card.region, card.postal_code, card.country = (p.strip() for p in parts[3:])
            case "ADR":
                card.street = plain
    return card
