"""The sending side of scheduled notes: sending them one at a time, cancelling, keeping as drafts, a new time.

Sends go one at a time through the composer's NoteSender (off the GUI thread) with the password from the
keyring; a failure stays on the note with its reason and is reported, never retried by itself. ScheduledSending
makes this the first time a note is to be acted on: SMTP, the keyring and the note checks it loads are no part of
a start at which nothing is due.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.operations import notes as notes_ops
from desktop.operations import send_later
from desktop.operations.notes import NoteError
from desktop.operations.send_schedule import ScheduledNote
from desktop.operations.workspace import Workspace
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown, shown_error
from desktop.ui.notes.send_time_dialog import SendTimeDialog
from desktop.ui.pages.note_sending import NoteSender
from desktop.ui.plain import plain_message
from desktop.ui.runner import TaskRunner


class ScheduledOutbox(QObject):
    sent = Signal(object)  # the ScheduledNote that went out
    failed = Signal(object, str)  # the ScheduledNote that did not, and why
    rescheduled = Signal(object)  # the ScheduledNotes given a new time

    def __init__(self, runner: TaskRunner, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner, self.workspace = runner, workspace
        self.parent_widget = parent
        self.sender = NoteSender(runner, workspace, parent)
        self.sender.sent.connect(self._on_sent)
        self.sender.failed.connect(self._on_failed)
        self.queue: list[ScheduledNote] = []
        self.current: ScheduledNote | None = None  # on its way to the server

    def send(self, notes: list[ScheduledNote]) -> None:
        """Queue these notes (each once) and send the next one when none is on its way."""
        for note in notes:
            busy = [n.key for n in self.queue] + ([self.current.key] if self.current else [])
            if note.key not in busy:
                self.queue.append(note)
        while self.current is None and self.queue:
            note = self.queue.pop(0)
            try:
                row = notes_ops.composer_row(self.workspace, note.interview_id, note.contact_id)
            except NoteError:
                continue  # the interview or the person is gone
            if not row.is_scheduled:
                continue  # cancelled, or sent by hand, meanwhile
            self.current = note
            self.sender.send_unattended(row)

    def cancel(self, interview_id: int, contact_id: int) -> None:
        """Cancel a scheduled send; the draft stays as it is."""
        try:
            self.runner.do(send_later.unschedule, interview_id, contact_id)
        except NoteError as error:
            self._tell(shown_error(error))

    def keep_as_draft(self, notes: list[ScheduledNote]) -> None:
        for note in notes:
            self.runner.do(send_later.unschedule, note.interview_id, note.contact_id)

    def _on_sent(self, _interview_id: int, _contact_id: int) -> None:
        note, self.current = self.current, None
        self.sent.emit(note)
        self.send([])

    def _on_failed(self, interview_id: int, contact_id: int, reason: str) -> None:
        self.runner.do(send_later.record_failure, interview_id, contact_id, reason)
        note, self.current = self.current, None
        self.failed.emit(note, reason)
        self.send([])

    def pick_new_time(self, notes: list[ScheduledNote], parent: QWidget) -> None:
        """A day and time for these notes, with what the timing rules say about it as it is chosen."""
        rows = [notes_ops.composer_row(self.workspace, n.interview_id, n.contact_id) for n in notes]

        def judge(at: datetime) -> list[str]:
            return [f"{row.full_name}: {shown(f.message)}" if len(rows) > 1 else shown(f.message)
                    for row in rows for f in send_later.timing_findings(self.workspace, row, at)]

        start = next((c.at for c in send_later.choices(self.workspace)), self.workspace.now())
        what = (self.tr("the note to {name}").format(name=rows[0].full_name) if len(rows) == 1
                else self.tr("these %n notes", "", len(rows)))
        dialog = SendTimeDialog(self.workspace.zone, start, judge, what, parent)
        dialog.chosen.connect(lambda when: self._reschedule(notes, when))
        open_once(dialog)

    def _reschedule(self, notes: list[ScheduledNote], when: datetime) -> None:
        done, problems = [], []
        for note in notes:
            try:
                self.runner.do(send_later.schedule, note.interview_id, note.contact_id, when)
            except NoteError as error:
                problems.append(f"{note.full_name}: {shown_error(error)}")
                continue
            done.append(note)
        self.rescheduled.emit(done)
        if problems:
            self._tell(self.tr("Not scheduled again:\n") + "\n".join(problems))

    def _tell(self, text: str) -> None:
        box = plain_message(QMessageBox.Icon.Warning, self.tr("Send later"), text, self.parent_widget)
        open_once(box)
