"""Importing interview invitations from .ics files and exporting interviews and deadlines to one."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desktop.core.agenda import ItemKind
from desktop.core.cards import ImportProblem
from desktop.core.domain import CaptureMethod, OpportunityStatus
from desktop.core.invitation_rules import guess_company, guess_kind, guess_role, name_from_email
from desktop.core.invites import ExportEvent, InviteEvent, Person, read_invites, write_calendar
from desktop.operations.agenda import agenda
from desktop.operations.transfer_types import ImportSummary, TransferError
from desktop.operations.vcard_transfer import read_file, write_file_atomically
from desktop.operations.workspace import Workspace
from desktop.storage.models import (
    Contact,
    ContactEmail,
    Interview,
    MeetingNote,
    Opportunity,
    StatusChange,
)

UID_DOMAIN = "afterview.local"
ALARMS = {ItemKind.NOTE: [12 * 60, 120], ItemKind.CALL: [15], ItemKind.MOVE_ON: [0]}


def import_invites(workspace: Workspace, path: Path) -> ImportSummary:
    """Create or update interviews from invitations (matched by UID); a cancellation marks them cancelled."""
    try:
        result = read_invites(read_file(path), path.name, own_email=workspace.settings.your_email,
                              now=workspace.now(), default_zone=workspace.zone.key)
    except ImportProblem as problem:
        raise TransferError(str(problem)) from None
    summary = ImportSummary(problems=list(result.problems))
    with workspace.session() as session:
        for number, event in enumerate(result.events, start=1):
            try:
                with session.begin_nested():  # one event failing leaves the others and the database intact
                    _import_event(session, event, workspace, summary, path.name)
            except ValueError as error:
                summary.skipped += 1
                summary.problems.append(f"{path.name}, event {number} ('{event.summary}'): not imported: {error}")
    return summary


def _import_event(session: Session, event: InviteEvent, workspace: Workspace, summary: ImportSummary,
                  source: str) -> None:
    existing = session.scalar(select(Interview).where(Interview.ical_uid == event.uid)) if event.uid else None
    if event.cancelled:
        if existing is None:
            summary.skipped += 1
            summary.problems.append(f"{source}: '{event.summary}' cancels an interview that is not in Afterview; "
                                    "nothing to do")
        elif existing.cancelled:
            summary.unchanged += 1
        else:
            existing.cancelled = True
            summary.updated += 1
        return
    if existing is not None and event.sequence < existing.ical_sequence:
        summary.unchanged += 1  # an older copy of an invitation already updated
        return
    people = [p for p in ([event.organizer] if event.organizer else []) + event.attendees if p.email]
    created = existing is None
    if existing is None:
        existing = Interview(opportunity=_opportunity_for(session, event, people, workspace), ical_uid=event.uid)
        session.add(existing)
    changed = False
    values = {"starts_at": event.start, "ends_at": event.end or event.start + timedelta(hours=1),
              "time_zone": event.time_zone, "all_day": event.all_day, "location": event.location,
              "video_link": event.video_link, "ical_sequence": event.sequence, "cancelled": False,
              "kind": guess_kind(event.summary, event.location, event.video_link, len(event.attendees))}
    for name, value in values.items():
        if getattr(existing, name) != value:
            setattr(existing, name, value)
            changed = True
    met = {m.contact_id for m in existing.people}
    for person in people:
        contact = _contact_for(session, person)
        if contact.id not in met:
            existing.people.append(MeetingNote(contact=contact, position=len(existing.people)))
            met.add(contact.id)
            changed = True
    session.flush()
    if created:
        summary.added += 1
    elif changed:
        summary.updated += 1
    else:
        summary.unchanged += 1


def _opportunity_for(session: Session, event: InviteEvent, people: list[Person], workspace: Workspace) -> Opportunity:
    """The open opportunity at the invitation's company, or a new one."""
    companies = list(session.scalars(select(Opportunity.company).distinct()))
    company = guess_company(event.summary, [p.email for p in people], companies) or "Unknown company"
    found = session.scalar(select(Opportunity).where(func.lower(Opportunity.company) == company.lower())
                           .order_by(Opportunity.status.in_([s for s in OpportunityStatus if s.is_open]).desc()))
    if found is not None:
        return found
    opportunity = Opportunity(company=company, role=guess_role(event.summary, company) or event.summary,
                              status=OpportunityStatus.INTERVIEWING)
    opportunity.status_changes.append(StatusChange(status=OpportunityStatus.INTERVIEWING, changed_at=workspace.now()))
    session.add(opportunity)
    return opportunity


def _contact_for(session: Session, person: Person) -> Contact:
    """The contact with this email address, or a new card made from the invitation."""
    found = session.scalar(select(Contact).join(ContactEmail)
                           .where(func.lower(ContactEmail.address) == person.email.lower()))
    if found is not None:
        return found
    name = person.name or name_from_email(person.email)
    given, _, family = name.partition(" ")
    contact = Contact(full_name=name, given_name=given, family_name=family, captured_by=CaptureMethod.CALENDAR)
    contact.emails = [ContactEmail(address=person.email, label="work", position=0)]
    session.add(contact)
    session.flush()
    return contact


def export_calendar(workspace: Workspace, path: Path) -> int:
    """Interviews and open deadlines as events with reminders; UIDs are stable so a re-export updates."""
    events: list[ExportEvent] = []
    with workspace.session() as session:
        interviews = session.scalars(select(Interview).where(Interview.cancelled.is_(False))
                                     .options(selectinload(Interview.opportunity),
                                              selectinload(Interview.people).selectinload(MeetingNote.contact)))
        for interview in interviews:
            opportunity = interview.opportunity
            names = ", ".join(m.contact.full_name for m in interview.people)
            events.append(ExportEvent(
                uid=f"interview-{interview.id}@{UID_DOMAIN}",
                summary=f"Interview: {opportunity.company} — {opportunity.role}",
                start=interview.starts_at, end=interview.ends_at, all_day=interview.all_day,
                description=f"{interview.kind.label} interview" + (f" with {names}" if names else ""),
                location=interview.location, url=interview.video_link, alarm_minutes_before=[60, 15],
                categories=["Afterview", "Interview"]))
    for item in agenda(workspace):
        if item.kind is ItemKind.INTERVIEW:
            continue
        events.append(ExportEvent(
            uid=f"{item.key.replace(':', '-')}@{UID_DOMAIN}", summary=item.title, description=item.detail,
            start=item.due, end=item.due + timedelta(minutes=30), alarm_minutes_before=ALARMS[item.kind],
            categories=["Afterview", item.kind.value.replace("_", " ").title()]))
    write_file_atomically(path, write_calendar(events))
    return len(events)
