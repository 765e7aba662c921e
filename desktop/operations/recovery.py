"""Backups the user asks for and restores; and a damaged database: moved aside, then a backup or a fresh start."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.messages import english
from desktop.operations.changes import ChangeSet
from desktop.operations.progress import NO_PROGRESS, Progress
from desktop.operations.workspace import Workspace
from desktop.storage.backups import Backup, check_integrity, list_backups, move_aside, restore, take_backup
from desktop.storage.database import open_database
from desktop.storage.paths import AppPaths


def newest_good_backup(paths: AppPaths) -> Backup | None:
    """The most recent backup that passes SQLite's integrity check."""
    for backup in list_backups(paths.backups_dir):
        try:
            if not check_integrity(backup.path):
                return backup
        except Exception:
            continue
    return None


def restore_newest_backup(paths: AppPaths) -> tuple[Path, Backup]:
    """Move the damaged file aside and put the newest good backup in its place."""
    backup = newest_good_backup(paths)
    if backup is None:
        raise LookupError(english("there is no usable backup"))
    aside = move_aside(paths.database, "damaged")
    restore(paths.database, backup.path, paths.backups_dir)
    return aside, backup


def start_fresh(paths: AppPaths) -> Path:
    """Move the damaged file aside; the next start creates an empty database."""
    return move_aside(paths.database, "damaged")


def backups(workspace: Workspace) -> list[Backup]:
    """The backups of the open database, newest first."""
    return list_backups(workspace.paths.backups_dir)


def back_up_now(workspace: Workspace, *, progress: Progress = NO_PROGRESS) -> Backup:
    """A backup the user asked for, taken with the online backup API while the database stays open; progress is
    told page by page, and a Cancelled leaves no backup file."""
    path = take_backup(workspace.paths.database, workspace.paths.backups_dir, "manual",
                       on_pages=lambda done, total: progress.update(done, total))
    return next(b for b in list_backups(workspace.paths.backups_dir) if b.path == path)


@dataclass(frozen=True)
class Restored:
    kept_as: Path  # the database as it was before the restore
    changes: ChangeSet = field(default_factory=ChangeSet.everything)


def restore_backup(workspace: Workspace, backup: Backup) -> Restored:
    """Put a backup in place of the open database and reopen it; says where the replaced database was kept.

    The engine is disposed first so no pooled connection holds the old file, and the database is reopened
    through the usual checks and migrations (an older backup is brought up to this build's schema). The backup
    is copied into the file page by page, so connections other threads keep open read the restored data.
    """
    workspace.sessions.kw["bind"].dispose()
    try:
        saved = restore(workspace.paths.database, backup.path, workspace.paths.backups_dir)
    finally:
        workspace.sessions = open_database(workspace.paths.database, workspace.paths.backups_dir)
    return Restored(saved)
