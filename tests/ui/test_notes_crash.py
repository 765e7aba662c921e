"""Nothing typed is lost: a composer process killed outright (SIGKILL) 2.5 s after the last keystroke kept it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ui.notes_helpers import person

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Dear Dana, this sentence was typed just before the power went out."

CHILD = """
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.operations.workspace import open_workspace
from desktop.ui.bus import DataBus
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.notes import NotesPage

data_dir, now, interview_id, contact_id, text = sys.argv[1:6]
app = QApplication([])
clock = datetime.fromisoformat(now)
workspace = open_workspace(data_dir, zone=ZoneInfo("Europe/Berlin"), clock=lambda: clock)
page = NotesPage()
page.bind(PageContext(workspace, DataBus(), lambda *_: None))
page.show()
page.refresh()
page.open_object((int(interview_id), int(contact_id)))
body = page.composer.view.body
body.setFocus()
body.selectAll()
QTest.keyClick(body, Qt.Key.Key_Delete)
QTest.keyClicks(body, text)
print("typed", flush=True)
app.exec()  # runs the autosave timers until the test kills the process
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_composer_keeps_what_was_typed(sample_workspace):
    from tests.conftest import NOW

    dana = person(sample_workspace, "Dana")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(sample_workspace.paths.data_dir), NOW.isoformat(),
         str(dana.interview_id), str(dana.contact_id), TEXT],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "typed", child.stderr.read() if child.stderr else line
        assert person(sample_workspace, "Dana").body != TEXT  # not saved by typing itself: the timer does it
        time.sleep(2.5)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL
    assert person(sample_workspace, "Dana").body == TEXT
