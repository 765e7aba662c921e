"""Opening the database: pragmas, schema checks and migrations at start-up."""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.messages import Message, os_reason
from desktop.storage.backups import check_integrity, take_backup
from desktop.storage.own_writes import OWN_WRITES

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision this build knows; a test checks it matches the migrations folder's head.
HEAD_REVISION = "0014_sync_handles_never_reused"


class DatabaseError(Exception):
    """A database that cannot be used as it is; the message says why in plain words."""


class SchemaTooNewError(DatabaseError):
    """The file was written by a newer Afterview; it is left untouched."""


class DamagedDatabaseError(DatabaseError):
    """The file is not a readable SQLite database or fails its integrity check; it may be moved aside."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class LockedDatabaseError(DatabaseError):
    """Another program holds the database; nothing is changed and the user is told."""


class FolderNotWritableError(DatabaseError):
    """The data folder is read-only: nothing can be saved there."""


class DiskFullError(DatabaseError):
    """The disk holding the data folder has no room left; SQLite rolled the write back."""


def folder_problem(folder: Path, error: BaseException) -> DatabaseError | None:
    """A plain-words error for a write refused by the folder or the disk; None when the cause is something else."""
    text = str(error).lower()
    code = getattr(error, "errno", None)
    if code in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in text or "no space left" in text:
        return DiskFullError(Message("The disk holding the data folder {folder} is full, so Afterview cannot save "
                                     "there. Free some space and try again; what was saved before is intact.",
                                     folder=str(folder)))
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly database" in text or "read-only" in text:
        return FolderNotWritableError(Message("The data folder {folder} is read-only, so Afterview cannot save "
                                              "anything there. Make it writable, or choose another folder with "
                                              "--data-dir.", folder=str(folder)))
    return None


# Room for SQLite's WAL index (32 KB) and a few pages: less than that and even reading the database fails.
PROBE_BYTES = 64 * 1024


def check_folder(folder: Path) -> None:
    """Create the data folder and prove a file can be written there, before SQLite fails less clearly."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(bytes(PROBE_BYTES))
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as error:
        raise folder_problem(folder, error) or DatabaseError(
            Message("The data folder {folder} cannot be used ({reason}).", folder=str(folder),
                    reason=os_reason(error))) from error


def free_to_write(path: Path) -> bool:
    """True when a write could start at once: no other connection or program holds the write lock.

    Asks without waiting, so a retry can check cheaply instead of blocking for the whole busy timeout.
    """
    try:
        connection = sqlite3.connect(path, timeout=0)
    except sqlite3.Error:
        return False
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.rollback()
        return True
    except sqlite3.Error:
        return False
    finally:
        connection.close()


BUSY_TIMEOUT_MS = 5000  # how long a statement waits for another program's write to end


def use_wal(connection: sqlite3.Connection) -> None:
    """Put the file in WAL mode, once: later connections find it so and need no lock to check.

    Switching needs the file to itself; SQLite may refuse at once (no busy wait) while a second Afterview
    starting on the same new folder holds a lock, so the switch is retried for as long as a write would wait.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while connection.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        try:
            connection.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    use_wal(dbapi_connection)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def stored_revision(path: Path) -> str | None:
    """The schema revision recorded in the file, None for a new or empty database."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
            if row is None:
                tables = connection.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
                if tables[0]:
                    raise DatabaseError(Message("{path} holds tables but is not an Afterview database", path=str(path)))
                return None
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return version[0] if version else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error


def _unreadable(path: Path, error: sqlite3.DatabaseError) -> DatabaseError:
    """Why SQLite could not read the file: only a file that is not a sound database counts as damaged."""
    if "locked" in str(error):
        return LockedDatabaseError(Message("{path} is locked by another program; close it and try again",
                                           path=str(path)))
    if isinstance(error, sqlite3.OperationalError) and ("disk i/o error" in str(error).lower()
                                                        or folder_problem(path.parent, error)):
        # A full disk or a failing drive; the file itself may be fine, so it must not be moved aside.
        return DatabaseError(Message("{path} could not be read ({error}): the disk may be full, failing or "
                                     "disconnected. Nothing was changed.", path=str(path), error=str(error)))
    return DamagedDatabaseError(path, Message("{path} cannot be read as a database ({error})", path=str(path),
                                              error=str(error)))


def check_file(path: Path) -> None:
    """Refuse a database that fails SQLite's quick integrity check, naming what it found."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        problem = check_integrity(path)
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error
    if problem:
        raise DamagedDatabaseError(path, Message("{path} is damaged: SQLite's integrity check found: {problem}",
                                                 path=str(path), problem=problem))


def known_revisions() -> list[str]:
    """Every revision this build ships, oldest first."""
    return sorted(p.stem for p in (MIGRATIONS / "versions").glob("[0-9]*.py"))


def migrate(path: Path, backups: Path | None = None) -> None:
    """Bring the schema at `path` to this build's head, after a backup; refuse a schema from a newer build."""
    current = stored_revision(path)
    if current == HEAD_REVISION:
        return
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(Message(
            "{path} was written by a newer version of Afterview (schema {schema}). It has not been changed; please "
            "install the newer version to open it.", path=str(path), schema=current))
    if current is not None and backups is not None:
        take_backup(path, backups, "pre-migration")
    # Alembic is only imported when there is work to do, to keep start-up quick.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["database_path"] = path
    command.upgrade(config, "head")


def create_database_engine(path: Path) -> Engine:
    # hide_parameters: an error's text then never carries a note's body or a contact's details.
    engine = create_engine(f"sqlite:///{path}", future=True, hide_parameters=True)
    event.listen(engine, "connect", _set_pragmas)
    OWN_WRITES.watch(engine)  # so the window can tell another process's writes from its own
    return engine


def open_database(path: Path, backups: Path | None = None) -> sessionmaker[Session]:
    """Check, back up and migrate the file (creating it if new); return a session factory for it."""
    check_folder(path.parent)
    check_file(path)
    migrate(path, backups)
    return sessionmaker(create_database_engine(path), expire_on_commit=False)
