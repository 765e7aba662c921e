"""The main window as the user meets it, shared by the window's tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from desktop.ui.controller import AppController
from desktop.ui.main_window import MainWindow


@pytest.fixture
def app_window(qtbot, workspace, tmp_path):
    """The window and its controller, shown offscreen on the test's own database, Today listed."""
    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(window, workspace, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    window.show()
    qtbot.waitExposed(window)
    controller.refresh()
    controller.apply_icons()
    yield window, controller
    controller.runner.shutdown()  # a task a failed test left running must not outlive its thread's objects
