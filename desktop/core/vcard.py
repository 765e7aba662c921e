"""vCard files (2.1, 3.0 and 4.0 in, 3.0 out) to and from ContactCard records.

Reading: the file is decoded and cut into cards (desktop/core/vcard_text.py); vobject then reads each
card's properties. One unreadable line or card becomes a message in `problems` and the rest goes on.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import vobject
from vobject.vcard import Address, Name

from desktop.core.cards import ContactCard, ImportProblem, LabelledValue
from desktop.core.messages import Message, english, together
from desktop.core.untrusted_text import (
    control_characters_note,
    remove_control_characters,
    without_control_characters,
)
from desktop.core.vcard_lines import Property, read_properties
from desktop.core.vcard_photo import (
    PhotoProblem,
    check_photo_dimensions,
    decode_photo,
    mime_from_type_param,
    sniff_image_type,
    type_param_from_mime,
)
from desktop.core.vcard_text import CardChunk, decode_vcf_bytes, split_cards

# Labels written as standard TYPE values; any other label travels as an Apple/Google item group label.
_PHONE_TYPES = {
    "work": ["WORK", "VOICE"],
    "mobile": ["CELL", "VOICE"],
    "home": ["HOME", "VOICE"],
    "fax": ["WORK", "FAX"],
    "home fax": ["HOME", "FAX"],
    "pager": ["PAGER"],
    "main": ["MAIN"],
    "other": ["OTHER"],
}
_EMAIL_TYPES = {"work": ["INTERNET", "WORK"], "home": ["INTERNET", "HOME"], "other": ["INTERNET", "OTHER"]}
# Apple's built-in labels, written as _$!<Name>!$_ in X-ABLabel.
_APPLE_LABELS = {
    "mobile": "mobile", "iphone": "mobile", "main": "main", "home": "home", "work": "work", "other": "other",
    "homefax": "home fax", "workfax": "fax", "otherfax": "fax", "pager": "pager", "assistantphone": "assistant",
    "homepage": "homepage",
}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_FAMILY_FIRST_SCRIPTS = ("CJK ", "HIRAGANA", "KATAKANA", "HANGUL", "HALFWIDTH KATAKANA", "IDEOGRAPHIC")
_PHOTO_TYPES = {"JPEG", "JPG", "PNG", "GIF", "BMP", "TIFF", "WEBP", "HEIC"}
MAX_CARDS = 50_000  # a large address book holds 10,000 or 20,000


@dataclass
class VCardReadResult:
    """The cards read from one file, and one message for each card that was left out or read only in part."""

    cards: list[ContactCard] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    skipped: int = 0  # cards left out entirely (each has its message in problems)


def read_vcards(data: bytes, source: str) -> VCardReadResult:
    """Read every card of a .vcf file; raises ImportProblem when the file as a whole cannot be read."""
    decoded, fallback = decode_vcf_bytes(data, source)
    text, removed, line = remove_control_characters(decoded)
    result = VCardReadResult(problems=[control_characters_note(source, removed, line)] if removed else [])
    chunks = split_cards(text, source)
    if len(chunks) > MAX_CARDS:
        raise ImportProblem(Message("{source}: holds {count:,} cards, more than the {most:,} Afterview imports from "
                                    "one file; split it into smaller files and import each", source=source,
                                    count=len(chunks), most=MAX_CARDS))
    for chunk in chunks:
        card, issues = _read_card(chunk, fallback)
        where = Message("{source}, card {card} (line {line})", source=source, card=chunk.position,
                        line=chunk.first_line)
        if card is None:
            result.problems.append(Message("{where}: not imported: {issues}", where=where, issues=issues))
            result.skipped += 1
            continue
        result.cards.append(card)
        if issues:
            result.problems.append(Message("{where}, {name}: imported, but {issues}", where=where,
                                           name=card.display_name, issues=issues))
    if not result.cards:
        raise ImportProblem(Message("{source}: no card in the file could be read. {problems}", source=source,
                                    problems=together(result.problems)))
    return result


def _read_card(chunk: CardChunk, fallback: str | None) -> tuple[ContactCard | None, list[str]]:
    props, issues = read_properties(chunk, fallback)
    if not chunk.complete:
        issues.insert(0, english("it has no END:VCARD line, so some of its fields may be missing"))
    if chunk.holds:
        issues.append(Message("it holds another card (line {line}), imported as a card of its own",
                              line=chunk.holds))
    card = _card_from_properties(props, issues)
    if not (card.display_name or card.emails or card.phones):
        issues.insert(0, english("it has no name, email address or phone number"))
        return None, issues
    if not card.display_name:
        # Contacts apps list a nameless card by its email (which names the person) or else its company.
        card.full_name = _first_value(card.emails) or card.company or _first_value(card.phones)
    return card, issues


def _card_from_properties(props: list[Property], issues: list[str]) -> ContactCard:
    by_name: dict[str, list[Property]] = {}
    for prop in props:
        by_name.setdefault(prop.name, []).append(prop)
    labels = {p.group.upper(): _label_text(p.text) for p in by_name.get("X-ABLABEL", []) if p.group}

    def first(name: str) -> str:
        return next((v for v in (p.text for p in by_name.get(name, [])) if v), "")

    card = ContactCard(full_name=first("FN"), title=first("TITLE"), uid=first("UID"))
    if name_props := by_name.get("N"):
        fields = name_props[0].fields(2)
        card.family_name, card.given_name = fields[0], fields[1]
        if not card.full_name and _written_family_first(card.family_name + card.given_name):
            # Japanese, Chinese and Korean phones write N alone; the name reads family name first, unspaced.
            card.full_name = card.family_name + card.given_name
        card.family_first = _family_first(card)
    # NICKNAME is the nearest vCard property to the form a note greets ("Bob"); Afterview writes it there too.
    card.greet_as = first("NICKNAME").split(",")[0].strip()
    card.pronunciation = _pronunciation(by_name, first, card.family_first)
    if org_props := by_name.get("ORG"):
        card.company = org_props[0].fields(1)[0]
    card.emails = [LabelledValue(value, _email_label(p, labels)) for p in by_name.get("EMAIL", [])
                   if (value := _strip_scheme(p.text, "mailto:"))]
    card.phones = [LabelledValue(value, _phone_label(p, labels)) for p in by_name.get("TEL", [])
                   if (value := _phone_text(p.text))]
    if addresses := by_name.get("ADR"):
        _set_address(card, _preferred(addresses))
    _set_urls(card, by_name.get("URL", []) + by_name.get("X-SOCIALPROFILE", []), labels)
    card.notes = "\n".join(note for note in (p.text for p in by_name.get("NOTE", [])) if note)
    if photos := by_name.get("PHOTO"):
        _set_photo(card, photos[0], issues)
    return card


def _family_first(card: ContactCard) -> bool:
    """Whether the printed name (FN) starts with the family name of N, as in "Tanaka Hiroshi" or "山田太郎"."""
    family, given, printed = card.family_name.strip(), card.given_name.strip(), card.full_name.split()
    if not (family and given and printed):
        return False
    if _written_family_first(family + given):  # written with or without a space between the two
        return "".join(printed).startswith(f"{family}{given}".replace(" ", ""))
    return " ".join(printed).startswith(f"{family} {given}")


def _written_family_first(name: str) -> bool:
    """Whether the name is written in Han, kana or Hangul, scripts whose names put the family name first."""
    return bool(name) and all(unicodedata.name(char, "").startswith(_FAMILY_FIRST_SCRIPTS) for char in name)


def _label_text(value: str) -> str:
    apple = _APPLE_LABEL.match(value)
    return _APPLE_LABELS.get(apple.group(1).lower(), apple.group(1)) if apple else value


def _group_label(prop: Property, labels: dict[str, str]) -> str:
    return labels.get(prop.group.upper(), "") if prop.group else ""


def _email_label(prop: Property, labels: dict[str, str]) -> str:
    types = prop.types
    return _group_label(prop, labels) or next((t for t in ("work", "home", "other") if t in types), "work")


def _phone_label(prop: Property, labels: dict[str, str]) -> str:
    if label := _group_label(prop, labels):
        return label
    types = prop.types
    if types & {"cell", "mobile", "iphone"}:
        return "mobile"
    if "fax" in types:
        return "home fax" if "home" in types else "fax"
    return next((t for t in ("pager", "main", "work", "home", "other") if t in types), "work")


def _phone_text(value: str) -> str:
    """A phone number; a vCard 4.0 tel: URI as the number a person would dial."""
    number, _, extension = _strip_scheme(value, "tel:").partition(";ext=")
    return f"{number} ext. {extension}" if extension else number


def _strip_scheme(value: str, scheme: str) -> str:
    return value[len(scheme):].strip() if value[:len(scheme)].lower() == scheme else value


def _first_value(values: list[LabelledValue]) -> str:
    return values[0].value if values else ""


def _pronunciation(by_name: dict[str, list[Property]], first: Callable[[str], str], family_first: bool) -> str:
    phonetic = [first(f"X-PHONETIC-{part}-NAME") for part in ("FIRST", "MIDDLE", "LAST")]
    if not any(phonetic) and (irmc := [p for p in by_name.get("SOUND", []) if "x-irmc-n" in p.types]):
        # Japanese phones: SOUND;X-IRMC-N holds the reading as family;given, often in half-width katakana
        # (ﾔﾏﾀﾞ), which NFKC writes as the full-width katakana a reader expects (ヤマダ).
        family, given = (unicodedata.normalize("NFKC", part) for part in irmc[0].fields(2))
        phonetic = [family, given] if family_first else [given, family]
    if any(phonetic):
        return " ".join(p for p in phonetic if p)
    # vCard 4.0 SORT-AS on N lists the family name's spoken form first, then the given name's.
    sort_as = by_name["N"][0].param("SORT-AS") if by_name.get("N") else []
    return " ".join(reversed(sort_as[:2]))


def _preferred(props: list[Property]) -> Property:
    """The work entry of a business card, else the preferred one, else the first."""
    for wanted in ("work", "pref"):
        for prop in props:
            if wanted in prop.types or (wanted == "pref" and "PREF" in prop.params):
                return prop
    return props[0]


def _set_address(card: ContactCard, prop: Property) -> None:
    box, extended, street, card.locality, card.region, card.postal_code, card.country = prop.fields(7)
    card.street = "\n".join(part for part in (box, extended, street) if part)


def _set_urls(card: ContactCard, props: list[Property], labels: dict[str, str]) -> None:
    websites: list[tuple[bool, str]] = []
    for prop in props:
        url = prop.text
        if not url:
            continue
        linkedin = ("linkedin.com" in url.lower() or "linkedin" in prop.types
                    or _group_label(prop, labels).lower() == "linkedin")
        if linkedin:
            card.linkedin = card.linkedin or url
        elif prop.name == "URL":
            websites.append(("work" in prop.types, url))
    if websites:
        card.website = next((url for work, url in websites if work), websites[0][1])


def _set_photo(card: ContactCard, prop: Property, issues: list[str]) -> None:
    encoding = {e.lower() for e in prop.param("ENCODING")}
    base64_encoded = bool(encoding & {"b", "base64"}) or "BASE64" in (s.upper() for s in prop.singles)
    try:
        photo = decode_photo(prop.value, base64_encoded)
        if photo is not None:
            if not sniff_image_type(photo[0]):
                # 10 MB of anything labelled JPEG was stored, exported and synced as the card's photo.
                raise PhotoProblem(english("it is not a picture (no JPEG, PNG, GIF, BMP, TIFF, WebP or HEIC)"))
            check_photo_dimensions(photo[0])
    except PhotoProblem as problem:
        issues.append(Message("the photo was left out: {problem}", problem=problem.args[0]))
        return
    if photo is None:
        return
    card.photo, uri_type = photo
    declared = (prop.param("TYPE") + prop.param("MEDIATYPE")
                + [s for s in prop.singles if s.upper() in _PHOTO_TYPES])
    card.photo_type = (uri_type or mime_from_type_param(declared[0] if declared else "")
                       or sniff_image_type(card.photo))


def write_vcards(cards: list[ContactCard]) -> str:
    """The cards as one vCard 3.0 text with CRLF line ends, as Google Contacts and Apple Contacts import it."""
    return without_control_characters("".join(_write_card(card) for card in cards))


def _write_card(card: ContactCard) -> str:
    vcard = vobject.vCard()
    vcard.add("fn").value = card.full_name or card.display_name
    vcard.add("n").value = Name(family=card.family_name, given=card.given_name)
    first, _, last = card.pronunciation.strip().partition(" ")
    for name, value in (("x-phonetic-first-name", first), ("x-phonetic-last-name", last.strip())):
        if value:
            vcard.add(name).value = value
    for name, content in (("nickname", card.greet_as), ("org", [card.company]), ("title", card.title),
                          ("note", card.notes), ("uid", card.uid)):
        if any(content):
            vcard.add(name).value = content
    groups = iter(range(1, 10_000))
    for email in card.emails:
        _add_labelled(vcard, "email", email, _EMAIL_TYPES, ["INTERNET"], groups)
    for phone in card.phones:
        _add_labelled(vcard, "tel", phone, _PHONE_TYPES, ["VOICE"], groups)
    if any((card.street, card.locality, card.region, card.postal_code, card.country)):
        adr = vcard.add("adr")
        adr.value = Address(street=card.street, city=card.locality, region=card.region, code=card.postal_code,
                            country=card.country)
        adr.type_param = "WORK"
    if card.website:
        vcard.add("url").value = card.website
    if card.linkedin:
        group = f"item{next(groups)}"
        vcard.add("url", group=group).value = card.linkedin
        vcard.add("x-ablabel", group=group).value = "LinkedIn"
    if card.photo:
        photo = vcard.add("photo")
        photo.value = card.photo
        photo.encoding_param = "b"
        if mime := card.photo_type or sniff_image_type(card.photo):
            photo.type_param = type_param_from_mime(mime)
    return vcard.serialize()


def _add_labelled(vcard: vobject.base.Component, name: str, item: LabelledValue, standard: dict[str, list[str]],
                  custom_types: list[str], groups: Iterator[int]) -> None:
    """A standard label as TYPE values; any other as an item group with an X-ABLabel, as Apple and Google write."""
    group = None if item.label in standard else f"item{next(groups)}"
    prop = vcard.add(name, group=group)
    prop.value = item.value
    prop.type_param = standard.get(item.label, custom_types)
    if group:
        vcard.add("x-ablabel", group=group).value = item.label
