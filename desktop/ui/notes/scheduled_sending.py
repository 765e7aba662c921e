"""The running app sends scheduled notes at their time, and asks about those it missed while off or asleep.

One timer, armed for the next scheduled note but never for longer than MAX_SLEEP: Qt's timers stop counting
while the computer sleeps (see reminder_scheduler.py). A note found more than MISSED_AFTER late was missed,
whether the app was not running, the computer slept, or it resumed: it is never sent unseen; the user is asked.
This part only reads the schedule, at every start and wake-up; sending, cancelling and rescheduling are the
outbox's (scheduled_outbox.py), made the first time a note is to be acted on.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.operations import send_schedule
from desktop.operations.send_schedule import ScheduledNote
from desktop.operations.workspace import Workspace
from desktop.ui.notes.missed_notes_dialog import MissedNotesDialog
from desktop.ui.runner import TaskRunner
from desktop.ui.system.reminder_scheduler import MAX_SLEEP

if TYPE_CHECKING:
    from desktop.ui.notes.scheduled_outbox import ScheduledOutbox


class ScheduledSending(QObject):
    sent = Signal(object)  # the ScheduledNote that went out
    failed = Signal(object, str)  # the ScheduledNote that did not, and why

    def __init__(self, runner: TaskRunner, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner, self.workspace = runner, workspace
        self.parent_widget = parent
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.check)
        self._outbox: ScheduledOutbox | None = None
        self._asked: set[tuple[int, int, datetime]] = set()  # missed notes already put to the user this session
        self._missed: MissedNotesDialog | None = None  # the open question: notes missed meanwhile join it

    @property
    def outbox(self) -> ScheduledOutbox:
        """The sending side, made when a note is first to be acted on: most starts have nothing to send."""
        if self._outbox is None:
            from desktop.ui.notes.scheduled_outbox import ScheduledOutbox  # SMTP, the keyring, the note checks

            self._outbox = ScheduledOutbox(self.runner, self.workspace, self.parent_widget)
            self._outbox.sent.connect(self.sent)
            self._outbox.failed.connect(self.failed)
            self._outbox.rescheduled.connect(self._on_rescheduled)
        return self._outbox

    def check(self) -> None:
        """Send what is due now, ask about what was missed, and arm the timer for the next note."""
        now = self.workspace.now()
        notes = send_schedule.scheduled_notes(self.workspace)
        due = send_schedule.due_to_send(notes, now)
        fresh = [n for n in send_schedule.missed(notes, now) if (*n.key, n.scheduled_at) not in self._asked]
        self._asked.update((*n.key, n.scheduled_at) for n in fresh)
        target = send_schedule.next_send(notes, now)
        wait = MAX_SLEEP if target is None else min(target - now, MAX_SLEEP)
        self.timer.start(max(0, int(wait.total_seconds() * 1000)))
        if due or self._outbox is not None:
            self.outbox.send(due)
        if fresh:
            self.ask_about(fresh)

    def send_now(self, interview_id: int, contact_id: int) -> None:
        """Send one scheduled note at once, as the user asked (Today's Send now)."""
        notes = send_schedule.scheduled_notes(self.workspace)
        self.outbox.send([n for n in notes if n.key == (interview_id, contact_id)])

    def cancel(self, interview_id: int, contact_id: int) -> None:
        """Cancel a scheduled send; the draft stays as it is."""
        self.outbox.cancel(interview_id, contact_id)

    # --- the missed notes' question -----------------------------------------------------------------------

    def ask_about(self, notes: list[ScheduledNote]) -> None:
        """The dialog listing notes that were to go out while the computer was off or asleep."""
        if self._missed is not None:
            self._missed.add(notes)
            return
        dialog = MissedNotesDialog(self.workspace.zone, notes, self.parent_widget)
        dialog.send_now.connect(lambda chosen: (dialog.remove(chosen), self.outbox.send(chosen)))
        dialog.pick_new_time.connect(lambda chosen: self.outbox.pick_new_time(chosen, self._missed or
                                                                              self.parent_widget))
        dialog.keep_as_draft.connect(self._keep_as_draft)
        dialog.finished.connect(lambda _result: self._on_missed_closed(dialog))
        self._missed = dialog
        dialog.open()

    def _on_missed_closed(self, dialog: MissedNotesDialog) -> None:
        self._missed = None
        dialog.deleteLater()  # answered: notes missed later are asked about anew

    def _keep_as_draft(self, notes: list[ScheduledNote]) -> None:
        self.outbox.keep_as_draft(notes)
        if self._missed is not None:
            self._missed.remove(notes)

    def _on_rescheduled(self, notes: list[ScheduledNote]) -> None:
        if self._missed is not None:
            self._missed.remove(notes)
