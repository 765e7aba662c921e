"""The people met in one interview, and what the candidate remembers of each (the meeting notes)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.messages import Message
from desktop.operations.changes import NOTHING, ChangeSet, RecordKind
from desktop.operations.workspace import Workspace
from desktop.storage.models import Contact, Interview, MeetingNote


@dataclass(frozen=True)
class PersonMet:
    contact_id: int
    name: str
    title: str
    company: str
    memorable: str
    promised: str


def people_met(workspace: Workspace, interview_id: int) -> list[PersonMet]:
    """The people met in an interview, in the order they were added."""
    with workspace.session() as session:
        rows = session.execute(
            select(MeetingNote, Contact).join(Contact, MeetingNote.contact_id == Contact.id)
            .where(MeetingNote.interview_id == interview_id).order_by(MeetingNote.position, MeetingNote.id)
        ).all()
        return [PersonMet(c.id, c.full_name, c.title, c.company, n.memorable, n.promised) for n, c in rows]


def add_person_met(workspace: Workspace, interview_id: int, contact_id: int) -> ChangeSet:
    """Record that the candidate met a contact in an interview; nothing changed when they were already listed."""
    with workspace.session() as session:
        if session.get(Interview, interview_id) is None:
            raise LookupError(Message("interview {id} does not exist", id=interview_id))
        if session.get(Contact, contact_id) is None:
            raise LookupError(Message("contact {id} does not exist", id=contact_id))
        if _note(session, interview_id, contact_id) is not None:
            return NOTHING
        last = session.scalar(select(func.max(MeetingNote.position)).where(MeetingNote.interview_id == interview_id))
        session.add(MeetingNote(interview_id=interview_id, contact_id=contact_id,
                                position=0 if last is None else last + 1))
    return _met(interview_id)


def remove_person_met(workspace: Workspace, interview_id: int, contact_id: int) -> ChangeSet:
    """Take a contact off an interview's list; the card itself stays in the card file."""
    with workspace.session() as session:
        note = _note(session, interview_id, contact_id)
        if note is None:
            return NOTHING
        session.delete(note)
    return _met(interview_id)


def save_meeting_note(workspace: Workspace, interview_id: int, contact_id: int, memorable: str,
                      promised: str) -> ChangeSet:
    """Save what was memorable with one person in one interview and what they promised."""
    with workspace.session() as session:
        note = _note(session, interview_id, contact_id)
        if note is None:
            raise LookupError(Message("contact {contact} is not among the people met in interview {interview}",
                                      contact=contact_id, interview=interview_id))
        note.memorable, note.promised = memorable, promised
    return _met(interview_id)


def _met(interview_id: int) -> ChangeSet:
    """Who was met in an interview, and what with them, belongs to the interview (the notes are written from it)."""
    return ChangeSet.of(RecordKind.INTERVIEW, [interview_id])


def _note(session: Session, interview_id: int, contact_id: int) -> MeetingNote | None:
    return session.scalar(select(MeetingNote).where(
        MeetingNote.interview_id == interview_id, MeetingNote.contact_id == contact_id))
