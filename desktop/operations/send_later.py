"""Send later: scheduling a note, cancelling the schedule, and which scheduled notes are due or were missed.

A scheduled note keeps its text locked (notes.save_draft refuses it) until it is sent or the schedule is
cancelled; cancelling changes nothing else. A send that fails stays scheduled with its reason in send_error and
is not tried again by itself. A note whose time passed more than MISSED_AFTER ago, while the computer was off
or asleep, is never sent by the timer: the user is asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.core.domain import NoteChannel, NoteState
from desktop.core.send_timing import Choice, SendWindow, TimingFinding, assess, schedule_choices
from desktop.core.settings import Settings
from desktop.delivery import secrets
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.operations.notes import (
    ComposerRow,
    NoteError,
    _note,  # the one query for a person's note
    composer_row,
    refresh_draft,
    send_problem,
)
from desktop.operations.workspace import Workspace
from desktop.storage.models import Interview, ThankYouNote

# The app checks its schedule at least this often while awake, so a note later than this was missed.
MISSED_AFTER = timedelta(minutes=5)
NO_SERVER = ("No mail server is set up. Enter your provider's outgoing server under Settings → Mail, "
             "or use Open in mail program.")


class PasswordNotKept(NoteError):
    """A send with nobody there needs the password in the system keyring, and it is not there."""


def unattended_password(settings: Settings) -> str | None:
    """The password for a send with nobody there to type it (None: the server needs none).

    NoteError says what is missing: no server, or no password kept in the system keyring.
    """
    if not settings.smtp_host.strip():
        raise NoteError(NO_SERVER)
    if not settings.smtp_user.strip():
        return None
    try:
        password = secrets.load_password(settings.smtp_user, settings.smtp_host)
    except secrets.SecretsError as error:
        raise NoteError(str(error)) from None
    if password is None:
        raise PasswordNotKept(f"The password for {settings.smtp_user} on {settings.smtp_host} is not kept in the "
                              "system keyring, so Afterview could not send the note without you. Send it now and "
                              "tick “Remember it in the system keyring”.")
    return password


@dataclass(frozen=True)
class ScheduledNote:
    """One note waiting to go out, for the lists (Today, tray, the missed-notes question)."""

    interview_id: int
    contact_id: int
    full_name: str
    company: str
    role: str
    scheduled_at: datetime
    send_error: str = ""

    @property
    def failed(self) -> bool:
        return bool(self.send_error)


def send_window(workspace: Workspace, row: ComposerRow) -> SendWindow:
    """The timing rules' view of one note: its interview's end, its deadline, the quiet hours and the zone."""
    settings = workspace.settings
    return SendWindow(row.interview_end or row.due, row.due, settings.quiet_start, settings.quiet_end,
                      workspace.zone)


def timing_findings(workspace: Workspace, row: ComposerRow, at: datetime | None = None) -> list[TimingFinding]:
    """What is wrong with sending this note at `at` (default now): the car park, quiet hours, the deadline."""
    now = workspace.now()
    return assess(at or now, send_window(workspace, row), now)


def choices(workspace: Workspace) -> list[Choice]:
    """The times the Send later menu offers now: this evening, the next morning, the next working morning."""
    settings = workspace.settings
    return schedule_choices(workspace.now(), workspace.zone, settings.quiet_start, settings.quiet_end,
                            settings.working_days)


def schedule(workspace: Workspace, interview_id: int, contact_id: int, when: datetime) -> ChangeSet:
    """Have the running app send the saved note by SMTP at `when`; NoteError when it could not go out then."""
    if when.tzinfo is None:
        raise ValueError("a scheduled time needs a time zone")
    row = composer_row(workspace, interview_id, contact_id)
    if row.channel is not NoteChannel.EMAIL:
        raise NoteError(f"The note to {row.full_name} is marked for handwriting; only an email can be sent later. "
                        "Choose “Send by email instead” first.")
    problem = send_problem(workspace, row)
    if problem:
        raise NoteError(problem)
    if when <= workspace.now():
        local = when.astimezone(workspace.zone)
        raise NoteError(f"{local:%A %d %B, %H:%M} has already passed; pick a time that is still ahead.")
    # Written tonight, sent tomorrow morning: an untouched draft says "yesterday", as its reader will read it.
    refresh_draft(workspace, interview_id, contact_id, sent_on=when.astimezone(workspace.zone).date())
    with workspace.session() as session:
        note = _note(session, interview_id, contact_id)
        note.scheduled_at, note.send_error = when, ""
        note.updated_at = workspace.now()
        return ChangeSet.of(RecordKind.NOTE, [note.id])


def unschedule(workspace: Workspace, interview_id: int, contact_id: int) -> ChangeSet:
    """Cancel the scheduled send; the draft stays exactly as it is, and editable again."""
    with workspace.session() as session:
        note = _note(session, interview_id, contact_id)
        if note.state is NoteState.SENT:
            raise NoteError("This note has already been sent")
        note.scheduled_at, note.send_error = None, ""
        note.updated_at = workspace.now()
        return ChangeSet.of(RecordKind.NOTE, [note.id])


def record_failure(workspace: Workspace, interview_id: int, contact_id: int, reason: str) -> ChangeSet:
    """Keep the note scheduled but failed, with the reason to show; it is not tried again by itself."""
    with workspace.session() as session:
        note = _note(session, interview_id, contact_id)
        if note.scheduled_at is not None and note.state is not NoteState.SENT:
            note.send_error = reason.strip() or "The mail server did not say why."
            note.updated_at = workspace.now()
        return ChangeSet.of(RecordKind.NOTE, [note.id])


def scheduled_notes(workspace: Workspace) -> list[ScheduledNote]:
    """Every note still waiting to go out (failed ones included), earliest first."""
    with workspace.session() as session:
        notes = session.scalars(
            select(ThankYouNote).where(ThankYouNote.scheduled_at.is_not(None), ThankYouNote.state != NoteState.SENT)
            .options(selectinload(ThankYouNote.contact),
                     selectinload(ThankYouNote.interview).selectinload(Interview.opportunity))
            .order_by(ThankYouNote.scheduled_at, ThankYouNote.id)).all()
        return [ScheduledNote(n.interview_id, n.contact_id, n.contact.full_name, n.interview.opportunity.company,
                              n.interview.opportunity.role, n.scheduled_at, n.send_error)
                for n in notes if n.scheduled_at is not None]


def due_to_send(notes: list[ScheduledNote], now: datetime) -> list[ScheduledNote]:
    """Notes whose time has come within MISSED_AFTER and that have not failed: the timer sends these."""
    return [n for n in notes if not n.failed and now - MISSED_AFTER <= n.scheduled_at <= now]


def missed(notes: list[ScheduledNote], now: datetime) -> list[ScheduledNote]:
    """Notes whose time passed longer ago than MISSED_AFTER (the computer was off or asleep): ask the user."""
    return [n for n in notes if not n.failed and n.scheduled_at < now - MISSED_AFTER]


def next_send(notes: list[ScheduledNote], now: datetime) -> datetime | None:
    """When the timer should next wake to send something."""
    return min((n.scheduled_at for n in notes if not n.failed and n.scheduled_at > now), default=None)
