"""The interview editor: times across zones, the next-steps phrase, live deadlines, and what gets saved."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from desktop.core.cards import ContactCard
from desktop.core.domain import InterviewKind
from desktop.operations import opportunities as opps
from desktop.operations.contacts import add_contact
from desktop.operations.people_met import people_met
from desktop.ui.bus import DataBus
from desktop.ui.interview_dialog import UTC_ZONE, InterviewDialog
from desktop.ui.pages.base import PageContext

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@dataclass(frozen=True)
class FakePhrase:
    decision_date: date | None
    explanation: str


@pytest.fixture
def phrases(monkeypatch):
    """A stand-in phrase reader that knows one phrase, so the dialog's handling is tested on its own."""
    module = types.ModuleType("desktop.core.phrases")

    def parse_next_steps(text: str, said_on: date) -> FakePhrase:
        if "two weeks" in text:
            return FakePhrase(said_on + timedelta(days=14), "two weeks after the interview")
        return FakePhrase(None, "no date or time frame found")

    module.parse_next_steps = parse_next_steps
    monkeypatch.setitem(sys.modules, "desktop.core.phrases", module)
    return module


@pytest.fixture
def opportunity(workspace):
    return opps.add_opportunity(workspace, "Acme", "Designer")


def _dialog(qtbot, workspace, opportunity, interview_id=None) -> InterviewDialog:
    dialog = InterviewDialog(PageContext(workspace, DataBus(), lambda *_: None), opportunity, interview_id)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def _set(edit, year, month, day, hour, minute=0):
    edit.setDateTime(QDateTime(QDate(year, month, day), QTime(hour, minute), UTC_ZONE))


def test_a_new_interview_defaults_to_tomorrow_in_the_workspace_zone(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    assert dialog.zone_combo.currentText() == "Europe/Berlin"
    start, end = dialog.times()
    assert start.date() == date(2026, 11, 26) and start.hour == 10 and end - start == timedelta(hours=1)
    assert dialog.here_label.text() == ""


def test_another_zone_shows_both_clocks(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    _set(dialog.start_edit, 2026, 12, 1, 10)
    dialog.zone_combo.setCurrentText("America/New_York")
    assert dialog.here_label.text().startswith("10:00 in New York = 16:00 here (Berlin)")


def test_changing_the_end_and_the_decision_moves_the_derived_dates(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    _set(dialog.start_edit, 2026, 11, 26, 10)
    _set(dialog.end_edit, 2026, 11, 26, 11)
    assert dialog.note_due_label.text() == "Sat 28 Nov 2026, 11:00"
    assert dialog.call_label.text() == "Thu 10 Dec 2026, 09:30"  # 10 working days, nothing promised
    _set(dialog.end_edit, 2026, 11, 26, 23, 30)
    assert dialog.note_due_label.text() == "Sat 28 Nov 2026, 22:00"  # pulled out of quiet hours
    dialog.decision_check.setChecked(True)
    dialog.decision_edit.setDate(QDate(2026, 12, 4))
    assert dialog.call_label.text() == "Mon 7 Dec 2026, 09:30"  # a working day after the promise
    assert dialog.move_on_label.text() == "Mon 14 Dec 2026, 09:30"


def test_a_start_after_the_end_pushes_the_end(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    _set(dialog.start_edit, 2026, 12, 3, 15)
    start, end = dialog.times()
    assert end - start == timedelta(hours=1)


def test_a_phrase_is_read_back_and_used_only_when_confirmed(qtbot, workspace, opportunity, phrases):
    dialog = _dialog(qtbot, workspace, opportunity)
    _set(dialog.start_edit, 2026, 11, 26, 10)
    qtbot.keyClicks(dialog.steps_edit, "within two weeks")
    assert dialog.understood_label.text() == "within two weeks → Thu 10 Dec 2026"
    assert dialog.use_date_button.isVisible() and not dialog.decision_check.isChecked()
    qtbot.mouseClick(dialog.use_date_button, Qt.MouseButton.LeftButton)
    assert dialog.decision_date() == date(2026, 12, 10)
    assert dialog.call_label.text() == "Fri 11 Dec 2026, 09:30"
    assert not dialog.use_date_button.isEnabled()  # already in use


def test_an_unreadable_phrase_says_so_and_guesses_nothing(qtbot, workspace, opportunity, phrases):
    dialog = _dialog(qtbot, workspace, opportunity)
    qtbot.keyClicks(dialog.steps_edit, "we will be in touch")
    assert "No date could be read" in dialog.understood_label.text()
    assert "nothing was guessed" in dialog.understood_label.text()
    assert not dialog.use_date_button.isVisible() and dialog.decision_date() is None


def test_without_a_phrase_reader_the_date_is_entered_by_hand(qtbot, workspace, opportunity, monkeypatch):
    monkeypatch.setitem(sys.modules, "desktop.core.phrases", None)  # importing it raises ImportError
    dialog = _dialog(qtbot, workspace, opportunity)
    qtbot.keyClicks(dialog.steps_edit, "within two weeks")
    assert dialog.understood_label.text() == "Enter the promised date below."
    assert not dialog.use_date_button.isVisible()


def test_saving_writes_what_was_entered(qtbot, sample_workspace):
    northwind = next(r for r in opps.list_opportunities(sample_workspace) if r.company == "Northwind Analytics")
    dialog = _dialog(qtbot, sample_workspace, northwind.id)
    saved = []
    dialog.saved.connect(saved.append)
    _set(dialog.start_edit, 2026, 12, 2, 9, 30)
    _set(dialog.end_edit, 2026, 12, 2, 10, 15)
    dialog.zone_combo.setCurrentText("America/Los_Angeles")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(InterviewKind.ON_SITE))
    qtbot.keyClicks(dialog.location_edit, "400 Pine Street")
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findText("Dana Whitfield", Qt.MatchFlag.MatchStartsWith))
    qtbot.keyClicks(dialog.steps_edit, "By 15 December")
    dialog.decision_check.setChecked(True)
    dialog.decision_edit.setDate(QDate(2026, 12, 15))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and saved
    stored = opps.get_interview(sample_workspace, saved[0])
    assert stored.starts_at == datetime(2026, 12, 2, 17, 30, tzinfo=UTC)
    assert stored.ends_at == datetime(2026, 12, 2, 18, 15, tzinfo=UTC)
    assert (stored.time_zone, stored.kind, stored.location) == ("America/Los_Angeles", InterviewKind.ON_SITE,
                                                               "400 Pine Street")
    assert stored.process_owner == "Dana Whitfield" and stored.next_steps == "By 15 December"
    assert stored.decision_date == date(2026, 12, 15)


def test_editing_loads_and_updates_an_interview(qtbot, sample_workspace):
    northwind = next(r for r in opps.list_opportunities(sample_workspace) if r.company == "Northwind Analytics")
    panel = northwind.interviews[-1]
    dialog = _dialog(qtbot, sample_workspace, northwind.id, panel.id)
    assert dialog.times()[0] == panel.starts_at
    assert dialog.decision_date() == panel.decision_date
    assert dialog.people.isVisible() and not dialog.save_and_add_button.isVisible()
    assert dialog.people.model.index(0, 0).data() == "Dana Whitfield"
    assert dialog.owner_combo.currentData() == panel.process_owner_id
    dialog.decision_check.setChecked(False)
    dialog.save()
    assert opps.get_interview(sample_workspace, panel.id).decision_date is None


def test_an_unknown_zone_is_refused_and_the_dialog_stays(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    dialog.zone_combo.setEditText("Mars/Olympus")
    assert dialog.call_label.text() == "—" and "Choose a time zone" in dialog.here_label.text()
    dialog.save()
    assert "not a time zone name" in dialog.error_label.text() and dialog.isVisible()
    assert opps.get_opportunity(workspace, opportunity).interviews == ()


def test_a_new_interview_is_saved_before_people_are_added_and_the_dialog_stays(qtbot, sample_workspace):
    northwind = next(r for r in opps.list_opportunities(sample_workspace) if r.company == "Northwind Analytics")
    dialog = _dialog(qtbot, sample_workspace, northwind.id)
    saved = []
    dialog.saved.connect(saved.append)
    assert not dialog.people.isVisible() and dialog.people_hint.isVisible()
    qtbot.mouseClick(dialog.save_and_add_button, Qt.MouseButton.LeftButton)
    assert saved and dialog.interview_id == saved[0] and dialog.isVisible()
    assert dialog.windowTitle() == "Edit interview" and dialog.people.isVisible()
    assert not dialog.save_and_add_button.isVisible() and not dialog.people_hint.isVisible()
    picker = dialog.people.picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.search, "Whitfield")
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in people_met(sample_workspace, dialog.interview_id)] == ["Dana Whitfield"]
    qtbot.keyClicks(dialog.people.memorable, "Her map of the design org")
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findText("Dana Whitfield", Qt.MatchFlag.MatchStartsWith))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and saved == [dialog.interview_id, dialog.interview_id]  # updated, not re-created
    assert len(opps.get_opportunity(sample_workspace, northwind.id).interviews) == len(northwind.interviews) + 1
    assert people_met(sample_workspace, dialog.interview_id)[0].memorable == "Her map of the design org"
    assert opps.get_interview(sample_workspace, dialog.interview_id).process_owner == "Dana Whitfield"


def test_people_added_come_first_among_the_process_owner_choices(qtbot, workspace, opportunity):
    for name in ("Ada Brandt", "Zed Quint"):
        add_contact(workspace, ContactCard(full_name=name))
    dialog = _dialog(qtbot, workspace, opportunity)
    assert [dialog.owner_combo.itemText(i) for i in range(3)] == ["Nobody named", "Ada Brandt", "Zed Quint"]
    dialog.save_and_add_people()
    qtbot.keyClicks(dialog.people.picker.search, "Zed")
    qtbot.mouseClick(dialog.people.picker.ok_button, Qt.MouseButton.LeftButton)
    assert [dialog.owner_combo.itemText(i) for i in range(3)] == ["Nobody named", "Zed Quint", "Ada Brandt"]
