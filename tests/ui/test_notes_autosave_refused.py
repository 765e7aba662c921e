"""An autosave the database refuses: another real process holds a write transaction past the busy timeout.

The composer says the note is NOT saved, keeps the text in the editor, retries on its own once the other
process lets go, and then says the note is saved. Nothing claims that nothing was lost.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.dialog_helpers import shown_box
from tests.ui.notes_helpers import build_page, open_person, person

TEXT = "Dear Dana, thank you for walking me through the night-shift study."

# Holds the write lock (BEGIN IMMEDIATE) until a line arrives on stdin, as a long import in another process does.
HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
connection.close()
"""


@pytest.fixture
def hold_write_lock(sample_workspace):
    """Start the other process; it holds the lock until released (and is ended after the test in any case)."""
    started: list[subprocess.Popen] = []

    def start() -> subprocess.Popen:
        holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(sample_workspace.paths.database)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        started.append(holder)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        return holder

    yield start
    for holder in started:
        if holder.poll() is None:
            holder.kill()
        holder.wait(timeout=10)
        for stream in (holder.stdin, holder.stdout):
            if stream is not None:
                stream.close()


def release(holder: subprocess.Popen) -> None:
    assert holder.stdin is not None
    holder.stdin.write("go\n")
    holder.stdin.flush()
    holder.wait(timeout=10)


def test_a_refused_autosave_says_not_saved_keeps_the_text_and_saves_it_once_free(qtbot, sample_workspace,
                                                                               hold_write_lock):
    page = build_page(qtbot, sample_workspace)
    composer = page.composer
    composer._retry_timer.setInterval(300)  # the test need not wait the five seconds between retries
    before = open_person(page, sample_workspace, "Dana").body
    holder = hold_write_lock()
    composer.view.body.setFocus()
    composer.view.body.selectAll()
    qtbot.keyClicks(composer.view.body, TEXT)
    # The first autosave waits out SQLite's busy timeout (5 s), then gives up.
    qtbot.waitUntil(lambda: composer.view.save_problem.isVisible(), timeout=15000)
    assert composer.view.save_state.text() == "NOT saved"
    problem = composer.view.save_problem.text()
    assert problem.startswith("Your note to Dana") and "is NOT saved" in problem and "busy" in problem
    assert "tries to save it again" in problem
    assert composer.view.body.toPlainText() == TEXT and composer.has_unsaved_edits
    assert person(sample_workspace, "Dana").body == before
    qtbot.wait(1000)  # retries while the lock is held keep it unsaved, and never block on the busy timeout
    assert composer.view.save_state.text() == "NOT saved" and person(sample_workspace, "Dana").body == before
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert not shown and "nothing was lost" not in problem.lower()

    qtbot.keyClicks(composer.view.body, " More after the failure.")  # typing on while it is refused
    open_person(page, sample_workspace, "Tomás")  # switching away and back brings the unsaved text back
    assert composer.view.body.toPlainText() != TEXT + " More after the failure."
    assert composer.view.save_problem.isVisible()
    open_person(page, sample_workspace, "Dana")
    assert composer.view.body.toPlainText() == TEXT + " More after the failure."
    assert person(sample_workspace, "Dana").body == before
    release(holder)
    qtbot.waitUntil(lambda: person(sample_workspace, "Dana").body == TEXT + " More after the failure.",
                    timeout=10000)
    dana = person(sample_workspace, "Dana").full_name
    assert composer.view.save_problem.text() == f"Your note to {dana} is saved now."
    assert composer.view.save_state.text() == "Saved" and not composer.has_unsaved_edits


def test_quitting_while_a_note_is_refused_asks_first(qtbot, sample_workspace, hold_write_lock, tmp_path):
    from tests.ui.window_helpers import open_app_window

    window, controller = open_app_window(qtbot, sample_workspace, tmp_path)
    controller.open_page("notes")
    composer = window.pages["notes"].composer
    holder = hold_write_lock()
    composer.view.body.setFocus()
    composer.view.body.selectAll()
    qtbot.keyClicks(composer.view.body, TEXT)
    qtbot.waitUntil(lambda: composer.view.save_problem.isVisible(), timeout=15000)
    controller.quit()  # File → Quit while the database still refuses the note
    box = shown_box(window)
    assert box is not None and box.text() == "A thank-you note is NOT saved yet." and window.isVisible()
    keep = next(b for b in box.buttons() if b.text() == "Keep Afterview open")
    keep.click()
    assert window.isVisible() and composer.view.body.toPlainText() == TEXT  # nothing lost, nothing closed
    release(holder)
    qtbot.waitUntil(lambda: not composer.has_unsaved_edits, timeout=15000)
    controller.runner.shutdown()
