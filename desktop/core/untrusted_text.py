"""Text from files someone else wrote: control characters taken out, folded lines joined, in linear time."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from desktop.core.messages import Message

# C0 controls but tab, LF and CR (a lone CR inside a value is a line end Thunderbird writes), DEL, and the C1
# controls a Latin-1 fallback decodes stray bytes to. No card or invitation holds them; a NUL in a name
# breaks every program the record is exported to. Also the bidirectional embeddings, overrides and isolates
# (U+202A-U+202E, U+2066-U+2069): Arabic and Hebrew names read right without them, and an override makes a
# name show other letters than it holds ("Eve\u202egnp.exe" shows as "Eveexe.png"). The marks (LRM, RLM, ALM)
# that mixed text does need are kept.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def remove_control_characters(text: str) -> tuple[str, int, int]:
    """The text without control characters, how many were removed, and the line of the first (0 if none)."""
    first = _CONTROL.search(text)
    if first is None:
        return text, 0, 0
    line = text.count("\n", 0, first.start()) + 1
    cleaned, removed = _CONTROL.subn("", text)
    return cleaned, removed, line


def control_characters_note(source: str, removed: int, line: int) -> str:
    """The import summary's line for characters remove_control_characters() took out."""
    if removed == 1:
        return Message("{source}: 1 control character, such as NUL, on line {line}, was removed; the rest of the file "
                       "was read", source=source, line=line)
    return Message("{source}: {removed:,} control characters such as NUL, the first on line {line}, were removed; the "
                   "rest of the file was read", source=source, removed=removed, line=line)


def without_control_characters(text: str) -> str:
    """Text to write to a file: what an older Afterview stored with control characters is not passed on."""
    return _CONTROL.sub("", text)


# A UTF-8 character a fold cut in two: its first bytes end one line, the rest follow the fold's blank.
_CUT_CHARACTER = re.compile(rb"([\xc2-\xf4][\x80-\xbf]{0,2})(\r?\n[ \t])([\x80-\xbf]{1,3})")


def mend_cut_characters(data: bytes) -> bytes:
    """The bytes with each UTF-8 character a fold cut in two moved whole after the fold's blank.

    RFC 5545 and 6350 fold at 75 octets, and writers that count bytes cut a character there ("J\\xc3", then
    " \\xbcrgen"). Neither line is UTF-8 alone, so a file read line by line lost the character and read the
    rest of the line as Windows-1252 ("JÃ¼rgen"). Moving the bytes keeps every line where it was (line numbers
    in messages stay right) and unfolding gives the same text.
    """
    def mend(found: re.Match[bytes]) -> bytes:
        head, fold, tail = found.groups()
        try:
            (head + tail).decode("utf-8")
        except UnicodeDecodeError:
            return found.group(0)
        return fold + head + tail

    return _CUT_CHARACTER.sub(mend, data)


Continuation = Callable[[str, str, str], "str | None"]
# A value continued on this many unindented lines takes no more: the lines after it are lines of their own,
# so that a file of endless stray lines is still held to a card's or an event's limits.
MAX_CONTINUED_LINES = 100


def logical_lines(text: str, quoted_printable: bool = False,
                  continued: Continuation | None = None) -> Iterator[tuple[str, int]]:
    """Each content line with its folds joined (RFC 5545/6350), and the file line it starts on.

    With `quoted_printable` (vCard 2.1), a line of a QUOTED-PRINTABLE property that ends in '=' continues on the
    next line, kept after a line feed for the decoder to drop, as vobject reads it. `continued(first, previous,
    line)`, given the content line's first physical line, the physical line before and an unindented line, says
    what that line adds to the content line, or None when it starts a content line of its own (asked for at most
    MAX_CONTINUED_LINES lines of one content line). Parts are
    collected in a list and joined once: adding to one string per physical line made 6 MB of soft breaks take
    two minutes.
    """
    parts: list[str] = []
    start = 0
    encoded = soft_break = False
    previous = ""
    continued_lines = 0
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            if parts:
                yield "".join(parts), start
            parts, encoded, soft_break = [], False, False
            continue
        if soft_break:
            parts += ("\n", line)
        elif line[0] in " \t":
            start = start if parts else number
            parts.append(line[1:])
        elif (parts and continued is not None and continued_lines < MAX_CONTINUED_LINES
              and (addition := continued(parts[0], previous, line)) is not None):
            parts.append(addition)
            continued_lines += 1
        else:
            if parts:
                yield "".join(parts), start
            parts, start, encoded, continued_lines = [line], number, False, 0
        if quoted_printable:
            encoded = encoded or "quoted-printable" in line.lower()
            soft_break = encoded and line.endswith("=")
        previous = line
    if parts:
        yield "".join(parts), start
