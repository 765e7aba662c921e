"""Opening the database: pragmas, schema checks and migrations at start-up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision this build knows; a test checks it matches the migrations folder's head.
HEAD_REVISION = "0001_initial"


class DatabaseError(Exception):
    """A database that cannot be used as it is; the message says why in plain words."""


class SchemaTooNewError(DatabaseError):
    """The file was written by a newer Afterview; it is left untouched."""


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
        raise DatabaseError(f"{path} cannot be read as a database ({error})") from error


def known_revisions() -> list[str]:
    """Every revision this build ships, oldest first."""
    return sorted(p.stem for p in (MIGRATIONS / "versions").glob("[0-9]*.py"))


def migrate(path: Path) -> None:
    """Bring the schema at `path` to this build's head; refuse a schema from a newer build."""
    current = stored_revision(path)
    if current == HEAD_REVISION:
        return
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            f"{path} was written by a newer version of Afterview (schema {current}). "
            "It has not been changed; please install the newer version to open it.")
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
    return engine


def open_database(path: Path) -> sessionmaker[Session]:
    """Create the folder, migrate the schema and return a session factory for the file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    migrate(path)
    return sessionmaker(create_database_engine(path), expire_on_commit=False)
