"""Fixtures shared by the window's tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def app_window(qtbot, workspace, tmp_path):
    """The main window wired to the test's workspace, shown offscreen, and its controller."""
    from PySide6.QtCore import QSettings

    from desktop.ui.controller import AppController
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(window, workspace, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    window.show()
    qtbot.waitExposed(window)
    controller.refresh()
    controller.apply_icons()
    return window, controller
