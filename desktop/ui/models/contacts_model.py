"""The card file as a table (Name, Title, Company, Email, Phone) that sorts and searches itself.

There is no QSortFilterProxyModel in front: on 10,000 contacts the proxy's per-row Python callback alone
cost ~20 ms a keystroke (more than a frame). Here a keystroke is one list comprehension over the folded
search keys, then one layoutChanged; sorting is one Python sort over folded keys computed once per column.
The contacts are held as the operation's columns (ContactList): painting a row reads a string from a list.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.core.contact_rules import fold, format_phone
from desktop.operations.contacts import ContactList, ContactListRow
from desktop.ui.models.rows import ShownRows
from desktop.ui.plain import plain_tooltip

COLUMNS = (QT_TRANSLATE_NOOP("ContactsModel", "Name"), QT_TRANSLATE_NOOP("ContactsModel", "Title"),
           QT_TRANSLATE_NOOP("ContactsModel", "Company"), QT_TRANSLATE_NOOP("ContactsModel", "Email"),
           QT_TRANSLATE_NOOP("ContactsModel", "Phone"))
ContactIdRole = Qt.ItemDataRole.UserRole + 1
SortKeyRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
# data() and flags() run for every painted cell, several times: no enum arithmetic or attribute lookups there.
_DISPLAY, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@functools.lru_cache(maxsize=4096)
def _formatted(e164: str, region: str) -> str:
    return format_phone(e164, region) if e164 else ""


_PHONE_PUNCTUATION = str.maketrans("", "", "()-./")


def search_words(text: str) -> list[str]:
    """The typed words as they appear in search keys: folded, and '(206) 555-0142' as digits like stored numbers."""
    words = []
    for word in fold(text).split():
        digits = word.translate(_PHONE_PUNCTUATION)
        words.append(digits if digits.lstrip("+").isdigit() else word)
    return words


class ContactsModel(ShownRows):
    """Every contact, sorted; `rowCount` and rows are those matching the search (all of them without one)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contacts = ContactList.from_rows([])
        self._cells: tuple[Callable[[int], str], ...] = ()  # column -> the text it shows for a contact
        self._sort_keys: dict[int, list[str]] = {}  # column -> one folded key per contact, computed on first use
        self._order: list[int] = []  # every contact (its position in _contacts), in the sort order
        self._shown: list[int] = []  # those matching the search, in the sort order
        self._words: list[str] = []
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self._region = ""

    def set_contacts(self, contacts: ContactList, region: str) -> None:
        self.beginResetModel()
        self._region = region
        self._contacts = contacts
        self._cells = (contacts.names.__getitem__, contacts.titles.__getitem__, contacts.companies.__getitem__,
                       contacts.first_email, lambda i: self.phone_text(contacts.first_phone(i)))
        self._sort_keys = {}
        self._order = self._sorted(*self._sort)
        self._shown = self._matching()
        self.endResetModel()

    def contact_count(self) -> int:
        """All contacts, whether or not they match the search."""
        return len(self._contacts)

    def set_search(self, text: str) -> None:
        """Show only the contacts holding every word of `text` somewhere on the card (case and accents ignored)."""
        words = search_words(text)
        if words != self._words:
            self._words = words
            self._relayout(self._matching)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            return
        self._sort = (column, order)

        def resort() -> list[int]:
            self._order = self._sorted(column, order)
            return self._matching()

        self._relayout(resort)

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys, names = self._keys(column), self._keys(0)
        # By the column, then by name; by name alone needs no pairs (Python's sort is stable either way round).
        key: Callable[[int], Any] = keys.__getitem__ if column == 0 else lambda i: (keys[i], names[i])
        return sorted(range(len(self._contacts)), key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def _keys(self, column: int) -> list[str]:
        if column not in self._sort_keys:
            contacts = self._contacts
            if column == 0:
                keys = [key or fold(name) for key, name in zip(contacts.name_keys, contacts.names, strict=True)]
            else:  # the phone by its stored number, which sorts by country code
                cell = contacts.first_phone if column == 4 else self._cells[column]
                keys = [fold(cell(i)) for i in range(len(contacts))]
            self._sort_keys[column] = keys
        return self._sort_keys[column]

    def _matching(self) -> list[int]:
        shown = self._order
        if not self._words:
            return shown
        keys = self._contacts.search_keys  # folded on the first search, not for showing the list
        for word in self._words:  # each word narrows the previous word's matches
            shown = [i for i in shown if word in keys[i]]
        return shown

    def phone_text(self, e164: str) -> str:
        return _formatted(e164, self._region)

    def row_at(self, row: int) -> ContactListRow:
        return self._contacts[self._shown[row]]

    def row_of(self, contact_id: int) -> int | None:
        """The row showing the contact, or None when it does not exist or does not match the search."""
        ids = self._contacts.ids
        return next((row for row, i in enumerate(self._shown) if ids[i] == contact_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row = index.row()
        if row < 0:  # an invalid index
            return None
        contact = self._shown[row]
        if role == _DISPLAY:
            return self._cells[index.column()](contact)
        column = index.column()
        if role == _TOOLTIP and column in (3, 4):
            values = (self._contacts.all_emails(contact) if column == 3
                      else tuple(map(self.phone_text, self._contacts.all_phones(contact))))
            return plain_tooltip("\n".join(values)) or None
        if role == _TOOLTIP:  # the whole name, title or company, where the column cuts it short
            return plain_tooltip(self._cells[column](contact)) or None
        if role == SortKeyRole:
            return self._keys(column)[contact]
        if role == ContactIdRole:
            return self._contacts.ids[contact]
        return None
