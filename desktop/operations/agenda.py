"""The Today list and what the candidate does with its items (snooze, dismiss)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Row, and_, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.agenda import (
    AgendaItem,
    AttemptFact,
    InterviewFact,
    OpportunityFact,
    PersonFact,
    ReminderMark,
    build_agenda,
    changes_after,
    within,
)
from desktop.core.domain import OpportunityStatus
from desktop.core.process_owner import choose_process_owner
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.operations.workspace import Workspace
from desktop.storage import agenda_cache
from desktop.storage.models import (
    CallAttempt,
    Contact,
    DataGeneration,
    FollowUpCall,
    Interview,
    MeetingNote,
    Opportunity,
    ReminderState,
    ThankYouNote,
)

OPEN_STATUSES = [s for s in OpportunityStatus if s.is_open]
# Read as plain columns from the tables: ORM objects cost about five times as much on 2,000 interviews, and
# the ORM's one-off mapper set-up (~100 ms) is left to the first page that needs it, after start-up.
CONTACT, OPPORTUNITY, INTERVIEW = Contact.__table__, Opportunity.__table__, Interview.__table__
MET, NOTE, CALL, ATTEMPT = MeetingNote.__table__, ThankYouNote.__table__, FollowUpCall.__table__, CallAttempt.__table__
REMINDER, GENERATION = ReminderState.__table__, DataGeneration.__table__


def _people(connection: Connection) -> tuple[dict[int, list[PersonFact]], dict[int, list[tuple[str, str]]]]:
    """The people met in each interview of an open opportunity, with the state of their note and their title."""
    people: dict[int, list[PersonFact]] = {}
    titles: dict[int, list[tuple[str, str]]] = {}
    for met in connection.execute(
            select(MET.c.interview_id, MET.c.contact_id, CONTACT.c.full_name, CONTACT.c.title, NOTE.c.state,
                   NOTE.c.channel, NOTE.c.posted, NOTE.c.scheduled_at, NOTE.c.send_error)
            .join(INTERVIEW, MET.c.interview_id == INTERVIEW.c.id)
            .join(OPPORTUNITY, INTERVIEW.c.opportunity_id == OPPORTUNITY.c.id)
            .join(CONTACT, MET.c.contact_id == CONTACT.c.id)
            .outerjoin(NOTE, and_(NOTE.c.interview_id == MET.c.interview_id, NOTE.c.contact_id == MET.c.contact_id))
            .where(OPPORTUNITY.c.status.in_(OPEN_STATUSES))
            .order_by(MET.c.position, MET.c.id)):
        noted = met.state is not None
        people.setdefault(met.interview_id, []).append(PersonFact(
            contact_id=met.contact_id, name=met.full_name, note_state=met.state,
            note_channel=met.channel if noted else PersonFact.note_channel, note_posted=noted and bool(met.posted),
            scheduled_at=met.scheduled_at, send_error=met.send_error or ""))
        titles.setdefault(met.interview_id, []).append((met.full_name, met.title))
    return people, titles


def call_attempts(connection: Connection) -> dict[int, list[AttemptFact]]:
    """Every follow-up call attempt, by opportunity, earliest first."""
    attempts: dict[int, list[AttemptFact]] = {}
    for attempt in connection.execute(
            select(CALL.c.opportunity_id, ATTEMPT.c.called_at, ATTEMPT.c.outcome, ATTEMPT.c.next_date)
            .join(CALL, ATTEMPT.c.call_id == CALL.c.id)
            .order_by(ATTEMPT.c.called_at, CALL.c.id, ATTEMPT.c.id)):
        attempts.setdefault(attempt.opportunity_id, []).append(
            AttemptFact(attempt.called_at, attempt.outcome, attempt.next_date))
    return attempts


def _facts(connection: Connection) -> list[OpportunityFact]:
    """Plain facts about every open opportunity."""
    is_open = OPPORTUNITY.c.status.in_(OPEN_STATUSES)
    owner = CONTACT.alias("owner")
    by_opportunity: dict[int, list[Row]] = {}
    for interview in connection.execute(
            select(INTERVIEW.c.id, INTERVIEW.c.opportunity_id, INTERVIEW.c.starts_at, INTERVIEW.c.ends_at,
                   INTERVIEW.c.decision_date, INTERVIEW.c.cancelled, INTERVIEW.c.zone_guessed,
                   owner.c.full_name.label("owner"))
            .join(OPPORTUNITY, INTERVIEW.c.opportunity_id == OPPORTUNITY.c.id)
            .outerjoin(owner, INTERVIEW.c.process_owner_id == owner.c.id)
            .where(is_open)
            .order_by(INTERVIEW.c.starts_at, INTERVIEW.c.id)):
        by_opportunity.setdefault(interview.opportunity_id, []).append(interview)
    (people, titles), attempts = _people(connection), call_attempts(connection)
    facts = []
    for opportunity in connection.execute(
            select(OPPORTUNITY.c.id, OPPORTUNITY.c.company, OPPORTUNITY.c.role, OPPORTUNITY.c.status)
            .where(is_open).order_by(OPPORTUNITY.c.id)):
        rows = by_opportunity.get(opportunity.id, [])
        live = [row for row in rows if not row.cancelled]
        chosen = choose_process_owner(live[-1].owner, titles.get(live[-1].id, [])) if live else None
        facts.append(OpportunityFact(
            opportunity_id=opportunity.id, company=opportunity.company, role=opportunity.role,
            status=opportunity.status,
            interviews=tuple(InterviewFact(
                interview_id=row.id, starts_at=row.starts_at, ends_at=row.ends_at, decision_date=row.decision_date,
                cancelled=row.cancelled, people=tuple(people.get(row.id, ())), zone_guessed=row.zone_guessed)
                for row in rows),
            attempts=tuple(attempts.get(opportunity.id, ())), call_contact=chosen or ""))
    return facts


@dataclass(frozen=True)
class TodaySnapshot:
    """Every agenda item, read in one transaction with what tells whether it is still current."""

    items: list[AgendaItem]
    valid_until: datetime | None  # when the clock alone changes the list
    generation: int  # the data generation it was read at
    database_empty: bool


@dataclass(frozen=True)
class _Read:
    """A snapshot and what it was read with: it serves again while none of that changed."""

    snapshot: TodaySnapshot
    context: str  # the settings and the zone, as the start-up cache keys them (a setting may change in place)
    at: datetime

    def serves(self, generation: int, context: str, now: datetime) -> bool:
        valid_until = self.snapshot.valid_until
        return (generation == self.snapshot.generation and context == self.context and self.at <= now
                and (valid_until is None or now < valid_until))


# The last snapshot read through each open database (its sessionmaker: a restore or a worker's own engine makes
# another). Today, the reminder check and the tray each ask for the list after every change and at start; the
# data generation, bumped by a trigger on every write, says in one query whether the last read still holds.
_last_read: WeakKeyDictionary[sessionmaker[Session], _Read] = WeakKeyDictionary()


def data_generation(session: Session) -> int:
    """The data generation counter as this transaction sees it (triggers bump it on every write)."""
    return session.connection().execute(select(GENERATION.c.generation)).scalar() or 0


def today_snapshot(workspace: Workspace, now: datetime | None = None) -> TodaySnapshot:
    now = now or workspace.now()
    settings, zone, last = workspace.settings, workspace.zone, _last_read.get(workspace.sessions)
    context = agenda_cache.context_of(settings, zone)
    with workspace.session() as session:
        connection = session.connection()
        generation = data_generation(session)
        if last is not None and last.serves(generation, context, now):
            return last.snapshot
        facts = _facts(connection)
        marks = {key: ReminderMark(snoozed, dismissed is not None) for key, snoozed, dismissed in connection.execute(
            select(REMINDER.c.key, REMINDER.c.snoozed_until, REMINDER.c.dismissed_at))}
        empty = not any(connection.execute(select(table.c.id).limit(1)).first() for table in (CONTACT, OPPORTUNITY))
    snapshot = TodaySnapshot(build_agenda(facts, settings, zone, now, marks), changes_after(facts, marks, now),
                             generation, empty)
    _last_read[workspace.sessions] = _Read(snapshot, context, now)
    return snapshot


def remember(workspace: Workspace, snapshot: TodaySnapshot) -> None:
    """Keep the list for the next start, which can then show it before the database layer is loaded."""
    agenda_cache.save(workspace.paths.data_dir, snapshot.items, snapshot.valid_until, snapshot.generation,
                      snapshot.database_empty, agenda_cache.context_of(workspace.settings, workspace.zone))


def carry_forward(workspace: Workspace, read_at: int, written_to: int) -> None:
    """A write Today does not show (a reminder marked as said) moved the data generation from `read_at` to
    `written_to` in one transaction: the list read at `read_at`, kept here and in the start-up cache, is still
    current, and is marked so instead of being read again now and at the next start."""
    if written_to == read_at:
        return  # nothing was written: every reminder was already marked
    last = _last_read.get(workspace.sessions)
    if last is not None and last.snapshot.generation == read_at:
        _last_read[workspace.sessions] = replace(last, snapshot=replace(last.snapshot, generation=written_to))
    agenda_cache.carry_forward(workspace.paths.data_dir, read_at, written_to)


def agenda(workspace: Workspace, days: int | None = None, now: datetime | None = None) -> list[AgendaItem]:
    """Due and overdue items, earliest first; `days` limits it to what falls due within that many days."""
    now = now or workspace.now()
    items = today_snapshot(workspace, now).items
    return list(items) if days is None else within(items, now, workspace.zone, days)  # the snapshot serves again


def snooze(workspace: Workspace, key: str, until: datetime) -> ChangeSet:
    """Hide an item until `until`; it comes back then, across restarts."""
    with workspace.session() as session:
        state = session.get(ReminderState, key) or ReminderState(key=key)
        state.snoozed_until = until
        session.add(state)
    return ChangeSet.of(RecordKind.REMINDER)


def dismiss(workspace: Workspace, key: str) -> ChangeSet:
    """Take an item off the list for good (the underlying note or call is untouched)."""
    with workspace.session() as session:
        state = session.get(ReminderState, key) or ReminderState(key=key)
        state.dismissed_at = workspace.now()
        session.add(state)
    return ChangeSet.of(RecordKind.REMINDER)
