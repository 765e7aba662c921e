"""The command line: the same operations as the window, usable without a display.

No Qt here, except through desktop.printing inside the print command, which draws offscreen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import desktop
from desktop import APP_NAME
from desktop.core.launch_arguments import is_openable, is_window_option, words
from desktop.core.messages import english_date_time
from desktop.core.wording import counted

if TYPE_CHECKING:  # operations are imported when a command runs, keeping --version quick
    import argparse

    from desktop.operations.transfer_types import CardDifferences
    from desktop.operations.workspace import Workspace

VERBS = ("sample-data", "agenda", "import", "undo-import", "export", "calendar-file", "print", "note",
         "card", "forget-password", "sync")
# Commands that change what the Calendar page shows: the calendar file kept up to date is rewritten after them.
CHANGING = ("sample-data", "import", "undo-import", "note", "sync")


def build_parser() -> argparse.ArgumentParser:
    # here, not at the top: the window's start-up checks wants_cli and needs no argparse
    from desktop.cli_usage import UsageParser

    parser = UsageParser(
        prog="afterview", description=f"{APP_NAME}: business cards, thank-you notes and follow-up calls "
                                      "after a job interview. Without a command, the window opens.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {desktop.__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="use this data folder instead of the platform's (also AFTERVIEW_DATA_DIR)")
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")
    verbs.add_parser("sample-data", help="load the sample data set into an empty data folder")
    agenda = verbs.add_parser("agenda", help="print what is due and overdue, earliest first")
    agenda.add_argument("--days", type=int, default=7, metavar="N",
                        help="include what falls due within N days (default 7)")
    importing = verbs.add_parser("import", help="import .vcf contacts, .ics/.vcs invitations, .eml or .mbox "
                                                "emails, or LinkedIn's Connections.csv")
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE")
    importing.add_argument("--prefer", choices=("mine", "theirs"), default="mine",
                           help="where a card differs from a stored contact: keep your values (default) or take "
                                "the file's")
    importing.add_argument("--all", action="store_true", dest="take_all",
                           help="from a calendar of several events, import every event (default: only those that "
                                "look like interviews)")
    importing.add_argument("--save-card", action="store_true",
                           help="emails: add the card read from the sender's signature")
    importing.add_argument("--apply-decision", action="store_true",
                           help="emails: write the promised decision date to the interview it follows")
    undoing = verbs.add_parser("undo-import", help="undo the last import, or the one given")
    undoing.add_argument("batch", nargs="?", type=int, metavar="ID", help="the import to undo (see --list)")
    undoing.add_argument("--list", action="store_true", help="list the imports that can be undone")
    exporting = verbs.add_parser("export", help="export contacts (.vcf), the calendar (.ics), or all to a folder")
    exporting.add_argument("what", choices=("contacts", "calendar", "all"))
    exporting.add_argument("file", type=Path, metavar="FILE|DIR")
    exporting.add_argument("--overwrite", action="store_true",
                           help="replace files of the same names already there (default: refuse and write nothing)")
    keeping = verbs.add_parser(
        "calendar-file", help="keep Afterview.ics up to date in a folder (synced, or one a calendar app subscribes "
                              "to); without an option, write it now")
    choice = keeping.add_mutually_exclusive_group()
    choice.add_argument("--folder", type=Path, metavar="DIR",
                        help="keep the file in DIR from now on (as Settings → Calendar does), and write it now")
    choice.add_argument("--stop", action="store_true", help="keep no calendar file any more (the last one stays)")
    printing = verbs.add_parser("print", help="print the handwritten-note checklist to a PDF file")
    printing.add_argument("what", choices=("checklist",))
    printing.add_argument("--interview", type=int, metavar="ID",
                          help="only this interview's handwritten notes (default: every note not yet posted)")
    printing.add_argument("--drafts", action="store_true", help="add each note's text on its own page, to copy")
    printing.add_argument("--page-size", choices=("A4", "Letter"), help="default: the locale's (Letter in the US)")
    printing.add_argument("--pdf", type=Path, required=True, metavar="OUT.pdf", help="the PDF file to write")
    from desktop import cli_card, cli_note, cli_send_later, cli_sync

    cli_send_later.add_verbs(cli_note.add_parser(verbs))
    cli_card.add_parser(verbs)
    cli_sync.add_parser(verbs)
    verbs.add_parser("forget-password", help="remove the saved SMTP password from the system keyring")
    return parser


def wants_cli(argv: list[str]) -> bool:
    """True when the arguments name a command or ask for help/version, so no window is needed, and when a word
    is neither a command nor a file to open, or a long option is not the window's: a mistyped command ("agneda")
    or option ("--verison") is argparse's to refuse (exit 2), not a window's to open."""
    if any(a in VERBS or a in ("-h", "--help", "--version") or not is_window_option(a) for a in argv):
        return True
    return any(not is_openable(word) for word in words(argv))


def _fail(message: str) -> int:
    print(f"afterview: {message}", file=sys.stderr)
    return 1


def run(argv: list[str]) -> int:
    """Run one command; 0 on success, 1 when the work failed, 2 (from argparse) on a usage error."""
    args = build_parser().parse_args(argv)
    if args.verb == "note" and args.note_action in ("check", "preview"):  # a file and the settings, not the database
        from desktop import cli_note

        return cli_note.run(args.data_dir, args)
    if args.verb == "card":
        from desktop import cli_card

        if not cli_card.wants_database(args):  # reading a card changes nothing: the database stays closed
            return cli_card.run(args, None, args.data_dir)
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from desktop.operations.export_targets import ExistingFilesError
    from desktop.operations.transfer import TransferError
    from desktop.operations.workspace import open_workspace
    from desktop.storage.database import DamagedDatabaseError, DatabaseError, folder_problem
    from desktop.storage.folders import FolderProblem

    try:
        workspace = open_workspace(args.data_dir)
    except DamagedDatabaseError as error:
        return _fail(f"{error}. Nothing was changed; open Afterview's window to restore a backup or start fresh.")
    except (DatabaseError, FolderProblem) as error:
        return _fail(str(error))
    except OSError as error:
        return _fail(f"cannot open the data folder: {error}")
    for warning in workspace.warnings:
        print(f"afterview: {warning}", file=sys.stderr)
    try:
        status = _command(workspace, args)
        if args.verb in CHANGING and status == 0:
            _refresh_calendar_file(workspace)
        return status
    except ExistingFilesError as error:
        return _fail(f"{error} with --overwrite")
    except (TransferError, DatabaseError) as error:  # DatabaseError: kept busy by another writer
        return _fail(str(error))
    except (sqlite3.OperationalError, OperationalError) as error:
        # Writes refused by a full disk or a read-only folder, or a database kept busy by another program.
        problem = folder_problem(workspace.paths.data_dir, error)
        if problem is not None:
            return _fail(str(problem))
        if "database is locked" in str(error):
            return _fail(f"{workspace.paths.database} stayed busy (another program, perhaps Afterview's window, "
                         "was writing to it); nothing was changed, try again")
        raise
    finally:
        workspace.sessions.kw["bind"].dispose()  # the database file closed when the command is done


def _command(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.verb == "sample-data":
        return _sample_data(workspace)
    if args.verb == "agenda":
        return _agenda(workspace, args.days)
    if args.verb == "import":
        return _import(workspace, args.files, args.prefer == "theirs", args.take_all, args.save_card,
                       args.apply_decision)
    if args.verb == "undo-import":
        return _undo_import(workspace, args.batch, args.list)
    if args.verb == "export" and args.what == "all":
        from desktop.operations.export_all import export_everything
        from desktop.operations.transfer import exported_summary

        counts = export_everything(workspace, args.file, overwrite=args.overwrite)
        print(f"Exported {exported_summary(counts)} to {args.file}")
        return 0
    if args.verb == "export":
        from desktop.operations.transfer import export

        exported = export(workspace, args.what, args.file, overwrite=args.overwrite)
        print(f"Exported {exported.description} to {args.file}")
        return 0
    if args.verb == "calendar-file":
        return _calendar_file(workspace, args.folder, args.stop)
    if args.verb == "print":
        return _print_checklist(workspace, args.interview, args.drafts, args.page_size, args.pdf)
    if args.verb == "forget-password":
        return _forget_password(workspace)
    if args.verb == "card":
        from desktop import cli_card

        return cli_card.run(args, workspace, args.data_dir)
    if args.verb == "sync":
        from desktop import cli_sync

        return cli_sync.run(workspace, args)
    if args.verb == "note":
        from desktop import cli_send_later

        return cli_send_later.run(workspace, args)
    build_parser().print_help()
    return 2


def _sample_data(workspace: Workspace) -> int:
    from desktop.operations.sample_data import NotEmptyError, load_sample_data

    try:
        load_sample_data(workspace)
    except NotEmptyError as error:
        return _fail(str(error))
    print("Loaded the sample data: 3 opportunities, 5 interviews, 9 contacts.")
    return 0


def _agenda(workspace: Workspace, days: int) -> int:
    from desktop.core.agenda import group_of
    from desktop.operations.agenda import agenda

    now = workspace.now()
    zone = workspace.zone
    items = agenda(workspace, days=days)
    if not items:
        print(f"Nothing due in the next {days} days.")
    for item in items:
        when = english_date_time(item.due.astimezone(zone))
        print(f"{when}  {group_of(item, now, zone).value:<11}  {item.title} — {item.detail}")
    return 0


def _import(workspace: Workspace, files: list[Path], prefer_theirs: bool, take_all: bool = False,
            save_card: bool = False, apply_decision: bool = False) -> int:
    from desktop.cli_mail import report_proposals
    from desktop.operations.transfer import ImportSummary, TransferError, import_file

    total = ImportSummary()
    failed = 0
    for path in files:
        try:
            summary = import_file(workspace, path, prefer_theirs=prefer_theirs, take_all=take_all)
        except TransferError as error:
            print(f"afterview: {error}", file=sys.stderr)
            failed += 1
            continue
        total.merge(summary)
        for problem in summary.problems:
            print(f"afterview: {problem}", file=sys.stderr)
        for line in summary.left_out:
            print(f"{path.name}: {line}")
        print(f"{path.name}: {summary.describe()}")
        if summary.batch_id is not None:
            print(f"  (import {summary.batch_id}: `afterview undo-import {summary.batch_id}` undoes it)")
        if summary.mail is not None:
            report_proposals(workspace, summary.mail, save_card, apply_decision)
    if total.differed:
        cards = ("1 card differs from yours and was left as it was" if total.differed == 1 else
                 f"{total.differed} cards differ from yours and were left as they were")
        print(f"{cards}: "
              + "; ".join(_differences(d) for d in total.differences))
        print("To take the file's values, import again with --prefer theirs, or review them in the window "
              "(File → Import).")
    if total.left_out:
        print(f"{counted(len(total.left_out), 'event')} of a calendar not imported, as listed above. To take every "
              "event, import again with --all; to choose them one by one, use the window (File → Import).")
    return 1 if failed else 0


def _calendar_file(workspace: Workspace, folder: Path | None, stop: bool) -> int:
    from dataclasses import replace

    from desktop.operations.calendar_export import calendar_file, update_calendar_file
    from desktop.operations.preferences import apply_settings

    kept = calendar_file(workspace)
    if stop:
        apply_settings(workspace, replace(workspace.settings, calendar_folder=""))
        print(f"No calendar file is kept any more; {kept} stays as last written." if kept else
              "No calendar file was kept; nothing changed.")
        return 0
    if folder is not None:
        if not folder.is_dir():
            return _fail(f"{folder}: no such folder; create it first, or choose another")
        apply_settings(workspace, replace(workspace.settings, calendar_folder=str(folder.resolve())))
    elif kept is None:
        return _fail("no folder is set for the calendar file; `afterview calendar-file --folder DIR` sets one")
    done = update_calendar_file(workspace)
    assert done is not None  # a folder is set
    print(f"Wrote {done.description} to {done.path}.")
    if folder is not None:
        print("The window rewrites it after every change, and so does every command that changes your data.")
    return 0


def _refresh_calendar_file(workspace: Workspace) -> None:
    """After a command that changed the data: the calendar file kept up to date follows; a failure is said."""
    from desktop.operations.calendar_export import update_calendar_file
    from desktop.operations.transfer_types import TransferError

    try:
        update_calendar_file(workspace)
    except TransferError as error:
        print(f"afterview: the calendar file was not updated: {error}", file=sys.stderr)


def _forget_password(workspace: Workspace) -> int:
    from desktop.delivery import secrets

    user, host = workspace.settings.smtp_user.strip(), workspace.settings.smtp_host.strip()
    if not (user and host):
        print("No mail account is set up (Settings → Mail), so no password is saved.")
        return 0
    try:
        forgot = secrets.forget_password(user, host)
    except secrets.SecretsError as error:
        return _fail(str(error))
    print(f"Forgot the saved password for {user} on {host}; Afterview asks for it when you next send."
          if forgot else f"No password was saved for {user} on {host}.")
    return 0


def _differences(difference: CardDifferences) -> str:
    return f"{difference.name} ({', '.join(f.label.lower() for f in difference.fields)})"


def _undo_import(workspace: Workspace, batch: int | None, listing: bool) -> int:
    from desktop.operations.import_batches import UndoError, list_batches, undo_import

    if listing:
        batches = list_batches(workspace)
        if not batches:
            print("No import can be undone.")
        for info in batches:
            when = english_date_time(info.imported_at.astimezone(workspace.zone))
            print(f"{info.batch_id:>4}  {when}  {info.file_name}  ({info.summary})")
        return 0
    try:
        report = undo_import(workspace, batch)
    except UndoError as error:
        return _fail(f"{error} `afterview undo-import --list` lists them.")
    print(report.describe())
    return 0


def _print_checklist(workspace: Workspace, interview: int | None, drafts: bool, size: str | None, out: Path) -> int:
    from desktop.operations.checklist import ChecklistError, checklist_entries

    try:
        entries = checklist_entries(workspace, interview)
    except ChecklistError as error:
        return _fail(str(error))
    # There is no display to ask for: Qt must draw offscreen, and must be told so before it loads.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop.printing.checklist import render_checklist
    from desktop.printing.page import default_page_size, offscreen_application

    offscreen_application()
    today = workspace.now().astimezone(workspace.zone).date()
    try:
        pages = render_checklist(entries, workspace.settings.your_name, today, size or default_page_size(), out,
                                 include_drafts=drafts)
    except OSError as error:
        return _fail(f"cannot write {out}: {error.strerror or error}")
    print(f"Printed {counted(len(entries), 'handwritten note')} on {counted(pages, 'page')} to {out}")
    unready = [entry for entry in entries if entry.problem]
    for entry in unready:
        left = "left out of the drafts" if drafts else "marked not ready to copy"
        print(f"afterview: the draft to {entry.name} is {left}: {entry.problem}", file=sys.stderr)
    # The pages are written either way; the status says that a draft could not be printed as it stands.
    return 1 if unready and drafts else 0
