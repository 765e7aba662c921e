"""How far a long operation has got, and the user's wish to stop it; operations take one as `progress=`."""

from __future__ import annotations


class Cancelled(Exception):
    """The user asked to stop: the operation rolls back the transaction it had begun and commits nothing of it."""


class Progress:
    """Told how far an operation has got. This default tells no one and never cancels; the window's runner
    passes one that moves a progress bar and raises Cancelled once Cancel was clicked."""

    def update(self, done: int, total: int, what: str = "") -> None:
        """`done` of `total` steps (total 0: not known), on `what` (a file name); raises Cancelled when asked."""


NO_PROGRESS = Progress()
