"""Starting the window: show it first, then open the database and import what the first page needs.

Measured: PySide6 widgets ~190 ms, qtawesome ~220 ms, SQLAlchemy ~250 ms. The window is shown before
the last two are imported, so start-up costs about what a bare Qt window costs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from desktop.ui.controller import AppController
    from desktop.ui.main_window import MainWindow

EXIT_WHEN_SHOWN = "AFTERVIEW_EXIT_WHEN_SHOWN"  # benchmarks: print timings and quit once Today is listed


def _parse(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="afterview")
    parser.add_argument("--data-dir")
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("files", nargs="*", type=Path)
    known, _ = parser.parse_known_args(args)  # Qt's own arguments (-style, -platform) pass through
    return known


def run_gui(args: list[str]) -> int:
    options = _parse(args)
    if options.self_test:
        from desktop.ui.self_test import run_self_test

        return run_self_test()
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import APP_NAME
    from desktop.storage.paths import resolve
    from desktop.ui.main_window import MainWindow
    from desktop.ui.style import STYLE_SHEET

    app = QApplication.instance() or QApplication([sys.argv[0], *args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setStyleSheet(STYLE_SHEET)
    paths = resolve(options.data_dir)
    state = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow()
    from desktop.ui.controller import restore_window

    restore_window(window, state)
    benchmark = os.environ.get(EXIT_WHEN_SHOWN) == "1"

    def start() -> None:
        if benchmark:
            print(f"shown_at: {time.time():.6f}", flush=True)
        controller = open_controller(window, options.data_dir, state)
        if controller is None:
            app.exit(1)
            return
        if benchmark:
            print(f"today_ready_at: {time.time():.6f}", flush=True)
            app.quit()
            return
        controller.show_warnings()
        QTimer.singleShot(0, controller.apply_icons)

    window.shown.connect(lambda: QTimer.singleShot(0, start))
    window.show()
    return app.exec()


def open_controller(window: MainWindow, data_dir: str | None, state: QSettings) -> AppController | None:
    """Open the data folder and wire the window to it; a database that cannot be used is reported, not touched."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.operations.workspace import open_workspace
    from desktop.storage.database import DatabaseError
    from desktop.ui.controller import AppController

    try:
        workspace = open_workspace(data_dir)
    except (DatabaseError, OSError) as error:
        QMessageBox.critical(window, "Afterview cannot open its data", str(error))
        return None
    controller = AppController(window, workspace, state)
    controller.refresh()
    return controller
