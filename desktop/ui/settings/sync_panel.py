"""The Sync tab's account and state: set-up against the user's CalDAV/CardDAV server (discovery, the Afterview
calendar and address book chosen or created), "Sync now", the last sync and what moved, and the conflicts and
deletions waiting, each answered here. Every server request runs off the GUI thread, through the runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar
from urllib.parse import unquote

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.sync_choices import CONFLICT_ANSWERS, LABELS
from desktop.operations import sync as sync_ops
from desktop.operations import sync_answers
from desktop.operations.progress import Progress
from desktop.operations.sync import Offline
from desktop.operations.sync_account import has_sync_account
from desktop.operations.workspace import Workspace
from desktop.ui.dates import short_date_time
from desktop.ui.i18n import shown, shown_error
from desktop.ui.models.sync_model import SyncWaitingModel
from desktop.ui.pages.base import PageContext
from desktop.ui.row_table import row_table
from desktop.ui.runner import Operation

T = TypeVar("T")


class SyncPanel(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.url = QLineEdit(placeholderText="https://dav.example.org/")
        self.user = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in your system's keyring"))
        # Where no keyring exists (a bare desktop, a headless machine) the password comes from a command instead.
        self.password_command = QLineEdit(placeholderText=self.tr("or a command that prints it, e.g. pass show dav"))
        for label, field in ((self.tr("Server"), self.url), (self.tr("User name"), self.user),
                             (self.tr("Password"), self.password),
                             (self.tr("Password command"), self.password_command)):
            field.setAccessibleName(label)
            form.addRow(label, field)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.setup_button = QPushButton(self.tr("Set up"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        buttons.addWidget(self.setup_button)
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.state = QLabel("", wordWrap=True, textFormat=Qt.TextFormat.PlainText, objectName="syncState")
        layout.addWidget(self.state)
        self.model = SyncWaitingModel(self)
        self.table = row_table(self.model)
        self.table.setAccessibleName(self.tr("Waiting for you"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Each row is read whole before it is answered (the name, what happened, both values): cut short with an
        # ellipsis, four columns in the dialog's width showed little more than their first words.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table)
        answers = QHBoxLayout()
        # Their texts follow the row chosen: a conflict's two answers, a deletion's two (core/sync_choices.py).
        self.keep_button = QPushButton()
        self.take_button = QPushButton()
        answers.addWidget(self.keep_button)
        answers.addWidget(self.take_button)
        answers.addStretch(1)
        layout.addLayout(answers)
        self.progress = QVBoxLayout()  # the dialog is modal: a sync's progress shows here
        layout.addLayout(self.progress)
        self._working = False
        self.setup_button.clicked.connect(self._on_set_up)
        self.sync_button.clicked.connect(self._on_sync)
        self.keep_button.clicked.connect(lambda: self._on_answer(0))
        self.take_button.clicked.connect(lambda: self._on_answer(1))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # A sync in the background, or an answer given on the command line (`afterview sync resolve`): what waits,
        # and the last sync, are read again.
        context.bus.published.connect(self._on_published)
        self.reload()

    def _on_published(self, _changes: object) -> None:
        if not self._working:  # its own sync or set-up reloads with what it has to say when it ends
            self.reload()

    def reload(self, said: str = "") -> None:
        status = sync_ops.sync_status(self.context.workspace)
        if status is None:
            self.model.set_rows([])
            self.state.setText(said or self.tr("No account is set up: Afterview syncs with nothing."))
        else:
            if not self.url.text():
                self.url.setText(status.url)
                self.user.setText(status.user)
                self.password_command.setText(status.password_command)
            self.password.setPlaceholderText(self.tr("given by the password command") if status.password_command
                                             else self.tr("kept in your system's keyring"))
            when = short_date_time(status.last_sync_at.astimezone(self.context.workspace.zone)) \
                if status.last_sync_at else self.tr("never")
            # What waits is counted now, not as the last sync found it: answered here, it is gone from the line.
            said_then = "; ".join(part for part in (shown(status.last_summary), shown(status.waiting_summary)) if part)
            lines = [self.tr("Calendar: {url}").format(url=unquote(status.calendar_url)),
                     self.tr("Address book: {url}").format(url=unquote(status.addressbook_url)),
                     self.tr("Last sync: {when}").format(when=when) + (f" — {said_then}" if said_then else "")]
            if said:
                lines.append(said)
            self.state.setText("\n".join(lines))
            self.model.set_rows([*status.conflicts, *status.deletions])
            if self.model.rowCount() and not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)  # the buttons then say what they do to the first row waiting
        self._update_buttons()

    def _selected(self) -> sync_answers.Waiting | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_: object) -> None:
        chosen = self._selected()
        keep, take = sync_answers.answers(chosen) if chosen is not None else CONFLICT_ANSWERS
        self.keep_button.setText(shown(LABELS[keep]))
        self.take_button.setText(shown(LABELS[take]))
        has_account = has_sync_account(self.context.workspace)
        self.setup_button.setEnabled(not self._working)
        self.sync_button.setEnabled(has_account and not self._working)
        for button in (self.keep_button, self.take_button):
            button.setEnabled(chosen is not None and not self._working)

    def _run(self, title: str, operation: Operation[T], on_result: Callable[[T], None]) -> None:
        self._working = True
        self._update_buttons()

        def done(result: T) -> None:
            self._working = False
            on_result(result)

        def failed(error: Exception) -> None:
            self._working = False
            said = self.tr("Offline: {error}. Nothing was lost; sync again later.").format(error=shown_error(error)) \
                if isinstance(error, Offline) else f"{title}: {shown_error(error)}"
            self.reload(said)

        self.context.runner.run(title, operation, done, failed, expected=(sync_ops.SyncProblem, Offline),
                                host=self.progress)

    def _on_set_up(self) -> None:
        url, user, password = self.url.text(), self.user.text(), self.password.text()
        command = self.password_command.text().strip()

        def set_up(result: sync_ops.AccountSetup) -> None:
            self.password.clear()
            made = ", ".join(shown(kind) for kind in result.created)
            self.reload(self.tr("Set up: the calendar and address book named Afterview (created: {made}). Sync now "
                                "to fill them.").format(made=made) if made else
                        self.tr("Set up: the calendar and address book named Afterview. Sync now to fill them."))

        def set_up_account(workspace: Workspace, progress: Progress) -> sync_ops.AccountSetup:
            typed = password or (sync_ops.run_password_command(command) if command else "")
            return sync_ops.set_up_account(workspace, url, user, typed, command, progress=progress)

        self._run(self.tr("Setting up sync"), set_up_account, set_up)

    def _on_sync(self) -> None:
        def synced(result: sync_ops.SyncResult) -> None:  # its summary is the last sync's, shown by reload
            lines = [self.tr("Not read: {problem}").format(problem=shown(problem)) for problem in result.problems]
            lines += [self.tr("Put back: {event} (changed elsewhere; Afterview works this event out itself)")
                      .format(event=title) for title in result.put_back]
            self.reload("\n".join(lines[:5]))

        self._run(self.tr("Syncing"), lambda workspace, progress: sync_ops.sync(workspace, progress), synced)

    def _on_answer(self, which: int) -> None:
        """The chosen row answered with its first answer (this computer's side) or its second (the server's)."""
        chosen = self._selected()
        if chosen is None:
            return
        try:
            self.context.do(sync_answers.answer, chosen, sync_answers.answers(chosen)[which])
        except LookupError as error:  # answered meanwhile, or an interview whose opportunity is gone too
            self.reload(shown_error(error))
            return
        self.reload()
