"""Export everything from the window into a folder that already holds its files: the user is asked first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.dialog_helpers import shown_box
from tests.ui.task_helpers import wait_for_tasks


@pytest.fixture
def taken(tmp_path: Path) -> Path:
    """An earlier export folder whose contacts.vcf the user has since edited by hand."""
    folder = tmp_path / "Afterview export"
    (folder / "notes").mkdir(parents=True)
    (folder / "contacts.vcf").write_text("edited by hand")
    return folder


def _asked(qtbot, controller, target: Path) -> QMessageBox:
    controller.export_all_to(target)
    wait_for_tasks(qtbot, controller.runner)
    box = shown_box(controller.window)
    qtbot.waitUntil(box.isVisible)
    assert box.text() == f"{target} already holds 1 file of the same name."
    assert box.detailedText() == "contacts.vcf"
    return box


def _button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text().startswith(text))


def test_replace_writes_the_export_over_the_listed_files(qtbot, app_window, sample_workspace, taken):
    window, controller = app_window
    box = _asked(qtbot, controller, taken)
    qtbot.mouseClick(_button(box, "Replace 1 file"), Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, controller.runner)
    assert (taken / "contacts.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 9
    assert len(list((taken / "notes").iterdir())) == 7
    assert "9 contacts" in window.statusBar().currentMessage()


def test_cancel_writes_nothing(qtbot, app_window, sample_workspace, taken):
    _, controller = app_window
    box = _asked(qtbot, controller, taken)
    qtbot.mouseClick(_button(box, "Cancel"), Qt.MouseButton.LeftButton)
    assert (taken / "contacts.vcf").read_text() == "edited by hand"
    assert sorted(p.name for p in taken.rglob("*")) == ["contacts.vcf", "notes"]


def test_choose_another_folder_exports_there_and_leaves_the_first_alone(qtbot, app_window, sample_workspace, taken,
                                                                          tmp_path, monkeypatch):
    _, controller = app_window
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.setattr("desktop.ui.controller.QFileDialog.getExistingDirectory", lambda *_: str(elsewhere))
    box = _asked(qtbot, controller, taken)
    qtbot.mouseClick(_button(box, "Choose another folder"), Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, controller.runner)
    assert (taken / "contacts.vcf").read_text() == "edited by hand"
    assert (elsewhere / "Afterview export" / "contacts.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 9
