"""Emails and LinkedIn's connections imported from the window: File → Import, the findings dialog, the card dialog."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from desktop.core.cards import ContactCard, LabelledValue
from desktop.operations import contacts as ops
from desktop.operations.import_batches import list_batches
from desktop.operations.opportunities import InterviewInput, add_interview, add_opportunity, get_interview
from desktop.storage.models import Interview
from desktop.ui.cards.card_dialog import CardDialog
from desktop.ui.interviews.mail_findings import MailFindingsDialog
from tests.conftest import ZONE
from tests.dialog_helpers import shown, shown_box
from tests.ui.task_helpers import wait_for_tasks

MAIL = Path(__file__).parents[1] / "fixtures" / "mail"


@pytest.fixture
def window(app_window):
    return app_window


def import_by_menu(qtbot, monkeypatch, window, controller, path: Path) -> None:
    """File → Import with the file chosen in the dialog, then the background task waited for."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args, **_kwargs: ([str(path)], ""))
    window.import_action.trigger()
    wait_for_tasks(qtbot, controller.runner)


def test_an_outlook_invitation_email_imports_the_interview_and_its_signature_opens_as_the_organisers_card(
        qtbot, monkeypatch, workspace, window, tmp_path):
    main, controller = window
    import_by_menu(qtbot, monkeypatch, main, controller, MAIL / "outlook_invitation.eml")
    dialog = shown(main, MailFindingsDialog)
    qtbot.waitExposed(dialog)
    with workspace.session() as session:
        interview = session.query(Interview).one()
        assert interview.opportunity.company == "Northwind Analytics"
        assert interview.starts_at == datetime(2026, 12, 8, 14, 0, tzinfo=interview.starts_at.tzinfo)
    # The invitation made a bare card for its organiser; the signature only fills what it lacks, once saved.
    (organiser,) = [c for _, c in ops.list_contacts(workspace) if c.full_name == "Siobhán Ní Bhriain"]
    assert organiser.title == "" and organiser.phones == []
    (button,) = dialog.card_buttons
    assert button.text() == "Open their card…"
    button.click()
    card_dialog = shown(dialog, CardDialog)
    qtbot.waitExposed(card_dialog)
    assert card_dialog.fields["title"].text() == "Talent Acquisition Partner"
    card_dialog.save_button.click()
    (organiser,) = [c for _, c in ops.list_contacts(workspace) if c.full_name == "Siobhán Ní Bhriain"]
    assert organiser.title == "Talent Acquisition Partner" and organiser.company == "Northwind Analytics Ltd"
    assert sorted(p.value for p in organiser.phones) == ["+35315550199", "+353871234567"]
    assert button.text() == "Saved" and not button.isEnabled()
    assert main.undo_import_action.text() == "Undo import \u201coutlook_invitation.eml\u201d"


def test_a_promised_decision_is_written_to_the_chosen_interview_only_on_apply(qtbot, monkeypatch, workspace, window):
    main, controller = window
    opportunity = add_opportunity(workspace, "Brightwater Robotics", "Robotics Software Engineer").id
    start = datetime(2026, 12, 3, 10, 0, tzinfo=ZONE)
    interview_id = add_interview(workspace, opportunity, InterviewInput(start, start + timedelta(hours=1),
                                                                         ZONE.key, next_steps="Panel on Monday")).id
    import_by_menu(qtbot, monkeypatch, main, controller, MAIL / "gmail_reply.eml")
    dialog = shown(main, MailFindingsDialog)
    ((decision, targets, apply, state),) = dialog.decision_rows
    assert decision.decision_date == date(2026, 12, 4)  # "by Friday", written on Thursday 3 December
    assert targets.currentData() == interview_id  # told by the signature's company
    assert get_interview(workspace, interview_id).decision_date is None  # nothing written before Apply
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    saved = get_interview(workspace, interview_id)
    assert saved.decision_date == date(2026, 12, 4)
    assert saved.next_steps == "Panel on Monday"  # the user's own words stay
    assert apply.text() == "Applied" and "Friday, 4 December 2026" in state.text()
    assert not targets.isEnabled()


def test_a_new_senders_card_is_saved_only_from_the_card_dialog(qtbot, monkeypatch, workspace, window):
    main, controller = window
    import_by_menu(qtbot, monkeypatch, main, controller, MAIL / "thunderbird_reply.eml")
    dialog = shown(main, MailFindingsDialog)
    assert ops.list_contacts(workspace) == []
    ((_, targets, apply, state),) = dialog.decision_rows
    assert not targets.isEnabled() and not apply.isEnabled() and "add the interview first" in state.text()
    (button,) = dialog.card_buttons
    assert button.text() == "Open as a new card…"
    button.click()
    card_dialog = shown(dialog, CardDialog)
    assert card_dialog.fields["full_name"].text() == "Seán Ó Bródaín"
    card_dialog.save_button.click()
    ((_, card),) = ops.list_contacts(workspace)
    assert card.company == "Harbourline Ltd" and card.emails == [LabelledValue("sean.obrodain@harbourline.example")]
    assert list_batches(workspace) == []  # a card saved by hand, not an import


def test_an_email_with_nothing_for_afterview_says_so_by_name(qtbot, monkeypatch, workspace, window):
    main, controller = window
    import_by_menu(qtbot, monkeypatch, main, controller, MAIL / "no_findings.eml")
    box = shown_box(main)
    assert "no_findings.eml: not imported" in box.text()
    assert "nothing for Afterview in the message from Newsletter <news@jobs-board.example>" in box.detailedText()


CONNECTIONS = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Siobhán,Ní Bhriain,https://www.linkedin.com/in/siobhan-ni-bhriain,,Northwind Analytics,"
    '"Talent Acquisition Partner, EMEA",05 Dec 2024\n'
    "Bartholomew,Okonkwo-Fitzgerald,https://www.linkedin.com/in/bokonkwofitz,,Northwind Analytics,Data Lead,"
    "17 Mar 2021\n")


def test_a_dropped_linkedin_export_adds_and_merges_contacts_and_can_be_undone(qtbot, workspace, window, tmp_path):
    main, controller = window
    ops.add_contact(workspace, ContactCard(full_name="Siobhán Ní Bhriain", company="Northwind Analytics",
                                           notes="Met at the Dublin careers fair"))
    path = tmp_path / "Connections.csv"
    path.write_text(CONNECTIONS, encoding="utf-8-sig")
    main.files_dropped.emit([path])
    wait_for_tasks(qtbot, controller.runner)
    assert "Connections.csv: 1 added, 1 updated with new details" in shown_box(main).text()
    cards = {c.full_name: c for _, c in ops.list_contacts(workspace)}
    assert cards["Siobhán Ní Bhriain"].linkedin == "https://www.linkedin.com/in/siobhan-ni-bhriain"
    assert cards["Siobhán Ní Bhriain"].notes == "Met at the Dublin careers fair"
    assert cards["Bartholomew Okonkwo-Fitzgerald"].notes == "LinkedIn connection since 17 March 2021."
    main.undo_import_action.trigger()
    wait_for_tasks(qtbot, controller.runner)
    assert [c.full_name for _, c in ops.list_contacts(workspace)] == ["Siobhán Ní Bhriain"]


def test_a_linkedin_file_with_a_changed_header_names_the_missing_columns_and_adds_nothing(qtbot, workspace, window,
                                                                                          tmp_path):
    main, controller = window
    path = tmp_path / "Connections.csv"
    path.write_text("Notes:\n\nVorname,Nachname,URL,E-Mail-Adresse,Unternehmen,Position\nA,B,C,,D,E\n",
                    encoding="utf-8")
    main.files_dropped.emit([path])
    wait_for_tasks(qtbot, controller.runner)
    box = shown_box(main)
    assert "Connections.csv: not imported" in box.text()
    assert "lacks First Name, Last Name, Company" in box.detailedText()
    assert ops.list_contacts(workspace) == [] and list_batches(workspace) == []


def test_a_dropped_mailbox_is_read_in_the_background_and_its_findings_shown(qtbot, workspace, window, tmp_path):
    from tests.operations.test_mail_transfer import OWN, a_mailbox

    main, controller = window
    controller.save_settings(replace(workspace.settings, your_email=OWN))  # the user's own promise is not theirs
    main.files_dropped.emit([a_mailbox(tmp_path / "Applications.mbox")])
    wait_for_tasks(qtbot, controller.runner)
    dialog = shown(main, MailFindingsDialog)
    assert dialog.windowTitle() == "What the emails held"
    assert [b.text() for b in dialog.card_buttons] == ["Open their card…"]  # the invitation's organiser
    ((decision, targets, _, _),) = dialog.decision_rows
    assert decision.sentence == "We will be in touch within two weeks about the decision."
    assert targets.currentText().startswith("Harbourline — Platform Engineer")


def test_a_mailbox_proposing_hundreds_lists_the_first_and_says_how_many(qtbot, workspace, window):
    from desktop.core.cards import ContactCard as Card
    from desktop.operations.transfer_types import ImportReport, MailFindings, ProposedCard, ProposedDecision
    from desktop.ui.interviews.mail_findings import MAX_ROWS

    main, controller = window
    findings = MailFindings("All Mail.mbox", cards=[ProposedCard(Card(full_name=f"Person {n}"), f"p{n}@x.example",
                                                                 "Hi") for n in range(300)],
                            decisions=[ProposedDecision(date(2026, 12, 18), "We will decide by 18 December.",
                                                        "p@x.example", "Hi", None)] * 250)
    controller.show_mail_findings(ImportReport(lines=["All Mail.mbox: …"], mail=[findings]))
    dialog = shown(main, MailFindingsDialog)
    assert len(dialog.card_buttons) == MAX_ROWS and len(dialog.decision_rows) == MAX_ROWS
    said = [label.text() for label in dialog.findChildren(QLabel) if label.text().startswith("Only the first")]
    assert said == [f"Only the first {MAX_ROWS} of each are listed (300 cards, 250 decision dates were found). A "
                    "mailbox about your applications alone lists them all."]
