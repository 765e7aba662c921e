"""Send later from the composer, through its real buttons and menu: scheduling locks the note, cancelling keeps
the draft; a picked time shows the timing warnings; Send now from the car park offers a better time."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.core.domain import NoteState
from desktop.delivery import secrets
from desktop.operations import notes as notes_ops
from desktop.operations import send_later
from desktop.ui.notes.send_time_dialog import SendTimeDialog
from desktop.ui.pages import composer_controller
from desktop.ui.pages.note_sending import PasswordDialog
from tests.conftest import ZONE
from tests.dialog_helpers import shown, shown_box
from tests.ui.notes_helpers import BODY, build_page, checks_by_name, open_person, person, write_zoes_note


@pytest.fixture
def ws(sample_workspace):
    """Zoë's note by email, written in full, with a mail server that needs no login."""
    write_zoes_note(sample_workspace)
    settings = sample_workspace.settings
    settings.smtp_host, settings.smtp_port, settings.smtp_security = "127.0.0.1", 2525, "none"
    return sample_workspace


def menu_action(page, label: str):
    """The Send later menu's entry, as it is filled when the menu opens."""
    menu = page.composer.view.later_menu
    menu.aboutToShow.emit()
    return next(a for a in menu.actions() if a.text() == label)


def test_scheduling_from_the_menu_locks_the_note_and_cancelling_keeps_the_draft(qtbot, ws):
    page = build_page(qtbot, ws)
    open_person(page, ws, "Zoë")
    composer = page.composer
    assert composer.view.later_button.isEnabled() and not composer.view.unschedule_button.isVisible()
    menu_action(page, "Tomorrow 08:30")
    assert [a.text() for a in composer.view.later_menu.actions()] == ["This evening 18:00", "Tomorrow 08:30", "",
                                                                 "Pick a date and time…"]
    composer.view.body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(composer.view.body, " PS")  # typed just before choosing: saved first, then scheduled as it is
    menu_action(page, "Tomorrow 08:30").trigger()
    zoe = person(ws, "Zoë")
    assert zoe.scheduled_at == datetime(2026, 11, 26, 8, 30, tzinfo=ZONE) and zoe.body == BODY + " PS"
    view = composer.view
    assert view.body.isReadOnly() and not view.subject.isEnabled() and not view.memorable.isEnabled()
    assert composer.view.unschedule_button.isVisible() and composer.view.later_button.text() == "Change time…"
    assert composer.view.schedule_state.text().startswith("Goes out tomorrow at 08:30 to zoe.lindqvist@northwind")
    row = page.people_model.row_of(zoe.contact_id)
    assert page.people_model.index(row, 1).data() == "scheduled, Thu, 26 Nov 2026, 08:30"

    qtbot.mouseClick(composer.view.unschedule_button, Qt.MouseButton.LeftButton)
    zoe = person(ws, "Zoë")
    assert zoe.scheduled_at is None and zoe.body == BODY + " PS" and zoe.state is NoteState.DRAFT
    assert not composer.view.body.isReadOnly() and composer.view.subject.isEnabled()
    assert not composer.view.unschedule_button.isVisible() and composer.view.schedule_state.text() == ""
    assert page.people_model.index(row, 1).data() == "draft"
    composer.view.body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(composer.view.body, "!")
    composer.flush()
    assert person(ws, "Zoë").body == BODY + " PS!"


def test_a_picked_time_in_quiet_hours_shows_the_warning_before_it_is_scheduled(qtbot, ws):
    page = build_page(qtbot, ws)
    open_person(page, ws, "Zoë")
    menu_action(page, "Pick a date and time…").trigger()
    dialog = shown(page, SendTimeDialog)
    assert dialog.warnings.text() == ""  # it opens on the first sensible time
    dialog.time.setTime(time(23, 15))
    assert "23:15 is inside your quiet hours (22:00–08:00)" in dialog.warnings.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert person(ws, "Zoë").scheduled_at == datetime(2026, 11, 25, 23, 15, tzinfo=ZONE)


def test_a_menu_time_after_the_deadline_asks_first(qtbot, ws):
    ws.settings.note_deadline_hours = 24  # the panel ended yesterday at 15:30: due today 15:30
    page = build_page(qtbot, ws)
    open_person(page, ws, "Zoë")
    menu_action(page, "This evening 18:00").trigger()
    box = shown_box(page)
    assert "after this note's deadline, today at 15:30" in box.text() and person(ws, "Zoë").scheduled_at is None
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert person(ws, "Zoë").scheduled_at is None
    menu_action(page, "This evening 18:00").trigger()
    anyway = next(b for b in shown_box(page).buttons() if b.text() == "Schedule anyway")
    anyway.click()
    assert person(ws, "Zoë").scheduled_at == datetime(2026, 11, 25, 18, 0, tzinfo=ZONE)


def test_send_now_from_the_car_park_offers_to_send_later(qtbot, ws):
    zoe = person(ws, "Zoë")
    ws.clock = lambda: zoe.interview_end + timedelta(minutes=4)
    page = build_page(qtbot, ws)
    open_person(page, ws, "Zoë")
    qtbot.mouseClick(page.composer.view.send_button, Qt.MouseButton.LeftButton)
    box = shown_box(page)
    assert "The interview ended 4 min ago" in box.text() and "car park" in box.text()
    assert page.sender.sending is None  # nothing goes out while the question is open
    later = next(b for b in box.buttons() if b.text() == "Send today at 18:00 instead")
    later.click()
    zoe = person(ws, "Zoë")
    assert zoe.scheduled_at == datetime(2026, 11, 24, 18, 0, tzinfo=ZONE) and zoe.state is NoteState.DRAFT


def test_send_now_on_a_note_that_cannot_go_out_says_why_before_asking_about_the_time(qtbot, ws):
    zoe = person(ws, "Zoë")
    notes_ops.save_draft(ws, zoe.interview_id, zoe.contact_id, "Thank you, Zoë",
                         BODY.replace("Sam Rivera", "[your_name]"))
    ws.settings.your_name = ""
    ws.clock = lambda: zoe.interview_end + timedelta(minutes=4)  # a time the timing question would ask about
    page = build_page(qtbot, ws)
    open_person(page, ws, "Zoë")
    qtbot.mouseClick(page.composer.view.send_button, Qt.MouseButton.LeftButton)
    box = shown_box(page)
    assert box.text().startswith("The note to Zoë Lindqvist is not ready to go out: Still to fill in: “[your_name]”")
    assert "car park" not in box.text() and not any("instead" in b.text() for b in box.buttons())
    assert page.sender.sending is None and person(ws, "Zoë").state is NoteState.DRAFT


def test_the_timing_check_follows_the_clock_while_the_note_is_on_screen(qtbot, ws, monkeypatch):
    monkeypatch.setattr(composer_controller, "CLOCK_MS", 50)  # a minute, shortened
    zoe = person(ws, "Zoë")
    now = zoe.interview_end + timedelta(minutes=4)
    ws.clock = lambda: now
    page = build_page(qtbot, ws)
    open_person(page, ws, "Zoë")
    assert "ended 4 min ago" in checks_by_name(page)["timing"].reason
    now += timedelta(minutes=3)  # nobody types: the clock's tick asks again
    qtbot.waitUntil(lambda: "ended 7 min ago" in checks_by_name(page)["timing"].reason, timeout=2000)


def test_a_server_with_a_login_needs_the_password_kept_before_scheduling(qtbot, ws, memory_keyring):
    ws.settings.smtp_user = "sam"
    page = build_page(qtbot, ws)
    open_person(page, ws, "Zoë")
    menu_action(page, "Tomorrow 08:30").trigger()
    dialog = shown(page, PasswordDialog)
    assert dialog.remember.isChecked() and not dialog.remember.isEnabled()
    assert person(ws, "Zoë").scheduled_at is None
    qtbot.keyClicks(dialog.password, "right")
    dialog.accept()
    assert secrets.load_password("sam", "127.0.0.1") == "right"
    assert person(ws, "Zoë").scheduled_at == datetime(2026, 11, 26, 8, 30, tzinfo=ZONE)


def test_without_a_mail_server_nothing_is_scheduled_and_it_says_where_to_set_one(qtbot, ws):
    ws.settings.smtp_host = ""
    page = build_page(qtbot, ws)
    open_person(page, ws, "Zoë")
    menu_action(page, "Tomorrow 08:30").trigger()
    assert "Settings → Mail" in shown_box(page).text()
    assert person(ws, "Zoë").scheduled_at is None


def test_a_note_whose_time_passed_unsent_says_so(qtbot, ws):
    zoe = person(ws, "Zoë")
    send_later.schedule(ws, zoe.interview_id, zoe.contact_id, datetime(2026, 11, 25, 18, 0, tzinfo=ZONE))
    ws.clock = lambda: datetime(2026, 11, 25, 20, 0, tzinfo=ZONE)  # the computer was off at 18:00
    page = build_page(qtbot, ws)
    open_person(page, ws, "Zoë")
    assert page.composer.view.schedule_state.text().startswith("Was to go out today at 18:00, while the computer")
    assert page.composer.view.body.isReadOnly() and page.composer.view.unschedule_button.isVisible()


def test_a_scheduled_note_says_when_in_german(qtbot, ws, german):
    zoe = person(ws, "Zoë")
    send_later.schedule(ws, zoe.interview_id, zoe.contact_id, datetime(2026, 12, 4, 8, 30, tzinfo=ZONE))
    page = build_page(qtbot, ws)
    open_person(page, ws, "Zoë")
    assert page.composer.view.schedule_state.text().startswith("Geht Fr., 4. Dez. 2026 um 08:30 an zoe.lindqvist@")
