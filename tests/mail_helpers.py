"""Real mail components for tests: an SMTP server on loopback (aiosmtpd) and a keyring kept in memory."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

from aiosmtpd.smtp import AuthResult, LoginPassword
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class Recorder:
    """An aiosmtpd handler that keeps every envelope it receives."""

    def __init__(self) -> None:
        self.envelopes: list = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted"


def only_sam(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (b"sam", b"right")
    # handled=False makes aiosmtpd answer 535 itself; with its default (True) it would send nothing at all.
    return AuthResult(success=ok, handled=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in a dict, so no test touches the user's real keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class FileKeyring(KeyringBackend):
    """A keyring in a JSON file named by AFTERVIEW_TEST_KEYRING, for tests that run the app as another process.

    Chosen there with PYTHON_KEYRING_BACKEND=tests.mail_helpers.FileKeyring; never the user's own keyring.
    """

    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["AFTERVIEW_TEST_KEYRING"])

    def _entries(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._path().write_text(json.dumps({**self._entries(), f"{service}\0{username}": password}), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        if entries.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError("no such password")
        self._path().write_text(json.dumps(entries), encoding="utf-8")
