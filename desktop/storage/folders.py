"""The data and settings folders, checked before anything is opened in them, so that a problem is named plainly.

Run before the window's first frame: nothing here imports SQLAlchemy.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from desktop.core.messages import Message, english, os_reason
from desktop.storage.paths import AppPaths


class FolderProblem(Exception):
    """A folder Afterview needs cannot be used; the message names it, the cause and what the user can do."""


def check_folders(paths: AppPaths) -> None:
    """Create the data and settings folders if needed and prove a file can be made in each; else FolderProblem."""
    _check(paths.data_dir, english("data folder"))
    if paths.config_dir != paths.data_dir:
        _check(paths.config_dir, english("settings folder"))


def _check(folder: Path, what: str) -> None:
    blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        if blocking == folder:
            raise FolderProblem(Message("The {what} {folder} cannot be used: it is a file, not a folder. Choose "
                                        "another folder, or move that file away.", what=what, folder=str(folder)))
        raise FolderProblem(Message("The {what} {folder} cannot be used: {file} is a file, not a folder. Choose "
                                    "another folder, or move that file away.", what=what, folder=str(folder),
                                    file=str(blocking)))
    probe = folder / f".afterview-probe-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        probe.unlink()
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise FolderProblem(Message("The {what} {folder} is read-only, so Afterview cannot save anything there. "
                                        "Make it writable, or choose another folder.", what=what,
                                        folder=str(folder))) from error
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise FolderProblem(Message("The disk holding the {what} {folder} is full. Free some space and try again; "
                                        "what was saved before is intact.", what=what, folder=str(folder))) from error
        raise FolderProblem(Message("The {what} {folder} cannot be used ({reason}). Choose another folder.", what=what,
                                    folder=str(folder), reason=os_reason(error))) from error
