"""When a thank-you note should go out: within 24 hours, 48 at most, not from the car park, not at night.

Pure rules. Moments in and out are aware datetimes; wall-clock times (quiet hours, 08:30, 18:00) are read in
the candidate's zone, so "tomorrow 08:30" stays 08:30 across a DST change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from desktop.core.deadlines import add_working_days, at_local, in_quiet_hours
from desktop.core.messages import WEEKDAY_NAMES, Message, RelativeTime, english

CAR_PARK = timedelta(minutes=15)  # sent sooner after the interview's end, a note reads as written in the car park
MORNING = time(8, 30)
EVENING = time(18, 0)


class Timing(StrEnum):
    TOO_EARLY = "too_early"
    QUIET_HOURS = "quiet_hours"
    PAST_DUE = "past_due"


@dataclass(frozen=True)
class TimingFinding:
    """One reason a moment is a poor time to send, in a plain sentence, with a better moment when there is one."""

    kind: Timing
    message: str
    suggested: datetime | None = None  # None: waiting would not help (the deadline has passed)
    level: str = "warning"


@dataclass(frozen=True)
class SendWindow:
    """What the timing rules need to know about one note."""

    interview_end: datetime
    due: datetime
    quiet_start: time
    quiet_end: time
    zone: ZoneInfo

    def in_quiet(self, moment: datetime) -> bool:
        return in_quiet_hours(moment.astimezone(self.zone).time(), self.quiet_start, self.quiet_end)

    @property
    def quiet_text(self) -> str:
        return f"{self.quiet_start:%H:%M}–{self.quiet_end:%H:%M}"


@dataclass(frozen=True)
class Choice:
    """One time offered in the "Send later" menu."""

    label: str
    at: datetime


def when_text(moment: datetime, now: datetime, zone: ZoneInfo) -> str:
    """'today at 18:00', 'tomorrow at 08:30', 'Monday at 08:30' within a week, else 'Thu 3 Dec at 08:30'."""
    return str(RelativeTime.of(moment, now, zone))


def assess(at: datetime, window: SendWindow, now: datetime | None = None) -> list[TimingFinding]:
    """What is wrong with sending at `at` (now, or a scheduled time), most pressing first; [] when nothing is.

    `now` (default: `at`) is the moment the sentences are read at, for "today" and "tomorrow".
    """
    now = now or at
    subject = english("Now") if at == now else RelativeTime.of(at, now, window.zone, capital=True)
    findings = []
    if at > window.due:
        findings.append(TimingFinding(
            Timing.PAST_DUE,
            Message("{subject} is after this note's deadline, {due}. A late thank-you still counts: send it as soon "
                    "as you can, and do not apologise at length.", subject=subject,
                    due=RelativeTime.of(window.due, now, window.zone))))
    suggested = suggest(at, window)
    later = Message(" {moment} would be better.", moment=RelativeTime.of(suggested, now, window.zone, capital=True)
                    ) if suggested else ""
    ended_ago = at - window.interview_end
    if timedelta(0) <= ended_ago < CAR_PARK:
        minutes = int(ended_ago.total_seconds() // 60)
        if at == now:
            since = (english("The interview has only just ended") if minutes < 1
                     else Message("The interview ended {minutes} min ago", minutes=minutes))
        else:
            since = Message("{subject} is only {minutes} min after the interview ends", subject=subject,
                            minutes=minutes)
        findings.append(TimingFinding(
            Timing.TOO_EARLY, Message("{since}: a note sent from the car park reads as written in a hurry.{later}",
                                      since=since, later=later), suggested))
    if window.in_quiet(at):
        clock = f"{at.astimezone(window.zone):%H:%M}"
        findings.append(TimingFinding(
            Timing.QUIET_HOURS,
            Message("{clock} is inside your quiet hours ({quiet}): a note that arrives at night looks written at "
                    "night.{later}", clock=clock, quiet=window.quiet_text, later=later), suggested))
    return findings


def suggest(at: datetime, window: SendWindow) -> datetime | None:
    """The first good moment from `at` on: this evening 18:00 or the next morning 08:30 (never in quiet hours),
    once the car-park quarter is over and before the deadline; None when waiting would miss a deadline that can
    still be met. Once the deadline has passed anyway, only the car park and quiet hours count."""
    earliest = max(at, window.interview_end + CAR_PARK)
    limit = window.due if at <= window.due else None
    start = earliest.astimezone(window.zone).date()
    candidates = sorted(at_local(start + timedelta(days=d), clock, window.zone)
                        for d in range(3) for clock in (_morning(window), EVENING))
    fallback = _out_of_quiet(earliest, window)
    for moment in [*(c for c in candidates if not window.in_quiet(c)), fallback]:
        if earliest <= moment and (limit is None or moment <= limit):
            return moment
    return None


def _morning(window: SendWindow) -> time:
    """08:30, or the end of the night's quiet hours when they last longer."""
    return max(MORNING, window.quiet_end) if window.quiet_end <= time(12) else MORNING


def _out_of_quiet(moment: datetime, window: SendWindow) -> datetime:
    if not window.in_quiet(moment):
        return moment
    local = moment.astimezone(window.zone)
    end = at_local(local.date(), window.quiet_end, window.zone)
    return end if end > moment else at_local(local.date() + timedelta(days=1), window.quiet_end, window.zone)


def schedule_choices(now: datetime, zone: ZoneInfo, quiet_start: time, quiet_end: time,
                     working_days: list[int]) -> list[Choice]:
    """The times the "Send later" menu offers: this evening (while still ahead), the next morning, and the next
    working morning when that is another day; none of them in quiet hours."""
    local = now.astimezone(zone)
    today = local.date()
    window = SendWindow(now, now, quiet_start, quiet_end, zone)
    morning_clock = _morning(window)
    found: list[Choice] = []
    evening = at_local(today, EVENING, zone)
    if evening > now and not window.in_quiet(evening):
        found.append(Choice(Message("This evening {time}", time=f"{EVENING:%H:%M}"), evening))
    morning = at_local(today, morning_clock, zone)
    label = Message("This morning {time}", time=f"{morning_clock:%H:%M}")
    if morning <= now:
        morning = at_local(today + timedelta(days=1), morning_clock, zone)
        label = Message("Tomorrow {time}", time=f"{morning_clock:%H:%M}")
    if not window.in_quiet(morning):
        found.append(Choice(label, morning))
    if working_days:
        day = add_working_days(morning.astimezone(zone).date(), 0, working_days)
        working = at_local(day, morning_clock, zone)
        if working != morning and not window.in_quiet(working):
            found.append(Choice(Message("{day} {time} (next working morning)", time=f"{morning_clock:%H:%M}",
                                        day=WEEKDAY_NAMES[working.astimezone(zone).weekday()]), working))
    return sorted(found, key=lambda c: c.at)
