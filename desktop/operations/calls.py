"""Follow-up calls: whom to call and at what number, the log of every attempt, and what an answer means."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.contact_rules import format_phone
from desktop.core.deadlines import follow_up_due
from desktop.core.domain import CallOutcome, NoteChannel, OpportunityStatus
from desktop.core.messages import Lowered, Message, english, english_date, together
from desktop.core.process_owner import choose_process_owner
from desktop.operations.changes import ChangeSet, Created, RecordKind
from desktop.operations.opportunities import log_status
from desktop.operations.workspace import Workspace
from desktop.storage.models import (
    CallAttempt,
    Contact,
    FollowUpCall,
    Interview,
    MeetingNote,
    Opportunity,
)

# Who decides: a hiring manager by name, or a head/director/lead of something.
SENT_BY = {NoteChannel.EMAIL: english("By email"), NoteChannel.HANDWRITTEN: english("Handwritten card"),
           NoteChannel.OTHER: english("Another way")}
# A call logged a little ahead of the computer's clock is a clock difference, not the future.
_CLOCK_SLACK = timedelta(minutes=2)


class CallError(ValueError):
    """A call that cannot be logged or an opportunity that is not there, with the reason in words."""


@dataclass(frozen=True)
class PhoneLine:
    label: str
    display: str  # as the user reads it
    uri: str  # tel: link, RFC 3966


@dataclass(frozen=True)
class AttemptView:
    called_at: datetime
    outcome: CallOutcome
    notes: str
    feedback: str
    next_date: date | None


@dataclass(frozen=True)
class CallContext:
    """Everything the call screen shows before the phone is picked up."""

    opportunity_id: int
    company: str
    role: str
    status: OpportunityStatus
    contact_id: int | None
    contact_name: str
    contact_title: str
    phones: tuple[PhoneLine, ...]
    promised: date | None  # the decision date they gave
    next_steps: str
    due: datetime | None  # when the follow-up call is due
    attempts: tuple[AttemptView, ...]


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime
    kind: str  # interview, note, call or status
    title: str
    detail: str = ""


def process_owner(interview: Interview) -> Contact | None:
    """The contact who owns the process: as chosen, else whoever looks like the hiring manager, else the first met."""
    return choose_process_owner(interview.process_owner, [(m.contact, m.contact.title) for m in interview.people])


def phone_lines(contact: Contact | None, region: str) -> tuple[PhoneLine, ...]:
    """The contact's numbers, formatted to read and as tel: links."""
    if contact is None:
        return ()
    lines = []
    for phone in contact.phones:
        try:
            uri = phonenumbers.format_number(phonenumbers.parse(phone.number, region.upper() or None),
                                             phonenumbers.PhoneNumberFormat.RFC3966)
        except phonenumbers.NumberParseException:
            uri = "tel:" + re.sub(r"[^\d+]", "", phone.number)
        lines.append(PhoneLine(phone.label, format_phone(phone.number, region), uri))
    return tuple(lines)


def _opportunity(session: Session, opportunity_id: int) -> Opportunity:
    opportunity = session.get(Opportunity, opportunity_id, options=[
        selectinload(Opportunity.interviews).selectinload(Interview.people).selectinload(MeetingNote.contact)])
    if opportunity is None:
        raise CallError(Message("There is no opportunity with id {id}.", id=opportunity_id))
    return opportunity


def _latest(opportunity: Opportunity) -> Interview | None:
    live = [i for i in opportunity.interviews if not i.cancelled]
    return max(live, key=lambda i: i.starts_at) if live else None


def _calls(session: Session, opportunity_id: int) -> list[FollowUpCall]:
    return list(session.scalars(select(FollowUpCall).where(FollowUpCall.opportunity_id == opportunity_id)
                                .options(selectinload(FollowUpCall.attempts)).order_by(FollowUpCall.id)))


def call_context(workspace: Workspace, opportunity_id: int) -> CallContext:
    """Whom to call for this opportunity, their numbers, what was promised and every attempt so far."""
    with workspace.session() as session:
        opportunity = _opportunity(session, opportunity_id)
        last = _latest(opportunity)
        owner = process_owner(last) if last else None
        attempts = sorted((a for c in _calls(session, opportunity_id) for a in c.attempts), key=lambda a: a.called_at)
        due = None
        if last is not None:
            due = follow_up_due(last.ends_at or last.starts_at, last.decision_date, workspace.settings, workspace.zone)
        return CallContext(
            opportunity_id=opportunity.id, company=opportunity.company, role=opportunity.role,
            status=opportunity.status, contact_id=owner.id if owner else None,
            contact_name=owner.full_name if owner else "", contact_title=owner.title if owner else "",
            phones=phone_lines(owner, workspace.settings.default_phone_region),
            promised=last.decision_date if last else None, next_steps=last.next_steps if last else "", due=due,
            attempts=tuple(AttemptView(a.called_at, a.outcome, a.notes, a.feedback, a.next_date) for a in attempts))


def log_attempt(workspace: Workspace, opportunity_id: int, called_at: datetime, outcome: CallOutcome,
                notes: str = "", feedback: str = "", next_date: date | None = None) -> Created:
    """Keep one call attempt (the id created) and let its outcome move the opportunity on."""
    if called_at.tzinfo is None:
        raise CallError(english("The call time has no time zone."))
    now = workspace.now()
    if called_at > now + _CLOCK_SLACK:
        raise CallError(Message("The call time {when} is in the future; log a call once it has been made.",
                                when=called_at.astimezone(workspace.zone)))
    if next_date is not None and next_date < called_at.astimezone(workspace.zone).date():
        raise CallError(Message("The next date {day} is before the call itself.", day=next_date))
    with workspace.session() as session:
        opportunity = _opportunity(session, opportunity_id)
        last = _latest(opportunity)
        calls = _calls(session, opportunity_id)
        call = calls[-1] if calls else None
        if call is None:
            owner = process_owner(last) if last else None
            planned = called_at.astimezone(workspace.zone).date()
            if last is not None:
                planned = follow_up_due(last.ends_at or last.starts_at, last.decision_date, workspace.settings,
                                        workspace.zone).date()
            call = FollowUpCall(opportunity_id=opportunity_id, interview_id=last.id if last else None,
                                contact_id=owner.id if owner else None, planned_on=planned)
            session.add(call)
        attempt = CallAttempt(called_at=called_at, outcome=outcome, notes=notes.strip(), feedback=feedback.strip(),
                              next_date=next_date)
        call.attempts.append(attempt)
        if next_date is not None:
            call.planned_on = next_date
        _apply_outcome(session, opportunity, attempt, called_at.astimezone(workspace.zone).date(), now)
        session.flush()
        return Created(attempt.id, ChangeSet.of(RecordKind.CALL, [call.id])
                       | ChangeSet.of(RecordKind.OPPORTUNITY, [opportunity_id]))


def _apply_outcome(session: Session, opportunity: Opportunity, attempt: CallAttempt, called_on: date,
                   now: datetime) -> None:
    if attempt.feedback:
        # Feedback is kept on the opportunity itself, where it stays visible after it closes: the day as the user
        # lived it (a call at 23:30 in Berlin is not the next day's), written as the rest of the notes are typed.
        heard = f"Feedback from the call on {english_date(called_on)}: {attempt.feedback}"
        opportunity.notes = f"{opportunity.notes.rstrip()}\n\n{heard}".strip()
    status = {CallOutcome.ANOTHER_DIRECTION: OpportunityStatus.REJECTED,
              CallOutcome.OFFER: OpportunityStatus.OFFER}.get(attempt.outcome)
    if status is not None:
        log_status(session, opportunity, status, now)


def move_on(workspace: Workspace, opportunity_id: int) -> ChangeSet:
    """Close an opportunity that went silent as 'no response'."""
    with workspace.session() as session:
        opportunity = _opportunity(session, opportunity_id)
        if not opportunity.status.is_open:
            raise CallError(Message("{company} is already closed as {status}.", company=opportunity.company,
                                    status=Lowered(opportunity.status.label)))
        log_status(session, opportunity, OpportunityStatus.NO_RESPONSE, workspace.now())
    return ChangeSet.of(RecordKind.OPPORTUNITY, [opportunity_id])


def timeline(workspace: Workspace, opportunity_id: int) -> list[TimelineEntry]:
    """Interviews, notes sent, calls and status changes of one opportunity, oldest first."""
    with workspace.session() as session:
        opportunity = session.get(Opportunity, opportunity_id, options=[
            selectinload(Opportunity.interviews).selectinload(Interview.people).selectinload(MeetingNote.contact),
            selectinload(Opportunity.interviews).selectinload(Interview.notes),
            selectinload(Opportunity.status_changes)])
        if opportunity is None:
            raise CallError(Message("There is no opportunity with id {id}.", id=opportunity_id))
        entries = [TimelineEntry(c.changed_at, "status", Message("Status: {status}", status=c.status.label))
                   for c in opportunity.status_changes]
        for interview in opportunity.interviews:
            names = ", ".join(m.contact.full_name for m in interview.people)
            title = (Message("{kind} interview (cancelled)", kind=interview.kind.label) if interview.cancelled
                     else Message("{kind} interview", kind=interview.kind.label))
            entries.append(TimelineEntry(interview.starts_at, "interview", title,
                                         Message("with {names}", names=names) if names else ""))
            entries.extend(TimelineEntry(n.sent_at, "note", Message("Thank-you note sent to {name}",
                                                                    name=n.contact.full_name),
                                         SENT_BY[n.channel])
                           for n in interview.notes if n.sent_at is not None)
        for call in _calls(session, opportunity_id):
            for a in call.attempts:
                said = [p for p in (a.notes, Message("Feedback: {feedback}", feedback=a.feedback) if a.feedback
                                    else "", Message("Next: {day}", day=a.next_date) if a.next_date else "") if p]
                title = (Message("Call to {name}: {outcome}", name=call.contact.full_name, outcome=a.outcome.label)
                         if call.contact else Message("Call to them: {outcome}", outcome=a.outcome.label))
                entries.append(TimelineEntry(a.called_at, "call", title, together(said, "; ")))
        return sorted(entries, key=lambda e: e.when)
