"""Turning the bytes of a .vcf file into text, and that text into one chunk of lines per card."""

from __future__ import annotations

import codecs
import itertools
import re
from dataclasses import dataclass

from desktop.core.cards import ImportProblem
from desktop.core.messages import Message
from desktop.core.untrusted_text import mend_cut_characters
from desktop.core.vcard_charsets import declared_charset, decode_lines, needs_line_decoding

# Longest BOMs first: the UTF-32 LE BOM begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BEGIN = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^\s*END\s*:\s*VCARD\s*$", re.IGNORECASE)
# Every property name of vCard 2.1, 3.0, 4.0 and their RFC extensions; with X- names, a line starting with
# one of these (or with any name followed by parameters) is a property, never a continued value.
KNOWN_PROPERTIES = frozenset({
    "ADR", "AGENT", "ANNIVERSARY", "BDAY", "BEGIN", "BIRTHPLACE", "CALADRURI", "CALURI", "CATEGORIES", "CLASS",
    "CLIENTPIDMAP", "CONTACT-URI", "CREATED", "DEATHDATE", "DEATHPLACE", "EMAIL", "END", "EXPERTISE", "FBURL",
    "FN", "GENDER", "GEO", "GRAMGENDER", "HOBBY", "IMPP", "INTEREST", "JSPROP", "KEY", "KIND", "LABEL", "LANG",
    "LANGUAGE", "LOGO", "MAILER", "MEMBER", "N", "NAME", "NICKNAME", "NOTE", "ORG", "ORG-DIRECTORY", "PHOTO",
    "PRODID", "PROFILE", "PRONOUNS", "RELATED", "REV", "ROLE", "SOCIALPROFILE", "SORT-STRING", "SOUND", "SOURCE",
    "TEL", "TITLE", "TZ", "UID", "URL", "VERSION", "XML",
})
_PROPERTY_NAME = re.compile(r"(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[ \t]*([;:])")
_PARAMETERS = re.compile(r'(?:;[ \t]*[A-Za-z0-9-]+(?:[ \t]*=[ \t]*(?:"[^"]*"|[^;:"\s]*))?[ \t]*)+:')


@dataclass
class CardChunk:
    """The lines of one card, BEGIN and END included, and where it starts in the file."""

    position: int  # 1-based: "card 3"
    first_line: int  # 1-based line number of its BEGIN:VCARD
    text: str
    complete: bool  # False when the next BEGIN:VCARD came before this card's END:VCARD
    holds: int = 0  # the line of a card found inside this one (vCard 2.1's AGENT), read as a card of its own


def starts_property(line: str) -> bool:
    """Whether an unindented line begins a property (NAME: or NAME;PARAM...:), rather than continuing a value.

    vCard 2.1 writers (feature phones, old Outlook) sometimes break a long email address or note onto the next
    line with no leading blank. Such a line is read as part of the value before it, unless it starts with a
    known or X- property name, or with any name followed by parameters: a real property is never swallowed,
    while "Meeting: Tuesday" in a note stays in the note.
    """
    found = _PROPERTY_NAME.match(line)
    if found is None:
        return False
    name = found.group(1).upper()
    if name in KNOWN_PROPERTIES or name.startswith("X-"):
        return True
    return found.group(2) == ";" and _PARAMETERS.match(line, found.end(1)) is not None


def decode_vcf_bytes(data: bytes, source: str) -> tuple[str, str | None]:
    """Decode a .vcf file, and name the legacy character set most of its properties declare (if any).

    A BOM wins; then UTF-16 told by its zero bytes; then UTF-8 throughout. Any other file (or a UTF-8 one that
    declares legacy character sets) is decoded line by line, each line in the CHARSET of its property (see
    desktop/core/vcard_charsets.py): files merged from several exports mix UTF-8 and legacy cards.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict_decode(data, encoding, source), None
    if b"\x00" in data[:4096] and not _text_with_stray_zeros(data):
        return _strict_decode(data, _guess_utf16(data, source), source), None
    data = mend_cut_characters(data)
    fallback = declared_charset(data)
    if needs_line_decoding(data, fallback):
        return decode_lines(data, starts_property, fallback), fallback
    return data.decode("utf-8"), fallback


def _strict_decode(data: bytes, encoding: str, source: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ImportProblem(Message("{source}: cannot be read as {encoding} text ({reason} at byte {byte}); the "
                                    "file is damaged or not a vCard", source=source, encoding=encoding.upper(),
                                    reason=error.reason, byte=error.start)) from error
    return text.removeprefix("\ufeff")


def _text_with_stray_zeros(data: bytes) -> bool:
    """Whether a file with zero bytes is a vCard written as 8-bit text with a few NULs in its values (a C program's
    stray terminator), which are removed with a note like any control character, rather than a binary file."""
    head = data[:4096]
    return head.lstrip().upper().startswith(b"BEGIN:VCARD") and head.count(0) <= max(16, len(head) // 100)


def _guess_utf16(data: bytes, source: str) -> str:
    """Name the UTF-16 byte order of a BOM-less file from where its zero bytes sit, or refuse it."""
    head = data[:4096]
    zeros_even, zeros_odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 4  # ASCII-heavy UTF-16 has a zero in about every other byte
    if zeros_odd > half and zeros_even == 0:
        return "utf-16-le"
    if zeros_even > half and zeros_odd == 0:
        return "utf-16-be"
    raise ImportProblem(Message("{source}: is a binary file, not a vCard (it contains zero bytes)",
                                source=source))


@dataclass
class _OpenCard:
    lines: list[str]
    start: int  # the line of its BEGIN:VCARD
    holds: int = 0  # the line of the first card begun inside it


def _goes_on(lines: list[str], index: int) -> bool:
    """Whether the card a card inside it interrupted goes on at `index`: a line other than a BEGIN:VCARD comes
    before the file ends (blank lines aside)."""
    following = next((line for line in itertools.islice(lines, index, None) if line.strip()), None)
    return following is not None and not _BEGIN.match(following)


def split_cards(text: str, source: str) -> list[CardChunk]:
    """Cut the text at BEGIN:VCARD / END:VCARD lines so that one broken card cannot take the others down.

    This only finds the boundaries; each chunk is then parsed by vobject.
    """
    if not text.strip():
        raise ImportProblem(Message("{source}: the file is empty", source=source))
    if "\n" not in text:
        text = text.replace("\r", "\n")  # classic Mac OS line ends
    # A line ends at LF; CRs before it (CRLF, and the CR CR LF some iPhone exports write) go with it.
    # A lone CR inside a value (Thunderbird writes them) is kept, as vobject keeps it.
    lines = [line.rstrip("\r") for line in text.split("\n")]
    chunks: list[CardChunk] = []
    # The card being read last, after any it interrupted: a BEGIN:VCARD inside a card is either the next card of a
    # file whose card lacks its END, or a card held inside it (vCard 2.1's AGENT, a pasted card), after which the
    # outer card's own lines go on. Cut at the inner card, those lines (an email, a phone) were lost unsaid.
    open_cards: list[_OpenCard] = []
    for index, line in enumerate(lines):
        if _BEGIN.match(line):
            if open_cards:
                open_cards[-1].holds = open_cards[-1].holds or index + 1
            open_cards.append(_OpenCard([line], index + 1))
        elif open_cards:
            card = open_cards[-1]
            card.lines.append(line)
            if not _END.match(line):
                continue
            open_cards.pop()
            if open_cards and not _goes_on(lines, index + 1):
                chunks += [CardChunk(len(chunks) + 1, cut.start, "\n".join(cut.lines), complete=False)
                           for cut in open_cards]  # each cut short, and first, as it began first
                open_cards = []
            elif open_cards:  # its lines keep their numbers: the inner card's are left blank in the outer one
                open_cards[-1].lines += [""] * len(card.lines)
            chunks.append(CardChunk(len(chunks) + 1, card.start, "\n".join(card.lines), complete=True,
                                    holds=card.holds))
    if open_cards:
        raise ImportProblem(Message("{source}: the file ends inside card {card} (begun on line {line}) with no "
                                    "END:VCARD; it looks truncated", source=source,
                                    card=len(chunks) + len(open_cards), line=open_cards[-1].start))
    if not chunks:
        raise ImportProblem(Message("{source}: is not a vCard file (no BEGIN:VCARD line)", source=source))
    return chunks
