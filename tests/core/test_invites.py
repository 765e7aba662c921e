"""Reading invitation files, on fixtures written like the real clients write them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.core.cards import ImportProblem
from desktop.core.invites import InviteEvent, Person, read_invites

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"
ME = "alex.candidate@gmail.com"
UTC = ZoneInfo("UTC")
BERLIN = ZoneInfo("Europe/Berlin")


def read(name: str, **options: object):
    return read_invites((FIXTURES / name).read_bytes(), name, **options)


def only(name: str, **options: object) -> InviteEvent:
    result = read(name, **options)
    assert result.problems == []
    assert len(result.events) == 1
    return result.events[0]


# ---------------------------------------------------------------- what the clients send


def test_google_invitation_with_meet_link_and_attendees() -> None:
    event = only("google_meet_invite.ics", own_email=ME)
    assert event.uid == "4hq1r0n7dq2v9l5k3s8a6t0b1c@google.com"
    assert event.method == "REQUEST"
    assert not event.cancelled
    assert event.sequence == 0
    assert event.summary == "Interview: Senior Data Engineer (Brightwave)"
    assert event.start == datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
    assert event.end == datetime(2026, 3, 12, 10, 0, tzinfo=UTC)
    assert event.time_zone == "UTC"
    assert not event.all_day
    assert event.video_link == "https://meet.google.com/abc-defg-hij"
    assert event.organizer == Person("Jürgen Müller", "juergen.mueller@brightwave.example")
    # The candidate's own address (written in another case, folded mid-word) is left out.
    assert event.attendees == [
        Person("Jürgen Müller", "juergen.mueller@brightwave.example"),
        Person("Zoë Åström", "zoe.astrom@brightwave.example"),
    ]
    assert "Second-round interview" in event.description
    assert event.recurrence == ""


def test_own_address_kept_when_not_given() -> None:
    event = only("google_meet_invite.ics")
    # Google repeats the address as CN; a name that is only the address is no name.
    assert Person("", "Alex.Candidate@gmail.com") in event.attendees


def test_outlook_invite_with_windows_zone_and_vtimezone() -> None:
    event = only("outlook_windows_tz.ics", own_email=ME)
    assert event.time_zone == "Europe/Berlin"
    # 27 March 2026 is before the switch to summer time (29 March): 14:30 CET is 13:30 UTC.
    assert event.start == datetime(2026, 3, 27, 14, 30, tzinfo=BERLIN)
    assert event.start.utcoffset() == timedelta(hours=1)
    assert event.end - event.start == timedelta(hours=1)
    assert event.organizer == Person("Schäfer, Anna", "anna.schaefer@nordlicht.example")
    assert event.attendees == [Person("Björn Lindqvist", "bjorn.lindqvist@nordlicht.example")]
    assert event.summary == "Vorstellungsgespräch Nordlicht GmbH"
    assert event.location == "Nordlicht GmbH, Hafenstraße 12, 20457 Hamburg"
    assert event.uid.startswith("040000008200E00074C5B7101A82E008") and event.uid.endswith("B3F11")
    assert event.video_link == ""


def test_teams_invite_windows_zone_without_vtimezone() -> None:
    event = only("teams_invite.ics", own_email=ME)
    assert event.time_zone == "America/Los_Angeles"
    assert event.start == datetime(2026, 4, 2, 10, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert event.start.utcoffset() == timedelta(hours=-7)
    assert event.video_link.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk3NjBkZjQtYjM1Ny00")
    assert event.video_link.endswith("%7d")
    assert event.organizer == Person("Priya Raman", "priya.raman@contoso.example")
    assert event.attendees == [Person("Tom O'Neill", "tom.oneill@contoso.example")]


def test_zoom_invite() -> None:
    event = only("zoom_invite.ics")
    assert event.video_link == "https://acme.zoom.us/j/85012345678?pwd=Qk1hV2tRZz09"
    assert event.time_zone == "America/New_York"
    assert event.start == datetime(2026, 3, 16, 11, 0, tzinfo=ZoneInfo("America/New_York"))
    assert event.method == "PUBLISH"
    assert event.organizer is None


def test_cancel_for_the_same_uid() -> None:
    original = only("google_meet_invite.ics", own_email=ME)
    cancel = only("google_cancel.ics", own_email=ME)
    assert cancel.uid == original.uid
    assert cancel.cancelled and cancel.method == "CANCEL"
    assert cancel.sequence > original.sequence
    assert cancel.attendees == []


def test_update_with_higher_sequence() -> None:
    original = only("google_meet_invite.ics", own_email=ME)
    update = only("google_update.ics", own_email=ME)
    assert update.uid == original.uid
    assert update.sequence == 2 and not update.cancelled
    assert update.start == datetime(2026, 3, 13, 13, 0, tzinfo=UTC)
    assert update.summary.endswith("new time")


def test_status_cancelled_without_cancel_method() -> None:
    text = (FIXTURES / "google_update.ics").read_text().replace("STATUS:CONFIRMED", "STATUS:CANCELLED")
    (event,) = read_invites(text.encode(), "update.ics").events
    assert event.method == "REQUEST" and event.cancelled


def test_all_day_event_at_midnight_in_calendar_zone() -> None:
    event = only("all_day.ics")
    assert event.all_day
    assert event.time_zone == "Europe/Berlin"
    assert event.start == datetime(2026, 3, 30, 0, 0, tzinfo=BERLIN)
    assert event.end == datetime(2026, 3, 31, 0, 0, tzinfo=BERLIN)
    assert event.summary == "Assessment centre day – Lufthansa Technik"


def test_all_day_event_without_calendar_zone_uses_default_zone() -> None:
    text = (FIXTURES / "all_day.ics").read_text().replace("X-WR-TIMEZONE:Europe/Berlin\n", "")
    (event,) = read_invites(text.encode(), "all_day.ics").events
    assert (event.start, event.time_zone) == (datetime(2026, 3, 30, tzinfo=UTC), "UTC")
    (event,) = read_invites(text.encode(), "all_day.ics", default_zone="Asia/Tokyo").events
    assert event.start == datetime(2026, 3, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert event.start.date() == date(2026, 3, 30)


def test_a_fold_that_cuts_a_character_in_two_keeps_the_title() -> None:
    summary = "SUMMARY:Entretien chez Société Générale Île-de-France".encode()
    where = summary.index("é".encode()) + 1  # the fold falls between the two bytes of é
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:cut-1\r\n"
            + summary[:where] + b"\r\n " + summary[where:]
            + b"\r\nDTSTART:20261210T150000Z\r\nDTEND:20261210T160000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    (event,) = read_invites(data, "cut.ics").events
    assert event.summary == "Entretien chez Société Générale Île-de-France"


# ---------------------------------------------------------------- recurring series


def test_weekly_series_defaults_to_first_occurrence() -> None:
    event = only("weekly_recurring.ics")
    assert event.recurrence == "FREQ=WEEKLY;COUNT=6;BYDAY=TU"
    assert event.start == datetime(2026, 3, 17, 10, 0, tzinfo=BERLIN)
    assert event.summary == "Weekly career coaching"
    assert event.video_link == "https://meet.google.com/xyz-abcd-efg"


def test_weekly_series_next_occurrence_keeps_wall_clock_across_dst() -> None:
    # Berlin switches to summer time on 29 March; the 24 March and 31 March meetings are both at 10:00.
    event = only("weekly_recurring.ics", now=datetime(2026, 3, 18, tzinfo=UTC))
    assert event.start == datetime(2026, 3, 24, 10, 0, tzinfo=BERLIN)
    assert event.start.utcoffset() == timedelta(hours=1)
    assert event.end == datetime(2026, 3, 24, 11, 0, tzinfo=BERLIN)


def test_weekly_series_skips_exdate() -> None:
    event = only("weekly_recurring.ics", now=datetime(2026, 3, 25, tzinfo=UTC))
    # 31 March is excluded; the 7 April one is moved to 9 April 15:00.
    assert event.start == datetime(2026, 4, 9, 15, 0, tzinfo=BERLIN)
    assert event.start.utcoffset() == timedelta(hours=2)
    assert event.summary == "Weekly career coaching (moved)"
    assert event.sequence == 1
    assert event.end == datetime(2026, 4, 9, 16, 0, tzinfo=BERLIN)
    # What describes the series as a whole stays.
    assert event.organizer == Person("Coach Lena Vogt", "lena.vogt@coaching.example")
    assert event.recurrence == "FREQ=WEEKLY;COUNT=6;BYDAY=TU"


def test_weekly_series_after_the_moved_occurrence() -> None:
    event = only("weekly_recurring.ics", now=datetime(2026, 4, 10, tzinfo=UTC))
    assert event.start == datetime(2026, 4, 14, 10, 0, tzinfo=BERLIN)
    assert event.summary == "Weekly career coaching"


def test_series_that_is_over_shows_its_last_occurrence() -> None:
    event = only("weekly_recurring.ics", now=datetime(2027, 1, 1, tzinfo=UTC))
    assert event.start == datetime(2026, 4, 21, 10, 0, tzinfo=BERLIN)


def test_moved_occurrence_alone_is_an_event() -> None:
    text = (FIXTURES / "weekly_recurring.ics").read_text()
    start = text.index("BEGIN:VEVENT")
    alone = text[:start] + text[text.index("BEGIN:VEVENT", start + 1) :]
    (event,) = read_invites(alone.encode(), "moved.ics").events
    assert event.start == datetime(2026, 4, 9, 15, 0, tzinfo=BERLIN)
    assert event.recurrence == ""


def test_bad_repeat_rule_is_a_problem() -> None:
    text = (FIXTURES / "weekly_recurring.ics").read_text().replace("FREQ=WEEKLY;", "FREQ=FORTNIGHTLY;")
    with pytest.raises(ImportProblem, match=r"moved\.ics.*event 1 \('Weekly career coaching'\)"):
        read_invites(text.encode(), "moved.ics")


@pytest.mark.parametrize(
    ("rule", "reason"),
    [
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31", "the repeat rule matches no date"),
        # Bounded by the work done, whatever the frequency: a period that never yields a date (dateutil would
        # walk hour by hour to the year 9999), a date a second, 3,600 dates an hour.
        ("FREQ=HOURLY;BYSETPOS=2", "steps through more than 100,000 periods"),
        ("FREQ=SECONDLY", "more than 100,000"),
        ("FREQ=HOURLY;BYMINUTE=" + ",".join(map(str, range(60))) + ";BYSECOND=" + ",".join(map(str, range(60))),
         "computes more than 100,000 dates"),
    ],
)
def test_rules_that_are_no_meetings_are_problems_not_hangs(rule: str, reason: str) -> None:
    text = (FIXTURES / "weekly_recurring.ics").read_text().replace("FREQ=WEEKLY;BYDAY=TU;COUNT=6", rule)
    text = text.replace("20260317T100000", "19000101T100000")  # a series begun in 1900, read in 2026
    with pytest.raises(ImportProblem, match=reason):
        read_invites(text.encode(), "odd.ics", now=datetime(2026, 3, 18, tzinfo=ZoneInfo("UTC")))


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="time zone"):
        read("weekly_recurring.ics", now=datetime(2026, 3, 18))


# ---------------------------------------------------------------- video links


def test_rfc7986_conference_and_webex() -> None:
    result = read("conference_rfc7986.ics")
    assert result.problems == []
    video, webex = result.events
    assert video.video_link == "https://video.fastmail.example/r/4471"
    assert video.end - video.start == timedelta(minutes=45)
    assert video.time_zone == "America/Chicago"
    assert webex.video_link == "https://acme.webex.com/acme/j.php?MTID=m3f1a2b4c5d6e7f8a9b0c1d2e3f4a5b6c"


# ---------------------------------------------------------------- problems


def test_unknown_tzid_is_a_guess_and_missing_start_a_problem() -> None:
    result = read("unknown_tzid.ics", default_zone="Europe/Dublin")
    mars, london = result.events
    assert [e.summary for e in result.events] == ["Interview on Mars time", "Interview in London"]
    # Nothing says which zone 09:00 is in: it is read in the user's zone, and marked for the user to confirm.
    assert mars.start == datetime(2026, 3, 20, 9, 0, tzinfo=ZoneInfo("Europe/Dublin"))
    assert mars.zone_guessed and mars.time_zone == "Europe/Dublin"
    assert london.start == datetime(2026, 3, 20, 14, 0, tzinfo=ZoneInfo("Europe/London"))
    assert not london.zone_guessed
    assert result.problems == [
        "unknown_tzid.ics: event 3 ('Interview with no time yet') on line 19: no start time (DTSTART)",
    ]


def test_custom_tzid_defined_by_vtimezone_is_honoured() -> None:
    text = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VTIMEZONE
TZID:Customized Time Zone
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:custom-zone
DTSTART;TZID=Customized Time Zone:20260320T150000
DTEND;TZID=Customized Time Zone:20260320T160000
SUMMARY:Call with Bengaluru
END:VEVENT
END:VCALENDAR
"""
    (event,) = read_invites(text.encode(), "custom.ics").events
    # Its name says nothing: the instant comes from the VTIMEZONE, shown in a zone whose offsets agree that year.
    assert event.start == datetime(2026, 3, 20, 9, 30, tzinfo=UTC)
    assert event.time_zone == "Asia/Calcutta" and not event.zone_guessed


def test_custom_tzid_comes_from_each_files_own_vtimezone() -> None:
    template = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VTIMEZONE
TZID:Company Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:{offset}
TZOFFSETTO:{offset}
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:company-time
DTSTART;TZID=Company Time:20260320T120000
SUMMARY:Call
END:VEVENT
END:VCALENDAR
"""
    # icalendar caches VTIMEZONEs process-wide; the second file must not get the first one's offset.
    for offset, utc_hour in (("+0200", 10), ("-0300", 15)):
        (event,) = read_invites(template.format(offset=offset).encode(), "company.ics").events
        assert event.start == datetime(2026, 3, 20, utc_hour, 0, tzinfo=UTC)
    undefined = template.format(offset="+0200")
    undefined = undefined[: undefined.index("BEGIN:VTIMEZONE")] + undefined[undefined.index("BEGIN:VEVENT") :]
    (event,) = read_invites(undefined.encode(), "company.ics", default_zone="Europe/Dublin").events
    assert event.zone_guessed and event.start == datetime(2026, 3, 20, 12, 0, tzinfo=ZoneInfo("Europe/Dublin"))


def test_time_zone_definition_with_two_names_is_refused_by_name() -> None:
    text = (FIXTURES / "zoom_invite.ics").read_text()
    text = text.replace("TZID:America/New_York\n", "TZID:Eastern\nTZID:America/New_York\n", 1)
    with pytest.raises(ImportProblem, match=r"^zoom\.ics: a time zone definition \(VTIMEZONE\) has two names, "
                                            r"'Eastern' and 'America/New_York'"):
        read_invites(text.encode(), "zoom.ics")


def test_truncated_file_is_refused() -> None:
    with pytest.raises(ImportProblem, match=r"^truncated\.ics: the file is truncated"):
        read("truncated.ics")


def test_missing_end_vcalendar_is_refused() -> None:
    text = (FIXTURES / "zoom_invite.ics").read_text().replace("END:VCALENDAR\n", "")
    with pytest.raises(ImportProblem, match=r"zoom\.ics: the file is truncated"):
        read_invites(text.encode(), "zoom.ics")


def test_non_calendar_file_is_refused() -> None:
    with pytest.raises(ImportProblem, match=r"^not_calendar\.ics: not an iCalendar file"):
        read("not_calendar.ics")


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n"])
def test_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(ImportProblem, match=r"^empty\.ics: the file is empty"):
        read_invites(data, "empty.ics")


def test_calendar_without_events_is_refused() -> None:
    with pytest.raises(ImportProblem, match="contains no events"):
        read_invites(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n", "blank.ics")


def test_all_events_failing_is_refused_with_reasons() -> None:
    text = (FIXTURES / "unknown_tzid.ics").read_text()
    text = text.replace("DTSTART", "X-PLANNED-START")
    with pytest.raises(ImportProblem) as caught:
        read_invites(text.encode(), "bad.ics")
    message = str(caught.value)
    assert message.startswith("bad.ics: no event could be imported: event 1 ('Interview on Mars time')")
    assert message.count("no start time (DTSTART)") == 3


def test_reply_is_not_an_invitation() -> None:
    text = (FIXTURES / "google_update.ics").read_text().replace("METHOD:REQUEST", "METHOD:REPLY")
    with pytest.raises(ImportProblem, match="METHOD:REPLY messages are not imported"):
        read_invites(text.encode(), "reply.ics")


def test_windows_code_page_file_still_reads() -> None:
    text = (FIXTURES / "zoom_invite.ics").read_text().replace("Phone screen with Acme", "Gespräch mit Acme")
    (event,) = read_invites(text.encode("cp1252"), "latin.ics").events
    assert event.summary == "Gespräch mit Acme Robotics"
