import os
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from desktop.storage import backups
from desktop.storage.database import DamagedDatabaseError, open_database


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "afterview.sqlite3"
    sessions = open_database(path)
    with sessions.begin() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO contact (full_name, given_name, family_name, pronunciation, title, company, street, "
            "locality, region, postal_code, country, website, linkedin, notes, name_checked, captured_by, "
            "card_photo_type, vcard_uid, created_at, updated_at) VALUES ('Zoë Lindqvist', '', '', '', '', "
            "'Northwind', '', '', '', '', '', '', '', '', 1, 'typed', '', '', '2026-01-01', '2026-01-01')")
    yield path
    sessions.kw["bind"].dispose()


def names(path):
    connection = sqlite3.connect(path)
    try:
        return [r[0] for r in connection.execute("SELECT full_name FROM contact")]
    finally:
        connection.close()


def test_an_online_backup_holds_the_data_even_while_a_transaction_is_open(owner_only, database, tmp_path):
    writer = sqlite3.connect(database)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE contact SET company='uncommitted'")
    copy = backups.take_backup(database, tmp_path / "backups")
    writer.rollback()
    writer.close()
    assert names(copy) == ["Zoë Lindqvist"]
    assert backups.check_integrity(copy) == ""
    if os.name == "posix":  # sqlite's backup creates the copy under the process's umask, with no chmod after
        assert copy.stat().st_mode & 0o777 == 0o600


def test_the_database_and_its_companions_are_private_from_their_first_byte(owner_only, database):
    if os.name == "posix":
        for name in (database.name, database.name + "-wal", database.name + "-shm"):
            assert database.with_name(name).stat().st_mode & 0o777 == 0o600, name


def test_daily_backup_only_when_the_last_is_over_a_day_old(database, tmp_path):
    folder = tmp_path / "backups"
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert backups.backup_if_due(database, folder, 7, 4, now) is not None
    assert backups.backup_if_due(database, folder, 7, 4, now + timedelta(hours=20)) is None
    assert backups.backup_if_due(database, folder, 7, 4, now + timedelta(hours=25)) is not None
    assert len(backups.list_backups(folder)) == 2


def test_rotation_keeps_seven_daily_and_four_weekly(database, tmp_path):
    folder = tmp_path / "backups"
    start = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
    for day in range(90):
        backups.take_backup(database, folder, "daily", start + timedelta(days=day))
    backups.take_backup(database, folder, "pre-migration", start)
    backups.rotate(folder, daily_keep=7, weekly_keep=4)
    kept = backups.list_backups(folder)
    daily = [b for b in kept if b.kind == "daily"]
    assert len(daily) == 11
    assert daily[0].taken_at == start + timedelta(days=89)
    assert len({b.taken_at.isocalendar()[:2] for b in daily[7:]}) == 4
    assert [b.kind for b in kept].count("pre-migration") == 1


def test_restore_saves_the_current_database_aside(database, tmp_path):
    folder = tmp_path / "backups"
    good = backups.take_backup(database, folder)
    connection = sqlite3.connect(database)
    connection.execute("DELETE FROM contact")
    connection.commit()
    connection.close()
    saved = backups.restore(database, good, folder)
    assert names(database) == ["Zoë Lindqvist"]
    assert names(saved) == [] and saved.name.startswith("afterview-before-restore-")


def test_a_damaged_database_is_refused_and_can_be_moved_aside(database, tmp_path):
    data = bytearray(database.read_bytes())
    data[4096:8192] = b"\x00garbage" * 512  # overwrite a page in the middle
    database.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(database)
    assert caught.value.path == database
    moved = backups.move_aside(database, "damaged")
    assert not database.exists() and moved.exists() and ".damaged-" in moved.name


def test_recovery_restores_the_newest_good_backup(tmp_path):
    from desktop.operations import recovery
    from desktop.storage.paths import AppPaths

    paths = AppPaths(tmp_path / "data", tmp_path / "data")
    open_database(paths.database).kw["bind"].dispose()
    backups.take_backup(paths.database, paths.backups_dir, now=datetime(2026, 11, 20, tzinfo=UTC))
    broken = backups.take_backup(paths.database, paths.backups_dir, now=datetime(2026, 11, 24, tzinfo=UTC))
    broken.write_bytes(b"not a database at all" * 300)
    paths.database.write_bytes(b"also broken" * 1000)
    assert recovery.newest_good_backup(paths).taken_at == datetime(2026, 11, 20, tzinfo=UTC)
    aside, _ = recovery.restore_newest_backup(paths)
    assert aside.read_bytes().startswith(b"also broken")
    assert backups.check_integrity(paths.database) == ""
    open_database(paths.database).kw["bind"].dispose()
