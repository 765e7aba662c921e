"""What the Templates dialog does: lists the templates, copies, checks, saves and deletes them through operations."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices

from desktop.core.templates import TemplateError
from desktop.operations import templates as ops
from desktop.operations.notes import user_templates_dir
from desktop.operations.templates import TemplateEntry
from desktop.ui.i18n import shown_error
from desktop.ui.notes.templates_dialog import TemplatesDialog
from desktop.ui.pages.base import PageContext

CHECK_DELAY_MS = 150


class TemplatesController(QObject):
    """Lives as long as its dialog (its parent); what it writes is published through the door."""

    def __init__(self, view: TemplatesDialog, context: PageContext) -> None:
        super().__init__(view)
        self.view = view
        self.context = context
        self.workspace = context.workspace
        self._editing: TemplateEntry | None = None  # the template in the editor while it is editable
        self._dirty = False
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._check)
        view.selection_changed.connect(self._on_selected)
        view.new_requested.connect(self._on_new)
        view.edit_requested.connect(self._on_edit)
        view.delete_requested.connect(self._on_delete)
        view.delete_confirmed.connect(self._delete)
        view.folder_requested.connect(self._open_folder)
        view.save_requested.connect(self._save)
        view.discard_requested.connect(self._discard)
        view.edited.connect(self._on_edited)
        view.close_requested.connect(self._on_close)
        self._reload()

    def _reload(self, select: str = "") -> None:
        selected = self.view.selected()
        self.view.show_entries(ops.list_entries(self.workspace), select or (selected.name if selected else ""))
        self._on_selected()

    def _on_selected(self) -> None:
        if self._editing is None:
            self._show(self.view.selected(), editable=False)

    def _show(self, entry: TemplateEntry | None, editable: bool) -> None:
        try:
            text, unreadable = (ops.read_text(entry) if entry is not None else ""), ""
        except TemplateError as error:
            text, unreadable = "", shown_error(error)
        self.view.show_template(entry, text, editable)
        self._dirty = False
        if unreadable:
            self.view.show_check(unreadable, [], [])
        elif entry is not None:
            self._check()

    def _on_new(self) -> None:
        """Copy the selected template into the user's folder under a free name and open the copy for editing."""
        entry = self.view.selected()
        if entry is None or self._editing is not None:
            return
        try:
            copy = self.context.do(ops.copy_as_new, entry)
        except TemplateError as error:
            self.view.tell(shown_error(error))
            return
        self._reload(copy.name)
        self._start_editing(copy)
        self.view.focus_name()

    def _on_edit(self) -> None:
        entry = self.view.selected()
        if entry is not None and self._editing is None:
            self._start_editing(entry)

    def _start_editing(self, entry: TemplateEntry) -> None:
        self._editing = entry
        self._show(entry, editable=True)

    def _on_edited(self) -> None:
        if self._editing is None:
            return
        self._dirty = True
        self.view.show_unsaved()
        self._check_timer.start()

    def _check(self) -> bool:
        """Read the text as the composer will; say what is wrong, naming the line, and allow Save only when it reads."""
        self._check_timer.stop()
        name = self.view.name_edit.text().strip()
        try:
            template = ops.check_text(name, self.view.text_edit.toPlainText())
            if self._editing is not None and name != self._editing.name:
                ops.check_name(self.workspace, name, keep=self._editing.name)
        except TemplateError as error:
            self.view.show_check(shown_error(error), [], [])
            return False
        self.view.show_check("", ops.unknown_fields(template), list(template.fields))
        return True

    def _save(self) -> bool:
        """Write the template being edited; a problem is shown and nothing is written."""
        if self._editing is None:
            return True
        if not self._check():
            return False
        try:
            saved = self.context.do(ops.save, self.view.name_edit.text(), self.view.text_edit.toPlainText(),
                                    self._editing.name)
        except TemplateError as error:
            self.view.show_check(shown_error(error), [], [])
            return False
        self._editing = None
        self._reload(saved.name)
        self.view.show_saved()
        return True

    def _discard(self) -> None:
        """Leave the editor without writing (a template copied with New template stays, as it was copied)."""
        keep = self._editing.name if self._editing else ""
        self._editing = None
        self._reload(keep)

    def _on_delete(self) -> None:
        entry = self.view.selected()
        if entry is not None and entry.mine:
            self.view.ask_delete(entry)

    def _delete(self, entry: TemplateEntry) -> None:
        try:
            self.context.do(ops.delete, entry)
        except TemplateError as error:
            self.view.tell(shown_error(error))
            return
        self._reload()

    def _open_folder(self) -> None:
        folder = user_templates_dir(self.workspace)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.view.tell(self.tr("The templates folder {folder} could not be created: {reason}").format(
                folder=folder, reason=error.strerror or error))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _on_close(self) -> None:
        """Closing keeps what was typed: a template that reads is saved; one that does not is kept open to fix."""
        if self._editing is not None and self._dirty and not self._save():
            self.view.show_fix_before_closing()
            return
        self.view.close_now()
