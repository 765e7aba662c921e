"""What a sync leaves for the user to answer, each item with a short handle and the two answers that fit it.

Settings → Sync's two buttons and `afterview sync resolve HANDLE --ANSWER` both answer through `answer`, and both
say the answers in the same words (desktop/core/sync_choices.py).
"""

from __future__ import annotations

import re

from desktop.core.messages import Message
from desktop.core.sync_choices import (
    CONFLICT_ANSWERS,
    DELETED_HERE_ANSWERS,
    DELETED_THERE_ANSWERS,
    LABELS,
    Answer,
)
from desktop.operations.changes import ChangeSet
from desktop.operations.sync import (
    WaitingConflict,
    WaitingDeletion,
    confirm_deletion,
    resolve_conflict,
    sync_status,
)
from desktop.operations.workspace import Workspace

Waiting = WaitingConflict | WaitingDeletion


# Conflicts and deletions are counted apart: their handles say which ("c3", "d7").
_HANDLE = re.compile(r"^([cd])([1-9][0-9]{0,17})$")


class AnswerDoesNotFit(ValueError):
    """The answer given is not one of the two that fit the item; the message names those two."""


def handle(item: Waiting) -> str:
    """The item's handle: 'c3' for conflict 3, 'd7' for the deletion of synced object 7."""
    return f"c{item.id}" if isinstance(item, WaitingConflict) else f"d{item.item_id}"


def is_handle(text: str) -> bool:
    """Whether `text` is written as a handle is ('c3', 'd7'), waiting or not."""
    return _HANDLE.match(text.strip().lower()) is not None


def answers(item: Waiting) -> tuple[Answer, Answer]:
    """The two answers that fit the item: first the one that keeps this computer's side, then the server's."""
    if isinstance(item, WaitingConflict):
        return CONFLICT_ANSWERS
    return DELETED_HERE_ANSWERS if item.here else DELETED_THERE_ANSWERS


def waiting(workspace: Workspace) -> list[Waiting]:
    """Everything waiting for an answer, conflicts first, each in the order it was found; none without an account."""
    status = sync_status(workspace)
    return [] if status is None else [*status.conflicts, *status.deletions]


def find(workspace: Workspace, wanted: str) -> Waiting:
    """The item waiting under this handle; LookupError when none is (answered already, or never there)."""
    wanted = wanted.strip().lower()
    for item in waiting(workspace):
        if handle(item) == wanted:
            return item
    raise LookupError(Message("Nothing waiting for you has the handle {handle}", handle=wanted))


def answer(workspace: Workspace, item: Waiting, given: Answer) -> ChangeSet:
    """Answer one item as its button does; AnswerDoesNotFit when `given` is not one of its two answers.
    LookupError when it is no longer waiting, or an interview cannot come back (its opportunity is gone too)."""
    keep, take = answers(item)
    if given not in (keep, take):
        raise AnswerDoesNotFit(Message("{given} does not answer {handle}: {what} takes {keep} or {take}",
                                       given=LABELS[given], handle=handle(item), what=item.what, keep=LABELS[keep],
                                       take=LABELS[take]))
    if isinstance(item, WaitingConflict):
        return resolve_conflict(workspace, item.id, take_server=given == take)
    # "Delete it here too" and "Keep it deleted" leave it deleted on both sides
    return confirm_deletion(workspace, item.item_id, delete_here=given == take)
