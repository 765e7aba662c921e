"""The fast deadline helpers give exactly what the straightforward versions they replaced gave.

The references below are the original implementations (a UTC round trip for every wall-clock time, one
day at a time for working days). Hypothesis draws dates around the DST changes of zones with unusual rules
(half-hour offsets, southern hemisphere, a zone that skipped a whole day) as well as any date at all.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import deadlines
from desktop.core.settings import Settings

ZONES = [ZoneInfo(name) for name in (
    "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Australia/Sydney", "America/Santiago",
    "Asia/Kolkata", "Pacific/Apia", "Europe/London", "America/St_Johns", "UTC", "Africa/Casablanca")]


def reference_at_local(day: date, clock: time, zone: ZoneInfo) -> datetime:
    naive = datetime.combine(day, clock)
    local = naive.replace(tzinfo=zone)
    roundtrip = local.astimezone(ZoneInfo("UTC")).astimezone(zone)
    if roundtrip.replace(tzinfo=None) != naive:
        return roundtrip
    return local


def reference_add_wall_clock_hours(moment: datetime, hours: int, zone: ZoneInfo) -> datetime:
    local = moment.astimezone(zone)
    shifted = local.replace(tzinfo=None) + timedelta(hours=hours)
    return reference_at_local(shifted.date(), shifted.time(), zone)


def reference_add_working_days(day: date, count: int, working_days: list[int]) -> date:
    current = day
    if count == 0:
        while current.weekday() not in working_days:
            current += timedelta(days=1)
        return current
    remaining = count
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() in working_days:
            remaining -= 1
    return current


def same(fast: datetime, slow: datetime) -> bool:
    """The same instant, in the same zone, showing the same wall clock with the same fold."""
    return (fast == slow and fast.tzinfo is slow.tzinfo and fast.replace(tzinfo=None) == slow.replace(tzinfo=None)
            and fast.fold == slow.fold and fast.utcoffset() == slow.utcoffset())




def _change_days() -> list[date]:
    """The days on which one of ZONES changes its offset (by its noon offsets), 2000-2040: where DST bites."""
    found = set()
    for zone in ZONES:
        day, before = date(2000, 1, 1), None
        while day.year <= 2040:
            offset = datetime.combine(day, time(12), tzinfo=zone).utcoffset()
            if before is not None and offset != before:
                found.update((day - timedelta(days=1), day))
            day, before = day + timedelta(days=1), offset
    return sorted(found)


CHANGE_DAYS = _change_days()
# Half the dates are days on which some zone changes; a change in another zone is simply an ordinary day.
days = st.one_of(st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)), st.sampled_from(CHANGE_DAYS))
# Clocks near the hours at which zones change (00:00-03:59, on any quarter hour) are where DST bites.
clocks = st.one_of(st.times(), st.builds(time, st.integers(0, 3), st.sampled_from([0, 15, 30, 45])))
zones = st.sampled_from(ZONES)
week_sets = st.lists(st.integers(0, 6), min_size=1, max_size=9)


@settings(max_examples=600, deadline=None)
@given(days, clocks, zones)
def test_at_local_matches_the_utc_round_trip(day, clock, zone):
    assert same(deadlines.at_local(day, clock, zone), reference_at_local(day, clock, zone))


@settings(max_examples=400, deadline=None)
@given(days, clocks, zones, zones, st.integers(0, 24 * 30))
def test_wall_clock_hours_match_the_reference(day, clock, start_zone, zone, hours):
    moment = datetime.combine(day, clock, tzinfo=start_zone)
    assert same(deadlines.add_wall_clock_hours(moment, hours, zone),
                reference_add_wall_clock_hours(moment, hours, zone))


@settings(max_examples=600, deadline=None)
@given(days, st.integers(0, 400), week_sets)
def test_working_days_match_walking_day_by_day(day, count, working_days):
    assert deadlines.add_working_days(day, count, working_days) == reference_add_working_days(
        day, count, working_days)


@settings(max_examples=300, deadline=None)
@given(days, clocks, zones, st.one_of(st.none(), days), week_sets, st.integers(1, 72), st.integers(1, 60))
def test_derive_matches_the_reference_rules(day, clock, zone, decision, working_days, note_hours, grace):
    chosen = Settings(working_days=sorted(set(working_days)), note_deadline_hours=note_hours, grace_period_days=grace)
    end = datetime.combine(day, clock, tzinfo=zone)
    found = deadlines.derive(None, end, decision, chosen, zone)
    due = reference_add_wall_clock_hours(end, chosen.note_deadline_hours, zone)
    if deadlines.in_quiet_hours(due.time(), chosen.quiet_start, chosen.quiet_end):
        after_midnight = chosen.quiet_start > chosen.quiet_end and due.time() < chosen.quiet_end
        quiet_day = due.date() - timedelta(days=after_midnight)
        due = reference_at_local(quiet_day, chosen.quiet_start, zone)
    call_day = (reference_add_working_days(decision, 1, chosen.working_days) if decision is not None else
                reference_add_working_days(end.astimezone(zone).date(), chosen.default_decision_wait_days,
                                           chosen.working_days))
    call = reference_at_local(call_day, chosen.workday_start, zone)
    move_on = reference_at_local(reference_add_working_days(
        call.astimezone(zone).date(), chosen.grace_period_days, chosen.working_days), chosen.workday_start, zone)
    assert found.note_due == due and found.follow_up_due == call and found.move_on_due == move_on


def test_a_week_without_working_days_is_refused():
    with pytest.raises(ValueError, match="no working days"):
        deadlines.add_working_days(date(2026, 3, 2), 3, [])
