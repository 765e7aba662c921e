"""The composer's operations on a real database: reading rows, drafts, states, templates and sending rules."""

from __future__ import annotations

import dataclasses
import socket
from datetime import timedelta

import pytest

from desktop.core.domain import InterviewKind, NoteChannel, NoteState
from desktop.delivery.smtp import SendError
from desktop.operations import contacts as contacts_ops
from desktop.operations import notes as notes_ops
from desktop.operations.notes import NoteError


def panel_rows(ws) -> dict[str, notes_ops.ComposerRow]:
    interview = notes_ops.interviews_with_people(ws)[0]
    return {r.given_name: r for r in notes_ops.composer_rows(ws, interview.interview_id)}


def signed_tomas(ws) -> notes_ops.ComposerRow:
    """Tomás's note written in full and signed by Sam Rivera, ready to go out."""
    tomas = panel_rows(ws)["Tomás"]
    notes_ops.save_draft(ws, tomas.interview_id, tomas.contact_id, "Thank you",
                         "Dear Tomás, thank you for sketching the pipeline with me.\n\nSam Rivera")
    return panel_rows(ws)["Tomás"]


def test_interviews_are_listed_most_recent_first_with_counts(sample_workspace):
    rows = notes_ops.interviews_with_people(sample_workspace)
    assert [r.starts_at for r in rows] == sorted((r.starts_at for r in rows), reverse=True)
    assert rows[0].kind is InterviewKind.PANEL and rows[0].people == 3
    assert rows[0].counts == {"none": 1, "ready": 1, "handwritten": 1}  # Dana's note is not written yet
    assert all(r.starts_at <= sample_workspace.now() for r in rows)  # the upcoming Fjord interview waits


def test_composer_rows_carry_the_card_the_meeting_note_and_the_deadline(sample_workspace):
    dana = panel_rows(sample_workspace)["Dana"]
    assert (dana.full_name, dana.first_name, dana.title) == ("Dana Whitfield", "Dana", "Head of Product Design")
    assert dana.email == "dana.whitfield@northwind.example"
    assert dana.memorable.startswith("how the analytics onboarding")
    assert dana.why_fit.startswith("I have redesigned onboarding") and dana.role == "Senior Product Designer"
    assert dana.due > sample_workspace.now() and dana.status == "none"  # nothing written yet


def test_ensure_draft_fills_once_and_never_overwrites(sample_workspace):
    ws = sample_workspace
    ws.settings.your_name = "Sam Rivera"
    dana = panel_rows(ws)["Dana"]
    row = notes_ops.ensure_draft(ws, dana.interview_id, dana.contact_id, "brief")
    assert row.template == "brief" and "Sam Rivera" in row.body
    assert row.subject == "Thank you – Senior Product Designer interview"
    notes_ops.save_draft(ws, dana.interview_id, dana.contact_id, "Mine", "My own words.")
    again = notes_ops.ensure_draft(ws, dana.interview_id, dana.contact_id, "warm")
    assert (again.subject, again.body, again.template) == ("Mine", "My own words.", "brief")


def test_ensure_draft_creates_a_missing_note(sample_workspace):
    from desktop.storage.models import ThankYouNote

    dana = panel_rows(sample_workspace)["Dana"]
    with sample_workspace.session() as session:
        session.query(ThankYouNote).filter_by(contact_id=dana.contact_id).delete()
    assert not panel_rows(sample_workspace)["Dana"].has_note
    row = notes_ops.ensure_draft(sample_workspace, dana.interview_id, dana.contact_id, "warm")
    assert row.has_note and row.status == "none" and row.body.startswith("Hi Dana,")  # shown is not written
    notes_ops.save_draft(sample_workspace, dana.interview_id, dana.contact_id, row.subject, row.body + " Thanks!")
    assert panel_rows(sample_workspace)["Dana"].status == "draft"


def test_save_draft_records_when(sample_workspace):
    from desktop.storage.models import ThankYouNote

    ws = sample_workspace
    dana = panel_rows(ws)["Dana"]
    later = ws.now() + timedelta(minutes=5)
    ws.clock = lambda: later
    notes_ops.save_draft(ws, dana.interview_id, dana.contact_id, "S", "B")
    with ws.session() as session:
        note = session.query(ThankYouNote).filter_by(contact_id=dana.contact_id).one()
        assert (note.subject, note.body, note.updated_at) == ("S", "B", later)


def test_states_channels_and_sent_notes(sample_workspace):
    ws = sample_workspace
    dana = panel_rows(ws)["Dana"]
    ids = (dana.interview_id, dana.contact_id)
    notes_ops.set_state(ws, *ids, NoteState.READY)
    assert panel_rows(ws)["Dana"].status == "ready"
    with pytest.raises(NoteError, match="when it goes out"):
        notes_ops.set_state(ws, *ids, NoteState.SENT)
    notes_ops.set_channel(ws, *ids, NoteChannel.HANDWRITTEN)
    assert panel_rows(ws)["Dana"].status == "handwritten"
    notes_ops.mark_sent(ws, *ids, ws.now())
    assert panel_rows(ws)["Dana"].sent_at == ws.now()
    with pytest.raises(NoteError, match="has been sent"):
        notes_ops.save_draft(ws, *ids, "x", "y")


def test_user_templates_override_built_ins_and_are_offered(sample_workspace):
    folder = notes_ops.user_templates_dir(sample_workspace)
    assert folder == sample_workspace.paths.data_dir / "templates"
    folder.mkdir()
    (folder / "warm.txt").write_text("Subject: Hej {first_name}\n\nHej {first_name}, tack!\n", encoding="utf-8")
    (folder / "mine.txt").write_text("Subject: Thanks\n\nThanks, {first_name}.\n", encoding="utf-8")
    infos = {i.name: i for i in notes_ops.list_templates(sample_workspace)}
    assert infos["warm"].overrides and "mine" in infos and "panel" in infos
    dana = panel_rows(sample_workspace)["Dana"]
    filled = notes_ops.fill_template(sample_workspace, dana.interview_id, dana.contact_id, "warm")
    assert filled.body == "Hej Dana, tack!\n"
    assert notes_ops.default_template(sample_workspace, InterviewKind.VIDEO) == "warm"
    with pytest.raises(NoteError, match="no template called"):
        notes_ops.fill_template(sample_workspace, dana.interview_id, dana.contact_id, "nope")


def test_send_problem_names_each_reason(sample_workspace):
    ws = sample_workspace
    ws.settings.your_name = "Sam Rivera"
    row = dataclasses.replace(panel_rows(ws)["Dana"], body="Dear Dana, thanks.\n\nBest,\nSam Rivera",
                              subject="Thanks")

    def problem(**changes):
        return notes_ops.send_problem(ws, dataclasses.replace(row, **changes))

    assert problem() is None
    assert "empty" in problem(body=" \n")
    assert "[why_fit]" in problem(body="Dear Dana, because [why_fit].\n\nSam Rivera")
    assert "{hobby}" in problem(subject="About {hobby}")
    assert "does not end with your name (Sam Rivera)" in problem(body="Dear Dana, thanks.\n\nBest wishes")
    assert "never names “Dana”" in problem(body="Thanks for the chat.\n\nSam Rivera")  # an error-level check
    assert "no email address" in problem(email="")
    assert notes_ops.send_problem(ws, dataclasses.replace(row, email=""), need_email=False) is None
    assert "not valid" in problem(email="dana@")
    assert "already been sent" in problem(state=NoteState.SENT)
    ws.settings.your_name = ""
    assert problem() is None  # signed by hand: the note has its signature even before the app knows the name
    assert "set your name under Settings → You" in problem(body="Dear Dana, thanks.\n\nBest wishes,")
    assert "Settings → You" in problem(body="Dear Dana, thanks.\n\nBest,\n[your_name]")


def test_check_note_adds_the_placeholders_and_the_signature_to_the_live_checks(sample_workspace):
    ws = sample_workspace
    ws.settings.your_name = "Séamus Ó Briain"
    dana = dataclasses.replace(panel_rows(ws)["Dana"], body="Dear Dana, thanks.\n\nBest,\n[your_name]",
                               subject="Thank you, {first_name}")
    checks = {c.name: c for c in notes_ops.check_note(ws, dana, [])}
    assert checks["placeholders"].level == "error"
    assert "“[your_name]”, “{first_name}”" in checks["placeholders"].reason
    assert "signature" not in checks  # signed "[your_name]": one problem, said once by the placeholders check
    signed = {c.name: c for c in notes_ops.check_note(
        ws, dataclasses.replace(dana, body="Dear Dana, thanks.\n\nBest,\nSéamus Ó Briain", subject="Thanks"), [])}
    assert signed["placeholders"].ok and signed["signature"].ok and {"length", "name", "spelling"} <= set(signed)


def test_a_failed_smtp_send_leaves_the_note_untouched(sample_workspace):
    ws = sample_workspace
    ws.settings.your_name, ws.settings.your_email = "Sam Rivera", "sam@example.com"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    ws.settings.smtp_host, ws.settings.smtp_port, ws.settings.smtp_security = "127.0.0.1", port, "none"
    tomas = signed_tomas(ws)
    with pytest.raises(SendError) as caught:
        notes_ops.send_by_smtp(ws, tomas.interview_id, tomas.contact_id, None)
    assert caught.value.kind == "connection"
    after = panel_rows(ws)["Tomás"]
    assert after.state is NoteState.READY and after.sent_at is None and after.body == tomas.body


def test_sending_without_your_own_address_says_where_to_set_it(sample_workspace):
    sample_workspace.settings.your_name = "Sam Rivera"
    tomas = signed_tomas(sample_workspace)
    with pytest.raises(NoteError, match="Your own email address is not set; enter it under Settings → You"):
        notes_ops.send_by_smtp(sample_workspace, tomas.interview_id, tomas.contact_id, None)


def test_memorable_and_why_fit_are_saved(sample_workspace):
    dana = panel_rows(sample_workspace)["Dana"]
    notes_ops.save_memorable(sample_workspace, dana.interview_id, dana.contact_id, "  the design review  ")
    notes_ops.save_why_fit(sample_workspace, dana.opportunity_id, "Onboarding research.")
    rows = panel_rows(sample_workspace)
    assert rows["Dana"].memorable == "the design review"
    assert rows["Tomás"].why_fit == "Onboarding research."
    with pytest.raises(NoteError):
        notes_ops.save_memorable(sample_workspace, dana.interview_id, 9999, "x")


def _rename(ws, contact_id: int, **values: object) -> None:
    from desktop.operations import contacts as contacts_ops

    details = contacts_ops.contact_details(ws, contact_id)
    contacts_ops.update_contact(ws, contact_id, dataclasses.replace(details.card, **values), details.name_checked)


def _dear_template(ws) -> str:
    """A template of the user's own, so these tests do not depend on the wording of the shipped ones."""
    folder = notes_ops.user_templates_dir(ws)
    folder.mkdir()
    (folder / "dear.txt").write_text("Subject: Thank you\n\nDear {first_name},\n\nThank you.\n", encoding="utf-8")
    return "dear"


def test_a_note_greets_the_contact_as_the_card_says(sample_workspace):
    from desktop.core.note_checks import check_name

    ws = sample_workspace
    template = _dear_template(ws)
    dana = panel_rows(ws)["Dana"]
    _rename(ws, dana.contact_id, full_name="Robert Smith", given_name="Robert", family_name="Smith", greet_as="Bob")
    row = notes_ops.apply_template(ws, dana.interview_id, dana.contact_id, template)
    assert (row.greet_as, row.first_name) == ("Bob", "Bob")
    assert row.body.startswith("Dear Bob,\n")
    assert check_name(row.body, row.first_name, row.full_name).ok


@pytest.mark.parametrize(("values", "greeted"), [
    ({"full_name": "Siobhán Ní Bhriain", "given_name": "Siobhán", "family_name": "Ní Bhriain"}, "Siobhán"),
    ({"full_name": "Dr. Tanaka Hiroshi", "given_name": "Hiroshi", "family_name": "Tanaka", "family_first": True},
     "Dr. Tanaka"),
    # A split stored by an older Afterview ("Siobhán Ní" + "Bhriain") still greets by the first given name.
    ({"full_name": "Siobhán Ní Bhriain", "given_name": "Siobhán Ní", "family_name": "Bhriain"}, "Siobhán"),
])
def test_an_empty_greeting_is_proposed_from_the_name(sample_workspace, values, greeted):
    dana = panel_rows(sample_workspace)["Dana"]
    _rename(sample_workspace, dana.contact_id, greet_as="", **values)
    row = notes_ops.composer_row(sample_workspace, dana.interview_id, dana.contact_id)
    assert row.first_name == greeted
    template = _dear_template(sample_workspace)
    filled = notes_ops.fill_template(sample_workspace, dana.interview_id, dana.contact_id, template)
    assert f"Dear {greeted}," in filled.body


def test_the_formal_note_greets_the_name_in_full_as_a_letter_writes_it(sample_workspace):
    dana = panel_rows(sample_workspace)["Dana"]
    _rename(sample_workspace, dana.contact_id, greet_as="", full_name="whitfield, dana (she/her)",
            given_name="dana", family_name="whitfield")
    filled = notes_ops.fill_template(sample_workspace, dana.interview_id, dana.contact_id, "formal")
    assert filled.body.startswith("Dear Dana Whitfield,\n")
    row = dataclasses.replace(notes_ops.composer_row(sample_workspace, dana.interview_id, dana.contact_id),
                              body=filled.body)
    name = next(c for c in notes_ops.check_note(sample_workspace, row, []) if c.name == "name")
    assert name.ok, name.reason  # "Whitfield" with its capital is the card's name, not a misspelling of it


def test_an_untouched_draft_goes_out_with_the_name_as_the_card_says_now(sample_workspace):
    ws = sample_workspace
    ws.settings.your_name, ws.settings.your_email = "Sam Rivera", "sam@example.com"
    dana = panel_rows(ws)["Dana"]
    notes_ops.set_channel(ws, dana.interview_id, dana.contact_id, NoteChannel.EMAIL)
    notes_ops.ensure_draft(ws, dana.interview_id, dana.contact_id, "panel")
    assert "Dear Dana," in panel_rows(ws)["Dana"].body
    card = contacts_ops.get_contact(ws, dana.contact_id)
    renamed = dataclasses.replace(card, full_name="Danielle Whitfield", given_name="Danielle", greet_as="")
    contacts_ops.update_contact(ws, dana.contact_id, renamed, name_checked=True)
    link = notes_ops.mailto_link(ws, dana.interview_id, dana.contact_id)
    assert link is not None and "Dear%20Danielle%2C" in link and "Dear%20Dana%2C" not in link
    # What went out is what is stored: the draft itself follows the card.
    assert "Dear Danielle," in panel_rows(ws)["Danielle"].body


def test_a_draft_edited_by_hand_keeps_the_name_the_user_wrote(sample_workspace):
    ws = sample_workspace
    tomas = signed_tomas(ws)
    card = contacts_ops.get_contact(ws, tomas.contact_id)
    contacts_ops.update_contact(ws, tomas.contact_id, dataclasses.replace(card, given_name="Tom", greet_as=""),
                                name_checked=True)
    assert notes_ops.refresh_draft(ws, tomas.interview_id, tomas.contact_id).body == tomas.body


def test_an_email_that_says_today_the_day_after_the_interview_is_a_warning(sample_workspace):
    ws = sample_workspace
    tomas = panel_rows(ws)["Tomás"]  # met at Tuesday's panel; it is Wednesday
    notes_ops.set_channel(ws, tomas.interview_id, tomas.contact_id, NoteChannel.EMAIL)
    notes_ops.save_draft(ws, tomas.interview_id, tomas.contact_id, "Thank you",
                         "Dear Tomás, thank you for today's panel.\n\nSam Rivera")
    checks = {c.name: c for c in notes_ops.check_note(ws, panel_rows(ws)["Tomás"], [])}
    assert checks["day_words"].level == "warning" and "say “yesterday”" in str(checks["day_words"].reason)
    notes_ops.set_channel(ws, tomas.interview_id, tomas.contact_id, NoteChannel.HANDWRITTEN)
    assert "day_words" not in {c.name for c in notes_ops.check_note(ws, panel_rows(ws)["Tomás"], [])}


@pytest.mark.parametrize(("card_company", "named"), [
    ("Talent Bridge Recruiting", "Northwind Analytics"),  # an agency's recruiter: the note names the hiring firm
    ("NorthWind Analytics Ltd", "NorthWind Analytics"),  # the same firm as the card spells it, without its Ltd
])
def test_the_note_names_the_hiring_company_unless_the_card_names_the_same_firm(sample_workspace, card_company, named):
    from sqlalchemy import update

    from desktop.storage.models import Contact

    ws = sample_workspace
    dana = panel_rows(ws)["Dana"]
    with ws.write_session() as session:
        session.execute(update(Contact).where(Contact.id == dana.contact_id).values(company=card_company))
    dana = panel_rows(ws)["Dana"]
    assert dana.company == card_company  # the composer shows the card as it is
    filled = notes_ops.fill_template(ws, dana.interview_id, dana.contact_id, "brief")
    assert f"at {named}" in filled.body and card_company not in filled.body
    notes_ops.save_draft(ws, dana.interview_id, dana.contact_id, filled.subject, filled.body)
    [check] = [c for c in notes_ops.check_note(ws, panel_rows(ws)["Dana"], []) if c.name == "role_company"]
    assert check.ok, check.reason
