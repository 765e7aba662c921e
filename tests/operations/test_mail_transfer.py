"""Importing emails and mailboxes: invitations imported as one undoable import, signatures and promises proposed."""

from __future__ import annotations

import mailbox
from dataclasses import replace
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from desktop.core.cards import ContactCard, LabelledValue
from desktop.operations import contacts as ops
from desktop.operations import mail_transfer
from desktop.operations.import_batches import list_batches, undo_import
from desktop.operations.mail_transfer import apply_decision, save_cards
from desktop.operations.opportunities import InterviewInput, add_interview, add_opportunity, get_interview
from desktop.operations.preferences import apply_settings
from desktop.operations.progress import Cancelled, Progress
from desktop.operations.transfer import TransferError, import_file
from desktop.storage.models import Interview, MeetingNote
from tests.conftest import ZONE

MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail"
OWN = "aoife.nicgiolla@gmail.com"
INVITATION = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:{uid}@harbourline.example\r\n"
              "DTSTART:20261209T100000Z\r\nDTEND:20261209T110000Z\r\nSUMMARY:Interview - Platform Engineer\r\n"
              "ORGANIZER;CN=Seán Ó Bródaín:mailto:sean.obrodain@harbourline.example\r\nEND:VEVENT\r\n"
              "END:VCALENDAR\r\n")


def interviews(workspace) -> list[Interview]:
    with workspace.session() as session:
        return list(session.query(Interview).order_by(Interview.id))


def message(sender: str, subject: str, body: str, day: int = 1, calendar: str = "") -> EmailMessage:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = sender, OWN, subject
    mail["Date"] = f"Tue, {day} Dec 2026 09:00:00 +0000"
    mail.set_content(body)
    if calendar:
        mail.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
    return mail


SEAN = "Seán Ó Bródaín <sean.obrodain@harbourline.example>"
SIGNED = "\n\nBest regards,\nSeán Ó Bródaín\nEngineering Manager, Harbourline Ltd\n+44 20 7946 0321\n"


def write_mailbox(path: Path, messages: list[EmailMessage]) -> Path:
    box = mailbox.mbox(path)
    for mail in messages:
        box.add(mail)
    box.close()
    return path


def a_mailbox(path: Path) -> Path:
    """Newsletters, the user's own promise, an invitation and a recruiter's promise, as a mail program exports them."""
    return write_mailbox(path, [
        *(message(f"Jobs board <news{n}@jobs.example>", f"{n} new jobs", "See our site.") for n in range(5)),
        message(f"Aoife <{OWN}>", "Re: Platform Engineer", "I will get back to you by Friday with my availability."),
        message(SEAN, "Invitation: Platform Engineer", "Please find the invitation." + SIGNED,
                calendar=INVITATION.format(uid="pe-1")),
        message(SEAN, "Re: Platform Engineer", "Thanks. We will be in touch within two weeks about the decision."
                + SIGNED, day=10),
    ])


@pytest.fixture
def own_workspace(workspace):
    apply_settings(workspace, replace(workspace.settings, your_email=OWN))
    return workspace


def test_an_invitation_email_is_one_undoable_import_and_its_signature_only_a_proposal(workspace):
    summary = import_file(workspace, MAIL / "outlook_invitation.eml")
    assert summary.describe() == ("the invitation imported: 1 interview added; proposed: the card of Siobhán Ní "
                                  "Bhriain")
    assert len(interviews(workspace)) == 1
    (proposal,) = summary.mail.cards
    # The invitation's organiser became a bare card; the signature's title and phones are not written unasked.
    stored = ops.get_contact(workspace, proposal.contact_id)
    assert stored.full_name == "Siobhán Ní Bhriain" and stored.title == "" and stored.phones == []
    assert [b.file_name for b in list_batches(workspace)] == ["outlook_invitation.eml"]
    undo_import(workspace)
    assert interviews(workspace) == []


def test_saving_the_proposed_cards_merges_them_as_an_import_that_can_be_undone(workspace):
    summary = import_file(workspace, MAIL / "outlook_invitation.eml")
    saved = save_cards(workspace, summary.mail)
    assert (saved.added, saved.updated) == (0, 1)
    card = ops.get_contact(workspace, summary.mail.cards[0].contact_id)
    assert card.title == "Talent Acquisition Partner"
    assert [p.value for p in card.phones] == ["+353871234567", "+35315550199"]
    undo_import(workspace)  # the cards, then the invitation
    assert ops.get_contact(workspace, summary.mail.cards[0].contact_id).phones == []


def test_the_users_own_message_proposes_no_card_and_no_promise(own_workspace):
    with pytest.raises(TransferError, match="nothing for Afterview in the message from Aoife"):
        import_file(own_workspace, write_eml(own_workspace, "mine.eml", message(
            f"Aoife <{OWN}>", "Re: role", "I will get back to you by Friday.\n\nBest,\nAoife Nic Giolla Phádraig\n"
            "Data Analyst | +353 86 999 8888\n")))


def write_eml(_workspace, name: str, mail: EmailMessage) -> Path:
    path = Path(_workspace.paths.data_dir) / name
    path.write_bytes(mail.as_bytes())
    return path


def test_a_forward_to_oneself_proposes_what_the_forwarded_recruiter_wrote(own_workspace):
    summary = import_file(own_workspace, MAIL / "gmail_forward.eml")
    (card,) = summary.mail.cards
    assert card.card.full_name == "Zoë Papadopoulou-Ramírez" and card.contact_id is None
    (decision,) = summary.mail.decisions
    assert decision.decision_date == date(2026, 12, 18) and decision.interview_id is None


def test_a_decision_is_guessed_for_the_interview_the_sender_was_met_at(workspace):
    opportunity = add_opportunity(workspace, "Harbourline", "Platform Engineer").id
    other = add_opportunity(workspace, "Quill & Ink Studios", "Product Designer").id
    start = datetime(2026, 12, 2, 10, 0, tzinfo=ZONE)
    met = add_interview(workspace, opportunity, InterviewInput(start, start + timedelta(hours=1), ZONE.key)).id
    add_interview(workspace, other, InterviewInput(start, start + timedelta(hours=1), ZONE.key))
    sean = ops.add_contact(workspace, ContactCard(full_name="Seán Ó Bródaín",
                                                  emails=[LabelledValue("SEAN.OBRODAIN@harbourline.example")])).id
    with workspace.write_session() as session:
        session.add(MeetingNote(interview_id=met, contact_id=sean))
    summary = import_file(workspace, MAIL / "thunderbird_reply.eml")
    (decision,) = summary.mail.decisions
    assert decision.interview_id == met
    assert [t.label for t in summary.mail.targets] == [
        "Harbourline — Platform Engineer (interview Wed 2 Dec 2026)",
        "Quill & Ink Studios — Product Designer (interview Wed 2 Dec 2026)"]
    assert summary.mail.cards[0].contact_id == sean  # the address is matched without case
    assert get_interview(workspace, met).decision_date is None  # proposed, not written
    apply_decision(workspace, met, decision)
    written = get_interview(workspace, met)
    assert written.decision_date == date(2026, 12, 18) and written.next_steps == decision.sentence


def test_a_mailbox_imports_the_invitations_and_proposes_the_recruiters_promise(own_workspace, tmp_path):
    summary = import_file(own_workspace, a_mailbox(tmp_path / "Applications.mbox"))
    assert summary.findings == ["8 messages read, 2 about an interview",
                                "the invitation imported: 1 interview added",
                                "proposed: the card of Seán Ó Bródaín, a decision by Thursday 24 December 2026"]
    (decision,) = summary.mail.decisions  # not the user's own "by Friday"
    assert decision.sentence == "We will be in touch within two weeks about the decision."
    assert decision.interview_id == interviews(own_workspace)[0].id
    assert [b.file_name for b in list_batches(own_workspace)] == ["Applications.mbox"]


def test_a_mailbox_without_an_extension_is_known_by_its_content(own_workspace, tmp_path):
    summary = import_file(own_workspace, a_mailbox(tmp_path / "Inbox"))
    assert summary.findings[0] == "8 messages read, 2 about an interview"


class CancelAt(Progress):
    def __init__(self, at: int) -> None:
        self.at = at

    def update(self, done: int, total: int, what: str = "") -> None:
        if done == self.at and total:
            raise Cancelled()


def test_cancelling_a_mailbox_part_way_leaves_nothing_of_it(own_workspace, tmp_path):
    path = a_mailbox(tmp_path / "Applications.mbox")
    with pytest.raises(Cancelled):
        import_file(own_workspace, path, progress=CancelAt(7))
    assert interviews(own_workspace) == [] and list_batches(own_workspace) == []


def test_a_mailbox_with_nothing_about_an_interview_says_what_it_read(workspace, tmp_path):
    path = write_mailbox(tmp_path / "news.mbox", [message(f"Jobs <n{n}@jobs.example>", "Jobs", "See our site.")
                                                  for n in range(3)])
    with pytest.raises(TransferError) as raised:
        import_file(workspace, path)
    assert str(raised.value) == ("news.mbox: 3 messages read, 0 about an interview: no invitation, and no sentence "
                                 "promising a decision by a date")


def test_a_whole_mailbox_over_the_limit_is_refused_before_reading_a_message(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(mail_transfer, "MAX_MAILBOX_MESSAGES", 5)
    with pytest.raises(TransferError) as raised:
        import_file(workspace, a_mailbox(tmp_path / "All Mail.mbox"))
    assert str(raised.value).startswith("All Mail.mbox: 8 messages, more than the 5 Afterview reads in one mailbox.")
    assert interviews(workspace) == []


def test_an_email_whose_invitation_cannot_be_read_says_why(workspace):
    broken = message(SEAN, "Invitation", "See the invitation.", calendar="BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    with pytest.raises(TransferError, match=r"^broken.eml: the calendar contains no events"):
        import_file(workspace, write_eml(workspace, "broken.eml", broken))


def test_a_text_file_that_is_not_an_email(workspace, tmp_path):
    path = tmp_path / "notes.eml"
    path.write_text("shopping list\nmilk\n", encoding="utf-8")
    with pytest.raises(TransferError, match=r"^notes.eml: not an email \(it has no From, Date or Subject header\)"):
        import_file(workspace, path)
