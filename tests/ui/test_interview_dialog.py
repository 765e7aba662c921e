"""The interview editor: times across zones, the next-steps phrase, live deadlines, and what gets saved.

The tests at the end type as a person does: moving the start keeps the length, a decision phrase typed in Next
steps sets the decision date at once (with Undo), and a date chosen by hand is never overwritten; each ends by
pressing Save and reading what the database holds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit

from desktop.core.cards import ContactCard
from desktop.core.domain import InterviewKind
from desktop.operations import opportunities as opps
from desktop.operations.contacts import add_contact
from desktop.operations.people_met import people_met
from desktop.ui.bus import DataBus
from desktop.ui.cards.contact_picker import ContactPickerDialog
from desktop.ui.cards.people_met import PeopleMetWidget
from desktop.ui.interviews.interview_dialog import UTC_ZONE, InterviewDialog
from desktop.ui.interviews.interview_dialog_controller import InterviewDialogController
from desktop.ui.pages.base import PageContext
from tests.dialog_helpers import shown
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
Section = QDateTimeEdit.Section


@pytest.fixture
def opportunity(workspace):
    return opps.add_opportunity(workspace, "Acme", "Designer").id


def _dialog(qtbot, workspace, opportunity, interview_id=None) -> InterviewDialog:
    context = PageContext(workspace, DataBus(), lambda *_: None)
    dialog = InterviewDialog(workspace.zone, PeopleMetWidget(context))
    InterviewDialogController(dialog, context, opportunity, interview_id)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def _saved(dialog: InterviewDialog) -> list[int]:
    """The ids the dialog reports as written, from now on."""
    saved: list[int] = []
    dialog.findChild(InterviewDialogController).saved.connect(saved.append)
    return saved


def _click_save(qtbot, dialog: InterviewDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


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


def test_the_clocks_and_derived_dates_read_german(qtbot, german, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    _set(dialog.start_edit, 2026, 12, 1, 10)
    dialog.zone_combo.setCurrentText("America/New_York")
    assert dialog.here_label.text() == "10:00 in New York = 16:00 hier (Berlin), Di., 1. Dez. 2026"
    assert dialog.note_due_label.text() == "Do., 3. Dez. 2026, 17:00"
    assert dialog.end_edit.text() == "Di., 1. Dez. 2026, 11:00"


def test_changing_the_end_and_the_decision_moves_the_derived_dates(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    _set(dialog.start_edit, 2026, 11, 26, 10)
    _set(dialog.end_edit, 2026, 11, 26, 11)
    assert dialog.note_due_label.text() == "Sat, 28 Nov 2026, 11:00"
    assert dialog.call_label.text() == "Thu, 10 Dec 2026, 09:30"  # 10 working days, nothing promised
    _set(dialog.end_edit, 2026, 11, 26, 23, 30)
    assert dialog.note_due_label.text() == "Sat, 28 Nov 2026, 22:00"  # pulled out of quiet hours
    dialog.decision_check.setChecked(True)
    dialog.decision_edit.setDate(QDate(2026, 12, 4))
    assert dialog.call_label.text() == "Mon, 7 Dec 2026, 09:30"  # a working day after the promise
    assert dialog.move_on_label.text() == "Mon, 14 Dec 2026, 09:30"


def test_a_start_after_the_end_pushes_the_end(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    _set(dialog.start_edit, 2026, 12, 3, 15)
    start, end = dialog.times()
    assert end - start == timedelta(hours=1)


def test_an_unreadable_phrase_says_so_and_guesses_nothing(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    type_text(dialog.steps_edit, "we will be in touch")
    qtbot.waitUntil(lambda: "No date could be read" in dialog.understood_label.text())
    assert "nothing was guessed" in dialog.understood_label.text()
    assert not dialog.use_date_button.isVisible() and not dialog.undo_button.isVisible()
    assert dialog.decision_date() is None


def test_saving_writes_what_was_entered(qtbot, sample_workspace):
    northwind = next(r for r in opps.list_opportunities(sample_workspace) if r.company == "Northwind Analytics")
    dialog = _dialog(qtbot, sample_workspace, northwind.id)
    saved = _saved(dialog)
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
    _click_save(qtbot, dialog)
    assert opps.get_interview(sample_workspace, panel.id).decision_date is None


def test_an_unknown_zone_is_refused_and_the_dialog_stays(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    dialog.zone_combo.setEditText("Mars/Olympus")
    assert dialog.call_label.text() == "—" and "Choose a time zone" in dialog.here_label.text()
    _click_save(qtbot, dialog)
    assert "not a time zone name" in dialog.error_label.text() and dialog.isVisible()
    assert opps.get_opportunity(workspace, opportunity).interviews == ()


def test_a_new_interview_is_saved_before_people_are_added_and_the_dialog_stays(qtbot, sample_workspace):
    northwind = next(r for r in opps.list_opportunities(sample_workspace) if r.company == "Northwind Analytics")
    dialog = _dialog(qtbot, sample_workspace, northwind.id)
    saved = _saved(dialog)
    assert not dialog.people.isVisible() and dialog.people_hint.isVisible()
    qtbot.mouseClick(dialog.save_and_add_button, Qt.MouseButton.LeftButton)
    assert saved and dialog.isVisible()
    interview_id = saved[0]
    assert dialog.windowTitle() == "Edit interview" and dialog.people.isVisible()
    assert not dialog.save_and_add_button.isVisible() and not dialog.people_hint.isVisible()
    picker = shown(dialog, ContactPickerDialog)
    qtbot.keyClicks(picker.search, "Whitfield")
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in people_met(sample_workspace, interview_id)] == ["Dana Whitfield"]
    qtbot.keyClicks(dialog.people.memorable, "Her map of the design org")
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findText("Dana Whitfield", Qt.MatchFlag.MatchStartsWith))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and saved == [interview_id, interview_id]  # updated, not re-created
    assert len(opps.get_opportunity(sample_workspace, northwind.id).interviews) == len(northwind.interviews) + 1
    assert people_met(sample_workspace, interview_id)[0].memorable == "Her map of the design org"
    assert opps.get_interview(sample_workspace, interview_id).process_owner == "Dana Whitfield"


def test_people_added_come_first_among_the_process_owner_choices(qtbot, workspace, opportunity):
    for name in ("Ada Brandt", "Zed Quint"):
        add_contact(workspace, ContactCard(full_name=name))
    dialog = _dialog(qtbot, workspace, opportunity)
    assert [dialog.owner_combo.itemText(i) for i in range(3)] == ["Nobody named", "Ada Brandt", "Zed Quint"]
    qtbot.mouseClick(dialog.save_and_add_button, Qt.MouseButton.LeftButton)
    picker = shown(dialog, ContactPickerDialog)
    qtbot.keyClicks(picker.search, "Zed")
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    assert [dialog.owner_combo.itemText(i) for i in range(3)] == ["Nobody named", "Zed Quint", "Ada Brandt"]


def _type_section(edit: QDateTimeEdit, section: Section, keys: str) -> None:
    """Click into one part of a date/time field (the hour, the day...) and type over it."""
    edit.setFocus()
    edit.setSelectedSection(section)
    QTest.keyClicks(edit, keys)


def _type_day(edit: QDateTimeEdit, day: str) -> None:
    """Click on the day of the month ("26" in "Thu 26 Nov 2026", not the weekday before it) and type over it."""
    text = edit.text()
    start = text.index(" ") + 1
    edit.setFocus()
    edit.setCurrentSectionIndex(1)
    edit.lineEdit().setSelection(start, text.index(" ", start) - start)
    QTest.keyClicks(edit, day)


def _step_section(edit: QDateTimeEdit, section: Section, key: Qt.Key) -> None:
    edit.setFocus()
    edit.setSelectedSection(section)
    QTest.keyClick(edit, key)


def _save(qtbot, dialog: InterviewDialog) -> opps.InterviewRow:
    saved = _saved(dialog)
    _click_save(qtbot, dialog)
    assert saved and not dialog.isVisible(), dialog.error_label.text()
    return opps.get_interview(dialog.findChild(InterviewDialogController).workspace, saved[0])


def _replace_steps(dialog: InterviewDialog, text: str) -> None:
    dialog.steps_edit.setFocus()
    dialog.steps_edit.selectAll()
    type_text(dialog.steps_edit, text)


def test_moving_the_start_moves_the_end_and_the_deadlines_with_it(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)  # Thu 26 Nov 2026, 10:00-11:00 Berlin
    _type_section(dialog.duration_edit, Section.MinuteSection, "30")  # lasts 1 h 30 min: ends 11:30
    assert dialog.end_edit.text() == "Thu, 26 Nov 2026, 11:30"
    _type_section(dialog.start_edit, Section.HourSection, "14")
    assert dialog.end_edit.text() == "Thu, 26 Nov 2026, 15:30"
    _type_day(dialog.start_edit, "30")
    assert dialog.end_edit.text() == "Mon, 30 Nov 2026, 15:30"
    assert dialog.duration_edit.text() == "1 h 30 min"
    assert dialog.note_due_label.text() == "Wed, 2 Dec 2026, 15:30"  # 48 h after the new end, not the old one
    _step_section(dialog.start_edit, Section.MinuteSection, Qt.Key.Key_Up)
    assert dialog.end_edit.text() == "Mon, 30 Nov 2026, 15:31"
    stored = _save(qtbot, dialog)
    assert stored.starts_at == datetime(2026, 11, 30, 13, 1, tzinfo=UTC)
    assert stored.ends_at == datetime(2026, 11, 30, 14, 31, tzinfo=UTC)


def test_the_end_or_the_length_can_still_be_changed_directly(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    _type_section(dialog.end_edit, Section.HourSection, "12")
    assert dialog.duration_edit.text() == "2 h 00 min"
    _type_section(dialog.start_edit, Section.HourSection, "09")
    assert dialog.end_edit.text() == "Thu, 26 Nov 2026, 11:00"  # the two hours kept
    _type_section(dialog.duration_edit, Section.HourSection, "3")
    assert dialog.end_edit.text() == "Thu, 26 Nov 2026, 12:00"
    assert dialog.note_due_label.text() == "Sat, 28 Nov 2026, 12:00"
    stored = _save(qtbot, dialog)
    assert (stored.starts_at.hour, stored.ends_at.hour) == (8, 11)  # 09:00 and 12:00 in Berlin


def test_an_end_moved_before_the_start_shows_no_length_and_is_not_saved(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    _type_section(dialog.end_edit, Section.HourSection, "08")
    assert dialog.duration_edit.text() == "—"
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Not saved: the interview ends before it starts."
    assert dialog.isVisible() and opps.get_opportunity(workspace, opportunity).interviews == ()


def test_a_phrase_typed_sets_the_decision_date_and_undo_puts_back_what_was_there(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    type_text(dialog.steps_edit, "Merci ! We’ll get back to you by Friday, après le comité")
    assert not dialog.decision_check.isChecked()  # nothing happens while the person is still typing
    qtbot.waitUntil(dialog.decision_check.isChecked)
    assert dialog.decision_date() == date(2026, 11, 27)
    assert dialog.understood_label.text() == "Decision date set to Fri, 27 Nov 2026 from “by Friday” —"
    assert dialog.undo_button.isVisible() and not dialog.use_date_button.isVisible()
    assert dialog.call_label.text() == "Mon, 30 Nov 2026, 09:30"  # the deadlines follow the promised date
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert dialog.decision_date() is None and not dialog.undo_button.isVisible()
    assert dialog.understood_label.text() == "“by Friday” → Fri, 27 Nov 2026; not used."
    assert dialog.use_date_button.isVisible() and dialog.call_label.text() == "Thu, 10 Dec 2026, 09:30"
    type_text(dialog.steps_edit, ".")  # the same phrase read again does not come back after Undo
    qtbot.wait(900)
    assert dialog.decision_date() is None
    assert _save(qtbot, dialog).decision_date is None


def test_changing_the_phrase_updates_the_date_and_undo_goes_back_to_before_any(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    dialog.decision_check.setChecked(False)
    type_text(dialog.steps_edit, "They'll decide within two weeks")
    qtbot.waitUntil(lambda: dialog.decision_date() == date(2026, 12, 10))
    _replace_steps(dialog, "They'll decide within three weeks")
    qtbot.waitUntil(lambda: dialog.decision_date() == date(2026, 12, 17))
    assert dialog.understood_label.text() == "Decision date set to Thu, 17 Dec 2026 from “within three weeks” —"
    _replace_steps(dialog, "They'll be in touch")
    qtbot.waitUntil(lambda: dialog.decision_date() is None)  # the words that set it are gone, so is the date
    _replace_steps(dialog, "End of next week, said Siobhán Ní Bhriain")
    qtbot.waitUntil(lambda: dialog.decision_date() == date(2026, 12, 4))
    _type_day(dialog.start_edit, "30")  # the interview moves to Mon 30 Nov, and the phrase counts from there
    assert dialog.decision_date() == date(2026, 12, 11)
    assert _save(qtbot, dialog).decision_date == date(2026, 12, 11)


def test_a_date_set_by_hand_is_never_overwritten_by_the_phrase(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    type_text(dialog.steps_edit, "by Friday")
    qtbot.waitUntil(dialog.decision_check.isChecked)
    _type_day(dialog.decision_edit, "30")  # the person knows better: Mon 30 Nov
    assert dialog.decision_date() == date(2026, 11, 30) and not dialog.undo_button.isVisible()
    type_text(dialog.steps_edit, ", or within three weeks at the latest")
    assert dialog.understood_label.text() == "“by Friday” → Fri, 27 Nov 2026; the decision date you chose is kept."
    qtbot.waitUntil(lambda: "three weeks" in dialog.understood_label.text())
    assert dialog.understood_label.text() == ("“within three weeks” → Thu, 17 Dec 2026; the decision date you chose is "
                                              "kept.")
    assert dialog.decision_date() == date(2026, 11, 30)
    _type_section(dialog.start_edit, Section.HourSection, "15")
    assert _save(qtbot, dialog).decision_date == date(2026, 11, 30)


def test_save_right_after_typing_reads_the_phrase_first(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    type_text(dialog.steps_edit, "by 15 December")
    stored = _save(qtbot, dialog)
    assert (stored.next_steps, stored.decision_date) == ("by 15 December", date(2026, 12, 15))


def test_an_existing_interview_keeps_a_hand_chosen_date_and_follows_its_phrase_otherwise(qtbot, workspace, opportunity):
    start = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    base = dict(starts_at=start, ends_at=start.replace(hour=10), time_zone="Europe/Berlin")
    chosen = opps.add_interview(workspace, opportunity, opps.InterviewInput(
        **base, next_steps="within two weeks", decision_date=date(2026, 12, 1))).id
    followed = opps.add_interview(workspace, opportunity, opps.InterviewInput(
        **base, next_steps="within two weeks", decision_date=date(2026, 12, 10))).id
    dialog = _dialog(qtbot, workspace, opportunity, chosen)
    assert dialog.understood_label.text() == ("“within two weeks” → Thu, 10 Dec 2026; the decision date you chose "
                                              "is kept.")
    _replace_steps(dialog, "within three weeks")
    qtbot.wait(900)
    assert _save(qtbot, dialog).decision_date == date(2026, 12, 1)
    dialog = _dialog(qtbot, workspace, opportunity, followed)
    assert dialog.understood_label.text() == "“within two weeks” → Thu, 10 Dec 2026, the decision date."
    _replace_steps(dialog, "within three weeks")
    qtbot.waitUntil(lambda: dialog.decision_date() == date(2026, 12, 17))
    assert _save(qtbot, dialog).decision_date == date(2026, 12, 17)


def test_use_this_date_brings_back_an_undone_reading(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    type_text(dialog.steps_edit, "a decision on 3 December")
    qtbot.waitUntil(dialog.decision_check.isChecked)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.use_date_button, Qt.MouseButton.LeftButton)
    assert dialog.decision_date() == date(2026, 12, 3) and dialog.undo_button.isVisible()
    dialog.decision_edit.setDate(QDate(2026, 12, 8))
    assert _save(qtbot, dialog).decision_date == date(2026, 12, 8)


def test_a_zone_being_typed_leaves_a_phrase_date_alone(qtbot, workspace, opportunity):
    dialog = _dialog(qtbot, workspace, opportunity)
    type_text(dialog.steps_edit, "by Friday")
    qtbot.waitUntil(dialog.undo_button.isVisible)
    dialog.zone_combo.setEditText("Europe/Par")
    assert dialog.decision_date() == date(2026, 11, 27) and not dialog.undo_button.isVisible()
    dialog.zone_combo.setEditText("Europe/Paris")
    assert dialog.understood_label.text() == "Decision date set to Fri, 27 Nov 2026 from “by Friday” —"
    assert _save(qtbot, dialog).decision_date == date(2026, 11, 27)
