"""Catching up with what another process wrote: `afterview sync resolve`, an import from the command line, a second
window on the same data folder. Their writes move the data generation counter as the window's own do; the window
reads the counter (one row) when it is activated again and on a light timer, and when it moved for a write not
made here, every screen reads afresh, as after a restore. Nothing is re-read while the counter stays where it was.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.operations import outside_writes
from desktop.operations.workspace import Workspace
from desktop.ui.runner import TaskRunner

CHECK_MS = 4000  # a command's answer shows within seconds; reading one row this often costs nothing to speak of


class OutsideChanges(QObject):
    """Has the runner publish "everything may have changed" when another process wrote to the database."""

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._known = outside_writes.generation_now(workspace)
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_state)

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()  # back from the terminal where the command ran

    def check(self) -> bool:
        """Read the counter; when another process moved it, every screen reads afresh. True if so."""
        caught_up = self._runner.do(outside_writes.catch_up, self._known)
        self._known = caught_up.generation
        return bool(caught_up.changes)

    def stop(self) -> None:
        self.timer.stop()
