"""vCalendar 1.0 (.vcs) files, read through the iCalendar reader, quirk by quirk."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.core.cards import ImportProblem
from desktop.core.invites import Person, read_invites

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vcs"
UTC = ZoneInfo("UTC")


def read(name: str, **options: object):
    return read_invites((FIXTURES / name).read_bytes(), name, **options)


def test_korganizer_quoted_printable_daylight_and_attendees() -> None:
    (event,) = read("korganizer_qp_daylight.vcs", default_zone="Europe/Dublin").events
    # TZ:-05 with DAYLIGHT from 8 March: 14:30 is at -04:00, shown in the zone whose clocks change then.
    assert event.start.astimezone(UTC) == datetime(2026, 4, 15, 18, 30, tzinfo=UTC)
    assert event.time_zone == "America/New_York" and not event.zone_guessed
    assert event.summary == "Entretien à Montréal, second tour"  # soft line break joined, UTF-8 decoded
    assert event.location == "Bureau 4, salle Zoë"
    assert event.description == "Apporter le portfolio\nJoin: https://zoom.us/j/5551234567"
    assert event.video_link == "https://zoom.us/j/5551234567"
    assert event.organizer == Person("Renée Lefèvre", "renee.lefevre@orbitale.example")  # ROLE=OWNER
    assert event.attendees == [Person("Marc-André Gagnon", "marc.gagnon@orbitale.example")]


def test_nokia_rules_utc_daylight_and_windows_code_page() -> None:
    result = read("nokia_cp1252_rules.vcs", now=datetime(2026, 3, 4, tzinfo=UTC))
    weekly, monthly = result.events
    assert result.problems == []
    assert weekly.summary == "Vorstellungsgespräch Reißner"
    assert set(weekly.recurrence.split(";")) == {"FREQ=WEEKLY", "INTERVAL=1", "BYDAY=MO,TH", "COUNT=4"}
    # Thursday 5 March is excluded: the next one is Monday 9 March, 09:00 at +01:00.
    assert weekly.start.astimezone(UTC) == datetime(2026, 3, 9, 8, 0, tzinfo=UTC)
    assert ZoneInfo(weekly.time_zone).utcoffset(datetime(2026, 7, 1)).seconds == 7200  # a CET zone
    assert monthly.summary == "Monatsgespräch"  # a cp1252 byte in an unencoded line
    assert set(monthly.recurrence.split(";")) == {"FREQ=MONTHLY", "INTERVAL=1", "BYDAY=1FR", "UNTIL=20261231T000000"}
    assert monthly.start.astimezone(UTC) == datetime(2026, 7, 3, 12, 0, tzinfo=UTC)  # summer: +02:00


def test_broken_daylight_rule_refuses_the_file_naming_line_and_rule() -> None:
    with pytest.raises(ImportProblem) as caught:
        read("broken_daylight.vcs")
    assert str(caught.value) == (
        "broken_daylight.vcs: line 4: the daylight-saving rule DAYLIGHT:TRUE;-04;19961027T010000;19960407T025959;"
        "EST;EDT cannot be read: its start is not before its end, as in "
        "DAYLIGHT:TRUE;-04;19960407T025959;19961027T010000;EST;EDT")


def test_broken_repeat_rule_skips_its_event_and_names_the_rule() -> None:
    result = read("lotus_broken_rule.vcs")
    (event,) = result.events
    assert event.summary == "Lotus follow-up"
    assert event.start == datetime(2026, 4, 12, 10, 0, tzinfo=UTC)  # extended ISO 8601 dates read too
    assert event.organizer == Person("", "hr@lotus.example")
    assert result.problems == [
        "lotus_broken_rule.vcs: event 1 ('Panel interview') on line 3: its repeat rule 'W1 XX #3' on line 6 "
        "cannot be read as a vCalendar 1.0 rule: 'XX' is not a weekday; expected MO, TU, WE, TH, FR, SA or SU"]


def test_file_of_broken_rules_only_is_refused_whole() -> None:
    data = (FIXTURES / "lotus_broken_rule.vcs").read_bytes().replace(b"DTSTART:2026-04-12T10:00:00Z", b"X:1")
    with pytest.raises(ImportProblem, match=r"^lotus\.vcs: no event could be imported: event 1 \('Panel interview'\)"):
        read_invites(data, "lotus.vcs")


def test_local_time_without_tz_is_a_guess_in_the_users_zone() -> None:
    (event,) = read("floating.vcs", default_zone="Europe/Dublin").events
    assert event.zone_guessed and event.time_zone == "Europe/Dublin"
    assert event.start == datetime(2026, 4, 10, 10, 0, tzinfo=ZoneInfo("Europe/Dublin"))


@pytest.mark.parametrize(("rule", "expected"), [
    ("D1 #5", "FREQ=DAILY;INTERVAL=1;COUNT=5"),
    ("W2 TU TH #0", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"),
    ("MP2 1+ 1- FR #3", "FREQ=MONTHLY;INTERVAL=2;BYDAY=1FR,-1FR;COUNT=3"),
    ("MP1 1+ MO 3+ WE TH", "FREQ=MONTHLY;INTERVAL=1;BYDAY=1MO,3WE,3TH;COUNT=2"),
    ("MD1 1 LD 3- #0", "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=1,-1,-3"),
    ("YM1 6 12 #10", "FREQ=YEARLY;INTERVAL=1;BYMONTH=6,12;COUNT=10"),
    ("YD1 100", "FREQ=YEARLY;INTERVAL=1;BYYEARDAY=100;COUNT=2"),  # no duration: twice, as vCalendar 1.0 says
    ("W1 MO$ 19991231T000000Z", "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;UNTIL=19991231T000000Z"),
])
def test_vcalendar_rules(rule: str, expected: str) -> None:
    text = ("BEGIN:VCALENDAR\r\nVERSION:1.0\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART:19990104T100000Z\r\n"
            f"RRULE:{rule}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    (event,) = read_invites(text.encode(), "rule.vcs").events
    assert set(event.recurrence.split(";")) == set(expected.split(";"))  # icalendar orders the parts its own way


@pytest.mark.parametrize(("rule", "reason"), [
    ("Q1 #2", "'Q1' is not a frequency and interval"),
    ("W0 MO", "its interval is 0"),
    ("MD1 32", "'32' is not a day of the month"),
    ("MP1 MO", "'MO' comes before any week of the month"),
    ("W1 MO #x", "'#x' is not a count of repeats"),
    ("D1 MO", "a daily rule takes no list"),
])
def test_broken_vcalendar_rules_say_what_was_found(rule: str, reason: str) -> None:
    text = ("BEGIN:VCALENDAR\r\nVERSION:1.0\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART:19990104T100000Z\r\n"
            f"RRULE:{rule}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    with pytest.raises(ImportProblem) as caught:
        read_invites(text.encode(), "rule.vcs")
    assert f"its repeat rule {rule!r} on line 6" in str(caught.value)
    assert reason in str(caught.value)


def test_bad_tz_refuses_the_file() -> None:
    text = ("BEGIN:VCALENDAR\r\nVERSION:1.0\r\nTZ:EST\r\nBEGIN:VEVENT\r\nDTSTART:19990104T100000\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")
    with pytest.raises(ImportProblem, match=r"^tz\.vcs: line 3: the time zone TZ:EST cannot be read"):
        read_invites(text.encode(), "tz.vcs")


def test_vcalendar_with_an_rfc5545_rule_keeps_it() -> None:
    text = ("BEGIN:VCALENDAR\r\nVERSION:1.0\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART:19990104T100000Z\r\n"
            "RRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    (event,) = read_invites(text.encode(), "rule.vcs").events
    assert set(event.recurrence.split(";")) == {"FREQ=WEEKLY", "COUNT=3"}


def test_a_vcalendar_zone_that_keeps_the_users_clock_is_shown_in_the_users_zone() -> None:
    (event,) = read("nokia_cp1252_rules.vcs", default_zone="Europe/Vienna").events[:1]
    assert event.time_zone == "Europe/Vienna"
