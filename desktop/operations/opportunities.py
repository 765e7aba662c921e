"""Use cases of the pipeline: opportunities, their status, their interviews, and the candidate's own dates."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased, selectinload

from desktop.core import deadlines, timeline
from desktop.core.agenda import AttemptFact, plan_call
from desktop.core.domain import InterviewKind, NoteChannel, NoteState, OpportunityStatus
from desktop.core.messages import Message, english
from desktop.operations.agenda import call_attempts
from desktop.operations.changes import NOTHING, ChangeSet, Created, RecordKind
from desktop.operations.workspace import Workspace
from desktop.storage import kept_rows
from desktop.storage.models import (
    Contact,
    FollowUpCall,
    Interview,
    MeetingNote,
    Opportunity,
    PersonalDate,
    StatusChange,
    ThankYouNote,
)


@dataclass(frozen=True)
class Target:
    """What to open on the Opportunities page: an opportunity, and one of its interviews when given."""

    opportunity_id: int | None
    interview_id: int | None = None


@dataclass(frozen=True)
class PersonMet:
    contact_id: int
    name: str
    title: str = ""


@dataclass(frozen=True)
class InterviewRow:
    id: int
    opportunity_id: int
    starts_at: datetime
    ends_at: datetime | None
    time_zone: str
    kind: InterviewKind
    all_day: bool = False
    zone_guessed: bool = False  # imported with a guessed zone; the user has not chosen one yet
    location: str = ""
    video_link: str = ""
    next_steps: str = ""
    decision_date: date | None = None
    process_owner_id: int | None = None
    process_owner: str = ""
    cancelled: bool = False
    people: tuple[PersonMet, ...] = ()
    notes_sent: int = 0  # people whose note is done (sent, or a handwritten card posted)
    notes_ready: int = 0
    notes_done: frozenset[int] = frozenset()  # the contact ids of those people
    notes_scheduled: tuple[tuple[int, datetime], ...] = ()  # contact id and when the app is to send their note

    @property
    def awaiting_note(self) -> tuple[PersonMet, ...]:
        """The people met whose thank-you note is not done yet."""
        return tuple(p for p in self.people if p.contact_id not in self.notes_done)

    @property
    def notes_summary(self) -> str:
        """'2 of 3 sent, 1 ready' or 'no one recorded yet'."""
        if not self.people:
            return english("No one recorded yet")
        if self.notes_ready:
            return Message("{sent} of {people} sent, {ready} ready", sent=self.notes_sent, people=len(self.people),
                           ready=self.notes_ready)
        return Message("{sent} of {people} sent", sent=self.notes_sent, people=len(self.people))


@dataclass(frozen=True)
class StatusRow:
    status: OpportunityStatus
    changed_at: datetime


@dataclass(frozen=True)
class OpportunityRow:
    id: int
    company: str
    role: str
    posting_url: str
    status: OpportunityStatus
    why_fit: str = ""
    notes: str = ""
    interviews: tuple[InterviewRow, ...] = ()
    history: tuple[StatusRow, ...] = ()
    next_what: str = ""  # 'Interview', 'Decision expected', 'Follow-up call'
    next_on: date | None = None
    conflicts: tuple[str, ...] = ()

    @property
    def notes_pending(self) -> int:
        return sum(len(i.people) - i.notes_sent for i in self.interviews if not i.cancelled)


@dataclass(frozen=True)
class PersonalDateRow:
    id: int
    label: str
    on_date: date
    opportunity_id: int | None = None
    company: str = ""  # of the opportunity it belongs to


@dataclass
class InterviewInput:
    """What the interview editor saves: aware start and end, the IANA zone they were set in, and the rest."""

    starts_at: datetime
    ends_at: datetime | None
    time_zone: str
    kind: InterviewKind = InterviewKind.VIDEO
    location: str = ""
    video_link: str = ""
    next_steps: str = ""
    decision_date: date | None = None
    process_owner_id: int | None = None

    def check(self) -> None:
        """Raise ValueError with a plain message when the times or the zone cannot be used."""
        for what, value in ((english("the interview start has no time zone"), self.starts_at),
                            (english("the interview end has no time zone"), self.ends_at)):
            if value is not None and (value.tzinfo is None or value.utcoffset() is None):
                raise ValueError(what)
        if self.ends_at is not None and self.ends_at <= self.starts_at:
            raise ValueError(english("the interview ends before it starts"))
        try:
            ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(Message("'{zone}' is not a time zone name like Europe/Berlin",
                                     zone=self.time_zone)) from None


def _note_done(state: NoteState, channel: NoteChannel, posted: bool) -> bool:
    return state is NoteState.SENT or (channel is NoteChannel.HANDWRITTEN and posted)


def _load_interviews(session: Session, *where: ColumnElement[bool]) -> list[InterviewRow]:
    """Interviews as plain rows, by start, in three column queries (no ORM objects: ten times faster)."""
    owner = aliased(Contact)
    found = session.execute(
        select(Interview.id, Interview.opportunity_id, Interview.starts_at, Interview.ends_at, Interview.time_zone,
               Interview.zone_guessed, Interview.kind, Interview.all_day, Interview.location, Interview.video_link,
               Interview.next_steps,
               Interview.decision_date, Interview.process_owner_id, owner.full_name.label("owner"),
               Interview.cancelled)
        .outerjoin(owner, owner.id == Interview.process_owner_id).where(*where)
        .order_by(Interview.starts_at, Interview.id)).all()
    people: dict[int, list[PersonMet]] = defaultdict(list)
    for person in session.execute(
            select(MeetingNote.interview_id, Contact.id, Contact.full_name, Contact.title)
            .join(Contact, Contact.id == MeetingNote.contact_id)
            .join(Interview, Interview.id == MeetingNote.interview_id).where(*where)
            .order_by(MeetingNote.interview_id, MeetingNote.position)):
        people[person.interview_id].append(PersonMet(person.id, person.full_name, person.title))
    notes: dict[int, dict[int, tuple[NoteState, bool]]] = defaultdict(dict)
    scheduled: dict[int, list[tuple[int, datetime]]] = defaultdict(list)
    for note in session.execute(
            select(ThankYouNote.interview_id, ThankYouNote.contact_id, ThankYouNote.state, ThankYouNote.channel,
                   ThankYouNote.posted, ThankYouNote.scheduled_at)
            .join(Interview, Interview.id == ThankYouNote.interview_id).where(*where)):
        notes[note.interview_id][note.contact_id] = (
            note.state, _note_done(note.state, note.channel, note.posted))
        if note.scheduled_at is not None:
            scheduled[note.interview_id].append((note.contact_id, note.scheduled_at))
    rows = []
    for i in found:
        met, states = tuple(people.get(i.id, ())), notes.get(i.id, {})
        done = frozenset(p.contact_id for p in met if states.get(p.contact_id, (None, False))[1])
        ready = sum(1 for p in met if states.get(p.contact_id) == (NoteState.READY, False))
        rows.append(InterviewRow(
            id=i.id, opportunity_id=i.opportunity_id, starts_at=i.starts_at, ends_at=i.ends_at,
            time_zone=i.time_zone, kind=i.kind, zone_guessed=i.zone_guessed, all_day=i.all_day, location=i.location,
            video_link=i.video_link,
            next_steps=i.next_steps, decision_date=i.decision_date, process_owner_id=i.process_owner_id,
            process_owner=i.owner or "", cancelled=i.cancelled, people=met, notes_sent=len(done), notes_ready=ready,
            notes_done=done, notes_scheduled=tuple(scheduled.get(i.id, ()))))
    return rows


def _last_live(rows: tuple[InterviewRow, ...]) -> InterviewRow | None:
    live = [i for i in rows if not i.cancelled]
    return max(live, key=lambda i: i.starts_at) if live else None


def _next(status: OpportunityStatus, rows: tuple[InterviewRow, ...], workspace: Workspace,
          attempts: list[AttemptFact]) -> tuple[str, date | None]:
    """The next thing that happens in an open opportunity: its next interview, the promised decision, or the call
    (after the calls logged, as on Today: "still deciding, call back on the 11th" moves it to the 11th)."""
    if not status.is_open:
        return "", None
    now, zone = workspace.now(), workspace.zone
    upcoming = [i for i in rows if not i.cancelled and i.starts_at >= now]
    if upcoming:
        return english("Interview"), min(i.starts_at for i in upcoming).astimezone(zone).date()
    last = _last_live(rows)
    if last is None:
        return "", None
    today = now.astimezone(zone).date()
    if last.decision_date is not None and last.decision_date >= today:
        return english("Decision expected"), last.decision_date
    plan = plan_call(last.ends_at or last.starts_at, last.decision_date, attempts, workspace.settings, zone)
    if plan is None:
        return "", None  # someone answered: the status says what comes next
    return english("Follow-up call"), plan.due.astimezone(zone).date()


def expectations(workspace: Workspace, rows: list[OpportunityRow]) -> list[timeline.Expectation]:
    """When each open opportunity with interviews is expected to decide (for the timeline rule)."""
    out = []
    zone = workspace.zone
    for row in rows:
        last = _last_live(row.interviews)
        if not row.status.is_open or row.status is OpportunityStatus.OFFER or last is None:
            continue
        derived = deadlines.derive(last.starts_at, last.ends_at, last.decision_date, workspace.settings, zone)
        call_on = derived.follow_up_due.astimezone(zone).date() if derived.follow_up_due else None
        found = timeline.expected_on(last.decision_date, call_on)
        if found is not None:
            out.append(timeline.Expectation(row.id, row.company, found[0], found[1]))
    return out


def list_opportunities(workspace: Workspace) -> list[OpportunityRow]:
    """Every opportunity with its interviews, status history, next date and timeline flags, by company."""
    with workspace.session() as session:
        interviews: dict[int, list[InterviewRow]] = defaultdict(list)
        for interview in _load_interviews(session):
            interviews[interview.opportunity_id].append(interview)
        history: dict[int, list[StatusRow]] = defaultdict(list)
        for change in session.execute(select(StatusChange.opportunity_id, StatusChange.status, StatusChange.changed_at)
                                      .order_by(StatusChange.changed_at, StatusChange.id)):
            history[change.opportunity_id].append(StatusRow(change.status, change.changed_at))
        loaded = session.execute(select(
            Opportunity.id, Opportunity.company, Opportunity.role, Opportunity.posting_url, Opportunity.status,
            Opportunity.why_fit, Opportunity.notes).order_by(Opportunity.company, Opportunity.id)).all()
        own = _own_dates(session)
        attempts = call_attempts(session.connection())
    rows = []
    for opp in loaded:
        mine = tuple(interviews.get(opp.id, ()))
        next_what, next_on = _next(opp.status, mine, workspace, attempts.get(opp.id, []))
        rows.append(OpportunityRow(
            id=opp.id, company=opp.company, role=opp.role, posting_url=opp.posting_url, status=opp.status,
            why_fit=opp.why_fit, notes=opp.notes, interviews=mine, history=tuple(history.get(opp.id, ())),
            next_what=next_what, next_on=next_on))
    flags = timeline.conflicts(expectations(workspace, rows), own, workspace.now().astimezone(workspace.zone).date())
    return [OpportunityRow(**{**r.__dict__, "conflicts": tuple(flags.get(r.id, ()))}) if r.id in flags else r
            for r in rows]


def get_opportunity(workspace: Workspace, opportunity_id: int) -> OpportunityRow:
    for row in list_opportunities(workspace):
        if row.id == opportunity_id:
            return row
    raise LookupError(Message("opportunity {id} does not exist", id=opportunity_id))


def _clean(company: str, role: str) -> tuple[str, str]:
    company, role = company.strip(), role.strip()
    if not company:
        raise ValueError(english("an opportunity needs a company"))
    if not role:
        raise ValueError(english("an opportunity needs a role"))
    return company, role


def add_opportunity(workspace: Workspace, company: str, role: str, posting_url: str = "", why_fit: str = "",
                    status: OpportunityStatus = OpportunityStatus.APPLIED) -> Created:
    """Save a new opportunity and log its first status."""
    company, role = _clean(company, role)
    with workspace.session() as session:
        opp = Opportunity(company=company, role=role, posting_url=posting_url.strip(), why_fit=why_fit.strip(),
                          status=status)
        opp.status_changes.append(StatusChange(status=status, changed_at=workspace.now()))
        session.add(opp)
        session.flush()
        return Created.of(RecordKind.OPPORTUNITY, opp.id)


def _opportunity(session: Session, opportunity_id: int) -> Opportunity:
    opp = session.get(Opportunity, opportunity_id)
    if opp is None:
        raise LookupError(Message("opportunity {id} does not exist", id=opportunity_id))
    return opp


def update_opportunity(workspace: Workspace, opportunity_id: int, company: str, role: str, posting_url: str = "",
                       why_fit: str = "") -> ChangeSet:
    company, role = _clean(company, role)
    with workspace.session() as session:
        opp = _opportunity(session, opportunity_id)
        opp.company, opp.role, opp.posting_url, opp.why_fit = company, role, posting_url.strip(), why_fit.strip()
    return ChangeSet.of(RecordKind.OPPORTUNITY, [opportunity_id])


def set_status(workspace: Workspace, opportunity_id: int, status: OpportunityStatus) -> ChangeSet:
    """Move an opportunity to `status`, logging the change with the time; nothing changed when it already had it."""
    with workspace.session() as session:
        if log_status(session, _opportunity(session, opportunity_id), status, workspace.now()) is None:
            return NOTHING
    return ChangeSet.of(RecordKind.OPPORTUNITY, [opportunity_id])


def log_status(session: Session, opportunity: Opportunity, status: OpportunityStatus,
               now: datetime) -> StatusChange | None:
    """Set the status and add it to the opportunity's history; the history entry, None when it had it already."""
    if opportunity.status is status:
        return None
    opportunity.status = status
    change = StatusChange(opportunity=opportunity, status=status, changed_at=now)
    session.add(change)
    return change


def _apply(interview: Interview, data: InterviewInput) -> None:
    data.check()
    interview.starts_at, interview.ends_at, interview.time_zone = data.starts_at, data.ends_at, data.time_zone
    interview.zone_guessed = False  # saved from the editor: the zone is the one the user chose
    interview.kind, interview.location, interview.video_link = data.kind, data.location.strip(), data.video_link.strip()
    interview.next_steps, interview.decision_date = data.next_steps.strip(), data.decision_date
    interview.process_owner_id = data.process_owner_id


def add_interview(workspace: Workspace, opportunity_id: int, data: InterviewInput) -> Created:
    """Save a new interview in an opportunity (which may move it to "interviewing")."""
    with workspace.session() as session:
        opportunity = _opportunity(session, opportunity_id)
        interview = Interview(opportunity_id=opportunity_id)
        _apply(interview, data)
        session.add(interview)
        log_status(session, opportunity, opportunity.status.with_interview(), workspace.now())
        session.flush()
        return Created(interview.id, ChangeSet.of(RecordKind.INTERVIEW, [interview.id])
                       | ChangeSet.of(RecordKind.OPPORTUNITY, [opportunity_id]))


def _interview(session: Session, interview_id: int) -> Interview:
    interview = session.get(Interview, interview_id)
    if interview is None:
        raise LookupError(Message("interview {id} does not exist", id=interview_id))
    return interview


def update_interview(workspace: Workspace, interview_id: int, data: InterviewInput) -> ChangeSet:
    with workspace.session() as session:
        interview = _interview(session, interview_id)
        _apply(interview, data)
        interview.ical_sequence += 1  # a changed meeting is a new revision for calendar exports
    return ChangeSet.of(RecordKind.INTERVIEW, [interview_id])


def get_interview(workspace: Workspace, interview_id: int) -> InterviewRow:
    with workspace.session() as session:
        found = _load_interviews(session, Interview.id == interview_id)
    if not found:
        raise LookupError(Message("interview {id} does not exist", id=interview_id))
    return found[0]


def cancel_interview(workspace: Workspace, interview_id: int, cancelled: bool = True) -> ChangeSet:
    """Mark an interview cancelled (or back on); its deadlines leave the agenda and the calendar."""
    with workspace.session() as session:
        interview = _interview(session, interview_id)
        interview.cancelled = cancelled
        interview.ical_sequence += 1
    return ChangeSet.of(RecordKind.INTERVIEW, [interview_id])


# What goes with an interview (its people met and notes), and the calls that pointed at it, left without it.
_INTERVIEW_OWNED: kept_rows.Links = ((MeetingNote, "interview_id"), (ThankYouNote, "interview_id"))
_INTERVIEW_POINTERS: kept_rows.Links = ((FollowUpCall, "interview_id"),)


def delete_interview(workspace: Workspace, interview_id: int) -> ChangeSet:
    """Remove an interview with its meeting notes and thank-you notes. One sync has sent is kept until the server's
    event goes too: the phone may have moved it meanwhile, and the user may want it back (desktop/storage/
    kept_rows.py)."""
    with workspace.session() as session:
        interview = _interview(session, interview_id)
        if kept_rows.synced(session, kept_rows.INTERVIEW, interview_id):
            kept_rows.keep(session, kept_rows.capture(session, interview, _INTERVIEW_OWNED, _INTERVIEW_POINTERS))
        session.delete(interview)
    return _deleted_or_back(interview_id)


def restore_interview(workspace: Workspace, interview_id: int) -> ChangeSet:
    """Bring a deleted interview back as it was kept (its id, people met and notes); LookupError when nothing was
    kept of it or its opportunity is gone too."""
    with workspace.session() as session:
        kept = kept_rows.kept(session, kept_rows.INTERVIEW, interview_id)
        if kept is None:
            raise LookupError(Message("Nothing was kept of interview {id} to bring it back", id=interview_id))
        kept_rows.restore(session, kept)
    return _deleted_or_back(interview_id)


def _deleted_or_back(interview_id: int) -> ChangeSet:
    return ChangeSet.of(RecordKind.INTERVIEW, [interview_id]) | ChangeSet.of(RecordKind.NOTE) | \
        ChangeSet.of(RecordKind.CALL)


def people_met(workspace: Workspace, interview_id: int) -> list[PersonMet]:
    return list(get_interview(workspace, interview_id).people)


def contact_choices(workspace: Workspace, opportunity_id: int | None) -> list[PersonMet]:
    """Contacts for the process-owner picker: people met in this opportunity first, then everyone else."""
    with workspace.session() as session:
        met_ids = set()
        if opportunity_id is not None:
            met_ids = set(session.scalars(select(MeetingNote.contact_id).join(Interview)
                                          .where(Interview.opportunity_id == opportunity_id)))
        contacts = session.execute(select(Contact.id, Contact.full_name, Contact.title)
                                   .order_by(Contact.full_name)).all()
    people = [PersonMet(c.id, c.full_name, c.title) for c in contacts]
    return [p for p in people if p.contact_id in met_ids] + [p for p in people if p.contact_id not in met_ids]


def _own_dates(session: Session) -> list[timeline.OwnDate]:
    return [timeline.OwnDate(d.label, d.on_date, d.opportunity_id) for d in session.scalars(select(PersonalDate))]


# The candidate's own dates have no kind of their own: they show with the opportunities, whose conflicts they make.
_DATES = ChangeSet.of(RecordKind.OPPORTUNITY)


def list_personal_dates(workspace: Workspace) -> list[PersonalDateRow]:
    """The candidate's own dates, earliest first."""
    with workspace.session() as session:
        dates = session.scalars(select(PersonalDate).order_by(PersonalDate.on_date, PersonalDate.id)
                                .options(selectinload(PersonalDate.opportunity))).all()
        return [PersonalDateRow(d.id, d.label, d.on_date, d.opportunity_id,
                                d.opportunity.company if d.opportunity else "") for d in dates]


def add_personal_date(workspace: Workspace, label: str, on_date: date, opportunity_id: int | None = None) -> Created:
    """Add one of the candidate's own dates ('Offer from X expires'); they are listed with the opportunities."""
    label = label.strip()
    if not label:
        raise ValueError(english("say what the date is, e.g. 'Offer from Lumen expires'"))
    with workspace.session() as session:
        if opportunity_id is not None:
            _opportunity(session, opportunity_id)
        item = PersonalDate(label=label, on_date=on_date, opportunity_id=opportunity_id)
        session.add(item)
        session.flush()
        return Created(item.id, _DATES)


def remove_personal_date(workspace: Workspace, personal_date_id: int) -> ChangeSet:
    with workspace.session() as session:
        item = session.get(PersonalDate, personal_date_id)
        if item is None:
            raise LookupError(Message("personal date {id} does not exist", id=personal_date_id))
        session.delete(item)
    return _DATES


def timeline_conflicts(workspace: Workspace) -> dict[int, list[str]]:
    """Opportunity id -> reasons its expected decision falls after one of the candidate's own dates."""
    return {row.id: list(row.conflicts) for row in list_opportunities(workspace) if row.conflicts}
