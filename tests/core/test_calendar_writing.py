"""Writing the calendar: valid RFC 5545, each event in its own zone with a VTIMEZONE, alarms, stable UIDs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from desktop.core.calendar_export import Alarm, ExportEvent, write_calendar
from desktop.core.invites import read_invites

NEW_YORK = ZoneInfo("America/New_York")
PARIS = ZoneInfo("Europe/Paris")
TOKYO = ZoneInfo("Asia/Tokyo")
STAMP = datetime(2026, 10, 20, 8, 0, tzinfo=UTC)


def events() -> list[ExportEvent]:
    return [
        # The Sunday US clocks go back (1 November 2026): a VTIMEZONE that got it wrong shows 10:30 or 12:30.
        ExportEvent(uid="interview-42@afterview.local", summary="Panel interview at Nordlicht – Björn Lindqvist",
                    start=datetime(2026, 11, 2, 11, 30, tzinfo=NEW_YORK),
                    end=datetime(2026, 11, 2, 12, 30, tzinfo=NEW_YORK), zone="America/New_York",
                    description="Bring the portfolio.\nAsk about next steps; long line " + "x" * 120,
                    location="Hafenstraße 12, 20457 Hamburg", url="https://teams.microsoft.com/l/meetup-join/abc",
                    alarms=[Alarm(-timedelta(hours=1), "Panel interview at Nordlicht in 1 hour")],
                    categories=["Afterview", "Interview"], sequence=3, modified=STAMP - timedelta(days=1)),
        ExportEvent(uid="notes-42@afterview.local", summary="2 thank-you notes due: Nordlicht",
                    start=datetime(2026, 3, 29, 17, 0, tzinfo=PARIS), end=datetime(2026, 3, 29, 17, 15, tzinfo=PARIS),
                    zone="Europe/Paris", busy=False,
                    alarms=[Alarm(-timedelta(hours=12), "Thank-you notes to Björn due in 12 hours")]),
        ExportEvent(uid="personal-7@afterview.local", summary="Offer from Lumen expires", start=date(2026, 4, 3),
                    busy=False, alarms=[Alarm(timedelta(hours=9, minutes=30), "Today: Offer from Lumen expires"),
                                        Alarm(timedelta(hours=9, minutes=30) - timedelta(days=1), "Tomorrow")]),
        ExportEvent(uid="call-3@afterview.local", summary="Follow-up call", zone="UTC",
                    start=datetime(2026, 4, 6, 8, 30, tzinfo=UTC), end=datetime(2026, 4, 6, 8, 45, tzinfo=UTC)),
    ]


def written() -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(write_calendar(events(), stamp=STAMP))


def test_the_file_is_valid_rfc5545_that_calendars_subscribe_to() -> None:
    data = write_calendar(events(), stamp=STAMP)
    lines = data.decode().split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    for expected in ("VERSION:2.0", "CALSCALE:GREGORIAN", "NAME:Afterview",
                     "X-WR-CALNAME:Afterview", "REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H"):
        assert expected in lines
    assert all(len(line.encode()) <= 75 for line in lines)
    calendar = written()
    assert [str(e["UID"]) for e in calendar.events] == [e.uid for e in events()]
    assert not any(line.startswith("METHOD") for line in lines)  # a calendar, not a message to attendees
    # DTSTAMP is when the event last changed; without a time of change, when it was written.
    assert [e["DTSTAMP"].dt for e in calendar.events] == [STAMP - timedelta(days=1), STAMP, STAMP, STAMP]
    assert [e["SEQUENCE"] for e in calendar.events] == [3, 0, 0, 0]
    assert calendar.events[0]["LAST-MODIFIED"].dt == STAMP - timedelta(days=1)
    assert [str(e["TRANSP"]) for e in calendar.events] == ["OPAQUE", "TRANSPARENT", "TRANSPARENT", "OPAQUE"]
    # A DISPLAY alarm must carry a DESCRIPTION (RFC 5545 3.6.6); each says what it is about.
    alarms = calendar.walk("VALARM")
    assert len(alarms) == 4 and all(a["ACTION"] == "DISPLAY" and a["DESCRIPTION"] for a in alarms)
    assert calendar.events[0].walk("VALARM")[0]["DESCRIPTION"] == "Panel interview at Nordlicht in 1 hour"


def test_each_timed_event_is_written_in_its_own_zone_with_a_vtimezone() -> None:
    text = write_calendar(events(), stamp=STAMP).decode()
    assert "DTSTART;TZID=America/New_York:20261102T113000" in text
    assert "DTSTART;TZID=Europe/Paris:20260329T170000" in text
    assert "DTSTART:20260406T083000Z" in text  # UTC is written as UTC, with no VTIMEZONE of its own
    calendar = written()
    assert sorted(str(tz["TZID"]) for tz in calendar.timezones) == ["America/New_York", "Europe/Paris"]
    # The VTIMEZONE covers the events' years only, not 1970 to 2038.
    assert "1970" not in text and "2038" not in text


def test_local_times_are_right_when_read_by_the_file_alone_in_another_zone() -> None:
    """The VTIMEZONE itself, not this machine's zone database, gives the right local time either side of DST."""
    calendar = written()
    zones = {str(tz["TZID"]): tz.to_tz() for tz in calendar.timezones}
    interview = calendar.events[0]["DTSTART"]
    written_in = interview.params["TZID"]
    naive = interview.dt.replace(tzinfo=None)
    moment = naive.replace(tzinfo=zones[written_in])
    assert moment.astimezone(PARIS).strftime("%d %b %H:%M") == "02 Nov 17:30"
    assert moment.astimezone(NEW_YORK).strftime("%d %b %H:%M %Z") == "02 Nov 11:30 EST"
    assert moment.astimezone(TOKYO).strftime("%d %b %H:%M") == "03 Nov 01:30"
    notes = calendar.events[1]["DTSTART"].dt.replace(tzinfo=None).replace(tzinfo=zones["Europe/Paris"])
    assert notes.astimezone(UTC) == datetime(2026, 3, 29, 15, 0, tzinfo=UTC)  # CEST began that morning


def test_another_reader_reads_the_same_moments() -> None:
    """vobject (used by other calendar tools) reads the file, its VTIMEZONEs and alarms the same way."""
    calendar = vobject.readOne(write_calendar(events(), stamp=STAMP).decode())
    read = {e.uid.value: e for e in calendar.vevent_list}
    assert read["interview-42@afterview.local"].dtstart.value.astimezone(UTC) == datetime(2026, 11, 2, 16, 30,
                                                                                          tzinfo=UTC)
    assert read["notes-42@afterview.local"].dtstart.value.astimezone(UTC) == datetime(2026, 3, 29, 15, 0, tzinfo=UTC)
    assert read["personal-7@afterview.local"].dtstart.value == date(2026, 4, 3)
    assert read["personal-7@afterview.local"].dtend.value == date(2026, 4, 4)
    triggers = sorted(a.trigger.value for a in read["personal-7@afterview.local"].valarm_list)
    assert triggers == [timedelta(hours=-14, minutes=-30), timedelta(hours=9, minutes=30)]


def test_afterviews_own_reader_takes_it_back_in_the_same_zone() -> None:
    result = read_invites(write_calendar(events(), stamp=STAMP), "Afterview.ics", default_zone="Europe/Berlin")
    assert result.problems == []
    interview, notes, own, call = result.events
    assert interview.time_zone == "America/New_York" and interview.start == events()[0].start
    assert interview.description == events()[0].description and interview.location == events()[0].location
    assert notes.time_zone == "Europe/Paris"
    assert own.all_day and own.start.date() == date(2026, 4, 3)
    assert call.start == datetime(2026, 4, 6, 8, 30, tzinfo=UTC)


def test_events_written_before_are_reused_while_unchanged_and_the_file_is_the_same() -> None:
    written: dict[str, bytes] = {}
    first = write_calendar(events(), STAMP, written)
    assert len(written) == 4
    moved = events()
    moved[1].start += timedelta(hours=1)
    marked = {key: b"(reused)" for key in written}  # what is taken from `written` shows
    again = write_calendar(moved, STAMP, marked)
    assert again.count(b"(reused)") == 3 and b"20260329T180000" in again
    assert write_calendar(events(), STAMP, {}) == first == write_calendar(events(), STAMP)
    assert len(marked) == 4  # what it holds now is this calendar's


def test_an_empty_calendar_is_still_a_calendar() -> None:
    calendar = icalendar.Calendar.from_ical(write_calendar([], stamp=STAMP))
    assert calendar.events == [] and calendar["X-WR-CALNAME"] == "Afterview"


def test_a_time_without_a_zone_or_an_unknown_zone_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="interview-1"):
        write_calendar([ExportEvent(uid="interview-1", summary="x", start=datetime(2026, 3, 1, 9))])
    with pytest.raises(ValueError, match="'Mars/Olympus' is not a time zone"):
        write_calendar([ExportEvent(uid="interview-2", summary="x", start=datetime(2026, 3, 1, 9, tzinfo=UTC),
                                    zone="Mars/Olympus")])


def test_control_characters_never_reach_the_file() -> None:
    event = ExportEvent(uid="interview-9", summary="Interview at Acme\x00 Corp",
                        start=datetime(2026, 3, 1, 9, tzinfo=UTC))
    assert b"\x00" not in write_calendar([event], stamp=STAMP)
