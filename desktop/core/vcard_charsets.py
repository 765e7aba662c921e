"""The character sets a vCard declares per property (CHARSET=SHIFT_JIS, GB2312, Big5, EUC-KR, KOI8-R, ...).

Feature phones and older Outlook, Nokia and Palm exports write each property in the character set it names,
either as raw bytes or as QUOTED-PRINTABLE bytes, and one file may mix several. A file that is not UTF-8
throughout is therefore decoded one physical line at a time, each line in the character set of the property
it belongs to (a folded or continued line in that of the property it continues).
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

# Labels as phones write them, mapped to the codec a careful reader uses: the superset the label means in
# practice (the web's Encoding Standard does the same): Japanese phones' "SHIFT_JIS" holds NEC and IBM
# characters (①, 髙) only cp932 has, "GB2312" text GBK characters, "Big5" the Windows code page Taiwanese
# phones and PC suites write, "EUC-KR" the Unified Hangul Code, and an "ISO-8859-1" or "US-ASCII" label on
# Windows text its curly quotes and euro sign.
_SUPERSETS = {
    "shift_jis": "cp932", "cp932": "cp932", "euc_jp": "euc_jis_2004", "iso2022_jp": "iso2022_jp_ext",
    "gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950", "euc_kr": "cp949", "latin_1": "cp1252",
    "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "tis-620": "cp874", "iso8859-11": "cp874",
}  # fmt: skip
# Where the usual reading fails: the Hong Kong extension of Big5, JIS X 0213 characters of newer phones.
_WIDER = {"cp950": "big5hkscs", "cp932": "shift_jis_2004"}
# Labels Python's codec registry does not know under these spellings.
_ALIASES = {
    "x-sjis": "cp932", "windows-31j": "cp932", "x-euc-jp": "euc_jp", "x-gbk": "gbk", "cp936": "gbk",
    "x-euc-kr": "euc_kr", "ksc5601": "euc_kr", "big5-hkscs": "big5hkscs", "x-mac-roman": "mac_roman",
    "x-unicode20utf8": "utf-8",
}  # fmt: skip
_UNICODE = {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"}
# Codecs whose text may be pure ASCII bytes that still need decoding (escape sequences, UTF-7's +...-).
_SEVEN_BIT = ("iso2022", "utf-7", "hz")
_CHARSET_PARAM = re.compile(rb';\s*CHARSET\s*=\s*"?([A-Za-z0-9_.:+-]+)', re.IGNORECASE)
_HEAD = re.compile(rb'^((?:[^:"\n]|"[^"\n]*")*):')


@lru_cache(maxsize=64)  # asked for every line of a legacy file, of the few labels it uses
def codec_for(label: str) -> str | None:
    """The codec that reads text labelled CHARSET=label, or None for a label no codec answers to."""
    label = label.strip().strip('"').lower()
    if not label:
        return None
    try:
        name = codecs.lookup(_ALIASES.get(label, label)).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def declared_charset(data: bytes) -> str | None:
    """The legacy character set most properties of the file declare, used for lines that declare none."""
    counts = Counter(codec for label in _CHARSET_PARAM.findall(data)
                     if (codec := codec_for(label.decode("ascii"))) and codec not in _UNICODE)
    return counts.most_common(1)[0][0] if counts else None


def needs_line_decoding(data: bytes, declared: str | None) -> bool:
    """Whether a BOM-less file, whose properties mostly declare `declared`, must be decoded line by line
    rather than as UTF-8 in one go."""
    if b"\x1b" in data:
        return True  # ISO-2022-JP text hides in ASCII bytes behind escape sequences
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return declared is not None


def decode_lines(data: bytes, starts_property: Callable[[str], bool], fallback: str | None) -> str:
    """The file decoded one physical line at a time, each in the character set of its property; lines that
    declare none in `fallback` when they are not UTF-8."""
    resaved = _try(data, "utf-8") is not None
    lines: list[str] = []
    label: str | None = None  # the CHARSET of the property the current line belongs to
    following: list[bytes] = []  # the folded or continued lines after the property's first, read together
    for raw in data.split(b"\n"):
        if raw[:1] in (b" ", b"\t") or not starts_property(raw[:80].decode("latin-1")):
            following.append(raw)
            continue
        lines += _read_following(following, label, fallback, resaved)
        following = []
        head = _HEAD.match(raw)
        cut = head.end() if head else 0
        labels = _CHARSET_PARAM.findall(raw[:cut])
        label = labels[0].decode("ascii") if labels else None
        lines.append(_read_line(raw, label, fallback, resaved, cut))
    lines += _read_following(following, label, fallback, resaved)
    return "\n".join(lines)


_RUN = 1_000  # lines decoded in one go; a line no run reads is read alone, with the rest of its run


def _read_following(raws: list[bytes], label: str | None, fallback: str | None, resaved: bool) -> list[str]:
    """The lines that continue one property, each as `_read_line` reads it.

    In a legacy character set that reads ASCII as ASCII and keeps no state from line to line (not ISO-2022 or
    UTF-7), a line feed never falls inside a character, so a run of lines that decodes as a whole decodes line
    by line to the same text: 300,000 continued Shift_JIS lines take one decoding per thousand, not 300,000.
    """
    codec = codec_for(label) if label else None
    if resaved or codec is None or codec.startswith(("utf", *_SEVEN_BIT)) or not _reads_ascii(codec):
        return [_read_line(raw, label, fallback, resaved) for raw in raws]
    lines: list[str] = []
    for start in range(0, len(raws), _RUN):
        run = raws[start:start + _RUN]
        text = _try(b"\n".join(run), codec)
        read = text.split("\n") if text is not None else []
        lines += read if len(read) == len(run) else [_read_line(raw, label, fallback, resaved) for raw in run]
    return lines


@lru_cache(maxsize=64)
def _reads_ascii(codec: str) -> bool:
    """Whether the codec reads every ASCII byte as that ASCII character, as the files' structure assumes."""
    ascii_bytes = bytes(range(128))
    return _try(ascii_bytes, codec) == ascii_bytes.decode("ascii")


def _read_line(raw: bytes, label: str | None, fallback: str | None, resaved: bool, cut: int = 0) -> str:
    """One physical line as text: its head (up to `cut`) in no character set, the rest in its property's."""
    if raw.isascii() and b"\x1b" not in raw:  # the same in every charset but ISO-2022's escapes
        return raw.decode("ascii")
    return _read_raw(raw[:cut], None, fallback, resaved) + _read_raw(raw[cut:], label, fallback, resaved)


def _read_raw(raw: bytes, label: str | None, fallback: str | None, resaved: bool) -> str:
    """Raw bytes of a value as text, whatever they hold (Latin-1 reads any byte when nothing else does).

    A file that is UTF-8 throughout was most likely written or re-saved as UTF-8 (an editor keeps a phone's old
    labels, and some programs write "US-ASCII" or "ISO-8859-1" on anything): its text is read as UTF-8, except
    where a Shift_JIS, GB2312, Big5 or EUC-KR label meets text that character set could not have held, since
    real text in those is almost never valid UTF-8 as well.
    """
    codec = codec_for(label) if label else None
    if resaved and not raw.isascii() and codec is not None:
        utf8 = raw.decode("utf-8")
        if _single_byte(codec) or _fits(utf8, codec):
            return utf8
    return decode_value(raw, label, fallback) or _try(raw, "cp1252") or raw.decode("latin-1")


def decode_value(raw: bytes, label: str | None, fallback: str | None) -> str | None:
    """The value's bytes read in the character set `label` names, or None when no likely one reads them.

    A label that does not read the bytes gives way to UTF-8, the usual mislabel. Bytes with no label (or one
    naming no known character set) are UTF-8, else the file's usual legacy character set (`fallback`), else
    Windows-1252.
    """
    codec = codec_for(label) if label else None
    if raw.isascii():
        return _try(raw, codec) if codec and codec.startswith(_SEVEN_BIT) else raw.decode("ascii")
    if codec is None:
        return _try(raw, "utf-8") or _try(raw, fallback or "cp1252")
    if codec in _UNICODE:
        return _try(raw, codec)
    wider = _WIDER.get(codec)
    return _try(raw, codec) or (_try(raw, wider) if wider else None) or _try(raw, "utf-8")


def _try(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        return None


@lru_cache(maxsize=64)
def _single_byte(codec: str) -> bool:
    """Whether each byte of the codec is one character (Windows-1252, KOI8-R), unlike Shift_JIS or Big5."""
    return len(bytes(range(256)).decode(codec, errors="replace")) == 256


def _fits(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True
