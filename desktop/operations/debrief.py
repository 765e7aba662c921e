"""The debrief right after an interview: what was memorable with each person, what was promised,
the next steps heard and why the candidate fits. It feeds the meeting notes and the note composer."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import selectinload

from desktop.core.messages import Message, english
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.operations.workspace import Workspace
from desktop.storage.models import Interview, MeetingNote


class DebriefError(LookupError):
    """The interview to debrief no longer exists."""


@dataclass
class PersonDebrief:
    contact_id: int
    name: str
    memorable: str = ""
    promised: str = ""


@dataclass
class DebriefForm:
    interview_id: int
    company: str
    role: str
    people: list[PersonDebrief] = field(default_factory=list)
    next_steps: str = ""
    why_fit: str = ""  # the opportunity's one line, shared by all its interviews
    debriefed: bool = False

    def missing(self) -> list[str]:
        """What the debrief still lacks, in words: each person's memorable moment, the next steps, why you fit.
        What was promised is not asked for: most people promise nothing."""
        lacking: list[str] = [Message("what stood out with {name}", name=p.name)
                              for p in self.people if not p.memorable.strip()]
        if not self.next_steps.strip():
            lacking.append(english("the next steps"))
        if not self.why_fit.strip():
            lacking.append(english("why you fit"))
        return lacking


def _interview(session: object, interview_id: int) -> Interview:
    interview = session.get(  # type: ignore[attr-defined]
        Interview, interview_id,
        options=[selectinload(Interview.people).selectinload(MeetingNote.contact), selectinload(Interview.opportunity)])
    if interview is None:
        raise DebriefError(Message("interview {id} no longer exists", id=interview_id))
    return interview


def load_debrief(workspace: Workspace, interview_id: int) -> DebriefForm:
    """What is known so far, to fill the debrief dialog."""
    with workspace.session() as session:
        return form_of(_interview(session, interview_id))


def form_of(interview: Interview) -> DebriefForm:
    """The debrief as the interview holds it (its people, contacts and opportunity loaded)."""
    return DebriefForm(
        interview_id=interview.id, company=interview.opportunity.company, role=interview.opportunity.role,
        people=[PersonDebrief(m.contact_id, m.contact.full_name, m.memorable, m.promised) for m in interview.people],
        next_steps=interview.next_steps, why_fit=interview.opportunity.why_fit, debriefed=interview.debriefed)


def save_debrief(workspace: Workspace, form: DebriefForm) -> ChangeSet:
    """Store the debrief in the meeting notes, the interview and the opportunity, and mark it done."""
    with workspace.session() as session:
        interview = _interview(session, form.interview_id)
        by_contact = {m.contact_id: m for m in interview.people}
        for person in form.people:
            met = by_contact.get(person.contact_id)
            if met is not None:  # someone removed from the interview meanwhile is left out
                met.memorable = person.memorable.strip()
                met.promised = person.promised.strip()
        interview.next_steps = form.next_steps.strip()
        if form.why_fit.strip():
            interview.opportunity.why_fit = form.why_fit.strip()
        interview.debriefed = True
        return (ChangeSet.of(RecordKind.INTERVIEW, [interview.id])
                | ChangeSet.of(RecordKind.OPPORTUNITY, [interview.opportunity_id]))
