"""Send later from the composer: the menu's times, a picked time, cancelling, and Send now's timing question.

Every message box and dialog is opened non-blocking and deleted once closed.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.operations import mail_password, notes, send_later
from desktop.operations.notes import ComposerRow, NoteError, composer_row
from desktop.operations.send_later import PasswordNotKept, unattended_password
from desktop.operations.workspace import Workspace
from desktop.ui.dates import relative_date_time
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown, shown_error
from desktop.ui.notes.send_time_dialog import SendTimeDialog
from desktop.ui.pages.note_sending import PasswordDialog

if TYPE_CHECKING:
    from desktop.ui.runner import TaskRunner


class NoteScheduling(QObject):
    changed = Signal(object)  # the ComposerRow after it was scheduled or its schedule cancelled
    send_anyway = Signal(object)  # the ComposerRow to send now, as asked

    def __init__(self, runner: TaskRunner, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner, self.workspace = runner, workspace
        self.parent_widget = parent

    def request(self, row: ComposerRow, when: datetime | None) -> None:
        """The composer's Send later menu: one of its times, or None for "Pick a date and time…"."""
        if when is None:
            self.pick_time(row)
        else:
            self.schedule(row, when)

    def send_now(self, row: ComposerRow) -> None:
        """Send, unless it is too soon after the interview or inside quiet hours: then offer a better time."""
        if notes.send_problem(self.workspace, row):  # the sender says why; no question about a better time first
            self.send_anyway.emit(row)
            return
        findings = send_later.timing_findings(self.workspace, row)
        suggested = next((f.suggested for f in findings if f.suggested is not None), None)
        if suggested is None:  # nothing to wait for (a late note is best sent at once)
            self.send_anyway.emit(row)
            return
        zone = self.workspace.zone
        when = relative_date_time(suggested.astimezone(zone), self.workspace.now().astimezone(zone))
        box = self._box(QMessageBox.Icon.Question, "\n\n".join(shown(f.message) for f in findings))
        later = box.addButton(self.tr("Send {when} instead").format(when=when), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("Send now anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(later)
        box.buttonClicked.connect(lambda button: self._on_send_answer(button, later, anyway, row, suggested))
        box.open()

    def _on_send_answer(self, button: object, later: object, anyway: object, row: ComposerRow,
                        suggested: datetime) -> None:
        if button is later:
            self._make_ready(row, suggested)
        elif button is anyway:
            self.send_anyway.emit(row)

    def pick_time(self, row: ComposerRow) -> None:
        """A day and time of the user's choosing, with the timing rules' warnings shown as it is chosen."""
        now = self.workspace.now()
        start = row.scheduled_at or next((c.at for c in send_later.choices(self.workspace)), now + timedelta(hours=1))
        dialog = SendTimeDialog(
            self.workspace.zone, start,
            lambda at: [shown(f.message) for f in send_later.timing_findings(self.workspace, row, at)],
            self.tr("the note to {full_name}").format(full_name=row.full_name), self.parent_widget)
        dialog.chosen.connect(lambda when: self._make_ready(row, when))  # its warnings were on screen
        open_once(dialog)

    def schedule(self, row: ComposerRow, when: datetime) -> None:
        """One of the menu's times; a time the timing rules warn about is confirmed first."""
        findings = send_later.timing_findings(self.workspace, row, when)
        if not findings:
            self._make_ready(row, when)
            return
        box = self._box(QMessageBox.Icon.Question, "\n\n".join(shown(f.message) for f in findings))
        anyway = box.addButton(self.tr("Schedule anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: button is anyway and self._make_ready(row, when))
        box.open()

    def unschedule(self, row: ComposerRow) -> None:
        """Cancel the scheduled send; the draft stays as it is."""
        try:
            self.runner.do(send_later.unschedule, row.interview_id, row.contact_id)
        except NoteError as error:
            self._tell(shown_error(error))
            return
        self.changed.emit(composer_row(self.workspace, row.interview_id, row.contact_id))

    def _make_ready(self, row: ComposerRow, when: datetime) -> None:
        """The note will go out with nobody there, so the mail password must be kept in the keyring first."""
        try:
            unattended_password(self.workspace.settings)
        except PasswordNotKept:
            self._ask_password(row, when)
            return
        except NoteError as error:
            self._tell(self.tr("The note was not scheduled. {error}").format(error=shown_error(error)))
            return
        self._store(row, when)

    def _ask_password(self, row: ComposerRow, when: datetime) -> None:
        settings = self.workspace.settings
        dialog = PasswordDialog(settings.smtp_user, settings.smtp_host, self.parent_widget)
        dialog.remember.setChecked(True)
        dialog.remember.setEnabled(False)  # a scheduled send has nobody to ask
        dialog.remember.setText(self.tr("Kept in the system keyring, so Afterview can send the note without you"))
        dialog.accepted.connect(lambda: self._on_password(row, when, dialog.password.text()))
        open_once(dialog)

    def _on_password(self, row: ComposerRow, when: datetime, password: str) -> None:
        settings = self.workspace.settings
        try:
            mail_password.store_password(settings.smtp_user, settings.smtp_host, password)
        except mail_password.SecretsError as error:
            self._tell(self.tr("The note was not scheduled: {error} Use Send now instead.").format(
                error=shown_error(error)))
            return
        self._store(row, when)

    def _store(self, row: ComposerRow, when: datetime) -> None:
        try:
            self.runner.do(send_later.schedule, row.interview_id, row.contact_id, when)
        except NoteError as error:
            self._tell(self.tr("The note was not scheduled. {error}").format(error=shown_error(error)))
            return
        self.changed.emit(composer_row(self.workspace, row.interview_id, row.contact_id))

    def _tell(self, text: str) -> None:
        box = self._box(QMessageBox.Icon.Warning, text)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.open()

    def _box(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = QMessageBox(icon, self.tr("Send later"), text, QMessageBox.StandardButton.NoButton, self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(box.deleteLater)
        return box
