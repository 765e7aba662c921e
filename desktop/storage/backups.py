"""Automatic backups of the live database with SQLite's online backup API, never a file copy.

Backups live in a `backups` folder beside the database: one a day at start-up when the newest is over a
day old, one before every migration and one before a restore; daily and weekly ones are rotated.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.core.messages import Message

_NAME = re.compile(r"^afterview-(?P<kind>[a-z-]+?)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.sqlite3$")
STEP_PAGES = 256  # pages copied between two progress reports: 1 MB at SQLite's default page size


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str  # "daily", "pre-migration", "before-restore"
    taken_at: datetime  # UTC

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def _copy(source_path: Path, target_path: Path, on_pages: Callable[[int, int], None] | None = None) -> None:
    """Copy a database page by page with SQLite's online backup API, consistent even while others write.

    `on_pages(done, total)` is told as the pages are copied; an exception it raises stops the copy.
    """
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target_path)
        try:
            if on_pages is None:
                source.backup(destination)
            else:
                source.backup(destination, pages=STEP_PAGES,
                              progress=lambda _status, remaining, total: on_pages(total - remaining, total))
        finally:
            destination.close()
    finally:
        source.close()


def take_backup(database: Path, folder: Path, kind: str = "daily", now: datetime | None = None,
                on_pages: Callable[[int, int], None] | None = None) -> Path:
    """Copy the live database page by page, consistently, even while others use it (progress: see _copy)."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"afterview-{kind}-{moment:%Y%m%d-%H%M%S}.sqlite3"
    counter = 1
    while target.exists():  # two backups in one second: keep both
        target = folder / f"afterview-{kind}-{moment:%Y%m%d-%H%M%S}-{counter}.sqlite3"
        counter += 1
    try:
        _copy(database, target, on_pages)
    except BaseException:
        # A half-written backup (a full disk, a cancel) must never be offered for a restore, nor its journal left.
        target.unlink(missing_ok=True)
        target.with_name(target.name + "-journal").unlink(missing_ok=True)
        raise
    return target


def list_backups(folder: Path) -> list[Backup]:
    """Every backup in the folder, newest first."""
    found = []
    for path in folder.glob("afterview-*.sqlite3") if folder.is_dir() else []:
        match = _NAME.match(path.name)
        if match:
            stamp = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            found.append(Backup(path, match["kind"], stamp))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def rotate(folder: Path, daily_keep: int, weekly_keep: int, keep_other: int = 3) -> list[Path]:
    """Keep the newest backup of each of the last `daily_keep` days and of `weekly_keep` earlier weeks."""
    removed = []
    backups = list_backups(folder)
    daily = [b for b in backups if b.kind == "daily"]
    keep: set[Path] = set()
    days: list[object] = []
    weeks: list[object] = []
    for backup in daily:
        day = backup.taken_at.date()
        week = day.isocalendar()[:2]
        if day not in days and len(days) < daily_keep:
            days.append(day)
            keep.add(backup.path)
        elif week not in weeks and len(weeks) < weekly_keep and backup.path not in keep and day not in days:
            weeks.append(week)
            keep.add(backup.path)
    for kind in {b.kind for b in backups} - {"daily"}:
        keep.update(b.path for b in [b for b in backups if b.kind == kind][:keep_other])
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def backup_if_due(database: Path, folder: Path, daily_keep: int, weekly_keep: int,
                  now: datetime | None = None) -> Path | None:
    """Take the daily backup when the newest one is over a day old; None when none was due."""
    if not database.exists():
        return None
    moment = now or datetime.now(UTC)
    newest = next((b for b in list_backups(folder) if b.kind == "daily"), None)
    if newest is not None and moment - newest.taken_at < timedelta(days=1):
        return None
    taken = take_backup(database, folder, "daily", moment)
    rotate(folder, daily_keep, weekly_keep)
    return taken


def check_integrity(path: Path) -> str:
    """'' when SQLite's quick check passes, else what it found, in its own words."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in connection.execute("PRAGMA quick_check").fetchall()]
    finally:
        connection.close()
    return "" if rows == ["ok"] else "; ".join(rows[:5])


def restore(database: Path, backup: Path, folder: Path, now: datetime | None = None) -> Path:
    """Replace the database with a backup, after saving the current one aside; returns where it went."""
    try:
        problem = check_integrity(backup)
    except sqlite3.DatabaseError as error:
        raise ValueError(Message("the backup {name} cannot be read as a database ({error})", name=backup.name,
                                 error=str(error))) from error
    if problem:
        raise ValueError(Message("the backup {name} is damaged ({problem})", name=backup.name, problem=problem))
    saved = take_backup(database, folder, "before-restore", now) if database.exists() else backup
    _copy(backup, database)
    return saved


def move_aside(path: Path, reason: str, now: datetime | None = None) -> Path:
    """Rename a damaged file (and its WAL/SHM companions) out of the way, never deleting it."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    target = path.with_name(f"{path.name}.{reason}-{moment:%Y%m%d-%H%M%S}")
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    path.rename(target)
    return target
