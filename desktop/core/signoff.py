"""The signature at the end of a note: signing it again with a new name (the check that it is signed is
note_address.check_signature)."""

from __future__ import annotations

import re

# How the sender's name looks in a draft written before the name was known.
NAME_PLACEHOLDERS = ("[your_name]", "{your_name}")
# A sign-off and the name on one line: "Best, Ana" or "Thanks again — Ana".
_SAME_LINE = re.compile(r"(?P<lead>.*[,—–-]\s*)(?P<name>\S.*?)\s*\Z")


def _last_line(body: str) -> tuple[int, int] | None:
    """Start and end of the last line holding any text."""
    end = len(body.rstrip())
    if end == 0:
        return None
    return body.rfind("\n", 0, end) + 1, end


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _name_span(body: str, names: list[str]) -> tuple[int, int] | None:
    """Where one of `names` signs the note: the whole last line, or its end after a sign-off and a comma."""
    line = _last_line(body)
    if line is None:
        return None
    start, end = line
    text = body[start:end]
    stripped = text.strip()
    if any(_same(stripped, name) for name in names):
        return start + text.index(stripped[0]), end
    same_line = _SAME_LINE.match(text)
    if same_line and any(_same(same_line["name"], name) for name in names):
        return start + same_line.start("name"), end
    return None


def resign(body: str, old_name: str, new_name: str) -> str | None:
    """The body signed `new_name` where it was signed `old_name` or with the name's placeholder; None otherwise.

    Only the signature at the very end is touched: the old name elsewhere in the text stays, and a draft the
    user signed by hand with something else is left alone.
    """
    if not new_name.strip():
        return None
    names = [*NAME_PLACEHOLDERS, *([old_name] if old_name.strip() else [])]
    span = _name_span(body, names)
    if span is None or body[span[0]:span[1]] == new_name.strip():
        return None
    return body[:span[0]] + new_name.strip() + body[span[1]:]
