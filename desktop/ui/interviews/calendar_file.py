"""The calendar file kept up to date: Afterview.ics in the folder chosen in Settings → Calendar, rewritten on the
task runner shortly after every change (and once at start), for a synced folder or a calendar that subscribes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStatusBar

from desktop.operations.workspace import Workspace
from desktop.ui.bus import DataBus
from desktop.ui.dates import time_of_day
from desktop.ui.i18n import shown, shown_error
from desktop.ui.runner import TaskRunner

if TYPE_CHECKING:
    from desktop.operations.calendar_export import CalendarExport
    from desktop.operations.progress import Progress

# Changes come in bursts (an import, typing in the interview editor, a settings save): one write after the
# last of them. Short enough that a phone syncing the folder a minute later has the change.
SETTLE_MS = 1500


class CalendarFileKeeper(QObject):
    """Rewrites the calendar file after changes; one write at a time, the latest state always written last."""

    written = Signal(str)  # what the status bar said: the file and what it holds, or why it was not written

    def __init__(self, workspace: Workspace, bus: DataBus, runner: TaskRunner, status_bar: QStatusBar | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.status_bar = workspace, runner, status_bar
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._write)
        self._writing = False
        self._again = False  # a change came while writing: the file it writes may already be behind
        self.last_said = ""  # the last outcome, with its time, for Settings → Calendar
        self._written: dict[str, bytes] = {}  # the events of the last write, reused while unchanged
        bus.published.connect(self.schedule)
        self.schedule()  # the file may be behind changes made while the window was closed (the command line)

    def schedule(self, *_changes: object) -> None:
        """Write once the changes have settled, when a folder is chosen."""
        if self.workspace.settings.calendar_folder.strip():
            self._settle.start()

    def _write(self) -> None:
        if self._writing:
            self._again = True
            return
        self._writing = True

        def write(workspace: Workspace, progress: Progress) -> CalendarExport | None:
            # Imported here, on the worker: icalendar takes a third of a second to load. Only this task, one at a
            # time, touches `_written`.
            from desktop.operations.calendar_export import update_calendar_file

            return update_calendar_file(workspace, progress=progress, written=self._written)

        from desktop.operations.transfer_types import TransferError

        self.runner.run(self.tr("Updating the calendar file"), write, self._on_written, self._on_failed,
                        expected=(TransferError,))

    def _on_written(self, done: CalendarExport | None) -> None:
        self._say(self.tr("{path} updated: {description}.").format(path=done.path, description=shown(done.description))
                  if done else "")

    def _on_failed(self, error: Exception) -> None:
        from desktop.operations.progress import Cancelled

        self._say("" if isinstance(error, Cancelled) else self.tr("The calendar file was not updated: {error}").format(
            error=shown_error(error)), 15000)

    def _say(self, text: str, timeout: int = 6000) -> None:
        self._writing = False
        if self._again:
            self._again = False
            self.schedule()
        if text:
            clock = self.workspace.now().astimezone(self.workspace.zone)
            self.last_said = f"{time_of_day(clock)} — {text}"
            if self.status_bar is not None:
                self.status_bar.showMessage(text, timeout)
            self.written.emit(text)
