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
