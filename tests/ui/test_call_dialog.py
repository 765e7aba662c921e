"""The call screen: fill the log form like a user, and see the opportunity move."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.core.agenda import ItemKind
from desktop.core.domain import CallOutcome, OpportunityStatus
from desktop.operations import agenda as agenda_ops
from desktop.operations.calls import call_context, log_attempt, timeline
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.storage.models import ContactPhone, Opportunity
from desktop.ui.bus import DataBus
from desktop.ui.calls.call_dialog import CallDialog
from desktop.ui.interviews.timeline_view import TimelineView
from desktop.ui.models.timeline_model import EntryRole, TimelineModel
from desktop.ui.pages.base import PageContext
from tests.conftest import NOW
from tests.dialog_helpers import shown, shown_box


def lumen(workspace) -> int:
    with workspace.session() as session:
        return session.scalars(select(Opportunity.id).where(Opportunity.company == "Lumen Health")).one()


@pytest.fixture
def context(sample_workspace):
    return PageContext(sample_workspace, DataBus(), lambda key, target: None)


@pytest.fixture
def dialog(qtbot, context):
    window = CallDialog(context, lumen(context.workspace))
    qtbot.addWidget(window)
    window.open()
    return window


def choose(dialog: CallDialog, outcome: CallOutcome) -> None:
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome))


def test_the_screen_shows_whom_to_call_a_tel_link_and_the_guide(dialog):
    assert dialog.name_label.text() == "Marcus Bell · Director of UX Research"
    assert 'href="tel:+1-617-555-0164"' in dialog.phone_label.text() and dialog.phone_label.openExternalLinks()
    assert "(617) 555-0164" in dialog.phone_label.text()
    assert "Ask about the timeline" in dialog.guide.text() and "ask for feedback" in dialog.guide.text()


def test_went_another_direction_closes_the_opportunity_and_keeps_the_feedback(qtbot, dialog, context):
    choose(dialog, CallOutcome.ANOTHER_DIRECTION)
    qtbot.keyClicks(dialog.notes, "Marcus was kind and direct.")
    qtbot.keyClicks(dialog.feedback, "They hired someone with more survey work.")
    with qtbot.waitSignal(dialog.logged), qtbot.waitSignal(context.bus.published):
        qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with context.workspace.session() as session:
        opp = session.get(Opportunity, lumen(context.workspace))
        assert opp.status is OpportunityStatus.REJECTED and "more survey work" in opp.notes
    [attempt] = call_context(context.workspace, lumen(context.workspace)).attempts
    assert attempt.notes == "Marcus was kind and direct." and attempt.called_at == NOW.replace(second=0)


def test_still_deciding_asks_for_their_date_and_schedules_the_next_call(qtbot, dialog, context):
    choose(dialog, CallOutcome.STILL_DECIDING)
    assert dialog.has_next.isChecked() and dialog.next_date.isEnabled()
    dialog.next_date.setDate(QDate(2026, 12, 4))
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    calls = [i for i in agenda_ops.agenda(context.workspace) if i.kind is ItemKind.CALL
             and i.opportunity_id == lumen(context.workspace)]
    assert [c.due.astimezone(context.workspace.zone).date().isoformat() for c in calls] == ["2026-12-04"]


def test_a_call_in_the_future_is_refused_and_the_form_keeps_what_was_typed(qtbot, dialog, context):
    qtbot.keyClicks(dialog.notes, "Tried the main line.")
    dialog.called_at.setDateTime(dialog.called_at.dateTime().addDays(1))
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert "is in the future" in dialog.error.text() and dialog.isVisible()
    assert dialog.notes.toPlainText() == "Tried the main line."
    assert call_context(context.workspace, lumen(context.workspace)).attempts == ()


def test_a_contact_without_a_phone_is_said_plainly_and_can_still_be_logged(qtbot, context):
    with context.workspace.session() as session:
        for phone in session.scalars(select(ContactPhone)):
            session.delete(phone)
    window = CallDialog(context, lumen(context.workspace))
    qtbot.addWidget(window)
    window.open()
    assert "No phone number on the card of Marcus Bell" in window.phone_label.text()
    choose(window, CallOutcome.OFFER)
    qtbot.mouseClick(window.log_button, Qt.MouseButton.LeftButton)
    with context.workspace.session() as session:
        assert session.get(Opportunity, lumen(context.workspace)).status is OpportunityStatus.OFFER


def test_the_timer_counts_and_sets_the_call_time(qtbot, dialog):
    assert dialog.timer.display.text() == "00:00"
    qtbot.mouseClick(dialog.timer.button, Qt.MouseButton.LeftButton)
    assert dialog.timer.running() and dialog.timer.button.text() == "Stop timer"
    # Not "00:01" exactly: a tick is due each second, and one late by a busy machine (or early, as Qt's coarse
    # timers may be) shows 00:02 next, so a wait for 00:01 failed now and then.
    qtbot.waitUntil(lambda: dialog.timer.display.text() != "00:00", timeout=5000)
    qtbot.mouseClick(dialog.timer.button, Qt.MouseButton.LeftButton)
    assert not dialog.timer.running() and dialog.chosen_time() == NOW.replace(second=0)
    minutes, seconds = map(int, dialog.timer.display.text().split(":"))
    assert 1 <= minutes * 60 + seconds <= dialog.timer.seconds()  # stopped, it shows how long the call ran
    dialog.reject()


def test_today_opens_the_call_screen_and_asks_before_moving_on(qtbot, sample_workspace, tmp_path):
    from desktop.ui.controller import AppController
    from desktop.ui.main_window import MainWindow

    oid = lumen(sample_workspace)
    for hours in (30, 2):
        log_attempt(sample_workspace, oid, NOW - timedelta(hours=hours), CallOutcome.NO_ANSWER)
    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(window, sample_workspace,
                               QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    controller.refresh()
    items = {i.kind: i for i in agenda_ops.agenda(sample_workspace) if i.opportunity_id == oid}
    window.today.open_item.emit(items[ItemKind.CALL])
    shown(window, CallDialog).reject()
    window.today.open_item.emit(items[ItemKind.MOVE_ON])
    question = shown_box(window)
    assert "no response" in question.text()
    question.button(QMessageBox.StandardButton.No).click()
    with sample_workspace.session() as session:
        assert session.get(Opportunity, oid).status is OpportunityStatus.INTERVIEWING
    window.today.open_item.emit(items[ItemKind.MOVE_ON])
    shown_box(window).button(QMessageBox.StandardButton.Yes).click()
    with sample_workspace.session() as session:
        assert session.get(Opportunity, oid).status is OpportunityStatus.NO_RESPONSE
    window.today.open_item.emit(items[ItemKind.MOVE_ON])  # a proposal left open elsewhere, answered again
    shown_box(window).button(QMessageBox.StandardButton.Yes).click()
    told = shown_box(window)
    assert told.isVisible() and told.text() == "Lumen Health is already closed as no response."
    told.close()


def test_the_timeline_view_lists_the_history_and_follows_changes(qtbot, qtmodeltester, context):
    oid = lumen(context.workspace)
    view = TimelineView(context)
    qtbot.addWidget(view)
    view.set_opportunity(oid)
    model = view.timeline_model
    qtmodeltester.check(model)
    before = model.rowCount()
    assert before == len(timeline(context.workspace, oid)) and before >= 5
    log_attempt(context.workspace, oid, NOW, CallOutcome.VOICEMAIL, notes="Left my number.")
    context.bus.published.emit(ChangeSet.of(RecordKind.CALL))
    assert model.rowCount() == before + 1
    last = model.index(model.rowCount() - 1, 0)
    assert "Call to Marcus Bell: Left a voicemail" in last.data() and "Left my number." in last.data()
    assert last.data(EntryRole).kind == "call"
    view.set_opportunity(4242)
    assert model.rowCount() == 0
    assert isinstance(TimelineModel(context.workspace.zone), TimelineModel)


def test_a_call_in_the_future_is_refused_in_german_with_the_date_written_the_german_way(qtbot, german, context):
    from desktop.ui.dates import short_date_time

    window = CallDialog(context, lumen(context.workspace))
    qtbot.addWidget(window)
    window.open()
    window.called_at.setDateTime(window.called_at.dateTime().addDays(1))
    called = window.called_at.dateTime().toPython().replace(second=0, microsecond=0)
    qtbot.mouseClick(window.log_button, Qt.MouseButton.LeftButton)

    assert short_date_time(called) in window.error.text()
    assert "Zukunft" in window.error.text() and window.isVisible()
    assert call_context(context.workspace, lumen(context.workspace)).attempts == ()
