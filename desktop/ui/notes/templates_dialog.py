"""Templates…: the note templates, built in and the user's own; copy one, edit it with a live check, delete yours."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.templates import KNOWN_FIELDS, TemplateError
from desktop.operations import templates as ops
from desktop.operations.notes import user_templates_dir
from desktop.operations.templates import TemplateEntry
from desktop.operations.workspace import Workspace
from desktop.ui.keyboard import dialog_ready
from desktop.ui.models.roles import ItemRole
from desktop.ui.models.templates_model import TemplatesModel
from desktop.ui.row_table import row_table
from desktop.ui.style import set_tone

CHECK_DELAY_MS = 150
HELP = ("A template starts with a 'Subject: …' line (and optionally 'Description: …'), then a blank line, then "
        "the note. Fields in braces are filled from the card, the opportunity and your meeting note:\n"
        + "  ".join("{" + name + "}" for name in KNOWN_FIELDS)
        + "\nWrite {{ or }} for a literal brace.")


def _plain(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text, objectName=name, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class TemplatesDialog(QDialog):
    changed = Signal()  # a template was written or deleted: lists of templates should reload

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.editing: TemplateEntry | None = None  # the template in the editor while it is editable
        self.confirm_box: QMessageBox | None = None
        self._dirty = False
        self._valid = True
        self.setWindowTitle("Note templates")
        self.resize(940, 580)
        self.model = TemplatesModel(self)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check)
        self._build()
        self._connect()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(_plain("Note templates", "pageTitle"))
        layout.addWidget(_plain("Built-in templates are never changed: editing one saves your own copy, under the "
                                "same name, in your templates folder.", "pageSubtitle"))
        row = QHBoxLayout()
        row.setSpacing(16)
        layout.addLayout(row, 1)

        left = QVBoxLayout()
        self.table = row_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumWidth(380)
        left.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton("New template")
        self.edit_button = QPushButton("Edit")
        self.delete_button = QPushButton("Delete")
        self.folder_button = QPushButton("Open folder")
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        left.addLayout(buttons)
        row.addLayout(left, 5)

        right = QVBoxLayout()
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel("Name"))
        self.name_edit = QLineEdit()
        name_row.addWidget(self.name_edit, 1)
        right.addLayout(name_row)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        right.addWidget(self.text_edit, 1)
        self.check_label = _plain()
        right.addWidget(self.check_label)
        self.help_label = _plain(HELP)
        set_tone(self.help_label, "hint")
        self.help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.help_label)
        edit_buttons = QHBoxLayout()
        self.state_label = _plain()
        set_tone(self.state_label, "hint")
        self.discard_button = QPushButton("Discard changes")
        self.save_button = QPushButton("Save", objectName="primary")
        edit_buttons.addWidget(self.state_label, 1)
        edit_buttons.addWidget(self.discard_button)
        edit_buttons.addWidget(self.save_button)
        right.addLayout(edit_buttons)
        row.addLayout(right, 6)

        bottom = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = bottom.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(bottom)
        dialog_ready(self, first=self.table, save=self.save_button)  # Ctrl+Enter saves the template edited

    def _connect(self) -> None:
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selected())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.new_button.clicked.connect(self.new_template)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.confirm_delete)
        self.folder_button.clicked.connect(self.open_folder)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        self.close_button.clicked.connect(self.reject)
        self.text_edit.textChanged.connect(self._on_edited)
        self.name_edit.textEdited.connect(self._on_edited)

    # --- the list -----------------------------------------------------------------------------------------

    def reload(self, select: str = "") -> None:
        keep = select or (self.selected().name if self.selected() else "")
        self.model.set_rows(ops.list_entries(self.workspace))
        row = self.model.row_of(keep)
        if self.model.rowCount():
            self.table.selectRow(max(row, 0))
        self._on_selected()

    def selected(self) -> TemplateEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ItemRole) if rows else None

    def select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row >= 0:
            self.table.selectRow(row)

    def _on_selected(self) -> None:
        if self.editing is None:
            self._show(self.selected(), editable=False)

    def _show(self, entry: TemplateEntry | None, editable: bool) -> None:
        """Show a template: read-only as a preview, or editable with Save and Discard."""
        self.table.setEnabled(not editable)
        self.new_button.setEnabled(not editable and entry is not None and not entry.problem)
        self.edit_button.setEnabled(not editable and entry is not None)
        self.delete_button.setEnabled(not editable and entry is not None and entry.mine)
        self.save_button.setVisible(editable)
        self.discard_button.setVisible(editable)
        self.text_edit.setReadOnly(not editable)
        self.name_edit.setReadOnly(not editable)
        self.name_edit.setText(entry.name if entry else "")
        try:
            text = ops.read_text(entry) if entry is not None else ""
        except TemplateError as error:
            text, unreadable = "", str(error)
        else:
            unreadable = ""
        self.text_edit.blockSignals(True)
        self.text_edit.setPlainText(text)
        self.text_edit.blockSignals(False)
        self._dirty = False
        if entry is None:
            self.state_label.setText("")
            self.check_label.setText("")
            return
        if editable:
            self.state_label.setText(f"Your template, in {entry.path.parent}" if entry.mine else
                                     "Saving writes your own copy; the built-in one stays as it is.")
            self.text_edit.setFocus()
        else:
            self.state_label.setText("")
        if unreadable:
            self._set_check(f"✖ {unreadable}", "error")
        else:
            self.check()

    # --- editing ------------------------------------------------------------------------------------------

    def new_template(self) -> None:
        """Copy the selected template into the user's folder under a free name and open the copy for editing."""
        entry = self.selected()
        if entry is None or self.editing is not None:
            return
        try:
            copy = ops.copy_as_new(self.workspace, entry)
        except TemplateError as error:
            self._tell(str(error))
            return
        self.changed.emit()
        self.reload(copy.name)
        self._start_editing(copy)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def edit_selected(self) -> None:
        entry = self.selected()
        if entry is not None and self.editing is None:
            self._start_editing(entry)

    def _start_editing(self, entry: TemplateEntry) -> None:
        self.editing = entry
        self._show(entry, editable=True)

    def _on_edited(self, *_: object) -> None:
        if self.editing is None:
            return
        self._dirty = True
        self.state_label.setText("Not saved yet")
        self._check_timer.start()

    def check(self) -> bool:
        """Read the text as the composer will; say what is wrong, naming the line, and allow Save only when it reads."""
        self._check_timer.stop()
        name = self.name_edit.text().strip()
        try:
            template = ops.check_text(name, self.text_edit.toPlainText())
            if self.editing is not None and name != self.editing.name:
                ops.check_name(self.workspace, name, keep=self.editing.name)
        except TemplateError as error:
            self._set_check(f"✖ {error}", "error")
            self._valid = False
        else:
            unknown = ops.unknown_fields(template)
            if unknown:
                listed = ", ".join("{" + n + "}" for n in unknown)
                self._set_check(f"⚠ {listed}: not a field Afterview knows; the note would show it as written.",
                                "warning")
            else:
                used = ", ".join("{" + n + "}" for n in template.fields) or "no fields"
                self._set_check(f"✔ Reads fine. Uses {used}.", "ok")
            self._valid = True
        self.save_button.setEnabled(self._valid)
        return self._valid

    def _set_check(self, text: str, tone: str) -> None:
        self.check_label.setText(text)
        set_tone(self.check_label, tone)

    def save(self) -> bool:
        """Write the template being edited; a problem is shown and nothing is written."""
        if self.editing is None:
            return True
        if not self.check():
            return False
        try:
            saved = ops.save(self.workspace, self.name_edit.text(), self.text_edit.toPlainText(), self.editing.name)
        except TemplateError as error:
            self._set_check(f"✖ {error}", "error")
            return False
        self.editing = None
        self.changed.emit()
        self.reload(saved.name)
        self.state_label.setText("Saved")
        return True

    def discard(self) -> None:
        """Leave the editor without writing (a template copied with New template stays, as it was copied)."""
        keep = self.editing.name if self.editing else ""
        self.editing = None
        self.reload(keep)

    # --- delete, folder, closing -------------------------------------------------------------------------

    def confirm_delete(self) -> None:
        entry = self.selected()
        if entry is None or not entry.mine:
            return
        after = "The built-in one of that name is offered again." if entry.overrides else "This cannot be undone."
        box = QMessageBox(QMessageBox.Icon.Question, "Delete template", f"Delete your template “{entry.name}”?",
                          parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(after)
        self.confirm_delete_button = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.finished.connect(lambda _result: self._on_delete_answer(box, entry))
        self.confirm_box = box
        box.open()

    def _on_delete_answer(self, box: QMessageBox, entry: TemplateEntry) -> None:
        if box.clickedButton() is not self.confirm_delete_button:
            return
        try:
            ops.delete(self.workspace, entry)
        except TemplateError as error:
            self._tell(str(error))
            return
        self.changed.emit()
        self.reload()

    def open_folder(self) -> None:
        folder = user_templates_dir(self.workspace)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._tell(f"The templates folder {folder} could not be created: {error.strerror or error}")
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Note templates", text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        self.confirm_box = box

    def reject(self) -> None:
        """Closing keeps what was typed: a template that reads is saved; one that does not is kept open to fix."""
        if self.editing is not None and self._dirty and not self.save():
            self.state_label.setText("Fix the problem above and save, or discard the changes, before closing.")
            return
        super().reject()
