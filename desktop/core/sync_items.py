"""What two-way sync compares: a contact or an event as named text fields, written to and read from the server's
vCards and iCalendar objects, and the three-way merge of a base (the last synced copy), a local and a remote copy.

Plain values only: the server, the database and the screens are other layers' business. The text written is the
vCard export's (desktop/core/vcard.py) and the calendar export's (desktop/core/calendar_export.py), so a phone gets
from sync exactly what it gets from a file.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import icalendar

from desktop.core.calendar_export import ExportEvent, write_calendar
from desktop.core.cards import ContactCard, ImportProblem, LabelledValue
from desktop.core.messages import Message, english
from desktop.core.vcard import read_vcards, write_vcards

Fields = dict[str, str]

# The card's fields that travel to the server and back unchanged, in the order a conflict lists them.
CARD_FIELDS = ("full_name", "given_name", "family_name", "title", "company", "emails", "phones", "street",
               "locality", "region", "postal_code", "country", "website", "linkedin", "notes")
# An event's fields; only an interview's start, end and place come back into Afterview (see operations/sync.py).
EVENT_FIELDS = ("summary", "start", "end", "location", "description")
# How a field is named to the user (a conflict's "Title changed on both sides", what the server changed).
FIELD_LABELS = {"full_name": english("Name"), "given_name": english("Given name"),
                "family_name": english("Family name"), "title": english("Title"), "company": english("Company"),
                "emails": english("Emails"), "phones": english("Phones"), "street": english("Street"),
                "locality": english("City"), "region": english("Region"), "postal_code": english("Postal code"),
                "country": english("Country"), "website": english("Website"), "linkedin": english("LinkedIn"),
                "notes": english("Notes"), "summary": english("Title"), "start": english("Start"),
                "end": english("End"), "location": english("Place"), "description": english("Description")}
_SAFE_NAME = re.compile(r"^[A-Za-z0-9@._-]{1,120}$")


class UnreadableItem(ValueError):
    """A server object Afterview cannot read; the message says what is wrong with it."""


def resource_name(uid: str, suffix: str) -> str:
    """The file name an item gets in its collection: its UID when that is URL-safe, else a digest of it."""
    base = uid if _SAFE_NAME.match(uid) else hashlib.sha1(uid.encode()).hexdigest()
    return f"{base}{suffix}"


def _labelled(values: list[LabelledValue]) -> str:
    return "\n".join(f"{item.label}: {item.value}" for item in values)


def _unlabelled(text: str) -> list[LabelledValue]:
    found = []
    for line in text.splitlines():
        label, _, value = line.partition(": ")
        found.append(LabelledValue(value, label) if value else LabelledValue(label))
    return found


def card_fields(card: ContactCard) -> Fields:
    """The card's synced fields as text; emails and phones one 'label: value' a line, in order."""
    fields = {name: str(getattr(card, name) or "") for name in CARD_FIELDS if name not in ("emails", "phones")}
    fields["full_name"] = card.display_name
    fields["emails"], fields["phones"] = _labelled(card.emails), _labelled(card.phones)
    return {name: fields[name] for name in CARD_FIELDS}


def card_with_fields(card: ContactCard, fields: Fields) -> ContactCard:
    """A copy of `card` holding `fields`; what sync does not carry (greeting, photo, ...) stays as it was."""
    values = {name: fields[name] for name in CARD_FIELDS if name not in ("emails", "phones")}
    copy = ContactCard(**{**card.__dict__, **values})
    copy.emails, copy.phones = _unlabelled(fields["emails"]), _unlabelled(fields["phones"])
    return copy


def card_text(card: ContactCard) -> str:
    """The vCard the server keeps for a contact (without its photo: a phone's contact list needs no scan)."""
    return write_vcards([ContactCard(**{**card.__dict__, "photo": None, "photo_type": ""})])


def read_card(text: str, where: str) -> ContactCard:
    """The one card of a server vCard; UnreadableItem says why it cannot be read."""
    try:
        result = read_vcards(text.encode(), where)
    except ImportProblem as problem:
        raise UnreadableItem(problem.args[0]) from None
    if len(result.cards) != 1:
        raise UnreadableItem(Message("{where}: holds {count} cards, where a server keeps one per object", where=where,
                                     count=len(result.cards)))
    return result.cards[0]


def _when(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def event_fields(event: ExportEvent) -> Fields:
    """The event's synced fields as the calendar export writes them: times as UTC instants, or days."""
    end = event.end
    if isinstance(event.start, datetime):
        if not (isinstance(end, datetime) and end > event.start):
            end = None  # written without DTEND
    else:
        last = end.date() if isinstance(end, datetime) else end or event.start
        end = max(last, event.start + timedelta(days=1))
    return {"summary": event.summary, "start": _when(event.start), "end": _when(end), "location": event.location,
            "description": event.description}


def event_text(event: ExportEvent, stamp: datetime) -> str:
    """The iCalendar object the server keeps for one event: the calendar export's, with its VTIMEZONE."""
    return write_calendar([event], stamp).decode()


@dataclass(frozen=True)
class RemoteEvent:
    """An event as read back from the server."""

    uid: str
    fields: Fields
    start: datetime | date
    end: datetime | date | None


def read_event(text: str, where: str) -> RemoteEvent:
    """The one event of a server calendar object; UnreadableItem says why it cannot be read."""
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as error:
        raise UnreadableItem(Message("{where}: not an iCalendar object ({error})", where=where,
                                     error=str(error))) from None
    events = [part for part in calendar.walk("VEVENT")]
    if len(events) != 1:
        raise UnreadableItem(Message("{where}: holds {count} events; Afterview writes one per object", where=where,
                                     count=len(events)))
    event = events[0]
    uid = str(event.get("UID", "")).strip()
    start = event.decoded("DTSTART", None)
    if not uid or start is None:
        raise UnreadableItem(Message("{where}: the event has no UID", where=where) if not uid
                             else Message("{where}: the event has no start (DTSTART)", where=where))
    end = event.decoded("DTEND", None)
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, datetime) and value.utcoffset() is None:
            raise UnreadableItem(Message("{where}: the event's {name} is a floating time, in no time zone",
                                         where=where, name=name))
    fields = {"summary": str(event.get("SUMMARY", "")), "start": _when(start), "end": _when(end),
              "location": str(event.get("LOCATION", "")), "description": str(event.get("DESCRIPTION", ""))}
    return RemoteEvent(uid, fields, start, end)


@dataclass(frozen=True)
class Conflict:
    """One field changed both here and on the server, to different values: both are kept for the user."""

    field: str
    local: str
    remote: str

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)


@dataclass(frozen=True)
class Merge:
    """The merged fields (a true conflict keeps the local value there) and the conflicts to show."""

    fields: Fields
    conflicts: tuple[Conflict, ...]


def merge_fields(base: Fields | None, local: Fields, remote: Fields) -> Merge:
    """Field by field: a side that did not change takes the other's value; both changed to different values is a
    conflict. Without a base (the same item created on both sides) every difference is a conflict."""
    merged: Fields = {}
    conflicts = []
    for name in dict.fromkeys([*local, *remote]):
        mine, theirs = local.get(name, ""), remote.get(name, "")
        before = base.get(name, "") if base is not None else None
        if mine == theirs or theirs == before:
            merged[name] = mine
        elif mine == before:
            merged[name] = theirs
        else:
            merged[name] = mine
            conflicts.append(Conflict(name, mine, theirs))
    return Merge(merged, tuple(conflicts))
