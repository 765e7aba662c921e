"""Migration 0004_send_later: an existing database gains the schedule columns, keeps its notes and its triggers,
and goes back down without losing them."""

from __future__ import annotations

import sqlite3

from alembic import command
from alembic.config import Config

from desktop.storage.database import HEAD_REVISION, MIGRATIONS, open_database, stored_revision
from desktop.storage.generation import read_generation


def alembic(path, verb: str, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["database_path"] = path
    getattr(command, verb)(config, revision)


def columns(path) -> set[str]:
    with sqlite3.connect(path) as connection:
        names = {row[1] for row in connection.execute("PRAGMA table_info(thank_you_note)")}
    connection.close()
    return names


def test_an_older_database_is_upgraded_and_downgraded_with_its_notes(tmp_path):
    path = tmp_path / "afterview.sqlite3"
    alembic(path, "upgrade", "0002_data_generation")
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO opportunity (id, company, role, posting_url, status, why_fit, notes, "
                           "created_at) VALUES (1, 'Northwind', 'Analyst', '', 'interviewing', '', '', '2026-11-20')")
        connection.execute("INSERT INTO contact (id, full_name, given_name, family_name, pronunciation, title, "
                           "company, street, locality, region, postal_code, country, website, linkedin, notes, "
                           "name_checked, captured_by, card_photo_type, vcard_uid, created_at, updated_at) VALUES "
                           "(1, 'Zoë Lindqvist', '', '', '', '', '', '', '', '', '', '', '', '', '', 0, 'typed', '', "
                           "'', '2026-11-20', '2026-11-20')")
        connection.execute("INSERT INTO interview (id, opportunity_id, starts_at, time_zone, all_day, kind, location, "
                           "video_link, next_steps, ical_uid, ical_sequence, cancelled, debriefed) VALUES "
                           "(1, 1, '2026-11-24 09:00:00', 'UTC', 0, 'panel', '', '', '', '', 0, 0, 0)")
        connection.execute("INSERT INTO thank_you_note (interview_id, contact_id, channel, state, template, subject, "
                           "body, written, addressed, stamped, posted, updated_at) VALUES "
                           "(1, 1, 'email', 'draft', 'warm', 'Thank you', 'Dear Zoë', 0, 0, 0, 0, '2026-11-24')")
    connection.close()
    open_database(path).kw["bind"].dispose()
    assert stored_revision(path) == HEAD_REVISION
    assert {"scheduled_at", "send_error"} <= columns(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT body, scheduled_at, send_error FROM thank_you_note").fetchall() == [
            ("Dear Zoë", None, "")]
        before = read_generation(path)
        connection.execute("UPDATE thank_you_note SET scheduled_at = '2026-11-26 07:30:00'")
    connection.close()
    assert read_generation(path) == before + 1  # the table's triggers survived the new columns

    alembic(path, "downgrade", "0002_data_generation")
    assert not {"scheduled_at", "send_error"} & columns(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT body FROM thank_you_note").fetchall() == [("Dear Zoë",)]
        before = read_generation(path)
        connection.execute("UPDATE thank_you_note SET subject = 'Thanks'")
    connection.close()
    assert read_generation(path) == before + 1


def test_notes_written_before_hand_edited_existed_are_never_refilled(tmp_path):
    """0006: a note that already had text counts as edited by hand; an empty one may still follow its template."""
    path = tmp_path / "afterview.sqlite3"
    alembic(path, "upgrade", "0004_send_later")
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO opportunity (id, company, role, posting_url, status, why_fit, notes, "
                           "created_at) VALUES (1, 'Northwind', 'Analyst', '', 'interviewing', '', '', '2026-11-20')")
        for contact_id, name in ((1, "Zoë Lindqvist"), (2, "Dana Whitfield")):
            connection.execute(
                "INSERT INTO contact (id, full_name, given_name, family_name, pronunciation, title, company, street, "
                "locality, region, postal_code, country, website, linkedin, notes, name_checked, captured_by, "
                "card_photo_type, vcard_uid, greet_as, family_first, created_at, updated_at) VALUES "
                f"({contact_id}, '{name}', '', '', '', '', '', '', '', '', '', '', '', '', '', 0, 'typed', '', '', '', "
                "0, '2026-11-20', '2026-11-20')")
        connection.execute("INSERT INTO interview (id, opportunity_id, starts_at, time_zone, all_day, kind, location, "
                           "video_link, next_steps, ical_uid, ical_sequence, cancelled, debriefed) VALUES "
                           "(1, 1, '2026-11-24 09:00:00', 'UTC', 0, 'panel', '', '', '', '', 0, 0, 0)")
        for contact_id, body in ((1, "Dear Zoë, my own words"), (2, "  ")):
            connection.execute("INSERT INTO thank_you_note (interview_id, contact_id, channel, state, template, "
                               "subject, body, written, addressed, stamped, posted, updated_at) VALUES "
                               f"(1, {contact_id}, 'email', 'draft', 'warm', '', '{body}', 0, 0, 0, 0, '2026-11-24')")
    connection.close()
    open_database(path).kw["bind"].dispose()
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT contact_id, hand_edited FROM thank_you_note ORDER BY contact_id").fetchall()
        assert rows == [(1, 1), (2, 0)]
        before = read_generation(path)
        connection.execute("UPDATE thank_you_note SET hand_edited = 0")
    connection.close()
    assert read_generation(path) == before + 2  # the triggers survived the new column (one bump a row)
