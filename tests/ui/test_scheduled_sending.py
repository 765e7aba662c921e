"""Scheduled notes in the running app: sent over SMTP at their time by the app's own timer, a failure kept with
its reason, Today's Send now and Cancel schedule, and the question about notes missed while off or asleep."""

from __future__ import annotations

import time
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.agenda import ItemKind
from desktop.core.domain import NoteState
from desktop.operations import send_later, send_schedule
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.ui.controller import AppController
from desktop.ui.main_window import MainWindow
from desktop.ui.notes.missed_notes_dialog import MissedNotesDialog
from desktop.ui.notes.send_time_dialog import SendTimeDialog
from desktop.ui.system.reminder_scheduler import MAX_SLEEP
from desktop.ui.system.reminder_service import ReminderService
from desktop.ui.system.resume_watch import ResumeWatcher
from tests.conftest import NOW
from tests.dialog_helpers import showing, shown
from tests.mail_helpers import Recorder, free_port
from tests.ui.app_helpers import open_window
from tests.ui.fakes import FakeNotifier
from tests.ui.notes_helpers import BODY, person, write_zoes_note

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


class RunningClock:
    """The workspace's clock: starts at NOW and runs at the real pace, so the app's real timer can reach a time."""

    def __init__(self) -> None:
        self.base, self.started = NOW, time.monotonic()

    def __call__(self):
        return self.base + timedelta(seconds=time.monotonic() - self.started)

    def jump(self, by: timedelta) -> None:
        """The computer was off or asleep for `by`."""
        self.base += by


@pytest.fixture
def ws(sample_workspace):
    write_zoes_note(sample_workspace)
    sample_workspace.clock = RunningClock()
    return sample_workspace


@pytest.fixture
def server(ws, smtp_server):
    handler = Recorder()
    controller = smtp_server(handler)
    ws.settings.smtp_host, ws.settings.smtp_port, ws.settings.smtp_security = "127.0.0.1", controller.port, "none"
    return handler


@pytest.fixture
def start_app(qtbot, ws, tmp_path, monkeypatch):
    """The window, its controller and the reminder service, as the app starts them; stopped after the test."""
    started = []

    def start(resume_watcher: object = None) -> tuple[MainWindow, ReminderService, FakeNotifier]:
        window, controller, state = open_window(qtbot, ws, tmp_path, monkeypatch)
        notifier = FakeNotifier()
        service = ReminderService(controller, state, notifier=notifier, with_tray=False,
                                  resume_watcher=resume_watcher)
        started.append(service)
        return window, service, notifier

    yield start
    for service in started:
        service.scheduler.timer.stop()
        service.sending.timer.stop()
        # a send begun by the test ends on its own; on a busy machine that took over 10 s
        qtbot.waitUntil(lambda s=service: s.sending.outbox.sender.sending is None, timeout=40_000)


def schedule_zoe(ws, after: timedelta):
    zoe = person(ws, "Zoë")
    send_later.schedule(ws, zoe.interview_id, zoe.contact_id, ws.now() + after)
    return person(ws, "Zoë")


def test_the_apps_timer_sends_the_note_over_smtp_at_its_time(qtbot, ws, server, start_app):
    scheduled = schedule_zoe(ws, timedelta(seconds=2)).scheduled_at
    _, service, notifier = start_app()
    assert service.sending.timer.isActive() and service.sending.timer.interval() <= 2000
    assert server.envelopes == []  # not before its time
    qtbot.waitUntil(lambda: person(ws, "Zoë").state is NoteState.SENT, timeout=15000)
    zoe = person(ws, "Zoë")
    assert scheduled <= zoe.sent_at < scheduled + send_schedule.MISSED_AFTER and zoe.scheduled_at is None
    [envelope] = server.envelopes
    message = message_from_bytes(envelope.content, policy=policy.default)
    assert envelope.rcpt_tos == ["zoe.lindqvist@northwind.example"] and message["Subject"] == "Thank you, Zoë"
    assert message.get_content().replace("\r\n", "\n").strip() == BODY
    qtbot.waitUntil(lambda: ("send:Note to Zoë Lindqvist sent", "Note to Zoë Lindqvist sent",
                             "Northwind Analytics · Senior Product Designer") in notifier.shown)
    assert service.sending.timer.interval() == MAX_SLEEP.total_seconds() * 1000  # nothing left: the longest nap


def test_a_failed_send_stays_scheduled_with_its_reason_and_is_not_tried_again(qtbot, ws, start_app):
    ws.settings.smtp_host, ws.settings.smtp_port, ws.settings.smtp_security = "127.0.0.1", free_port(), "none"
    schedule_zoe(ws, timedelta(seconds=1))
    window, service, notifier = start_app()
    qtbot.waitUntil(lambda: person(ws, "Zoë").send_error != "", timeout=15000)
    zoe = person(ws, "Zoë")
    assert zoe.is_scheduled and zoe.state is NoteState.DRAFT and zoe.body == BODY
    assert "connection refused" in zoe.send_error and "Settings → Mail" in zoe.send_error
    [(_, title, body)] = [n for n in notifier.shown if n[0].startswith("send:")]
    assert title == "Note to Zoë Lindqvist not sent" and "It stays scheduled" in body
    qtbot.waitUntil(lambda: service.sending.outbox.sender.sending is None)
    service.sending.check()  # the next wake-up: a failed note is not tried again by itself
    assert service.sending.outbox.current is None and service.sending.outbox.queue == []
    [item] = [i for i in window.today.model.rows() if getattr(i, "kind", None) is ItemKind.SCHEDULED]
    assert item.title.startswith("Note to Zoë Lindqvist was not sent at")


def select_scheduled(window):
    today = window.today
    row = next(n for n, r in enumerate(today.model.rows()) if getattr(r, "kind", None) is ItemKind.SCHEDULED)
    today.table.selectRow(row)
    return today


def test_today_lists_the_scheduled_note_with_send_now_and_cancel(qtbot, ws, server, start_app):
    schedule_zoe(ws, timedelta(hours=6))
    window, _, _ = start_app()
    today = select_scheduled(window)
    assert today.selected_item().title == "Note to Zoë Lindqvist goes out at 18:00"
    assert today.send_scheduled_button.isVisible() and today.cancel_schedule_button.isVisible()
    assert not today.snooze_hour.isVisible() and today.action_button.text() == "Open the note"
    qtbot.mouseClick(today.cancel_schedule_button, Qt.MouseButton.LeftButton)
    zoe = person(ws, "Zoë")
    assert zoe.scheduled_at is None and zoe.body == BODY and zoe.state is NoteState.DRAFT
    assert not [r for r in today.model.rows() if getattr(r, "kind", None) is ItemKind.SCHEDULED]

    schedule_zoe(ws, timedelta(hours=6))
    window.findChild(AppController).bus.published.emit(ChangeSet.of(RecordKind.NOTE))  # as scheduling does
    today = select_scheduled(window)
    qtbot.mouseClick(today.send_scheduled_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: person(ws, "Zoë").state is NoteState.SENT, timeout=15000)
    assert len(server.envelopes) == 1


def test_notes_missed_while_the_computer_was_off_are_asked_about_at_start(qtbot, ws, server, start_app):
    schedule_zoe(ws, timedelta(hours=1))
    ws.clock.jump(timedelta(hours=3))  # the computer was off when it was due
    window, service, _ = start_app()
    dialog = shown(window, MissedNotesDialog)
    assert [n.full_name for n in dialog.selected()] == ["Zoë Lindqvist"]
    assert dialog.model.index(0, 2).data() == "Wed, 25 Nov 2026, 13:00"
    assert service.sending.outbox.current is None and server.envelopes == []  # nothing goes out unseen
    qtbot.waitUntil(dialog.table.hasFocus)  # the list of notes has the keyboard
    assert dialog.keep_button.isDefault() and not dialog.send_button.isDefault()
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter keeps them as drafts: nothing goes out unread
    zoe = person(ws, "Zoë")
    assert zoe.scheduled_at is None and zoe.body == BODY and zoe.state is NoteState.DRAFT
    assert not showing(window, MissedNotesDialog) and server.envelopes == []


def test_a_missed_note_can_be_sent_now_from_the_question(qtbot, ws, server, start_app):
    schedule_zoe(ws, timedelta(hours=1))
    ws.clock.jump(timedelta(hours=3))
    window, _, _ = start_app()
    qtbot.mouseClick(shown(window, MissedNotesDialog).send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: person(ws, "Zoë").state is NoteState.SENT, timeout=15000)
    assert len(server.envelopes) == 1 and not showing(window, MissedNotesDialog)


def test_a_note_missed_in_sleep_is_asked_about_on_resume_and_gets_a_new_time(qtbot, ws, server, start_app):
    watcher = ResumeWatcher()
    window, service, _ = start_app(resume_watcher=watcher)
    schedule_zoe(ws, timedelta(minutes=30))
    service.sending.check()
    assert not showing(window, MissedNotesDialog)
    ws.clock.jump(timedelta(hours=2))  # asleep through its time
    watcher.resumed.emit()
    dialog = shown(window, MissedNotesDialog)
    assert server.envelopes == []
    qtbot.mouseClick(dialog.new_time_button, Qt.MouseButton.LeftButton)
    picker = shown(dialog, SendTimeDialog)
    picker.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    zoe = person(ws, "Zoë")
    assert zoe.scheduled_at == picker.moment() and zoe.scheduled_at > ws.now() and zoe.state is NoteState.DRAFT
    assert not showing(window, MissedNotesDialog) and server.envelopes == []
