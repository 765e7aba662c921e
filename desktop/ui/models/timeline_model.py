"""One opportunity's history as a list model: interviews, notes sent, calls and status changes, oldest first."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.operations.calls import TimelineEntry
from desktop.ui import colours
from desktop.ui.dates import short_date_time
from desktop.ui.i18n import shown
from desktop.ui.plain import plain_tooltip
from desktop.ui.style import colour

EntryRole = Qt.ItemDataRole.UserRole + 1
KIND_COLOURS = {"interview": colours.INTERVIEW, "note": colours.INK_SOFT, "call": colours.WARNING,
                "status": colours.MUTED}
Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel):
    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._entries: list[TimelineEntry] = []

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = short_date_time(entry.when.astimezone(self._zone))
            return f"{when}   {shown(entry.title)}" + (f"\n{shown(entry.detail)}" if entry.detail else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(shown(entry.detail)) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return colour(KIND_COLOURS.get(entry.kind, colours.INK))
        if role == EntryRole:
            return entry
        return None
