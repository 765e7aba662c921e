"""The rules that turn an interview and its next steps into dates.

note due       = interview end + 48 h (setting), on the wall clock, pulled out of quiet hours
follow-up call = the promised decision date + 1 working day, or, when nothing was promised,
                 interview end + 10 working days (setting); at the start of the working day
move on        = follow-up call + grace period (working days, setting)

All arithmetic is time-zone aware: datetimes in and out carry a tzinfo, and wall-clock times
are resolved in the candidate's own zone so that DST changes do not shift "17:00" to "18:00".
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktop.core.settings import Settings


@dataclass(frozen=True)
class Deadlines:
    """The derived dates of one interview; None where the data to derive them is missing."""

    note_due: datetime | None
    follow_up_due: datetime | None
    move_on_due: datetime | None


def _require_aware(value: datetime, what: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} has no time zone")


# Deadlines are derived for every interview on every refresh, and many share a day: the pure helpers below
# remember recent answers (the arguments are immutable values; a ZoneInfo is one object per key).
_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=_CACHE_SIZE)
def at_local(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """The moment a wall clock in `zone` shows `clock` on `day`; a time skipped by DST moves on."""
    return _on_wall_clock(datetime.combine(day, clock, tzinfo=zone))


def _on_wall_clock(local: datetime) -> datetime:
    """`local` (a wall-clock time in its zone) as a real moment: moved past the spring-forward gap if in it."""
    # Where both readings of an hour have the same offset the time is neither skipped nor repeated: that is
    # every day but two a year, and two offset look-ups settle it without a round trip through UTC.
    if local.utcoffset() == local.replace(fold=not local.fold).utcoffset():
        return local
    # A time in the spring-forward gap does not exist: round-tripping through UTC lands after it.
    roundtrip = local.astimezone(UTC).astimezone(local.tzinfo)
    if roundtrip.replace(tzinfo=None) != local.replace(tzinfo=None):
        return roundtrip
    return local


def add_wall_clock_hours(moment: datetime, hours: int, zone: ZoneInfo) -> datetime:
    """`hours` later as the candidate reads a clock: 17:00 Friday + 48 h is 17:00 Sunday across DST."""
    _require_aware(moment, "the start time")
    # Adding to an aware time is wall-clock arithmetic in its zone, and gives fold 0 (the first 01:30 of a
    # repeated hour), as datetime.combine does in at_local.
    return _on_wall_clock(moment.astimezone(zone) + timedelta(hours=hours))


def is_working_day(day: date, working_days: list[int]) -> bool:
    return day.weekday() in working_days


def add_working_days(day: date, count: int, working_days: list[int]) -> date:
    """The date `count` working days after `day` (count 0: `day` itself, or the next working day)."""
    return _add_working_days(day, count, frozenset(working_days))


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _add_working_days(day: date, count: int, working_days: frozenset[int]) -> date:
    per_week = len(working_days & _WEEKDAYS)
    if not per_week:
        raise ValueError("no working days are set")
    if count <= 0:
        weeks, remaining = 0, 0
    else:
        # Any 7 consecutive days hold `per_week` working days: jump whole weeks, then walk at most a week.
        weeks, remaining = divmod(count - 1, per_week)
        remaining += 1
    weekday, offset = day.weekday(), 7 * weeks
    if remaining == 0:
        while (weekday + offset) % 7 not in working_days:
            offset += 1
        return day + timedelta(days=offset)
    while remaining:
        offset += 1
        if (weekday + offset) % 7 in working_days:
            remaining -= 1
    return day + timedelta(days=offset)


_WEEKDAYS = frozenset(range(7))


def in_quiet_hours(clock: time, start: time, end: time) -> bool:
    """Whether `clock` falls in [start, end), a span that may cross midnight."""
    if start == end:
        return False
    if start < end:
        return start <= clock < end
    return clock >= start or clock < end


def before_quiet_hours(moment: datetime, settings: Settings, zone: ZoneInfo) -> datetime:
    """A deadline inside quiet hours moves earlier, to the evening's quiet start, so it can be met awake."""
    local = moment.astimezone(zone)
    if not in_quiet_hours(local.time(), settings.quiet_start, settings.quiet_end):
        return local
    day = local.date()
    if settings.quiet_start > settings.quiet_end and local.time() < settings.quiet_end:
        day -= timedelta(days=1)  # after midnight: quiet hours began the evening before
    return at_local(day, settings.quiet_start, zone)


def note_due(interview_end: datetime, settings: Settings, zone: ZoneInfo) -> datetime:
    """When the thank-you note for an interview that ended at `interview_end` is due."""
    _require_aware(interview_end, "the interview end")
    due = add_wall_clock_hours(interview_end, settings.note_deadline_hours, zone)
    return before_quiet_hours(due, settings, zone)


def follow_up_due(interview_end: datetime, decision_date: date | None, settings: Settings,
                  zone: ZoneInfo) -> datetime:
    """When to call: a working day after the promised decision, or after the default wait."""
    _require_aware(interview_end, "the interview end")
    if decision_date is not None:
        day = add_working_days(decision_date, 1, settings.working_days)
    else:
        ended_on = interview_end.astimezone(zone).date()
        day = add_working_days(ended_on, settings.default_decision_wait_days, settings.working_days)
    return at_local(day, settings.workday_start, zone)


def move_on_due(follow_up: datetime, settings: Settings, zone: ZoneInfo) -> datetime:
    """When an unanswered follow-up becomes a question of moving on."""
    _require_aware(follow_up, "the follow-up date")
    day = add_working_days(follow_up.astimezone(zone).date(), settings.grace_period_days,
                           settings.working_days)
    return at_local(day, settings.workday_start, zone)


def derive(start: datetime | None, end: datetime | None, decision_date: date | None,
           settings: Settings, zone: ZoneInfo) -> Deadlines:
    """All deadlines of one interview; an interview with no end uses its start, one with neither has none."""
    ended = end or start
    if ended is None:
        return Deadlines(None, None, None)
    call = follow_up_due(ended, decision_date, settings, zone)
    return Deadlines(note_due(ended, settings, zone), call, move_on_due(call, settings, zone))
