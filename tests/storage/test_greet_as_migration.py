"""0003_greet_as: a database written before greetings existed opens with its contacts whole."""

import sqlite3

from alembic import command
from alembic.config import Config

from desktop.storage.database import HEAD_REVISION, MIGRATIONS, open_database, stored_revision
from desktop.storage.models import Contact


def _database_at(path, revision):
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["database_path"] = path
    command.upgrade(config, revision)


def test_an_old_database_upgrades_and_keeps_its_contacts(tmp_path):
    path = tmp_path / "afterview.sqlite3"
    _database_at(path, "0002_data_generation")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO contact (full_name, given_name, family_name, pronunciation, title, company, street, "
            "locality, region, postal_code, country, website, linkedin, notes, name_checked, captured_by, "
            "card_photo_type, vcard_uid, created_at, updated_at) VALUES ('Siobhán Ní Bhriain', 'Siobhán Ní', "
            "'Bhriain', '', '', 'Aerlínte', '', '', '', '', '', '', '', '', 1, 'typed', '', '', '2026-01-01', "
            "'2026-01-01')")
    connection.close()

    sessions = open_database(path, tmp_path / "backups")
    with sessions() as session:
        contact = session.query(Contact).one()
        # The stored split is the user's (checked) and stays as it was; the greeting is proposed when empty.
        assert (contact.full_name, contact.given_name, contact.family_name) == ("Siobhán Ní Bhriain",
                                                                              "Siobhán Ní", "Bhriain")
        assert (contact.greet_as, contact.family_first, contact.name_checked) == ("", False, True)
    sessions.kw["bind"].dispose()
    assert stored_revision(path) == HEAD_REVISION
    assert list((tmp_path / "backups").iterdir()), "a backup is taken before the migration"

    with sqlite3.connect(path) as connection:
        before = connection.execute("SELECT generation FROM data_generation").fetchone()[0]
        connection.execute("UPDATE contact SET greet_as = 'Siobhán'")
        after = connection.execute("SELECT generation FROM data_generation").fetchone()[0]
    connection.close()
    assert after == before + 1, "the contact table keeps its generation trigger"
