"""Counting and listing in words, so no message says "1 contacts" or "record(s)"."""

from __future__ import annotations

from collections.abc import Sequence


def counted(n: int, word: str, plural: str = "") -> str:
    """'1 contact', '5 contacts', '2 opportunities'; `plural` for any other irregular word ('2 people')."""
    if n == 1:
        return f"{n:,} {word}"
    if not plural:
        plural = word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"
    return f"{n:,} {plural}"


def joined(parts: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"
