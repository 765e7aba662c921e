"""The handwritten-note checklist as plain values, and what its ticks do to the note."""

import pytest
from sqlalchemy import select

from desktop.core.domain import NoteState
from desktop.operations.checklist import ChecklistError, checklist_entries, mailing_address, set_tick
from desktop.storage.models import Contact, ThankYouNote
from tests.conftest import NOW


def test_sample_data_has_two_open_handwritten_notes_with_addresses(sample_workspace):
    entries = checklist_entries(sample_workspace)
    assert [e.name for e in entries] == ["Samuel Adeyemi", "Zoë Lindqvist"]  # older interview first
    samuel, zoe = entries
    assert samuel.address_lines == ("1 Kendall Square, Suite 300", "Cambridge, MA 02139")
    assert zoe.address_lines == ("400 Pine Street", "Seattle, WA 98101")
    assert zoe.title == "Design Researcher" and zoe.company == "Northwind Analytics"
    assert zoe.memorable.startswith("your field notes from the diary study")
    assert zoe.why_fit.startswith("I have redesigned onboarding")
    assert zoe.draft.startswith("Dear Zoë,")
    assert not (zoe.written or zoe.addressed or zoe.stamped or zoe.posted)


def test_the_deadline_is_the_note_deadline(sample_workspace):
    from desktop.operations.agenda import agenda

    due = {i.title: i.due for i in agenda(sample_workspace)}
    for entry in checklist_entries(sample_workspace):
        assert entry.due == due[f"Handwritten note to {entry.name}"]


def test_one_interview_lists_its_handwritten_notes_only(sample_workspace):
    zoe = next(e for e in checklist_entries(sample_workspace) if e.name.startswith("Zoë"))
    assert [e.name for e in checklist_entries(sample_workspace, zoe.interview_id)] == ["Zoë Lindqvist"]
    with pytest.raises(ChecklistError, match="no interview with id 999"):
        checklist_entries(sample_workspace, 999)


def test_posting_sends_the_note_and_unposting_brings_it_back(sample_workspace):
    zoe = next(e for e in checklist_entries(sample_workspace) if e.name.startswith("Zoë"))
    set_tick(sample_workspace, zoe.note_id, "written", True)
    assert checklist_entries(sample_workspace, zoe.interview_id)[0].written
    set_tick(sample_workspace, zoe.note_id, "posted", True)
    with sample_workspace.session() as session:
        note = session.get(ThankYouNote, zoe.note_id)
        assert note.state is NoteState.SENT and note.sent_at == NOW
        assert note.written and note.addressed and note.stamped
    assert "Zoë Lindqvist" not in [e.name for e in checklist_entries(sample_workspace)]  # no longer open
    set_tick(sample_workspace, zoe.note_id, "posted", False)
    with sample_workspace.session() as session:
        note = session.get(ThankYouNote, zoe.note_id)
        assert note.state is NoteState.READY and note.sent_at is None and note.written
    assert "Zoë Lindqvist" in [e.name for e in checklist_entries(sample_workspace)]


def test_bad_ticks_are_refused_by_name(sample_workspace):
    note_id = checklist_entries(sample_workspace)[0].note_id
    with pytest.raises(ChecklistError, match="'licked' is not a checklist box"):
        set_tick(sample_workspace, note_id, "licked", True)
    with pytest.raises(ChecklistError, match="no thank-you note with id 4242"):
        set_tick(sample_workspace, 4242, "written", True)


def test_european_addresses_put_the_postal_code_first(sample_workspace):
    with sample_workspace.session() as session:
        henrik = session.scalars(select(Contact).where(Contact.full_name == "Henrik Sørensen")).one()
        henrik.postal_code = "1260"
        assert mailing_address(henrik) == ("Bredgade 21", "1260 Copenhagen", "Denmark")
        assert mailing_address(Contact(full_name="Nobody", street="", locality="", region="", postal_code="",
                                       country="")) == ()


def test_each_entry_says_how_the_card_greets_the_person(sample_workspace):
    with sample_workspace.session() as session:
        samuel = session.scalar(select(Contact).where(Contact.full_name == "Samuel Adeyemi"))
        samuel.greet_as = "Dr. Adeyemi"
    assert [(e.name, e.greet_as) for e in checklist_entries(sample_workspace)] == [
        ("Samuel Adeyemi", "Dr. Adeyemi"), ("Zoë Lindqvist", "Zoë")]  # Zoë's is proposed from her name
