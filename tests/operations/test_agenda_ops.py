from datetime import timedelta

import pytest

from desktop.core.agenda import ItemKind
from desktop.operations import agenda, sample_data
from tests.conftest import NOW


def test_an_empty_folder_has_nothing_due(workspace):
    assert sample_data.is_empty(workspace)
    assert agenda.agenda(workspace) == []


def test_sample_data_gives_notes_calls_and_an_upcoming_interview(sample_workspace):
    assert not sample_data.is_empty(sample_workspace)
    items = agenda.agenda(sample_workspace)
    kinds = {i.kind for i in items}
    assert kinds == {ItemKind.NOTE, ItemKind.CALL, ItemKind.INTERVIEW}  # moving on needs two unanswered calls
    titles = {i.title for i in items}
    assert "Thank-you note to Dana Whitfield" in titles
    assert "Handwritten note to Zoë Lindqvist" in titles
    assert "Follow-up call with Marcus Bell" in titles
    assert "Thank-you note to Priya Raman" not in titles  # already sent
    assert [i.due for i in items] == sorted(i.due for i in items)
    assert any(i.due < NOW for i in items)  # something is overdue, so a new user sees the point


def test_sample_data_refuses_a_folder_with_data(sample_workspace):
    with pytest.raises(sample_data.NotEmptyError, match="already holds"):
        sample_data.load_sample_data(sample_workspace)


def test_snooze_and_dismiss_persist(sample_workspace):
    first = agenda.agenda(sample_workspace)[0]
    agenda.snooze(sample_workspace, first.key, NOW + timedelta(days=2))
    moved = next(i for i in agenda.agenda(sample_workspace) if i.key == first.key)
    assert moved.snoozed and moved.due == NOW + timedelta(days=2)
    agenda.dismiss(sample_workspace, first.key)
    assert first.key not in {i.key for i in agenda.agenda(sample_workspace)}


def test_days_limits_the_window(sample_workspace):
    assert len(agenda.agenda(sample_workspace, days=1)) < len(agenda.agenda(sample_workspace))


def test_the_list_is_read_once_until_the_data_the_settings_or_the_clock_change_it(sample_workspace, monkeypatch):
    from dataclasses import replace

    from desktop.core.cards import ContactCard
    from desktop.operations import contacts

    reads = []
    read_facts = agenda._facts
    monkeypatch.setattr(agenda, "_facts", lambda connection: reads.append(1) or read_facts(connection))
    first = agenda.today_snapshot(sample_workspace)
    assert agenda.today_snapshot(sample_workspace, NOW + timedelta(minutes=1)) is first and len(reads) == 1
    assert agenda.agenda(sample_workspace) == first.items and agenda.agenda(sample_workspace) is not first.items

    contacts.add_contact(sample_workspace, ContactCard(full_name="Ægir Þórðarson-Løvenskiold"))  # any write
    assert agenda.today_snapshot(sample_workspace) is not first and len(reads) == 2
    sample_workspace.settings = replace(sample_workspace.settings, note_deadline_hours=24)
    shorter = agenda.today_snapshot(sample_workspace)
    assert len(reads) == 3 and shorter.items != first.items
    sample_workspace.settings.note_deadline_hours = 12  # changed in place, on the same object
    assert agenda.today_snapshot(sample_workspace).items != shorter.items and len(reads) == 4
    sample_workspace.settings.note_deadline_hours = 24
    shorter = agenda.today_snapshot(sample_workspace)
    assert agenda.today_snapshot(sample_workspace, shorter.valid_until) is not shorter and len(reads) == 6
    assert agenda.today_snapshot(sample_workspace, NOW - timedelta(minutes=1)) is not shorter  # never backwards


def test_a_snooze_shows_at_once_though_the_list_was_just_read(sample_workspace):
    first = agenda.agenda(sample_workspace)[0]
    agenda.snooze(sample_workspace, first.key, NOW + timedelta(days=2))
    assert next(i for i in agenda.agenda(sample_workspace) if i.key == first.key).snoozed
