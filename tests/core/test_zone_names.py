"""Every way a client writes a time zone, read at the right instant."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
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


WRITTEN_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "zones" / "written-zones.tsv"


def _written() -> list[tuple[str, datetime]]:
    """(TZID as written, the UTC instant of 2026-07-15 10:00 in it), from the shared table of written zones."""
    rows = [line.split("\t") for line in WRITTEN_FILE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [(tzid, datetime.strptime(instant, "%Y-%m-%d %H:%M")) for tzid, instant in rows]


WRITTEN = _written()


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
