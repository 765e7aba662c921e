"""One opportunity's history as a list model: interviews, notes sent, calls and status changes, oldest first."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.operations.calls import TimelineEntry
from desktop.ui.plain import plain_tooltip

EntryRole = Qt.ItemDataRole.UserRole + 1
KIND_COLOURS = {"interview": "#2f6f73", "note": "#3d4a5c", "call": "#9a6700", "status": "#6b7280"}
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
            when = entry.when.astimezone(self._zone).strftime("%a %d %b %Y %H:%M")
            return f"{when}   {entry.title}" + (f"\n{entry.detail}" if entry.detail else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(entry.detail) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(KIND_COLOURS.get(entry.kind, "#1f2933"))
        if role == EntryRole:
            return entry
        return None
