from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from desktop.core.agenda import (
    AttemptFact,
    Group,
    InterviewFact,
    ItemKind,
    OpportunityFact,
    PersonFact,
    ReminderMark,
    build_agenda,
    group_of,
    within,
)
from desktop.core.domain import CallOutcome, NoteChannel, NoteState, OpportunityStatus
from desktop.core.settings import Settings

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)


def opportunity(*interviews: InterviewFact, attempts=(), status=OpportunityStatus.INTERVIEWING) -> OpportunityFact:
    return OpportunityFact(1, "Acme", "Designer", status, interviews, attempts, call_contact="Dana")


def interview(days_ago: float, people=(), decision=None, iid=1) -> InterviewFact:
    start = NOW - timedelta(days=days_ago)
    return InterviewFact(iid, start, start + timedelta(hours=1), decision, people=people)


def test_each_unsent_note_is_an_item_and_sent_ones_are_not():
    people = (PersonFact(1, "Dana"), PersonFact(2, "Tom", NoteState.SENT), PersonFact(3, "Zoë", NoteState.READY))
    items = build_agenda([opportunity(interview(1, people))], Settings(), ZONE, NOW)
    notes = [i for i in items if i.kind is ItemKind.NOTE]
    assert [n.title for n in notes] == ["Thank-you note to Dana", "Thank-you note to Zoë"]
    assert notes[0].due == interview(1).ends_at + timedelta(hours=48)


def test_a_posted_handwritten_note_is_done():
    people = (PersonFact(1, "Dana", NoteState.READY, NoteChannel.HANDWRITTEN, note_posted=True),)
    assert not [i for i in build_agenda([opportunity(interview(1, people))], Settings(), ZONE, NOW)
                if i.kind is ItemKind.NOTE]


def test_follow_up_call_after_the_last_interview_and_no_move_on_before_anyone_called():
    items = build_agenda([opportunity(interview(20, decision=date(2026, 11, 20)))], Settings(), ZONE, NOW)
    [call] = [i for i in items if i.kind in (ItemKind.CALL, ItemKind.MOVE_ON)]
    assert call.title == "Follow-up call with Dana" and call.due.date() == date(2026, 11, 23)


def test_two_unanswered_calls_propose_moving_on_once_the_grace_period_has_passed():
    decided = interview(30, decision=date(2026, 11, 6))  # call due Mon 9 Nov, grace ends Mon 16 Nov
    first = AttemptFact(datetime(2026, 11, 9, 9, 0, tzinfo=UTC), CallOutcome.NO_ANSWER)
    one = build_agenda([opportunity(decided, attempts=(first,))], Settings(), ZONE, NOW)
    assert [i.kind for i in one] == [ItemKind.CALL]
    second = AttemptFact(datetime(2026, 11, 11, 9, 0, tzinfo=UTC), CallOutcome.VOICEMAIL)
    two = build_agenda([opportunity(decided, attempts=(first, second))], Settings(), ZONE, NOW)
    move_on = next(i for i in two if i.kind is ItemKind.MOVE_ON)
    assert move_on.due.date() == date(2026, 11, 16) and move_on.due < NOW
    assert move_on.title == "Move on from Acme?" and "2 follow-up calls unanswered" in move_on.detail
    late = AttemptFact(datetime(2026, 11, 24, 9, 0, tzinfo=UTC), CallOutcome.NO_ANSWER)
    after_grace = build_agenda([opportunity(decided, attempts=(first, late))], Settings(), ZONE, NOW)
    assert next(i for i in after_grace if i.kind is ItemKind.MOVE_ON).due == late.called_at


def test_only_calls_after_still_deciding_count_towards_moving_on():
    deciding = AttemptFact(NOW - timedelta(days=9), CallOutcome.STILL_DECIDING, next_date=date(2026, 11, 17))
    missed = AttemptFact(NOW - timedelta(days=7), CallOutcome.NO_ANSWER)
    items = build_agenda([opportunity(interview(20), attempts=(deciding, missed))], Settings(), ZONE, NOW)
    assert [i.kind for i in items] == [ItemKind.CALL] and items[0].title == "Call again with Dana"
    again = AttemptFact(NOW - timedelta(days=1), CallOutcome.NO_ANSWER)
    items = build_agenda([opportunity(interview(20), attempts=(deciding, missed, again))], Settings(), ZONE, NOW)
    assert {i.kind for i in items} == {ItemKind.CALL, ItemKind.MOVE_ON}


def test_an_answered_call_ends_the_follow_up_and_still_deciding_plans_the_next():
    answered = AttemptFact(NOW - timedelta(days=1), CallOutcome.ANOTHER_DIRECTION)
    items = build_agenda([opportunity(interview(20), attempts=(answered,))], Settings(), ZONE, NOW)
    assert not [i for i in items if i.kind in (ItemKind.CALL, ItemKind.MOVE_ON)]
    deciding = AttemptFact(NOW - timedelta(days=1), CallOutcome.STILL_DECIDING, next_date=date(2026, 12, 2))
    items = build_agenda([opportunity(interview(20), attempts=(deciding,))], Settings(), ZONE, NOW)
    assert [(i.kind, i.due.date()) for i in items] == [(ItemKind.CALL, date(2026, 12, 2))]


def test_no_answer_schedules_a_retry():
    missed = AttemptFact(NOW - timedelta(days=1), CallOutcome.NO_ANSWER)
    items = build_agenda([opportunity(interview(20), attempts=(missed,))], Settings(), ZONE, NOW)
    assert items[0].title == "Call again with Dana" and items[0].due.date() == date(2026, 11, 26)


def test_upcoming_interviews_are_listed_and_closed_opportunities_are_not():
    items = build_agenda([opportunity(interview(-2))], Settings(), ZONE, NOW)
    assert [i.kind for i in items] == [ItemKind.INTERVIEW]
    closed = opportunity(interview(1, (PersonFact(1, "Dana"),)), status=OpportunityStatus.REJECTED)
    assert build_agenda([closed], Settings(), ZONE, NOW) == []


def test_snoozed_items_move_and_dismissed_items_go():
    people = (PersonFact(1, "Dana"), PersonFact(2, "Tom"))
    later = NOW + timedelta(days=3)
    marks = {"note:1:1": ReminderMark(snoozed_until=later), "note:1:2": ReminderMark(dismissed=True)}
    items = [i for i in build_agenda([opportunity(interview(1, people))], Settings(), ZONE, NOW, marks)
             if i.kind is ItemKind.NOTE]
    assert len(items) == 1 and items[0].snoozed and items[0].due == later
    expired = {"note:1:1": ReminderMark(snoozed_until=NOW - timedelta(hours=1))}
    again = build_agenda([opportunity(interview(1, people))], Settings(), ZONE, NOW, expired)
    assert not any(i.snoozed for i in again)


def test_items_are_sorted_and_grouped():
    people = (PersonFact(1, "Dana"),)
    facts = opportunity(interview(3, people, iid=1), interview(-0.1, iid=2), interview(0.5, people, iid=3))
    items = build_agenda([facts], Settings(), ZONE, NOW)
    assert [i.due for i in items] == sorted(i.due for i in items)
    assert [group_of(i, NOW, ZONE) for i in items] == [Group.OVERDUE, Group.TODAY, Group.NEXT_7_DAYS]
    assert within(items, NOW, ZONE, 0) == items[:2]
