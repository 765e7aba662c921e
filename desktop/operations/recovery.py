"""What to do with a damaged database: move it aside, then restore the newest good backup or start fresh."""

from __future__ import annotations

from pathlib import Path

from desktop.storage.backups import Backup, check_integrity, list_backups, move_aside, restore
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
        raise LookupError("there is no usable backup")
    aside = move_aside(paths.database, "damaged")
    restore(paths.database, backup.path, paths.backups_dir)
    return aside, backup


def start_fresh(paths: AppPaths) -> Path:
    """Move the damaged file aside; the next start creates an empty database."""
    return move_aside(paths.database, "damaged")
