"""The three ways a note goes out: the user's mail program, SMTP from here, or the clipboard.

Every message box is opened non-blocking (.open()); the latest one is kept in `last_box` for tests.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.delivery import secrets
from desktop.delivery.smtp import SendError
from desktop.operations import notes as notes_ops
from desktop.operations.notes import ComposerRow, NoteError
from desktop.operations.workspace import Workspace
from desktop.ui.runner import Task, TaskRunner

SEND_ADVICE = {
    "authentication": "Check the user name in Settings → Mail and the password.",
    "connection": "Check the server name and port in Settings → Mail, and that you are online.",
    "refused_recipient": "Check the address on the card in Contacts.",
    "timeout": "The server may be busy or blocked by a firewall; try again in a moment.",
    "tls": "Check the connection security and port in Settings → Mail.",
    "rejected": "The server would not take this message; your provider may say why in its own mail.",
}


class PasswordDialog(QDialog):
    """Asks once for the SMTP password; 'remember' keeps it in the system keyring."""

    def __init__(self, user: str, host: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Mail password")
        layout = QVBoxLayout(self)
        text = QLabel(f"Password for {user} on {host}:")
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        layout.addWidget(self.password)
        self.remember = QCheckBox("Remember it in the system keyring")
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class NoteSender(QObject):
    sent = Signal(int, int)  # interview id, contact id: the note went out and is marked sent
    busy_changed = Signal(bool)  # an SMTP send started (True) or ended (False)

    def __init__(self, runner: TaskRunner, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner, self.workspace = runner, workspace
        self.parent_widget = parent
        self.last_box: QMessageBox | None = None
        self.password_dialog: PasswordDialog | None = None
        self.job: Task[object] | None = None  # the SMTP send on its way, on the runner's worker thread
        self.sending: ComposerRow | None = None  # whose note it is

    # --- the three ways -------------------------------------------------------------------------------------

    def copy(self, row: ComposerRow) -> None:
        """Put the note on the clipboard, then ask whether it went out."""
        if self._refused(row, need_email=False):
            return
        QGuiApplication.clipboard().setText(row.body)
        self._confirm(row, f"The note to {row.full_name} is on the clipboard (subject: “{row.subject}”). "
                           "Paste it where you send it from.")

    def open_in_mail_program(self, row: ComposerRow) -> None:
        """Hand the note to the user's mail program; a note too long for a link is copied instead."""
        if self._refused(row):
            return
        url = notes_ops.mailto_link(self.workspace, row.interview_id, row.contact_id)
        if url is None:
            QGuiApplication.clipboard().setText(row.body)
            self._confirm(row, "The note is too long to hand to your mail program as a link, so it is on the "
                               f"clipboard instead. Write to {row.email} with the subject “{row.subject}” "
                               "and paste it.")
            return
        # fromEncoded keeps the percent-encoding exactly as built, so spaces and line breaks survive.
        if not QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii"))):
            self._tell(QMessageBox.Icon.Warning, "No mail program answered. Use Copy, or Send now from Afterview.")
            return
        self._confirm(row, f"Your mail program should now show the note to {row.full_name}.")

    def send_now(self, row: ComposerRow) -> None:
        """Send over SMTP; the password comes from the keyring, or is asked for once."""
        if self.sending is not None:
            self._tell(QMessageBox.Icon.Information, f"The note to {self.sending.full_name} is still being sent; "
                                                     "send this one once it has gone.")
            return
        if self._refused(row):
            return
        settings = self.workspace.settings
        if not settings.smtp_host.strip():
            self._tell(QMessageBox.Icon.Information, "No mail server is set up. Enter your provider's outgoing "
                                                     "server under Settings → Mail, or use Open in mail program.")
            return
        if not settings.smtp_user.strip():
            self._start(row, None)  # a relay that needs no login
            return
        try:
            password = secrets.load_password(settings.smtp_user, settings.smtp_host)
        except secrets.SecretsError:
            password = None  # the dialog asks; remembering will say why it cannot
        if password is not None:
            self._start(row, password)
            return
        dialog = PasswordDialog(settings.smtp_user, settings.smtp_host, self.parent_widget)
        dialog.accepted.connect(lambda: self._on_password(row, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.password_dialog = dialog
        dialog.open()

    # --- helpers --------------------------------------------------------------------------------------------

    def _refused(self, row: ComposerRow, need_email: bool = True) -> bool:
        problem = notes_ops.send_problem(row, need_email=need_email)
        if problem:
            self._tell(QMessageBox.Icon.Warning, problem)
        return problem is not None

    def _on_password(self, row: ComposerRow, dialog: PasswordDialog) -> None:
        password = dialog.password.text()
        self.password_dialog = None
        if dialog.remember.isChecked():
            settings = self.workspace.settings
            try:
                secrets.store_password(settings.smtp_user, settings.smtp_host, password)
            except secrets.SecretsError as error:
                self._tell(QMessageBox.Icon.Information, str(error))
        self._start(row, password)

    def _start(self, row: ComposerRow, password: str | None) -> None:
        """Talk to the mail server off the GUI thread, so a slow server never freezes the window; a note on its
        way cannot be called back, so there is no Cancel."""
        def send(workspace: Workspace, _progress: object) -> object:
            return notes_ops.send_by_smtp(workspace, row.interview_id, row.contact_id, password)

        self.sending = row
        self.busy_changed.emit(True)
        self.job = self.runner.run(f"Sending the note to {row.full_name}", send, lambda _when: self._on_finished(row),
                                   lambda error: self._on_finished(row, error), expected=(SendError, NoteError),
                                   cancellable=False)

    def _on_finished(self, row: ComposerRow, error: Exception | None = None) -> None:
        self.job = self.sending = None
        self.busy_changed.emit(False)
        if error is not None:
            advice = f"{error.message}\n\n{SEND_ADVICE.get(error.kind, '')}".strip() if isinstance(
                error, SendError) else str(error)
            self._tell(QMessageBox.Icon.Warning, f"The note to {row.full_name} was not sent; "
                                                 f"it is kept as it is.\n\n{advice}")
            return
        self.sent.emit(row.interview_id, row.contact_id)

    def _confirm(self, row: ComposerRow, text: str) -> None:
        box = self._box(QMessageBox.Icon.Question, f"{text}\n\nDid the note go out?",
                        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText("Yes, mark it sent")
        box.button(QMessageBox.StandardButton.No).setText("Not yet")
        yes = QMessageBox.StandardButton.Yes
        box.buttonClicked.connect(lambda button: box.standardButton(button) == yes and self._mark_sent(row))
        box.open()

    def _mark_sent(self, row: ComposerRow) -> None:
        notes_ops.mark_sent(self.workspace, row.interview_id, row.contact_id, self.workspace.now())
        self.sent.emit(row.interview_id, row.contact_id)

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        self._box(icon, text, QMessageBox.StandardButton.Ok).open()

    def _box(self, icon: QMessageBox.Icon, text: str, buttons: QMessageBox.StandardButton) -> QMessageBox:
        if self.last_box is not None:
            self.last_box.deleteLater()
        box = QMessageBox(icon, "Thank-you note", text, buttons, self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.last_box = box
        return box
