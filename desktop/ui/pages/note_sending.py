"""The three ways a note goes out: the user's mail program, SMTP from here, or the clipboard.

Every message box is opened non-blocking (.open()) and deleted once answered.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QUrl, Signal
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

from desktop.operations import mail_password
from desktop.operations import notes as notes_ops
from desktop.operations.mail_password import SendError
from desktop.operations.notes import ComposerRow, NoteError
from desktop.operations.send_later import NO_SERVER, unattended_password
from desktop.operations.workspace import Workspace
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown, shown_error
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.runner import TaskRunner

SEND_ADVICE = {
    "authentication": QT_TRANSLATE_NOOP("NoteSender", "Check the user name in Settings → Mail and the password."),
    "connection": QT_TRANSLATE_NOOP("NoteSender", "Check the server name and port in Settings → Mail, and that you "
                                                  "are online."),
    "refused_recipient": QT_TRANSLATE_NOOP("NoteSender", "Check the address on the card in Contacts."),
    "timeout": QT_TRANSLATE_NOOP("NoteSender",
                                 "The server may be busy or blocked by a firewall; try again in a moment."),
    "tls": QT_TRANSLATE_NOOP("NoteSender", "Check the connection security and port in Settings → Mail."),
    "rejected": QT_TRANSLATE_NOOP("NoteSender", "The server would not take this message; your provider may say why in "
                                                "its own mail."),
}


class PasswordDialog(QDialog):
    """Asks for the SMTP password; 'remember' keeps it in the system keyring once the server has accepted it."""

    def __init__(self, user: str, host: str, parent: QWidget | None = None, problem: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail password"))
        layout = QVBoxLayout(self)
        self.problem = QLabel(problem, wordWrap=True, objectName="error")  # why it is asked again
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setVisible(bool(problem))
        layout.addWidget(self.problem)
        text = QLabel(self.tr("Password for {user} on {host}:").format(user=user, host=host))
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        layout.addWidget(self.password)
        self.remember = QCheckBox(self.tr("Remember it in the system keyring once the server accepts it"))
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        make_primary(buttons.button(QDialogButtonBox.StandardButton.Ok))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        dialog_ready(self, first=self.password)


class NoteSender(QObject):
    sent = Signal(int, int)  # interview id, contact id: the note went out and is marked sent
    busy_changed = Signal(bool)  # an SMTP send started (True) or ended (False)
    failed = Signal(int, int, str)  # interview id, contact id, why: an unattended send did not go out

    def __init__(self, runner: TaskRunner, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner, self.workspace = runner, workspace
        self.parent_widget = parent
        self.sending: ComposerRow | None = None  # whose note is on its way, on the runner's worker thread

    # --- the three ways -------------------------------------------------------------------------------------

    def copy(self, row: ComposerRow) -> None:
        """Put the note on the clipboard, then ask whether it went out."""
        if self._refused(row, need_email=False):
            return
        QGuiApplication.clipboard().setText(row.body)
        self._confirm(row, self.tr("The note to {full_name} is on the clipboard (subject: “{subject}”). Paste it "
                                   "where you send it from.").format(full_name=row.full_name, subject=row.subject))

    def open_in_mail_program(self, row: ComposerRow) -> None:
        """Hand the note to the user's mail program; a note too long for a link is copied instead."""
        if self._refused(row):
            return
        url = notes_ops.mailto_link(self.workspace, row.interview_id, row.contact_id)
        if url is None:
            QGuiApplication.clipboard().setText(row.body)
            self._confirm(row, self.tr("The note is too long to hand to your mail program as a link, so it is on the "
                                       "clipboard instead. Write to {email} with the subject “{subject}” and paste "
                                       "it.").format(email=row.email, subject=row.subject))
            return
        # fromEncoded keeps the percent-encoding exactly as built, so spaces and line breaks survive.
        if not QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii"))):
            self._tell(QMessageBox.Icon.Warning, self.tr(
                "No mail program answered. Use Copy, or Send now from Afterview."))
            return
        self._confirm(row, self.tr("Your mail program should now show the note to {full_name}.").format(
            full_name=row.full_name))

    def send_now(self, row: ComposerRow) -> None:
        """Send over SMTP; the password comes from the keyring, or is asked for once."""
        if self.sending is not None:
            self._tell(QMessageBox.Icon.Information, self.tr(
                "The note to {full_name} is still being sent; send this one once it has gone.").format(
                    full_name=self.sending.full_name))
            return
        if self._refused(row):
            return
        settings = self.workspace.settings
        if not settings.smtp_host.strip():
            self._tell(QMessageBox.Icon.Information, NO_SERVER)
            return
        if not settings.smtp_user.strip():
            self._start(row, None, remember=False)  # a relay that needs no login
            return
        try:
            password = mail_password.load_password(settings.smtp_user, settings.smtp_host)
        except mail_password.SecretsError:
            password = None  # the dialog asks; remembering will say why it cannot
        if password is not None:
            self._start(row, password, remember=False)
            return
        self._ask_password(row)

    # --- helpers --------------------------------------------------------------------------------------------

    def _refused(self, row: ComposerRow, need_email: bool = True) -> bool:
        problem = notes_ops.send_problem(self.workspace, row, need_email=need_email)
        if problem:
            self._tell(QMessageBox.Icon.Warning, problem)
        return problem is not None

    def _ask_password(self, row: ComposerRow, problem: str = "") -> None:
        settings = self.workspace.settings
        dialog = PasswordDialog(settings.smtp_user, settings.smtp_host, self.parent_widget, problem)
        dialog.accepted.connect(lambda: self._on_password(row, dialog))
        open_once(dialog)

    def send_unattended(self, row: ComposerRow) -> None:
        """Send a scheduled note with nobody there: the password must be in the keyring. The outcome is `sent`
        or `failed` with the reason, never a message box or a question."""
        try:
            problem = notes_ops.send_problem(self.workspace, row)
            if problem:
                raise NoteError(problem)
            password = unattended_password(self.workspace.settings)
        except NoteError as error:
            self.failed.emit(row.interview_id, row.contact_id, shown_error(error))
            return
        self._start(row, password, unattended=True)

    def _on_password(self, row: ComposerRow, dialog: PasswordDialog) -> None:
        self._start(row, dialog.password.text(), remember=dialog.remember.isChecked())

    def _start(self, row: ComposerRow, password: str | None, remember: bool = False, unattended: bool = False) -> None:
        """Talk to the mail server off the GUI thread, so a slow server never freezes the window; a note on its
        way cannot be called back, so there is no Cancel. A password to remember is stored only once it worked."""
        def send(workspace: Workspace, _progress: object) -> object:
            return notes_ops.send_by_smtp(workspace, row.interview_id, row.contact_id, password)

        def finished(error: Exception | None = None) -> None:
            self._on_finished(row, password, remember, unattended, error)

        self.sending = row
        self.busy_changed.emit(True)
        self.runner.run(self.tr("Sending the note to {name}").format(
            name=row.full_name), send, lambda _when: finished(),
                        finished, expected=(SendError, NoteError), cancellable=False)

    def _on_finished(self, row: ComposerRow, password: str | None, remember: bool, unattended: bool,
                     error: Exception | None) -> None:
        self.sending = None
        self.busy_changed.emit(False)
        if error is not None:
            advice = self.tr(SEND_ADVICE[error.kind]) if isinstance(
                error, SendError) and error.kind in SEND_ADVICE else ""
            reason = f"{shown(error.message)}\n\n{advice}".strip() if isinstance(error,
                                                                                 SendError) else shown_error(error)
            if unattended:
                self.failed.emit(row.interview_id, row.contact_id, reason)
            elif isinstance(error, SendError) and error.kind == "authentication" and password is not None:
                self._on_password_refused(row, reason)
            else:
                self._tell(QMessageBox.Icon.Warning, self.tr(
                    "The note to {full_name} was not sent; it is kept as it is.\n\n{reason}").format(
                        full_name=row.full_name, reason=reason))
            return
        if remember and password is not None:
            self._remember(password)
        self.sent.emit(row.interview_id, row.contact_id)

    def _on_password_refused(self, row: ComposerRow, reason: str) -> None:
        """A refused password is never kept: one stored earlier is forgotten, and the user is asked again."""
        settings = self.workspace.settings
        with contextlib.suppress(mail_password.SecretsError):  # a keyring that cannot be used holds nothing to forget
            mail_password.forget_password(settings.smtp_user, settings.smtp_host)
        self._ask_password(row, self.tr("The note to {full_name} was not sent; it is kept as it is. {reason}\nType "
                                        "the password again, or Cancel.").format(
                                            full_name=row.full_name, reason=reason))

    def _remember(self, password: str) -> None:
        settings = self.workspace.settings
        try:
            mail_password.store_password(settings.smtp_user, settings.smtp_host, password)
        except mail_password.SecretsError as error:
            self._tell(QMessageBox.Icon.Information, self.tr(
                "The note was sent, but the password was not remembered. {error}").format(error=shown_error(error)))

    def _confirm(self, row: ComposerRow, text: str) -> None:
        box = self._box(QMessageBox.Icon.Question, self.tr("{text}\n\nDid the note go out?").format(text=text),
                        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Yes, mark it sent"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Not yet"))
        yes = QMessageBox.StandardButton.Yes
        box.buttonClicked.connect(lambda button: box.standardButton(button) == yes and self._mark_sent(row))
        box.open()

    def _mark_sent(self, row: ComposerRow) -> None:
        self.runner.do(notes_ops.mark_sent, row.interview_id, row.contact_id, self.workspace.now())
        self.sent.emit(row.interview_id, row.contact_id)

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        self._box(icon, text, QMessageBox.StandardButton.Ok).open()

    def _box(self, icon: QMessageBox.Icon, text: str, buttons: QMessageBox.StandardButton) -> QMessageBox:
        box = QMessageBox(icon, self.tr("Thank-you note"), text, buttons, self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(box.deleteLater)
        return box
