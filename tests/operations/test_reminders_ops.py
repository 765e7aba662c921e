"""Reminders over a real database: said once, snoozes that survive a restart, the debrief that ends its reminders."""

from __future__ import annotations

from datetime import timedelta

from desktop.operations import agenda as agenda_ops
from desktop.operations import debrief as debrief_ops
from desktop.operations import reminders
from desktop.operations.workspace import open_workspace
from desktop.storage.models import MeetingNote
from tests.conftest import NOW, ZONE


def reopen(workspace, now):
    """The same data folder opened again by a new process whose clock reads `now`."""
    workspace.sessions.kw["bind"].dispose()
    return open_workspace(str(workspace.paths.data_dir), zone=ZONE, clock=lambda: now)


def test_pending_reminders_are_said_once(debrief_due):
    sample_workspace = debrief_due
    said = reminders.pending(sample_workspace, NOW)
    keys = [r.key for r in said]
    assert any(k.startswith("debrief:") and k.endswith("@morning") for k in keys)  # yesterday's panel
    assert any(k.startswith("note:") and k.endswith("@due") for k in keys)  # Samuel's overdue note
    assert len(keys) == len({r.item_key for r in said})  # one reminder per item, however much was missed
    reminders.mark_fired(sample_workspace, [k for r in said for k in r.keys], NOW)
    assert reminders.pending(sample_workspace, NOW + timedelta(minutes=1)) == []
    again = reopen(sample_workspace, NOW)
    assert reminders.pending(again, NOW + timedelta(minutes=1)) == []
    again.sessions.kw["bind"].dispose()


def test_the_next_wake_is_the_panel_notes_first_lead_time(sample_workspace):
    said = reminders.pending(sample_workspace, NOW)
    reminders.mark_fired(sample_workspace, [k for r in said for k in r.keys], NOW)
    wake = reminders.next_wake(sample_workspace, NOW)
    # Tuesday's panel ended 15:30; its notes are due Thursday 15:30, the 12 h moment is 03:30, quiet: 08:00.
    assert wake is not None and wake.astimezone(ZONE).strftime("%a %H:%M") == "Thu 08:00"


def test_a_snooze_survives_reopening_the_workspace(sample_workspace):
    said = reminders.pending(sample_workspace, NOW)
    reminders.mark_fired(sample_workspace, [k for r in said for k in r.keys], NOW)
    item = next(r.item_key for r in said if r.item_key.startswith("note:"))
    until = NOW + timedelta(hours=1)
    reminders.snooze(sample_workspace, [item], until)
    assert reminders.next_wake(sample_workspace, NOW) == until
    later = reopen(sample_workspace, until + timedelta(hours=1))
    back = reminders.pending(later, later.now())
    assert [r.item_key for r in back] == [item] and "@snooze:" in back[0].key
    reminders.mark_fired(later, back[0].keys, later.now())
    assert reminders.pending(later, later.now()) == []
    later.sessions.kw["bind"].dispose()


def test_snooze_until_tomorrow_morning_is_quiet_end_tomorrow(workspace):
    until = reminders.tomorrow_morning(workspace, NOW)
    assert until.astimezone(ZONE).strftime("%d %H:%M") == "26 08:00"


def test_a_dismissed_item_says_nothing_more(sample_workspace):
    said = reminders.pending(sample_workspace, NOW)
    for reminder in said:
        reminders.dismiss(sample_workspace, reminder.item_key)
    assert reminders.pending(sample_workspace, NOW) == []


def test_due_today_counts_overdue_and_today(sample_workspace):
    items = reminders.due_today(sample_workspace, NOW)
    assert items and all(i.due.astimezone(ZONE).date() <= NOW.astimezone(ZONE).date() for i in items)


def test_the_tray_also_gets_what_falls_due_in_the_next_two_days(sample_workspace):
    today = NOW.astimezone(ZONE).date()
    shown = reminders.for_tray(sample_workspace, NOW)
    assert shown.due == reminders.due_today(sample_workspace, NOW)
    assert shown.soon and all(today < i.due.astimezone(ZONE).date() <= today + timedelta(days=2) for i in shown.soon)
    later = [i for i in agenda_ops.agenda(sample_workspace, now=NOW) if i not in shown.due + shown.soon]
    assert all(i.due.astimezone(ZONE).date() > today + timedelta(days=2) for i in later)


def test_a_debrief_is_asked_only_while_something_is_missing(sample_workspace, debrief_due):
    missing = [r.subject for r in reminders.pending(debrief_due, NOW) if r.key.startswith("debrief:")]
    assert len(missing) == 1
    form = debrief_ops.load_debrief(debrief_due, missing[0].interview_id)
    assert form.missing() == ["what stood out with Tomás Ortega"]
    with debrief_due.session() as session:  # noted elsewhere (the Notes page), not through the debrief
        session.query(MeetingNote).filter_by(interview_id=missing[0].interview_id,
                                             contact_id=form.people[1].contact_id).one().memorable = "His sketch"
    assert not [r for r in reminders.pending(debrief_due, NOW) if r.key.startswith("debrief:")]


def test_the_debrief_feeds_the_meeting_notes_and_stops_its_reminders(debrief_due):
    sample_workspace = debrief_due
    debrief = next(r.subject for r in reminders.pending(sample_workspace, NOW) if r.key.startswith("debrief:"))
    form = debrief_ops.load_debrief(sample_workspace, debrief.interview_id)
    assert [p.name for p in form.people] == ["Dana Whitfield", "Tomás Ortega", "Zoë Lindqvist"]
    assert not form.debriefed and form.why_fit.startswith("I have redesigned")
    form.people[0].memorable = "  Dana's story about the dashboard nobody opened  "
    form.people[0].promised = "Send her the onboarding case study"
    form.next_steps = "Decision within two weeks; Dana calls."
    debrief_ops.save_debrief(sample_workspace, form)
    saved = debrief_ops.load_debrief(sample_workspace, debrief.interview_id)
    assert saved.debriefed and saved.people[0].memorable == "Dana's story about the dashboard nobody opened"
    assert saved.people[0].promised == "Send her the onboarding case study"
    assert saved.next_steps == "Decision within two weeks; Dana calls."
    assert not [r for r in reminders.pending(sample_workspace, NOW) if r.key.startswith("debrief:")]


def test_debriefing_a_removed_interview_says_so(workspace):
    import pytest

    with pytest.raises(debrief_ops.DebriefError, match="interview 99"):
        debrief_ops.load_debrief(workspace, 99)


def test_saying_a_reminder_leaves_todays_list_current_in_memory_and_for_the_next_start(debrief_due, monkeypatch):
    from desktop.storage import agenda_cache

    workspace = debrief_due
    shown = agenda_ops.today_snapshot(workspace, NOW)
    agenda_ops.remember(workspace, shown)  # as Today does once it lists it
    reads = []
    read_facts = agenda_ops._facts
    monkeypatch.setattr(agenda_ops, "_facts", lambda connection: reads.append(1) or read_facts(connection))
    said, _ = reminders.check(workspace, NOW)  # the start's reminder check: it writes what it said
    assert said
    after = agenda_ops.today_snapshot(workspace, NOW)
    assert reads == [] and after.items is shown.items and after.generation > shown.generation  # not read again
    context = agenda_cache.context_of(workspace.settings, workspace.zone)
    cached = agenda_cache.load(workspace.paths.data_dir, workspace.paths.database, NOW, context)
    assert cached == (shown.items, False)  # the next start lists it from the cache

    agenda_ops.snooze(workspace, shown.items[0].key, NOW + timedelta(hours=1))  # a write Today does show
    assert agenda_cache.load(workspace.paths.data_dir, workspace.paths.database, NOW, context) is None
    assert agenda_ops.today_snapshot(workspace, NOW).items != shown.items and reads == [1]


def test_a_list_read_before_another_write_is_not_carried_forward(debrief_due):
    from desktop.core.cards import ContactCard
    from desktop.operations import contacts
    from desktop.storage import agenda_cache

    workspace = debrief_due
    agenda_ops.remember(workspace, agenda_ops.today_snapshot(workspace, NOW))
    contacts.add_contact(workspace, ContactCard(full_name="Ægir Þórðarson-Løvenskiold"))  # after the list was read
    assert reminders.check(workspace, NOW)[0]
    context = agenda_cache.context_of(workspace.settings, workspace.zone)
    assert agenda_cache.load(workspace.paths.data_dir, workspace.paths.database, NOW, context) is None
