"""A server whose certificate does not verify is refused with a message saying so; nothing falls back to an
unchecked connection."""

from __future__ import annotations

import sys

import pytest

from desktop.operations import sync as sync_ops
from tests.delivery.test_smtp import self_signed
from tests.sync.conftest import free_port, running


def test_a_self_signed_certificate_is_refused(workspace, tmp_path, memory_keyring):
    cert, key = self_signed(tmp_path)
    users = tmp_path / "users"
    users.write_text("ana:secret\n", encoding="utf-8")
    port = free_port()
    command = [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}", "--server-ssl",
               "--server-certificate", str(cert), "--server-key", str(key),
               "--storage-filesystem-folder", str(tmp_path / "collections"), "--auth-type", "htpasswd",
               "--auth-htpasswd-filename", str(users), "--auth-htpasswd-encryption", "plain"]
    for _server in running(command, port, "Radicale over TLS"):
        with pytest.raises(sync_ops.SyncProblem, match="certificate does not verify") as refused:
            sync_ops.set_up_account(workspace, f"https://127.0.0.1:{port}/", "ana", "secret")
        assert "Afterview does not connect to it without a valid certificate" in str(refused.value)
    assert sync_ops.sync_status(workspace) is None
    assert memory_keyring.get_password("Afterview sync", f"ana@127.0.0.1:{port}") is None
