"""Awkward data folders: read-only, full, with a non-ASCII path, and written by two processes at once.

Each gives a clear one-line message naming the folder and the problem, and leaves the database intact.
As root, permissions do not stop writes: the read-only cases run the CLI without the capabilities that
override them (setpriv --bounding-set=-dac_override,-dac_read_search). The full-disk cases mount a 1 MB tmpfs,
which needs root; elsewhere they are skipped.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.storage.database import PROBE_BYTES

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
DROP_OVERRIDE = ["--bounding-set=-dac_override,-dac_read_search", "--"]


def afterview(*args: str, read_only_user: bool = False) -> subprocess.CompletedProcess[str]:
    prefix: list[str] = []
    if read_only_user and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot stop a write")
        prefix = [setpriv, *DROP_OVERRIDE]
    return subprocess.run([*prefix, sys.executable, "-m", "desktop", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})


def one_line_failure(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """The command failed with exactly one line on stderr, no traceback, containing every word."""
    message = result.stderr.strip()
    assert result.returncode == 1, (result.returncode, result.stdout, message)
    assert len(message.splitlines()) == 1 and "Traceback" not in message, message
    for word in words:
        assert word in message, message
    return message


def sample_folder(folder: Path) -> Path:
    from desktop.operations.sample_data import load_sample_data
    from desktop.operations.workspace import open_workspace

    workspace = open_workspace(str(folder))
    load_sample_data(workspace)
    workspace.sessions.kw["bind"].dispose()
    return folder / "afterview.sqlite3"


def sound(database: Path, contacts: int | None = None) -> None:
    """The database passes SQLite's full integrity check (and holds the expected number of contacts)."""
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        if contacts is not None:
            assert connection.execute("SELECT count(*) FROM contact").fetchone()[0] == contacts
    finally:
        connection.close()


def many_cards(path: Path, count: int, prefix: str, note: int = 0) -> Path:
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{prefix} {i}\r\nEMAIL:{prefix.lower()}{i}@example.com"
                            f"\r\nNOTE:{'n' * note}\r\nEND:VCARD\r\n" for i in range(count)), encoding="utf-8")
    return path


# --- read-only ---------------------------------------------------------------------------------------------


@pytest.fixture
def read_only(tmp_path: Path):
    """Make a folder read-only (0555) for the test, and writable again afterwards so it can be removed."""
    made: list[Path] = []

    def make(folder: Path) -> Path:
        folder.chmod(0o555)
        made.append(folder)
        return folder

    yield make
    for folder in made:
        folder.chmod(0o755)


def test_a_read_only_empty_folder_is_named(tmp_path: Path, read_only) -> None:
    (tmp_path / "ro").mkdir()
    folder = read_only(tmp_path / "ro")
    result = afterview("--data-dir", str(folder), "agenda", read_only_user=True)
    one_line_failure(result, str(folder), "read-only")
    assert list(folder.iterdir()) == []


def test_a_read_only_folder_with_data_is_left_intact(tmp_path: Path, read_only) -> None:
    database = sample_folder(tmp_path / "ro")
    before = database.read_bytes()
    read_only(database.parent)
    for command in (["agenda"], ["import", str(FIXTURES / "vcf" / "google-export.vcf")]):
        one_line_failure(afterview("--data-dir", str(database.parent), *command, read_only_user=True),
                         str(database.parent), "read-only")
    assert database.read_bytes() == before
    sound(database, contacts=9)


# --- full disk ---------------------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 1 MB tmpfs of our own (root only), unmounted afterwards."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1M", "tmpfs", str(mount_point)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=True)


def fill(disk: Path, leave: int) -> Path:
    """Fill the disk, then give back `leave` bytes."""
    filler = disk / "filler"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(handle, bytes(4096))
    except OSError as error:
        assert error.errno == errno.ENOSPC
    os.ftruncate(handle, max(0, os.fstat(handle).st_size - leave))
    os.close(handle)
    return filler


def test_a_full_disk_at_start_is_named(small_disk: Path) -> None:
    database = sample_folder(small_disk / "data")
    fill(small_disk, 16 * 1024)
    one_line_failure(afterview("--data-dir", str(database.parent), "agenda"), str(database.parent), "is full")
    (small_disk / "filler").unlink()
    for backup in (database.parent / "backups").iterdir():
        backup.unlink()  # so the daily backup is due at the next start
    fill(small_disk, PROBE_BYTES + 48 * 1024)  # room to open, not for a copy of the database
    one_line_failure(afterview("--data-dir", str(database.parent), "agenda"), str(database.parent), "is full")
    assert not list((database.parent / "backups").iterdir())  # the half-written backup was removed
    (small_disk / "filler").unlink()
    sound(database, contacts=9)


def test_a_write_that_fills_the_disk_is_rolled_back(small_disk: Path, tmp_path: Path) -> None:
    database = sample_folder(small_disk / "data")
    assert afterview("--data-dir", str(database.parent), "agenda").returncode == 0  # today's backup is taken
    cards = many_cards(tmp_path / "many.vcf", 600, "Filler", note=400)
    fill(small_disk, PROBE_BYTES + 96 * 1024)  # opening succeeds; the import's pages do not fit
    one_line_failure(afterview("--data-dir", str(database.parent), "import", str(cards)),
                     str(database.parent), "is full", "intact")
    (small_disk / "filler").unlink()
    sound(database, contacts=9)
    assert afterview("--data-dir", str(database.parent), "import", str(cards)).returncode == 0  # room again
    sound(database, contacts=609)


def test_the_window_says_the_disk_is_full(small_disk: Path, qtbot) -> None:
    from PySide6.QtCore import QSettings

    from desktop.ui.application import open_controller
    from desktop.ui.main_window import MainWindow
    from tests.dialog_helpers import answering

    database = sample_folder(small_disk / "data")
    fill(small_disk, 16 * 1024)
    window = MainWindow()
    qtbot.addWidget(window)
    state = QSettings(str(small_disk.parent / "window.ini"), QSettings.Format.IniFormat)
    with answering("Quit") as shown:
        assert open_controller(window, str(database.parent), state) is None
    assert shown == [f"The disk holding the data folder {database.parent} is full, so Afterview cannot save there. "
                     "Free some space and try again; what was saved before is intact.\n"
                     "Afterview has not changed anything. Choose another folder for Afterview's data (for this "
                     "session), or quit."]
    (small_disk / "filler").unlink()
    sound(database, contacts=9)


# --- a non-ASCII path --------------------------------------------------------------------------------------


def test_a_non_ascii_path_works_end_to_end(tmp_path: Path) -> None:
    from desktop.operations.workspace import open_workspace
    from desktop.storage.backups import list_backups, take_backup

    folder = tmp_path / "Données" / "Zoë 履歴"
    database = sample_folder(folder)
    imported = afterview("--data-dir", str(folder), "import", str(FIXTURES / "vcf" / "google-export.vcf"),
                         str(FIXTURES / "ics" / "google_meet_invite.ics"))
    assert imported.returncode == 0, imported.stderr
    exported = afterview("--data-dir", str(folder), "export", "all", str(folder / "Export é"))
    assert exported.returncode == 0, exported.stderr
    assert any((folder / "Export é").rglob("*.vcf"))
    take_backup(database, folder / "backups", "daily")
    assert list_backups(folder / "backups")
    workspace = open_workspace(str(folder))
    assert workspace.paths.database == database
    workspace.sessions.kw["bind"].dispose()
    sound(database)


# --- two processes writing ---------------------------------------------------------------------------------

WRITER = """
import sys
from pathlib import Path
from desktop.core.cards import ContactCard
from desktop.operations.contacts import add_contact
from desktop.operations.workspace import open_workspace

workspace = open_workspace(sys.argv[1])
print("ready", flush=True)
count, stop = 0, Path(sys.argv[2])
while not stop.exists():  # the window keeps writing until the import is over
    add_contact(workspace, ContactCard(full_name=f"Window {count}"))
    count += 1
print(count, flush=True)
"""


def test_the_cli_and_the_window_write_at_once(tmp_path: Path) -> None:
    database = sample_folder(tmp_path / "shared")
    files = [many_cards(tmp_path / f"batch{n}.vcf", 100, f"Batch{n}") for n in range(4)]
    stop = tmp_path / "stop"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(database.parent), str(stop)], cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        imported = afterview("--data-dir", str(database.parent), "import", *map(str, files))
        stop.touch()
        out, errors = writer.communicate(timeout=60)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.communicate()
    assert imported.returncode == 0, imported.stderr
    assert writer.returncode == 0, errors
    assert "locked" not in imported.stderr + errors
    sound(database, contacts=9 + 400 + int(out.strip()))
