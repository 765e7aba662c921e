"""Time-zone names as calendar clients write them, read as the IANA zones they name.

A TZID can be an IANA name ("Europe/Berlin", "/mozilla.org/20050126_1/Europe/Berlin"), a Windows zone id
("W. Europe Standard Time"), an Outlook display name with or without its offset ("(UTC+01:00) Amsterdam,
Berlin, Bern, Rome, Stockholm, Vienna", "(GMT+10:00) Canberra, Melbourne, Sydney", "Canberra, Melbourne,
Sydney"), a Windows standard or daylight name ("Russia TZ 2 Standard Time", "Pacific Daylight Time"), or a bare
offset ("UTC+11"); any of them with stray spaces or quotes around it. Display names are matched on the places
they name, the offset only choosing between rows that name the same places, since many zones share an offset.
The display names are kept in resources/zones/windows-zone-names.tsv (its sources are stated there) and read
the first time a name is not an IANA or Windows id.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import icalendar
from dateutil.rrule import rrulestr
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from desktop.core.recurrence import Budget, RuleTooCostly, bounded

NAMES_FILE = Path(__file__).resolve().parents[2] / "resources" / "zones" / "windows-zone-names.tsv"

# "(UTC+01:00) Amsterdam", "(GMT) Greenwich Mean Time : Dublin", "UTC-11", "GMT+2", "(UTC −05:00)".
_OFFSET_FIRST = re.compile(
    r"^\(?\s*(?:UTC|GMT)\s*(?:(?P<sign>[+\-−–])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?)?\s*\)?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_QUOTES = "\"'“”„‘’«»"
# Words that only say the name is a zone, left out when display names are compared by the places they list.
_GENERIC = re.compile(r"\b(?:greenwich mean time|gmt|utc)\s*:\s*", re.IGNORECASE)


def clean_name(name: str) -> str:
    """The name without the quotes and spaces (doubled, non-breaking, trailing) clients leave around and in it."""
    name = unicodedata.normalize("NFC", name).replace("\u00a0", " ")
    name = re.sub(r"\s+", " ", name).strip().strip(_QUOTES).strip()
    return name


def _key(text: str) -> str:
    """Letters and digits only, lower case, accents dropped: "A.U.S. Eastern" and "AUS Eastern" meet."""
    # The sign of an offset is kept: "UTC-11" and "UTC+11" are different zones.
    text = re.sub(r"[-−–](?=\d)", " minus ", text.replace("+", " plus ").replace("&", " and "))
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


@dataclass(frozen=True)
class _Row:
    zone: str  # IANA
    offset: timedelta | None  # the offset the display name shows, None when it shows none


@dataclass(frozen=True)
class _Table:
    by_name: dict[str, list[_Row]]  # _key of the whole label (offset left out) -> rows
    by_place: dict[str, set[str]]  # _key of one comma-separated place -> IANA zones listing it


@cache
def _iana_names() -> dict[str, str]:
    """Every IANA name zoneinfo knows, by its lower-case form."""
    return {name.lower(): name for name in available_timezones() if name not in ("localtime", "Factory")}


@cache
def _windows_ids() -> dict[str, str]:
    return {_key(windows_id): zone for windows_id, zone in WINDOWS_TO_OLSON.items()}


@cache
def _table() -> _Table:
    by_name: dict[str, list[_Row]] = defaultdict(list)
    by_place: dict[str, set[str]] = defaultdict(set)
    for line in NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, target = line.partition("\t")
        zone = _windows_ids().get(_key(target)) or _iana_names()[target.lower()]
        offset, label = split_offset(name)
        by_name[_key(label)].append(_Row(zone, offset))
        for place in _places(label):
            by_place[place].add(zone)
    return _Table(dict(by_name), dict(by_place))


def split_offset(name: str) -> tuple[timedelta | None, str]:
    """The offset a name starts with ("(UTC-05:00) ...", "GMT+2") and the rest of it; (None, name) without one."""
    found = _OFFSET_FIRST.match(name)
    if found is None:
        return None, name
    rest = found["rest"].strip()
    if found["hours"] is None:
        # "(UTC) Dublin" is offset zero; a name that merely starts with the letters ("UTCtime") is not one.
        plain = name.lstrip("( ").upper().startswith(("UTC", "GMT")) and (not rest or name.lstrip().startswith("("))
        return (timedelta(0), rest) if plain else (None, name)
    sign = -1 if found["sign"] in "-−–" else 1
    return sign * timedelta(hours=int(found["hours"]), minutes=int(found["minutes"] or 0)), rest


def _places(label: str) -> list[str]:
    label = _GENERIC.sub("", label)
    return [key for key in (_key(part) for part in re.split(r"[,;]", label)) if key]


def zone_named(name: str) -> str | None:
    """The IANA zone a TZID names, however its client wrote it; None when it names no zone we can tell."""
    name = clean_name(name)
    if not name:
        return None
    iana = _iana_names()
    for candidate in (name, name.strip("/"), name.replace(" ", "_")):
        if candidate.lower() in iana:
            return iana[candidate.lower()]
    if name.startswith("/"):  # RFC 5545's globally unique TZID: a vendor prefix before the IANA name
        parts = name.strip("/").split("/")
        for start in range(1, len(parts)):
            tail = "/".join(parts[start:]).lower()
            if tail in iana:
                return iana[tail]
    if "-" in name and "/" not in name:  # RFC 2445's examples: "US-Eastern"
        hyphened = name.replace("-", "/", 1).lower()
        if hyphened in iana:
            return iana[hyphened]
    key = _key(name)
    windows = _windows_ids()
    if key in windows:
        return windows[key]
    if key.endswith("daylighttime") and key.replace("daylighttime", "standardtime") in windows:
        return windows[key.replace("daylighttime", "standardtime")]
    return _display_name_zone(name)


def _display_name_zone(name: str) -> str | None:
    offset, label = split_offset(name)
    table = _table()
    if not label:
        return fixed_offset_zone(offset) if offset is not None else None
    rows = table.by_name.get(_key(label), [])
    zones = {row.zone for row in rows}
    if len(zones) > 1 and offset is not None:
        zones = {row.zone for row in rows if row.offset == offset} or zones
    if len(zones) == 1:
        return zones.pop()
    if zones:  # rows naming the same places at different zones and offsets: the first listed, Windows' current
        return rows[0].zone
    return _zone_by_places(label, offset)


def _zone_by_places(label: str, offset: timedelta | None) -> str | None:
    """A display name not in the table (a newer city list, a translation): the zone sharing most of its places."""
    table = _table()
    votes: dict[str, int] = defaultdict(int)
    for place in _places(label):
        for zone in table.by_place.get(place, ()):
            votes[zone] += 1
    if offset is not None:
        votes = {zone: count for zone, count in votes.items() if _shows_offset(zone, offset)}
    if not votes:
        return None
    best = max(votes.values())
    leaders = [zone for zone, count in votes.items() if count == best]
    return leaders[0] if len(leaders) == 1 else None


def _shows_offset(zone: str, offset: timedelta) -> bool:
    """Whether some display name in the table gives `zone` this offset."""
    return any(row.zone == zone and row.offset in (offset, None) for rows in _table().by_name.values() for row in rows)


def _change(clock: Clock, before: datetime, after: datetime) -> datetime:
    """The first minute of the clock's new offset between two instants that have different ones."""
    old = clock(before)
    while after - before > timedelta(minutes=1):
        middle = before + (after - before) / 2
        middle = middle.replace(second=0, microsecond=0)
        if middle <= before:
            break
        if clock(middle) == old:
            before = middle
        else:
            after = middle
    return after


def fixed_offset_zone(offset: timedelta) -> str | None:
    """The IANA zone of a fixed offset ("UTC+11" is Etc/GMT-11: POSIX signs are reversed); None for +05:30."""
    hours, rest = divmod(offset, timedelta(hours=1))
    if rest or not -12 <= hours <= 14:
        return None
    return "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"


def offset_named(name: str) -> timedelta | None:
    """The offset a name shows ("(UTC+03:00) Somewhere"), for a guess when the name itself is unknown."""
    return split_offset(clean_name(name))[0]


@cache
def _primary_zones() -> tuple[str, ...]:
    """The zone CLDR names for each Windows zone, one each, the zones a VTIMEZONE is most often written for."""
    return tuple(dict.fromkeys(WINDOWS_TO_OLSON.values()))


Clock = Callable[[datetime], timedelta]  # the offset from UTC at an aware instant


def vtimezone_clock(component: icalendar.Timezone, year: int) -> Clock | None:
    """The offsets a VTIMEZONE gives the instants of `year`, its changes worked out once; None if unreadable.

    dateutil, which icalendar reads VTIMEZONEs with, walks each rule from its DTSTART (1601 for Outlook) on every
    conversion, a few milliseconds each; comparing a zone through a year takes hundreds of them.
    """
    onsets: list[tuple[datetime, timedelta]] = []
    earliest: tuple[datetime, timedelta] | None = None
    window = (datetime(year - 1, 1, 1), datetime(year + 2, 1, 1))
    try:
        for observance in component.walk():
            if observance.name not in ("STANDARD", "DAYLIGHT"):
                continue
            # icalendar types a property as any of its value classes; the property's name says which it is
            onset = cast(icalendar.vDDDTypes, observance["DTSTART"]).dt
            if not isinstance(onset, date):
                raise ValueError("DTSTART is not a date")
            start = (onset if isinstance(onset, datetime) else datetime.combine(onset, time(0))).replace(tzinfo=None)
            before = cast(icalendar.vUTCOffset, observance["TZOFFSETFROM"]).td
            after = cast(icalendar.vUTCOffset, observance["TZOFFSETTO"]).td
            locals_ = [start]
            for rule in _all(observance, "RRULE"):
                text = rule.to_ical().decode().upper()
                first = start
                # A yearly rule that names its month and day does not depend on the year it starts: walked from
                # two years before, not from 1601, it takes a hundredth of the time.
                if ("FREQ=YEARLY" in text and "BYMONTH=" in text and ("BYDAY=" in text or "BYMONTHDAY=" in text)
                        and "COUNT=" not in text and start < window[0]):
                    first = start.replace(year=window[0].year, month=1, day=1)
                locals_ += bounded(rrulestr(text, dtstart=first, ignoretz=True), Budget()).between(*window, inc=True)
            for dates in _all(observance, "RDATE"):
                locals_ += [d.dt.replace(tzinfo=None) for d in dates.dts if isinstance(d.dt, datetime)]
            onsets += [(local - before, after) for local in locals_]
            if earliest is None or start - before < earliest[0]:
                earliest = (start - before, before)
    except (KeyError, ValueError, TypeError, AttributeError, ZeroDivisionError, OverflowError, RuleTooCostly):
        return None
    if earliest is None:
        return None
    onsets.sort(key=lambda onset: onset[0])
    instants = [onset[0] for onset in onsets]

    def clock(moment: datetime) -> timedelta:
        index = bisect_right(instants, moment.astimezone(UTC).replace(tzinfo=None))
        return onsets[index - 1][1] if index else earliest[1]

    return clock


def _all(component: icalendar.cal.Component, name: str) -> list[Any]:
    """A property's values: icalendar gives one value, or a list when the property is repeated."""
    value = component.get(name)
    return [] if value is None else value if isinstance(value, list) else [value]


def zone_like(clock: Clock, around: datetime, hint: str = "", prefer: str = "") -> str | None:
    """An IANA zone whose offsets agree with `clock` through the year of `around`; None when none does.

    For a VTIMEZONE whose TZID names nothing we know ("(UTC-03:00) Brasília" localized, "Customized Time
    Zone"): the instant comes from the VTIMEZONE itself, and this names a zone to show it in. Zones whose places
    the hint names are tried first, then `prefer` (the user's own zone, when it keeps the same clock), then one
    zone per Windows zone.
    """
    moment = around.astimezone(UTC) if around.tzinfo else around.replace(tzinfo=UTC)
    # Each day of the event's own year: vCalendar's DAYLIGHT lines and some VTIMEZONEs cover only that year.
    first = datetime(moment.year, 1, 1, 12, tzinfo=UTC)
    days = [first + timedelta(days=day) for day in range(365)]
    offsets = [clock(day) for day in days]
    # Havana and New York change clocks on the same days, hours apart: the minutes around each change tell them.
    samples, expected = list(days), list(offsets)
    for index in range(1, len(days)):
        if offsets[index] != offsets[index - 1]:
            change = _change(clock, days[index - 1], days[index])
            samples += [change - timedelta(minutes=1), change]
            expected += [offsets[index - 1], offsets[index]]
    hinted = _zone_by_places(split_offset(clean_name(hint))[1], None) if hint else None
    for zone_name in [name for name in (hinted, prefer) if name] + list(_primary_zones()):
        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        if all(sample.astimezone(zone).utcoffset() == offset for sample, offset in zip(samples, expected, strict=True)):
            return zone_name
    return fixed_offset_zone(clock(moment))
