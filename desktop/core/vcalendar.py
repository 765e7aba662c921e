"""vCalendar 1.0 (.vcs, written by KOrganizer, Nokia and Lotus Notes exports) turned into iCalendar text.

Neither icalendar nor vobject reads vCalendar 1.0's own parts, so they are rewritten line by line and the result
goes through the iCalendar reader: quoted-printable values are decoded (in their CHARSET), text is escaped as
RFC 5545 wants it, TZ and DAYLIGHT become a VTIMEZONE, local times get its TZID, "W1 MO TH #10" repeat rules
become RRULEs, "Name <address>" attendees become mailto: addresses (ROLE=ORGANIZER or OWNER the organizer),
DCREATED becomes CREATED, and the alarms (AALARM, DALARM, PALARM, MALARM) are left out, as invitations'
alarms are. Each rewritten line takes the place of the lines it came from, padded with blank lines, so that
the iCalendar reader names the lines of the .vcs file itself.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from desktop.core.cards import ImportProblem
from desktop.core.messages import Message, english
from desktop.core.untrusted_text import logical_lines

# An event whose repeat rule cannot be read carries the reason here; the reader reports it and skips the event.
UNREADABLE = "X-AFTERVIEW-UNREADABLE"
_VERSION_1 = re.compile(r"^VERSION:[ \t]*1\.0[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_LINE = re.compile(r"^(?P<name>[A-Za-z0-9\-.]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)$", re.DOTALL)
_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2})(?::?(\d{2}))?(Z)?)?$", re.IGNORECASE)
_OFFSET = re.compile(r"^([+-])(\d{1,2})(?::?(\d{2}))?$")
_DATE_PROPERTIES = {"DTSTART", "DTEND", "DUE", "COMPLETED", "EXDATE", "RDATE", "LAST-MODIFIED", "DCREATED"}
_TEXT_PROPERTIES = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT"}
_ALARMS = {"AALARM", "DALARM", "PALARM", "MALARM"}
_DROPPED_PARAMS = {"ENCODING", "CHARSET", "QUOTED-PRINTABLE", "8BIT", "BASE64", "7BIT"}
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_FREQUENCIES = {"D": "DAILY", "W": "WEEKLY", "MP": "MONTHLY", "MD": "MONTHLY", "YM": "YEARLY", "YD": "YEARLY"}
ZONE_ID = "vCalendar TZ"
_DAYLIGHT_EXAMPLE = "DAYLIGHT:TRUE;-04;19960407T025959;19961027T010000;EST;EDT"


def is_vcalendar(text: str) -> bool:
    """Whether the text is a vCalendar 1.0 file (VERSION:1.0), not an iCalendar one."""
    return _VERSION_1.search(text) is not None


class _RuleProblem(ValueError):
    """A repeat rule that is not vCalendar 1.0's grammar."""


@dataclass
class _Zone:
    """The TZ and DAYLIGHT properties of the calendar: its standard offset and its summer-time periods."""

    standard: str = ""  # "+0100", "" when the file names no offset
    summers: list[tuple[str, str, str]] = field(default_factory=list)  # (offset, starts, ends), local times

    def component(self) -> list[str]:
        lines = ["BEGIN:VTIMEZONE", f"TZID:{ZONE_ID}",
                 "BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{self.standard}",
                 f"TZOFFSETTO:{self.standard}", "END:STANDARD"]
        for offset, starts, ends in self.summers:
            lines += ["BEGIN:DAYLIGHT", f"DTSTART:{starts}", f"TZOFFSETFROM:{self.standard}",
                      f"TZOFFSETTO:{offset}", "END:DAYLIGHT",
                      "BEGIN:STANDARD", f"DTSTART:{ends}", f"TZOFFSETFROM:{offset}",
                      f"TZOFFSETTO:{self.standard}", "END:STANDARD"]
        return [*lines, "END:VTIMEZONE"]


def to_icalendar(text: str, source: str) -> str:
    """The vCalendar 1.0 text as iCalendar text, line for line; a broken TZ or DAYLIGHT refuses the file.

    A repeat rule that cannot be read marks its event (UNREADABLE) instead, so that the others still import.
    """
    lines = list(logical_lines(text, quoted_printable=True))
    zone = _zone(lines, source)
    out: list[str] = []
    numbers = [number for _, number in lines] + [text.count("\n") + 2]
    for index, (line, number) in enumerate(lines):
        converted = list(_convert(line, number, zone))
        if line.strip().upper() == "END:VCALENDAR" and zone.standard:
            converted = zone.component() + converted
        out += converted
        # Blank lines keep the following lines where they were in the .vcs file; the reader skips them.
        out += [""] * max(0, numbers[index + 1] - number - len(converted))
    return "\r\n".join(out) + "\r\n"


def _split(line: str) -> tuple[str, list[str], str] | None:
    found = _LINE.match(line)
    if found is None:
        return None
    params = [p for p in found["params"].split(";") if p] if found["params"] else []
    return found["name"].upper(), params, found["value"]


def _zone(lines: list[tuple[str, int]], source: str) -> _Zone:
    zone = _Zone()
    summers: list[tuple[str, int]] = []
    for line, number in lines:
        parts = _split(line)
        if parts is None or parts[0] not in ("TZ", "DAYLIGHT"):
            continue
        name, _, value = parts
        value = value.strip()
        if name == "TZ":
            zone.standard = _offset(value)
            if not zone.standard:
                raise ImportProblem(Message("{source}: line {line}: the time zone TZ:{value} cannot be read; expected "
                                            "an offset from UTC such as TZ:-05 or TZ:+01:00", source=source,
                                            line=number, value=value))
        elif value.upper() != "FALSE":
            summers.append((value, number))
    if summers and not zone.standard:
        raise ImportProblem(Message("{source}: line {line}: DAYLIGHT is given without TZ, the standard offset it "
                                    "changes from; add TZ (such as TZ:-05) or remove DAYLIGHT", source=source,
                                    line=summers[0][1]))
    zone.summers = [_summer(value, number, source, zone.standard) for value, number in summers]
    return zone


def _summer(value: str, number: int, source: str, standard: str) -> tuple[str, str, str]:
    """One DAYLIGHT:TRUE;offset;start;end;... line as (offset, start, end), each in the local time it ends."""
    fields = [part.strip() for part in value.split(";")]
    offset = _offset(fields[1]) if len(fields) > 2 and fields[0].upper() == "TRUE" else ""
    starts = _local(fields[2], standard) if offset and len(fields) > 3 else None
    ends = _local(fields[3], offset) if offset and len(fields) > 3 else None
    if not (offset and starts and ends and starts < ends):
        reason = (english("its start is not before its end") if starts and ends and starts >= ends
                  else english("it needs TRUE, the summer offset, and its start and end times"))
        raise ImportProblem(Message("{source}: line {line}: the daylight-saving rule DAYLIGHT:{value} cannot be "
                                    "read: {reason}, as in {example}", source=source, line=number, value=value,
                                    reason=reason, example=_DAYLIGHT_EXAMPLE))
    return offset, starts, ends


def _offset(text: str) -> str:
    """"-05", "-0500", "+05:30" as "-0500"; "" when it is none (or more than 14 hours)."""
    found = _OFFSET.match(text.strip())
    if found is None or int(found[2]) > 14 or int(found[3] or 0) >= 60:
        return ""
    return f"{found[1]}{int(found[2]):02d}{found[3] or '00'}"


def _local(text: str, offset: str) -> str | None:
    """A DAYLIGHT start or end as a local date-time (a UTC one moved by `offset`); None if unreadable."""
    found = _DATE.match(text.strip())
    if found is None:
        return None
    year, month, day, hour, minute, second, utc = found.groups()
    try:
        moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    if utc:
        sign = -1 if offset.startswith("-") else 1
        moment += sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5]))
    return f"{moment:%Y%m%dT%H%M%S}"


def _convert(line: str, number: int, zone: _Zone) -> Iterator[str]:
    parts = _split(line)
    if parts is None:
        yield line
        return
    name, params, value = parts
    encoded = any(p.upper() in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE") for p in params)
    charset = next((p.split("=", 1)[1] for p in params if p.upper().startswith("CHARSET=")), "utf-8")
    if encoded:
        value = _quoted_printable(value, charset)
    kept = [p for p in params if "=" in p and p.split("=", 1)[0].upper() not in _DROPPED_PARAMS]
    # TZ and DAYLIGHT became the VTIMEZONE; vCalendar's GEO ("lat,long") is not RFC 5545's and says nothing here.
    if name in ("TZ", "DAYLIGHT", "GEO") or name in _ALARMS:
        return
    if name == "VERSION":
        yield "VERSION:2.0"
    elif name in _DATE_PROPERTIES:
        yield from _dates(name, kept, value, zone)
    elif name in _TEXT_PROPERTIES:
        yield _line(name, kept, _escape(_unescape(value)))
    elif name == "CATEGORIES":
        yield _line(name, kept, ",".join(_escape(part.strip()) for part in _unescape(value).split(";")))
    elif name in ("RRULE", "EXRULE"):
        try:
            yield _line(name, [], _rule(value))
        except _RuleProblem as problem:
            yield _line(UNREADABLE, [], f"its repeat rule {value.strip()!r} on line {number} cannot be read "
                                        f"as a vCalendar 1.0 rule: {problem}")
    elif name == "ATTENDEE":
        yield _person(kept, value)
    else:
        yield _line(name, kept, value.replace("\n", "\\n") if encoded else value)


def _line(name: str, params: list[str], value: str) -> str:
    return ";".join([name, *params]) + ":" + value


def _quoted_printable(value: str, charset: str) -> str:
    # Soft line breaks reach here as "=\n" (logical_lines keeps the line feed for the decoder to drop).
    raw = quopri.decodestring(value.replace("\r", "").encode("latin-1", errors="replace"))
    try:
        return raw.decode(charset, errors="replace").replace("\r\n", "\n")
    except LookupError:  # a CHARSET Python does not know
        return raw.decode("utf-8", errors="replace").replace("\r\n", "\n")


def _unescape(value: str) -> str:
    return value.replace("\\;", ";").replace("\\,", ",").replace("\\n", "\n").replace("\\N", "\n")


def _escape(value: str) -> str:
    """Text as RFC 5545 writes it: backslash, semicolon, comma and line feed escaped."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def _dates(name: str, params: list[str], value: str, zone: _Zone) -> Iterator[str]:
    values = [v.strip() for v in value.split(";") if v.strip()]  # vCalendar lists EXDATEs with semicolons
    found = [_DATE.match(v) for v in values]
    if not values or not all(found):
        yield _line(name, params, value)  # left for the reader to report
        return
    texts = [f"{m[1]}{m[2]}{m[3]}" + (f"T{m[4]}{m[5]}{m[6] or '00'}{'Z' if m[7] else ''}" if m[4] else "")
             for m in found if m is not None]
    if name == "DCREATED":
        name = "CREATED"
        if not texts[0].endswith("Z"):  # RFC 5545 wants CREATED in UTC; a local one says nothing of use
            return
    if all(len(t) == 8 for t in texts):
        params = [*params, "VALUE=DATE"]
    elif zone.standard and not any(t.endswith("Z") for t in texts) and name not in ("CREATED", "LAST-MODIFIED"):
        params = [*params, f"TZID={ZONE_ID}"]
    yield _line(name, params, ",".join(texts))


def _person(params: list[str], value: str) -> str:
    """"John Public <jpublic@host.com>" or "jpublic@host.com" as an ATTENDEE or ORGANIZER with CN and mailto:."""
    value = value.strip()
    found = re.match(r"^(?P<name>.*?)\s*<(?P<address>[^<>]+)>$", value)
    name, address = (found["name"].strip().strip('"'), found["address"].strip()) if found else ("", value)
    name = " ".join(name.split())  # a quoted-printable name can hold a line break, which would end the line
    address = re.sub(r"^mailto:", "", address, flags=re.IGNORECASE)
    role = next((p.split("=", 1)[1].upper() for p in params if p.upper().startswith("ROLE=")), "")
    kept = [p for p in params if p.split("=", 1)[0].upper() in ("RSVP", "CN")]
    if name and not any(p.upper().startswith("CN=") for p in kept):
        kept.append('CN="' + name.replace('"', "'") + '"')
    return _line("ORGANIZER" if role in ("ORGANIZER", "OWNER") else "ATTENDEE", kept, f"mailto:{address}")


def _rule(text: str) -> str:
    """A vCalendar 1.0 repeat rule ("W1 MO TH #10", "MP1 1+ MO #0", "MD1 1 LD 19991231T000000Z") as an RRULE."""
    if "FREQ=" in text.upper():  # some vCalendar writers already use RFC 5545's rule syntax
        return text.strip()
    words = text.replace("$", "").split()
    if not words:
        raise _RuleProblem("it is empty")
    head = re.match(r"^(D|W|MP|MD|YM|YD)(\d+)$", words[0].upper())
    if head is None:
        raise _RuleProblem(f"{words[0]!r} is not a frequency and interval such as D1, W2, MP1, MD1, YM1 or YD1")
    kind, interval = head[1], int(head[2])
    if interval < 1:
        raise _RuleProblem("its interval is 0; it must be 1 or more")
    parts = [f"FREQ={_FREQUENCIES[kind]}", f"INTERVAL={interval}"]
    rest, end = words[1:], "#2"  # vCalendar 1.0: a rule with no duration repeats twice
    if rest and (rest[-1].startswith("#") or _DATE.match(rest[-1])):
        end = rest.pop()
    parts += _modifiers(kind, [word.upper() for word in rest])
    if end.startswith("#"):
        if not end[1:].isdigit():
            raise _RuleProblem(f"{end!r} is not a count of repeats such as #10 (#0: for ever)")
        if int(end[1:]):
            parts.append(f"COUNT={int(end[1:])}")
    else:
        match = _DATE.match(end)
        assert match is not None
        parts.append("UNTIL=" + f"{match[1]}{match[2]}{match[3]}"
                     + (f"T{match[4]}{match[5]}{match[6] or '00'}{'Z' if match[7] else ''}" if match[4] else ""))
    return ";".join(parts)


def _modifiers(kind: str, words: list[str]) -> list[str]:
    """The BY... parts of a rule from the words between its frequency and its duration."""
    if not words:
        return []
    if kind == "W":
        return [f"BYDAY={','.join(_weekday(word) for word in words)}"]
    if kind == "MP":
        # "MP2 1+ 1- FR": weeks of the month, then the weekdays all of them take ("first and last Friday").
        days: list[str] = []
        weeks: list[str] = []
        named_days = False
        for word in words:
            found = re.match(r"^([1-5])([+-])$", word)
            if found:
                weeks = [] if named_days else weeks
                weeks.append(("-" if found[2] == "-" else "") + found[1])
                named_days = False
            elif weeks:
                days += [week + _weekday(word) for week in weeks]
                named_days = True
            else:
                raise _RuleProblem(f"{word!r} comes before any week of the month such as 1+ (first) or 1- (last)")
        return [f"BYDAY={','.join(days)}"] if days else []
    if kind == "MD":
        return [f"BYMONTHDAY={','.join(_numbered(word, 31, 'day of the month') for word in words)}"]
    if kind == "YM":
        return [f"BYMONTH={','.join(_numbered(word, 12, 'month') for word in words)}"]
    if kind == "YD":
        return [f"BYYEARDAY={','.join(_numbered(word, 366, 'day of the year') for word in words)}"]
    raise _RuleProblem(f"a daily rule takes no list, but {' '.join(words)!r} follows it")


def _weekday(word: str) -> str:
    if word not in _WEEKDAYS:
        raise _RuleProblem(f"{word!r} is not a weekday; expected {', '.join(_WEEKDAYS[:-1])} or SU")
    return word


def _numbered(word: str, highest: int, what: str) -> str:
    if word == "LD" and what == "day of the month":
        return "-1"
    found = re.match(r"^(\d{1,3})([+-]?)$", word)
    if found is None or not 1 <= int(found[1]) <= highest:
        raise _RuleProblem(f"{word!r} is not a {what} (1 to {highest}, or counted from the end as 1-)")
    return ("-" if found[2] == "-" else "") + str(int(found[1]))
