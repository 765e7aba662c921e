"""`afterview note schedule | unschedule | scheduled`: Send later from the command line.

The window, running (in the tray is enough), sends the note at its time; these commands only set, cancel and
list the schedule. Times are read and printed on the user's clock (the computer's time zone).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from desktop.core.messages import english_date, english_date_time
from desktop.operations.workspace import Workspace

VERBS = ("schedule", "unschedule", "scheduled")
AT_FORMAT = "%Y-%m-%d %H:%M"


def _at(text: str) -> datetime:
    try:
        return datetime.strptime(text.strip(), AT_FORMAT)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a time like 2026-11-26 08:30 (YYYY-MM-DD HH:MM)") from None


def _person(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--interview", type=int, required=True, metavar="ID", help="the interview's number")
    parser.add_argument("--contact", type=int, required=True, metavar="ID", help="the person's number")


def add_verbs(note_verbs: argparse._SubParsersAction) -> None:
    """The three Send later commands, under `afterview note`."""
    schedule = note_verbs.add_parser("schedule", help="have the running app send a note by SMTP at a given time")
    _person(schedule)
    schedule.add_argument("--at", type=_at, required=True, metavar='"YYYY-MM-DD HH:MM"',
                          help="on your own clock; the note is locked against edits until then")
    unschedule = note_verbs.add_parser("unschedule", help="cancel a scheduled send; the note stays a draft")
    _person(unschedule)
    note_verbs.add_parser("scheduled", help="list the notes waiting to be sent, earliest first")


def run(workspace: Workspace, args: argparse.Namespace) -> int:
    """Run one Send later command; 0 on success, 1 (with a message on stderr) when it could not be done."""
    from desktop.core.deadlines import at_local
    from desktop.operations import send_later, send_schedule
    from desktop.operations.notes import NoteError, composer_row

    zone = workspace.zone
    try:
        if args.note_action == "scheduled":
            return _list(workspace, send_schedule.scheduled_notes(workspace))
        if args.note_action == "unschedule":
            send_later.unschedule(workspace, args.interview, args.contact)
            row = composer_row(workspace, args.interview, args.contact)
            print(f"The note to {row.full_name} will not be sent; it is kept as a draft.")
            return 0
        when = at_local(args.at.date(), args.at.time(), zone)
        send_later.unattended_password(workspace.settings)  # it will go out with nobody there to type it
        send_later.schedule(workspace, args.interview, args.contact, when)
        row = composer_row(workspace, args.interview, args.contact)
    except NoteError as error:
        print(f"afterview: {error}", file=sys.stderr)
        return 1
    for finding in send_later.timing_findings(workspace, row, when):
        print(f"afterview: warning: {finding.message}", file=sys.stderr)
    print(f"The note to {row.full_name} goes out {english_date(when)} at {when:%H:%M} ({zone.key}), sent by Afterview "
          "while it runs (in the tray is enough).")
    return 0


def _list(workspace: Workspace, notes: list) -> int:
    if not notes:
        print("No notes are scheduled.")
    for note in notes:
        when = note.scheduled_at.astimezone(workspace.zone)
        state = f"NOT SENT: {note.send_error.splitlines()[0]}" if note.failed else "scheduled"
        print(f"{english_date_time(when)}  {note.full_name} — {note.company} · {note.role}  "
              f"(--interview {note.interview_id} --contact {note.contact_id})  {state}")
    return 0
