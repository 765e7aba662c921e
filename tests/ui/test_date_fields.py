"""Every date field writes its date as the window writes dates elsewhere (desktop/ui/dates.py), in German too:
"Mi., 16. Dez. 2026", with the comma and the day's full stop, ticked or not."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

from desktop.ui.dates import short_date
from desktop.ui.notes.send_time_dialog import SendTimeDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def interview_dialog(german, new_interview_dialog):
    return new_interview_dialog


def test_the_decision_date_reads_as_every_other_german_date_ticked_or_not(qtbot, interview_dialog):
    dialog = interview_dialog
    dialog.set_decision(False, date(2026, 12, 16))
    assert not dialog.decision_edit.isEnabled()
    assert dialog.decision_edit.text() == "Mi., 16. Dez. 2026" == short_date(date(2026, 12, 16))

    qtbot.mouseClick(dialog.decision_check, Qt.MouseButton.LeftButton)  # the user ticks it
    assert dialog.decision_edit.isEnabled() and dialog.decision_edit.text() == "Mi., 16. Dez. 2026"


def test_every_date_field_of_the_interview_dialog_starts_with_the_windows_date(interview_dialog):
    # Starts, Ends and the decision date; the duration ("1 h 00 min") is a length, not a time of day.
    fields = [edit for edit in interview_dialog.findChildren(QDateTimeEdit) if not isinstance(edit, QTimeEdit)]
    assert len(fields) == 3
    for edit in fields:
        assert edit.text().startswith(short_date(edit.date().toPython())), edit.text()


def test_send_later_writes_its_day_and_time_as_the_window_does(qtbot, workspace, german):
    at = datetime(2026, 12, 16, 8, 30, tzinfo=workspace.zone)
    dialog = SendTimeDialog(workspace.zone, at, lambda _at: [], "die Nachricht an Zoë", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(QDateEdit).text() == "Mi., 16. Dez. 2026"
    assert dialog.findChild(QTimeEdit).text() == "08:30"


def test_no_field_sets_its_own_date_format():
    """Only desktop/ui/dates.py gives a date or time field its display format (the interview's duration is a
    length, not a time of day)."""
    from pathlib import Path

    ui = Path(__file__).parents[2] / "desktop" / "ui"
    by_hand = [f"{path.relative_to(ui)}: {line.strip()}" for path in ui.rglob("*.py") if path.name != "dates.py"
               for line in path.read_text(encoding="utf-8").splitlines()
               if ("setDisplayFormat(" in line or "displayFormat=" in line) and "'min'" not in line]
    assert by_hand == []


def _type_over(qtbot, field, text: str) -> None:
    """What a user does: click into the field, select all it holds (Ctrl+A), type a whole date, and leave with Tab;
    every key goes to the field, as the keyboard's do."""
    field.setFocus()  # as the click gives it on a screen; offscreen, a window not yet active would not
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


@pytest.mark.parametrize("typed", ["Fri, 13 Nov 2026, 10:00", "13 Nov 2026, 10:00", "13/11/2026 10:00",
                                   "2026-11-13 10:00", "13 November 2026 at 10:00"])
def test_a_whole_start_typed_over_the_field_is_taken_and_the_end_follows(qtbot, new_interview_dialog, typed):
    dialog = new_interview_dialog
    length = dialog.start_edit.dateTime().secsTo(dialog.end_edit.dateTime())
    _type_over(qtbot, dialog.start_edit, typed)
    assert dialog.start_edit.dateTime().toPython() == datetime(2026, 11, 13, 10, 0)  # it was left unchanged
    assert dialog.start_edit.text() == "Fri, 13 Nov 2026, 10:00"  # shown again as the window writes it
    assert dialog.start_edit.dateTime().secsTo(dialog.end_edit.dateTime()) == length


def test_a_whole_date_typed_in_german_is_taken(qtbot, interview_dialog):
    _type_over(qtbot, interview_dialog.start_edit, "13.11.26 9:30")
    assert interview_dialog.start_edit.dateTime().toPython() == datetime(2026, 11, 13, 9, 30)
    assert interview_dialog.start_edit.text() == "Fr., 13. Nov. 2026, 09:30"


def test_a_time_typed_without_its_leading_zero_is_that_time(qtbot, workspace):
    dialog = SendTimeDialog(workspace.zone, datetime(2026, 12, 4, 20, 26, tzinfo=workspace.zone), lambda _at: [],
                            "the note to Zoë", None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # leaving a field tells it so only in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    _type_over(qtbot, dialog.time, "9:30 pm")
    assert dialog.time.time().toPython().strftime("%H:%M") == "21:30"  # it showed ":30" and kept 20:26


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # the tooltip, offscreen
def test_what_cannot_be_read_as_a_date_is_named_and_the_date_kept(qtbot, new_interview_dialog):
    from PySide6.QtWidgets import QToolTip

    dialog = new_interview_dialog
    before = dialog.start_edit.dateTime()
    _type_over(qtbot, dialog.start_edit, "next Tuesday")
    assert dialog.start_edit.dateTime() == before
    assert dialog.start_edit.text() == short_date(before.date().toPython()) + before.toString(", HH:mm")
    qtbot.waitUntil(lambda: "“next Tuesday” is not a date or time Afterview can read" in QToolTip.text())
    QToolTip.hideText()


def test_every_date_and_time_field_takes_a_whole_date_typed():
    """QDateEdit, QDateTimeEdit and QTimeEdit refuse a date typed whole without a word: none is made directly."""
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "desktop" / "ui"
    made = [f"{path.relative_to(ui)}:{n}" for path in ui.rglob("*.py") if path.name != "date_fields.py"
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if any(f"{kind}(" in line for kind in ("QDateEdit", "QDateTimeEdit", "QTimeEdit"))]
    assert made == []


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard)")  # the popup, offscreen
def test_a_date_popup_shows_its_weekdays_and_its_last_week_whole(qtbot, german, appearance):
    from PySide6.QtCore import QDate, QPoint
    from PySide6.QtWidgets import QTableView

    from desktop.ui.date_fields import DateField
    from desktop.ui.dates import written_as_the_window

    appearance("light")  # the style sheet, whose item padding cut "Mo." to "…" and whose frame cut the last week
    field = written_as_the_window(DateField(QDate(2026, 12, 4), calendarPopup=True))
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 8, field.height() // 2))  # its arrow
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    days = calendar.findChild(QTableView)
    assert sum(days.rowHeight(row) for row in range(days.model().rowCount())) <= days.viewport().height()
    metrics = days.fontMetrics()
    for column in range(days.model().columnCount()):
        heading = str(days.model().index(0, column).data())
        assert metrics.horizontalAdvance(heading) <= days.columnWidth(column) - 2, heading
