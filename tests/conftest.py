"""Shared fixtures: every test gets its own data folder on disk, a fixed clock and a known time zone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import keyring
import pytest
from aiosmtpd.controller import Controller
from keyring.backend import KeyringBackend

from tests import leaks
from tests.mail_helpers import Recorder, free_port

# Without a display Qt aborts the whole run; tests draw offscreen unless told otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)  # a Wednesday


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may touch the user's real data or settings."""
    monkeypatch.setenv("AFTERVIEW_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "config"))
    # The phone region and spelling language follow the locale when unset: the same one for every machine.
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")


@pytest.fixture(autouse=True)
def _english_window(request: pytest.FixtureRequest) -> None:
    """A test with Qt reads the window as the start-up shows it in English (the catalogue holds the plural forms:
    "1 card", "5 cards"), with dates and numbers written the British way on every machine."""
    if "qapp" in request.fixturenames:
        from PySide6.QtCore import QLocale

        from desktop.ui.i18n import install_translators

        install_translators(request.getfixturevalue("qapp"), "en", QLocale("en_GB"))


@pytest.fixture(autouse=True)
def _nothing_left_running() -> Iterator[None]:
    """A test that leaves a thread, a Qt timer or thread, a shown window or a database connection behind fails."""
    before = leaks.snapshot()
    yield
    found = leaks.left_behind(before)
    if found:
        pytest.fail("left behind by the test:\n" + "\n".join(f"- {item}" for item in found), pytrace=False)


@pytest.fixture
def owner_only() -> Iterator[None]:
    """The umask the entry point sets, for tests that run the app's code in this process; restored afterwards."""
    from desktop.storage.paths import create_owner_only

    previous = os.umask(0o022)
    create_owner_only()
    yield
    os.umask(previous)


@pytest.fixture
def workspace(tmp_path: Path):
    from desktop.operations.workspace import open_workspace

    ws = open_workspace(str(tmp_path / "data"), zone=ZONE, clock=lambda: NOW)
    yield ws
    ws.sessions.kw["bind"].dispose()


@pytest.fixture
def sample_workspace(workspace):
    from desktop.operations.sample_data import load_sample_data

    load_sample_data(workspace)
    return workspace


@pytest.fixture
def debrief_due(sample_workspace):
    """The sample data, with what stood out with Tomás at the panel not yet noted: its debrief is asked for."""
    from desktop.storage.models import Contact, MeetingNote

    with sample_workspace.session() as session:
        tomas = session.query(Contact).filter_by(full_name="Tomás Ortega").one()
        for met in session.query(MeetingNote).filter_by(contact_id=tomas.id):
            met.memorable = ""
    return sample_workspace


@pytest.fixture
def smtp_server() -> Iterator[Callable[..., Controller]]:
    """Start a real aiosmtpd server on loopback with the given handler and options; stopped after the test."""
    started: list[Controller] = []

    def start(handler: Recorder, **options: object) -> Controller:
        controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **options)
        controller.start()
        started.append(controller)
        return controller

    yield start
    for controller in started:
        controller.stop()


@pytest.fixture
def use_keyring() -> Iterator[Callable[[KeyringBackend], KeyringBackend]]:
    previous = keyring.get_keyring()

    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(use_keyring):
    """A keyring in memory for the test: never the user's own."""
    from tests.mail_helpers import MemoryKeyring

    return use_keyring(MemoryKeyring())


# A second program holding the database, as a database browser does: no reader gets in until it lets go.
LOCKER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA locking_mode=EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
connection.close()
"""


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """An empty folder nobody can write to: a read-only tmpfs as root (who writes through 0555), else chmod."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    if shutil.which("mount") is None:
        pytest.skip("as root, only a read-only mount stops a write")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1M", "tmpfs", str(folder)], capture_output=True,
                             text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def locked_database(workspace) -> Iterator[subprocess.Popen[str]]:
    """The test's database held with an exclusive lock by another process until a line is written to it."""
    workspace.sessions.kw["bind"].dispose()
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(workspace.paths.database)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert locker.stdout.readline() == "locked\n"
    yield locker
    if locker.poll() is None:
        locker.communicate("\n", timeout=10)
