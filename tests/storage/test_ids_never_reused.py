"""Migration 0013_ids_never_reused: a deleted contact's, interview's, opportunity's or own date's id is never given to
another row; an older database keeps its rows, its triggers and its foreign keys, and its counters start above every
id a sync record, a calendar export record, a reminder or a kept row still names."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from sqlalchemy import create_engine, delete
from sqlalchemy.orm import Session

from desktop.core.cards import ContactCard
from desktop.operations.contacts import add_contact, delete_contact
from desktop.operations.opportunities import (
    InterviewInput,
    add_interview,
    add_opportunity,
    add_personal_date,
    delete_interview,
    remove_personal_date,
)
from desktop.storage.database import HEAD_REVISION, open_database, stored_revision
from desktop.storage.generation import read_generation
from desktop.storage.models import (
    Contact,
    Interview,
    KeptRow,
    MeetingNote,
    Opportunity,
    ReminderState,
    SyncAccount,
    SyncItem,
)
from tests.conftest import NOW
from tests.storage.test_send_later_migration import alembic


def test_a_deleted_rows_id_is_never_given_to_a_new_one(workspace):
    opportunity = add_opportunity(workspace, "Ørsted Vindkraft Åbenrå", "Ingénieure données").id
    plan = InterviewInput(NOW + timedelta(days=1), NOW + timedelta(days=1, hours=1), "Europe/Berlin")
    interview = add_interview(workspace, opportunity, plan).id
    delete_interview(workspace, interview)
    assert add_interview(workspace, opportunity, plan).id == interview + 1
    contact = add_contact(workspace, ContactCard(full_name="Nguyễn Thị Minh Khai")).id
    delete_contact(workspace, contact)
    assert add_contact(workspace, ContactCard(full_name="Þórunn Guðmundsdóttir")).id == contact + 1
    own = add_personal_date(workspace, "L'offre d'Ørsted expire", date(2026, 12, 18)).id
    remove_personal_date(workspace, own)
    assert add_personal_date(workspace, "Fin du préavis", date(2027, 1, 31)).id == own + 1


def test_an_older_database_keeps_its_rows_and_never_gives_an_id_still_named_elsewhere(tmp_path):
    path = tmp_path / "afterview.sqlite3"
    alembic(path, "upgrade", "0012_sync_deleted_here")
    engine = create_engine(f"sqlite:///{path}")
    with Session(engine) as session, session.begin():  # the schema at 0012 is the models' but for AUTOINCREMENT
        session.add(Opportunity(id=1, company="Northwind", role="Analyst"))
        session.add(Contact(id=2, full_name="Zoë Lindqvist"))
        for interview in (1, 2):
            session.add(Interview(id=interview, opportunity_id=1, starts_at=NOW))
        session.flush()
        session.add(MeetingNote(interview_id=1, contact_id=2, memorable="the Zürich pilot"))
        session.execute(delete(Interview).where(Interview.id == 2))
        # Ids named by records of rows deleted before: an event on the server, a card, a reminder, a kept interview.
        session.add(SyncAccount(id=1, url="http://dav", user="me", calendar_url="http://dav/c/",
                                addressbook_url="http://dav/a/", uid_domain="x.afterview.local"))
        session.add(SyncItem(collection="calendar", uid="interview-9@x.afterview.local", href="http://dav/c/i9.ics"))
        session.add(SyncItem(collection="addressbook", uid="card-5", href="http://dav/a/c5.vcf", contact_id=5))
        session.add(ReminderState(key="note:11:7"))
        session.add(KeptRow(kind="interview", row_id=12, rows="[]"))
    engine.dispose()
    open_database(path).kw["bind"].dispose()
    assert stored_revision(path) == HEAD_REVISION
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT interview_id, contact_id, memorable FROM meeting_note").fetchall() == [
            (1, 2, "the Zürich pilot")]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        before = read_generation(path)
        connection.execute("INSERT INTO interview (opportunity_id, starts_at, time_zone, all_day, kind, location, "
                           "video_link, next_steps, ical_uid, ical_sequence, cancelled, debriefed, zone_guessed) "
                           "VALUES (1, '2026-11-30 09:00:00', 'UTC', 0, 'video', '', '', '', '', 0, 0, 0, 0)")
        connection.execute("INSERT INTO contact (full_name, given_name, family_name, pronunciation, title, company, "
                           "street, locality, region, postal_code, country, website, linkedin, notes, name_checked, "
                           "captured_by, card_photo_type, vcard_uid, greet_as, family_first, created_at, updated_at) "
                           "VALUES ('Ōkubo Tōru', '', '', '', '', '', '', '', '', '', '', '', '', '', 0, 'typed', '', "
                           "'', '', 0, '2026-11-30', '2026-11-30')")
        new_interview = connection.execute("SELECT max(id) FROM interview").fetchone()[0]
        new_contact = connection.execute("SELECT max(id) FROM contact").fetchone()[0]
    connection.close()
    assert (new_interview, new_contact) == (13, 8)  # above kept interview 12; above contact 7 of a reminder
    assert read_generation(path) == before + 2  # the rebuilt tables' triggers are there
    alembic(path, "downgrade", "0012_sync_deleted_here")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM interview").fetchone()[0] == 2
        assert "AUTOINCREMENT" not in connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'interview'").fetchone()[0]
    connection.close()


def test_an_answered_sync_handle_never_names_a_new_conflict(tmp_path):
    """Migration 0014: a conflict's id is its handle ("c2"); once answered (deleted), a new conflict gets another."""
    path = tmp_path / "afterview.sqlite3"
    alembic(path, "upgrade", "0013_ids_never_reused")
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO sync_item (collection, uid, href, etag, base, state, theirs) "
                           "VALUES ('addressbook', 'card-1', 'http://dav/a/1.vcf', '\"1\"', '{}', 'synced', '')")
        for field in ("given_name", "company"):
            connection.execute("INSERT INTO sync_conflict (item_id, field, local, remote, found_at) "
                               "VALUES (1, ?, 'Zoë', 'Zoe', '2026-12-01')", (field,))
    connection.close()
    open_database(path).kw["bind"].dispose()
    assert stored_revision(path) == HEAD_REVISION
    with sqlite3.connect(path) as connection:
        before = read_generation(path)
        connection.execute("DELETE FROM sync_conflict WHERE id = 2")  # c2 answered
        connection.execute("INSERT INTO sync_conflict (item_id, field, local, remote, found_at) "
                           "VALUES (1, 'title', 'CTO', 'CEO', '2026-12-02')")
        assert [row[0] for row in connection.execute("SELECT id FROM sync_conflict ORDER BY id")] == [1, 3]
        connection.execute("DELETE FROM sync_item WHERE id = 1")
        connection.execute("INSERT INTO sync_item (collection, uid, href, etag, base, state, theirs) "
                           "VALUES ('addressbook', 'card-2', 'http://dav/a/2.vcf', '\"1\"', '{}', 'synced', '')")
        assert connection.execute("SELECT max(id) FROM sync_item").fetchone()[0] == 2
    connection.close()
    assert read_generation(path) >= before + 4  # the rebuilt tables' triggers are there
    alembic(path, "downgrade", "0013_ids_never_reused")
    with sqlite3.connect(path) as connection:
        assert "AUTOINCREMENT" not in connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'sync_conflict'").fetchone()[0]
    connection.close()
