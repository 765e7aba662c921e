"""The timing rules of a thank-you note: not from the car park, not in quiet hours, not past the deadline,
across DST changes and quiet hours that span midnight."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.core.send_timing import SendWindow, Timing, assess, schedule_choices, suggest, when_text

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = (time(22, 0), time(8, 0))
WORKDAYS = [0, 1, 2, 3, 4]


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BERLIN)


def window(end: datetime, hours: int = 48, quiet: tuple[time, time] = NIGHT) -> SendWindow:
    return SendWindow(end, end + timedelta(hours=hours), quiet[0], quiet[1], BERLIN)


def kinds(findings) -> list[Timing]:
    return [f.kind for f in findings]


def test_a_note_sent_a_few_minutes_after_the_interview_is_from_the_car_park():
    end = local(2026, 11, 25, 10, 0)
    [finding] = assess(end + timedelta(minutes=6), window(end))
    assert finding.kind is Timing.TOO_EARLY and finding.level == "warning"
    assert "ended 6 min ago" in finding.message and "car park" in finding.message
    assert finding.suggested == local(2026, 11, 25, 18, 0)
    assert "Today at 18:00 would be better" in finding.message


def test_a_quarter_of_an_hour_later_it_is_fine():
    end = local(2026, 11, 25, 10, 0)
    assert assess(end + timedelta(minutes=15), window(end)) == []
    assert assess(end + timedelta(hours=8), window(end)) == []


def test_an_interview_that_ends_in_the_evening_suggests_the_next_morning():
    end = local(2026, 11, 25, 18, 30)
    [finding] = assess(end + timedelta(minutes=2), window(end))
    assert finding.suggested == local(2026, 11, 26, 8, 30)


@pytest.mark.parametrize(("at", "suggested"), [
    (local(2026, 11, 25, 23, 30), local(2026, 11, 26, 8, 30)),  # before midnight: the next morning
    (local(2026, 11, 26, 0, 10), local(2026, 11, 26, 8, 30)),  # after midnight: this morning
    (local(2026, 11, 26, 7, 59), local(2026, 11, 26, 8, 30)),
])
def test_quiet_hours_spanning_midnight(at, suggested):
    [finding] = assess(at, window(local(2026, 11, 25, 15, 0)))
    assert finding.kind is Timing.QUIET_HOURS and "22:00–08:00" in finding.message
    assert finding.suggested == suggested


def test_quiet_hours_end_and_begin_exactly():
    w = window(local(2026, 11, 25, 15, 0))
    assert assess(local(2026, 11, 26, 8, 0), w) == []
    assert kinds(assess(local(2026, 11, 25, 22, 0), w)) == [Timing.QUIET_HOURS]
    assert assess(local(2026, 11, 25, 21, 59), w) == []


def test_quiet_hours_within_one_day():
    w = window(local(2026, 11, 25, 9, 0), quiet=(time(12, 0), time(14, 0)))
    [finding] = assess(local(2026, 11, 25, 13, 0), w)
    assert finding.kind is Timing.QUIET_HOURS and finding.suggested == local(2026, 11, 25, 18, 0)
    assert assess(local(2026, 11, 25, 23, 30), w) == []


def test_a_morning_after_long_quiet_hours_waits_for_their_end():
    w = window(local(2026, 11, 25, 15, 0), quiet=(time(21, 0), time(9, 15)))
    assert suggest(local(2026, 11, 25, 23, 0), w) == local(2026, 11, 26, 9, 15)


def test_past_the_deadline_waiting_would_not_help():
    end = local(2026, 11, 23, 15, 0)
    at = local(2026, 11, 25, 16, 0)
    [finding] = assess(at, window(end))
    assert finding.kind is Timing.PAST_DUE and finding.suggested is None
    assert "after this note's deadline, today at 15:00" in finding.message


def test_past_the_deadline_at_night_still_suggests_the_morning():
    found = assess(local(2026, 11, 25, 23, 0), window(local(2026, 11, 22, 15, 0)))
    assert kinds(found) == [Timing.PAST_DUE, Timing.QUIET_HOURS]
    assert found[1].suggested == local(2026, 11, 26, 8, 30)


def test_no_suggestion_beyond_the_deadline():
    end = local(2026, 11, 25, 21, 50)
    short = SendWindow(end, end + timedelta(hours=1), *NIGHT, BERLIN)  # due 22:50, inside quiet hours
    [early, quiet] = assess(end + timedelta(minutes=14), short)
    assert (early.kind, quiet.kind) == (Timing.TOO_EARLY, Timing.QUIET_HOURS)
    assert early.suggested is None and "would be better" not in early.message


def test_a_scheduled_time_is_judged_the_same_way_and_named():
    end = local(2026, 11, 25, 15, 0)
    now = local(2026, 11, 25, 16, 0)
    [finding] = assess(local(2026, 11, 25, 23, 0), window(end), now=now)
    assert finding.message.startswith("23:00 is inside your quiet hours")
    [late] = assess(local(2026, 11, 28, 9, 0), window(end), now=now)
    assert late.message.startswith("Saturday at 09:00 is after this note's deadline, Friday at 15:00")
    [early] = assess(end + timedelta(minutes=5), window(end), now=local(2026, 11, 25, 14, 0))
    assert early.message.startswith("Today at 15:05 is only 5 min after the interview ends")


# --- DST (Europe/Berlin: clocks go back on 25 October 2026 and forward on 29 March 2026) -------------------


def test_the_car_park_quarter_is_real_time_across_the_autumn_change():
    end = datetime(2026, 10, 25, 0, 55, tzinfo=UTC)  # 02:55 summer time, the first 02:55
    at = datetime(2026, 10, 25, 1, 5, tzinfo=UTC)  # 02:05 winter time: earlier on the wall, 10 minutes later
    no_quiet = window(end, quiet=(time(0, 0), time(0, 0)))  # equal ends: no quiet hours at all
    [finding] = assess(at, no_quiet)
    assert finding.kind is Timing.TOO_EARLY and "ended 10 min ago" in finding.message
    assert assess(at + timedelta(minutes=5), no_quiet) == []


def test_the_repeated_hour_is_inside_quiet_hours():
    w = window(local(2026, 10, 24, 15, 0))
    for moment in (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), datetime(2026, 10, 25, 1, 30, tzinfo=UTC)):
        assert kinds(assess(moment, w)) == [Timing.QUIET_HOURS]
        assert suggest(moment, w) == local(2026, 10, 25, 8, 30)


@pytest.mark.parametrize(("now", "morning_utc"), [
    (local(2026, 10, 24, 20, 0), datetime(2026, 10, 25, 7, 30, tzinfo=UTC)),  # winter time on the morning
    (local(2026, 10, 23, 20, 0), datetime(2026, 10, 24, 6, 30, tzinfo=UTC)),  # still summer time
    (local(2026, 3, 28, 20, 0), datetime(2026, 3, 29, 6, 30, tzinfo=UTC)),  # summer time from that night
])
def test_tomorrow_0830_stays_0830_on_the_wall_across_dst(now, morning_utc):
    choices = schedule_choices(now, BERLIN, *NIGHT, list(range(7)))
    [tomorrow] = [c for c in choices if c.label == "Tomorrow 08:30"]
    assert tomorrow.at == morning_utc and f"{tomorrow.at.astimezone(BERLIN):%H:%M}" == "08:30"


# --- the menu's choices -----------------------------------------------------------------------------------


def test_choices_on_a_weekday_afternoon():
    choices = schedule_choices(local(2026, 11, 25, 12, 0), BERLIN, *NIGHT, WORKDAYS)
    assert [(c.label, c.at) for c in choices] == [("This evening 18:00", local(2026, 11, 25, 18, 0)),
                                                  ("Tomorrow 08:30", local(2026, 11, 26, 8, 30))]


def test_choices_on_a_friday_evening_add_monday_morning():
    choices = schedule_choices(local(2026, 11, 27, 19, 0), BERLIN, *NIGHT, WORKDAYS)
    assert [c.label for c in choices] == ["Tomorrow 08:30", "Monday 08:30 (next working morning)"]
    assert choices[1].at == local(2026, 11, 30, 8, 30)


def test_choices_after_midnight_offer_this_morning():
    choices = schedule_choices(local(2026, 11, 26, 0, 30), BERLIN, *NIGHT, WORKDAYS)
    assert [c.label for c in choices][:2] == ["This morning 08:30", "This evening 18:00"]


def test_an_evening_inside_quiet_hours_is_not_offered():
    choices = schedule_choices(local(2026, 11, 25, 12, 0), BERLIN, time(17, 0), time(7, 0), WORKDAYS)
    assert [c.label for c in choices] == ["Tomorrow 08:30"]


def test_when_text():
    now = local(2026, 11, 25, 12, 0)  # a Wednesday
    assert when_text(local(2026, 11, 25, 18, 0), now, BERLIN) == "today at 18:00"
    assert when_text(local(2026, 11, 26, 8, 30), now, BERLIN) == "tomorrow at 08:30"
    assert when_text(local(2026, 11, 30, 8, 30), now, BERLIN) == "Monday at 08:30"
    assert when_text(local(2026, 12, 3, 8, 30), now, BERLIN) == "Thu 3 Dec at 08:30"
