"""`afterview sync setup`, `afterview sync` and `afterview sync status` against a loopback Radicale."""

from __future__ import annotations

import shlex
import sys

from desktop.cli import run
from desktop.core.cards import ContactCard
from desktop.operations.contacts import add_contact
from desktop.operations.workspace import open_workspace


def test_setup_with_a_password_command_then_sync_then_status(tmp_path, radicale, memory_keyring, capsys):
    user, password = radicale.account()
    data = str(tmp_path / "data")
    workspace = open_workspace(data)
    add_contact(workspace, ContactCard(full_name="Zoë Åkerlund-Ferreira", company="Nordisk Ångkraft"))
    workspace.sessions.kw["bind"].dispose()
    command = f"{shlex.quote(sys.executable)} -c {shlex.quote(f'print({password!r})')}"
    assert run(["--data-dir", data, "sync", "setup", radicale.url, "--user", user, "--password-command", command]) == 0
    assert "(created: calendar, address book)" in capsys.readouterr().out
    assert memory_keyring.get_password("Afterview sync", f"{user}@{radicale.url.split('/')[2]}") is None
    assert run(["--data-dir", data, "sync"]) == 0
    assert capsys.readouterr().out.startswith("Sent 1 (1 new), received nothing")
    assert run(["--data-dir", data, "sync"]) == 0
    assert capsys.readouterr().out == "Sent nothing, received nothing (2 requests)\n"
    assert run(["--data-dir", data, "sync", "status"]) == 0
    out = capsys.readouterr().out
    assert f"Account: {user} on {radicale.url}" in out and "Nothing waits for you." in out


def test_sync_without_an_account_says_how_to_set_one_up(tmp_path, capsys):
    assert run(["--data-dir", str(tmp_path / "data"), "sync"]) == 1
    assert "afterview sync setup URL --user NAME" in capsys.readouterr().err
