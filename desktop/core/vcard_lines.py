"""The property lines of one card, as vobject reads them, and the escaped text values inside them."""

from __future__ import annotations

import quopri
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from vobject.base import VObjectError, parseLine

from desktop.core.messages import Message, together
from desktop.core.untrusted_text import logical_lines, without_control_characters
from desktop.core.vcard_charsets import codec_for, decode_value
from desktop.core.vcard_text import CardChunk, starts_property

# The properties a ContactCard is built from; other lines (keys, calendars, Outlook's XML) are not
# parsed at all, which keeps a 10,000-card file fast and keeps their oddities out of the problems. Japanese
# carriers' own lines (au's X-GNO/X-GN address-book group, docomo's X-DCM-* display modes, X-CLASS,
# X-REDUCTION) describe the phone's address book, not the person, so a business card has no place for them.
WANTED = frozenset({
    "FN", "N", "NICKNAME", "ORG", "TITLE", "EMAIL", "TEL", "ADR", "URL", "NOTE", "UID", "PHOTO", "X-ABLABEL",
    "X-SOCIALPROFILE", "X-PHONETIC-FIRST-NAME", "X-PHONETIC-MIDDLE-NAME", "X-PHONETIC-LAST-NAME",
    "SOUND",  # SOUND;X-IRMC-N: the reading of the name Japanese phones write
})
# Values that hold no line break: a line continuing one of them is glued on as it stands.
_UNBROKEN = frozenset({
    "EMAIL", "TEL", "URL", "UID", "PHOTO", "LOGO", "SOUND", "KEY", "IMPP", "GEO", "TZ", "BDAY", "REV",
    "X-SOCIALPROFILE", "SOCIALPROFILE", "CALURI", "CALADRURI", "FBURL", "MEMBER", "RELATED", "SOURCE",
})
# Values that may hold line breaks; a short line after a one-line value such as FN is a stray line, not more name.
_MULTILINE = frozenset({"NOTE", "ADR", "LABEL"})
# A text line this wide (in the columns of a fixed-width font, where a CJK character takes two like its two
# bytes in a legacy file) was wrapped by the writer, not ended by the person who typed it.
_WRAP_COLUMNS = 60
_SENTENCE_END = (".", "!", "?", ":", "。", "！", "？")
_NAME = re.compile(r"(?:[\w-]+\.)?([\w-]+)[;:]")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPED = {"n": "\n", "N": "\n", "\\": "\\", ";": ";", ",": ",", ":": ":", '"': '"'}
_STRUCTURE = re.compile(r"\\.|;|[^\\;]+|\\", re.DOTALL)
_MAX_LINES_NAMED = 3
# A business card has a dozen lines and a few emails; a hostile one with 100,000 EMAIL lines froze the window
# for most of a minute each time it was selected.
MAX_LINES_PER_CARD = 1_000
MAX_VALUES_PER_PROPERTY = 20


@dataclass
class Property:
    """One content line: NAME, its item group, parameters (names upper-cased) and raw value."""

    name: str
    group: str
    params: dict[str, list[str]]
    singles: list[str]  # vCard 2.1 bare parameters such as ;WORK;FAX
    value: str

    def param(self, name: str) -> list[str]:
        """A parameter's values, lists such as TYPE="work,voice" split at the commas."""
        return [item.strip() for value in self.params.get(name, []) for item in value.split(",") if item.strip()]

    @property
    def charset(self) -> str:
        """The character set the line declares (CHARSET=), or an empty string."""
        return next(iter(self.params.get("CHARSET", [])), "")

    @cached_property
    def types(self) -> set[str]:
        """TYPE values in lower case, in every spelling: TYPE=a,b (3.0), TYPE="a,b" (4.0), ;A;B (2.1)."""
        return {t.lower() for t in self.param("TYPE") + self.singles}

    @cached_property
    def text(self) -> str:
        """The value as text: backslash escapes undone, one kind of line end, outer blanks trimmed."""
        return _clean(unescape(self.value))

    def fields(self, count: int) -> list[str]:
        """The first `count` components of a structured value (N, ADR, ORG), each as text."""
        parts = split_structured(self.value, count)
        parts += [""] * (count - len(parts))
        return [_clean(unescape(part)) for part in parts[:count]]


def read_properties(chunk: CardChunk, fallback: str | None = None) -> tuple[list[Property], list[str]]:
    """The card's wanted properties, and notes on the lines that were not read (none when all were).

    `fallback` is the legacy character set of quoted-printable text that declares none and is not UTF-8.
    """
    props: list[Property] = []
    bad_lines: list[str] = []
    notes: list[str] = []
    counts: dict[str, int] = {}
    total = 0
    unknown_charsets: list[str] = []
    for line, number in logical_lines(chunk.text, quoted_printable=True, continued=_continued):
        total += 1
        if total > MAX_LINES_PER_CARD:
            continue  # only counted, for the note
        name = _NAME.match(line)
        key = name.group(1).upper() if name else ""
        if name and key not in WANTED:
            continue
        counts[key] = counts.get(key, 0) + 1
        if counts[key] > MAX_VALUES_PER_PROPERTY:
            continue
        file_line = chunk.first_line + number - 1
        try:
            prop_name, params, value, group = parseLine(line, number)
            prop = _property(prop_name, params, value, group, fallback=fallback)
        except VObjectError:
            bad_lines.append(Message("line {line} (not a vCard property: {text})", line=file_line,
                                     text=repr(line[:40])))
        except _Undecodable as error:
            bad_lines.append(Message("line {line} ({reason})", line=file_line, reason=error.args[0]))
        else:
            props.append(prop)
            if (label := prop.charset) and codec_for(label) is None:
                unknown_charsets.append(Message("line {line} names a character set Afterview does not know "
                                                "({charset}), so its text may read wrongly", line=file_line,
                                                charset=label[:20]))
    if total > MAX_LINES_PER_CARD:
        notes.append(Message("it has {total:,} lines and only the first {most:,} were read", total=total,
                             most=MAX_LINES_PER_CARD))
    # Lines with no property name are tried only up to the same limit; the rest are counted as unreadable.
    unread = max(0, counts.pop("", 0) - MAX_VALUES_PER_PROPERTY)
    notes += [Message("it has {count:,} {key} lines and only the first {most} were kept", count=count, key=key,
                      most=MAX_VALUES_PER_PROPERTY) for key, count in counts.items() if count > MAX_VALUES_PER_PROPERTY]
    notes += unknown_charsets[:_MAX_LINES_NAMED]
    if bad_lines:
        more = len(bad_lines) + unread - _MAX_LINES_NAMED
        named = together(bad_lines[:_MAX_LINES_NAMED], ", ")
        notes.append(Message("skipped unreadable {lines} and {more} more", lines=named, more=more) if more > 0
                     else Message("skipped unreadable {lines}", lines=named))
    return props, notes


class _Undecodable(ValueError):
    """A quoted-printable value whose bytes no likely character set reads."""


def _continued(first: str, previous: str, line: str) -> str | None:
    """What an unindented line that starts no property adds to the value begun on `first`, or None.

    A continued email address, phone number or link is glued on; a quoted-printable value too (its breaks are
    encoded); a text line that ran to the writer's wrapping width goes on without a break. After a shorter line
    or a sentence's end, a note or an address takes a new line, as the person typed it, while a one-line value
    (a name, a title) is not continued at all.
    """
    if starts_property(line):
        return None
    found = _NAME.match(first)
    if found is None:
        return None
    key = found.group(1).upper()
    if key in ("BEGIN", "END", "VERSION"):
        return None
    if key in _UNBROKEN or "QUOTED-PRINTABLE" in first.partition(":")[0].upper():
        return line.strip()
    if _columns(previous) >= _WRAP_COLUMNS and not previous.rstrip().endswith(_SENTENCE_END):
        return line
    if key in _MULTILINE or key not in WANTED:  # lines of a property not read are taken in silently
        return "\\n" + line  # an escaped line break, undone with the value's other escapes
    return None


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _property(name: str, params: list[list[str]], value: str, group: str | None,
              fallback: str | None = None) -> Property:
    named: dict[str, list[str]] = {}
    singles: list[str] = []
    for param in params:
        if len(param) == 1:
            singles.append(param[0])
        else:
            named.setdefault(param[0].upper(), []).extend(param[1:])
    encodings = {e.upper() for e in named.get("ENCODING", [])} | {s.upper() for s in singles}
    if "QUOTED-PRINTABLE" in encodings:
        # vCard 2.1: the bytes are quoted-printable, in the CHARSET the line names (else UTF-8 or the file's own).
        label = (named.get("CHARSET") or [""])[0]
        decoded = decode_value(quopri.decodestring(value.encode("utf-8")), label, fallback)
        if decoded is None:
            raise _Undecodable(Message("its quoted-printable text does not read as {charset} text",
                                       charset=label or "UTF-8"))
        value = without_control_characters(decoded)  # =00 decodes to the NUL the file's text could not hold
    return Property(name.upper(), group or "", named, singles, value)


def unescape(value: str) -> str:
    r"""Undo vCard text escapes (\n \, \; \\ and Apple's \:); leave any other backslash as it is."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: _ESCAPED.get(m.group(1), m.group(0)), value)


def split_structured(value: str, limit: int | None = None) -> list[str]:
    r"""Cut a structured value at its unescaped semicolons into at most `limit` parts (what follows the last is
    not read); escapes stay for unescape() to undo."""
    parts: list[list[str]] = [[]]
    for token in _STRUCTURE.finditer(value):
        if token.group() == ";":
            if limit is not None and len(parts) == limit:
                break
            parts.append([])
        else:
            parts[-1].append(token.group())
    return ["".join(part) for part in parts]


def _clean(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()
