"""Planning an interview, logging a call, writing and sending a note, printing the checklist: keys only.

Each key goes to the focused widget, as a keyboard's would; the shortcuts are the ones the menus list.
"""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from desktop.core.domain import NoteState
from desktop.operations import opportunities as opps
from desktop.operations.changes import ChangeSet
from tests.mail_helpers import Recorder
from tests.ui.keyboard_only.keys import CTRL, SHIFT, dialog_opened, focused, press, tab_to, type_here
from tests.ui.notes_helpers import person, write_zoes_note

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def sample_window(qtbot, sample_workspace, app_window):
    """The window on the sample data, with the keyboard in it."""
    window, controller = app_window
    controller.bus.published.emit(ChangeSet.everything())  # the sample data was written before the window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return window


def _go(qtbot, window, page: Qt.Key) -> None:
    press(page, CTRL)
    qtbot.waitUntil(lambda: focused() is not window.nav)


def _dialog_by_space(qtbot) -> QDialog:
    """Press the focused button with Space; the dialog it opens, once that has the keyboard."""
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: focused().window() is dialog)
    return dialog


def test_an_interview_is_planned_from_the_keyboard(qtbot, sample_window, sample_workspace):
    _go(qtbot, sample_window, Qt.Key.Key_3)
    tab_to("Opportunities")
    press(Qt.Key.Key_Down)  # the first opportunity
    table = focused()
    chosen = table.currentIndex().data()
    tab_to("New interview")
    dialog = _dialog_by_space(qtbot)
    assert dialog.windowTitle() == "New interview" and "Starts" in focused().accessibleName()
    tab_to("Place")
    type_here("Calle de Alcalá 42, 3.º izquierda, Madrid")
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (planned,) = [row for row in opps.list_opportunities(sample_workspace) if row.company == chosen]
    assert any(i.location == "Calle de Alcalá 42, 3.º izquierda, Madrid" for i in planned.interviews)


def test_a_call_is_logged_from_the_keyboard(qtbot, sample_window, sample_workspace):
    _go(qtbot, sample_window, Qt.Key.Key_3)
    tab_to("Opportunities")
    press(Qt.Key.Key_Down)
    tab_to("Log a call…")
    dialog = _dialog_by_space(qtbot)
    assert focused().accessibleName() == "Outcome"  # the time is filled in; how it went comes first
    press(Qt.Key.Key_Down)  # the next outcome in the list
    outcome = focused().currentText()
    tab_to("Notes")
    type_here("Spoke with Siobhán Ní Bhriain; the panel meets on Friday.")
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    from desktop.operations.calls import call_context

    opportunity_id = dialog.opportunity_id
    last = call_context(sample_workspace, opportunity_id).attempts[-1]
    assert last.outcome.label == outcome and "Siobhán Ní Bhriain" in last.notes


def _menu_entry(window, text: str):
    """The File menu's entry, as the menu shows it with its shortcut."""
    return next(a for a in window.file_menu.actions() if a.text().replace("&", "") == text)


def test_an_interview_is_planned_with_the_shortcut_the_file_menu_lists(qtbot, sample_window, sample_workspace):
    assert _menu_entry(sample_window, "Plan an interview…").shortcut().toString() == "Ctrl+Shift+I"
    dialog = dialog_opened(qtbot, Qt.Key.Key_I, CTRL | SHIFT)  # from Today: for the opportunity selected
    chosen = sample_window.ensure_page("opportunities").selected()
    assert sample_window.current_page() == "opportunities" and dialog.windowTitle() == "New interview"
    tab_to("Place")
    type_here("Rua Augusta 27, 2.º esquerdo, Lisboa")
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    planned = opps.get_opportunity(sample_workspace, chosen.id)
    assert [i.location for i in planned.interviews].count("Rua Augusta 27, 2.º esquerdo, Lisboa") == 1


def test_a_call_is_logged_with_the_shortcut_the_file_menu_lists(qtbot, sample_window, sample_workspace):
    assert _menu_entry(sample_window, "Log a call…").shortcut().toString() == "Ctrl+L"
    dialog = dialog_opened(qtbot, Qt.Key.Key_L)
    assert sample_window.current_page() == "opportunities" and focused().accessibleName() == "Outcome"
    tab_to("Notes")
    type_here("Left a message for Ana-María Cruz-López.")
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    from desktop.operations.calls import call_context

    last = call_context(sample_workspace, sample_window.ensure_page("opportunities").selected().id).attempts[-1]
    assert last.notes == "Left a message for Ana-María Cruz-López."


def test_a_note_is_written_and_sent_from_the_keyboard(qtbot, smtp_server, sample_workspace, sample_window):
    handler = Recorder()
    server = smtp_server(handler)
    write_zoes_note(sample_workspace)
    settings = sample_workspace.settings
    settings.smtp_host, settings.smtp_port, settings.smtp_security = "127.0.0.1", server.port, "none"
    _go(qtbot, sample_window, Qt.Key.Key_5)
    people = tab_to("People met and their notes")
    for _ in range(people.model().rowCount()):  # down the list to Zoë, each person's note shown on the way
        if people.currentIndex().data() and people.currentIndex().data().startswith("Zoë"):
            break
        press(Qt.Key.Key_Down)
    tab_to("Note text")
    press(Qt.Key.Key_End, CTRL)
    for _ in range(3):
        press(Qt.Key.Key_Up)  # from the signature up to the end of the paragraph above it
    press(Qt.Key.Key_End)
    type_here(" I look forward to hearing from you.")
    tab_to("Send now")
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: person(sample_workspace, "Zoë").state is NoteState.SENT, timeout=10000)
    message = message_from_bytes(handler.envelopes[0].content, policy=policy.default)
    assert "of the day. I look forward to hearing from you.\r\n\r\nBest wishes" in message.get_content()


def test_the_checklist_is_printed_to_pdf_from_the_keyboard(qtbot, sample_window, tmp_path, monkeypatch):
    target = tmp_path / "handwritten.pdf"
    # The system's own file chooser stands in for the user typing a file name into it.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), "PDF (*.pdf)"))
    dialog = dialog_opened(qtbot, Qt.Key.Key_P)
    assert focused().accessibleName() == "Print"
    tab_to("Save as PDF…")
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: Path(target).exists())
    assert target.read_bytes().startswith(b"%PDF")
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
