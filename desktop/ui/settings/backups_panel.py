"""The Backups tab's list: every backup with its date, kind and size, "Back up now" and "Restore…"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import recovery
from desktop.operations.errors import DatabaseError
from desktop.operations.progress import Cancelled
from desktop.operations.recovery import Backup
from desktop.ui.dates import long_date_time, short_date_time
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown_error
from desktop.ui.models.backups_model import BackupsModel
from desktop.ui.pages.base import PageContext
from desktop.ui.row_table import row_table
from desktop.ui.runner import Operation

T = TypeVar("T")


class BackupsPanel(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._working = False  # a backup or a restore is running
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Backups are kept in {backups_dir}").format(
            backups_dir=context.workspace.paths.backups_dir), wordWrap=True,
                                textFormat=Qt.TextFormat.PlainText))
        self.model = BackupsModel(context.workspace.zone, self)
        self.table = row_table(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(160)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel("", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        # A backup's progress shows here: the Settings dialog is modal, so the window's status bar is out of reach.
        self.progress = QVBoxLayout()
        layout.addLayout(self.progress)
        self.backup_button.clicked.connect(self._on_back_up)
        self.restore_button.clicked.connect(self._on_restore)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_backups(recovery.backups(self.context.workspace))
        self._update_buttons()

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _update_buttons(self, *_: object) -> None:
        self.backup_button.setEnabled(not self._working)
        self.restore_button.setEnabled(self.selected() is not None and not self._working)

    def _run(self, title: str, operation: Operation[T], on_result: Callable[[T], None], failed: str,
             cancellable: bool, exclusive: bool = False) -> None:
        """Run a backup or a restore off the GUI thread, one at a time."""
        self._working = True
        self._update_buttons()

        def done(result: T) -> None:
            self._working = False
            self.reload()
            on_result(result)

        def fail(error: Exception) -> None:
            self._working = False
            self._update_buttons()
            self.message.setText(self.tr("{failed}: you cancelled it.").format(
                failed=failed) if isinstance(error, Cancelled)
                                 else f"{failed}: {shown_error(error)}")

        self.context.runner.run(title, operation, done, fail, expected=(ValueError, OSError, DatabaseError),
                                cancellable=cancellable, exclusive=exclusive, host=self.progress)

    def _on_back_up(self) -> None:
        def taken(backup: Backup) -> None:
            self.table.selectRow(0)
            self.message.setText(self.tr("Backed up to {name}.").format(name=backup.path.name))

        self._run(self.tr("Backing up"), lambda workspace, progress: recovery.back_up_now(workspace, progress=progress),
                  taken, self.tr("The backup could not be taken"), cancellable=True)

    def _on_restore(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        when = long_date_time(backup.taken_at.astimezone(self.context.workspace.zone))
        confirm = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore a backup"),
                              self.tr("Go back to the backup of {when}?").format(when=when), parent=self)
        confirm.setInformativeText(self.tr("Everything changed since then will be replaced. The database as it "
                                           "is now is backed up first, so this can be undone by restoring that "
                                           "backup."))
        confirm.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
        confirm.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        confirm.buttonClicked.connect(
            lambda clicked: confirm.standardButton(clicked) == QMessageBox.StandardButton.Yes and self.restore(backup))
        open_once(confirm)

    def restore(self, backup: Backup) -> None:
        """Restore without asking (the question has been answered); every page then reloads."""
        def restored(result: recovery.Restored) -> None:
            when = short_date_time(backup.taken_at.astimezone(self.context.workspace.zone))
            self.message.setText(self.tr("Restored the backup of {when}. The database as it was is kept as "
                                         "{name}.").format(when=when, name=result.kept_as.name))

        # A restore is not cancelled half-way: the copy of the database as it was is taken first, then replaced.
        self._run(self.tr("Restoring"), lambda workspace, _progress: recovery.restore_backup(workspace, backup),
                  restored,
                  self.tr("Nothing was restored"), cancellable=False, exclusive=True)
