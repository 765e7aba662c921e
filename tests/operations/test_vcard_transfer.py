from pathlib import Path

import pytest

from desktop.core.vcard import read_vcards
from desktop.operations import contacts
from desktop.operations.transfer import TransferError, export, import_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vcf"


def names(workspace) -> list[str]:
    return [card.full_name for _, card in contacts.list_contacts(workspace)]


def test_import_then_reimport_updates_instead_of_duplicating(workspace):
    files = sorted(p for p in FIXTURES.glob("*.vcf") if "broken" not in p.name and "truncated" not in p.name
                   and "not-a" not in p.name)
    assert files
    first = [import_file(workspace, path) for path in files]
    count = len(names(workspace))
    assert count == sum(s.added for s in first) > 0
    again = [import_file(workspace, path) for path in files]
    assert len(names(workspace)) == count
    assert sum(s.added for s in again) == 0 and sum(s.unchanged + s.updated for s in again) == count


def test_phone_numbers_are_stored_as_e164_where_readable(workspace, tmp_path):
    path = tmp_path / "one.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Souza\r\nN:Souza;Ana;;;\r\n"
                    "TEL;TYPE=CELL:(206) 555-0142\r\nTEL;TYPE=WORK:call me maybe\r\nEND:VCARD\r\n")
    summary = import_file(workspace, path)
    assert summary.added == 1
    card = contacts.get_contact(workspace, contacts.list_contacts(workspace)[0][0])
    assert [p.value for p in card.phones] == ["+12065550142", "call me maybe"]


def test_a_broken_card_is_reported_and_the_others_still_import(workspace):
    broken = next(FIXTURES.glob("*broken*"))
    summary = import_file(workspace, broken)
    assert summary.added >= 1 and summary.skipped >= 1
    assert all(broken.name in problem for problem in summary.problems)


@pytest.mark.parametrize(("name", "content", "message"), [
    ("notes.vcf", b"just some notes", "notes.vcf"),
    ("empty.vcf", b"", "empty.vcf"),
    ("photo.jpg", b"\xff\xd8", "cannot import .jpg"),
])
def test_files_that_cannot_be_imported_say_why_and_change_nothing(sample_workspace, tmp_path, name, content,
                                                                    message):
    before = names(sample_workspace)
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TransferError, match=message):
        import_file(sample_workspace, path)
    assert names(sample_workspace) == before


def test_a_missing_file(workspace, tmp_path):
    with pytest.raises(TransferError, match="no such file"):
        import_file(workspace, tmp_path / "gone.vcf")


def test_export_writes_every_contact_and_reads_back(sample_workspace, tmp_path):
    out = tmp_path / "all.vcf"
    assert export(sample_workspace, "contacts", out).description == "9 contacts"
    cards = read_vcards(out.read_bytes(), out.name).cards
    assert sorted(c.full_name for c in cards) == sorted(names(sample_workspace))
    assert any(c.full_name == "Zoë Lindqvist" for c in cards)
    assert all(c.uid for c in cards)
    # exporting and importing back into the same folder changes nothing
    summary = import_file(sample_workspace, out)
    assert summary.added == 0 and len(names(sample_workspace)) == 9


def test_export_to_an_unwritable_place(sample_workspace, tmp_path):
    with pytest.raises(TransferError, match="cannot be written"):
        export(sample_workspace, "contacts", tmp_path / "no-such-folder" / "x.vcf")


def test_a_file_without_nickname_keeps_the_greeting_the_user_set(workspace, tmp_path):
    contact_id = contacts.add_contact(workspace, contacts.ContactCard(
        full_name="Robert Smith", given_name="Robert", family_name="Smith", greet_as="Bob",
        emails=[contacts.LabelledValue("rob@acme.example")])).id
    path = tmp_path / "one.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Robert Smith\r\nN:Smith;Robert;;;\r\n"
                    "EMAIL:rob@acme.example\r\nTITLE:CTO\r\nEND:VCARD\r\n")
    assert import_file(workspace, path).updated == 1
    card = contacts.get_contact(workspace, contact_id)
    assert (card.title, card.greet_as) == ("CTO", "Bob")
    export(workspace, "contacts", tmp_path / "out.vcf")
    assert [c.greet_as for c in read_vcards((tmp_path / "out.vcf").read_bytes(), "out.vcf").cards] == ["Bob"]
