"""Templates…: the note templates listed beside an editor; it lays them out, its controller reacts to them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
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

from desktop.core.templates import KNOWN_FIELDS
from desktop.ui.dialogs import open_once
from desktop.ui.keyboard import dialog_ready
from desktop.ui.models.roles import ItemRole
from desktop.ui.models.templates_model import TemplatesModel
from desktop.ui.row_table import row_table
from desktop.ui.screen_fit import scrolling_column
from desktop.ui.style import set_tone

if TYPE_CHECKING:
    from desktop.operations.templates import TemplateEntry


def _help() -> str:
    fields = "  ".join("{" + name + "}" for name in KNOWN_FIELDS)
    return QCoreApplication.translate(
        "TemplatesDialog", "A template starts with a 'Subject: …' line (and optionally 'Description: …'), then a "
        "blank line, then the note. Fields in braces are filled from the card, the opportunity and your meeting "
        "note:\n{fields}\nWrite {{{{ or }}}} for a literal brace.").format(fields=fields)


def _plain(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text, objectName=name, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class TemplatesDialog(QDialog):
    """The list of templates on the left, the chosen one on the right: a preview, or an editor with Save."""

    new_requested = Signal()
    edit_requested = Signal()
    delete_requested = Signal()
    delete_confirmed = Signal(object)  # the TemplateEntry the user agreed to delete
    folder_requested = Signal()
    save_requested = Signal()
    discard_requested = Signal()
    selection_changed = Signal()
    edited = Signal()  # the name or the text typed in the editor
    close_requested = Signal()  # Close, Escape or the window's own close button

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note templates"))
        self.resize(940, 580)
        self.model = TemplatesModel(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 14)
        layout = scrolling_column(outer)
        layout.addWidget(_plain(self.tr("Note templates"), "pageTitle"))
        layout.addWidget(_plain(self.tr("Built-in templates are never changed: editing one saves your own copy, "
                                        "under the same name, in your templates folder."), "pageSubtitle"))
        row = QHBoxLayout()
        row.setSpacing(16)
        layout.addLayout(row, 1)
        row.addLayout(self._build_list(), 5)
        row.addLayout(self._build_editor(), 6)
        bottom = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = bottom.button(QDialogButtonBox.StandardButton.Close)
        outer.addWidget(bottom)
        dialog_ready(self, first=self.table, save=self.save_button)  # Ctrl+Enter saves the template edited

        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.table.doubleClicked.connect(lambda _index: self.edit_requested.emit())
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.folder_button.clicked.connect(self.folder_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.discard_button.clicked.connect(self.discard_requested)
        self.close_button.clicked.connect(self.reject)
        self.text_edit.textChanged.connect(self.edited)
        self.name_edit.textEdited.connect(self.edited)

    def _build_list(self) -> QVBoxLayout:
        left = QVBoxLayout()
        self.table = row_table(self.model)
        self.table.setAccessibleName(self.tr("Templates"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumWidth(380)
        left.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New template"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.folder_button = QPushButton(self.tr("Open folder"))
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        left.addLayout(buttons)
        return left

    def _build_editor(self) -> QVBoxLayout:
        right = QVBoxLayout()
        name_row = QHBoxLayout()
        name_label = QLabel(self.tr("Name"))
        name_row.addWidget(name_label)
        self.name_edit = QLineEdit()
        name_label.setBuddy(self.name_edit)
        name_row.addWidget(self.name_edit, 1)
        right.addLayout(name_row)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Template text"))
        self.text_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        right.addWidget(self.text_edit, 1)
        self.check_label = _plain()
        right.addWidget(self.check_label)
        self.help_label = _plain(_help())
        set_tone(self.help_label, "hint")
        self.help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.help_label)
        edit_buttons = QHBoxLayout()
        self.state_label = _plain()
        set_tone(self.state_label, "hint")
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.save_button = QPushButton(self.tr("Save"), objectName="primary")
        edit_buttons.addWidget(self.state_label, 1)
        edit_buttons.addWidget(self.discard_button)
        edit_buttons.addWidget(self.save_button)
        right.addLayout(edit_buttons)
        return right

    # --- the list -----------------------------------------------------------------------------------------

    def show_entries(self, entries: list[TemplateEntry], select: str) -> None:
        """List the templates and select the one named `select` (the first when it is not there)."""
        self.model.set_rows(entries)
        if self.model.rowCount():
            self.table.selectRow(max(self.model.row_of(select), 0))

    def selected(self) -> TemplateEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ItemRole) if rows else None

    def select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row >= 0:
            self.table.selectRow(row)

    # --- the template on the right ------------------------------------------------------------------------

    def show_template(self, entry: TemplateEntry | None, text: str, editable: bool) -> None:
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
        self.text_edit.blockSignals(True)  # showing a template is not an edit
        self.text_edit.setPlainText(text)
        self.text_edit.blockSignals(False)
        if entry is None or not editable:
            self.state_label.setText("")
            if entry is None:
                self.check_label.setText("")
            return
        self.state_label.setText(self.tr("Your template, in {folder}").format(folder=entry.path.parent)
                                 if entry.mine else
                                 self.tr("Saving writes your own copy; the built-in one stays as it is."))
        self.text_edit.setFocus()

    def focus_name(self) -> None:
        """The name selected for typing over, as after New template."""
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def show_check(self, problem: str, unknown: list[str], used: list[str]) -> None:
        """Whether the text reads: its problem, the fields Afterview does not know, or the fields it uses."""
        if problem:
            self.check_label.setText(self.tr("✖ {problem}").format(problem=problem))
            set_tone(self.check_label, "error")
        elif unknown:
            listed = ", ".join("{" + name + "}" for name in unknown)
            self.check_label.setText(self.tr("⚠ {fields}: not a field Afterview knows; the note would show it as "
                                             "written.").format(fields=listed))
            set_tone(self.check_label, "warning")
        else:
            fields = ", ".join("{" + name + "}" for name in used) or self.tr("no fields")
            self.check_label.setText(self.tr("✔ Reads fine. Uses {fields}.").format(fields=fields))
            set_tone(self.check_label, "ok")
        self.save_button.setEnabled(not problem)

    def show_unsaved(self) -> None:
        self.state_label.setText(self.tr("Not saved yet"))

    def show_saved(self) -> None:
        self.state_label.setText(self.tr("Saved"))

    def show_fix_before_closing(self) -> None:
        self.state_label.setText(self.tr("Fix the problem above and save, or discard the changes, before closing."))

    # --- questions and reports ----------------------------------------------------------------------------

    def ask_delete(self, entry: TemplateEntry) -> None:
        """Ask before deleting the user's template; `delete_confirmed` follows a yes."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete template"),
                          self.tr("Delete your template “{name}”?").format(name=entry.name), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("The built-in one of that name is offered again.") if entry.overrides else
                               self.tr("This cannot be undone."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.finished.connect(lambda _result: box.clickedButton() is delete and self.delete_confirmed.emit(entry))
        open_once(box)

    def tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Note templates"), text, QMessageBox.StandardButton.Ok,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        open_once(box)

    # --- closing ------------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Close, Escape and the window's close button ask the controller first, which calls `close_now`."""
        self.close_requested.emit()

    def close_now(self) -> None:
        super().reject()
