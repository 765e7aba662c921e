"""An invitation whose zone is a guess: the window says so, and the interview editor answers it."""

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.operations import opportunities as opps
from desktop.storage.models import Interview
from desktop.ui.interviews.interview_dialog import InterviewDialog
from tests.dialog_helpers import shown, shown_box
from tests.ui.task_helpers import wait_for_tasks

VCS = Path(__file__).resolve().parents[1] / "fixtures" / "vcs"


def test_guessed_zone_is_shown_and_resolved_by_choosing_the_zone(qtbot, app_window, workspace) -> None:
    window, controller = app_window
    controller.import_files([VCS / "floating.vcs"])
    wait_for_tasks(qtbot, controller.runner)
    assert "1 time zone guessed: open the interview to choose the right one" in shown_box(window).text()
    shown_box(window).close()

    (row,) = opps.list_opportunities(workspace)
    controller.open_page("opportunities", opps.Target(row.id, row.interviews[0].id))
    page = window.pages["opportunities"]
    assert page.interview_table.model().index(0, 0).data().endswith("(time zone guessed: check it)")
    qtbot.mouseClick(page.edit_interview_button, Qt.MouseButton.LeftButton)
    dialog = shown(page, InterviewDialog)
    assert dialog.zone_question.isVisible()
    assert dialog.zone_question.text() == (
        "The invitation did not say which time zone 10:00 is in, so Afterview assumed Europe/Berlin. Which zone "
        "is it? Choose it below and save; the time stays 10:00.")

    # Picked from the list (typing would open the completer's popup, which the offscreen platform cannot raise).
    dialog.zone_combo.setCurrentIndex(dialog.zone_combo.findText("America/New_York"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    with workspace.session() as session:
        interview = session.query(Interview).one()
        assert not interview.zone_guessed and interview.time_zone == "America/New_York"
        assert interview.starts_at == datetime(2026, 4, 10, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    qtbot.waitUntil(lambda: not page.interview_table.model().index(0, 0).data().endswith("check it)"))
