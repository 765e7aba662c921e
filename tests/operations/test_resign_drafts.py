"""A later change of the user's name reaches every unsent draft's signature, and nothing else."""

from __future__ import annotations

import dataclasses

from desktop.core.domain import NoteState
from desktop.operations import notes as notes_ops
from desktop.operations.preferences import apply_settings
from desktop.storage.settings_file import load


def rows_by_name(ws) -> dict[str, notes_ops.ComposerRow]:
    return {row.given_name: row for interview in notes_ops.interviews_with_people(ws)
            for row in notes_ops.composer_rows(ws, interview.interview_id)}


def write(ws, row, body):
    notes_ops.save_draft(ws, row.interview_id, row.contact_id, "Thank you", body)


def test_a_new_name_signs_drafts_with_the_placeholder_or_the_old_name(sample_workspace):
    ws = sample_workspace
    rows = rows_by_name(ws)
    write(ws, rows["Dana"], "Hi Dana,\n\nThank you.\n\nWarm regards,\n[your_name]\n")
    write(ws, rows["Tomás"], "Hi Tomás,\n\nSam Rivera here again, thank you.\n\nBest,\nSam Rivera\n")
    write(ws, rows["Zoë"], "Hi Zoë,\n\nThank you.\n\nSam (and Biscuit the dog)")  # re-signed by hand
    ws.settings = dataclasses.replace(ws.settings, your_name="Sam Rivera")

    changed = apply_settings(ws, dataclasses.replace(ws.settings, your_name="Samantha Ní Riabhaigh-Rivera"))

    assert changed.resigned == 3  # and Samuel's handwritten card, signed with the placeholder by the sample data
    rows = rows_by_name(ws)
    assert rows["Dana"].body.endswith("Warm regards,\nSamantha Ní Riabhaigh-Rivera\n")
    # Only the signature: the old name inside the text is the user's own words.
    assert rows["Tomás"].body == ("Hi Tomás,\n\nSam Rivera here again, thank you.\n\n"
                                  "Best,\nSamantha Ní Riabhaigh-Rivera\n")
    assert rows["Zoë"].body.endswith("Sam (and Biscuit the dog)")
    assert load(ws.paths.settings_file).settings.your_name == "Samantha Ní Riabhaigh-Rivera"


def test_sent_notes_keep_the_name_they_went_out_with(sample_workspace):
    ws = sample_workspace
    priya = rows_by_name(ws)["Priya"]
    assert priya.state is NoteState.SENT
    with ws.session() as session:
        from desktop.storage.models import ThankYouNote

        session.query(ThankYouNote).filter_by(contact_id=priya.contact_id).update(
            {"body": "Thank you for the call.\n\nBest,\n[your_name]"})
    saved = apply_settings(ws, dataclasses.replace(ws.settings, your_name="Sam Rivera"))
    assert saved.resigned == 3  # Zoë, Tomás, Samuel
    rows = rows_by_name(ws)
    assert rows["Priya"].body.endswith("[your_name]")
    assert rows["Zoë"].body.endswith("With thanks,\nSam Rivera")  # the sample's card, still a draft


def test_the_same_name_saved_again_changes_no_draft(sample_workspace):
    ws = sample_workspace
    dana = rows_by_name(ws)["Dana"]
    write(ws, dana, "Hi Dana,\n\nBest,\n[your_name]")
    assert apply_settings(ws, dataclasses.replace(ws.settings, note_deadline_hours=24)).resigned == 0
    assert rows_by_name(ws)["Dana"].body.endswith("[your_name]")
