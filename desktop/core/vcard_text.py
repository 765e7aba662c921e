"""Turning the bytes of a .vcf file into text, and that text into one chunk of lines per card."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from desktop.core.cards import ImportProblem

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


@dataclass
class CardChunk:
    """The lines of one card, BEGIN and END included, and where it starts in the file."""

    position: int  # 1-based: "card 3"
    first_line: int  # 1-based line number of its BEGIN:VCARD
    text: str
    complete: bool  # False when the next BEGIN:VCARD came before this card's END:VCARD


def decode_vcf_bytes(data: bytes, source: str) -> str:
    """Decode a .vcf file: a BOM wins, then UTF-8, then line by line Windows-1252 or Latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict_decode(data, encoding, source)
    if b"\x00" in data[:4096]:
        return _strict_decode(data, _guess_utf16(data, source), source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Files merged from several exports can mix UTF-8 and legacy cards, so decide per line.
        return "\n".join(_decode_legacy_line(line) for line in data.split(b"\n"))


def _strict_decode(data: bytes, encoding: str, source: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ImportProblem(f"{source}: cannot be read as {encoding.upper()} text ({error.reason} "
                            f"at byte {error.start}); the file is damaged or not a vCard") from error
    return text.removeprefix("\ufeff")


def _guess_utf16(data: bytes, source: str) -> str:
    """Name the UTF-16 byte order of a BOM-less file from where its zero bytes sit, or refuse it."""
    head = data[:4096]
    zeros_even, zeros_odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 4  # ASCII-heavy UTF-16 has a zero in about every other byte
    if zeros_odd > half and zeros_even == 0:
        return "utf-16-le"
    if zeros_even > half and zeros_odd == 0:
        return "utf-16-be"
    raise ImportProblem(f"{source}: is a binary file, not a vCard (it contains zero bytes)")


def _decode_legacy_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:
        return line.decode("latin-1")  # never fails: five bytes are undefined in cp1252 only


def split_cards(text: str, source: str) -> list[CardChunk]:
    """Cut the text at BEGIN:VCARD / END:VCARD lines so that one broken card cannot take the others down.

    This only finds the boundaries; each chunk is then parsed by vobject.
    """
    if not text.strip():
        raise ImportProblem(f"{source}: the file is empty")
    if "\n" not in text:
        text = text.replace("\r", "\n")  # classic Mac OS line ends
    # A line ends at LF; CRs before it (CRLF, and the CR CR LF some iPhone exports write) go with it.
    # A lone CR inside a value (Thunderbird writes them) is kept, as vobject keeps it.
    lines = [line.rstrip("\r") for line in text.split("\n")]
    chunks: list[CardChunk] = []
    current: list[str] | None = None
    start = 0
    for number, line in enumerate(lines, start=1):
        if _BEGIN.match(line):
            if current is not None:
                chunks.append(CardChunk(len(chunks) + 1, start, "\n".join(current), complete=False))
            current, start = [line], number
        elif current is not None:
            current.append(line)
            if _END.match(line):
                chunks.append(CardChunk(len(chunks) + 1, start, "\n".join(current), complete=True))
                current = None
    if current is not None:
        raise ImportProblem(f"{source}: the file ends inside card {len(chunks) + 1} (begun on line {start}) "
                            "with no END:VCARD; it looks truncated")
    if not chunks:
        raise ImportProblem(f"{source}: is not a vCard file (no BEGIN:VCARD line)")
    return chunks
