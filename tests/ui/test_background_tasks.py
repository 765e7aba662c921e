"""Imports and exports in the window run in the background: the window keeps answering while a large import
runs, Cancel leaves nothing of it, quitting asks first, and only the pages that show what changed reload."""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog

from desktop.operations import calendar as calendar_ops
from desktop.operations import contacts
from desktop.ui import runner as runner_module
from desktop.ui.main_window import MainWindow
from desktop.ui.task_indicator import TaskIndicator
from tests.dialog_helpers import shown_box
from tests.ui.task_helpers import wait_for_tasks

CARDS = 20_000
HEARTBEAT_MS = 10
# The window still answers: while it does not, the process does little of the import's work. Measured in CPU
# seconds, not wall time: on a machine busy with other work the process gets no CPU for seconds at a time, and
# the heartbeat's wall-time gaps grew with the load (4.6 s of a 9.0 s import once, in a fresh-clone CI run), so a
# bound in wall time failed on a busy machine. An import run on the GUI thread does all its work in one gap (1.0
# of its CPU, measured). One on the worker lets the window answer between slices, but not everywhere: run alone,
# the busiest gap holds 0.07 to 0.10 of the import's CPU; after other window tests in the same process (even
# only tests/ui/test_appearance.py) 0.28 to 0.64, one stretch of 1.5 to 3.5 s in which the worker holds the
# interpreter lock (the GUI thread spends it waiting in Qt's event loop; the worker is in the vCard reader). That
# stall is real and not yet found (see the CHANGELOG); this bound only guards against the import leaving the
# worker.
MOST_CPU_IN_ONE_GAP = 0.8  # of the CPU the whole import took
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def vcards(count: int, prefix: str) -> str:
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{prefix} {n}\r\nN:{n};{prefix};;;\r\nORG:Company {n % 50}\r\n"
                   f"EMAIL;TYPE=work:{prefix.lower()}{n}@example.com\r\nTEL;TYPE=cell:+49 30 {1000000 + n}\r\n"
                   "END:VCARD\r\n" for n in range(count))


class Heartbeat:
    """A timer on the GUI thread; between two of its beats the window did not answer. Each beat notes the wall
    clock and the CPU the whole process (every thread) had used."""

    def __init__(self) -> None:
        self.beats: list[tuple[float, float]] = []
        self.timer = QTimer(interval=HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        self.beats.append((time.perf_counter(), time.process_time()))

    def __enter__(self) -> Heartbeat:
        self._beat()
        self.timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._beat()  # the last stretch, up to the end, counts as a gap too
        self.timer.stop()
        self.timer.deleteLater()

    def gaps(self) -> list[tuple[float, float]]:
        """(wall seconds, CPU seconds) between each beat and the next."""
        return [(b[0] - a[0], b[1] - a[1]) for a, b in zip(self.beats, self.beats[1:], strict=False)]

    def cpu(self) -> float:
        return self.beats[-1][1] - self.beats[0][1]


def import_from_menu(window: MainWindow, path: Path, monkeypatch) -> None:
    """File → Import…, choosing `path` in the file dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args, **_kwargs: ([str(path)], ""))
    window.import_action.trigger()


@pytest.fixture
def own_heap():
    """What earlier tests in this process left alive is not the window's: out of the collector's passes."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.mark.slow
# 20,000 cards: 25 s on an idle machine, 97 s measured with the load of eight test suites on its two cores
@pytest.mark.timeout(300)
def test_a_large_import_leaves_the_window_answering_and_a_cancelled_one_leaves_nothing(
        qtbot, own_heap, app_window, workspace, tmp_path, monkeypatch) -> None:
    window, controller = app_window
    first, second = tmp_path / "first.vcf", tmp_path / "second.vcf"
    first.write_text(vcards(CARDS, "First"))
    second.write_text(vcards(CARDS, "Second"))

    for key in ("contacts", "calendar", "today"):  # each page built once, as a user who has looked around
        window.show_page(key)

    with Heartbeat() as heartbeat:
        import_from_menu(window, first, monkeypatch)
        assert controller.runner.busy()  # the menu came back at once: the import runs on
        window.show_page("contacts")  # the user goes on working meanwhile: searches, then looks at the calendar
        qtbot.keyClicks(window.pages["contacts"].search, "Ana")
        window.show_page("calendar")
        assert controller.runner.busy()
        wait_for_tasks(qtbot, controller.runner, timeout=240_000)
    gaps = heartbeat.gaps()
    longest, busiest = max(gaps), max(gaps, key=lambda gap: gap[1])
    print(f"\n{CARDS} cards imported: {sum(wall for wall, _ in gaps):.1f} s, {heartbeat.cpu():.1f} CPU s; "
          f"{len(gaps)} gaps, the longest {longest[0]:.2f} s ({longest[1]:.2f} CPU s), the busiest {busiest[1]:.2f} "
          f"CPU s ({busiest[0]:.2f} s)")
    assert f"first.vcf: {CARDS} added" in shown_box(window).text()
    assert window.pages["contacts"].search.text() == "Ana" and window.current_page() == "calendar"
    assert busiest[1] < MOST_CPU_IN_ONE_GAP * heartbeat.cpu()
    shown_box(window).close()

    # The second import is held half-way until Cancel is clicked: on a busy machine it could otherwise finish
    # before the click arrives, and the test would prove nothing about cancelling.
    halfway, clicked = threading.Event(), threading.Event()
    told = runner_module._ThreadProgress.update

    def held(progress, done: int, total: int, what: str = "") -> None:
        if what == second.name and done >= CARDS // 2 and not halfway.is_set():
            halfway.set()
            clicked.wait(120)
        told(progress, done, total, what)

    monkeypatch.setattr(runner_module._ThreadProgress, "update", held)
    import_from_menu(window, second, monkeypatch)
    qtbot.waitUntil(halfway.is_set, timeout=120_000)
    qtbot.waitUntil(lambda: window.statusBar().findChild(TaskIndicator) is not None, timeout=60_000)
    indicator = window.statusBar().findChild(TaskIndicator)
    qtbot.mouseClick(indicator.cancel_button, Qt.MouseButton.LeftButton)
    clicked.set()
    wait_for_tasks(qtbot, controller.runner, timeout=60_000)
    report = shown_box(window)
    assert "second.vcf: cancelled; nothing of this file was imported" in report.text()
    assert report.informativeText().startswith("You cancelled the import.")
    names = [card.full_name for _id, card in contacts.list_contacts(workspace)]
    assert len(names) == CARDS and not any(name.startswith("Second") for name in names)
    report.close()


def test_an_import_reloads_the_contacts_page_but_not_the_calendar(qtbot, sample_workspace, app_window, tmp_path,
                                                                  monkeypatch) -> None:
    window, controller = app_window
    assert controller.agenda_model.rowCount() > 0  # Today lists the sample's notes and calls
    snapshots = []
    real_snapshot = calendar_ops.snapshot
    monkeypatch.setattr(calendar_ops, "snapshot", lambda ws: snapshots.append(ws) or real_snapshot(ws))
    window.show_page("calendar")
    assert len(snapshots) == 1  # built on its first visit
    window.show_page("contacts")
    page = window.pages["contacts"]
    assert page.model.rowCount() == 9
    cards = tmp_path / "cards.vcf"
    cards.write_text(vcards(3, "Card"))

    with qtbot.assertNotEmitted(controller.today_ready):  # Today lists none of them: it is not rebuilt
        controller.import_files([cards])
        wait_for_tasks(qtbot, controller.runner)
    shown = {page.model.row_at(r).name for r in range(page.model.rowCount())}
    assert len(shown) == 12 and {"Card 0", "Card 1", "Card 2"} <= shown  # the visible page reloaded
    window.show_page("calendar")
    assert len(snapshots) == 1  # a contact-only change: the calendar was not rebuilt
    shown_box(window).close()

    window.show_page("today")
    with qtbot.waitSignal(controller.today_ready):  # an interview is on Today: it is rebuilt
        controller.import_files([FIXTURES / "ics" / "google_meet_invite.ics"])
        wait_for_tasks(qtbot, controller.runner)
    window.show_page("calendar")
    assert len(snapshots) == 2  # an interview changed: the calendar reloads when shown
    shown_box(window).close()


def test_quitting_while_an_import_runs_asks_then_stops_it_and_keeps_nothing_of_it(qtbot, app_window, workspace,
                                                                                   tmp_path, monkeypatch) -> None:
    window, controller = app_window
    quits: list[int] = []
    monkeypatch.setattr("desktop.ui.controller.QApplication.quit", lambda *_: quits.append(1))
    path = tmp_path / "many.vcf"
    path.write_text(vcards(CARDS, "Late"))
    import_from_menu(window, path, monkeypatch)

    window.quit_action.trigger()
    question = shown_box(window)
    assert question.isVisible() and question.text() == "Still running: Importing many.vcf." and not quits
    qtbot.mouseClick(next(b for b in question.buttons() if b.text() == "Keep working"), Qt.MouseButton.LeftButton)
    assert window.isVisible() and controller.runner.busy() and not quits

    window.quit_action.trigger()
    question = shown_box(window)
    qtbot.mouseClick(next(b for b in question.buttons() if b.text() == "Stop and quit"), Qt.MouseButton.LeftButton)
    assert quits and not controller.runner.busy() and not window.isVisible()
    assert contacts.list_contacts(workspace) == []  # the import was rolled back whole


def test_exports_from_the_file_menu_run_in_the_background_and_report(qtbot, sample_workspace, app_window, tmp_path,
                                                                     monkeypatch) -> None:
    window, controller = app_window
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kwargs: str(tmp_path))
    with qtbot.assertNotEmitted(controller.bus.published):  # an export changes nothing
        window.export_all_action.trigger()
        wait_for_tasks(qtbot, controller.runner)
    assert window.statusBar().currentMessage().startswith("Exported 9 contacts, ")
    assert (tmp_path / "Afterview export" / "contacts.vcf").exists()

    unwritable = tmp_path / "no-such-folder" / "cards.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(unwritable), ""))
    window.export_contacts_action.trigger()
    wait_for_tasks(qtbot, controller.runner)
    box = shown_box(window)
    assert box.isVisible() and "cards.vcf: cannot be written" in box.text()
    box.close()


def test_a_message_said_as_a_long_task_ends_is_not_covered_by_the_data_folders_line(qtbot, app_window):
    """The kept calendar file's first write, at start, takes long enough for the task's indicator to show."""
    window, controller = app_window
    controller.runner.run("Slow", lambda workspace, progress: time.sleep(0.6),
                          lambda _: window.statusBar().showMessage("Written.", 5000))
    wait_for_tasks(qtbot, controller.runner)
    qtbot.wait(50)  # the indicator leaves the status bar
    assert window.statusBar().currentMessage() == "Written." and not window.status_label.isVisible()
