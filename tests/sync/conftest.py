"""Real CalDAV/CardDAV servers on loopback for the sync tests: Radicale (with users and passwords) and Xandikos
(which implements sync-collection its own way), each started once per test session on a free port.

Every test gets its own user on Radicale, so tests never see each other's collections; Xandikos has a single
user, and its tests use their own collection names.
"""

from __future__ import annotations

import itertools
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import NOW, ZONE


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_listening(port: int, process: subprocess.Popen[bytes], name: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            said = process.stderr.read().decode() if process.stderr else ""
            raise RuntimeError(f"{name} stopped at start-up: {said}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{name} did not listen on port {port} within 30 s")


@dataclass
class Server:
    """A running server; `account()` makes a new user (on Radicale) with a password."""

    name: str
    url: str
    users: Path | None
    _numbers: itertools.count[int]

    def account(self) -> tuple[str, str]:
        number = next(self._numbers)
        user, password = f"tester{number}", f"pässword-{number}"
        if self.users is not None:
            with self.users.open("a", encoding="utf-8") as file:
                file.write(f"{user}:{password}\n")
        return user, password


def running(command: list[str], port: int, name: str) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_listening(port, process, name)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr:
            process.stderr.close()


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("radicale")
    users = folder / "users"
    users.write_text("", encoding="utf-8")
    port = free_port()
    command = [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}",
               "--storage-filesystem-folder", str(folder / "collections"), "--auth-type", "htpasswd",
               "--auth-htpasswd-filename", str(users), "--auth-htpasswd-encryption", "plain",
               "--no-auth-htpasswd-cache", "--logging-level", "warning"]
    for _process in running(command, port, "Radicale"):
        yield Server("radicale", f"http://127.0.0.1:{port}/", users, itertools.count(1))


def _xandikos(folder: Path) -> Iterator[Server]:
    port = free_port()
    command = [sys.executable, "-m", "xandikos.web", "-d", str(folder / "data"), "--state-dir", str(folder / "state"),
               "--defaults", "-l", "127.0.0.1", "-p", str(port), "--no-detect-systemd"]
    for _process in running(command, port, "Xandikos"):
        yield Server("xandikos", f"http://127.0.0.1:{port}/", None, itertools.count(1))


@pytest.fixture(scope="session")
def xandikos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from _xandikos(tmp_path_factory.mktemp("xandikos"))


@pytest.fixture
def own_xandikos(tmp_path: Path) -> Iterator[Server]:
    """A Xandikos for this test alone: its single user's Afterview collections start empty."""
    yield from _xandikos(tmp_path / "xandikos")


@pytest.fixture
def second_workspace(tmp_path: Path):
    """A second data folder: another computer syncing with the same account."""
    from desktop.operations.workspace import open_workspace

    ws = open_workspace(str(tmp_path / "second"), zone=ZONE, clock=lambda: NOW)
    yield ws
    ws.sessions.kw["bind"].dispose()


@pytest.fixture(params=["radicale", "own_xandikos"])  # Xandikos has one user: a server of its own per test
def server(request: pytest.FixtureRequest) -> Server:
    return request.getfixturevalue(request.param)


@pytest.fixture
def account(workspace, server, memory_keyring, request):
    """An account set up on the server, and a phone-like client editing its collections directly."""
    from desktop.delivery.dav import Dav
    from desktop.operations import sync as sync_ops

    user, password = server.account()
    setup = sync_ops.set_up_account(workspace, server.url, user, password)
    phone = Dav(server.url, user, password)
    request.addfinalizer(phone.close)
    return setup, phone
