"""After the task runner shuts down (the app quitting), the sync keeper schedules nothing more: a timer that fired
then would open the database while it is being closed."""

from __future__ import annotations

from desktop.operations.changes import ChangeSet, RecordKind
from desktop.ui.system import sync_keeper


def test_no_sync_is_tried_after_the_runner_shut_down(qtbot, app_window, monkeypatch):
    _window, controller = app_window
    asked: list[object] = []
    monkeypatch.setattr(sync_keeper, "has_sync_account", lambda workspace: asked.append(workspace) or False)
    keeper = controller.sync_keeper
    keeper._settle.setInterval(10)

    controller.bus.published.emit(ChangeSet.of(RecordKind.CONTACT))
    qtbot.waitUntil(lambda: len(asked) == 1)  # running: a change is followed by a sync (no account here)

    controller.runner.shutdown()
    controller.bus.published.emit(ChangeSet.of(RecordKind.CONTACT))
    keeper.sync_now()
    keeper.apply_settings()
    qtbot.wait(100)
    assert len(asked) == 1
