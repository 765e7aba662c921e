"""Every import can be undone: what it created is removed, what it replaced put back, the user's later work kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core.card_merge import Choice
from desktop.core.cards import ContactCard, LabelledValue
from desktop.operations import contacts as ops
from desktop.operations.changes import RecordKind
from desktop.operations.import_batches import KEEP_BATCHES, UndoError, list_batches, undo_import
from desktop.operations.merge_review import apply_choices
from desktop.operations.people_met import add_person_met
from desktop.operations.progress import Cancelled, Progress
from desktop.operations.transfer import import_file
from desktop.storage.models import Base

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NOT_DATA = {"import_batch", "import_change", "data_generation"}
SIOBHAN = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Siobhan Ni Bhriain\r\nN:Ni Bhriain;Siobhan;;;\r\n"
           "TITLE:Head of Talent\r\nEMAIL;TYPE=WORK:SIOBHAN.NIBHRIAIN@EXAMPLE.IE\r\n"
           "TEL;TYPE=CELL:+353 87 555 0199\r\nEND:VCARD\r\n")


def everything(workspace) -> dict[str, list[tuple]]:
    """Every row of the user's data as stored (a contact's email and phone rows without their own ids)."""
    found = {}
    with workspace.session() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in NOT_DATA:
                continue
            skip = {"updated_at"} | ({"id"} if table.name in ("contact_email", "contact_phone") else set())
            columns = [c.name for c in table.columns if c.name not in skip]
            rows = session.execute(text(f"SELECT {', '.join(columns)} FROM {table.name}")).all()
            found[table.name] = sorted(tuple(r) for r in rows)
    return found


def hand_entered(workspace) -> int:
    card = ContactCard(full_name="Siobhán Ní Bhriain", given_name="Siobhán", family_name="Ní Bhriain",
                       title="Talent Partner", emails=[LabelledValue("siobhan.nibhriain@example.ie")],
                       phones=[LabelledValue("+35315550100", "work")])
    return ops.add_contact(workspace, card, name_checked=True).id


def siobhan_file(tmp_path: Path) -> Path:
    path = tmp_path / "siobhan.vcf"
    path.write_text(SIOBHAN, encoding="utf-8")
    return path


def test_undo_removes_the_cards_an_import_added(workspace):
    before = everything(workspace)
    summary = import_file(workspace, FIXTURES / "vcf" / "google-export.vcf")
    assert summary.added > 0 and summary.batch_id is not None
    assert [b.file_name for b in list_batches(workspace)] == ["google-export.vcf"]
    report = undo_import(workspace)
    assert report.removed == summary.added and report.kept == []
    assert everything(workspace) == before and list_batches(workspace) == []


def test_an_undo_tells_its_progress_and_a_cancel_undoes_nothing(workspace, tmp_path):
    path = tmp_path / "many.vcf"
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEND:VCARD\r\n" for i in range(450)))
    import_file(workspace, path)
    after_import = everything(workspace)
    told: list[tuple[int, int, str]] = []

    class StopAtTheSecond(Progress):
        def update(self, done: int, total: int, what: str = "") -> None:
            told.append((done, total, what))
            if len(told) == 2:
                raise Cancelled

    with pytest.raises(Cancelled):
        undo_import(workspace, progress=StopAtTheSecond())
    assert told == [(0, 450, "many.vcf"), (200, 450, "many.vcf")]
    assert everything(workspace) == after_import and len(list_batches(workspace)) == 1
    assert undo_import(workspace).removed == 450


def test_undo_puts_back_what_a_merge_replaced_tick_included(workspace, tmp_path):
    contact_id = hand_entered(workspace)
    before = everything(workspace)
    summary = import_file(workspace, siobhan_file(tmp_path))
    assert (summary.added, summary.updated, summary.differed) == (0, 0, 1)
    assert apply_choices(workspace, [(summary.differences[0], {"full_name": Choice.THEIRS,
                                                               "title": Choice.THEIRS})]).ids(
        RecordKind.CONTACT) == {contact_id}
    taken = ops.contact_details(workspace, contact_id)
    assert (taken.card.full_name, taken.card.title, taken.name_checked) == ("Siobhan Ni Bhriain",
                                                                            "Head of Talent", False)
    assert len(list_batches(workspace)) == 1  # the choices belong to the import they came from
    report = undo_import(workspace)
    assert report.restored == 1 and report.kept == []
    assert everything(workspace) == before
    assert ops.contact_details(workspace, contact_id).name_checked


def test_a_value_changed_after_the_import_is_kept_and_the_rest_put_back(workspace, tmp_path):
    contact_id = hand_entered(workspace)
    summary = import_file(workspace, siobhan_file(tmp_path), prefer_theirs=True)
    assert summary.updated == 1 and summary.differed == 0
    card = ops.get_contact(workspace, contact_id)
    assert (card.full_name, card.title) == ("Siobhan Ni Bhriain", "Head of Talent")
    assert not ops.contact_details(workspace, contact_id).name_checked
    card.title = "Chief People Officer"  # the user's own edit after the import
    ops.update_contact(workspace, contact_id, card, name_checked=False)
    report = undo_import(workspace)
    assert report.kept == ["your later changes to the contact Siobhan Ni Bhriain"]
    details = ops.contact_details(workspace, contact_id)
    assert (details.card.full_name, details.card.title, details.name_checked) == (
        "Siobhán Ní Bhriain", "Chief People Officer", True)
    assert [p.value for p in details.card.phones] == ["+35315550100"]


def test_added_cards_the_user_edited_or_linked_since_are_kept(sample_workspace, tmp_path):
    path = tmp_path / "two.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Souza\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Lindgren\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy Young\r\nEND:VCARD\r\n", encoding="utf-8")
    assert import_file(sample_workspace, path).added == 3
    ids = {card.full_name: cid for cid, card in ops.list_contacts(sample_workspace)}
    edited = ops.get_contact(sample_workspace, ids["Ana Souza"])
    edited.title = "Recruiter"
    ops.update_contact(sample_workspace, ids["Ana Souza"], edited, name_checked=True)
    with sample_workspace.session() as session:
        interview_id = session.execute(text("SELECT min(id) FROM interview")).scalar_one()
    add_person_met(sample_workspace, interview_id, ids["Bo Lindgren"])
    report = undo_import(sample_workspace)
    assert report.removed == 1
    assert report.kept == ["the contact Bo Lindgren (linked to your other records)",
                           "the contact Ana Souza (edited since)"]
    names = {card.full_name for _, card in ops.list_contacts(sample_workspace)}
    assert {"Ana Souza", "Bo Lindgren"} <= names and "Cy Young" not in names


def test_undo_of_invitations_removes_the_interview_and_puts_an_update_back(workspace):
    empty = everything(workspace)
    import_file(workspace, FIXTURES / "ics" / "google_meet_invite.ics")
    invited = everything(workspace)
    assert import_file(workspace, FIXTURES / "ics" / "google_update.ics").updated == 1
    assert import_file(workspace, FIXTURES / "ics" / "google_cancel.ics").updated == 1
    for expected in (None, invited, empty):
        undo_import(workspace)
        if expected is not None:
            assert everything(workspace) == expected
    assert list_batches(workspace) == []


def test_an_invitation_moves_an_application_to_interviewing_and_undo_moves_it_back(workspace):
    from desktop.core.domain import OpportunityStatus
    from desktop.operations import opportunities as opps

    opp_id = opps.add_opportunity(workspace, "Brightwave", "Senior Data Engineer").id
    applied = everything(workspace)
    import_file(workspace, FIXTURES / "ics" / "google_meet_invite.ics")
    row = opps.get_opportunity(workspace, opp_id)
    assert row.status is OpportunityStatus.INTERVIEWING and len(opps.list_opportunities(workspace)) == 1
    assert [h.status for h in row.history] == [OpportunityStatus.APPLIED, OpportunityStatus.INTERVIEWING]
    undo_import(workspace)
    assert everything(workspace) == applied


def test_only_the_last_imports_are_kept_and_any_of_them_can_be_undone(workspace, tmp_path):
    for number in range(KEEP_BATCHES + 2):
        path = tmp_path / f"card-{number}.vcf"
        path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {number}\r\nEND:VCARD\r\n")
        import_file(workspace, path)
    batches = list_batches(workspace)
    assert [b.file_name for b in batches] == [f"card-{n}.vcf" for n in range(KEEP_BATCHES + 1, 1, -1)]
    middle = batches[4]
    assert undo_import(workspace, middle.batch_id).removed == 1
    assert middle.batch_id not in {b.batch_id for b in list_batches(workspace)}
    assert "Person 7" not in {card.full_name for _, card in ops.list_contacts(workspace)}
    with pytest.raises(UndoError, match=f"no import {batches[-1].batch_id - 1} to undo"):
        undo_import(workspace, batches[-1].batch_id - 1)


def test_nothing_to_undo(workspace):
    with pytest.raises(UndoError, match="no import to undo"):
        undo_import(workspace)


def test_an_import_that_changes_nothing_is_no_batch(workspace, tmp_path):
    path = siobhan_file(tmp_path)
    import_file(workspace, path)
    again = import_file(workspace, path)
    assert again.unchanged == 1 and again.batch_id is None and len(list_batches(workspace)) == 1
