"""When to speak up: the reminders derived from the agenda, and the next moment one is due.

Every reminder has a stable key made of its item's key and its moment ('note:12:3@12h',
'call:4:12@due:2026-12-03', 'debrief:7@ended'); once said, the key is stored and the reminder is
never said again, whatever the clock does afterwards. The clock only decides *when*:

- a reminder whose moment falls in quiet hours is said at quiet end, and nothing is said while
  quiet hours last, even what fell due earlier and was missed;
- moments missed while the computer slept are said on wake, but only the latest one per item
  (a note that went from "due in 12 h" to overdue while asleep says "overdue" once); the earlier
  ones are covered by it and stored as said with it;
- a snooze hides an item's reminders until it ends, then says the item once more; moments that
  fell inside the snooze are covered by that.

Lead times are real elapsed hours ("due in 12 h" across a DST change is 12 hours before the due
time); quiet hours are wall-clock times in the candidate's zone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from desktop.core.agenda import AgendaItem, ItemKind
from desktop.core.deadlines import at_local, in_quiet_hours
from desktop.core.messages import Message, english
from desktop.core.settings import Settings

DEBRIEF_WINDOW = timedelta(days=3)  # after that the memory has faded; the note deadlines take over


@dataclass(frozen=True)
class Debrief:
    """An interview whose end has passed and whose debrief is still empty."""

    interview_id: int
    opportunity_id: int
    company: str
    role: str
    ended_at: datetime

    @property
    def key(self) -> str:
        return f"debrief:{self.interview_id}"


@dataclass(frozen=True)
class Marks:
    """What was already done: reminder keys said (with when), item keys snoozed (until when) or dismissed."""

    fired: Mapping[str, datetime] = field(default_factory=dict)
    snoozed: Mapping[str, datetime] = field(default_factory=dict)
    dismissed: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Reminder:
    key: str  # stored once said
    subject: AgendaItem | Debrief  # what "Open" opens
    at: datetime  # when it is to be said, already moved out of quiet hours
    title: str
    body: str
    covers: tuple[str, ...] = ()  # older moments of the same item, said with this one

    @property
    def item_key(self) -> str:
        return self.subject.key

    @property
    def keys(self) -> tuple[str, ...]:
        """Every key to store as said once this reminder has been shown."""
        return (self.key, *self.covers)


def out_of_quiet(moment: datetime, settings: Settings, zone: ZoneInfo) -> datetime:
    """`moment`, or the end of the quiet hours it falls in."""
    local = moment.astimezone(zone)
    if not in_quiet_hours(local.time(), settings.quiet_start, settings.quiet_end):
        return moment
    end = at_local(local.date(), settings.quiet_end, zone)
    if end <= moment:
        end = at_local(local.date() + timedelta(days=1), settings.quiet_end, zone)
    return end


def _moments(subject: AgendaItem | Debrief, settings: Settings,
             zone: ZoneInfo) -> list[tuple[str, datetime, str, str]]:
    """(key, natural moment, title, body) for every reminder a subject has, before snoozes and quiet hours."""
    if isinstance(subject, Debrief):
        morning = at_local(subject.ended_at.astimezone(zone).date() + timedelta(days=1), settings.quiet_end, zone)
        return [
            (f"{subject.key}@ended", subject.ended_at, Message("How did it go at {company}?", company=subject.company),
             english("Note what was memorable with each person while it is fresh: it makes the thank-you notes.")),
            (f"{subject.key}@morning", morning,
             Message("A minute for the {company} interview?", company=subject.company),
             english("The debrief is still empty. Two lines per person are enough.")),
        ]
    item = subject
    when = item.due.astimezone(zone)
    if item.kind is ItemKind.NOTE:
        out: list[tuple[str, datetime, str, str]] = [
            (f"{item.key}@{hours}h", item.due - timedelta(hours=hours), item.title,
                Message("Due in 1 hour, {when} · {detail}", when=when, detail=item.detail) if hours == 1 else
                Message("Due in {hours} hours, {when} · {detail}", hours=hours, when=when, detail=item.detail))
               for hours in sorted(set(settings.reminder_lead_hours), reverse=True) if hours > 0]
        out.append((f"{item.key}@due", item.due, Message("{title} is due now", title=item.title), item.detail))
        return out
    if item.kind in (ItemKind.CALL, ItemKind.MOVE_ON):
        # The due date is part of the key: a call planned again after an attempt is a new reminder.
        day = f"{item.due.astimezone(zone):%Y-%m-%d}"
        title = Message("{title} today", title=item.title) if item.kind is ItemKind.CALL else item.title
        return [(f"{item.key}@due:{day}", item.due, title, item.detail)]
    return []  # an upcoming interview is on the calendar; its debrief is what needs saying


def _snooze_key(item_key: str, until: datetime) -> str:
    return f"{item_key}@snooze:{until.astimezone(UTC):%Y-%m-%dT%H:%MZ}"


def _candidates(subject: AgendaItem | Debrief, marks: Marks, now: datetime, settings: Settings,
                zone: ZoneInfo) -> list[Reminder]:
    """Every reminder of one subject with its quiet-adjusted moment, snoozes applied."""
    until = marks.snoozed.get(subject.key)
    if isinstance(subject, AgendaItem) and subject.snoozed:
        until = subject.due  # the agenda already moved it to its snooze
    if isinstance(subject, Debrief) and now - subject.ended_at > DEBRIEF_WINDOW:
        return []
    found = []
    if until is not None:
        title = (subject.title if isinstance(subject, AgendaItem)
                 else Message("How did it go at {company}?", company=subject.company))
        found.append(Reminder(_snooze_key(subject.key, until), subject, out_of_quiet(until, settings, zone),
                              title, english("Snoozed, and back as asked.")))
    if until is not None and until > now:
        return found  # the rest is worked out again, from the real due time, once the snooze ends
    for key, moment, title, body in _moments(subject, settings, zone):
        if until is not None and moment <= until:
            continue  # it fell inside the snooze, whose end speaks for it
        found.append(Reminder(key, subject, out_of_quiet(moment, settings, zone), title, body))
    return found


def _plan(items: Iterable[AgendaItem | Debrief], marks: Marks, now: datetime, settings: Settings,
          zone: ZoneInfo) -> tuple[list[Reminder], list[Reminder]]:
    """(due now, later): unsaid reminders, the due ones collapsed to the latest per item."""
    due: list[Reminder] = []
    later: list[Reminder] = []
    for subject in items:
        if subject.key in marks.dismissed:
            continue
        candidates = _candidates(subject, marks, now, settings, zone)
        said = [r.at for r in candidates if r.key in marks.fired]
        newest_said = max(said) if said else None
        unsaid = [r for r in candidates if r.key not in marks.fired
                  and (newest_said is None or r.at > newest_said)]  # older than what was said: stale
        passed = sorted((r for r in unsaid if r.at <= now), key=lambda r: r.at)
        if passed:
            latest = passed[-1]
            stale = [r.key for r in candidates if r.key not in marks.fired and r.at <= now and r is not latest]
            due.append(Reminder(latest.key, subject, latest.at, latest.title, latest.body, tuple(stale)))
        later.extend(r for r in unsaid if r.at > now)
    return due, later


def due_reminders(items: Iterable[AgendaItem | Debrief], marks: Marks, now: datetime, settings: Settings,
                  zone: ZoneInfo) -> list[Reminder]:
    """What to say now, earliest first; nothing during quiet hours."""
    _require_aware(now)
    if in_quiet_hours(now.astimezone(zone).time(), settings.quiet_start, settings.quiet_end):
        return []
    due, _ = _plan(items, marks, now, settings, zone)
    return sorted(due, key=lambda r: (r.at, r.title))


def next_wake(items: Iterable[AgendaItem | Debrief], marks: Marks, now: datetime, settings: Settings,
              zone: ZoneInfo) -> datetime | None:
    """The next moment something needs saying: `now` when something is due already, None when nothing is planned."""
    _require_aware(now)
    due, later = _plan(items, marks, now, settings, zone)
    moments = [r.at for r in later]
    if due:
        moments.append(out_of_quiet(now, settings, zone))
    return min(moments) if moments else None


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("the current time has no time zone")
