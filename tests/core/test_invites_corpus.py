"""Every real-world .ics/.vcs file of the shared corpus either imports or is refused naming the file."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.core.cards import ImportProblem
from desktop.core.invites import InviteReadResult, Person, read_invites

CORPUS = Path(os.environ.get("AFTERVIEW_CORPUS") or Path(__file__).resolve().parents[2].parent / "shared" / "corpus")
ICS = CORPUS / "ics"
FILES = sorted(p.name for p in ICS.iterdir()) if ICS.is_dir() else []
UTC = ZoneInfo("UTC")

pytestmark = pytest.mark.corpus


def _teams(result: InviteReadResult) -> None:
    (event,) = result.events
    assert event.video_link.startswith(
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGU5NmI2ZGYtOWZmOC00Y2ZmLWJlOTItNjUxNjA5YjUyYTYy"
        "%40thread.v2/0?context="
    )
    assert event.start == datetime(2020, 12, 2, 17, 0, tzinfo=UTC)  # 19:00 in Helsinki (FLE Standard Time)
    assert event.start.utcoffset() == timedelta(hours=2)
    assert event.organizer == Person("Marge", "marge@example.com")
    assert [a.email for a in event.attendees] == ["bart@example.com"]  # homer@example.com is the candidate


def _umlauts(result: InviteReadResult) -> None:
    (event,) = result.events
    assert event.organizer == Person("acme, ädmin", "adm-acme@mydomain.de")
    assert event.location == "im büro"


def _meet(result: InviteReadResult) -> None:
    (event,) = result.events
    assert event.video_link == "https://meet.google.com/pyb-ndcu-hhc"
    assert event.method == "REQUEST"
    assert event.attendees == [Person("", "example@gmail.com")]  # homer@example.com is the candidate
    assert "Ändra inte det här avsnittet" in event.description


def _outlook_fle(result: InviteReadResult) -> None:
    (event,) = result.events
    assert event.start == datetime(2021, 11, 27, 7, 0, tzinfo=UTC)
    assert event.time_zone in ("Europe/Kiev", "Europe/Kyiv")
    assert event.organizer == Person("Marge", "marge@example.org")


def _outlook_2010(result: InviteReadResult) -> None:
    (event,) = result.events
    assert event.time_zone == "America/New_York"
    assert event.start == datetime(2013, 6, 10, 16, 0, tzinfo=UTC)
    assert event.organizer == Person("Smith, Bob", "bobsmith@example.com")


def _cancel_single(result: InviteReadResult) -> None:
    (event,) = result.events
    assert event.cancelled and event.method == "CANCEL"
    assert event.organizer == Person("Sender", "sender@example.com")


def _update_major(result: InviteReadResult) -> None:
    (event,) = result.events
    assert event.sequence == 2 and event.method == "REQUEST" and not event.cancelled
    assert event.start == datetime(2022, 3, 16, 5, 0, tzinfo=UTC)


def _repeat(result: InviteReadResult) -> None:
    (event,) = result.events
    assert "COUNT=3" in event.recurrence and "FREQ=DAILY" in event.recurrence


def _zoom_weekly(result: InviteReadResult) -> None:
    (event,) = result.events
    assert event.video_link.startswith("https://videoconf-colibri.zoom.us/j/93800310242")
    assert event.recurrence == "FREQ=WEEKLY;BYDAY=MO"
    assert event.start == datetime(2020, 9, 21, 11, 30, tzinfo=ZoneInfo("Europe/Lisbon"))


def _nz(result: InviteReadResult) -> None:
    assert {e.time_zone for e in result.events} == {"Pacific/Auckland"}
    assert result.events[0].start == datetime(2025, 10, 7, 20, 0, tzinfo=UTC)


def _blackberry_all_day(result: InviteReadResult) -> None:
    (event,) = result.events
    assert event.all_day and event.start.date() == date(2012, 8, 14)
    assert event.organizer == Person("", "rembrand@daxlab.com")  # uppercase MAILTO: stripped


def _latin1(result: InviteReadResult) -> None:
    assert "Event Två" in [e.summary for e in result.events]


def _itip_examples(result: InviteReadResult) -> None:
    assert len(result.events) > 10
    assert any("METHOD:REPLY messages are not imported" in p for p in result.problems)
    # RFC 2446's CANCEL examples carry no DTSTART, so they are reported rather than imported.
    assert any(p.endswith("no start time (DTSTART)") for p in result.problems)
    assert all(p.startswith("libical__2446.ics: event ") for p in result.problems)


def _broken_dtend(result: InviteReadResult) -> None:
    assert ("libical__incoming.ics: event 1 ('Conference') on line 7: DTEND ignored: Wrong datetime format: "
            "19970701T10300Z") in result.problems
    assert result.events[0].end is None


def _same_day_dtend(result: InviteReadResult) -> None:
    (event,) = result.events
    assert event.all_day and event.end - event.start == timedelta(days=1)


def _custom_vtimezone(result: InviteReadResult) -> None:
    (event,) = result.events
    assert event.time_zone == "Etc/GMT-11"  # TZID "UTC+11"
    assert event.start == datetime(2017, 2, 28, 12, 0, tzinfo=UTC)  # 23:00 at +11:00


def _outlook_city_list(result: InviteReadResult) -> None:
    (event,) = result.events  # TZID "Canberra, Melbourne, Sydney": Outlook 2007's display name without offset
    assert event.time_zone == "Australia/Sydney" and not event.zone_guessed
    assert event.start == datetime(2008, 5, 30, 5, 0, tzinfo=UTC)


def _localized_vtimezone(result: InviteReadResult) -> None:
    (event,) = result.events  # TZID "Екатеринбург", defined by a VTIMEZONE of 1601 rules
    assert event.time_zone == "Asia/Yekaterinburg" and not event.zone_guessed
    assert event.start == datetime(2008, 5, 30, 9, 0, tzinfo=UTC)


def _brasilia(result: InviteReadResult) -> None:
    (event,) = result.events  # TZID "(UTC-03:00) Brasília"
    assert event.time_zone == "America/Sao_Paulo"
    assert event.start == datetime(2017, 5, 11, 16, 30, tzinfo=UTC)


def _customized_zone(result: InviteReadResult) -> None:
    (event,) = result.events  # TZID "Customized Time Zone", defined nowhere: the file's one other zone, guessed
    assert event.zone_guessed and event.time_zone == "Europe/Berlin"
    assert event.start == datetime(2024, 4, 26, 12, 0, tzinfo=UTC)


def _rfc2445_zone_name(result: InviteReadResult) -> None:
    assert {e.time_zone for e in result.events} == {"US/Eastern"}  # TZID "US-Eastern"
    assert result.events[0].start == datetime(1997, 8, 5, 13, 0, tzinfo=UTC)


def _vcalendar(result: InviteReadResult) -> None:
    (event,) = result.events
    assert event.summary == "Your Proposal Review"
    assert event.start == datetime(1996, 4, 1, 3, 30, tzinfo=UTC)


EXPECTATIONS: dict[str, Callable[[InviteReadResult], None]] = {
    "thunderbird__teams-meeting-invite.ics": _teams,
    "icalendar__issue_101_umlauts_in_organizer.ics": _umlauts,
    "thunderbird__meet-meeting-invite.ics": _meet,
    "thunderbird__outlook-test-invite.ics": _outlook_fle,
    "biweekly__outlook-2010.ics": _outlook_2010,
    "thunderbird__cancel-single-event.ics": _cancel_single,
    "thunderbird__update-major.ics": _update_major,
    "thunderbird__repeat-event.ics": _repeat,
    "rie__issue_48_daylight_aware_repeats.ics": _zoom_weekly,
    "ical__office_360_nz_tz.ics": _nz,
    "icalendar__property_params.ics": _blackberry_all_day,
    "thunderbird__importLatin1.ics": _latin1,
    "libical__2446.ics": _itip_examples,
    "libical__incoming.ics": _broken_dtend,
    "ical__calendar_labs_same_day_dtend.ics": _same_day_dtend,
    "icalendar__issue_218_bad_tzid.ics": _custom_vtimezone,
    "vobject__ms_tzid.ics": _outlook_city_list,
    "vobject__tzid_8bit.ics": _localized_vtimezone,
    "icalendar__issue_237_non_ascii_tzid.ics": _brasilia,
    "ical__office_365_invalid_timezone.ics": _customized_zone,
    "libical__recur-errors.ics": _rfc2445_zone_name,
    "biweekly__vcal-example1.vcs": _vcalendar,
}

# Files that must be refused, with the reason the message must give.
REFUSALS = {
    "icalendar__small_bad_calendar.ics": "truncated",
    "icalendar__big_bad_calendar.ics": "truncated",
    "icalendar__fuzz_testcase_vtimezone_lone_cr.ics": "not an iCalendar file",
    "icalendar__bom_calendar.ics": "contains no events",
    "thunderbird__cancel-repeat-event.ics": "no start time (DTSTART)",
    "icalendar__broken_ical.ics": "no start time (DTSTART)",
}


def _read(name: str) -> InviteReadResult:
    return read_invites((ICS / name).read_bytes(), name, own_email="homer@example.com")


@pytest.mark.parametrize("name", FILES or [pytest.param("", marks=pytest.mark.skip(reason=f"no corpus at {ICS}"))])
def test_corpus_file_imports_or_is_refused_by_name(name: str) -> None:
    try:
        result = _read(name)
    except ImportProblem as problem:
        assert str(problem).startswith(f"{name}: ")
        assert name not in EXPECTATIONS, f"{name} should import: {problem}"
        if name in REFUSALS:
            assert REFUSALS[name] in str(problem)
        return
    assert name not in REFUSALS, f"{name} should be refused"
    assert result.events
    for event in result.events:
        assert event.start.utcoffset() is not None
        assert event.end is None or event.end >= event.start
        ZoneInfo(event.time_zone)
        assert not event.video_link or event.video_link.startswith("https://")
    for problem in result.problems:
        assert problem.startswith(f"{name}: event ")
    if name in EXPECTATIONS:
        EXPECTATIONS[name](result)


@pytest.mark.skipif(not FILES, reason=f"no corpus at {ICS}")
def test_moved_occurrence_in_google_series() -> None:
    data = (ICS / "rie__issue_62_moved_event.ics").read_bytes()
    # The last Friday of December (31st) was moved to the 17th.
    (event,) = read_invites(data, "moved.ics", now=datetime(2021, 12, 1, tzinfo=UTC)).events
    assert event.start == datetime(2021, 12, 17, 21, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert event.sequence == 3
    (event,) = read_invites(data, "moved.ics", now=datetime(2021, 12, 18, tzinfo=UTC)).events
    assert event.start == datetime(2022, 1, 28, 21, 30, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.mark.skipif(not FILES, reason=f"no corpus at {ICS}")
def test_weekly_zoom_series_keeps_lisbon_wall_clock_after_dst() -> None:
    data = (ICS / "rie__issue_48_daylight_aware_repeats.ics").read_bytes()
    (event,) = read_invites(data, "weekly.ics", now=datetime(2020, 11, 1, tzinfo=UTC)).events
    assert event.start == datetime(2020, 11, 2, 11, 30, tzinfo=ZoneInfo("Europe/Lisbon"))
    assert event.start.utcoffset() == timedelta(0)
