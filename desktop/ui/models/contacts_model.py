"""The card file as a table (Name, Title, Company, Email, Phone) and a proxy that searches and sorts it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop.core.cards import ContactCard
from desktop.core.contact_rules import fold, format_phone

COLUMNS = ("Name", "Title", "Company", "Email", "Phone")
ContactIdRole = Qt.ItemDataRole.UserRole + 1
SortKeyRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ContactRow:
    """One contact as the list shows it; `search_key` is every searchable value, folded once when loaded."""

    contact_id: int
    name: str
    title: str
    company: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]  # formatted for reading
    search_key: str
    sort_keys: tuple[str, ...]  # one folded key per column, so sorting 10,000 rows folds nothing

    @classmethod
    def from_card(cls, contact_id: int, card: ContactCard, region: str) -> ContactRow:
        phones = tuple(format_phone(p.value, region) for p in card.phones)
        emails = tuple(e.value for e in card.emails)
        # Stored E.164 and the formatted form both go in, so "+1206555" and "(206) 555" both find the number.
        values = (card.display_name, card.title, card.company, *emails, *phones, *(p.value for p in card.phones))
        cells = (card.display_name, card.title, card.company, next(iter(emails), ""), next(iter(phones), ""))
        return cls(contact_id, card.display_name, card.title, card.company, emails, phones,
                   fold("\n".join(values)), tuple(fold(c) for c in cells))

    def cell(self, column: int) -> str:
        if column == 3:
            return next(iter(self.emails), "")
        if column == 4:
            return next(iter(self.phones), "")
        return (self.name, self.title, self.company)[column]


class ContactsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []

    def set_contacts(self, contacts: list[tuple[int, ContactCard]], region: str) -> None:
        self.beginResetModel()
        self._rows = [ContactRow.from_card(cid, card, region) for cid, card in contacts]
        self.endResetModel()

    def row_at(self, row: int) -> ContactRow:
        return self._rows[row]

    def row_of(self, contact_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.contact_id == contact_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cell(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (3, 4):
            values = row.emails if index.column() == 3 else row.phones
            return "\n".join(values) or None
        if role == SortKeyRole:
            return row.sort_keys[index.column()]
        if role == ContactIdRole:
            return row.contact_id
        return None


class ContactsFilter(QSortFilterProxyModel):
    """Search as you type: every word must appear somewhere on the card, ignoring case and accents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SortKeyRole)

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, ContactsModel)
        key = model.row_at(source_row).search_key
        return all(word in key for word in self._words)
