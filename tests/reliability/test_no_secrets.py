"""No secret in the database, settings, logs or backups: the SMTP password lives in the keyring only."""

from __future__ import annotations

import base64
import logging
import socket
from dataclasses import replace
from pathlib import Path

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from desktop.delivery import secrets
from desktop.delivery.smtp import SendError
from desktop.logs import setup_logging
from desktop.operations import notes as notes_ops
from desktop.storage.backups import list_backups, take_backup
from tests.mail_helpers import MemoryKeyring

PASSWORD = "Tr0ub4dor&3-zoë"  # distinctive enough that finding it anywhere is no accident


class Accepting:
    def __init__(self) -> None:
        self.envelopes: list[object] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted"


def _only(password: str):
    def check(server: object, session: object, envelope: object, mechanism: str, data: object) -> AuthResult:
        ok = isinstance(data, LoginPassword) and data.password == password.encode()
        return AuthResult(success=ok, handled=False)

    return check


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _forms(user: str, password: str) -> list[bytes]:
    """The password as it could leak: as text in UTF-8 and UTF-16, and as SMTP AUTH carries it (base64)."""
    plain = password.encode()
    return [plain, password.encode("utf-16-le"), base64.b64encode(plain),
            base64.b64encode(b"\0" + user.encode() + b"\0" + plain)]


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def debug_log(sample_workspace):
    """The app's rotating log at its most talkative, removed from the logger afterwards."""
    logger = logging.getLogger("afterview")
    before, level = list(logger.handlers), logger.level
    path = setup_logging(sample_workspace.paths.logs_dir, logging.DEBUG)
    yield path
    for handler in logger.handlers[len(before):]:
        handler.close()
        logger.removeHandler(handler)
    logger.setLevel(level)


def test_the_smtp_password_is_nowhere_in_the_data_folder(sample_workspace, memory_keyring, debug_log,
                                                         tmp_path: Path) -> None:
    workspace = sample_workspace
    handler = Accepting()
    port = _port()
    server = Controller(handler, hostname="127.0.0.1", port=port, authenticator=_only(PASSWORD),
                        auth_require_tls=False)
    server.start()
    try:
        workspace.save_settings(replace(workspace.settings, your_name="Sam Candidate", your_email="sam@example.com",
                                        smtp_host="127.0.0.1", smtp_port=port, smtp_security="none",
                                        smtp_user="sam"))
        secrets.store_password("sam", "127.0.0.1", PASSWORD)
        interview = notes_ops.interviews_with_people(workspace)[0]
        person = notes_ops.composer_rows(workspace, interview.interview_id)[0]
        notes_ops.ensure_draft(workspace, person.interview_id, person.contact_id,
                               notes_ops.default_template(workspace, person.kind))
        notes_ops.save_draft(workspace, person.interview_id, person.contact_id, "Thank you",
                             f"Dear {person.first_name},\n\nThank you for your time.\n\nSam Candidate\n")
        with pytest.raises(SendError, match="refused the password"):  # a failed login must not leak it either
            notes_ops.send_by_smtp(workspace, person.interview_id, person.contact_id, PASSWORD + "-typo")
        logging.getLogger("afterview.test").info("a send was refused")
        password = secrets.load_password("sam", "127.0.0.1")
        notes_ops.send_by_smtp(workspace, person.interview_id, person.contact_id, password)
    finally:
        server.stop()
    assert len(handler.envelopes) == 1 and notes_ops.composer_row(
        workspace, person.interview_id, person.contact_id).is_sent
    take_backup(workspace.paths.database, workspace.paths.backups_dir, "daily")
    assert list_backups(workspace.paths.backups_dir)
    assert debug_log.exists() and workspace.paths.settings_file.exists()

    files = [path for path in tmp_path.rglob("*") if path.is_file()]
    searched = {workspace.paths.database, workspace.paths.settings_file, debug_log}
    assert searched <= set(files)  # the database (and its WAL), settings, log and backups were all searched
    for leaked in (PASSWORD, PASSWORD + "-typo"):
        found = [str(path) for path in files for form in _forms("sam", leaked) if form in path.read_bytes()]
        assert not found, f"the password was written to {found}"
    assert memory_keyring.get_password(secrets.SERVICE, "sam@127.0.0.1") == PASSWORD
