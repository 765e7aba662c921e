"""The open data folder: its database, its settings and the candidate's clock and time zone.

Operations are the only code that opens database sessions; both faces get a Workspace and pass it
to the operations they call.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.settings import Settings
from desktop.storage import settings_file
from desktop.storage.backups import backup_if_due
from desktop.storage.database import folder_problem, open_database
from desktop.storage.folders import check_folders
from desktop.storage.paths import AppPaths, resolve
from desktop.storage.platform_zone import local_zone


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Workspace:
    paths: AppPaths
    settings: Settings
    sessions: sessionmaker[Session]
    zone: ZoneInfo
    clock: Callable[[], datetime] = field(default=_utc_now)
    warnings: list[str] = field(default_factory=list)  # shown to the user once, at start

    def now(self) -> datetime:
        return self.clock()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short transaction: committed when the block ends, rolled back if it raises."""
        with self.sessions() as session, session.begin():
            yield session

    def save_settings(self, settings: Settings) -> None:
        settings_file.save(self.paths.settings_file, settings)
        self.settings = settings


def open_workspace(data_dir: str | None = None, zone: ZoneInfo | None = None,
                   clock: Callable[[], datetime] | None = None) -> Workspace:
    """Open (creating and migrating as needed) the data folder chosen by the user or the platform default."""
    paths = resolve(data_dir)
    check_folders(paths)  # a folder that is a file or read-only is named before anything is opened in it
    loaded = settings_file.load(paths.settings_file)
    settings = loaded.settings
    try:
        sessions = open_database(paths.database, paths.backups_dir)
        backup_if_due(paths.database, paths.backups_dir, settings.backup_daily_keep, settings.backup_weekly_keep)
    except (OSError, sqlite3.OperationalError, OperationalError) as error:
        # A migration or the daily backup that ran out of room or permission: say so, not SQLite's words.
        problem = folder_problem(paths.data_dir, error)
        if problem is None:
            raise
        raise problem from error
    workspace = Workspace(paths=paths, settings=loaded.settings, sessions=sessions, zone=zone or local_zone(),
                          clock=clock or _utc_now)
    if loaded.warning:
        workspace.warnings.append(loaded.warning)
    return workspace
