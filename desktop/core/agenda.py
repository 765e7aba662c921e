"""The Today list: what is due and overdue, derived from plain facts about opportunities."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from desktop.core import deadlines
from desktop.core.domain import CallOutcome, NoteChannel, NoteState, OpportunityStatus
from desktop.core.messages import Message, english
from desktop.core.settings import Settings


class ItemKind(StrEnum):
    INTERVIEW = "interview"
    NOTE = "note"
    CALL = "call"
    MOVE_ON = "move_on"
    SCHEDULED = "scheduled"  # a note the app is to send later

    @property
    def action(self) -> str:
        """The label of the one-click action that deals with an item of this kind."""
        return {"interview": english("Open"), "note": english("Write the note"), "call": english("Log the call"),
                "move_on": english("Decide"), "scheduled": english("Open the note")}[self.value]


@dataclass(frozen=True)
class PersonFact:
    contact_id: int
    name: str
    note_state: NoteState | None = None  # None: no note started yet
    note_channel: NoteChannel = NoteChannel.EMAIL
    note_posted: bool = False
    scheduled_at: datetime | None = None  # the note is to be sent then
    send_error: str = ""  # why its scheduled send failed


@dataclass(frozen=True)
class InterviewFact:
    interview_id: int
    starts_at: datetime
    ends_at: datetime | None
    decision_date: date | None = None
    cancelled: bool = False
    people: tuple[PersonFact, ...] = ()
    zone_guessed: bool = False  # imported without a zone anyone could tell; the user is asked to choose it


@dataclass(frozen=True)
class AttemptFact:
    called_at: datetime
    outcome: CallOutcome
    next_date: date | None = None


@dataclass(frozen=True)
class OpportunityFact:
    opportunity_id: int
    company: str
    role: str
    status: OpportunityStatus
    interviews: tuple[InterviewFact, ...] = ()
    attempts: tuple[AttemptFact, ...] = ()
    call_contact: str = ""  # who owns the process, for "call Dana"


@dataclass(frozen=True)
class ReminderMark:
    """What the candidate did with an item. Whether its reminder was said is no part of it: Today reads the same
    either way, so that write carries the list forward (operations.agenda.carry_forward)."""

    snoozed_until: datetime | None = None
    dismissed: bool = False


@dataclass(frozen=True)
class AgendaItem:
    key: str  # stable across runs: snoozes and fired reminders are stored under it
    kind: ItemKind
    due: datetime
    title: str
    detail: str
    opportunity_id: int
    interview_id: int | None = None
    contact_id: int | None = None
    snoozed: bool = False


class Group(StrEnum):
    OVERDUE = english("Overdue")
    TODAY = english("Today")
    NEXT_7_DAYS = english("Next 7 days")
    LATER = english("Later")


def _scheduled_item(opp: OpportunityFact, interview: InterviewFact, person: PersonFact, now: datetime,
                    zone: ZoneInfo) -> AgendaItem:
    """A written note waiting to be sent: when it goes out, or that it did not."""
    assert person.scheduled_at is not None
    clock = f"{person.scheduled_at.astimezone(zone):%H:%M}"
    detail = f"{opp.company} · {opp.role}"
    if person.send_error:
        title = Message("Note to {name} was not sent at {clock}", name=person.name, clock=clock)
        detail = f"{detail} · {person.send_error.splitlines()[0]}"
    elif person.scheduled_at < now:
        title = Message("Note to {name} was to go out at {clock}: not sent yet", name=person.name, clock=clock)
    else:
        title = Message("Note to {name} goes out at {clock}", name=person.name, clock=clock)
    return AgendaItem(
        key=f"scheduled:{interview.interview_id}:{person.contact_id}", kind=ItemKind.SCHEDULED,
        due=person.scheduled_at, title=title, detail=detail, opportunity_id=opp.opportunity_id,
        interview_id=interview.interview_id, contact_id=person.contact_id)


def _note_items(opp: OpportunityFact, interview: InterviewFact, settings: Settings,
                zone: ZoneInfo, now: datetime) -> list[AgendaItem]:
    ended = interview.ends_at or interview.starts_at
    due = deadlines.note_due(ended, settings, zone)
    items = []
    for person in interview.people:
        done = person.note_state is NoteState.SENT or (
            person.note_channel is NoteChannel.HANDWRITTEN and person.note_posted)
        if done:
            continue
        if person.scheduled_at is not None:
            items.append(_scheduled_item(opp, interview, person, now, zone))
            continue
        title = (Message("Handwritten note to {name}", name=person.name)
                 if person.note_channel is NoteChannel.HANDWRITTEN else Message("Thank-you note to {name}",
                                                                                name=person.name))
        items.append(AgendaItem(
            key=f"note:{interview.interview_id}:{person.contact_id}", kind=ItemKind.NOTE, due=due,
            title=title, detail=f"{opp.company} · {opp.role}",
            opportunity_id=opp.opportunity_id, interview_id=interview.interview_id,
            contact_id=person.contact_id))
    return items


def _day_start(day: date, settings: Settings, zone: ZoneInfo) -> datetime:
    """The start of the working day on `day`, or on the next working day when `day` is not one."""
    return deadlines.at_local(deadlines.add_working_days(day, 0, settings.working_days), settings.workday_start, zone)


@dataclass(frozen=True)
class CallPlan:
    """When the next follow-up call is due after an interview and the calls logged since, and when to move on."""

    due: datetime
    again: bool  # an earlier call went unanswered
    move_on: datetime  # when silence becomes a question of moving on, as planned so far
    unanswered: int  # calls since the last answer (or the interview) that reached no one


def plan_call(ended: datetime, decision_date: date | None, attempts: Iterable[AttemptFact], settings: Settings,
              zone: ZoneInfo) -> CallPlan | None:
    """The follow-up call after an interview that ended at `ended`, given every call logged for its opportunity;
    None once someone answered other than "still deciding". Today and the Calendar both place the call by it."""
    follow_up = deadlines.follow_up_due(ended, decision_date, settings, zone)
    since = [a for a in attempts if a.called_at >= ended]
    spoke = [n for n, a in enumerate(since) if a.outcome.reached_someone]
    if spoke:
        answer = since[spoke[-1]]
        if answer.outcome is not CallOutcome.STILL_DECIDING:
            return None  # they answered: the opportunity's status carries on from here
        # "Still deciding" sets a new promised date; only calls after it count as unanswered.
        next_day = answer.next_date or deadlines.add_working_days(
            answer.called_at.astimezone(zone).date(), settings.default_decision_wait_days // 2 or 1,
            settings.working_days)
        follow_up = _day_start(next_day, settings, zone)
        since = since[spoke[-1] + 1:]
    move_on = deadlines.move_on_due(follow_up, settings, zone)
    if not since:
        return CallPlan(follow_up, again=False, move_on=move_on, unanswered=0)
    latest = since[-1]
    retry = latest.next_date or deadlines.add_working_days(
        latest.called_at.astimezone(zone).date(), 2, settings.working_days)
    return CallPlan(_day_start(retry, settings, zone), again=True, move_on=max(move_on, latest.called_at),
                    unanswered=len(since))


def _call_items(opp: OpportunityFact, last: InterviewFact, settings: Settings,
                zone: ZoneInfo) -> list[AgendaItem]:
    """The follow-up call, and the move-on question after two unanswered calls past the grace period."""
    plan = plan_call(last.ends_at or last.starts_at, last.decision_date, opp.attempts, settings, zone)
    if plan is None:
        return []
    items = [_call(opp, last, plan.due, again=plan.again)]
    if plan.unanswered >= 2:
        items.append(AgendaItem(
            key=f"move_on:{opp.opportunity_id}:{last.interview_id}", kind=ItemKind.MOVE_ON, due=plan.move_on,
            title=Message("Move on from {company}?", company=opp.company),
            detail=Message("{role} · {count} follow-up calls unanswered", role=opp.role, count=plan.unanswered),
            opportunity_id=opp.opportunity_id, interview_id=last.interview_id))
    return items


def _call(opp: OpportunityFact, last: InterviewFact, due: datetime, again: bool) -> AgendaItem:
    whom = opp.call_contact
    if again:
        title = Message("Call again with {name}", name=whom) if whom else Message("Call again")
    else:
        title = Message("Follow-up call with {name}", name=whom) if whom else Message("Follow-up call")
    return AgendaItem(
        key=f"call:{opp.opportunity_id}:{last.interview_id}", kind=ItemKind.CALL, due=due,
        title=title, detail=f"{opp.company} · {opp.role}",
        opportunity_id=opp.opportunity_id, interview_id=last.interview_id)


def build_agenda(opportunities: list[OpportunityFact], settings: Settings, zone: ZoneInfo, now: datetime,
                 marks: dict[str, ReminderMark] | None = None) -> list[AgendaItem]:
    """Every open item, earliest first; dismissed items are left out, snoozed ones move to their snooze."""
    marks = marks or {}
    items: list[AgendaItem] = []
    for opp in opportunities:
        if not opp.status.is_open:
            continue
        live = [i for i in opp.interviews if not i.cancelled]
        for interview in live:
            if interview.starts_at >= now:
                items.append(AgendaItem(
                    key=f"interview:{interview.interview_id}", kind=ItemKind.INTERVIEW, due=interview.starts_at,
                    # The question leads the title: a long company name or role may be cut short at its end.
                    title=(Message("Time zone to check: interview at {company}", company=opp.company)
                           if interview.zone_guessed else Message("Interview at {company}", company=opp.company)),
                    detail=opp.role, opportunity_id=opp.opportunity_id,
                    interview_id=interview.interview_id))
            else:
                items.extend(_note_items(opp, interview, settings, zone, now))
        past = [i for i in live if (i.ends_at or i.starts_at) <= now]
        if past and len(past) == len(live) and opp.status is not OpportunityStatus.OFFER:
            items.extend(_call_items(opp, max(past, key=lambda i: i.starts_at), settings, zone))
    shown = []
    for item in items:
        mark = marks.get(item.key)
        if mark and mark.dismissed:
            continue
        if mark and mark.snoozed_until and mark.snoozed_until > now:
            item = AgendaItem(**{**item.__dict__, "due": mark.snoozed_until, "snoozed": True})
        shown.append(item)
    return sorted(shown, key=lambda i: (i.due, i.title))


def group_of(item: AgendaItem, now: datetime, zone: ZoneInfo) -> Group:
    """Overdue (past), Today (rest of today), Next 7 days, or Later, on the candidate's calendar."""
    if item.due < now:
        return Group.OVERDUE
    today = now.astimezone(zone).date()
    day = item.due.astimezone(zone).date()
    if day == today:
        return Group.TODAY
    if day <= today + timedelta(days=7):
        return Group.NEXT_7_DAYS
    return Group.LATER


def within(items: list[AgendaItem], now: datetime, zone: ZoneInfo, days: int) -> list[AgendaItem]:
    """Items that are overdue or due within `days` calendar days from today."""
    last = now.astimezone(zone).date() + timedelta(days=days)
    return [i for i in items if i.due.astimezone(zone).date() <= last]


def changes_after(opportunities: list[OpportunityFact], marks: dict[str, ReminderMark], now: datetime
                  ) -> datetime | None:
    """The next moment the list changes by the clock alone: an interview starts or ends, a snooze runs out."""
    moments = [m for o in opportunities for i in o.interviews for m in (i.starts_at, i.ends_at) if m and m > now]
    moments += [p.scheduled_at for o in opportunities for i in o.interviews for p in i.people
                if p.scheduled_at and p.scheduled_at > now]
    moments += [m.snoozed_until for m in marks.values() if m.snoozed_until and m.snoozed_until > now]
    return min(moments, default=None)
