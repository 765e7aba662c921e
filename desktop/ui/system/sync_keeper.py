"""Sync while the window runs: shortly after the user's own changes, and every N minutes (Settings → Sync), on the
task runner. A server out of reach is a state shown in the status bar ("Sync: offline"), not an error dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from desktop.operations.sync_account import has_sync_account
from desktop.operations.workspace import Workspace
from desktop.ui.bus import DataBus
from desktop.ui.i18n import shown, shown_error
from desktop.ui.runner import TaskRunner

if TYPE_CHECKING:
    from desktop.operations.progress import Progress
    from desktop.operations.sync import SyncResult

# Edits come in bursts (typing a card, an import): one sync after the last of them.
SETTLE_MS = 20_000


class SyncKeeper(QObject):
    """Runs a sync after changes and on a period, one at a time, when an account is set up."""

    synced = Signal(str)  # what the last sync did, or why it did not

    def __init__(self, workspace: Workspace, bus: DataBus, runner: TaskRunner, status_bar: QStatusBar | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.status_bar = workspace, runner, status_bar
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.sync_now)
        self._period = QTimer(self)
        self._period.timeout.connect(self.sync_now)
        self._syncing = False
        self._stopped = False  # the runner shut down: the database may close at any moment
        self.offline = QLabel("", objectName="syncOffline")
        self.offline.setAccessibleName(self.tr("Sync state"))
        self.offline.hide()
        if status_bar is not None:
            status_bar.addPermanentWidget(self.offline)
        bus.published.connect(self._on_changed)
        runner.stopped.connect(self._stop)
        self.apply_settings()

    def apply_settings(self) -> None:
        """Follow Settings → Sync's period (0: no periodic sync)."""
        minutes = self.workspace.settings.sync_every_minutes
        if minutes > 0 and not self._stopped:
            self._period.start(minutes * 60_000)
        else:
            self._period.stop()

    def _stop(self) -> None:
        self._stopped = True
        self._settle.stop()
        self._period.stop()

    def _on_changed(self, *_changes: object) -> None:
        if not self._syncing and not self._stopped:  # a sync's own changes need no sync of their own
            self._settle.start()

    def sync_now(self) -> None:
        """Sync unless one is running or no account is set up."""
        if self._stopped or self._syncing or not has_sync_account(self.workspace):
            return
        # Imported here: the DAV client (caldav, niquests, lxml) is not loaded for a window that never syncs.
        from desktop.operations import sync as sync_ops
        from desktop.operations.sync import Offline

        self._syncing = True

        def run(workspace: Workspace, progress: Progress) -> SyncResult:
            return sync_ops.sync(workspace, progress)

        self.runner.run(self.tr("Syncing"), run, self._on_synced, self._on_failed,
                        expected=(Offline, sync_ops.SyncProblem))

    def _on_synced(self, result: SyncResult) -> None:
        self._syncing = False
        self._settle.stop()  # the changes it published were its own
        self.offline.hide()
        self._say(self.tr("Synced: {summary}.").format(summary=shown(result.summary)))

    def _on_failed(self, error: Exception) -> None:
        from desktop.operations.sync import Offline

        self._syncing = False
        if isinstance(error, Offline):
            self.offline.setText(self.tr("Sync: offline"))
            self.offline.setToolTip(self.tr("{error}. Afterview syncs again at the next change or period.").format(
                error=shown_error(error)))
            self.offline.show()
            self.synced.emit(f"offline: {error}")
            return
        self._say(self.tr("Sync failed: {error}").format(error=shown_error(error)))

    def _say(self, text: str) -> None:
        if self.status_bar is not None:
            self.status_bar.showMessage(text, 8000)
        self.synced.emit(text)
