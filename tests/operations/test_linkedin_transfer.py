"""LinkedIn's connections merged with the card file as vCards are: matched, reviewed, undoable."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.domain import CaptureMethod
from desktop.operations import contacts as ops
from desktop.operations.import_batches import list_batches, undo_import
from desktop.operations.transfer import TransferError, import_file

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def export(tmp_path: Path, rows: str, name: str = "Connections.csv") -> Path:
    path = tmp_path / name
    path.write_text('Notes:\n"Some email addresses are missing."\n\n' + HEADER + rows, encoding="utf-8")
    return path


def cards(workspace) -> dict[str, ContactCard]:
    return {card.full_name: card for _, card in ops.list_contacts(workspace)}


def test_new_connections_are_added_with_their_profile_and_when_you_connected(workspace, tmp_path):
    summary = import_file(workspace, export(tmp_path, "Zoë,Papadopoulou-Ramírez,https://www.linkedin.com/in/zoe-pr,,"
                                                      "Quill & Ink Studios,Senior Talent Partner,05 Dec 2024\n"))
    assert summary.describe() == "1 added, 0 updated with new details, 0 differ from yours, 0 unchanged, 0 skipped"
    ((contact_id, card),) = ops.list_contacts(workspace)
    assert card.linkedin == "https://www.linkedin.com/in/zoe-pr"
    assert card.notes == "LinkedIn connection since 5 December 2024."
    assert ops.contact_details(workspace, contact_id).captured_by is CaptureMethod.LINKEDIN


def test_a_connection_you_have_gets_only_what_it_lacks_and_a_new_job_is_offered_for_review(workspace, tmp_path):
    contact_id = ops.add_contact(workspace, ContactCard(
        full_name="Seán Ó Bródaín", title="Engineering Manager", company="Harbourline Ltd",
        linkedin="https://www.linkedin.com/in/sean-obrodain/", notes="Met at the Belfast meetup",
        emails=[LabelledValue("sean.obrodain@harbourline.example")])).id
    # A newer export: he moved on, the profile address stayed (written without the trailing slash).
    summary = import_file(workspace, export(tmp_path, "Seán,Ó Bródaín,https://www.linkedin.com/in/Sean-OBrodain,"
                                                      "sean@personal.example,Tidewater Systems,Head of Platform,"
                                                      "02 Jan 2023\n"))
    assert (summary.added, summary.differed) == (0, 1)
    (difference,) = summary.differences
    # His work address and the one LinkedIn has: both kept for now, offered for review as vCards' lists are.
    assert {d.field for d in difference.fields} == {"title", "company", "emails"}
    card = ops.get_contact(workspace, contact_id)
    assert card.company == "Harbourline Ltd" and card.notes == "Met at the Belfast meetup"  # yours, until you choose
    assert [e.value for e in card.emails] == ["sean.obrodain@harbourline.example", "sean@personal.example"]


def test_prefer_theirs_takes_the_new_job(workspace, tmp_path):
    contact_id = ops.add_contact(workspace, ContactCard(full_name="Ana Souza", company="Acme", title="Recruiter")).id
    import_file(workspace, export(tmp_path, "Ana,Souza,https://www.linkedin.com/in/ana,,Acme,Head of Talent,\n"),
                prefer_theirs=True)
    assert ops.get_contact(workspace, contact_id).title == "Head of Talent"


def test_the_import_is_undone_as_a_whole(workspace, tmp_path):
    import_file(workspace, export(tmp_path, "A,One,https://www.linkedin.com/in/a1,,Acme,CTO,\n"
                                            "B,Two,https://www.linkedin.com/in/b2,,Acme,CFO,\n"))
    assert [b.file_name for b in list_batches(workspace)] == ["Connections.csv"]
    undo_import(workspace)
    assert cards(workspace) == {}


@pytest.mark.parametrize("content, message", [
    ("Name,Email\nAna,ana@example.com\n", "contacts.csv, line 1: not LinkedIn's Connections.csv as Afterview reads "
                                          "it: the header row lacks First Name, Last Name, URL, Company, Position"),
    ("", "contacts.csv: the file is empty"),
])
def test_a_csv_that_is_not_linkedins_is_refused_and_nothing_is_added(workspace, tmp_path, content, message):
    path = tmp_path / "contacts.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TransferError) as raised:
        import_file(workspace, path)
    assert str(raised.value).startswith(message)
    assert cards(workspace) == {} and list_batches(workspace) == []


def test_an_export_renamed_otherwise_is_known_by_its_notes(workspace, tmp_path):
    summary = import_file(workspace, export(tmp_path, "A,One,https://www.linkedin.com/in/a1,,Acme,CTO,\n",
                                            name="linkedin-export.txt"))
    assert summary.added == 1


def test_a_file_of_unknown_kind_names_what_afterview_reads(workspace, tmp_path):
    path = tmp_path / "photo.heic"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic")
    with pytest.raises(TransferError, match=r"^photo.heic: cannot import .heic files \(Afterview reads .csv, .eml"):
        import_file(workspace, path)
