"""Calendar invitations in: iCalendar (RFC 5545) files read into plain values (writing: core.calendar_export).

Reading choices, made as a candidate would expect them for interviews:

* A recurring series becomes ONE event: its next occurrence on or after `now` (or its first occurrence
  when `now` is not given; its last one when the series is over), with the RRULE text kept in
  `recurrence`. An occurrence moved by a RECURRENCE-ID override counts at its new time and with the
  override's summary, place and link; an occurrence cancelled by an override is skipped. An override
  whose series is not in the file (Outlook sends "this occurrence changed" alone) is read as an event
  of its own.
* All-day events (DATE values) start at midnight of their date in the calendar's X-WR-TIMEZONE when
  that is a known zone, otherwise in `default_zone` (UTC unless the caller passes the user's zone), so
  that the date shown is the date written. Floating times (no TZID, no Z) are read in the same zone.
* A TZID is read as the zone it names however its client wrote it (desktop/core/zone_names.py): an IANA
  name, a Windows id ("W. Europe Standard Time"), an Outlook display name ("(UTC-05:00) Eastern Time (US &
  Canada)"), with stray spaces or quotes.
* Times in a zone that only a VTIMEZONE of the file defines ("Customized Time Zone", a localized
  "(UTC-03:00) Brasília") keep the exact instant that VTIMEZONE gives, and are shown in the IANA zone whose
  offsets agree with it that year, so that `time_zone` is always a name `zoneinfo` knows.
* A time whose zone cannot be known (a TZID nothing defines, or a floating time in a calendar that names no
  zone) is read in the zone its name shows an offset for, else the calendar's, else `default_zone`, and the
  event is marked `zone_guessed` for the user to confirm; it is not refused.
* vCalendar 1.0 files (.vcs) are turned into iCalendar first (desktop/core/vcalendar.py) and read the same way.
* Replies and counter-proposals (METHOD:REPLY, COUNTER, ...) are not invitations and are reported.
"""

from __future__ import annotations

import re
import warnings
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from dateutil.rrule import rruleset, rrulestr
from icalendar.error import GloballyUniqueTZIDGuessed

from desktop.core.cards import ImportProblem
from desktop.core.ics_limits import EventPlace, screen
from desktop.core.messages import Message, english
from desktop.core.recurrence import Budget, RuleTooCostly, bounded, walk
from desktop.core.untrusted_text import mend_cut_characters
from desktop.core.vcalendar import UNREADABLE, is_vcalendar, to_icalendar
from desktop.core.zone_names import (
    clean_name,
    fixed_offset_zone,
    offset_named,
    vtimezone_clock,
    zone_like,
    zone_named,
)

UTC = ZoneInfo("UTC")
INVITATION_METHODS = ("PUBLISH", "REQUEST", "CANCEL")
INVITATIONS = ", ".join(INVITATION_METHODS)

# Join links of the video services candidates meet on; a URL ends at whitespace, quotes or angle brackets.
_VIDEO_LINK = re.compile(
    r"https://(?:[\w-]+\.)*(?:teams\.microsoft\.com/l/meetup-join|teams\.live\.com/meet"
    r"|zoom\.us/(?:j|my|w)/|zoomgov\.com/j/|meet\.google\.com/[a-z]"
    r"|webex\.com/(?:meet|join|[\w.-]+/j\.php))[^\s<>\"'\\]*",
    re.IGNORECASE,
)
# Properties that carry only the meeting link, searched before the free text of place and description.
_DATE_PROPERTIES = ("DTEND", "DURATION", "EXDATE", "RDATE")
_LINK_PROPERTIES = ("X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-GOOGLE-CONFERENCE", "CONFERENCE", "LOCATION", "DESCRIPTION")


@dataclass
class Person:
    name: str
    email: str


@dataclass
class InviteEvent:
    """One event of an invitation file, with times that always carry a zone."""

    uid: str
    sequence: int
    method: str  # "REQUEST", "CANCEL" or "PUBLISH"
    cancelled: bool
    summary: str
    description: str
    start: datetime
    end: datetime | None
    all_day: bool
    time_zone: str  # IANA name
    location: str
    video_link: str
    organizer: Person | None
    attendees: list[Person]
    recurrence: str  # the RRULE text, "" for a single event
    zone_guessed: bool = False  # the file did not say which zone its times are in; `time_zone` is a guess


@dataclass
class InviteReadResult:
    events: list[InviteEvent] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class _EventProblem(Exception):
    """One event cannot be read; the others still can."""


# ---------------------------------------------------------------- reading


def read_invites(
    data: bytes,
    source: str,
    own_email: str = "",
    now: datetime | None = None,
    default_zone: str = "UTC",
) -> InviteReadResult:
    """The events of an .ics file; per-event problems are listed, a file with nothing usable raises ImportProblem."""
    if now is not None and now.utcoffset() is None:
        raise ValueError("now must carry a time zone")
    text = _decode(data, source)
    if is_vcalendar(text):
        text = to_icalendar(text, source)
    screened = screen(text, source)
    _check_time_zone_names(screened.text, source)
    try:
        with warnings.catch_warnings():
            # icalendar's own guess at "/vendor/Area/City" TZIDs warns; zone_names reads them itself.
            warnings.simplefilter("ignore", GloballyUniqueTZIDGuessed)
            components = icalendar.Calendar.from_ical(screened.text, multiple=True)
    except ValueError as error:
        raise ImportProblem(Message("{source}: not a readable iCalendar file ({error})", source=source,
                                    error=str(error))) from error
    # A bare VEVENT (no VCALENDAR around it) is a fragment some tools write; read it as published.
    calendars = [c for c in components if c.name == "VCALENDAR"]
    bare = [c for c in components if c.name == "VEVENT"]
    if bare:
        calendars.append(icalendar.Calendar())
        for event in bare:
            calendars[-1].add_component(event)
    if not calendars:
        raise ImportProblem(Message("{source}: not an iCalendar file (no calendar or event in it)", source=source))
    zone = ZoneInfo(default_zone)
    result = InviteReadResult(problems=screened.problems)
    position = 0
    for calendar in calendars:
        reader = _CalendarReader(calendar, source, own_email.strip().lower(), now, zone, screened.places)
        position = reader.read_into(result, position)
    if not result.events:
        if position == 0:
            raise ImportProblem(Message("{source}: the calendar contains no events", source=source))
        reasons = [_unsourced(problem, source) for problem in result.problems]
        raise ImportProblem(Message("{source}: no event could be imported: {reasons}", source=source,
                                    reasons=reasons))
    return result


def _check_time_zone_names(text: str, source: str) -> None:
    """Refuse a VTIMEZONE that names itself twice: icalendar fails on it with an error that says nothing."""
    names: list[str] | None = None
    for line in text.split("\r\n"):
        upper = line.strip().upper()
        if upper == "BEGIN:VTIMEZONE":
            names = []
        elif upper == "END:VTIMEZONE":
            names = None
        elif names is not None and upper.startswith(("TZID:", "TZID;")):
            names.append(line.partition(":")[2])
            if len(names) > 1:
                raise ImportProblem(Message("{source}: a time zone definition (VTIMEZONE) has two names, {first} and "
                                            "{second}; it may have one (TZID)", source=source, first=repr(names[0]),
                                            second=repr(names[1])))


def _decode(data: bytes, source: str) -> str:
    if not data.strip():
        raise ImportProblem(Message("{source}: the file is empty", source=source))
    try:
        return mend_cut_characters(data).decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Outlook and Thunderbird versions wrote the Windows code page despite RFC 5545's UTF-8.
        return data.decode("cp1252", errors="replace")


class _CalendarReader:
    """Reads the events of one VCALENDAR, grouping a series with its moved occurrences."""

    def __init__(self, calendar: icalendar.Calendar, source: str, own_email: str, now: datetime | None, zone: ZoneInfo,
                 places: list[EventPlace]):
        self.source = source
        self.places = places
        self.own_email = own_email
        self.now = now
        self.method = str(calendar.get("METHOD", "PUBLISH")).strip().upper() or "PUBLISH"
        self.calendar = calendar
        named = _known_zone(str(calendar.get("X-WR-TIMEZONE", "")))
        self.zone, self.zone_known = named or zone, named is not None
        # Keyed by the cleaned name: Outlook has written a VTIMEZONE's TZID with a trailing space its events lack.
        self.vtimezones = {_tzid_key(str(tz.get("TZID", ""))): cast(icalendar.Timezone, tz)
                           for tz in calendar.walk("VTIMEZONE")}
        self.zones: dict[str, _Zone] = {}

    def read_into(self, result: InviteReadResult, position: int) -> int:
        """Append this calendar's events and problems; return the running event position."""
        masters: list[tuple[int, icalendar.Event]] = []
        overrides: dict[str, list[tuple[int, icalendar.Event]]] = {}
        for event in cast(list[icalendar.Event], self.calendar.walk("VEVENT")):
            position += 1
            if event.get("RECURRENCE-ID") is not None and event.get("UID") is not None:
                overrides.setdefault(str(event["UID"]), []).append((position, event))
            else:
                masters.append((position, event))
        master_uids = {str(event.get("UID", "")) for _, event in masters}
        # Overrides without their series in this file stand alone (Outlook's single-occurrence update).
        standalone = [pair for uid, pairs in overrides.items() if uid not in master_uids for pair in pairs]
        for number, event in sorted(masters + standalone, key=lambda pair: pair[0]):
            place = self.places[number - 1] if number <= len(self.places) else None
            label = _label(self.source, number, event, place)
            try:
                if self.method not in INVITATION_METHODS:
                    raise _EventProblem(Message("METHOD:{method} messages are not imported (only {methods})",
                                                method=self.method, methods=INVITATIONS))
                series = event.get("RECURRENCE-ID") is None
                moved = [e for _, e in overrides.get(str(event.get("UID", "")), [])] if series else []
                result.events.append(self._read_event(event, moved, label, result.problems))
            except _EventProblem as problem:
                result.problems.append(Message("{label}: {problem}", label=label, problem=problem.args[0]))
            except RuleTooCostly as problem:
                rule = Message(" on line {line}", line=place.rule) if place is not None and place.rule else ""
                result.problems.append(Message("{label}: not imported: its repeat rule{rule} is refused because "
                                               "{problem}; Afterview reads interview series, which repeat a few times "
                                               "a week at most", label=label, rule=rule, problem=problem.args[0]))
            except ValueError as error:  # a broken property icalendar kept for us to trip over
                result.problems.append(Message("{label}: cannot be read: {error}", label=label, error=str(error)))
        return position

    def _read_event(
        self, event: icalendar.Event, moved: list[icalendar.Event], label: str, problems: list[str]
    ) -> InviteEvent:
        if UNREADABLE in event:
            raise _EventProblem(str(event[UNREADABLE]))
        start, all_day, zone = self._start(event)
        end = self._end(event, start, all_day, label, problems)
        for name, message in event.errors:
            if name in _DATE_PROPERTIES:
                problems.append(Message("{label}: {name} ignored: {message}", label=label, name=name, message=message))
        shown = event
        recurrence = ""
        if event.get("RRULE") is not None:
            # Two RRULE lines (allowed by RFC 5545, if rare) come back as a list.
            recurrence = "\n".join(_text(rule.to_ical()) for rule in _as_list(event["RRULE"]))
            chosen = _choose_occurrence(event, start, moved, self.now, self)
            if chosen is not None:
                occurrence, shown = chosen
                if end is not None:
                    end = occurrence + (end - start)
                start = occurrence
                if shown is not event:
                    start, all_day, zone = self._start(shown)
                    end = self._end(shown, start, all_day, label, problems)
        organizer = next(iter(_as_list(event.get("ORGANIZER"))), None)  # a second ORGANIZER line is invalid
        organizer = self._person(organizer)
        attendees = [p for p in (self._person(a) for a in _as_list(event.get("ATTENDEE"))) if p is not None]
        status = str(shown.get("STATUS", "")).strip().upper()
        # Times are computed in the event's own zone (wall clock for repeats) and given in its IANA zone.
        output_zone = ZoneInfo(zone.name)
        return InviteEvent(
            uid=str(event.get("UID", "")),
            sequence=max(_int(event.get("SEQUENCE")), _int(shown.get("SEQUENCE"))),
            method=self.method,
            cancelled=self.method == "CANCEL" or status == "CANCELLED",
            summary=str(shown.get("SUMMARY", event.get("SUMMARY", ""))),
            description=str(shown.get("DESCRIPTION", event.get("DESCRIPTION", ""))),
            start=start.astimezone(output_zone),
            end=end.astimezone(output_zone) if end is not None else None,
            all_day=all_day,
            time_zone=zone.name,
            location=str(shown.get("LOCATION", event.get("LOCATION", ""))),
            video_link=_video_link(shown) or _video_link(event),
            organizer=organizer,
            attendees=attendees,
            recurrence=recurrence,
            zone_guessed=zone.guessed,
        )

    def _start(self, event: icalendar.Event) -> tuple[datetime, bool, _Zone]:
        prop = event.get("DTSTART")
        if not isinstance(_dt(prop), date):
            reason = "; ".join(message for _, message in event.errors) if event.errors else ""
            raise _EventProblem(Message("no start time (DTSTART): {reason}", reason=reason) if reason
                                else english("no start time (DTSTART)"))
        value, zone = self.aware(prop)
        return value, not isinstance(prop.dt, datetime), zone

    def aware(self, prop: Any) -> tuple[datetime, _Zone]:
        """A DATE or DATE-TIME as an aware datetime in its own zone, and the zone to show it in.

        `prop` is what icalendar holds under the name: one value, a list of them, or a broken property.
        """
        value = _dt(prop)
        if not isinstance(value, date):
            if isinstance(prop, list):  # the property written twice, which RFC 5545 allows once
                raise _EventProblem(Message("{count} values where one date is expected", count=len(prop)))
            written = _text(prop.to_ical()) if prop is not None else ""
            raise _EventProblem(Message("unreadable date {date}", date=written))
        if not isinstance(value, datetime):
            return datetime.combine(value, time(0), self.zone), _Zone(self.zone, self.zone.key)
        tzid = str(prop.params.get("TZID", "")) if hasattr(prop, "params") else ""
        if tzid:
            zone = self.zone_for(tzid, value)
            return value.replace(tzinfo=zone.tz), zone
        if value.tzinfo is None:  # floating time: the calendar's zone, a guess when it names none
            return value.replace(tzinfo=self.zone), _Zone(self.zone, self.zone.key, guessed=not self.zone_known)
        return value.astimezone(UTC), _Zone(UTC, UTC.key)

    def zone_for(self, tzid: str, around: datetime) -> _Zone:
        """The zone a TZID names in this file, the first time it is met around `around`.

        A name we can read wins over the file's VTIMEZONE: Outlook's VTIMEZONEs carry only today's rules. Any
        other TZID is read by a VTIMEZONE of this very file (icalendar caches VTIMEZONEs process-wide, so its
        own lookup could borrow another file's); with none, the zone is guessed.
        """
        key = _tzid_key(tzid)
        if key not in self.zones:
            self.zones[key] = self._find_zone(tzid, around)
        return self.zones[key]

    def _likely_zone(self) -> ZoneInfo:
        """For a TZID nothing defines: the calendar's zone, else the one zone its VTIMEZONEs name, else ours."""
        if self.zone_known:
            return self.zone
        named = {zone.key for zone in map(_known_zone, self.vtimezones) if zone is not None}
        named -= {"UTC", "Etc/UTC"}
        return ZoneInfo(named.pop()) if len(named) == 1 else self.zone

    def _find_zone(self, tzid: str, around: datetime) -> _Zone:
        known = _known_zone(tzid)
        if known is not None:
            return _Zone(known, known.key)
        component = self.vtimezones.get(_tzid_key(tzid))
        if component is None:
            offset = offset_named(tzid)
            guess = fixed_offset_zone(offset) if offset is not None else None
            zone = ZoneInfo(guess) if guess else self._likely_zone()
            return _Zone(zone, zone.key, guessed=True)
        try:
            defined = component.to_tz(lookup_tzid=False)
        except (ValueError, TypeError, KeyError) as error:
            raise _EventProblem(Message("time zone {zone} is defined in the file but cannot be read: {error}",
                                        zone=repr(tzid), error=str(error))) from error
        clock = vtimezone_clock(component, around.year)
        if clock is None:  # its rules are beyond reading here: the instant is still the VTIMEZONE's
            offset = around.replace(tzinfo=defined).utcoffset()
            return _Zone(defined, (fixed_offset_zone(offset) if offset is not None else None) or UTC.key)
        return _Zone(defined, zone_like(clock, around, hint=tzid, prefer=self.zone.key) or UTC.key)

    def _end(
        self, event: icalendar.Event, start: datetime, all_day: bool, label: str, problems: list[str]
    ) -> datetime | None:
        end = None
        prop = event.get("DTEND")
        if isinstance(_dt(prop), date):
            try:
                end = self.aware(prop)[0] if not all_day else datetime.combine(_as_date(prop.dt), time(0), start.tzinfo)
            except _EventProblem as problem:
                problems.append(Message("{label}: end time ignored: {problem}", label=label, problem=problem.args[0]))
        elif isinstance(duration := _dt(event.get("DURATION")), timedelta):
            end = start + duration
        if all_day and (end is None or end <= start):
            # DTEND is exclusive; a missing or same-day DTEND (Calendar Labs writes one) still means the day.
            end = start + timedelta(days=1)
        if end is not None and end < start:
            problems.append(Message("{label}: end time ignored: it is before the start", label=label))
            end = None
        return end.astimezone(start.tzinfo) if end is not None else None

    def _person(self, address: icalendar.vCalAddress | None) -> Person | None:
        if address is None:
            return None
        email = re.sub(r"^mailto:", "", str(address).strip(), flags=re.IGNORECASE)
        params = getattr(address, "params", {})
        if "@" not in email and "@" in str(params.get("EMAIL", "")):
            email = str(params["EMAIL"])
        if self.own_email and email.lower() == self.own_email:
            return None
        name = str(params.get("CN", "")).strip().strip('"')
        return Person(name="" if name.lower() == email.lower() else name, email=email)


def _label(source: str, number: int, event: icalendar.Event, place: EventPlace | None) -> str:
    summary = str(event.get("SUMMARY", "")).strip()
    line = Message(" on line {line}", line=place.begin) if place is not None else ""
    event_label = Message("event {number} ({summary}){line}", number=number,
                          summary=repr(summary) if summary else english("no summary"), line=line)
    return Message("{source}: {event}", source=source, event=event_label)


def _unsourced(problem: str, source: str) -> str:
    """A problem said without the file's name, which the sentence around it gives already."""
    if isinstance(problem, Message):
        label = problem.values.get("label")
        if isinstance(label, Message) and label.template == "{source}: {event}":
            return Message(problem.template, **{**problem.values, "label": label.values["event"]})
    return problem.removeprefix(f"{source}: ")


def _choose_occurrence(
    event: icalendar.Event,
    start: datetime,
    moved: list[icalendar.Event],
    now: datetime | None,
    reader: _CalendarReader,
) -> tuple[datetime, icalendar.Event] | None:
    """The series' occurrence to show and the component describing it (the series or a moved occurrence)."""
    tz = start.tzinfo
    wall = start.replace(tzinfo=None)
    rules = _rules(event, wall, tz, reader)
    replaced: dict[datetime, icalendar.Event] = {}
    for override in moved:
        try:
            original, _ = reader.aware(override["RECURRENCE-ID"])
        except _EventProblem:
            continue
        replaced[original.astimezone(UTC)] = override
    candidates: list[tuple[datetime, icalendar.Event]] = []
    for override in replaced.values():
        if str(override.get("STATUS", "")).upper() != "CANCELLED" and override.get("DTSTART") is not None:
            try:
                candidates.append((reader.aware(override["DTSTART"])[0], override))
            except _EventProblem:
                continue
    floor = now.astimezone(tz).replace(tzinfo=None) if now is not None else datetime.min
    upcoming_date, last = walk(rules, rules.budget, floor,
                               lambda moment: moment.replace(tzinfo=tz).astimezone(UTC) in replaced)
    if upcoming_date is not None:
        candidates.append((upcoming_date.replace(tzinfo=tz), event))
    upcoming = [c for c in candidates if now is None or c[0] >= now]
    if upcoming:
        return min(upcoming, key=lambda c: c[0])
    # The series is over: show its last occurrence, the one a candidate would remember.
    if last is not None:
        candidates.append((last.replace(tzinfo=tz), event))
    return max(candidates, key=lambda c: c[0]) if candidates else None


class _BudgetedSet(rruleset):
    """The series' dates, with the budget its rules are walked on."""

    def __init__(self, budget: Budget) -> None:
        super().__init__()
        self.budget = budget


def _rules(event: icalendar.Event, wall_start: datetime, tz: tzinfo | None, reader: _CalendarReader) -> _BudgetedSet:
    """The series as wall-clock times in its own zone, so a weekly 10:00 stays 10:00 across DST."""
    rules = _BudgetedSet(Budget())
    recur: Any = event["RRULE"]  # one vRecur, a list of them, or a broken property
    for one in recur if isinstance(recur, list) else [recur]:
        try:
            parts = dict(one)
        except ValueError as error:  # icalendar keeps an unparsable rule as a broken property
            raise _EventProblem(Message("cannot read the repeat rule: {error}", error=str(error))) from error
        _check_rule(parts)
        until = parts.get("UNTIL")
        if until:
            limit = until[0]
            if isinstance(limit, datetime) and limit.tzinfo is not None:
                limit = limit.astimezone(tz).replace(tzinfo=None)
            elif not isinstance(limit, datetime):
                limit = datetime.combine(limit, time(23, 59, 59))
            parts["UNTIL"] = [limit]
        text = _text(icalendar.vRecur(parts).to_ical())
        try:
            rules.rrule(bounded(rrulestr(text, dtstart=wall_start, ignoretz=True), rules.budget))
        except (ValueError, TypeError) as error:
            raise _EventProblem(Message("cannot read the repeat rule {rule}: {error}", rule=repr(text),
                                        error=str(error))) from error
    rules.rdate(wall_start)  # RFC 5545: DTSTART is the first occurrence even when the rule would skip it
    for name, add in (("EXDATE", rules.exdate), ("RDATE", rules.rdate)):
        for prop in _as_list(event.get(name)):
            for value in _dts(prop):
                moment = value.dt
                if isinstance(moment, tuple):  # an RDATE period: its start
                    moment = moment[0]
                tzid = str(prop.params.get("TZID", ""))
                if isinstance(moment, datetime) and tzid:
                    moment = moment.replace(tzinfo=reader.zone_for(tzid, moment).tz)
                if isinstance(moment, datetime):
                    add(moment.astimezone(tz).replace(tzinfo=None) if moment.tzinfo else moment)
                elif isinstance(moment, date):
                    add(datetime.combine(moment, wall_start.time()))
    return rules


def _check_rule(parts: dict) -> None:
    """Refuse a rule that matches no date at once, rather than when its walk has spent its budget."""
    months = parts.get("BYMONTH") or range(1, 13)
    days = parts.get("BYMONTHDAY") or []
    # 2024 is a leap year, so this holds each month's longest length.
    if days and all(abs(int(day)) > monthrange(2024, int(month))[1] for month in months for day in days):
        raise _EventProblem(english("the repeat rule matches no date"))


def _video_link(event: icalendar.Event) -> str:
    for name in _LINK_PROPERTIES:
        for value in _as_list(event.get(name)):
            found = _VIDEO_LINK.search(str(value))
            if found:
                return found.group(0).rstrip(".,;)")
    # RFC 7986 CONFERENCE marked as video, from a service not in the list above.
    for value in _as_list(event.get("CONFERENCE")):
        features = str(getattr(value, "params", {}).get("FEATURE", "")).upper()
        if "VIDEO" in features and str(value).lower().startswith("https://"):
            return str(value)
    return ""


@dataclass(frozen=True)
class _Zone:
    """The zone a time is read in, the IANA name its event is shown in, and whether that name is a guess."""

    tz: tzinfo
    name: str
    guessed: bool = False


def _tzid_key(tzid: str) -> str:
    return clean_name(tzid).casefold()


def _known_zone(name: str) -> ZoneInfo | None:
    found = zone_named(name)
    if found is None:
        return None
    try:
        return ZoneInfo(found)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _dt(prop: Any) -> object:
    """The parsed value of a date property, None when absent or broken (icalendar keeps broken ones)."""
    try:
        return prop.dt if prop is not None else None
    except (AttributeError, ValueError):
        return None


def _dts(prop: Any) -> list[Any]:
    """The values of an EXDATE/RDATE line; a broken line is left out (its error is in event.errors)."""
    try:
        return list(prop.dts)
    except (AttributeError, ValueError):
        return []


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _as_date(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _int(value: object) -> int:
    try:
        return int(str(value)) if value is not None else 0
    except ValueError:
        return 0


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


# ---------------------------------------------------------------- writing
