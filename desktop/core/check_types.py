"""What every note check returns, shared by the check modules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

Span = tuple[int, int]
LEVELS = ("ok", "warning", "error")


@dataclass(frozen=True)
class Check:
    """One finding: `level` is ok, warning or error; `spans` are the draft's characters to underline."""

    name: str
    ok: bool
    level: str
    reason: str
    spans: list[Span] = field(default_factory=list)


def quoted(items: Iterable[str]) -> str:
    return ", ".join(f"“{item}”" for item in items)
