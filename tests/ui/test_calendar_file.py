"""Settings → Calendar: a folder chosen in the window gets Afterview.ics, rewritten after every change."""

from __future__ import annotations

from datetime import date

import icalendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from desktop.operations import opportunities as opps
from desktop.operations.changes import ChangeSet
from desktop.ui.settings.settings_dialog import FolderPicker, SettingsDialog
from tests.dialog_helpers import shown
from tests.ui.keyboard import type_text
from tests.ui.task_helpers import wait_for_tasks


def summaries(path) -> list[str]:
    return [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).events]


def open_calendar_settings(qtbot, window, controller) -> tuple[SettingsDialog, FolderPicker]:
    window.settings_action.trigger()
    dialog = shown(window, SettingsDialog)
    picker = dialog.editors["calendar_folder"]
    assert isinstance(picker, FolderPicker)
    return dialog, picker


def save(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_choose_a_folder_then_every_change_rewrites_the_file(qtbot, app_window, tmp_path, monkeypatch):
    window, controller = app_window
    folder = tmp_path / "Dropbox – Søren's calendars"
    folder.mkdir()
    dialog, picker = open_calendar_settings(qtbot, window, controller)
    # The system's folder dialog cannot be clicked offscreen: it answers as a user choosing the folder would.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(folder))
    qtbot.mouseClick(picker.choose, Qt.MouseButton.LeftButton)
    assert picker.field.text() == str(folder)
    with qtbot.waitSignal(controller.calendar_file.written, timeout=10000) as said:
        save(qtbot, dialog)
    wait_for_tasks(qtbot, controller.runner)
    kept = folder / "Afterview.ics"
    assert said.args == [f"{kept} updated: no calendar events (nothing is on the Calendar page yet)."]
    assert summaries(kept) == []
    assert window.statusBar().currentMessage() == said.args[0]
    assert not window.status_label.isVisible()  # the data folder's line steps aside for the message

    # A change anywhere (here, a date of the user's own added on the Opportunities page) rewrites it.
    opps.add_personal_date(controller.workspace, "Offre de Lumière expire – réponse à Zoë", date(2026, 12, 18))
    with qtbot.waitSignal(controller.calendar_file.written, timeout=10000) as said:
        controller.bus.published.emit(ChangeSet.everything())
    wait_for_tasks(qtbot, controller.runner)
    assert said.args == [f"{kept} updated: 1 calendar event (1 date of your own)."]
    assert summaries(kept) == ["Offre de Lumière expire – réponse à Zoë"]
    assert sorted(p.name for p in folder.iterdir()) == ["Afterview.ics"]  # no temporary file left
    dialog, picker = open_calendar_settings(qtbot, window, controller)  # says what became of it last
    assert picker.value() == str(folder)
    assert dialog.calendar_file.text() == f"12:00 — {kept} updated: 1 calendar event (1 date of your own)."
    dialog.reject()


def test_a_folder_that_does_not_exist_is_refused_and_a_vanished_one_is_said(qtbot, app_window, tmp_path):
    window, controller = app_window
    dialog, picker = open_calendar_settings(qtbot, window, controller)
    missing = tmp_path / "nowhere"
    type_text(picker.field, str(missing))
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Calendar"
    assert dialog.error.text() == (f"Calendar: there is no folder {missing}. Choose one that exists, or leave the "
                                   "field empty to keep no calendar file.")
    missing.mkdir()
    save(qtbot, dialog)
    assert not dialog.isVisible() and controller.workspace.settings.calendar_folder == str(missing)
    wait_for_tasks(qtbot, controller.runner)
    qtbot.waitUntil(lambda: (missing / "Afterview.ics").exists(), timeout=10000)
    wait_for_tasks(qtbot, controller.runner)

    (missing / "Afterview.ics").unlink()
    missing.rmdir()  # a synced folder unplugged, or removed by hand
    with qtbot.waitSignal(controller.calendar_file.written, timeout=10000) as said:
        controller.bus.published.emit(ChangeSet.everything())
    wait_for_tasks(qtbot, controller.runner)
    assert said.args == [f"The calendar file was not updated: {missing}: the folder chosen for the calendar file "
                         "does not exist (any more); choose another in Settings → Calendar"]
    assert not missing.exists()  # never created behind the user's back


def test_file_export_calendar_says_what_it_wrote_in_words(qtbot, app_window, tmp_path, monkeypatch):
    from desktop.operations.sample_data import load_sample_data

    window, controller = app_window
    load_sample_data(controller.workspace)
    controller.bus.published.emit(ChangeSet.everything())
    target = tmp_path / "Mon agenda – entretiens.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), "Calendar (*.ics)"))
    window.export_calendar_action.trigger()
    wait_for_tasks(qtbot, controller.runner)
    assert window.statusBar().currentMessage() == (
        f"Exported 14 calendar events (5 interviews, 3 note deadlines, 3 calls, 3 move-on dates) to {target}.")
    assert len(summaries(target)) == 14

