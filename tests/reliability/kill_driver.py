"""The app's own code writing to a real database until it is killed: the other half of test_kill.py.

Usage: python kill_driver.py DATA_DIR INTERVIEW_ID CONTACT_ID OPPORTUNITY_ID RUN SEED TEXT

It opens the workspace, opens the real Notes page offscreen on one person's draft and types TEXT into the
composer key by key (the composer's own autosave timers save it), while a second timer adds and updates
contacts and logs call attempts through the operations layer. Each change is reported on stdout, flushed,
only AFTER the call that commits it has returned, so the test knows what must survive a SIGKILL:

    ready T                    the page is open; typing starts (T: time.monotonic(), shared by processes)
    typed N T LATE             N characters of TEXT are on screen; LATE: how late (s) this keystroke's timer fired,
                               a measure of how starved the event loop is on a busy machine
    saved N                    the composer's autosave committed the draft with N characters of TEXT
    contact-added ID NAME      add_contact returned
    contact-updated ID         update_contact (title "updated") returned
    call ID NOTES              log_attempt returned
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.core.cards import ContactCard
from desktop.core.domain import CallOutcome
from desktop.operations import calls, contacts
from desktop.operations.workspace import open_workspace
from desktop.ui.bus import DataBus
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.notes import NotesPage

TYPING_MS = (20, 80)  # a fast typist, key by key
PAUSE_CHANCE, PAUSE_MS = 0.05, 1200  # now and then a pause long enough for the 1 s pause timer to save
WRITE_MS = (40, 160)


def say(line: str) -> None:
    print(line, flush=True)


class Driver:
    def __init__(self, data_dir: str, interview_id: int, contact_id: int, opportunity_id: int, run: int,
                 seed: int, text: str) -> None:
        self.random = random.Random(seed)
        self.run, self.text, self.opportunity_id = run, text, opportunity_id
        self.workspace = open_workspace(data_dir)
        self.bus = DataBus()
        self.page = NotesPage()
        self.page.bind(PageContext(self.workspace, self.bus, lambda *_: None))
        self.page.resize(1000, 640)
        self.page.show()
        self.page.refresh()
        self.page.open_object((interview_id, contact_id))
        self.composer = self.page.composer
        self.prior = self.composer.view.body.toPlainText()  # what the database held when this run started
        self.composer.row_changed.connect(self._on_saved)
        self.body = self.composer.view.body
        self.body.setFocus()
        self.body.moveCursor(QTextCursor.MoveOperation.End)
        self.typed = 0
        self.due = 0.0  # when the typing timer should fire next
        self.added: list[int] = []
        self.updated: set[int] = set()
        self.writes = 0

    def start(self) -> None:
        say(f"ready {time.monotonic():.6f}")
        QTimer.singleShot(0, self._type)
        QTimer.singleShot(0, self._write)

    def _type(self) -> None:
        if self.typed >= len(self.text):
            return
        late = max(0.0, time.monotonic() - self.due) if self.due else 0.0
        QTest.keyClicks(self.body, self.text[self.typed])
        self.typed += 1
        say(f"typed {self.typed} {time.monotonic():.6f} {late:.3f}")
        pause = PAUSE_MS if self.random.random() < PAUSE_CHANCE else self.random.randint(*TYPING_MS)
        self.due = time.monotonic() + pause / 1000
        QTimer.singleShot(pause, self._type)

    def _on_saved(self, row: object) -> None:
        body: str = row.body  # type: ignore[attr-defined]
        if body.startswith(self.prior):
            say(f"saved {len(body) - len(self.prior)}")

    def _write(self) -> None:
        self.writes += 1
        choice = self.random.random()
        pending = [i for i in self.added if i not in self.updated]
        if pending and choice < 0.35:
            contact_id = self.random.choice(pending)
            card = ContactCard(full_name=f"Kill {self.run} {contact_id}", title="updated", company="Crash Test Ltd")
            contacts.update_contact(self.workspace, contact_id, card, name_checked=True)
            self.updated.add(contact_id)
            say(f"contact-updated {contact_id}")
        elif choice < 0.7:
            name = f"Kill-{self.run}-{self.writes}"
            contact_id = contacts.add_contact(self.workspace, ContactCard(full_name=name, company="Crash Test Ltd")).id
            self.added.append(contact_id)
            say(f"contact-added {contact_id} {name}")
        else:
            notes = f"run-{self.run}-call-{self.writes}"
            attempt = calls.log_attempt(self.workspace, self.opportunity_id, self.workspace.now(),
                                        CallOutcome.NO_ANSWER, notes=notes).id
            say(f"call {attempt} {notes}")
        QTimer.singleShot(self.random.randint(*WRITE_MS), self._write)


def main() -> None:
    data_dir, interview_id, contact_id, opportunity_id, run, seed, text = sys.argv[1:8]
    app = QApplication([])
    driver = Driver(data_dir, int(interview_id), int(contact_id), int(opportunity_id), int(run), int(seed), text)
    driver.start()
    app.exec()  # until the test kills the process


if __name__ == "__main__":
    main()
