"""The on-screen checklist: one row per handwritten note, with the four boxes as checkable columns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.operations.checklist import TICKS, ChecklistEntry
from desktop.ui.plain import plain_tooltip

COLUMNS = ("Name", "Company", "Due", *(t.capitalize() for t in TICKS))
FIRST_TICK = 3
Index = QModelIndex | QPersistentModelIndex


class ChecklistModel(QAbstractTableModel):
    """Rows are plain entries; ticking calls `on_tick(note_id, tick, value)`, which writes and reloads."""

    def __init__(self, on_tick: Callable[[int, str, bool], None], parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[ChecklistEntry] = []
        self._on_tick = on_tick

    def set_entries(self, entries: list[ChecklistEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[ChecklistEntry]:
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= FIRST_TICK:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry, column = self._entries[index.row()], index.column()
        if column >= FIRST_TICK:
            if role == Qt.ItemDataRole.CheckStateRole:
                ticked = entry.ticked(TICKS[column - FIRST_TICK])
                return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (entry.name, entry.company, entry.due.strftime("%a %d %b, %H:%M"))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return plain_tooltip("\n".join((entry.name, *entry.address_lines))) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() < FIRST_TICK or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self._on_tick(self._entries[index.row()].note_id, TICKS[index.column() - FIRST_TICK], checked)
        return True
