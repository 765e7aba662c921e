"""The answers to what a sync leaves waiting for the user, and their words: Settings → Sync's buttons say them, and
`afterview sync resolve` takes them as options spelt as the values here (`--keep-here`)."""

from __future__ import annotations

from enum import StrEnum

from desktop.core.messages import english


class Answer(StrEnum):
    """One answer, named as the command line's option spells it."""

    KEEP_HERE = "keep-here"  # a conflict
    TAKE_SERVER = "take-server"
    SEND_BACK = "send-back"  # deleted on the server
    DELETE_HERE = "delete-here"
    BRING_BACK = "bring-back"  # deleted here while the server changed it
    KEEP_DELETED = "keep-deleted"


# The window's buttons, in the words the command line uses too.
LABELS = {Answer.KEEP_HERE: english("Keep this computer's"), Answer.TAKE_SERVER: english("Take the server's"),
          Answer.SEND_BACK: english("Keep it here and send it back"),
          Answer.DELETE_HERE: english("Delete it here too"),
          Answer.BRING_BACK: english("Bring it back"), Answer.KEEP_DELETED: english("Keep it deleted")}
# Each kind of item waiting and its two answers: first the one that keeps this computer's side, then the server's.
CONFLICT_ANSWERS = (Answer.KEEP_HERE, Answer.TAKE_SERVER)
DELETED_THERE_ANSWERS = (Answer.SEND_BACK, Answer.DELETE_HERE)
DELETED_HERE_ANSWERS = (Answer.BRING_BACK, Answer.KEEP_DELETED)
