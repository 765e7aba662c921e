"""The calendar export: exactly what the Calendar page shows, as events a phone imports or subscribes to.

The events come from the Calendar page's own markers (operations.calendar.placed_markers), never from a list
of their own, so the file and the page cannot disagree. How each kind is written, and why:

* an interview: at its time in its own zone (the zone it was set in), busy, reminded 1 hour and 15 minutes
  before, with the place, the join link and the people met;
* thank-you notes due: a short event at the deadline (a moment on the candidate's wall clock, 48 hours after
  the interview), free time, reminded at the Settings' lead times (12 and 2 hours before), naming each person
  still to thank;
* the follow-up call: 15 minutes at the start of the working day it falls due, busy, reminded when it starts,
  with the person to call and their numbers (and a tel: link to dial);
* a move-on date, a date of the candidate's own and an expected decision that falls after one: all-day
  events (a day to decide or to remember, not an appointment), free time, reminded at the start of the
  working day; the candidate's own dates the working day before too.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from desktop.core.calendar_export import Alarm, ExportEvent, event_zone, write_calendar
from desktop.core.contact_rules import check_phone, format_phone
from desktop.core.messages import Message, english, plural, together
from desktop.core.timeline import day_text
from desktop.operations.calendar import Marker, MarkerKind, placed_markers
from desktop.operations.opportunities import InterviewRow, OpportunityRow, PersonMet
from desktop.operations.progress import NO_PROGRESS, Progress
from desktop.operations.transfer_types import TransferError
from desktop.operations.vcard_transfer import write_file_atomically
from desktop.operations.workspace import Workspace
from desktop.storage.models import CalendarEvent, ContactPhone

UID_DOMAIN = "afterview.local"
CALENDAR_FILE = "Afterview.ics"
INTERVIEW_REMINDERS = (60, 15)  # minutes before an interview
SHORT = timedelta(minutes=15)  # a call, or the moment a deadline falls


@dataclass(frozen=True)
class CalendarExport:
    """What an export wrote: how many events of each kind, and where."""

    path: Path
    counts: dict[MarkerKind, int]

    @property
    def count(self) -> int:
        return sum(self.counts.values())

    @property
    def description(self) -> str:
        """'7 calendar events (3 interviews, 2 note deadlines, 1 call, 1 move-on date)'."""
        if not self.count:
            return english("no calendar events (nothing is on the Calendar page yet)")
        parts = [_counted(kind, n) for kind, n in self.counts.items() if n]
        return Message("{events} ({parts})", events=plural("%n calendar event(s)", "", self.count),
                       parts=together(parts, ", "))


def _counted(kind: MarkerKind, n: int) -> str:
    """What the summary says of each kind."""
    if kind is MarkerKind.INTERVIEW:
        return plural("%n interview(s)", "", n)
    if kind is MarkerKind.NOTE:
        return plural("%n note deadline(s)", "", n)
    if kind is MarkerKind.CALL:
        return plural("%n call(s)", "", n)
    if kind is MarkerKind.MOVE_ON:
        return plural("%n move-on date(s)", "", n)
    if kind is MarkerKind.PERSONAL:
        return plural("%n date(s) of your own", "", n)
    return plural("%n decision(s) after your own date(s)", "", n)


def export_calendar(workspace: Workspace, path: Path, *, progress: Progress = NO_PROGRESS,
                    written: dict[str, bytes] | None = None) -> CalendarExport:
    """Write everything the Calendar page shows to `path`, replacing it in one step; UIDs are stable, so importing
    a later export updates the same events. `written` lets a caller that writes again and again (the kept calendar
    file) skip serializing the events that have not changed since its last write."""
    progress.update(0, 0, path.name)
    markers, events = calendar_events(workspace, progress, path.name)
    _number(workspace, events)
    write_file_atomically(path, write_calendar(events, workspace.now(), written))
    counts = dict.fromkeys(MarkerKind, 0)
    for marker in markers:
        counts[marker.kind] += 1
    return CalendarExport(path, counts)


def calendar_file(workspace: Workspace) -> Path | None:
    """The file kept up to date (Settings → Calendar), or None when none is kept."""
    folder = workspace.settings.calendar_folder.strip()
    return Path(folder).expanduser() / CALENDAR_FILE if folder else None


def update_calendar_file(workspace: Workspace, *, progress: Progress = NO_PROGRESS,
                         written: dict[str, bytes] | None = None) -> CalendarExport | None:
    """Rewrite the calendar file kept up to date, if one is; a folder that is gone is said, not created."""
    path = calendar_file(workspace)
    if path is None:
        return None
    if not path.parent.is_dir():
        raise TransferError(f"{path.parent}: the folder chosen for the calendar file does not exist (any more); "
                            "choose another in Settings → Calendar")
    return export_calendar(workspace, path, progress=progress, written=written)


def calendar_events(workspace: Workspace, progress: Progress = NO_PROGRESS, what: str = ""
                    ) -> tuple[list[Marker], list[ExportEvent]]:
    """The Calendar page's markers, earliest first, and the event written for each."""
    rows, placed = placed_markers(workspace)
    placed.sort(key=lambda found: (found[0], found[1].when is not None, found[1].when or datetime.min, found[1].key))
    writer = _EventWriter(workspace, rows, [marker for _day, marker in placed])
    events = []
    for number, (day, marker) in enumerate(placed):
        progress.update(number, len(placed), what)
        events.append(writer.event(day, marker))
    return [marker for _day, marker in placed], events


class _EventWriter:
    """Turns markers into events, with what they need from the opportunities and the cards of those to call."""

    def __init__(self, workspace: Workspace, rows: list[OpportunityRow], markers: list[Marker]) -> None:
        self.workspace, self.settings = workspace, workspace.settings
        self.opportunities = {row.id: row for row in rows}
        self.interviews = {i.id: i for row in rows for i in row.interviews}
        to_call = {p.contact_id for m in markers if m.kind is MarkerKind.CALL for p in m.people}
        self.phones: dict[int, list[tuple[str, str]]] = {}
        with workspace.session() as session:
            for phone in session.execute(select(ContactPhone.contact_id, ContactPhone.number, ContactPhone.label)
                                         .where(ContactPhone.contact_id.in_(to_call))
                                         .order_by(ContactPhone.contact_id, ContactPhone.position)):
                self.phones.setdefault(phone.contact_id, []).append((phone.number, phone.label))
        # The candidate's deadlines are on their own clock; a zone read from a file has no name to write: UTC then,
        # which still places every event at the right moment.
        self.zone = _known(workspace.zone.key) or "UTC"
        start = self.settings.workday_start
        self.morning = timedelta(hours=start.hour, minutes=start.minute)  # from the start of an all-day event

    def event(self, day: date, marker: Marker) -> ExportEvent:
        base = ExportEvent(uid=f"{marker.key.replace(':', '-')}@{UID_DOMAIN}", summary=marker.title, start=day,
                           zone=self.zone, categories=["Afterview", marker.kind.label])
        interview = self.interviews.get(marker.target.interview_id or -1)
        row = self.opportunities.get(marker.target.opportunity_id or -1)
        if marker.kind is MarkerKind.INTERVIEW and interview is not None and row is not None:
            return self._interview(base, interview, row)
        if marker.kind is MarkerKind.NOTE and interview is not None and row is not None:
            return self._notes(base, marker, interview, row)
        if marker.kind is MarkerKind.CALL and row is not None:
            return self._call(base, marker, row)
        return self._day(base, marker, row)

    def _interview(self, base: ExportEvent, interview: InterviewRow, row: OpportunityRow) -> ExportEvent:
        zone = _known(interview.time_zone) or self.zone  # the zone it was set in, when the zone database knows it
        what = f"{interview.kind.label} interview at {row.company}"
        lines = [f"{interview.kind.label} interview for {row.role} at {row.company}."]
        if interview.people:
            lines.append(f"With {_names(interview.people, titles=True)}.")
        if interview.video_link:
            lines.append(f"Join: {interview.video_link}")
        where = interview.location or interview.video_link
        if interview.all_day:
            local = interview.starts_at.astimezone(event_zone(zone))
            end = interview.ends_at.astimezone(event_zone(zone)).date() if interview.ends_at else None
            return replace(base, summary=what, start=local.date(), end=end, zone=zone, description="\n".join(lines),
                           location=interview.location, url=interview.video_link,
                           alarms=[Alarm(self.morning, f"{what} today")])
        # An interview always has an end once edited in Afterview; one read without it is given an hour.
        end = interview.ends_at or interview.starts_at + timedelta(hours=1)
        at = f": {where}" if where else ""
        return replace(base, summary=what, start=interview.starts_at, end=end, zone=zone,
                       description="\n".join(lines), location=interview.location, url=interview.video_link,
                       alarms=[Alarm(-timedelta(minutes=m), f"{what} in {_minutes(m)}{at}")
                               for m in INTERVIEW_REMINDERS])

    def _notes(self, base: ExportEvent, marker: Marker, interview: InterviewRow, row: OpportunityRow
               ) -> ExportEvent:
        assert marker.when is not None
        notes = f"Thank-you note{'s' if len(marker.people) > 1 else ''} to {_names(marker.people)}"
        zone = self.workspace.zone
        interviewed = day_text(interview.starts_at.astimezone(zone).date())
        due = f"{marker.when.astimezone(zone):%H:%M}"
        waiting = {contact: at.astimezone(zone) for contact, at in interview.notes_scheduled}
        going = [f"The note to {p.name} is to go out by itself on {day_text(waiting[p.contact_id].date())} at "
                 f"{waiting[p.contact_id]:%H:%M}, while Afterview runs."
                 for p in marker.people if p.contact_id in waiting]
        return replace(base, summary=f"{marker.title}: {row.company}", start=marker.when, end=marker.when + SHORT,
                       busy=False,
                       description="\n".join([
                           f"{notes}, after the interview on {interviewed}, due by {due}.", *going,
                           f"{row.company} · {row.role}",
                           f"Write {'them' if len(marker.people) > 1 else 'it'} in Afterview (Notes)."]),
                       alarms=[Alarm(-timedelta(hours=h), f"{notes} due in {_hours(h)}")
                               for h in sorted(set(self.settings.reminder_lead_hours), reverse=True) if h > 0])

    def _call(self, base: ExportEvent, marker: Marker, row: OpportunityRow) -> ExportEvent:
        assert marker.when is not None
        person = marker.people[0] if marker.people else None
        phones = self.phones.get(person.contact_id, []) if person else []
        region = self.settings.default_phone_region
        numbers = " or ".join(f"{format_phone(number, region)} ({label})" if label else format_phone(number, region)
                              for number, label in phones)
        if person is None:
            first = "Nobody met at the interview is recorded: add the people you met in Afterview, then call them."
            ring = f"Follow-up call to {row.company}"
        elif numbers:
            first = f"Call {_names(marker.people, titles=True)} on {numbers}."
            ring = f"Call {person.name} at {row.company}: {format_phone(phones[0][0], region)}"
        else:
            first = (f"Call {_names(marker.people, titles=True)}. Their card has no phone number yet: add it in "
                     "Afterview (Contacts).")
            ring = f"Call {person.name} at {row.company}"
        return replace(base, summary=f"{marker.title} ({row.company})", start=marker.when, end=marker.when + SHORT,
                       description=f"{first}\n{row.company} · {row.role}\nLog the call in Afterview afterwards.",
                       url=_dial(phones[0][0], region) if phones else "",
                       alarms=[Alarm(timedelta(0), ring)])

    def _day(self, base: ExportEvent, marker: Marker, row: OpportunityRow | None) -> ExportEvent:
        """A whole day: a move-on date, a date of the candidate's own, or an expected decision after one."""
        if marker.kind is MarkerKind.MOVE_ON:
            company = row.company if row else "this company"
            text = (f"{marker.detail}\nIf your follow-up calls to {company} went unanswered, decide in Afterview "
                    "whether to move on: the opportunity then closes as \u201cno response\u201d.")
        elif marker.kind is MarkerKind.PERSONAL:
            text = "One of your own dates, from your timeline in Afterview."
        else:
            text = marker.detail
        alarms = [Alarm(self.morning, f"Today: {marker.title}")]
        if marker.kind is MarkerKind.PERSONAL:
            alarms.insert(0, Alarm(self.morning - timedelta(days=1), f"Tomorrow: {marker.title}"))
        return replace(base, description=text, busy=False, alarms=alarms)


def _known(zone: str | None) -> str:
    """The zone's name when the zone database knows it, else ""."""
    try:
        event_zone(zone or "")
    except ValueError:
        return ""
    return zone or ""


def _names(people: tuple[PersonMet, ...], titles: bool = False) -> str:
    """'Dana Whitfield (Head of Design) and Seán Mac Gearailt'."""
    named = [f"{p.name} ({p.title})" if titles and p.title else p.name for p in people]
    return named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"


def _dial(number: str, region: str) -> str:
    """A tel: link a phone dials from anywhere, or "" for a number that cannot be read."""
    check = check_phone(number, region)
    return f"tel:{check.normalized}" if check.ok and not check.warning else ""


def _minutes(count: int) -> str:
    return "1 hour" if count == 60 else f"{count} minutes"


def _hours(count: int) -> str:
    return f"{count} hour{'s' if count != 1 else ''}"


def _fingerprint(event: ExportEvent) -> str:
    return hashlib.sha256(repr(replace(event, sequence=0, modified=None)).encode()).hexdigest()


def _number(workspace: Workspace, events: list[ExportEvent]) -> None:
    """Give each event the SEQUENCE and LAST-MODIFIED of its content: raised only when the content changed."""
    now = workspace.now()
    with workspace.session() as session:
        known = {row.uid: (row.fingerprint, row.sequence, row.modified_at)
                 for row in session.execute(select(CalendarEvent.uid, CalendarEvent.fingerprint,
                                                   CalendarEvent.sequence, CalendarEvent.modified_at))}
    changed: list[CalendarEvent] = []
    for event in events:
        digest = _fingerprint(event)
        before = known.get(event.uid)
        if before is None:
            event.sequence, event.modified = 0, now
        elif before[0] != digest:
            event.sequence, event.modified = before[1] + 1, now
        else:
            event.sequence, event.modified = before[1], before[2]
            continue
        changed.append(CalendarEvent(uid=event.uid, fingerprint=digest, sequence=event.sequence, modified_at=now))
    if changed:
        with workspace.write_session() as session:
            for row in changed:
                session.merge(row)
