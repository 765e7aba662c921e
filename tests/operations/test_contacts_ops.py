"""Card file use cases against a real database: update, duplicates, merge, delete and undo."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.cards import ContactCard, LabelledValue
from desktop.operations import contacts as ops
from desktop.operations import people_met as met
from desktop.storage.models import Interview, ThankYouNote


def _id_of(workspace, name: str) -> int:
    return next(cid for cid, card in ops.list_contacts(workspace) if card.full_name == name)


def test_update_saves_fields_the_spelling_check_and_removes_the_photo(workspace):
    cid = ops.add_contact(workspace, ContactCard(full_name="Ana Souza", photo=b"x", photo_type="image/png")).id
    card = ops.get_contact(workspace, cid)
    card.title, card.photo = "Recruiter", None
    card.phones = [LabelledValue("+493012345678", "mobile")]
    ops.update_contact(workspace, cid, card, name_checked=True)
    details = ops.contact_details(workspace, cid)
    assert details.card.title == "Recruiter" and details.name_checked
    assert details.card.phones == [LabelledValue("+493012345678", "mobile")]
    assert details.card.photo is None


def test_duplicates_are_found_by_email_and_merged_into_empty_fields(workspace):
    cid = ops.add_contact(workspace, ContactCard(full_name="Zoë Lindqvist", company="Northwind",
                                                 emails=[LabelledValue("zoe@northwind.example")])).id
    new = ContactCard(full_name="Zoe Lindqvist", company="Northwind", title="Researcher",
                      emails=[LabelledValue("ZOE@northwind.example"), LabelledValue("zl@home.example", "home")],
                      phones=[LabelledValue("+12065550100")])
    found = ops.find_duplicates(workspace, new)
    assert [(d.contact_id, d.name) for d in found] == [(cid, "Zoë Lindqvist")]
    assert "same email address" in found[0].reason.lower()
    assert ops.find_duplicates(workspace, new, exclude_id=cid) == []
    ops.merge_into(workspace, cid, new)
    merged = ops.get_contact(workspace, cid)
    assert merged.full_name == "Zoë Lindqvist" and merged.title == "Researcher"
    assert [e.value for e in merged.emails] == ["zoe@northwind.example", "zl@home.example"]
    assert [p.value for p in merged.phones] == ["+12065550100"]


def test_delete_and_restore_bring_back_meeting_notes_and_links(sample_workspace):
    ws = sample_workspace
    dana = _id_of(ws, "Dana Whitfield")
    with ws.session() as session:
        panel = session.scalar(select(Interview).where(Interview.process_owner_id == dana))
        panel_id = panel.id
    before = {p.contact_id: p.memorable for p in met.people_met(ws, panel_id)}
    deleted = ops.delete_contact(ws, dana)
    assert dana not in {cid for cid, _ in ops.list_contacts(ws)}
    assert dana not in {p.contact_id for p in met.people_met(ws, panel_id)}
    ops.restore_contact(ws, deleted)
    assert {p.contact_id: p.memorable for p in met.people_met(ws, panel_id)} == before
    assert met.people_met(ws, panel_id)[0].contact_id == dana
    with ws.session() as session:
        assert session.get(Interview, panel_id).process_owner_id == dana
        assert session.scalar(select(ThankYouNote).where(ThankYouNote.contact_id == dana)) is not None
    assert ops.get_contact(ws, dana).emails[0].value == "dana.whitfield@northwind.example"


def test_people_met_add_remove_and_meeting_note(sample_workspace):
    ws = sample_workspace
    siobhan = _id_of(ws, "Siobhán Ní Bhriain")
    with ws.session() as session:
        interview_id = session.scalar(select(Interview.id).order_by(Interview.starts_at))
    names = [p.name for p in met.people_met(ws, interview_id)]
    assert met.add_person_met(ws, interview_id, siobhan)
    assert not met.add_person_met(ws, interview_id, siobhan)
    assert [p.name for p in met.people_met(ws, interview_id)] == [*names, "Siobhán Ní Bhriain"]
    met.save_meeting_note(ws, interview_id, siobhan, "Talked about Copenhagen bikes.", "Send the deck")
    person = met.people_met(ws, interview_id)[-1]
    assert (person.memorable, person.promised) == ("Talked about Copenhagen bikes.", "Send the deck")
    met.remove_person_met(ws, interview_id, siobhan)
    assert [p.name for p in met.people_met(ws, interview_id)] == names
    assert ops.get_contact(ws, siobhan).full_name == "Siobhán Ní Bhriain"
