"""The open data folder: its database, its settings and the candidate's clock and time zone.

Operations are the only code that opens database sessions; both faces get a Workspace and pass it
to the operations they call.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.locale_defaults import fill_from_locale, locale_from_environment
from desktop.core.messages import Message
from desktop.core.settings import Settings
from desktop.storage import settings_file
from desktop.storage.backups import backup_if_due
from desktop.storage.database import (
    BUSY_TIMEOUT_MS,
    LockedDatabaseError,
    create_database_engine,
    folder_problem,
    open_database,
)
from desktop.storage.folders import check_folders
from desktop.storage.paths import AppPaths, resolve, tighten_folders
from desktop.storage.platform_zone import local_zone

# How long a write that must hold the lock (an import) waits for another writer to finish.
WRITE_WAIT_SECONDS = 60


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

    @contextmanager
    def on_this_thread(self) -> Iterator[Workspace]:
        """This workspace for a worker thread: its own engine, so no SQLite connection crosses from one thread to
        another; the engine's connections are closed, on that thread, when the block ends."""
        engine = create_database_engine(self.paths.database)
        copy = replace(self, sessions=sessionmaker(engine, expire_on_commit=False))
        try:
            yield copy
        finally:
            engine.dispose()
            if copy.sessions.kw["bind"] is not engine:  # a restore reopened the database on the copy
                copy.sessions.kw["bind"].dispose()

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A transaction holding SQLite's write lock from its start, for work that reads, decides, then writes.

        Another writer (a second import, the window, a second `afterview`) waits up to WRITE_WAIT_SECONDS
        instead of reading the same state and writing the same rows; past that, LockedDatabaseError says so.
        """
        with self.sessions() as session, session.begin():
            connection = session.connection()
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(WRITE_WAIT_SECONDS * 1000)}")
            try:
                try:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                except OperationalError as error:
                    if "locked" not in str(error) and "busy" not in str(error):
                        raise
                    raise LockedDatabaseError(Message(
                        "{database} stayed busy for {seconds:g} s: another Afterview (the window or a command) is "
                        "writing to it. Nothing was changed; try again once it has finished.",
                        database=str(self.paths.database), seconds=WRITE_WAIT_SECONDS)) from error
                yield session
            finally:
                connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def save_settings(self, settings: Settings) -> None:
        settings_file.save(self.paths.settings_file, settings)
        self.settings = settings


def open_workspace(data_dir: str | None = None, zone: ZoneInfo | None = None,
                   clock: Callable[[], datetime] | None = None, locale_name: str | None = None) -> Workspace:
    """Open (creating and migrating as needed) the data folder chosen by the user or the platform default.

    The phone region and spelling language the settings file does not hold come from `locale_name`, or from
    the LC_ALL/LC_MESSAGES/LANG variables when it is not given.
    """
    paths = resolve(data_dir)
    check_folders(paths)  # a folder that is a file or read-only is named before anything is opened in it
    tighten_folders(paths)
    loaded = settings_file.load(paths.settings_file)
    if locale_name is None:
        locale_name = locale_from_environment(os.environ) or ""
    settings = fill_from_locale(loaded.settings, loaded.stored, locale_name)
    try:
        sessions = open_database(paths.database, paths.backups_dir)
        backup_if_due(paths.database, paths.backups_dir, settings.backup_daily_keep, settings.backup_weekly_keep)
    except (OSError, sqlite3.OperationalError, OperationalError) as error:
        # A migration or the daily backup that ran out of room or permission: say so, not SQLite's words.
        problem = folder_problem(paths.data_dir, error)
        if problem is None:
            raise
        raise problem from error
    workspace = Workspace(paths=paths, settings=settings, sessions=sessions, zone=zone or local_zone(),
                          clock=clock or _utc_now)
    if loaded.warning:
        workspace.warnings.append(loaded.warning)
    return workspace
