"""Writing the calendar a phone or a desktop calendar imports or subscribes to (RFC 5545, with RFC 7986 names).

Choices, made for what a phone shows well:
* A timed event is written in its own zone (DTSTART;TZID=Europe/Paris:...) with a VTIMEZONE for that zone built
  from the zone database, covering the events' years only; a calendar that knows the zone uses its own rules,
  one that does not uses the VTIMEZONE, and both show the event at the right local time wherever the phone is.
  A zone of UTC is written as UTC ("Z").
* An all-day event is a DATE (the day as the candidate sees it), ending the next day; its alarms are relative
  to the start of that day, so "+PT9H30M" rings at 09:30 on the day in the phone's zone.
* Every event has a UID that stays the same from one export to the next, and a SEQUENCE, LAST-MODIFIED and
  DTSTAMP that the caller changes only when the event does: importing a newer export updates the same events
  instead of adding copies. The calendar has no METHOD (it is a calendar, not a message to attendees), as a
  calendar store's own file has none.
* Deadlines and reminders are TRANSP:TRANSPARENT: they do not make the candidate look busy to a scheduler.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from desktop.core.untrusted_text import without_control_characters

PRODID = "-//Afterview//Afterview Calendar Export//EN"
CALENDAR_NAME = "Afterview"
# A subscribing calendar may look again this often (RFC 7986 REFRESH-INTERVAL, and Outlook's older name).
REFRESH = timedelta(hours=1)


@dataclass(frozen=True)
class Alarm:
    """A reminder on the device: `offset` from the event's start (negative: before it), and what it says."""

    offset: timedelta
    text: str


@dataclass
class ExportEvent:
    """What the app writes for one interview, deadline or date of the candidate's own.

    `start` is an aware datetime for a timed event, shown in `zone`, or a date for an all-day event.
    """

    uid: str
    summary: str
    start: datetime | date
    end: datetime | date | None = None
    zone: str = "UTC"  # an IANA name; the event's local times are written in it
    description: str = ""
    location: str = ""
    url: str = ""
    alarms: list[Alarm] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    busy: bool = True  # False for deadlines: the time stays free to others' schedulers
    sequence: int = 0
    modified: datetime | None = None  # when its content last changed (LAST-MODIFIED)

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)


def write_calendar(events: list[ExportEvent], stamp: datetime | None = None,
                   written: dict[str, bytes] | None = None) -> bytes:
    """An RFC 5545 calendar with a VTIMEZONE for every zone its events use, in the order given.

    `stamp` (default: now) is the DTSTAMP of events that carry no time of change. `written`, when given, holds the
    text of the events of the caller's last calendar, by content: an event unchanged since is not serialized again
    (about 1.5 ms an event), and `written` is left holding this calendar's.
    """
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    calendar = icalendar.Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("NAME", CALENDAR_NAME)
    calendar.add("X-WR-CALNAME", CALENDAR_NAME)
    calendar.add("REFRESH-INTERVAL", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", icalendar.vDuration(REFRESH))
    zones = sorted({item.zone for item in events if not item.all_day and event_zone(item.zone).key != "UTC"})
    if zones:
        # Only the years the events fall in: a VTIMEZONE from 1970 to 2038 lists every change for 68 years.
        days = [_day(item.start) for item in events]
        first, last = date(min(days).year - 1, 1, 1), date(max(days).year + 2, 1, 1)
        for name in zones:
            calendar.add_component(icalendar.Timezone.from_tzinfo(event_zone(name), name, first, last))
    before = written or {}
    texts: dict[str, bytes] = {}
    for item in events:
        key = repr(item) if item.modified is not None else f"{item!r} {stamp.isoformat()}"
        texts[key] = before.get(key) or _text(_event(item, stamp))
    if written is not None:
        written.clear()
        written.update(texts)
    end = b"END:VCALENDAR\r\n"
    return _text(calendar).removesuffix(end) + b"".join(texts.values()) + end


def _text(component: icalendar.Component) -> bytes:
    return without_control_characters(component.to_ical().decode()).encode()


def _day(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


def event_zone(name: str) -> ZoneInfo:
    """The zone an event is written in; ValueError names a zone the zone database does not know."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"'{name}' is not a time zone name like Europe/Paris") from None


def _event(item: ExportEvent, stamp: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("UID", item.uid)
    # Without METHOD, DTSTAMP is when the event last changed (RFC 5545 3.8.7.2), so a calendar written again
    # holds the same text for the same event.
    event.add("DTSTAMP", (item.modified or stamp).astimezone(UTC))
    event.add("SEQUENCE", item.sequence)
    if item.modified is not None:
        event.add("LAST-MODIFIED", item.modified.astimezone(UTC))
    if isinstance(item.start, datetime):
        if item.start.utcoffset() is None:
            raise ValueError(f"event {item.uid!r} has a start time without a zone")
        zone = event_zone(item.zone)
        event.add("DTSTART", item.start.astimezone(zone))
        if isinstance(item.end, datetime) and item.end > item.start:
            event.add("DTEND", item.end.astimezone(zone))
    else:
        last = _day(item.end) if item.end is not None else item.start
        event.add("DTSTART", item.start)
        event.add("DTEND", max(last, item.start + timedelta(days=1)))
    event.add("SUMMARY", item.summary)
    for name, value in (("DESCRIPTION", item.description), ("LOCATION", item.location), ("URL", item.url)):
        if value:
            event.add(name, value)
    if item.categories:
        event.add("CATEGORIES", item.categories)
    event.add("TRANSP", "OPAQUE" if item.busy else "TRANSPARENT")
    for reminder in item.alarms:
        alarm = icalendar.Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("DESCRIPTION", reminder.text or item.summary)  # RFC 5545: a DISPLAY alarm has a text
        alarm.add("TRIGGER", reminder.offset)
        event.add_component(alarm)
    return event
