"""The Today list and what the candidate does with its items (snooze, dismiss)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.core.agenda import (
    AgendaItem,
    AttemptFact,
    InterviewFact,
    OpportunityFact,
    PersonFact,
    ReminderMark,
    build_agenda,
    within,
)
from desktop.core.domain import OpportunityStatus
from desktop.operations.workspace import Workspace
from desktop.storage.models import FollowUpCall, Interview, MeetingNote, Opportunity, ReminderState

OPEN_STATUSES = [s for s in OpportunityStatus if s.is_open]


def _facts(opportunity: Opportunity, calls: list[FollowUpCall]) -> OpportunityFact:
    interviews = []
    owner = ""
    for interview in opportunity.interviews:
        notes = {n.contact_id: n for n in interview.notes}
        people = []
        for met in interview.people:
            note = notes.get(met.contact_id)
            people.append(PersonFact(
                contact_id=met.contact_id, name=met.contact.full_name,
                note_state=note.state if note else None,
                note_channel=note.channel if note else PersonFact.note_channel,
                note_posted=bool(note and note.posted)))
        interviews.append(InterviewFact(
            interview_id=interview.id, starts_at=interview.starts_at, ends_at=interview.ends_at,
            decision_date=interview.decision_date, cancelled=interview.cancelled, people=tuple(people)))
        if interview.process_owner is not None:
            owner = interview.process_owner.full_name
    attempts = sorted((AttemptFact(a.called_at, a.outcome, a.next_date) for c in calls for a in c.attempts),
                      key=lambda a: a.called_at)
    return OpportunityFact(
        opportunity_id=opportunity.id, company=opportunity.company, role=opportunity.role,
        status=opportunity.status, interviews=tuple(interviews), attempts=tuple(attempts), call_contact=owner)


def agenda(workspace: Workspace, days: int | None = None, now: datetime | None = None) -> list[AgendaItem]:
    """Due and overdue items, earliest first; `days` limits it to what falls due within that many days."""
    now = now or workspace.now()
    with workspace.session() as session:
        opportunities = session.scalars(
            select(Opportunity).where(Opportunity.status.in_(OPEN_STATUSES)).options(
                selectinload(Opportunity.interviews).selectinload(Interview.people).selectinload(MeetingNote.contact),
                selectinload(Opportunity.interviews).selectinload(Interview.notes),
                selectinload(Opportunity.interviews).selectinload(Interview.process_owner),
            )).all()
        calls: dict[int, list[FollowUpCall]] = {}
        for call in session.scalars(select(FollowUpCall).options(selectinload(FollowUpCall.attempts))):
            calls.setdefault(call.opportunity_id, []).append(call)
        facts = [_facts(o, calls.get(o.id, [])) for o in opportunities]
        marks = {m.key: ReminderMark(m.snoozed_until, m.dismissed_at is not None)
                 for m in session.scalars(select(ReminderState))}
    items = build_agenda(facts, workspace.settings, workspace.zone, now, marks)
    return items if days is None else within(items, now, workspace.zone, days)




def snooze(workspace: Workspace, key: str, until: datetime) -> None:
    """Hide an item until `until`; it comes back then, across restarts."""
    with workspace.session() as session:
        state = session.get(ReminderState, key) or ReminderState(key=key)
        state.snoozed_until = until
        session.add(state)


def dismiss(workspace: Workspace, key: str) -> None:
    """Take an item off the list for good (the underlying note or call is untouched)."""
    with workspace.session() as session:
        state = session.get(ReminderState, key) or ReminderState(key=key)
        state.dismissed_at = workspace.now()
        session.add(state)
