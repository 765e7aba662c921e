"""An .ics file screened before icalendar parses it: counted after unfolding, trimmed, cleaned, in one pass.

Every limit is counted on content lines with their folds joined, so `BEGIN:VEV` folded onto ` ENT` counts
as the event it is. The parser is given the unfolded lines that were kept: neither those past a limit nor an
event's alarms and the properties nothing reads (UNREAD).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.cards import ImportProblem
from desktop.core.messages import Message
from desktop.core.untrusted_text import control_characters_note, logical_lines, remove_control_characters

MAX_ATTENDEES = 500  # an interview has a handful; a hostile file can list 100,000
MAX_NESTING = 8  # VCALENDAR > VEVENT > VALARM is 3 deep; VTIMEZONE > STANDARD is 3
MAX_PROPERTY = 200_000  # characters; a long invitation's description is a few thousand
MAX_EVENTS = 20_000  # a whole calendar's export, years of it, read for its interviews (3.6 s, +90 MB at most)
MAX_PROPERTIES_PER_EVENT = 1_000  # attendees included; Outlook writes about 40 lines an event
MAX_VALUES = 1_000  # in one list-valued line: EXDATE, RDATE, CATEGORIES, RRULE parts
# An event's properties that nothing reads, left out of what the parser is given. With the alarms, they are
# 40% of a Google Calendar export's lines and, their dates parsed, more than half the time of reading it.
UNREAD = frozenset({
    "DTSTAMP", "CREATED", "LAST-MODIFIED", "TRANSP", "CLASS", "PRIORITY", "X-ALT-DESC", "X-MOZ-GENERATION",
    "X-MOZ-LASTACK", "X-MICROSOFT-CDO-OWNERAPPTID", "X-MICROSOFT-CDO-BUSYSTATUS", "X-MICROSOFT-CDO-IMPORTANCE",
    "X-MICROSOFT-CDO-INTENDEDSTATUS", "X-MICROSOFT-CDO-INSTTYPE", "X-MICROSOFT-DONOTFORWARDMEETING",
    "X-MICROSOFT-DISALLOW-COUNTER", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR",
})
# Free text, whose commas are punctuation, not separators of values.
_TEXT = frozenset({"DESCRIPTION", "SUMMARY", "LOCATION", "COMMENT", "X-ALT-DESC", "CONTACT", "RESOURCES"})
_NAME = re.compile(r"[^;:]*")
_PEOPLE = frozenset({"ATTENDEE", "ORGANIZER"})
_PERSON_PARAMETERS = frozenset({"CN", "EMAIL"})  # all that is read of a person; ROLE, PARTSTAT, RSVP... are not
_PARAMETER = re.compile(r';([A-Za-z0-9-]+)=((?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)')


@dataclass
class EventPlace:
    """Where an event and its repeat rule start in the file (1-based lines; 0 when it has no rule)."""

    begin: int
    rule: int = 0


@dataclass
class Screened:
    text: str  # the kept content lines, unfolded, for the parser
    problems: list[str] = field(default_factory=list)
    # Each event's place, in the order the reader numbers events: those in calendars, then any bare ones.
    places: list[EventPlace] = field(default_factory=list)


def screen(text: str, source: str) -> Screened:
    """Refuse a file cut short, too deep or with too many events; drop lines past the other limits, each noted."""
    text, removed, first = remove_control_characters(text)
    problems = [control_characters_note(source, removed, first)] if removed else []
    kept: list[str] = []
    counts = {"BEGIN:VCALENDAR": 0, "END:VCALENDAR": 0, "BEGIN:VEVENT": 0, "END:VEVENT": 0}
    in_calendar: list[EventPlace] = []
    bare: list[EventPlace] = []
    stack: list[str] = []
    deepest = 0
    event: _EventLines | None = None
    for line, number in logical_lines(text):
        upper = line.strip().upper()
        if upper in counts:
            counts[upper] += 1
        if upper.startswith("BEGIN:"):
            stack.append(upper[6:])
            deepest = max(deepest, len(stack))
            if upper == "BEGIN:VEVENT":
                place = EventPlace(number)
                (in_calendar if "VCALENDAR" in stack else bare).append(place)
                # Past the limit the file is refused: its events are only counted, their lines not screened
                event = _EventLines(place, len(in_calendar) + len(bare)) if counts[upper] <= MAX_EVENTS else None
        elif upper.startswith("END:"):
            if stack:
                stack.pop()
            if upper == "END:VEVENT" and event is not None:
                problems += event.notes(source)
                event = None
        elif event is not None:
            given = event.keep(line, number, source)
            if given is None:
                continue
            line = given
        if event is not None and ("VALARM" in stack or upper == "END:VALARM"):
            continue  # an event's alarms are not read
        if counts["BEGIN:VEVENT"] <= MAX_EVENTS:  # past it the file is refused; its lines are only counted
            kept.append(line)
    _check_counts(counts, deepest, source)
    return Screened("\r\n".join(kept) + "\r\n", problems, in_calendar + bare)


def _check_counts(counts: dict[str, int], deepest: int, source: str) -> None:
    for name in ("VCALENDAR", "VEVENT"):
        begins, ends = counts[f"BEGIN:{name}"], counts[f"END:{name}"]
        if begins != ends:
            raise ImportProblem(Message("{source}: the file is truncated or damaged ({begins} BEGIN:{name} but {ends} "
                                        "END:{name})", source=source, begins=begins, ends=ends, name=name))
    if not counts["BEGIN:VCALENDAR"] and not counts["BEGIN:VEVENT"]:
        raise ImportProblem(Message("{source}: not an iCalendar file (no BEGIN:VCALENDAR)", source=source))
    events = counts["BEGIN:VEVENT"]
    if events > MAX_EVENTS:
        raise ImportProblem(Message("{source}: holds {events:,} events; Afterview reads at most {most:,} events a "
                                    "file (export a shorter period of your calendar, or just the interviews)",
                                    source=source, events=events, most=MAX_EVENTS))
    if deepest > MAX_NESTING:
        raise ImportProblem(Message("{source}: components are nested {deepest} deep; a calendar needs at most {most}",
                                    source=source, deepest=deepest, most=MAX_NESTING))


class _EventLines:
    """The property lines of one event as they go by: counted, and dropped past the limits."""

    def __init__(self, place: EventPlace, number: int) -> None:
        self.place, self.number = place, number
        self.properties = self.attendees = 0
        self.dropped: list[str] = []

    def keep(self, line: str, number: int, source: str) -> str | None:
        """The line as the parser is to be given it; None when it is left out."""
        found = _NAME.match(line)
        assert found is not None  # the pattern matches every line, if only emptily
        name = found.group().rpartition(".")[2].upper()  # an item group ("item1.") is not the name
        self.properties += 1
        if name == "RRULE" and not self.place.rule:
            self.place.rule = number
        if self.properties > MAX_PROPERTIES_PER_EVENT or name in UNREAD:
            return None
        if name == "ATTENDEE":
            self.attendees += 1
            if self.attendees > MAX_ATTENDEES:
                return None
        where = Message("{source}: event {event} (line {begin}): the {name} on line {line}", source=source,
                        event=self.number, begin=self.place.begin, name=name, line=number)
        if name not in _TEXT and line.count(",") >= MAX_VALUES:
            self.dropped.append(Message("{where} lists {count:,} values (at most {most:,}); it was left out",
                                        where=where, count=line.count(",") + 1, most=MAX_VALUES))
            return None
        if len(line) > MAX_PROPERTY:
            self.dropped.append(Message("{where} has {count:,} characters (at most {most:,}); it was left out",
                                        where=where, count=len(line), most=MAX_PROPERTY))
            return None
        return _person_line(line, found.end()) if name in _PEOPLE else line

    def notes(self, source: str) -> list[str]:
        where = Message("{source}: event {event} (line {begin})", source=source, event=self.number,
                        begin=self.place.begin)
        notes = list(self.dropped)
        if self.properties > MAX_PROPERTIES_PER_EVENT:
            notes.append(Message("{where} has {count:,} lines; only the first {most:,} were read", where=where,
                                 count=self.properties, most=MAX_PROPERTIES_PER_EVENT))
        if self.attendees > MAX_ATTENDEES:
            notes.append(Message("{where} lists {count:,} attendees; only the first {most} were read", where=where,
                                 count=self.attendees, most=MAX_ATTENDEES))
        return notes


def _person_line(line: str, name_end: int) -> str:
    """An attendee or organizer with only the parameters that are read: a Google export gives each attendee five
    more, and parsing parameters is most of icalendar's time. A line not of the expected shape is left whole."""
    position, kept = name_end, []
    while found := _PARAMETER.match(line, position):
        if found.group(1).upper() in _PERSON_PARAMETERS:
            kept.append(found.group())
        position = found.end()
    if not line.startswith(":", position):
        return line
    return line[:name_end] + "".join(kept) + line[position:]
