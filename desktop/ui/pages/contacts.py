"""Contacts: the card file, searched as you type, with the selected card beside the list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import contacts as ops
from desktop.operations.workspace import Workspace
from desktop.ui.card_dialog import CardDialog
from desktop.ui.contact_detail import ContactDetail
from desktop.ui.models.contacts_model import ContactIdRole, ContactsFilter, ContactsModel
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.empty_state import EmptyState


class DeleteContact(QUndoCommand):
    """Deleting a card; undo puts it back with its meeting notes, for as long as the app runs."""

    def __init__(self, page: ContactsPage, contact_id: int, name: str) -> None:
        super().__init__(f"Delete {name}")
        self.page, self.contact_id = page, contact_id
        self.deleted: ops.DeletedContact | None = None

    def redo(self) -> None:
        self.deleted = ops.delete_contact(self.page.workspace, self.contact_id)
        self.page.context.bus.changed.emit()

    def undo(self) -> None:
        assert self.deleted is not None
        ops.restore_contact(self.page.workspace, self.deleted)
        self.page.context.bus.changed.emit()
        self.page.select_contact(self.contact_id)


class ContactsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = None
        self.dialog: CardDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.model = ContactsModel(self)
        self.proxy = ContactsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.undo_stack = QUndoStack(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(QLabel("Contacts", objectName="pageTitle"))
        self.subtitle = QLabel("", objectName="pageSubtitle")
        layout.addWidget(self.subtitle)
        self.stack = QStackedLayout()
        layout.addLayout(self.stack, 1)

        self.empty = EmptyState("No cards yet", "Add a card for everyone you meet, with the name spelled exactly "
                                "as on their card. Type it in, paste an email signature or attach a photo of it.",
                                icon="contacts")
        self.empty_new_button = self.empty.add_button("New card")
        self.stack.addWidget(self.empty)

        self.list_page = QWidget()
        column = QVBoxLayout(self.list_page)
        column.setContentsMargins(0, 8, 0, 0)
        toolbar = QHBoxLayout()
        self.search = QLineEdit(placeholderText="Search name, company, title, email or phone", clearButtonEnabled=True)
        self.search.setMinimumWidth(280)
        self.new_button = QPushButton("New card", objectName="primary")
        self.edit_button = QPushButton("Edit")
        self.delete_button = QPushButton("Delete")
        self.undo_button = QPushButton("Undo delete")
        self.undo_button.setToolTip("Ctrl+Z")
        self.undo_button.hide()
        toolbar.addWidget(self.search, 1)
        for button in (self.undo_button, self.new_button, self.edit_button, self.delete_button):
            toolbar.addWidget(button)
        column.addLayout(toolbar)
        self.no_match = QLabel("", objectName="pageSubtitle")
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.hide()
        column.addWidget(self.no_match)

        splitter = QSplitter()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for section, width in enumerate((132, 165, 135)):
            header.resizeSection(section, width)
        self.table.hideColumn(4)  # the phone is on the card beside the list, and search finds it
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.detail = ContactDetail()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([560, 320])
        column.addWidget(splitter, 1)
        self.stack.addWidget(self.list_page)

        self.undo_action = self.undo_stack.createUndoAction(self, "Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)

        self.search.textChanged.connect(self._on_search)
        self.new_button.clicked.connect(self.new_card)
        self.empty_new_button.clicked.connect(self.new_card)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.confirm_delete)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setVisible)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self._on_selection()

    @property
    def context(self) -> PageContext:
        assert self._context is not None, "bind() first"
        return self._context

    @property
    def workspace(self) -> Workspace:
        return self.context.workspace

    def bind(self, context: PageContext) -> None:
        self._context = context

    def refresh(self) -> None:
        selected = self.selected_id()
        contacts = ops.list_contacts(self.workspace)
        self.model.set_contacts(contacts, self.workspace.settings.default_phone_region)
        count = len(contacts)
        self.subtitle.setText(f"{count} card{'s' if count != 1 else ''}" if count else "Your card file")
        self.stack.setCurrentWidget(self.list_page if count else self.empty)
        self._show_no_match()
        if selected is not None:
            self.select_contact(selected)
        self._on_selection()

    def open_object(self, target: object) -> None:
        """Select a contact given by id."""
        if isinstance(target, int):
            self.search.clear()
            self.select_contact(target)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ContactIdRole) if rows else None

    def select_contact(self, contact_id: int) -> None:
        row = self.model.row_of(contact_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def new_card(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is not None:
            self._open_dialog(contact_id)

    def _open_dialog(self, contact_id: int | None) -> None:
        self.dialog = CardDialog(self.context, contact_id, self)
        self.dialog.saved.connect(self.select_contact)
        self.dialog.open()

    def confirm_delete(self) -> None:
        contact_id = self.selected_id()
        if contact_id is None:
            return
        name = self.model.row_at(self.model.row_of(contact_id) or 0).name
        box = QMessageBox(QMessageBox.Icon.Question, "Delete card", f"Delete the card of {name}?", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText("Their meeting notes and thank-you notes are deleted with it. "
                               "Undo with Ctrl+Z until you close Afterview.")
        self.confirm_delete_button = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.finished.connect(lambda _result: self._on_confirmed(box, contact_id, name))
        self.confirm_box = box
        box.open()

    def _on_confirmed(self, box: QMessageBox, contact_id: int, name: str) -> None:
        if box.clickedButton() is self.confirm_delete_button:
            self.undo_stack.push(DeleteContact(self, contact_id, name))

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_no_match()

    def _show_no_match(self) -> None:
        empty = self.model.rowCount() > 0 and self.proxy.rowCount() == 0
        self.no_match.setText(f"No card matches “{self.search.text().strip()}”." if empty else "")
        self.no_match.setVisible(empty)

    def _on_selection(self, *_: QItemSelection | QModelIndex) -> None:
        contact_id = self.selected_id()
        self.edit_button.setEnabled(contact_id is not None)
        self.delete_button.setEnabled(contact_id is not None)
        details = ops.contact_details(self.workspace, contact_id) if contact_id is not None else None
        self.detail.show_contact(details, self.workspace.settings.default_phone_region if details else "")
