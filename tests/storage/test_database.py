import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from desktop.core.settings import Settings
from desktop.storage import settings_file
from desktop.storage.database import (
    HEAD_REVISION,
    DatabaseError,
    SchemaTooNewError,
    known_revisions,
    open_database,
    stored_revision,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_head_revision_is_the_newest_migration_shipped():
    assert known_revisions()[-1] == HEAD_REVISION


def test_a_new_file_is_created_and_migrated(tmp_path):
    path = tmp_path / "new" / "afterview.sqlite3"
    sessions = open_database(path)
    assert stored_revision(path) == HEAD_REVISION
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"contact", "contact_email", "contact_phone", "opportunity", "interview", "meeting_note",
            "thank_you_note", "follow_up_call", "call_attempt", "reminder_state"} <= tables
    with sessions() as session:
        connection = session.connection().connection.dbapi_connection
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    sessions.kw["bind"].dispose()


def test_opening_twice_is_a_no_op(tmp_path):
    path = tmp_path / "afterview.sqlite3"
    open_database(path).kw["bind"].dispose()
    open_database(path).kw["bind"].dispose()
    assert stored_revision(path) == HEAD_REVISION


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "afterview.sqlite3"
    open_database(path).kw["bind"].dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    connection.close()
    before = digest(path)
    with pytest.raises(SchemaTooNewError, match="newer version of Afterview"):
        open_database(path)
    assert digest(path) == before


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "afterview.sqlite3"
    path.write_bytes(b"these are my notes, not a database" * 100)
    before = digest(path)
    with pytest.raises(DatabaseError, match="cannot be read as a database"):
        open_database(path)
    assert digest(path) == before


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "afterview.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER)")
    connection.close()
    with pytest.raises(DatabaseError, match="not an Afterview database"):
        open_database(path)


def test_settings_round_trip_and_unreadable_file_is_set_aside(tmp_path):
    path = tmp_path / "settings.json"
    assert settings_file.load(path).settings == Settings()
    settings_file.save(path, Settings(your_name="Ana"))
    assert settings_file.load(path).settings.your_name == "Ana"
    path.write_text("{ not json")
    loaded = settings_file.load(path)
    assert loaded.settings == Settings() and "could not be read" in loaded.warning
    aside = list(tmp_path.glob("settings.json.unreadable-*"))
    assert len(aside) == 1 and aside[0].read_text() == "{ not json"
    path.write_text(json.dumps({"note_deadline_hours": -3}))
    assert "note_deadline_hours" in settings_file.load(path).warning


def test_every_table_bumps_the_data_generation_on_every_kind_of_write(tmp_path):
    from desktop.storage.generation import read_generation
    from desktop.storage.models import Base

    path = tmp_path / "afterview.sqlite3"
    open_database(path).kw["bind"].dispose()
    connection = sqlite3.connect(path)
    triggers = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    for table in Base.metadata.tables:
        if table == "data_generation":
            continue
        for event in ("insert", "update", "delete"):
            assert f"bump_generation_{table}_{event}" in triggers, f"{table} needs a generation trigger"
    before = read_generation(path)
    connection.execute("INSERT INTO personal_date (label, on_date) VALUES ('Offer expires', '2026-12-01')")
    connection.commit()
    connection.execute("UPDATE personal_date SET label = 'Notice ends'")
    connection.commit()
    connection.close()
    assert read_generation(path) == before + 2


def test_the_migrations_build_exactly_the_models_schema(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from desktop.storage.models import Base

    path = tmp_path / "afterview.sqlite3"
    open_database(path).kw["bind"].dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []
