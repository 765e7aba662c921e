"""Sending a note from the composer: a real SMTP server on loopback, the mail program link, the clipboard."""

from __future__ import annotations

from email import message_from_bytes, policy
from urllib.parse import unquote

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.core.domain import NoteState
from desktop.delivery import secrets
from desktop.operations import notes as notes_ops
from desktop.ui.pages.note_sending import PasswordDialog
from tests.conftest import NOW
from tests.dialog_helpers import showing, shown, shown_box
from tests.mail_helpers import Recorder, free_port, only_sam
from tests.ui.notes_helpers import BODY, build_page, open_person, person, write_zoes_note


@pytest.fixture
def ready_zoe(sample_workspace):
    """Zoë's note by email, written in full, with the sender set up."""
    write_zoes_note(sample_workspace)
    return sample_workspace


def use_server(ws, controller: Controller, user: str = "") -> None:
    ws.settings.smtp_host, ws.settings.smtp_port = "127.0.0.1", controller.port
    ws.settings.smtp_security, ws.settings.smtp_user = "none", user


def test_send_now_delivers_and_marks_sent_with_its_time(qtbot, ready_zoe, smtp_server):
    handler = Recorder()
    controller = smtp_server(handler)
    use_server(ready_zoe, controller)
    page = build_page(qtbot, ready_zoe)
    open_person(page, ready_zoe, "Zoë")
    qtbot.mouseClick(page.composer.view.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: person(ready_zoe, "Zoë").state is NoteState.SENT, timeout=10000)
    zoe = person(ready_zoe, "Zoë")
    assert zoe.sent_at == NOW
    [envelope] = handler.envelopes
    assert envelope.rcpt_tos == ["zoe.lindqvist@northwind.example"]
    message = message_from_bytes(envelope.content, policy=policy.default)
    assert message["Subject"] == "Thank you, Zoë" and "field notes" in message.get_content()
    qtbot.waitUntil(lambda: page.people_model.index(2, 1).data() == "sent")
    assert page.composer.view.body.isReadOnly() and not page.composer.view.send_button.isEnabled()


def test_a_failed_send_keeps_the_draft_and_says_why(qtbot, ready_zoe):
    ready_zoe.settings.smtp_host, ready_zoe.settings.smtp_port = "127.0.0.1", free_port()  # nothing listens
    ready_zoe.settings.smtp_security = "none"
    page = build_page(qtbot, ready_zoe)
    open_person(page, ready_zoe, "Zoë")
    qtbot.mouseClick(page.composer.view.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(showing(page, QMessageBox)) and page.sender.sending is None, timeout=10000)
    text = shown_box(page).text()
    assert "was not sent" in text and "connection refused" in text and "Settings → Mail" in text
    zoe = person(ready_zoe, "Zoë")
    assert zoe.state is NoteState.DRAFT and zoe.sent_at is None and zoe.body == BODY
    assert page.composer.view.send_button.isEnabled() and page.composer.view.send_button.text() == "Send now"


def test_the_password_is_asked_once_and_remembered_in_the_keyring(qtbot, ready_zoe, smtp_server, memory_keyring):
    handler = Recorder()
    controller = smtp_server(handler, authenticator=only_sam, auth_require_tls=False)
    use_server(ready_zoe, controller, user="sam")
    page = build_page(qtbot, ready_zoe)
    open_person(page, ready_zoe, "Zoë")
    qtbot.mouseClick(page.composer.view.send_button, Qt.MouseButton.LeftButton)
    dialog = shown(page, PasswordDialog)
    qtbot.keyClicks(dialog.password, "right")
    dialog.remember.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: person(ready_zoe, "Zoë").state is NoteState.SENT and page.sender.sending is None,
                    timeout=10000)
    assert secrets.load_password("sam", "127.0.0.1") == "right"
    # The next note goes out with the kept password and no question.
    dana = open_person(page, ready_zoe, "Dana")
    notes_ops.save_draft(ready_zoe, dana.interview_id, dana.contact_id, "Thank you, Dana",
                         BODY.replace("Zoë", "Dana"))
    page.refresh()
    qtbot.mouseClick(page.composer.view.send_button, Qt.MouseButton.LeftButton)
    assert not showing(page, PasswordDialog)
    qtbot.waitUntil(lambda: person(ready_zoe, "Dana").state is NoteState.SENT, timeout=10000)
    assert len(handler.envelopes) == 2


def send_zoe(qtbot, ready_zoe, controller):
    """The Notes page on Zoë's note, with Send now clicked."""
    use_server(ready_zoe, controller, user="sam")
    page = build_page(qtbot, ready_zoe)
    open_person(page, ready_zoe, "Zoë")
    qtbot.mouseClick(page.composer.view.send_button, Qt.MouseButton.LeftButton)
    return page


def type_password(qtbot, page, password: str, remember: bool) -> None:
    dialog = shown(page, PasswordDialog)
    qtbot.keyClicks(dialog.password, password)
    dialog.remember.setChecked(remember)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def asked_again(qtbot, page):
    qtbot.waitUntil(lambda: page.sender.sending is None and bool(showing(page, PasswordDialog)), timeout=10000)
    return shown(page, PasswordDialog)


def test_a_mistyped_password_is_never_remembered_and_is_asked_again(qtbot, ready_zoe, smtp_server, memory_keyring):
    handler = Recorder()
    page = send_zoe(qtbot, ready_zoe, smtp_server(handler, authenticator=only_sam, auth_require_tls=False))
    type_password(qtbot, page, "rihgt", remember=True)
    dialog = asked_again(qtbot, page)
    assert dialog.problem.isVisible() and "refused the password for user sam" in dialog.problem.text()
    assert "was not sent" in dialog.problem.text() and dialog.password.text() == ""
    assert memory_keyring.entries == {} and person(ready_zoe, "Zoë").state is NoteState.DRAFT
    type_password(qtbot, page, "right", remember=True)  # it works: only now is it kept
    qtbot.waitUntil(lambda: person(ready_zoe, "Zoë").state is NoteState.SENT and page.sender.sending is None,
                    timeout=10000)
    assert secrets.load_password("sam", "127.0.0.1") == "right" and len(handler.envelopes) == 1


def test_a_stored_password_the_server_refuses_is_forgotten_and_asked_for(qtbot, ready_zoe, smtp_server,
                                                                         memory_keyring):
    secrets.store_password("sam", "127.0.0.1", "wrong")
    page = send_zoe(qtbot, ready_zoe, smtp_server(Recorder(), authenticator=only_sam, auth_require_tls=False))
    dialog = asked_again(qtbot, page)
    assert "refused the password" in dialog.problem.text()
    assert secrets.load_password("sam", "127.0.0.1") is None
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert page.sender.sending is None and person(ready_zoe, "Zoë").state is NoteState.DRAFT
    assert memory_keyring.entries == {}


def test_a_password_not_to_remember_is_used_once_and_not_kept(qtbot, ready_zoe, smtp_server, memory_keyring):
    page = send_zoe(qtbot, ready_zoe, smtp_server(Recorder(), authenticator=only_sam, auth_require_tls=False))
    type_password(qtbot, page, "right", remember=False)
    qtbot.waitUntil(lambda: person(ready_zoe, "Zoë").state is NoteState.SENT and page.sender.sending is None,
                    timeout=10000)
    assert memory_keyring.entries == {}


@pytest.mark.parametrize(("body", "email", "expected"), [
    ("Dear Zoë,\n\n[memorable]\n\nSam Rivera", "zoe.lindqvist@northwind.example", "Still to fill in: “[memorable]”"),
    (BODY.replace("Sam Rivera", "[your_name]"), "zoe.lindqvist@northwind.example",
     "Still to fill in: “[your_name]” (your name is set under Settings → You)"),
    (BODY.replace("Sam Rivera", ""), "zoe.lindqvist@northwind.example", "does not end with your name (Sam Rivera)"),
    (BODY.replace("Zoë", "Zoe"), "zoe.lindqvist@northwind.example", "is not spelled as on the card"),
    ("   ", "zoe.lindqvist@northwind.example", "The note is empty"),
    (BODY, "", "has no email address"),
    (BODY, "zoe at northwind", "is not valid"),
])
def test_nothing_is_sent_that_should_not_be(qtbot, ready_zoe, body, email, expected, monkeypatch):
    from desktop.storage.models import ContactEmail

    zoe = person(ready_zoe, "Zoë")
    notes_ops.save_draft(ready_zoe, zoe.interview_id, zoe.contact_id, "Thank you", body)
    with ready_zoe.session() as session:
        for row in session.query(ContactEmail).filter_by(contact_id=zoe.contact_id):
            if email:
                row.address = email
            else:
                session.delete(row)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = build_page(qtbot, ready_zoe)
    open_person(page, ready_zoe, "Zoë")
    if not body.strip():  # a blank note is filled from the template when opened; the user then clears it
        page.composer.view.body.selectAll()
        qtbot.keyClick(page.composer.view.body, Qt.Key.Key_Delete)
    for button in (page.composer.view.send_button, page.composer.view.mail_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert expected in shown_box(page).text()
        assert page.sender.sending is None
    assert not opened and person(ready_zoe, "Zoë").state is NoteState.DRAFT


def test_open_in_mail_program_hands_over_an_encoded_link_then_asks(qtbot, ready_zoe, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = build_page(qtbot, ready_zoe)
    open_person(page, ready_zoe, "Zoë")
    qtbot.mouseClick(page.composer.view.mail_button, Qt.MouseButton.LeftButton)
    [url] = opened
    encoded = bytes(url.toEncoded()).decode()
    assert encoded.startswith("mailto:zoe.lindqvist@northwind.example?subject=Thank%20you%2C%20Zo%C3%AB&body=")
    assert "%0D%0A%0D%0AThank%20you" in encoded and " " not in encoded
    assert unquote(encoded.split("body=")[1]) == BODY.replace("\n", "\r\n")
    box = shown_box(page)
    assert "Did the note go out?" in box.text() and person(ready_zoe, "Zoë").state is NoteState.DRAFT
    box.button(QMessageBox.StandardButton.Yes).click()
    assert person(ready_zoe, "Zoë").state is NoteState.SENT and person(ready_zoe, "Zoë").sent_at == NOW


def test_a_note_too_long_for_a_link_is_copied_instead(qtbot, ready_zoe, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    zoe = person(ready_zoe, "Zoë")
    filler = "Ünïcode text takes nine characters a letter once encoded. " * 40
    long_body = BODY.replace("\n\nBest wishes", f"\n\n{filler}\n\nBest wishes")
    notes_ops.save_draft(ready_zoe, zoe.interview_id, zoe.contact_id, "Thank you", long_body)
    page = build_page(qtbot, ready_zoe)
    open_person(page, ready_zoe, "Zoë")
    qtbot.mouseClick(page.composer.view.mail_button, Qt.MouseButton.LeftButton)
    assert not opened
    assert QGuiApplication.clipboard().text() == long_body
    assert "too long" in shown_box(page).text()


def test_copy_puts_the_note_on_the_clipboard_and_not_yet_keeps_it_a_draft(qtbot, ready_zoe):
    page = build_page(qtbot, ready_zoe)
    open_person(page, ready_zoe, "Zoë")
    qtbot.mouseClick(page.composer.view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == BODY
    shown_box(page).button(QMessageBox.StandardButton.No).click()
    assert person(ready_zoe, "Zoë").state is NoteState.DRAFT


def test_copy_refuses_a_draft_still_signed_with_the_placeholder_and_says_why(qtbot, ready_zoe):
    zoe = person(ready_zoe, "Zoë")
    notes_ops.save_draft(ready_zoe, zoe.interview_id, zoe.contact_id, "Thank you",
                         BODY.replace("Sam Rivera", "[your_name]"))
    QGuiApplication.clipboard().setText("before")
    page = build_page(qtbot, ready_zoe)
    open_person(page, ready_zoe, "Zoë")
    qtbot.mouseClick(page.composer.view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "before"
    assert "not ready to go out: Still to fill in: “[your_name]”" in shown_box(page).text()
    assert "Correct it in the note composer" in shown_box(page).text()
    checks = {check.name: check for check in page.composer.view.checks_model.checks()}
    assert checks["placeholders"].level == "error" and "Settings → You" in checks["placeholders"].reason


def test_a_second_send_while_one_is_on_its_way_says_so(qtbot, ready_zoe, smtp_server, memory_keyring):
    controller = smtp_server(Recorder())
    use_server(ready_zoe, controller)
    page = build_page(qtbot, ready_zoe)
    open_person(page, ready_zoe, "Zoë")
    row = page.composer.row
    page.sender.send_now(row)  # no event is processed in between: the first is surely still on its way
    page.sender.send_now(row)
    assert "still being sent" in shown_box(page).text()
    qtbot.waitUntil(lambda: page.sender.sending is None, timeout=10000)
    assert person(ready_zoe, "Zoë").state is NoteState.SENT
