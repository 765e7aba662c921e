"""Opening the database: pragmas, schema checks and migrations at start-up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop.storage.backups import check_integrity, make_private, take_backup

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision this build knows; a test checks it matches the migrations folder's head.
HEAD_REVISION = "0002_data_generation"


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


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
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
                    raise DatabaseError(f"{path} holds tables but is not an Afterview database")
                return None
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return version[0] if version else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _unusable(path, error) from error


def _unusable(path: Path, error: sqlite3.DatabaseError) -> DatabaseError:
    """What SQLite's complaint means for the user: another program holds the file, or it is not readable."""
    if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
        return LockedDatabaseError(f"{path} is locked by another program; close it and try again")
    return DamagedDatabaseError(path, f"{path} cannot be read as a database ({error})")


def check_file(path: Path) -> None:
    """Refuse a database that fails SQLite's quick integrity check, naming what it found."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        problem = check_integrity(path)
    except sqlite3.DatabaseError as error:
        raise _unusable(path, error) from error
    if problem:
        raise DamagedDatabaseError(path, f"{path} is damaged: SQLite's integrity check found: {problem}")


def known_revisions() -> list[str]:
    """Every revision this build ships, oldest first."""
    return sorted(p.stem for p in (MIGRATIONS / "versions").glob("[0-9]*.py"))


def migrate(path: Path, backups: Path | None = None) -> None:
    """Bring the schema at `path` to this build's head, after a backup; refuse a schema from a newer build."""
    current = stored_revision(path)
    if current == HEAD_REVISION:
        return
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            f"{path} was written by a newer version of Afterview (schema {current}). "
            "It has not been changed; please install the newer version to open it.")
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
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)

    def _private(_connection: object, _record: object) -> None:
        for name in (path.name, path.name + "-wal", path.name + "-shm"):
            make_private(path.with_name(name))

    event.listen(engine, "connect", _private)
    return engine


def open_database(path: Path, backups: Path | None = None) -> sessionmaker[Session]:
    """Check, back up and migrate the file (creating it if new); return a session factory for it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    check_file(path)
    migrate(path, backups)
    make_private(path)
    return sessionmaker(create_database_engine(path), expire_on_commit=False)
