"""The people met in one interview as a table: name, and title at company."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.operations.people_met import PersonMet

COLUMNS = ("Name", "Role")
Index = QModelIndex | QPersistentModelIndex


class PeopleMetModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[PersonMet] = []

    def set_people(self, people: list[PersonMet]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def person(self, row: int) -> PersonMet:
        return self._people[row]

    def row_of(self, contact_id: int) -> int | None:
        return next((i for i, p in enumerate(self._people) if p.contact_id == contact_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._people)

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
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return person.name
            return " at ".join(p for p in (person.title, person.company) if p)
        if role == Qt.ItemDataRole.ToolTipRole and not person.memorable:
            return "Nothing noted yet about what was memorable with this person."
        return None
