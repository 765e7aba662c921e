"""Migration 0012_sync_deleted_here: the two sync records older code kept of one object ('@' as Afterview wrote it,
'%40' as Radicale lists it) become one, the newer, with the conflicts waiting on either; a lone '@' record is spelt
as the DAV layer spells it now; the table of kept rows exists with its data-generation triggers."""

from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from desktop.storage.database import open_database
from desktop.storage.generation import read_generation
from desktop.storage.models import SyncAccount, SyncConflict
from tests.conftest import NOW
from tests.storage.test_send_later_migration import alembic

CARDS = "http://127.0.0.1:5232/zo%C3%AB/afterview-contacts/"  # as the DAV layer spells a path


def test_two_records_of_one_object_become_one_with_its_conflicts(tmp_path):
    path = tmp_path / "afterview.sqlite3"
    alembic(path, "upgrade", "0011_sync_uid_domain")
    engine = create_engine(f"sqlite:///{path}")
    with Session(engine) as session, session.begin():
        session.add(SyncAccount(id=1, url="http://127.0.0.1:5232/", user="zoë", calendar_url=CARDS,
                                addressbook_url=CARDS, uid_domain=""))
        for row_id, href in ((1, f"{CARDS}card@sge.example.vcf"), (2, f"{CARDS}card%40sge.example.vcf"),
                             (3, f"{CARDS}other@sge.example.vcf")):
            # In SQL: the model has the 0012 column these rows were written without.
            session.execute(text("INSERT INTO sync_item (id, collection, uid, href, etag, base, contact_id, state) "
                                 "VALUES (:id, 'addressbook', :uid, :href, :etag, '{}', :id, 'synced')"),
                            {"id": row_id, "uid": href.rsplit("/", 1)[1], "href": href, "etag": f'"{row_id}"'})
        session.add(SyncConflict(item_id=1, field="title", local="CTO", remote="Chief Technology Officer",
                                 found_at=NOW))
    engine.dispose()
    open_database(path).kw["bind"].dispose()
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT id, href, etag FROM sync_item ORDER BY id").fetchall()
        assert rows == [(2, f"{CARDS}card%40sge.example.vcf", '"2"'), (3, f"{CARDS}other%40sge.example.vcf", '"3"')]
        assert connection.execute("SELECT item_id, field FROM sync_conflict").fetchall() == [(2, "title")]
        before = read_generation(path)
        connection.execute("INSERT INTO kept_row (kind, row_id, rows, pointers, kept_at) "
                           "VALUES ('contact', 1, '[]', '[]', '2026-11-25')")
    connection.close()
    assert read_generation(path) == before + 1
