"""Which scheduled notes wait to go out, which are due now and which were missed while the computer was off.

Read at every start and every wake-up by the running app, so it loads nothing of the sending side (SMTP, the
keyring, the note checks with their word lists): desktop.operations.send_later schedules, cancels and sends.
A note whose time passed more than MISSED_AFTER ago is never sent by the timer: the user is asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.core.domain import NoteState
from desktop.operations.workspace import Workspace
from desktop.storage.models import Interview, ThankYouNote

# The app checks its schedule at least this often while awake, so a note later than this was missed.
MISSED_AFTER = timedelta(minutes=5)


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

    @property
    def key(self) -> tuple[int, int]:
        """Its interview and person: one note each."""
        return self.interview_id, self.contact_id


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
