"""The task runner: an operation runs on a worker thread, reports progress, can be cancelled, hands its result or
its error to the GUI thread, publishes its change set, and leaves no thread behind."""

from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QMainWindow, QProgressBar

from desktop.operations import contacts
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.operations.progress import Cancelled
from desktop.ui.bus import DataBus
from desktop.ui.runner import Task, TaskRunner
from desktop.ui.task_indicator import TaskIndicator
from tests.ui.task_helpers import wait_for_tasks


def os_threads() -> int:
    """Threads of this process as the kernel counts them: a worker that did not end is still one of them."""
    return len(os.listdir("/proc/self/task"))


@pytest.fixture
def window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def runner(workspace, window):
    runner = TaskRunner(workspace, DataBus(window), window.statusBar(), window)
    yield runner
    assert not runner.busy()


def test_the_result_comes_back_on_the_gui_thread_and_its_changes_are_published(qtbot, runner, workspace) -> None:
    threads_before = os_threads()
    seen: dict[str, object] = {}

    def operation(on_thread, _progress):
        seen["thread"] = threading.current_thread()
        seen["engine"] = on_thread.sessions.kw["bind"]
        return contacts.add_contact(on_thread, contacts.ContactCard(full_name="Made On A Worker"))

    results = []
    with qtbot.waitSignal(runner.bus.published, timeout=10000) as published:
        runner.run("Adding", operation, lambda result: results.append((result, QThread.currentThread())))
    wait_for_tasks(qtbot, runner)
    (result, delivered_on), = results
    assert delivered_on is QThread.currentThread()  # the GUI thread
    assert seen["thread"] is not threading.main_thread()
    assert seen["engine"] is not workspace.sessions.kw["bind"]  # no SQLite connection crossed threads
    assert published.args == [ChangeSet.of(RecordKind.CONTACT, [result.id])]
    assert [card.full_name for _id, card in contacts.list_contacts(workspace)] == ["Made On A Worker"]
    qtbot.waitUntil(lambda: os_threads() == threads_before)  # the worker thread is gone


def test_an_expected_error_is_handed_over_and_nothing_is_published(qtbot, runner) -> None:
    errors: list[Exception] = []

    def failing(_workspace, _progress):
        raise ValueError("the file says no")

    with qtbot.assertNotEmitted(runner.bus.published):
        runner.run("Failing", failing, lambda _result: pytest.fail("no result"), errors.append,
                   expected=(ValueError,))
        wait_for_tasks(qtbot, runner)
    assert [str(e) for e in errors] == ["the file says no"]


def test_an_unexpected_error_is_raised_again_on_the_gui_thread(qtbot, runner) -> None:
    def broken(_workspace, _progress):
        raise KeyError("a bug")

    with qtbot.captureExceptions() as raised:
        runner.run("Broken", broken, lambda _result: None, lambda _error: pytest.fail("not an expected error"))
        wait_for_tasks(qtbot, runner)
    (kind, error, _traceback), = raised
    assert kind is KeyError and error.args == ("a bug",)


def test_progress_shows_with_cancel_and_cancel_stops_the_operation(qtbot, runner, window) -> None:
    release = threading.Event()
    reached: list[int] = []

    def slow(_workspace, progress):
        for step in range(1000):
            progress.update(step, 1000, "cards.vcf")
            reached.append(step)
            if step == 0:  # the first report always goes out; later ones a few times a second at most
                release.wait(10)  # holds here until the test has seen the progress bar
        return "finished"

    errors: list[Exception] = []
    task = runner.run("Importing cards.vcf", slow, lambda _result: pytest.fail("it was cancelled"), errors.append)
    qtbot.waitUntil(lambda: window.statusBar().findChild(TaskIndicator) is not None, timeout=10000)
    indicator = window.statusBar().findChild(TaskIndicator)
    assert indicator.task is task and indicator.isVisible()
    qtbot.waitUntil(lambda: indicator.bar.maximum() == 1000, timeout=10000)
    assert indicator.bar.value() == 0 and "cards.vcf" in indicator.label.text()
    qtbot.mouseClick(indicator.cancel_button, Qt.MouseButton.LeftButton)
    assert "cancelling" in indicator.label.text()
    release.set()
    wait_for_tasks(qtbot, runner)
    assert [type(e) for e in errors] == [Cancelled] and reached == [0]
    qtbot.waitUntil(lambda: window.statusBar().findChild(TaskIndicator) is None)  # the indicator went with it


def test_a_task_done_at_once_shows_no_progress(qtbot, runner, window) -> None:
    results = []
    runner.run("Quick", lambda _workspace, _progress: 42, results.append)
    wait_for_tasks(qtbot, runner)
    assert results == [42]
    qtbot.wait(400)  # past the moment a slow task's progress would show
    assert window.statusBar().findChild(QProgressBar) is None


def test_a_task_that_cannot_be_cancelled_offers_no_cancel(qtbot, runner, window) -> None:
    release = threading.Event()
    runner.run("Sending", lambda _workspace, _progress: release.wait(10), lambda _result: None, cancellable=False)
    qtbot.waitUntil(lambda: window.statusBar().findChild(TaskIndicator) is not None, timeout=10000)
    indicator = window.statusBar().findChild(TaskIndicator)
    assert indicator.cancel_button.isHidden() and indicator.bar.maximum() == 0  # busy: no steps were told
    release.set()
    wait_for_tasks(qtbot, runner)


def test_shutting_down_cancels_and_waits_for_the_workers(qtbot, runner) -> None:
    threads_before = os_threads()
    started = threading.Event()

    def endless(_workspace, progress):
        started.set()
        while True:
            progress.update(0, 0)

    runner.run("Endless", endless, lambda _result: pytest.fail("never ends by itself"))
    assert started.wait(10)
    runner.shutdown()
    assert not runner.busy()
    qtbot.waitUntil(lambda: os_threads() == threads_before)  # the kernel takes a moment to let the thread go


def test_exclusive_tasks_run_one_after_another_and_others_alongside(qtbot, runner, window) -> None:
    release, first_done = threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first(_workspace, _progress):
        release.wait(10)
        first_done.set()
        return "first"

    def second(_workspace, _progress):
        seen["first had ended"] = first_done.is_set()
        return "second"

    results: list[str] = []
    runner.run("Importing a.vcf", first, results.append, exclusive=True)
    queued = runner.run("Importing b.vcf", second, results.append, exclusive=True)
    runner.run("Exporting", lambda _workspace, _progress: "alongside", results.append)
    qtbot.waitUntil(lambda: results == ["alongside"], timeout=10000)  # not held up by the import
    assert runner.titles() == ["Importing a.vcf", "Importing b.vcf"]
    qtbot.waitUntil(lambda: any(i.task is queued for i in window.statusBar().findChildren(TaskIndicator)),
                    timeout=10000)
    waiting = next(i for i in window.statusBar().findChildren(TaskIndicator) if i.task is queued)
    assert waiting.label.text() == "Importing b.vcf (waiting for the one before)"
    release.set()
    wait_for_tasks(qtbot, runner)
    assert results == ["alongside", "first", "second"] and seen == {"first had ended": True}


def test_a_quick_write_is_done_at_once_and_its_changes_published(qtbot, runner, workspace) -> None:
    def add(on_workspace, name, *, note):
        assert on_workspace is workspace  # on the GUI thread, with the window's own workspace
        return contacts.add_contact(on_workspace, contacts.ContactCard(full_name=name, notes=note))

    with qtbot.waitSignal(runner.bus.published, timeout=1000) as published:
        result = runner.do(add, "Zoë Ðurić-Nakamura", note="met at the door")
    assert published.args == [ChangeSet.of(RecordKind.CONTACT, [result.id])]
    assert [card.full_name for _id, card in contacts.list_contacts(workspace)] == ["Zoë Ðurić-Nakamura"]


def test_a_quick_write_that_fails_reaches_the_caller_and_publishes_nothing(qtbot, runner) -> None:
    def refused(_workspace):
        raise ValueError("the name is empty")

    with qtbot.assertNotEmitted(runner.bus.published), pytest.raises(ValueError, match="the name is empty"):
        runner.do(refused)


def test_an_indicator_made_while_a_report_is_on_its_way_still_shows_it(qtbot, window) -> None:
    task = Task("Reading cards", cancellable=True, exclusive=False, parent=window)
    worker = threading.Thread(target=lambda: task.progressed.emit(1, 3, "zoe.png"))  # queued to the GUI thread
    worker.start()
    worker.join()
    indicator = TaskIndicator(task)  # made before the GUI thread has taken the report in
    qtbot.addWidget(indicator)
    qtbot.waitUntil(lambda: task.latest == (1, 3, "zoe.png"))
    assert indicator.label.text() == "Reading cards (zoe.png): 1 of 3 done"
    assert (indicator.bar.value(), indicator.bar.maximum()) == (1, 3)
