"""The month view's markers and the selected day's agenda.

Everything is loaded and every interview's deadlines are derived once per refresh (`snapshot`), then
bucketed by month and day, so switching months is a dictionary look-up.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop.core import deadlines
from desktop.core.agenda import AttemptFact, plan_call
from desktop.core.domain import OpportunityStatus
from desktop.core.messages import Message, english
from desktop.core.process_owner import choose_process_owner
from desktop.operations import opportunities as opps
from desktop.operations.agenda import call_attempts
from desktop.operations.opportunities import InterviewRow, OpportunityRow, PersonMet, Target
from desktop.operations.workspace import Workspace


class MarkerKind(StrEnum):
    INTERVIEW = "interview"
    NOTE = "note"
    CALL = "call"
    MOVE_ON = "move_on"
    PERSONAL = "personal"
    CONFLICT = "conflict"

    @property
    def label(self) -> str:
        return {"interview": english("Interview"), "note": english("Thank-you notes due"),
                "call": english("Follow-up call"), "move_on": english("Move on?"), "personal": english("Your own date"),
                "conflict": english("Decision after your date")}[self.value]


@dataclass(frozen=True)
class Marker:
    kind: MarkerKind
    title: str
    target: Target  # what to open on the Opportunities page
    when: datetime | None = None  # None: the whole day (personal dates, expected decisions)
    detail: str = ""
    key: str = ""  # the same from one refresh (and one calendar export) to the next
    people: tuple[PersonMet, ...] = ()  # those met (interview), still to thank (note), or to call (call)


@dataclass
class CalendarSnapshot:
    """All markers, bucketed by (year, month) and then by day in the candidate's zone."""

    months: dict[tuple[int, int], dict[date, list[Marker]]] = field(default_factory=dict)

    def month(self, year: int, month: int) -> dict[date, list[Marker]]:
        return self.months.get((year, month), {})

    def day(self, day: date) -> list[Marker]:
        """The day's markers: whole-day ones first, then by time."""
        return self.month(day.year, day.month).get(day, [])


def person_to_call(interview: InterviewRow) -> PersonMet | None:
    """Who the follow-up call goes to: as chosen in the next steps, else the likely hiring manager (as Today)."""
    chosen = PersonMet(interview.process_owner_id, interview.process_owner) \
        if interview.process_owner_id is not None else None
    found = choose_process_owner(chosen, [(p, p.title) for p in interview.people])
    # The people met carry their titles; the chosen owner is one of them when they were met.
    return next((p for p in interview.people if found and p.contact_id == found.contact_id), found)


def _opportunity_markers(row: OpportunityRow, workspace: Workspace,
                         attempts: list[AttemptFact]) -> list[tuple[date, Marker]]:
    zone, settings = workspace.zone, workspace.settings
    live = [i for i in row.interviews if not i.cancelled]
    out: list[tuple[date, Marker]] = []
    where = f"{row.company} · {row.role}"
    for interview in live:
        target = Target(row.id, interview.id)
        out.append((interview.starts_at.astimezone(zone).date(), Marker(
            MarkerKind.INTERVIEW, Message("{kind} interview at {company}", kind=interview.kind.label,
                                          company=row.company), target, interview.starts_at,
            row.role, f"interview:{interview.id}", interview.people)))
        if not row.status.is_open:
            continue
        found = deadlines.derive(interview.starts_at, interview.ends_at, interview.decision_date, settings, zone)
        pending = interview.awaiting_note
        if pending and found.note_due is not None:
            out.append((found.note_due.astimezone(zone).date(), Marker(
                MarkerKind.NOTE, (Message("1 thank-you note due") if len(pending) == 1
                                 else Message("{count} thank-you notes due", count=len(pending))), target,
                found.note_due, where, f"notes:{interview.id}", pending)))
        last = max(live, key=lambda i: i.starts_at)
        if interview is not last or row.status is OpportunityStatus.OFFER:
            continue
        # The calls logged since move the call and the move-on date, as on Today: after "still deciding, call
        # back on the 11th" the Calendar still showed the first call's date and a move-on date before the 11th.
        plan = plan_call(interview.ends_at or interview.starts_at, interview.decision_date, attempts, settings, zone)
        if plan is None:
            continue  # someone answered: the opportunity's status carries on from here
        person = person_to_call(interview)
        if plan.again:
            title = Message("Call again with {name}", name=person.name) if person else Message("Call again")
        else:
            title = Message("Follow-up call with {name}", name=person.name) if person else Message("Follow-up call")
        # One call and one move-on date per opportunity: keyed by it, they move with its latest interview.
        out.append((plan.due.astimezone(zone).date(), Marker(
            MarkerKind.CALL, title, target, plan.due, where, f"call:{row.id}", (person,) if person else ())))
        out.append((plan.move_on.astimezone(zone).date(), Marker(
            MarkerKind.MOVE_ON, Message("Move on from {company}?", company=row.company), target, plan.move_on,
            row.role, f"move_on:{row.id}")))
    return out


def placed_markers(workspace: Workspace) -> tuple[list[OpportunityRow], list[tuple[date, Marker]]]:
    """Every marker the Calendar shows, each with its day, and the opportunities they were derived from."""
    rows = opps.list_opportunities(workspace)
    with workspace.session() as session:
        attempts = call_attempts(session.connection())
    placed: list[tuple[date, Marker]] = []
    for row in rows:
        placed.extend(_opportunity_markers(row, workspace, attempts.get(row.id, [])))
    for expectation in opps.expectations(workspace, [r for r in rows if r.conflicts]):
        row = next(r for r in rows if r.id == expectation.opportunity_id)
        placed.append((expectation.on, Marker(
            MarkerKind.CONFLICT, Message("{company}: decision after your own date",
                                         company=row.company), Target(row.id), None,
            " ".join(row.conflicts), f"conflict:{row.id}")))
    for own in opps.list_personal_dates(workspace):
        suffix = f" ({own.company})" if own.company else ""
        placed.append((own.on_date, Marker(MarkerKind.PERSONAL, f"{own.label}{suffix}", Target(own.opportunity_id),
                                           None, english("Your own timeline"), f"personal:{own.id}")))
    return rows, placed


def snapshot(workspace: Workspace) -> CalendarSnapshot:
    """Load everything once and place every marker on its day."""
    _rows, placed = placed_markers(workspace)
    months: dict[tuple[int, int], dict[date, list[Marker]]] = defaultdict(lambda: defaultdict(list))
    for day, marker in placed:
        months[(day.year, day.month)][day].append(marker)
    for days in months.values():
        for markers in days.values():
            markers.sort(key=lambda m: (m.when is not None, m.when.timestamp() if m.when else 0.0, m.title))
    return CalendarSnapshot({key: dict(days) for key, days in months.items()})


def month_markers(workspace: Workspace, year: int, month: int) -> dict[date, list[Marker]]:
    """Markers for the days of one month (a fresh load; the page keeps a snapshot instead)."""
    return snapshot(workspace).month(year, month)


def day_agenda(workspace: Workspace, day: date) -> list[Marker]:
    return snapshot(workspace).day(day)
