"""Reminders for the tray: what to say now, when to wake next, and what the candidate did with them.

Said reminders are stored as ReminderState rows under their own key ('note:12:3@12h') with fired_at;
snoozes and dismissals stay under the item's key, as the Today page stores them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.core import reminders as plan
from desktop.core.agenda import AgendaItem
from desktop.core.deadlines import at_local
from desktop.core.reminders import Debrief, Marks, Reminder
from desktop.operations import agenda as agenda_ops
from desktop.operations.changes import NOTHING, ChangeSet
from desktop.operations.debrief import form_of
from desktop.operations.workspace import Workspace
from desktop.storage.models import Interview, MeetingNote, ReminderState

SOON_DAYS = 2  # the tray also lists what falls due tomorrow and the day after: a note due in 40 hours is news


def _debriefs(workspace: Workspace, now: datetime) -> list[Debrief]:
    """Interviews that ended recently, are not cancelled and have no debrief yet, in open opportunities."""
    since = now - plan.DEBRIEF_WINDOW
    with workspace.session() as session:
        rows = session.scalars(
            select(Interview).where(Interview.ends_at.is_not(None), Interview.ends_at <= now,
                                    Interview.ends_at >= since, Interview.debriefed.is_(False),
                                    Interview.cancelled.is_(False))
            .options(selectinload(Interview.opportunity),
                     selectinload(Interview.people).selectinload(MeetingNote.contact))).all()
        # Nothing to ask when every memorable line, the next steps and why you fit are already written down.
        return [Debrief(i.id, i.opportunity_id, i.opportunity.company, i.opportunity.role, i.ends_at)
                for i in rows if i.opportunity.status.is_open and i.ends_at is not None and form_of(i).missing()]


def _marks(workspace: Workspace) -> Marks:
    with workspace.session() as session:
        rows = session.scalars(select(ReminderState)).all()
        return Marks(fired={r.key: r.fired_at for r in rows if r.fired_at is not None},
                     snoozed={r.key: r.snoozed_until for r in rows if r.snoozed_until is not None},
                     dismissed=frozenset(r.key for r in rows if r.dismissed_at is not None))


def load(workspace: Workspace, now: datetime) -> tuple[list[AgendaItem | Debrief], Marks]:
    """Everything that may need saying, and what was already said or snoozed."""
    items: list[AgendaItem | Debrief] = [*agenda_ops.agenda(workspace, now=now), *_debriefs(workspace, now)]
    return items, _marks(workspace)


def pending(workspace: Workspace, now: datetime) -> list[Reminder]:
    """The reminders to say now (none during quiet hours)."""
    items, marks = load(workspace, now)
    return plan.due_reminders(items, marks, now, workspace.settings, workspace.zone)


def next_wake(workspace: Workspace, now: datetime) -> datetime | None:
    """The next moment a reminder falls due; None when nothing is planned."""
    items, marks = load(workspace, now)
    return plan.next_wake(items, marks, now, workspace.settings, workspace.zone)


def check(workspace: Workspace, now: datetime) -> tuple[list[Reminder], datetime | None]:
    """What to say now (stored as said) and the next wake after it, from one read of the data."""
    items, marks = load(workspace, now)
    said = plan.due_reminders(items, marks, now, workspace.settings, workspace.zone)
    if said:
        keys = [k for r in said for k in r.keys]
        mark_fired(workspace, keys, now)
        marks = Marks({**marks.fired, **dict.fromkeys(keys, now)}, marks.snoozed, marks.dismissed)
    return said, plan.next_wake(items, marks, now, workspace.settings, workspace.zone)


def mark_fired(workspace: Workspace, keys: Iterable[str], now: datetime) -> None:
    """Store reminders as said (pass Reminder.keys, which include the moments each one covers).

    Today does not show what was said, so the list read before this write stays current after it: it is carried
    forward, not read again at once for the tray and at the next start (the start-up cache).
    """
    with workspace.session() as session:
        read_at = agenda_ops.data_generation(session)
        for key in set(keys):
            state = session.get(ReminderState, key) or ReminderState(key=key)
            if state.fired_at is None:
                state.fired_at = now
            session.add(state)
        session.flush()
        written_to = agenda_ops.data_generation(session)
    agenda_ops.carry_forward(workspace, read_at, written_to)


def snooze(workspace: Workspace, item_keys: Iterable[str], until: datetime) -> ChangeSet:
    """Hide items until `until`; each is said once more then, across restarts."""
    changes = NOTHING
    for key in set(item_keys):
        changes |= agenda_ops.snooze(workspace, key, until)
    return changes


def dismiss(workspace: Workspace, item_key: str) -> ChangeSet:
    """Take an item off the list and stop its reminders."""
    return agenda_ops.dismiss(workspace, item_key)


def tomorrow_morning(workspace: Workspace, now: datetime) -> datetime:
    """The end of quiet hours tomorrow, in the candidate's zone: 'snooze until tomorrow morning'."""
    day = now.astimezone(workspace.zone).date() + timedelta(days=1)
    return at_local(day, workspace.settings.quiet_end, workspace.zone)


@dataclass(frozen=True)
class TrayAgenda:
    due: list[AgendaItem]  # overdue or due before midnight: the icon's count
    soon: list[AgendaItem]  # due in the next SOON_DAYS days after today


def for_tray(workspace: Workspace, now: datetime) -> TrayAgenda:
    """What the tray shows, snoozed items left out: what is due today, and what comes up in the next days."""
    today = now.astimezone(workspace.zone).date()
    due: list[AgendaItem] = []
    soon: list[AgendaItem] = []
    for item in agenda_ops.agenda(workspace, now=now):
        day = item.due.astimezone(workspace.zone).date()
        if item.snoozed or day > today + timedelta(days=SOON_DAYS):
            continue
        (due if day <= today else soon).append(item)
    return TrayAgenda(due, soon)


def due_today(workspace: Workspace, now: datetime) -> list[AgendaItem]:
    """Overdue items and those due before midnight, snoozed ones left out: the tray's count, and Snooze all."""
    return for_tray(workspace, now).due

