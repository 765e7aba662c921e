"""The self-test's sync check: it sets up an account against its loopback server, needs none of what the bundle
leaves out, and fails when a part sync needs is missing, as it would in a bundle that lost it."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.operations import sync
from desktop.storage.models import SyncAccount
from desktop.ui.self_test import _sync_setup
from desktop.ui.self_test_dav import BOOKS, CALENDARS, PASSWORD, USER, loopback_dav

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "afterview.spec"


def left_out_by_the_spec() -> list[str]:
    """The module names packaging/afterview.spec excludes by name (its lists built from Qt's names aside)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    (excludes,) = (node.value for node in tree.body if isinstance(node, ast.Assign)
                   and any(isinstance(target, ast.Name) and target.id == "excludes" for target in node.targets))
    assert isinstance(excludes, ast.List)
    return [element.value for element in excludes.elts if isinstance(element, ast.Constant)]


def sync_check_without(modules: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    """The self-test's sync check in a fresh interpreter in which `modules` cannot be imported, as in a bundle."""
    script = ("import sys\n"
              f"sys.modules.update(dict.fromkeys({modules!r}))  # None: importing them raises ImportError\n"
              "from pathlib import Path\n"
              "from desktop.ui.self_test import _sync_setup\n"
              f"print(_sync_setup(Path({str(folder)!r})))\n")
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=50, check=False,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_the_sync_check_sets_up_an_account_on_the_loopback_server(tmp_path):
    assert _sync_setup(tmp_path) == ("set up sync against a loopback server (found the calendar, made the "
                                     "address book)")


def test_the_loopback_server_keeps_the_account_it_was_set_up_with(workspace):
    with loopback_dav() as url:
        setup = sync.set_up_account(workspace, url, USER, PASSWORD, password_command="pass show dav")
    assert setup.created == ("address book",)
    with workspace.session() as session:
        account = session.scalars(select(SyncAccount)).one()
        assert (account.calendar_url, account.addressbook_url) == (
            url.removesuffix("/dav/") + CALENDARS + "afterview-calendar/",
            url.removesuffix("/dav/") + BOOKS + "afterview-contacts/")


def test_the_loopback_server_refuses_a_wrong_password(workspace):
    """It asks for the password as real servers do, so the check runs the client's authentication too."""
    with loopback_dav() as url, pytest.raises(sync.SyncProblem, match="refused the user name or password"):
        sync.set_up_account(workspace, url, USER, "not the password", password_command="pass show dav")


@pytest.mark.timeout(120)  # two fresh interpreters, each importing the app, SQLAlchemy and the DAV client
def test_sync_needs_nothing_the_bundle_leaves_out_and_the_check_sees_a_part_missing(tmp_path):
    left_out = left_out_by_the_spec()
    assert {"caldav.testing", "radicale", "xandikos", "requests", "pdb", "lxml.objectify"} <= set(left_out)

    without_them = sync_check_without(left_out, tmp_path / "bundled")
    assert without_them.returncode == 0, without_them.stderr
    assert "set up sync against a loopback server" in without_them.stdout

    # calendaring_config (caldav reads its YAML configuration with it) is one sync does need
    without_a_needed_part = sync_check_without([*left_out, "calendaring_config"], tmp_path / "broken")
    assert without_a_needed_part.returncode != 0
    assert "ModuleNotFoundError" in without_a_needed_part.stderr or "ImportError" in without_a_needed_part.stderr
