"""The one door every write goes through. `run` takes an operation that may be slow (imports, exports, backups,
sending mail) to a worker thread, with a progress bar and Cancel once it takes a moment, the result or the error
handed back on the GUI thread; `do` runs a quick one (a contact saved, a tick) right away. Either way the change
set the operation returns is published on the bus, so the pages showing those records reload: no widget
announces a change by hand.

The operation gets a copy of the workspace with its own database engine (Workspace.on_this_thread): no SQLite
connection is ever used on two threads.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QBoxLayout, QStatusBar

from desktop.operations.changes import changes_in
from desktop.operations.progress import Cancelled, Progress
from desktop.operations.workspace import Workspace
from desktop.ui.bus import DataBus

T = TypeVar("T")
P = ParamSpec("P")
Operation = Callable[[Workspace, Progress], T]

SHOW_AFTER_MS = 300  # a task done sooner shows no progress at all: a bar that flashes is noise
REPORT_EVERY = 0.05  # seconds between two progress reports sent to the GUI thread
# While a task runs, full (oldest-generation) garbage collections wait. Each walks every object the operation
# holds (a 20,000-card import: hundreds of thousands) with the GIL held, so the GUI thread stood still for
# 200-700 ms at a time, several times per import. Young collections go on; what the task made is freed by
# reference counting as it ends, and full collections resume then.
PAUSED_FULL_COLLECTIONS = 1_000_000


class _ThreadProgress(Progress):
    """The progress an operation is told on its worker thread: passed on to the GUI thread (queued, a few times
    a second at most) and turned into Cancelled once the user asked to stop."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._stop = threading.Event()
        self._last = 0.0

    def update(self, done: int, total: int, what: str = "") -> None:
        if self._stop.is_set():
            raise Cancelled
        now = time.monotonic()
        if now - self._last >= REPORT_EVERY or (total and done >= total):
            self._last = now
            self._task.progressed.emit(done, total, what)  # the task lives on the GUI thread: delivered there

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()


class _Worker(QThread):
    def __init__(self, workspace: Workspace, operation: Operation[Any], progress: Progress) -> None:
        super().__init__()
        self.workspace, self.operation, self.progress = workspace, operation, progress
        self.result: Any = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            with self.workspace.on_this_thread() as workspace:
                self.result = self.operation(workspace, self.progress)
        except Exception as error:  # handed to the GUI thread, which reports it or raises it there
            self.error = error


class Task(QObject, Generic[T]):
    """One operation being run; what an indicator shows and what Cancel stops."""

    progressed = Signal(int, int, str)  # done, total (0: not known), what (a file name); sent by the worker
    # The same report once the GUI thread holds it in `latest`. An indicator listens to this one: a report queued
    # from the worker just before the indicator connected is never delivered to it, and its label would lag.
    reported = Signal(int, int, str)
    ended = Signal()  # the result or the error has been handed over

    def __init__(self, title: str, cancellable: bool, exclusive: bool, parent: QObject) -> None:
        super().__init__(parent)
        self.title, self.cancellable, self.exclusive = title, cancellable, exclusive
        self.progress = _ThreadProgress(self)
        self.show_timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self.when_finished: Callable[[], None] = lambda: None  # set by the runner
        self.latest: tuple[int, int, str] = (0, 0, "")  # the last report, for an indicator that comes later
        self.progressed.connect(self._remember)

    @Slot(int, int, str)
    def _remember(self, done: int, total: int, what: str) -> None:
        self.latest = (done, total, what)
        self.reported.emit(done, total, what)

    @Slot()
    def _on_worker_finished(self) -> None:
        # A slot of this object, which lives on the GUI thread, so the worker's `finished` is queued to it there.
        self.when_finished()

    def cancel(self) -> None:
        """Ask the operation to stop at its next progress report; it rolls back what it had begun."""
        if self.cancellable:
            self.progress.stop()

    @property
    def cancel_requested(self) -> bool:
        return self.progress.stopping


class TaskRunner(QObject):
    """Runs operations off the GUI thread; tasks may overlap (a mail goes out while a file is imported)."""

    stopped = Signal()  # shut down before quitting: whatever schedules work on the runner stops scheduling

    def __init__(self, workspace: Workspace, bus: DataBus, status_bar: QStatusBar | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.bus, self.status_bar = workspace, bus, status_bar
        self._running: dict[Task[Any], _Worker] = {}
        self._waiting: list[tuple[Task[Any], _Worker]] = []  # exclusive tasks queued behind a running one
        self._thresholds: tuple[int, int, int] | None = None  # the collector's, while full collections wait

    def run(self, title: str, operation: Operation[T], on_result: Callable[[T], None],
            on_error: Callable[[Exception], None] | None = None, *, expected: tuple[type[Exception], ...] = (),
            cancellable: bool = True, exclusive: bool = False, host: QBoxLayout | None = None) -> Task[T]:
        """Start `operation(workspace, progress)` on a worker thread and hand its result to `on_result`.

        A Cancelled or an error of the `expected` types goes to `on_error` (a Cancelled without one is said in
        the status bar); any other error is raised again on the GUI thread, where the crash handler sees it.
        Exclusive tasks (long writes: imports, a restore) run one after another, in the order asked, so that one
        never waits on another's transaction until SQLite gives up. Progress shows in `host` when given (a
        dialog's own layout), else in the status bar.
        """
        task: Task[T] = Task(title, cancellable, exclusive, self)
        worker = _Worker(self.workspace, operation, task.progress)
        task.show_timer.timeout.connect(lambda: self._show(task, host))
        task.when_finished = lambda: self._on_finished(task, on_result, on_error, expected)
        worker.finished.connect(task._on_worker_finished)
        task.show_timer.start()
        self._pause_full_collections()
        if exclusive and any(t.exclusive for t in self._running):
            task.latest = (0, 0, self.tr("waiting for the one before"))
            self._waiting.append((task, worker))
        else:
            self._running[task] = worker
            worker.start()
        return task

    def do(self, operation: Callable[Concatenate[Workspace, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run a quick write, `operation(workspace, *args, **kwargs)`, here on the GUI thread, publish the change
        set it returns (or its result carries) and hand back the result; an error reaches the caller untouched,
        and publishes nothing."""
        result = operation(self.workspace, *args, **kwargs)
        self._publish(result)
        return result

    def _publish(self, result: object) -> None:
        changes = changes_in(result)
        if changes:
            self.bus.published.emit(changes)

    def busy(self) -> bool:
        return bool(self._running or self._waiting)

    def titles(self) -> list[str]:
        return [task.title for task in [*self._running, *(task for task, _worker in self._waiting)]]

    def shutdown(self) -> None:
        """Before quitting: cancel what can be cancelled, wait for every worker to end (a mail being sent is let
        finish; a queued task is never begun) and hand over nothing more."""
        running, self._running = self._running, {}
        self._waiting.clear()
        for task in running:
            task.cancel()
        for task, worker in running.items():
            worker.wait()
            task.show_timer.stop()
        self._resume_full_collections()
        self.stopped.emit()

    def _has(self, task: Task[Any]) -> bool:
        return task in self._running or any(waiting is task for waiting, _worker in self._waiting)

    def _pause_full_collections(self) -> None:
        if self._thresholds is None:
            self._thresholds = gc.get_threshold()
            young, middle, _full = self._thresholds
            gc.set_threshold(young, middle, PAUSED_FULL_COLLECTIONS)

    def _resume_full_collections(self) -> None:
        if self._thresholds is not None and not self.busy():
            gc.set_threshold(*self._thresholds)
            self._thresholds = None

    def _show(self, task: Task[Any], host: QBoxLayout | None) -> None:
        from desktop.ui.task_indicator import TaskIndicator

        if not self._has(task) or (host is None and self.status_bar is None):
            return
        indicator = TaskIndicator(task)
        if host is not None:
            host.addWidget(indicator)
        else:
            assert self.status_bar is not None
            self.status_bar.addPermanentWidget(indicator)
        task.ended.connect(indicator.deleteLater)

    def _on_finished(self, task: Task[T], on_result: Callable[[T], None],
                     on_error: Callable[[Exception], None] | None, expected: tuple[type[Exception], ...]) -> None:
        worker = self._running.pop(task, None)
        if worker is None:
            return  # shut down before it ended: nothing is handed over any more
        worker.wait()  # run() has returned; this lets the thread itself end before its object goes
        if task.exclusive and self._waiting:
            following, following_worker = self._waiting.pop(0)
            self._running[following] = following_worker
            following_worker.start()
        self._resume_full_collections()
        task.show_timer.stop()
        try:
            if worker.error is None:
                self._publish(worker.result)
                on_result(worker.result)
            elif isinstance(worker.error, (Cancelled, *expected)) and on_error is not None:
                on_error(worker.error)
            elif isinstance(worker.error, Cancelled):
                if self.status_bar is not None:
                    self.status_bar.showMessage(self.tr("{title}: cancelled.").format(title=task.title), 8000)
            else:
                raise worker.error
        finally:
            task.ended.emit()
            task.deleteLater()
