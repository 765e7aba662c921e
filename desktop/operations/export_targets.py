"""Files an export would write over, found before anything is written so that the user can be asked."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from desktop.core.messages import Message
from desktop.operations.transfer_types import TransferError

_NAMED = 5  # files listed by name in the message; the rest are counted


class ExistingFilesError(TransferError):
    """The export would replace files already there, and nothing was written; `paths` lists them all."""

    def __init__(self, folder: Path, paths: list[Path]) -> None:
        self.folder, self.paths = folder, paths
        names = [str(path.relative_to(folder)) for path in paths[:_NAMED]]
        values = {"folder": str(folder), "files": ", ".join(names), "more": len(paths) - _NAMED}
        super().__init__(Message("{folder}: already holds {files} and {more} more; nothing was written. Choose "
                                 "another folder, or replace them", **values) if len(paths) > _NAMED else
                         Message("{folder}: already holds {files}; nothing was written. Choose another folder, or "
                                 "replace them", **values))


def refuse_existing(folder: Path, planned: Iterable[Path]) -> None:
    """Raise ExistingFilesError when any planned file (or a link under its name) is already in place."""
    existing = [path for path in planned if os.path.lexists(path)]
    if existing:
        raise ExistingFilesError(folder, existing)
