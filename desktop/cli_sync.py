"""`afterview sync setup URL --user NAME [--password-command CMD]`, `afterview sync`, `afterview sync status [--json]`
and `afterview sync resolve HANDLE --ANSWER`: what a sync leaves for the user, answered without the window (a
headless machine), through the same operations and in the same words as Settings → Sync's buttons."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import TYPE_CHECKING

from desktop.core.messages import english_date_time

if TYPE_CHECKING:
    from desktop.operations.sync import SyncStatus
    from desktop.operations.sync_answers import Waiting
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
    status = actions.add_parser("status", help="the last sync, what moved each way, and what waits for you, each item "
                                               "with the handle `afterview sync resolve` takes")
    status.add_argument("--json", action="store_true", help="print it as a JSON object")
    from desktop.core.sync_choices import CONFLICT_ANSWERS, DELETED_HERE_ANSWERS, DELETED_THERE_ANSWERS, LABELS

    kinds = (("A conflict", CONFLICT_ANSWERS), ("Deleted on the server", DELETED_THERE_ANSWERS),
             ("Deleted here while the server changed it", DELETED_HERE_ANSWERS))
    resolve = actions.add_parser(
        "resolve", help="answer one item waiting for you, as Settings → Sync's buttons do",
        description=" ".join(f"{kind}: --{keep} ({LABELS[keep]}) or --{take} ({LABELS[take]})."
                             for kind, (keep, take) in kinds) + " The server follows at the next sync.")
    resolve.add_argument("handle", type=_handle, metavar="HANDLE", help="the item's handle, as `afterview sync status` "
                                                                       "lists it (c3, d7)")
    choice = resolve.add_mutually_exclusive_group(required=True)
    for kind, pair in kinds:
        for answer in pair:
            choice.add_argument(f"--{answer}", dest="answer", action="store_const", const=answer.value,
                                help=f"{kind}: {LABELS[answer]}")


def _handle(text: str) -> str:
    from desktop.operations.sync_answers import is_handle

    if not is_handle(text):
        raise argparse.ArgumentTypeError(f"'{text}' is not a handle such as c3 or d7 (`afterview sync status` lists "
                                         "them)")
    return text.strip().lower()


def run(workspace: Workspace, args: argparse.Namespace) -> int:
    """0 when done, 1 when the server could not be used (the message says why)."""
    from desktop.delivery.dav import Offline
    from desktop.operations import sync as sync_ops

    try:
        if args.sync_action == "setup":
            return _setup(workspace, args)
        if args.sync_action == "status":
            return _status(workspace, args.json)
        if args.sync_action == "resolve":
            return _resolve(workspace, args.handle, args.answer)
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
        print("`afterview sync status` lists them; answer each with `afterview sync resolve`, or in the window "
              "(Settings → Sync).")
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


def _status(workspace: Workspace, as_json: bool) -> int:
    from desktop.operations import sync as sync_ops

    status = sync_ops.sync_status(workspace)
    if as_json:
        print(json.dumps(_status_json(workspace, status), ensure_ascii=False, indent=2))
        return 0
    if status is None:
        print("No sync account is set up (afterview sync setup URL --user NAME)")
        return 0
    print(f"Account: {status.user} on {status.url}")
    print(f"Calendar: {status.calendar_url}\nAddress book: {status.addressbook_url}")
    when = english_date_time(status.last_sync_at.astimezone(workspace.zone)) if status.last_sync_at \
        else "never"
    print(f"Last sync: {when}{f' — {status.last_summary}' if status.last_summary else ''}")
    items = [*status.conflicts, *status.deletions]
    if not items:
        print("Nothing waits for you.")
        return 0
    print(f"{status.waiting_summary[:1].upper()}{status.waiting_summary[1:]}. Answer each with "
          "`afterview sync resolve HANDLE --ANSWER`, or in the window (Settings → Sync):")
    for item in items:
        _print_waiting(item)
    return 0


def _print_waiting(item: Waiting) -> None:
    from desktop.core.sync_choices import LABELS
    from desktop.operations.sync import WaitingConflict
    from desktop.operations.sync_answers import answers, handle

    if isinstance(item, WaitingConflict):
        said = f"Conflict: {item.what}, {item.label}: here “{item.local}”, on the server “{item.remote}”"
    elif item.here:
        starts = f"; it starts {item.starts:%a %d %b %Y %H:%M} there" if item.starts else ""
        said = (f"Deleted here, changed on the server since ({', '.join(item.changed)}): {item.what}; kept on the "
                f"server until you keep it deleted or bring it back{starts}")
    else:
        said = f"Deleted on the server, kept here until you confirm: {item.what}"
    keep, take = answers(item)
    print(f"  {handle(item):>4}  {said}\n"
          f"        --{keep} ({LABELS[keep]}) or --{take} ({LABELS[take]})")


def _status_json(workspace: Workspace, status: SyncStatus | None) -> dict[str, object]:
    """The status as `sync status --json` prints it: the account, the last sync, and each item waiting."""
    from desktop.operations.sync import WaitingConflict
    from desktop.operations.sync_answers import answers, handle

    if status is None:
        return {"account": None, "waiting": []}
    waiting: list[dict[str, object]] = []
    for item in [*status.conflicts, *status.deletions]:
        about: dict[str, object] = {"handle": handle(item), "what": item.what, "answers": list(answers(item))}
        if isinstance(item, WaitingConflict):
            about |= {"kind": "conflict", "field": item.label, "here": item.local, "server": item.remote}
        else:
            about |= {"kind": "deleted_here" if item.here else "deleted_on_server",
                      "collection": item.kind, "changed_on_server": list(item.changed),
                      "starts_on_server": item.starts.isoformat() if item.starts else None}
        waiting.append(about)
    return {"account": {"url": status.url, "user": status.user, "calendar": status.calendar_url,
                        "address_book": status.addressbook_url,
                        "password_from": "command" if status.password_command else "keyring"},
            "last_sync_at": status.last_sync_at.astimezone(workspace.zone).isoformat() if status.last_sync_at
            else None,
            "last_summary": status.last_summary, "waiting": waiting}


def _resolve(workspace: Workspace, wanted: str, given: str) -> int:
    from desktop.core.sync_choices import LABELS, Answer
    from desktop.operations.sync import sync_status
    from desktop.operations.sync_answers import AnswerDoesNotFit, answer, answers, find

    if sync_status(workspace) is None:
        return _fail("No sync account is set up (afterview sync setup URL --user NAME), so nothing waits for you")
    try:
        item = find(workspace, wanted)
    except LookupError as error:
        return _fail(f"{error} (`afterview sync status` lists what waits)")
    try:
        answer(workspace, item, Answer(given))
    except AnswerDoesNotFit:
        keep, take = answers(item)
        print(f"afterview sync resolve: error: --{given} does not answer {wanted} ({item.what}): it takes --{keep} "
              f"({LABELS[keep]}) or --{take} ({LABELS[take]})", file=sys.stderr)
        return 2
    except LookupError as error:  # answered meanwhile, or an interview whose opportunity is gone too
        return _fail(str(error))
    left = sync_status(workspace)
    more = left.waiting_summary if left is not None else ""
    print(f"{wanted}: {LABELS[Answer(given)]}: {item.what}. The server follows at the next sync (`afterview sync`)."
          + (f" Still {more}." if more else " Nothing else waits for you."))
    return 0


def _fail(message: str) -> int:
    print(f"afterview: {message}", file=sys.stderr)
    return 1
