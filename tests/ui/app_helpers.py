"""The main window and its controller on a test workspace, as the app builds them at start."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.ui.controller import AppController
from desktop.ui.main_window import MainWindow


def open_window(qtbot, workspace, tmp_path, monkeypatch) -> tuple[MainWindow, AppController, QSettings]:
    """Shown and listing Today; window state and autostart files go under tmp_path."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    window = MainWindow()
    qtbot.addWidget(window)
    state = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    controller = AppController(window, workspace, state)
    window.show()
    qtbot.waitExposed(window)
    controller.refresh()
    return window, controller, state
