"""Importing interview invitations from .ics files."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.cards import ImportProblem
from desktop.core.domain import CaptureMethod, OpportunityStatus
from desktop.core.interview_likeness import Likeness, rate
from desktop.core.invitation_rules import guess_company, guess_kind, guess_role, name_from_email
from desktop.core.invites import InviteEvent, Person, read_invites
from desktop.core.messages import Message, english
from desktop.core.person_names import split_name
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.operations.import_batches import BatchRecorder
from desktop.operations.opportunities import log_status
from desktop.operations.progress import NO_PROGRESS, Progress
from desktop.operations.transfer_types import ImportSummary, InvitePreview, TransferError
from desktop.operations.vcard_transfer import read_file
from desktop.operations.workspace import Workspace
from desktop.storage.models import (
    Base,
    Contact,
    ContactEmail,
    Interview,
    MeetingNote,
    Opportunity,
    StatusChange,
)


def read_calendar_file(workspace: Workspace, path: Path, *, progress: Progress = NO_PROGRESS,
                       content: bytes | None = None) -> InvitePreview:
    """Read an .ics file once and weigh each event as an interview or not; nothing is written.

    `content` is the calendar when it was not read from `path` itself (the invitations in an email); `path`
    still names the import."""
    progress.update(0, 0, path.name)
    try:
        data = read_file(path) if content is None else content
        result = read_invites(data, path.name, own_email=workspace.settings.your_email, now=workspace.now(),
                              default_zone=workspace.zone.key)
    except ImportProblem as problem:
        raise TransferError(problem.args[0]) from None
    progress.update(0, 0, path.name)
    with workspace.session() as session:
        known = frozenset(session.scalars(select(Interview.ical_uid).where(Interview.ical_uid != "")))
    weighed = rate(result.events, workspace.settings.your_email, workspace.now(), known)
    return InvitePreview(path.name, result.events, weighed, list(result.problems))


def import_invites(workspace: Workspace, path: Path, *, progress: Progress = NO_PROGRESS,
                   take_all: bool = False, content: bytes | None = None) -> ImportSummary:
    """Create or update interviews from an invitation file (matched by UID); a cancellation marks them cancelled.

    From a file of several events (a whole calendar) only those that look like current interviews are taken,
    the others listed in `left_out`, unless `take_all`. `content`: as for read_calendar_file.
    """
    preview = read_calendar_file(workspace, path, progress=progress, content=content)
    every = take_all or not preview.needs_choice
    return import_chosen(workspace, preview, range(len(preview.events)) if every else preview.default_choice(),
                         progress=progress)


def import_chosen(workspace: Workspace, preview: InvitePreview, positions: Iterable[int], *,
                  progress: Progress = NO_PROGRESS) -> ImportSummary:
    """Import the events of a file read before (by their positions in `preview.events`); the others are left out.

    Events the reader could not use are already reported in its problems; what remains is written in one
    transaction, so a failure part-way, or a Cancelled raised by `progress` (told event by event), leaves the
    database as it was.
    """
    chosen = sorted(set(positions))
    summary = ImportSummary(problems=list(preview.problems))
    taken = set(chosen)
    summary.left_out = [_left_out(event, weighed, workspace.zone)
                        for position, (event, weighed) in enumerate(zip(preview.events, preview.likeness, strict=True))
                        if position not in taken]
    if not chosen:
        return summary
    # The write lock is taken before the invitations are matched, so two imports of one file cannot both
    # find it new.
    with workspace.write_session() as session:
        recorder = BatchRecorder(session)
        with session.no_autoflush:
            known = _Known(session, workspace, recorder)
            for number, position in enumerate(chosen):
                progress.update(number, len(chosen), preview.file_name)
                _import_event(known, preview.events[position], summary, preview.file_name)
        session.flush()
        for row in known.created:
            recorder.created(row.__tablename__, [row.id])  # type: ignore[attr-defined]
        summary.batch_id = recorder.finish(preview.file_name, summary.describe())
    summary.changes = known.changes()
    return summary


def event_when(event: InviteEvent, zone: ZoneInfo) -> date | datetime:
    """When the event is, in the user's zone; an all-day event by its date alone, as the file writes it (a Message
    writes either in the window's language)."""
    if event.all_day:
        return event.start.date()
    return event.start.astimezone(zone)


def event_title(event: InviteEvent) -> str:
    return " ".join(event.summary.split()) or english("(no title)")


def event_line(event: InviteEvent, zone: ZoneInfo) -> str:
    """'Tue 3 Mar 2026, 09:30 “Daily stand-up”': an event as a list names it."""
    return Message("{when} \u201c{title}\u201d", when=event_when(event, zone), title=event_title(event))


def _left_out(event: InviteEvent, weighed: Likeness, zone: ZoneInfo) -> str:
    if not weighed.interview:
        why = english("does not look like an interview")
    elif weighed.long_past:
        why = english("an interview, but long past")
    else:
        why = english("left unticked")
    return Message("not imported ({why}): {event}", why=why, event=event_line(event, zone))


class _Known:
    """What the database already holds, read once per import so that each event costs no query."""

    def __init__(self, session: Session, workspace: Workspace, recorder: BatchRecorder) -> None:
        self.session, self.workspace, self.recorder = session, workspace, recorder
        self.created: list[Base] = []  # in order of creation, each after what it belongs to
        self.written: list[Interview | Opportunity | Contact] = []  # what this import added or changed, for the screens
        self.interviews = {i.ical_uid: i for i in session.scalars(
            select(Interview).where(Interview.ical_uid != "").options(selectinload(Interview.people)))}
        self.contacts: dict[str, Contact | int] = {
            address.lower(): contact_id for address, contact_id in session.execute(
                select(ContactEmail.address, ContactEmail.contact_id).order_by(ContactEmail.id.desc()))}
        open_first = sorted(session.scalars(select(Opportunity)), key=lambda o: (not o.status.is_open, o.id))
        self.opportunities: dict[str, Opportunity] = {}
        for opportunity in open_first:
            self.opportunities.setdefault(opportunity.company.lower(), opportunity)

    def changes(self) -> ChangeSet:
        """The records written, by kind; read once the transaction has given the new ones their ids."""
        kinds = {Interview: RecordKind.INTERVIEW, Opportunity: RecordKind.OPPORTUNITY, Contact: RecordKind.CONTACT}
        ids: dict[RecordKind, set[int]] = defaultdict(set)
        for record in self.written:
            ids[kinds[type(record)]].add(record.id)
        return ChangeSet({kind: frozenset(found) for kind, found in ids.items()})

    def opportunity_for(self, event: InviteEvent, people: list[Person]) -> Opportunity:
        """The opportunity at the invitation's company (an open one first), or a new one."""
        companies = [o.company for o in self.opportunities.values()]
        company = guess_company(event.summary, [p.email for p in people], companies) or "Unknown company"
        found = self.opportunities.get(company.lower())
        if found is not None:
            status = found.status.with_interview()
            if status is not found.status:
                if found.id is not None:
                    self.recorder.watch("opportunity", [found.id])  # an undo puts its status back
                change = log_status(self.session, found, status, self.workspace.now())
                if change is not None:
                    self.created.append(change)
                self.written.append(found)
            return found
        opportunity = Opportunity(company=company, role=guess_role(event.summary, company) or event.summary,
                                  status=OpportunityStatus.INTERVIEWING)
        opportunity.status_changes.append(StatusChange(status=OpportunityStatus.INTERVIEWING,
                                                       changed_at=self.workspace.now()))
        self.add(opportunity, *opportunity.status_changes)
        self.opportunities[company.lower()] = opportunity
        return opportunity

    def contact_for(self, person: Person) -> Contact | int:
        """The contact (or its id) with this email address, or a new card made from the invitation."""
        key = person.email.lower()
        if key not in self.contacts:
            name = person.name or name_from_email(person.email)
            given, family = split_name(name)
            contact = Contact(full_name=name, given_name=given, family_name=family,
                              captured_by=CaptureMethod.CALENDAR)
            contact.emails = [ContactEmail(address=person.email, label="work", position=0)]
            self.add(contact)
            self.contacts[key] = contact
        return self.contacts[key]

    def add(self, *rows: Base) -> None:
        """New rows, recorded for undo."""
        self.session.add_all(rows)
        self.created += rows
        self.written += [row for row in rows if isinstance(row, Interview | Opportunity | Contact)]

    def watch(self, interview: Interview) -> None:
        """A stored interview about to change: its values are kept for undo."""
        if interview.id is not None:
            self.recorder.watch("interview", [interview.id])
            self.written.append(interview)


def _meeting_note(contact: Contact | int, position: int) -> MeetingNote:
    if isinstance(contact, int):
        return MeetingNote(contact_id=contact, position=position)
    return MeetingNote(contact=contact, position=position)


def _import_event(known: _Known, event: InviteEvent, summary: ImportSummary, source: str) -> None:
    existing = known.interviews.get(event.uid) if event.uid else None
    if event.cancelled:
        if existing is None:
            summary.skipped += 1
            summary.problems.append(Message("{source}: '{title}' cancels an interview that is not in Afterview; "
                                            "nothing to do", source=source, title=event.summary))
        elif existing.cancelled:
            summary.unchanged += 1
        else:
            known.watch(existing)
            existing.cancelled = True
            summary.updated += 1
        return
    if existing is not None and event.sequence < existing.ical_sequence:
        summary.unchanged += 1  # an older copy of an invitation already updated
        return
    people = [p for p in ([event.organizer] if event.organizer else []) + event.attendees if p.email]
    created = existing is None
    if existing is None:
        existing = Interview(opportunity=known.opportunity_for(event, people), ical_uid=event.uid)
        known.add(existing)
        if event.uid:
            known.interviews[event.uid] = existing
    known.watch(existing)
    if event.zone_guessed and not created and not existing.zone_guessed:
        event = _in_chosen_zone(event, existing.time_zone)
    changed = False
    values = {"starts_at": event.start, "ends_at": event.end or event.start + timedelta(hours=1),
              "time_zone": event.time_zone, "zone_guessed": event.zone_guessed, "all_day": event.all_day,
              "location": event.location, "video_link": event.video_link, "ical_sequence": event.sequence,
              "cancelled": False,
              "kind": guess_kind(event.summary, event.location, event.video_link, len(event.attendees))}
    for name, value in values.items():
        if getattr(existing, name) != value:
            setattr(existing, name, value)
            changed = True
    # A person is known by their contact id, or, for a card made by this import (no id before the flush that
    # ends it), by the object itself.
    met_ids = {m.contact_id if m.contact_id is not None else id(m.contact) for m in existing.people}
    for person in people:
        contact = known.contact_for(person)
        key = contact if isinstance(contact, int) else id(contact)
        if key not in met_ids:
            note = _meeting_note(contact, len(existing.people))
            existing.people.append(note)
            known.add(note)
            met_ids.add(key)
            changed = True
    if event.zone_guessed:
        summary.zones_guessed += 1
    if created:
        summary.added += 1
    elif changed:
        summary.updated += 1
    else:
        summary.unchanged += 1


def _in_chosen_zone(event: InviteEvent, zone_name: str) -> InviteEvent:
    """An invitation whose zone is a guess, read in the zone the user already chose for its interview: the user's
    answer is theirs, and a later copy of the same invitation does not ask the question again."""
    zone = ZoneInfo(zone_name)
    start = event.start.replace(tzinfo=None).replace(tzinfo=zone)
    end = event.end.replace(tzinfo=None).replace(tzinfo=zone) if event.end is not None else None
    return replace(event, start=start, end=end, time_zone=zone_name, zone_guessed=False)

