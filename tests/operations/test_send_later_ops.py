"""Send later on a real database: scheduling locks the text, cancelling keeps the draft, and the timer's choice
of what to send, what was missed and when to wake."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.agenda import ItemKind
from desktop.core.domain import NoteChannel, NoteState
from desktop.core.send_timing import Timing
from desktop.operations import agenda as agenda_ops
from desktop.operations import notes as notes_ops
from desktop.operations import reminders as reminder_ops
from desktop.operations import send_later
from desktop.operations.changes import RecordKind
from desktop.operations.notes import NoteError
from desktop.storage.models import ThankYouNote
from tests.conftest import NOW

BODY = "Dear Zoë,\n\nThank you for the panel and for your field notes from the night shift study.\n\nSam Rivera"


def person(ws, name: str) -> notes_ops.ComposerRow:
    interview = notes_ops.interviews_with_people(ws)[0]
    return next(r for r in notes_ops.composer_rows(ws, interview.interview_id) if r.full_name.startswith(name))


@pytest.fixture
def ws(sample_workspace):
    """Zoë's and Dana's notes by email, written in full, with the sender set up."""
    sample_workspace.settings.your_name, sample_workspace.settings.your_email = "Sam Rivera", "sam@example.com"
    for name in ("Zoë", "Dana"):
        row = person(sample_workspace, name)
        notes_ops.set_channel(sample_workspace, row.interview_id, row.contact_id, NoteChannel.EMAIL)
        notes_ops.save_draft(sample_workspace, row.interview_id, row.contact_id, f"Thank you, {name}",
                             BODY.replace("Zoë", name))
    return sample_workspace


def schedule(ws, name: str, when: datetime) -> notes_ops.ComposerRow:
    row = person(ws, name)
    assert send_later.schedule(ws, row.interview_id, row.contact_id, when).kinds() == {RecordKind.NOTE}
    return person(ws, name)


def test_scheduling_stores_the_time_in_utc_and_locks_the_text(ws):
    when = datetime(2026, 11, 26, 8, 30, tzinfo=ws.zone)
    row = schedule(ws, "Zoë", when)
    assert row.is_scheduled and row.scheduled_at == when and row.body == BODY and row.state is NoteState.DRAFT
    with ws.session() as session:
        stored = session.query(ThankYouNote).filter_by(contact_id=row.contact_id).one()
        assert stored.scheduled_at.tzinfo is UTC and stored.scheduled_at == datetime(2026, 11, 26, 7, 30, tzinfo=UTC)
    with pytest.raises(NoteError, match="cancel the schedule to change it"):
        notes_ops.save_draft(ws, row.interview_id, row.contact_id, "Hi", "Changed")
    with pytest.raises(NoteError, match="scheduled"):
        notes_ops.set_channel(ws, row.interview_id, row.contact_id, NoteChannel.HANDWRITTEN)
    assert person(ws, "Zoë").body == BODY


def test_cancelling_keeps_the_draft_as_it_is_and_editable(ws):
    row = schedule(ws, "Zoë", NOW + timedelta(hours=3))
    assert send_later.unschedule(ws, row.interview_id, row.contact_id).kinds() == {RecordKind.NOTE}
    back = person(ws, "Zoë")
    assert not back.is_scheduled and back.scheduled_at is None
    assert (back.subject, back.body, back.state, back.channel) == ("Thank you, Zoë", BODY, NoteState.DRAFT,
                                                                   NoteChannel.EMAIL)
    notes_ops.save_draft(ws, row.interview_id, row.contact_id, "Thank you, Zoë", BODY + "\nPS")
    assert person(ws, "Zoë").body.endswith("PS")


@pytest.mark.parametrize(("change", "expected"), [
    ("past", "has already passed"),
    ("handwritten", "marked for handwriting"),
    ("placeholder", r"Still to fill in: “\[memorable\]”"),
])
def test_what_could_not_go_out_is_not_scheduled(ws, change, expected):
    row = person(ws, "Zoë")
    when = NOW + timedelta(hours=2)
    if change == "past":
        when = NOW - timedelta(minutes=1)
    elif change == "handwritten":
        notes_ops.set_channel(ws, row.interview_id, row.contact_id, NoteChannel.HANDWRITTEN)
    else:
        notes_ops.save_draft(ws, row.interview_id, row.contact_id, "Thanks", "Dear Zoë,\n[memorable]\nSam")
    with pytest.raises(NoteError, match=expected):
        send_later.schedule(ws, row.interview_id, row.contact_id, when)
    assert person(ws, "Zoë").scheduled_at is None


def test_sending_clears_the_schedule(ws):
    row = schedule(ws, "Zoë", NOW + timedelta(hours=1))
    notes_ops.mark_sent(ws, row.interview_id, row.contact_id, NOW)
    sent = person(ws, "Zoë")
    assert sent.is_sent and sent.scheduled_at is None and not sent.is_scheduled
    assert send_later.scheduled_notes(ws) == []


def test_which_notes_are_due_missed_or_next(ws):
    zoe = schedule(ws, "Zoë", NOW + timedelta(hours=1))
    schedule(ws, "Dana", NOW + timedelta(hours=2))
    notes = send_later.scheduled_notes(ws)
    assert [(n.full_name, n.company) for n in notes] == [("Zoë Lindqvist", "Northwind Analytics"),
                                                         ("Dana Whitfield", "Northwind Analytics")]
    assert send_later.next_send(notes, NOW) == NOW + timedelta(hours=1)
    assert send_later.due_to_send(notes, NOW) == [] and send_later.missed(notes, NOW) == []
    # On time (the timer woke a little late): Zoë's is sent, Dana's waits.
    at = NOW + timedelta(hours=1, seconds=40)
    assert [n.full_name for n in send_later.due_to_send(notes, at)] == ["Zoë Lindqvist"]
    assert send_later.next_send(notes, at) == NOW + timedelta(hours=2)
    # Both times passed while the computer was off: nothing is sent, both are asked about.
    later = NOW + timedelta(hours=5)
    assert send_later.due_to_send(notes, later) == []
    assert [n.full_name for n in send_later.missed(notes, later)] == ["Zoë Lindqvist", "Dana Whitfield"]
    # Exactly MISSED_AFTER late is still on time; a moment more is missed.
    edge = zoe.scheduled_at + send_later.MISSED_AFTER
    assert [n.full_name for n in send_later.due_to_send(notes, edge)] == ["Zoë Lindqvist"]
    assert [n.full_name for n in send_later.missed(notes, edge + timedelta(seconds=1))] == ["Zoë Lindqvist"]


def test_a_failed_send_stays_scheduled_with_its_reason_and_is_not_tried_again(ws):
    zoe = schedule(ws, "Zoë", NOW + timedelta(hours=1))
    send_later.record_failure(ws, zoe.interview_id, zoe.contact_id, "The server refused the password.\nCheck it.")
    [note] = send_later.scheduled_notes(ws)
    assert note.failed and note.send_error.startswith("The server refused")
    at = NOW + timedelta(hours=1, seconds=5)
    assert send_later.due_to_send([note], at) == [] and send_later.missed([note], at + timedelta(hours=1)) == []
    assert send_later.next_send([note], NOW) is None
    row = person(ws, "Zoë")
    assert row.is_scheduled and row.body == BODY
    # Scheduling again clears the failure.
    send_later.schedule(ws, row.interview_id, row.contact_id, NOW + timedelta(hours=3))
    assert person(ws, "Zoë").send_error == ""


def test_today_lists_a_scheduled_note_instead_of_the_note_to_write(ws):
    schedule(ws, "Zoë", datetime(2026, 11, 25, 18, 0, tzinfo=ws.zone))
    items = agenda_ops.agenda(ws)
    [scheduled] = [i for i in items if i.kind is ItemKind.SCHEDULED]
    assert scheduled.title == "Note to Zoë Lindqvist goes out at 18:00"
    assert scheduled.due == datetime(2026, 11, 25, 17, 0, tzinfo=UTC)
    assert not [i for i in items if i.kind is ItemKind.NOTE and i.contact_id == scheduled.contact_id]
    assert agenda_ops.today_snapshot(ws).valid_until <= scheduled.due  # the list changes when it goes out
    assert scheduled in reminder_ops.due_today(ws, NOW)  # so the tray's menu lists it too
    zoe = person(ws, "Zoë")
    send_later.record_failure(ws, zoe.interview_id, zoe.contact_id, "Nobody answered at 127.0.0.1:1.")
    [failed] = [i for i in agenda_ops.agenda(ws) if i.kind is ItemKind.SCHEDULED]
    assert failed.title == "Note to Zoë Lindqvist was not sent at 18:00"
    assert failed.detail.endswith("Nobody answered at 127.0.0.1:1.")
    missed_at = NOW + timedelta(hours=9)
    send_later.unschedule(ws, zoe.interview_id, zoe.contact_id)
    schedule(ws, "Zoë", datetime(2026, 11, 25, 18, 0, tzinfo=ws.zone))
    [missed] = [i for i in agenda_ops.agenda(ws, now=missed_at) if i.kind is ItemKind.SCHEDULED]
    assert missed.title == "Note to Zoë Lindqvist was to go out at 18:00: not sent yet"


def test_timing_findings_for_a_note(ws):
    zoe = person(ws, "Zoë")
    assert send_later.timing_findings(ws, zoe) == []  # the panel ended a day ago, at noon
    night = datetime(2026, 11, 25, 23, 30, tzinfo=ws.zone)
    [finding] = send_later.timing_findings(ws, zoe, night)
    assert finding.kind is Timing.QUIET_HOURS and finding.suggested == datetime(2026, 11, 26, 8, 30, tzinfo=ws.zone)


def test_a_scheduled_note_stays_in_the_calendars_note_deadline_with_its_send(ws, tmp_path):
    """The export holds what the Calendar page shows: a note is due until it has gone out; when it goes is said."""
    from desktop.operations.transfer import export

    schedule(ws, "Zoë", datetime(2026, 11, 25, 18, 0, tzinfo=ws.zone))
    import icalendar

    export(ws, "calendar", tmp_path / "out.ics")
    events = icalendar.Calendar.from_ical((tmp_path / "out.ics").read_bytes()).events
    (due,) = [e for e in events if e["SUMMARY"] == "3 thank-you notes due: Northwind Analytics"]
    assert due["DESCRIPTION"].splitlines()[:2] == [
        "Thank-you notes to Dana Whitfield, Tomás Ortega and Zoë Lindqvist, after the interview on Tue 24 Nov 2026, "
        "due by 15:30.",
        "The note to Zoë Lindqvist is to go out by itself on Wed 25 Nov 2026 at 18:00, while Afterview runs."]


def test_an_untouched_draft_scheduled_for_another_day_names_the_interview_day_as_it_will_be_read(ws):
    dana = person(ws, "Dana")  # met at Tuesday's panel; it is Wednesday
    notes_ops.apply_template(ws, dana.interview_id, dana.contact_id, "warm")
    assert "for the conversation yesterday." in person(ws, "Dana").body
    row = schedule(ws, "Dana", datetime(2026, 11, 26, 8, 30, tzinfo=ws.zone))  # Thursday morning
    assert "for the conversation on Tuesday." in row.body and "yesterday" not in row.body
    assert row.subject.startswith("Thank you for Tuesday's conversation")


def test_a_draft_written_by_hand_is_scheduled_as_it_was_written(ws):
    row = schedule(ws, "Zoë", datetime(2026, 11, 26, 8, 30, tzinfo=ws.zone))
    assert row.body == BODY
