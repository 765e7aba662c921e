"""Every way a client writes a time zone, read at the right instant."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.core.invites import read_invites
from desktop.core.zone_names import NAMES_FILE, split_offset, zone_named

UTC = ZoneInfo("UTC")


def _invite(tzid: str, vtimezone: str = "") -> bytes:
    quoted = f'"{tzid}"' if any(c in tzid for c in ",;:") else tzid
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
            f"METHOD:REQUEST\r\n{vtimezone}BEGIN:VEVENT\r\nUID:zone-test\r\nDTSTAMP:20260301T090000Z\r\n"
            f"DTSTART;TZID={quoted}:20260715T100000\r\nDTEND;TZID={quoted}:20260715T110000\r\n"
            f"SUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()


# (TZID as written, the UTC instant of 2026-07-15 10:00 in it)
WRITTEN = [
    # Outlook Web Access and new Outlook: the display name with its offset
    ("(UTC-05:00) Eastern Time (US & Canada)", datetime(2026, 7, 15, 14, 0)),
    ("(UTC-06:00) Central Time (US & Canada)", datetime(2026, 7, 15, 15, 0)),
    ("(UTC-07:00) Arizona", datetime(2026, 7, 15, 17, 0)),  # no summer time, unlike Mountain Time
    ("(UTC-07:00) Mountain Time (US & Canada)", datetime(2026, 7, 15, 16, 0)),
    ("(UTC-08:00) Pacific Time (US & Canada)", datetime(2026, 7, 15, 17, 0)),
    ("(UTC-03:00) Brasilia", datetime(2026, 7, 15, 13, 0)),
    ("(UTC-03:30) Newfoundland", datetime(2026, 7, 15, 12, 30)),
    ("(UTC+00:00) Dublin, Edinburgh, Lisbon, London", datetime(2026, 7, 15, 9, 0)),
    ("(UTC) Dublin, Edinburgh, Lisbon, London", datetime(2026, 7, 15, 9, 0)),
    ("(UTC+00:00) Monrovia, Reykjavik", datetime(2026, 7, 15, 10, 0)),  # same offset, no summer time
    ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", datetime(2026, 7, 15, 8, 0)),
    ("(UTC+01:00) West Central Africa", datetime(2026, 7, 15, 9, 0)),  # same offset, no summer time
    ("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", datetime(2026, 7, 15, 8, 0)),
    ("(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius", datetime(2026, 7, 15, 7, 0)),
    ("(UTC+02:00) Jerusalem", datetime(2026, 7, 15, 7, 0)),
    ("(UTC+02:00) Harare, Pretoria", datetime(2026, 7, 15, 8, 0)),
    ("(UTC+03:00) Moscow, St. Petersburg", datetime(2026, 7, 15, 7, 0)),
    ("(UTC+03:00) Istanbul", datetime(2026, 7, 15, 7, 0)),
    ("(UTC+04:00) Abu Dhabi, Muscat", datetime(2026, 7, 15, 6, 0)),
    ("(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", datetime(2026, 7, 15, 4, 30)),
    ("(UTC+05:45) Kathmandu", datetime(2026, 7, 15, 4, 15)),
    ("(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi", datetime(2026, 7, 15, 2, 0)),
    ("(UTC+08:00) Kuala Lumpur, Singapore", datetime(2026, 7, 15, 2, 0)),
    ("(UTC+09:00) Osaka, Sapporo, Tokyo", datetime(2026, 7, 15, 1, 0)),
    ("(UTC+09:30) Adelaide", datetime(2026, 7, 15, 0, 30)),
    ("(UTC+10:00) Brisbane", datetime(2026, 7, 15, 0, 0)),
    ("(UTC+10:00) Canberra, Melbourne, Sydney", datetime(2026, 7, 15, 0, 0)),
    ("(UTC+12:00) Auckland, Wellington", datetime(2026, 7, 14, 22, 0)),
    ("(UTC+12:45) Chatham Islands", datetime(2026, 7, 14, 21, 15)),
    ("(UTC-12:00) International Date Line West", datetime(2026, 7, 15, 22, 0)),
    ("(UTC+14:00) Kiritimati Island", datetime(2026, 7, 14, 20, 0)),
    # Windows XP, Exchange 2003: "(GMT...)" and the names of that time
    ("(GMT+10:00) Canberra, Melbourne, Sydney", datetime(2026, 7, 15, 0, 0)),
    ("(GMT-05:00) Eastern Time (US & Canada)", datetime(2026, 7, 15, 14, 0)),
    ("(GMT-08:00) Pacific Time (US & Canada); Tijuana", datetime(2026, 7, 15, 17, 0)),
    ("(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London", datetime(2026, 7, 15, 9, 0)),
    ("(GMT+01:00) Sarajevo, Skopje, Warsaw, Zagreb", datetime(2026, 7, 15, 8, 0)),
    ("(GMT+02:00) Athens, Beirut, Istanbul, Minsk", datetime(2026, 7, 15, 7, 0)),
    ("(GMT+02:00) Helsinki, Kiev, Riga, Sofia, Tallinn, Vilnius", datetime(2026, 7, 15, 7, 0)),
    ("(GMT+05:30) Chennai, Kolkata, Mumbai, New Delhi", datetime(2026, 7, 15, 4, 30)),
    ("(GMT+06:00) Astana, Dhaka", datetime(2026, 7, 15, 4, 0)),
    # Windows 7 names the updates have since changed
    ("(UTC-04:30) Caracas", datetime(2026, 7, 15, 14, 0)),
    ("(UTC+04:00) Moscow, St. Petersburg, Volgograd", datetime(2026, 7, 15, 7, 0)),
    ("(UTC+02:00) Athens, Bucharest, Istanbul", datetime(2026, 7, 15, 7, 0)),
    # Outlook 2007: the display name without its offset
    ("Canberra, Melbourne, Sydney", datetime(2026, 7, 15, 0, 0)),
    ("Eastern Time (US & Canada)", datetime(2026, 7, 15, 14, 0)),
    # Windows ids, standard and daylight names, Windows Mobile's dotted ids
    ("W. Europe Standard Time", datetime(2026, 7, 15, 8, 0)),
    ("AUS Eastern Standard Time", datetime(2026, 7, 15, 0, 0)),
    ("A.U.S. Eastern Standard Time", datetime(2026, 7, 15, 0, 0)),
    ("Pacific Daylight Time", datetime(2026, 7, 15, 17, 0)),
    ("Russia TZ 2 Standard Time", datetime(2026, 7, 15, 7, 0)),
    ("Co-ordinated Universal Time", datetime(2026, 7, 15, 10, 0)),
    ("UTC-11", datetime(2026, 7, 15, 21, 0)),
    ("UTC+12", datetime(2026, 7, 14, 22, 0)),
    # names with stray spaces, quotes, case, and a vendor prefix
    ("Mitteleuropäische Zeit ", datetime(2026, 7, 15, 8, 0)),
    ("  europe/berlin", datetime(2026, 7, 15, 8, 0)),
    ("'Europe/Paris'", datetime(2026, 7, 15, 8, 0)),
    ("/freeassociation.sourceforge.net/Tzfile/America/New_York", datetime(2026, 7, 15, 14, 0)),
    ("US-Eastern", datetime(2026, 7, 15, 14, 0)),
    # translations: matched on the places they share with the English name
    ("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien", datetime(2026, 7, 15, 8, 0)),
    ("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris", datetime(2026, 7, 15, 8, 0)),
    ("(UTC-03:00) Brasília", datetime(2026, 7, 15, 13, 0)),
    # bare offsets
    ("UTC+11", datetime(2026, 7, 14, 23, 0)),
    ("GMT-3", datetime(2026, 7, 15, 13, 0)),
]


@pytest.mark.parametrize(("tzid", "instant"), WRITTEN, ids=[w[0] for w in WRITTEN])
def test_each_written_zone_lands_at_its_instant(tzid: str, instant: datetime) -> None:
    result = read_invites(_invite(tzid), "invite.ics", default_zone="Pacific/Honolulu")
    assert result.problems == []
    (event,) = result.events
    assert event.start.astimezone(UTC) == instant.replace(tzinfo=UTC)
    assert not event.zone_guessed
    ZoneInfo(event.time_zone)


def test_display_names_that_share_an_offset_are_told_apart_by_place() -> None:
    assert zone_named("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris") == "Europe/Paris"
    assert zone_named("(UTC+01:00) West Central Africa") == "Africa/Lagos"
    assert zone_named("(UTC-05:00) Eastern Time (US & Canada)") == "America/New_York"
    assert zone_named("(UTC-05:00) Bogota, Lima, Quito, Rio Branco") == "America/Bogota"


def test_unknown_names_name_nothing() -> None:
    for name in ("Customized Time Zone", "Mars/Olympus_Mons", "", "   ", "UTC+05:30", "(UTC+01:00)x, y"):
        assert zone_named(name) is None


def test_every_row_of_the_table_names_a_zone_matching_its_offset() -> None:
    rows = [line.split("\t") for line in NAMES_FILE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert len(rows) > 300
    for name, _ in rows:
        zone = zone_named(name)
        assert zone is not None, name
        offset, _ = split_offset(name)
        if offset is None:
            continue
        # The offset shown is the zone's standard offset in some year since 2000 (zones have moved).
        offsets = {datetime(year, month, 15, tzinfo=UTC).astimezone(ZoneInfo(zone)).utcoffset()
                   for year in range(2000, 2027) for month in (1, 7)}
        assert offset in offsets or offset + timedelta(hours=1) in offsets, (name, zone, offsets)


def test_vtimezone_with_trailing_space_in_its_name_is_found() -> None:
    vtimezone = ("BEGIN:VTIMEZONE\r\nTZID:Hauszeit \r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\n"
                 "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
                 "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n"
                 "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n")
    (event,) = read_invites(_invite("Hauszeit", vtimezone), "invite.ics").events
    assert event.start.astimezone(UTC) == datetime(2026, 7, 15, 8, 0, tzinfo=UTC)
    assert not event.zone_guessed
    assert ZoneInfo(event.time_zone).utcoffset(datetime(2026, 1, 15)) == timedelta(hours=1)


def test_unknown_zone_with_an_offset_is_guessed_at_that_offset() -> None:
    (event,) = read_invites(_invite("(UTC+03:00) Somewhere Else"), "invite.ics", default_zone="Europe/Dublin").events
    assert event.zone_guessed and event.time_zone == "Etc/GMT-3"
    assert event.start.astimezone(UTC) == datetime(2026, 7, 15, 7, 0, tzinfo=UTC)


def test_floating_time_is_a_guess_unless_the_calendar_names_its_zone() -> None:
    floating = _invite("X").replace(b";TZID=X", b"")
    (event,) = read_invites(floating, "invite.ics", default_zone="Europe/Dublin").events
    assert event.zone_guessed and event.time_zone == "Europe/Dublin"
    named = floating.replace(b"METHOD:REQUEST", b"METHOD:REQUEST\r\nX-WR-TIMEZONE:Europe/Vienna")
    (event,) = read_invites(named, "invite.ics", default_zone="Europe/Dublin").events
    assert not event.zone_guessed
    assert event.start.astimezone(UTC) == datetime(2026, 7, 15, 8, 0, tzinfo=UTC)
