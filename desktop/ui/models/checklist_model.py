"""The on-screen checklist: one row per handwritten note, with the four boxes as checkable columns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from desktop.operations.checklist import TICKS, ChecklistEntry
from desktop.ui.dates import short_date_time
from desktop.ui.models.rows import Index, RowsModel
from desktop.ui.plain import plain_tooltip

FIRST_TICK = 3


class ChecklistModel(RowsModel[ChecklistEntry]):
    """Rows are plain entries; ticking calls `on_tick(note_id, tick, value)`, which writes and reloads."""

    columns = (QT_TRANSLATE_NOOP("ChecklistModel", "Name"), QT_TRANSLATE_NOOP("ChecklistModel", "Company"),
               QT_TRANSLATE_NOOP("ChecklistModel", "Due"), QT_TRANSLATE_NOOP("ChecklistModel", "Written"),
               QT_TRANSLATE_NOOP("ChecklistModel", "Addressed"), QT_TRANSLATE_NOOP("ChecklistModel", "Stamped"),
               QT_TRANSLATE_NOOP("ChecklistModel", "Posted"))  # the last four are TICKS, in their order

    def __init__(self, on_tick: Callable[[int, str, bool], None], parent: Any = None) -> None:
        super().__init__(parent)
        self._on_tick = on_tick

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() >= FIRST_TICK:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def cell(self, entry: ChecklistEntry, column: int, role: int) -> Any:
        if column >= FIRST_TICK:
            if role == Qt.ItemDataRole.CheckStateRole:
                ticked = entry.ticked(TICKS[column - FIRST_TICK])
                return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (entry.name, entry.company, short_date_time(entry.due))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return plain_tooltip("\n".join((entry.name, *entry.address_lines))) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() < FIRST_TICK or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self._on_tick(self._rows[index.row()].note_id, TICKS[index.column() - FIRST_TICK], checked)
        return True
