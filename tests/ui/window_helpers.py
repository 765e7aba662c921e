"""The main window wired to a workspace as the start-up does, for the window's tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.operations.workspace import Workspace
from desktop.ui.controller import AppController
from desktop.ui.main_window import MainWindow


def open_app_window(qtbot, workspace: Workspace, folder: Path) -> tuple[MainWindow, AppController]:
    """Show the window on `workspace`, its window state kept in `folder`, and list Today."""
    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(window, workspace, QSettings(str(folder / "w.ini"), QSettings.Format.IniFormat))
    window.show()
    qtbot.waitExposed(window)
    controller.refresh()
    return window, controller
