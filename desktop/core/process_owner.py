"""Who owns the hiring process: the person the follow-up call goes to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

# Titles that own a hiring process, most likely first: the hiring manager; a head or director (in the languages
# whose cards Afterview reads: Directeur des risques, Abteilungsleiterin, Directora, Dyrektor); a manager or lead.
# A French interview's "Directeur des risques" matched none of the English words, and the call went to the
# "Communications Manager" met after him.
_DECIDERS = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    r"hiring manager",
    r"\bhead of\b|\bdirect(?:or|ora|eur|rice)\b|\bdiret(?:or|ora)\b|\bdirett(?:ore|rice)\b|\bd[iy]rektor(?:in|ka)?\b"
    r"|leiter(?:in)?\b|gesch[äa]ftsf[üu]hrer(?:in)?\b|\bvp\b|\bvice[- ]president\b|\bchief\b",
    r"\bmanager(?:in)?\b|\blead\b|\bresponsable\b|\bgerente\b|\bjef[ea]\b|\bchef(?:in)?\b|\bkierowni(?:k|czka)\b",
))

T = TypeVar("T")


def choose_process_owner(chosen: T | None, met: Sequence[tuple[T, str]]) -> T | None:
    """As chosen in the interview's next steps, else whoever's title looks most like the hiring manager's (the
    first met of equals), else the first person met. `met` pairs each person with their title."""
    if chosen is not None:
        return chosen
    for decider in _DECIDERS:
        if found := next((person for person, title in met if decider.search(title or "")), None):
            return found
    return met[0][0] if met else None
