"""The reminder plan, driven by an injected clock: lead times, quiet hours, DST, sleep and a clock moved back."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.core.agenda import AgendaItem, ItemKind
from desktop.core.reminders import Debrief, Marks, due_reminders, next_wake, out_of_quiet
from desktop.core.settings import Settings

ZONE = ZoneInfo("Europe/Berlin")
SETTINGS = Settings()  # quiet 22:00-08:00, leads 12 h and 2 h


def berlin(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=ZONE)


def note(due: datetime, key: str = "note:12:3") -> AgendaItem:
    return AgendaItem(key, ItemKind.NOTE, due.astimezone(UTC), "Thank-you note to Dana", "Acme · Designer", 1, 12, 3)


class Run:
    """A reminder loop as the app runs it: wake, say what is due, store it as said."""

    def __init__(self, items: list, settings: Settings = SETTINGS) -> None:
        self.items = items
        self.settings = settings
        self.fired: dict[str, datetime] = {}
        self.snoozed: dict[str, datetime] = {}
        self.said: list[tuple[datetime, str]] = []

    @property
    def marks(self) -> Marks:
        return Marks(self.fired, self.snoozed)

    def at(self, now: datetime) -> list[str]:
        said = due_reminders(self.items, self.marks, now, self.settings, ZONE)
        for reminder in said:
            for key in reminder.keys:
                self.fired[key] = now
            self.said.append((now, reminder.key))
        return [r.key for r in said]

    def wake(self, now: datetime) -> datetime | None:
        return next_wake(self.items, self.marks, now, self.settings, ZONE)

    def follow(self, start: datetime, end: datetime) -> list[tuple[datetime, str]]:
        """Sleep until each next wake, as the timer would, from start to end."""
        now = start
        self.at(now)
        while (wake := self.wake(now)) is not None and wake <= end:
            assert wake > now or (wake == now and not self.at(now))
            now = max(wake, now + timedelta(seconds=1))
            self.at(now)
        return self.said


def test_a_note_is_announced_12_and_2_hours_ahead_and_when_due():
    run = Run([note(berlin(26, 17))])
    said = run.follow(berlin(25, 9), berlin(27, 9))
    assert said == [(berlin(26, 8), "note:12:3@12h"),  # 05:00 is quiet: moved to quiet end
                    (berlin(26, 15), "note:12:3@2h"), (berlin(26, 17), "note:12:3@due")]


def test_the_next_wake_is_the_next_moment_not_a_poll():
    run = Run([note(berlin(26, 17))])
    assert run.wake(berlin(26, 9)) == berlin(26, 9)  # the 12 h moment (05:00, quiet) is due: now
    assert run.at(berlin(26, 9)) == ["note:12:3@12h"]
    assert run.wake(berlin(26, 9)) == berlin(26, 15)
    assert run.wake(berlin(26, 9)) == berlin(26, 15)  # asking again changes nothing
    assert Run([]).wake(berlin(26, 9)) is None


def test_never_the_same_reminder_twice():
    run = Run([note(berlin(26, 17))])
    assert run.at(berlin(26, 15, 1)) == ["note:12:3@2h"]
    assert run.at(berlin(26, 15, 2)) == []
    assert run.at(berlin(26, 16)) == []


def test_a_sleep_gap_says_only_the_latest_moment_on_wake_and_covers_the_rest():
    run = Run([note(berlin(26, 17))])
    run.at(berlin(25, 20))
    # The lid closes at 20:00 and opens 10 h later... still in quiet hours: nothing until 08:00.
    assert run.at(berlin(26, 6)) == []
    assert run.wake(berlin(26, 6)) == berlin(26, 8)
    assert run.at(berlin(26, 8)) == ["note:12:3@12h"]
    # Asleep again from 10:00 to 20:00: both the 2 h and the due moment passed; one reminder, "due now".
    run.at(berlin(26, 10))
    assert run.at(berlin(26, 20)) == ["note:12:3@due"]
    assert {"note:12:3@2h", "note:12:3@due"} <= set(run.fired)
    assert run.wake(berlin(26, 20)) is None


def test_quiet_hours_hold_back_what_falls_due_in_them_until_quiet_end():
    run = Run([note(berlin(26, 23, 30))])  # the 2 h lead is 21:30, the due time inside quiet hours
    said = run.follow(berlin(26, 9), berlin(28, 9))
    assert said == [(berlin(26, 11, 30), "note:12:3@12h"), (berlin(26, 21, 30), "note:12:3@2h"),
                    (berlin(27, 8), "note:12:3@due")]
    assert all(not (t.astimezone(ZONE).hour >= 22 or t.astimezone(ZONE).hour < 8) for t, _ in said)


def test_quiet_hours_within_one_day_and_none_at_all():
    lunch = Settings(quiet_start=time(12, 0), quiet_end=time(14, 0))
    assert out_of_quiet(berlin(26, 12, 30), lunch, ZONE) == berlin(26, 14)
    assert out_of_quiet(berlin(26, 23), lunch, ZONE) == berlin(26, 23)
    never = Settings(quiet_start=time(8, 0), quiet_end=time(8, 0))
    assert out_of_quiet(berlin(26, 3), never, ZONE) == berlin(26, 3)


def test_lead_times_are_real_hours_across_the_autumn_dst_change():
    due = berlin(25, 12, month=10)  # Sunday 25 October 2026, clocks went back at 03:00
    run = Run([note(due)], Settings(reminder_lead_hours=[12], quiet_start=time(0, 0), quiet_end=time(0, 0)))
    said = run.follow(berlin(24, 12, month=10), berlin(26, 0, month=10))
    assert [t - due for t, _ in said] == [timedelta(hours=-12), timedelta(0)]
    assert said[0][0].astimezone(ZONE).hour == 1  # 12 real hours before noon reads 01:00 that night


def test_quiet_end_on_the_spring_dst_morning_is_the_local_0800():
    due = berlin(29, 9, month=3)  # Sunday 29 March 2026, clocks jumped to 03:00 at 02:00
    run = Run([note(due)], Settings(reminder_lead_hours=[3]))
    said = run.follow(berlin(28, 12, month=3), berlin(29, 12, month=3))
    assert said[0] == (berlin(29, 8, month=3), "note:12:3@3h")
    assert said[0][0].utcoffset() == timedelta(hours=2)
    assert said[1] == (due, "note:12:3@due")


def test_a_clock_moved_back_a_day_neither_repeats_nor_loses():
    run = Run([note(berlin(26, 17)), note(berlin(27, 17), key="note:13:4")])
    run.follow(berlin(25, 9), berlin(26, 18))
    before = list(run.said)
    # The clock is set back a day: nothing already said comes again...
    assert run.follow(berlin(25, 18), berlin(26, 18)) == before
    # ...and what was still ahead arrives when the (corrected) clock reaches it.
    run.follow(berlin(26, 18), berlin(27, 18))
    keys = [k for _, k in run.said]
    assert len(keys) == len(set(keys))
    assert {"note:13:4@12h", "note:13:4@2h", "note:13:4@due"} <= set(keys)


def test_a_snoozed_item_comes_back_once_after_its_snooze_and_what_fell_inside_it_is_covered():
    run = Run([note(berlin(26, 17))])
    run.at(berlin(26, 8))
    until = berlin(26, 16)
    run.snoozed["note:12:3"] = until
    snoozed = AgendaItem(**{**note(berlin(26, 17)).__dict__, "due": until.astimezone(UTC), "snoozed": True})
    run.items = [snoozed]  # while it lasts the agenda shows the item at its snooze
    assert run.wake(berlin(26, 9)) == until
    assert run.at(berlin(26, 15, 30)) == []
    run.items = [note(berlin(26, 17))]  # the snooze is over: the real due time is back
    assert run.at(until) == ["note:12:3@snooze:2026-11-26T15:00Z"]
    assert run.wake(until) == berlin(26, 17)  # the 2 h moment (15:00) fell inside the snooze
    assert run.at(berlin(26, 17)) == ["note:12:3@due"]


def test_calls_and_move_on_are_said_on_their_day_and_a_new_date_is_a_new_reminder():
    call = AgendaItem("call:4:12", ItemKind.CALL, berlin(30, 9, 30).astimezone(UTC), "Follow-up call with Dana",
                      "Acme · Designer", 4, 12)
    move_on = AgendaItem("move_on:4:12", ItemKind.MOVE_ON, berlin(7, 9, 30, month=12).astimezone(UTC),
                         "Move on from Acme?", "Designer", 4, 12)
    run = Run([call, move_on])
    said = run.follow(berlin(29, 9), berlin(8, 9, month=12))
    assert [k for _, k in said] == ["call:4:12@due:2026-11-30", "move_on:4:12@due:2026-12-07"]
    reminder = due_reminders([call], Marks(), berlin(30, 10), SETTINGS, ZONE)[0]
    assert reminder.title == "Follow-up call with Dana today"
    run.items = [AgendaItem(**{**call.__dict__, "due": berlin(2, 9, 30, month=12).astimezone(UTC)})]
    assert run.at(berlin(2, 10, month=12)) == ["call:4:12@due:2026-12-02"]


def test_the_debrief_is_asked_when_the_interview_ends_and_gently_the_next_morning():
    debrief = Debrief(12, 4, "Acme", "Designer", berlin(26, 15).astimezone(UTC))
    run = Run([debrief])
    said = run.follow(berlin(26, 9), berlin(28, 9))
    assert said == [(berlin(26, 15), "debrief:12@ended"), (berlin(27, 8), "debrief:12@morning")]
    first = due_reminders([debrief], Marks(), berlin(26, 15), SETTINGS, ZONE)[0]
    assert first.title == "How did it go at Acme?" and first.subject is debrief


def test_an_old_undebriefed_interview_says_nothing():
    debrief = Debrief(12, 4, "Acme", "Designer", berlin(1, 15).astimezone(UTC))
    assert due_reminders([debrief], Marks(), berlin(26, 9), SETTINGS, ZONE) == []
    assert next_wake([debrief], Marks(), berlin(26, 9), SETTINGS, ZONE) is None


def test_a_first_start_with_old_data_says_each_item_once():
    items = [note(berlin(20, 17)), note(berlin(21, 17), key="note:13:4")]
    said = due_reminders(items, Marks(), berlin(26, 9), SETTINGS, ZONE)
    assert [r.key for r in said] == ["note:12:3@due", "note:13:4@due"]
    assert said[0].covers == ("note:12:3@12h", "note:12:3@2h")


def test_a_reminder_older_than_one_already_said_is_stale():
    # A new, longer lead time added after the due moment was said must not speak up late.
    marks = Marks({"note:12:3@due": berlin(26, 17)})
    settings = Settings(reminder_lead_hours=[24, 12, 2])
    assert due_reminders([note(berlin(26, 17))], marks, berlin(26, 18), settings, ZONE) == []


def test_a_naive_now_is_refused():
    with pytest.raises(ValueError, match="time zone"):
        next_wake([], Marks(), datetime(2026, 11, 26, 9), SETTINGS, ZONE)
