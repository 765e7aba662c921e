"""`afterview sync setup URL --user NAME [--password-command CMD]`, `afterview sync`, `afterview sync status`."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from desktop.core.messages import english_date_time

if TYPE_CHECKING:
    from desktop.operations.workspace import Workspace

    Verbs = argparse._SubParsersAction[argparse.ArgumentParser]


def add_parser(verbs: Verbs) -> None:
    sync = verbs.add_parser("sync", help="two-way sync with your CalDAV/CardDAV server (without ACTION: sync now)")
    actions = sync.add_subparsers(dest="sync_action", metavar="ACTION")
    setup = actions.add_parser(
        "setup", help="find your calendars and address books and use (or create) one of each named Afterview",
        description="The password is asked for and kept in the system keyring, or fetched each time by "
                    "--password-command (for a machine without a keyring).")
    setup.add_argument("url", metavar="URL", help="the server's address, such as https://dav.example.org/")
    setup.add_argument("--user", required=True, metavar="NAME", help="your user name on the server")
    setup.add_argument("--password-command", default="", metavar="CMD",
                       help="a command printing the password on its first line, such as 'pass show dav'")
    actions.add_parser("status", help="the last sync, what moved each way, and what waits for you")


def run(workspace: Workspace, args: argparse.Namespace) -> int:
    """0 when done, 1 when the server could not be used (the message says why)."""
    from desktop.delivery.dav import Offline
    from desktop.operations import sync as sync_ops

    try:
        if args.sync_action == "setup":
            return _setup(workspace, args)
        if args.sync_action == "status":
            return _status(workspace)
        result = sync_ops.sync(workspace)
    except Offline as error:
        return _fail(f"offline: {error}; nothing was lost, sync again once the server can be reached")
    except sync_ops.SyncProblem as error:
        return _fail(str(error))
    print(f"{result.summary} ({result.requests} requests)")
    for problem in result.problems:
        print(f"  not read: {problem}")
    for title in result.put_back:
        print(f"  put back: {title} (changed elsewhere; Afterview works this event out itself)")
    if result.conflicts or result.deletions or result.deleted_here:
        print("See `afterview sync status`, or Settings → Sync in the window, to choose.")
    return 0


def _setup(workspace: Workspace, args: argparse.Namespace) -> int:
    from desktop.operations import sync as sync_ops

    if args.password_command:
        password = sync_ops.run_password_command(args.password_command)
    else:
        password = getpass.getpass(f"Password for {args.user}: ")
    setup = sync_ops.set_up_account(workspace, args.url, args.user, password, args.password_command)
    made = f" (created: {', '.join(setup.created)})" if setup.created else ""
    print(f"Syncing with the calendar {setup.calendar.url} and the address book {setup.addressbook.url}{made}")
    return 0


def _status(workspace: Workspace) -> int:
    from desktop.operations import sync as sync_ops

    status = sync_ops.sync_status(workspace)
    if status is None:
        print("No sync account is set up (afterview sync setup URL --user NAME)")
        return 0
    print(f"Account: {status.user} on {status.url}")
    print(f"Calendar: {status.calendar_url}\nAddress book: {status.addressbook_url}")
    when = english_date_time(status.last_sync_at.astimezone(workspace.zone)) if status.last_sync_at \
        else "never"
    print(f"Last sync: {when}{f' — {status.last_summary}' if status.last_summary else ''}")
    for conflict in status.conflicts:
        print(f"Conflict: {conflict.what}, {conflict.label}: here “{conflict.local}”, "
              f"on the server “{conflict.remote}”")
    for deletion in status.deletions:
        if deletion.here:
            print(f"Deleted here, changed on the server since ({', '.join(deletion.changed)}): {deletion.what}; "
                  "kept on the server until you keep it deleted or bring it back")
        else:
            print(f"Deleted on the server, kept here until you confirm: {deletion.what}")
    print("Choose in the window: Settings → Sync." if status.conflicts or status.deletions else
          "Nothing waits for you.")
    return 0


def _fail(message: str) -> int:
    print(f"afterview: {message}", file=sys.stderr)
    return 1
