"""The card file as a table (Name, Title, Company, Email, Phone) and a proxy that searches and sorts it."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.core.cards import ContactCard
from desktop.core.contact_rules import fold, format_phone
from desktop.ui.plain import plain_tooltip

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
    phones: tuple[str, ...]  # as stored (E.164); formatted only when shown
    search_key: str
    sort_keys: tuple[str, ...]  # one folded key per column, so sorting 10,000 rows folds nothing

    @classmethod
    def from_card(cls, contact_id: int, card: ContactCard) -> ContactRow:
        # Phones go in as E.164 digits; the filter strips a typed "(206) 555-0142" down to digits to match them.
        # (Formatting 10,000 numbers up front would cost seconds; only the rows on screen are formatted.)
        phones = tuple(p.value for p in card.phones)
        emails = tuple(e.value for e in card.emails)
        values = (card.display_name, card.title, card.company, *emails, *phones)
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
        self._region = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_contacts(self, contacts: list[tuple[int, ContactCard]], region: str) -> None:
        self.beginResetModel()
        self._region = region
        self._rows = [ContactRow.from_card(cid, card) for cid, card in contacts]
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on the folded keys in one Python sort: far faster than the proxy asking data() per comparison."""
        self.layoutAboutToBeChanged.emit()
        old_ids = [row.contact_id for row in self._rows]
        self._sort_rows(column, order)
        position = {row.contact_id: i for i, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(position[old_ids[i.row()]], i.column()) for i in old])
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._sort = (column, order)
        self._rows.sort(key=lambda r: (r.sort_keys[column], r.sort_keys[0]),
                        reverse=order == Qt.SortOrder.DescendingOrder)

    def phone_text(self, e164: str) -> str:
        return _formatted(e164, self._region)

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
            return self.phone_text(row.cell(4)) if index.column() == 4 else row.cell(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (3, 4):
            values = row.emails if index.column() == 3 else tuple(map(self.phone_text, row.phones))
            return plain_tooltip("\n".join(values)) or None
        if role == SortKeyRole:
            return row.sort_keys[index.column()]
        if role == ContactIdRole:
            return row.contact_id
        return None


@functools.lru_cache(maxsize=4096)
def _formatted(e164: str, region: str) -> str:
    return format_phone(e164, region) if e164 else ""


_PHONE_PUNCTUATION = str.maketrans("", "", "()-./")


def _search_word(word: str) -> str:
    """A typed word as it appears in the search key: '(206)' and '555-0142' become digits, as stored numbers are."""
    digits = word.translate(_PHONE_PUNCTUATION)
    return digits if digits.lstrip("+").isdigit() else word


class ContactsFilter(QSortFilterProxyModel):
    """Search as you type: every word must appear somewhere on the card, ignoring case and accents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._hits: list[bool] | None = None  # per source row; None while there is no search
        self.setSortRole(SortKeyRole)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself (fast); the proxy keeps its order and only filters."""
        model = self.sourceModel()
        if isinstance(model, ContactsModel) and column >= 0:
            model.sort(column, order)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        # Connected before the proxy's own slots, so that it filters new or re-sorted rows with fresh hits.
        model.modelReset.connect(self._match)
        model.layoutChanged.connect(self._match)
        super().setSourceModel(model)

    def set_search(self, text: str) -> None:
        words = [_search_word(word) for word in fold(text).split()]
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self._match()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _match(self) -> None:
        """Which source rows hold every word, in one pass: Qt then asks per row, and the answer is a lookup."""
        model = self.sourceModel()
        assert isinstance(model, ContactsModel)
        words = self._words
        keys = (model.row_at(r).search_key for r in range(model.rowCount()))
        self._hits = [all(word in key for word in words) for key in keys] if words else None

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self._hits is None or self._hits[source_row]
