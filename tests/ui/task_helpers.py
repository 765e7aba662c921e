"""Waiting for the window's background tasks, as a user waits for the progress bar to go."""

from __future__ import annotations

from desktop.ui.runner import TaskRunner


def wait_for_tasks(qtbot, runner: TaskRunner, timeout: int = 20000) -> None:
    """Until every task has ended and handed its result (or error) to the GUI thread."""
    qtbot.waitUntil(lambda: not runner.busy(), timeout=timeout)
