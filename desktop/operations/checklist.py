"""The handwritten-note checklist: who to write to, where to post it, what to mention, by when; and its ticks."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.core.deadlines import note_due
from desktop.core.domain import NoteChannel, NoteState
from desktop.core.messages import Message
from desktop.core.note_address import greeting_line
from desktop.core.person_names import greeting
from desktop.operations import notes
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.operations.workspace import Workspace
from desktop.storage.models import Contact, Interview, ThankYouNote

TICKS = ("written", "addressed", "stamped", "posted")


class ChecklistError(ValueError):
    """A checklist request that names something that is not there."""


@dataclass(frozen=True)
class ChecklistEntry:
    """One handwritten card to write, as plain values for the printer and the on-screen list."""

    note_id: int
    interview_id: int
    name: str  # exactly as on the card
    title: str
    company: str
    role: str
    address_lines: tuple[str, ...]
    memorable: str
    why_fit: str
    due: datetime
    written: bool
    addressed: bool
    stamped: bool
    posted: bool
    draft: str
    greet_as: str = ""  # how the note greets them ("Siobhán", "Dr. Tanaka"), as the card says or proposes
    contact_id: int = 0
    problem: str = ""  # why the draft is not fit to copy by hand (a placeholder, an error, no signature)

    def ticked(self, tick: str) -> bool:
        return bool(getattr(self, tick))

    @property
    def salutation(self) -> str:
        """The card's opening as its draft writes it ("Hi Inès,"), else as the card proposes ("Dear Inès,")."""
        return greeting_line(self.draft) or (f"Dear {self.greet_as}," if self.greet_as else "")


def mailing_address(contact: Contact) -> tuple[str, ...]:
    """The envelope lines: street, then town with region and postal code, then country."""
    town = contact.locality.strip()
    region, postal = contact.region.strip(), contact.postal_code.strip()
    if region:  # North American style: "Seattle, WA 98101"
        town = ", ".join(p for p in (town, f"{region} {postal}".strip()) if p)
    elif postal:  # most of Europe: "1250 Copenhagen"
        town = f"{postal} {town}".strip()
    lines = [*contact.street.splitlines(), town, contact.country.strip()]
    return tuple(line.strip() for line in lines if line.strip())


def checklist_entries(workspace: Workspace, interview_id: int | None = None) -> list[ChecklistEntry]:
    """Handwritten notes for one interview (all of them), or every handwritten note not yet posted."""
    query = (select(ThankYouNote).join(Interview)
             .where(ThankYouNote.channel == NoteChannel.HANDWRITTEN)
             .options(selectinload(ThankYouNote.contact),
                      selectinload(ThankYouNote.interview).selectinload(Interview.people),
                      selectinload(ThankYouNote.interview).selectinload(Interview.opportunity))
             .order_by(Interview.starts_at, ThankYouNote.id))
    with workspace.session() as session:
        if interview_id is not None:
            if session.get(Interview, interview_id) is None:
                raise ChecklistError(Message("There is no interview with id {id}.", id=interview_id))
            query = query.where(ThankYouNote.interview_id == interview_id)
        else:
            query = query.where(ThankYouNote.state != NoteState.SENT)
        entries = [_entry(workspace, note) for note in session.scalars(query)]
    return [dataclasses.replace(entry, problem=_draft_problem(workspace, entry)) for entry in entries]


def _draft_problem(workspace: Workspace, entry: ChecklistEntry) -> str:
    """What stops the draft from being copied onto a card, as sending would be stopped; '' when nothing does."""
    if not entry.draft.strip():
        return ""  # the page says there is no draft yet
    row = notes.composer_row(workspace, entry.interview_id, entry.contact_id)
    # A card already posted is judged on its text alone, as if it were still to be written.
    return notes.send_problem(workspace, dataclasses.replace(row, state=NoteState.DRAFT), need_email=False) or ""


def _entry(workspace: Workspace, note: ThankYouNote) -> ChecklistEntry:
    interview, contact = note.interview, note.contact
    met = next((m for m in interview.people if m.contact_id == contact.id), None)
    return ChecklistEntry(
        note_id=note.id, interview_id=interview.id, name=contact.full_name, title=contact.title,
        company=contact.company or interview.opportunity.company, role=interview.opportunity.role,
        address_lines=mailing_address(contact), memorable=met.memorable if met else "",
        why_fit=interview.opportunity.why_fit,
        due=note_due(interview.ends_at or interview.starts_at, workspace.settings, workspace.zone),
        written=note.written, addressed=note.addressed, stamped=note.stamped, posted=note.posted,
        draft=note.body, greet_as=greeting(contact.greet_as, contact.full_name, contact.given_name,
                                           contact.family_name, contact.family_first), contact_id=contact.id)


def set_tick(workspace: Workspace, note_id: int, tick: str, value: bool) -> ChangeSet:
    """Tick or untick one box; posting a card sends the note, unposting brings it back to ready."""
    if tick not in TICKS:
        raise ChecklistError(Message("'{tick}' is not a checklist box; expected one of {ticks}.", tick=tick,
                                     ticks=", ".join(TICKS)))
    with workspace.session() as session:
        note = session.get(ThankYouNote, note_id)
        if note is None:
            raise ChecklistError(Message("There is no thank-you note with id {id}.", id=note_id))
        setattr(note, tick, value)
        if tick == "posted" and value:
            # A card in the post was written, addressed and stamped, whatever the boxes said.
            note.written = note.addressed = note.stamped = True
            note.state, note.sent_at = NoteState.SENT, workspace.now()
        elif tick == "posted":
            note.state, note.sent_at = NoteState.READY, None
    return ChangeSet.of(RecordKind.NOTE, [note_id])


def checklist_interviews(workspace: Workspace) -> list[tuple[int, str]]:
    """Interviews with at least one handwritten note, newest first, as (id, 'Company · Kind, date')."""
    query = (select(Interview).where(Interview.notes.any(ThankYouNote.channel == NoteChannel.HANDWRITTEN))
             .options(selectinload(Interview.opportunity)).order_by(Interview.starts_at.desc()))
    with workspace.session() as session:
        return [(i.id, Message("{company} · {kind}, {day}", company=i.opportunity.company, kind=i.kind.label,
                               day=i.starts_at.astimezone(workspace.zone).date())) for i in session.scalars(query)]
