"""A read-only table model over a list of plain row values; subclasses say what each cell shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.ui.models.roles import ItemRole

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class RowsModel(QAbstractTableModel, Generic[T]):
    columns: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # Each model lists its headings with QT_TRANSLATE_NOOP under its own class name.
            return QCoreApplication.translate(type(self).__name__, self.columns[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()]
        if role == ItemRole:
            return value
        return self.cell(value, index.column(), role)

    def cell(self, row: T, column: int, role: int) -> Any:
        """What one cell shows for `role`; None for roles it does not answer."""
        raise NotImplementedError


class ShownRows(QAbstractTableModel):
    """A model that sorts and filters itself: `_shown` holds, in order, the rows of its data the view shows."""

    _shown: list[int]

    def _relayout(self, rows: Callable[[], list[int]]) -> None:
        """Replace the shown rows, keeping the selection and current row on the same data where still shown."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [self._shown[index.row()] for index in persistent]
        self._shown = rows()
        if persistent:
            place = {kept: row for row, kept in enumerate(self._shown)}
            self.changePersistentIndexList(persistent, [
                self.index(place[kept], index.column()) if kept in place else QModelIndex()
                for index, kept in zip(persistent, before, strict=True)])
        self.layoutChanged.emit()
