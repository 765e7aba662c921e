from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.core import deadlines
from desktop.core.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
S = Settings()


def local(zone: ZoneInfo, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=zone)


def test_note_due_is_48_hours_after_the_interview_ends():
    due = deadlines.note_due(local(BERLIN, 2026, 11, 24, 15, 30), S, BERLIN)
    assert due == local(BERLIN, 2026, 11, 26, 15, 30)


def test_note_due_keeps_the_wall_clock_across_spring_forward():
    # Berlin moves from 02:00 to 03:00 on Sunday 29 March 2026; 48 h later still reads 17:00.
    due = deadlines.note_due(local(BERLIN, 2026, 3, 27, 17, 0), S, BERLIN)
    assert due.astimezone(BERLIN).time() == time(17, 0)
    assert due.astimezone(UTC) - local(BERLIN, 2026, 3, 27, 17, 0).astimezone(UTC) == timedelta(hours=47)


def test_note_due_keeps_the_wall_clock_across_fall_back():
    due = deadlines.note_due(local(NEW_YORK, 2026, 10, 30, 16, 0), S, NEW_YORK)
    assert due.astimezone(NEW_YORK) == local(NEW_YORK, 2026, 11, 1, 16, 0)
    assert due.astimezone(UTC) - local(NEW_YORK, 2026, 10, 30, 16, 0).astimezone(UTC) == timedelta(hours=49)


def test_a_due_time_inside_the_dst_gap_moves_past_it():
    moment = deadlines.at_local(date(2026, 3, 29), time(2, 30), BERLIN)
    assert moment.astimezone(BERLIN).time() == time(3, 30)


def test_note_due_inside_quiet_hours_moves_to_the_evening_before():
    # ends 23:30 Monday -> 23:30 Wednesday is quiet -> due 22:00 Wednesday
    assert deadlines.note_due(local(BERLIN, 2026, 11, 23, 23, 30), S, BERLIN) == local(BERLIN, 2026, 11, 25, 22, 0)
    # after midnight: quiet hours began the evening before
    due = deadlines.note_due(local(BERLIN, 2026, 11, 23, 6, 0), S, BERLIN)
    assert due == local(BERLIN, 2026, 11, 24, 22, 0)


def test_quiet_hours_that_do_not_cross_midnight():
    settings = Settings(quiet_start=time(12, 0), quiet_end=time(13, 0))
    due = deadlines.note_due(local(BERLIN, 2026, 11, 23, 12, 30), settings, BERLIN)
    assert due == local(BERLIN, 2026, 11, 25, 12, 0)


def test_follow_up_is_one_working_day_after_the_promised_date_skipping_the_weekend():
    end = local(BERLIN, 2026, 11, 2, 11, 0)
    due = deadlines.follow_up_due(end, date(2026, 11, 13), S, BERLIN)  # a Friday
    assert due == local(BERLIN, 2026, 11, 16, 9, 30)  # Monday, at the start of the working day
    saturday = deadlines.follow_up_due(end, date(2026, 11, 14), S, BERLIN)
    assert saturday.date() == date(2026, 11, 16)


def test_follow_up_without_a_promise_waits_ten_working_days():
    due = deadlines.follow_up_due(local(BERLIN, 2026, 11, 25, 16, 0), None, S, BERLIN)  # Wednesday
    assert due == local(BERLIN, 2026, 12, 9, 9, 30)


def test_move_on_is_the_grace_period_after_the_follow_up():
    call = local(BERLIN, 2026, 12, 9, 9, 30)
    assert deadlines.move_on_due(call, S, BERLIN) == local(BERLIN, 2026, 12, 16, 9, 30)
    longer = Settings(grace_period_days=10)
    assert deadlines.move_on_due(call, longer, BERLIN).date() == date(2026, 12, 23)


def test_custom_working_days():
    sunday_to_thursday = Settings(working_days=[6, 0, 1, 2, 3])
    assert deadlines.add_working_days(date(2026, 11, 26), 1, sunday_to_thursday.working_days) == date(2026, 11, 29)
    with pytest.raises(ValueError, match="no working days"):
        deadlines.add_working_days(date(2026, 11, 26), 1, [])


def test_missing_data():
    assert deadlines.derive(None, None, None, S, BERLIN) == deadlines.Deadlines(None, None, None)
    start = local(BERLIN, 2026, 11, 24, 10, 0)
    only_start = deadlines.derive(start, None, None, S, BERLIN)
    assert only_start.note_due == local(BERLIN, 2026, 11, 26, 10, 0)
    assert only_start.move_on_due is not None and only_start.move_on_due > only_start.follow_up_due


def test_naive_times_are_refused_not_guessed():
    with pytest.raises(ValueError, match="time zone"):
        deadlines.note_due(datetime(2026, 11, 24, 15, 0), S, BERLIN)


def test_deadlines_are_the_same_moment_whatever_zone_the_input_is_in():
    end = local(NEW_YORK, 2026, 11, 24, 9, 0)
    assert deadlines.note_due(end, S, BERLIN) == deadlines.note_due(end.astimezone(UTC), S, BERLIN)
