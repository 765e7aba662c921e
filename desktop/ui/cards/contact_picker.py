"""Pick one contact from the card file by typing part of their name, or create a new card."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.operations.contacts import contact_rows
from desktop.ui.cards.card_dialog import CardDialog
from desktop.ui.cards.card_dialog_controller import CardDialogController
from desktop.ui.dialogs import open_once
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.models.contacts_model import ContactIdRole, ContactsModel
from desktop.ui.pages.base import PageContext
from desktop.ui.row_table import row_table


class ContactPickerDialog(QDialog):
    """OK gives `chosen_id`: the selected contact, or the card just created with 'New card…'."""

    def __init__(self, context: PageContext, exclude: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._created: int | None = None
        self.setWindowTitle(self.tr("Add a person you met"))
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(placeholderText=self.tr("Type part of a name, company or email"),
                                clearButtonEnabled=True)
        layout.addWidget(self.search)
        self.model = ContactsModel(self)
        region = context.workspace.settings.default_phone_region
        self.model.set_contacts(contact_rows(context.workspace).excluding(exclude), region)
        self.table = row_table(self.model)
        for column in (1, 4):
            self.table.hideColumn(column)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = make_primary(buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.ok_button.setText(self.tr("Add"))
        self.new_button = QPushButton(self.tr("New card…"))
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._on_search)
        self.table.selectionModel().selectionChanged.connect(self._update_ok)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.new_button.clicked.connect(self._new_card)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._on_search("")
        dialog_ready(self, first=self.search)

    def chosen_id(self) -> int | None:
        if self._created is not None:
            return self._created
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ContactIdRole) if rows else None

    def _on_search(self, text: str) -> None:
        self.model.set_search(text)
        if self.model.rowCount():
            self.table.selectRow(0)  # Enter adds the best match
        self._update_ok()

    def _update_ok(self, *_: object) -> None:
        self.ok_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _new_card(self) -> None:
        dialog = CardDialog(self.context.workspace.settings.default_phone_region, self)
        if self.search.text().strip():
            dialog.fields["full_name"].setText(self.search.text().strip())
        CardDialogController(dialog, self.context).saved.connect(self._on_created)
        open_once(dialog)

    def _on_created(self, contact_id: int) -> None:
        self._created = contact_id
        self.accept()
