"""An import waits for another writer; one that stays busy past the wait is refused in plain words."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli
from desktop.operations import contacts as ops
from desktop.operations.transfer import import_file
from desktop.storage.database import LockedDatabaseError

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Souza\r\nEND:VCARD\r\n"


@pytest.fixture
def another_writer(workspace, monkeypatch) -> Iterator[sqlite3.Connection]:
    """Another program holding the database's write lock, and a short wait for it."""
    monkeypatch.setattr("desktop.operations.workspace.WRITE_WAIT_SECONDS", 0.3)
    assert ops.list_contacts(workspace) == []  # the app has the file open (and in WAL mode) before the other
    connection = sqlite3.connect(workspace.paths.database, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    yield connection
    connection.close()


def test_an_import_kept_waiting_says_so_and_changes_nothing(workspace, another_writer, tmp_path: Path):
    path = tmp_path / "ana.vcf"
    path.write_text(CARD)
    with pytest.raises(LockedDatabaseError, match=r"stayed busy for 0.3 s: another Afterview .* Nothing was changed"):
        import_file(workspace, path)
    another_writer.execute("COMMIT")
    assert ops.list_contacts(workspace) == []
    assert import_file(workspace, path).added == 1  # once the other writer is done


def test_the_command_line_says_so_in_one_line(workspace, another_writer, tmp_path: Path, capsys):
    path = tmp_path / "ana.vcf"
    path.write_text(CARD)
    assert cli.run(["--data-dir", str(workspace.paths.data_dir), "sample-data"]) == 1
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("afterview: ") and "stayed busy" in errors[0]
