"""The running app sends scheduled notes at their time, and asks about those it missed while off or asleep.

One timer, armed for the next scheduled note but never for longer than MAX_SLEEP: Qt's timers stop counting
while the computer sleeps (see reminder_scheduler.py). A note found more than MISSED_AFTER late was missed,
whether the app was not running, the computer slept, or it resumed: it is never sent unseen; the user is asked.
Sends go one at a time through the composer's NoteSender (off the GUI thread) with the password from the
keyring; a failure stays on the note with its reason and is reported, never retried by itself.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.operations import notes as notes_ops
from desktop.operations import send_later
from desktop.operations.notes import NoteError
from desktop.operations.send_later import ScheduledNote
from desktop.operations.workspace import Workspace
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown, shown_error
from desktop.ui.notes.missed_notes_dialog import MissedNotesDialog
from desktop.ui.notes.send_time_dialog import SendTimeDialog
from desktop.ui.pages.note_sending import NoteSender
from desktop.ui.plain import plain_message
from desktop.ui.runner import TaskRunner
from desktop.ui.system.reminder_scheduler import MAX_SLEEP


def _key(note: ScheduledNote) -> tuple[int, int]:
    return note.interview_id, note.contact_id


class ScheduledSending(QObject):
    sent = Signal(object)  # the ScheduledNote that went out
    failed = Signal(object, str)  # the ScheduledNote that did not, and why

    def __init__(self, runner: TaskRunner, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner, self.workspace = runner, workspace
        self.parent_widget = parent
        self.sender = NoteSender(runner, workspace, parent)
        self.sender.sent.connect(self._on_sent)
        self.sender.failed.connect(self._on_failed)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.check)
        self.queue: list[ScheduledNote] = []
        self.current: ScheduledNote | None = None  # on its way to the server
        self._asked: set[tuple[int, int, datetime]] = set()  # missed notes already put to the user this session
        self._missed: MissedNotesDialog | None = None  # the open question: notes missed meanwhile join it

    def check(self) -> None:
        """Send what is due now, ask about what was missed, and arm the timer for the next note."""
        now = self.workspace.now()
        notes = send_later.scheduled_notes(self.workspace)
        for note in send_later.due_to_send(notes, now):
            self._enqueue(note)
        fresh = [n for n in send_later.missed(notes, now) if (*_key(n), n.scheduled_at) not in self._asked]
        self._asked.update((*_key(n), n.scheduled_at) for n in fresh)
        target = send_later.next_send(notes, now)
        wait = MAX_SLEEP if target is None else min(target - now, MAX_SLEEP)
        self.timer.start(max(0, int(wait.total_seconds() * 1000)))
        self._send_next()
        if fresh:
            self.ask_about(fresh)

    def send_now(self, interview_id: int, contact_id: int) -> None:
        """Send one scheduled note at once, as the user asked (Today's Send now)."""
        self._send([n for n in send_later.scheduled_notes(self.workspace) if _key(n) == (interview_id, contact_id)])

    def cancel(self, interview_id: int, contact_id: int) -> None:
        """Cancel a scheduled send; the draft stays as it is."""
        try:
            self.runner.do(send_later.unschedule, interview_id, contact_id)
        except NoteError as error:
            self._tell(shown_error(error))

    # --- sending one at a time ----------------------------------------------------------------------------

    def _send(self, notes: list[ScheduledNote]) -> None:
        for note in notes:
            self._enqueue(note)
        self._send_next()

    def _enqueue(self, note: ScheduledNote) -> None:
        busy = [_key(n) for n in self.queue] + ([_key(self.current)] if self.current else [])
        if _key(note) not in busy:
            self.queue.append(note)

    def _send_next(self) -> None:
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

    def _on_sent(self, _interview_id: int, _contact_id: int) -> None:
        note, self.current = self.current, None
        self.sent.emit(note)
        self._send_next()

    def _on_failed(self, interview_id: int, contact_id: int, reason: str) -> None:
        self.runner.do(send_later.record_failure, interview_id, contact_id, reason)
        note, self.current = self.current, None
        self.failed.emit(note, reason)
        self._send_next()

    # --- the missed notes' question -----------------------------------------------------------------------

    def ask_about(self, notes: list[ScheduledNote]) -> None:
        """The dialog listing notes that were to go out while the computer was off or asleep."""
        if self._missed is not None:
            self._missed.add(notes)
            return
        dialog = MissedNotesDialog(self.workspace.zone, notes, self.parent_widget)
        dialog.send_now.connect(lambda chosen: (dialog.remove(chosen), self._send(chosen)))
        dialog.pick_new_time.connect(self._pick_new_time)
        dialog.keep_as_draft.connect(self._keep_as_draft)
        dialog.finished.connect(lambda _result: self._on_missed_closed(dialog))
        self._missed = dialog
        dialog.open()

    def _on_missed_closed(self, dialog: MissedNotesDialog) -> None:
        self._missed = None
        dialog.deleteLater()  # answered: notes missed later are asked about anew

    def _keep_as_draft(self, notes: list[ScheduledNote]) -> None:
        for note in notes:
            self.runner.do(send_later.unschedule, note.interview_id, note.contact_id)
        if self._missed is not None:
            self._missed.remove(notes)

    def _pick_new_time(self, notes: list[ScheduledNote]) -> None:
        rows = [notes_ops.composer_row(self.workspace, n.interview_id, n.contact_id) for n in notes]

        def judge(at: datetime) -> list[str]:
            return [f"{row.full_name}: {shown(f.message)}" if len(rows) > 1 else shown(f.message)
                    for row in rows for f in send_later.timing_findings(self.workspace, row, at)]

        start = next((c.at for c in send_later.choices(self.workspace)), self.workspace.now())
        what = (self.tr("the note to {name}").format(name=rows[0].full_name) if len(rows) == 1
                else self.tr("these %n notes", "", len(rows)))
        dialog = SendTimeDialog(self.workspace.zone, start, judge, what, self._missed or self.parent_widget)
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
        if self._missed is not None:
            self._missed.remove(done)
        if problems:
            self._tell(self.tr("Not scheduled again:\n") + "\n".join(problems))

    def _tell(self, text: str) -> None:
        box = plain_message(QMessageBox.Icon.Warning, self.tr("Send later"), text, self.parent_widget)
        open_once(box)
