"""Who owns the hiring process: the person the follow-up call goes to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

_DECIDER = re.compile(r"hiring manager|\bhead of\b|\bdirector\b|\bmanager\b|\blead\b|\bvp\b", re.IGNORECASE)

T = TypeVar("T")


def choose_process_owner(chosen: T | None, met: Sequence[tuple[T, str]]) -> T | None:
    """As chosen in the interview's next steps, else whoever's title looks like the hiring manager, else the
    first person met. `met` pairs each person with their title."""
    if chosen is not None:
        return chosen
    return next((person for person, title in met if _DECIDER.search(title or "")), met[0][0] if met else None)
