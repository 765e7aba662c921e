"""The selected day's agenda on the Calendar page: one row per marker, whole-day ones first."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.operations.calendar import Marker, MarkerKind
from desktop.ui.plain import plain_tooltip

MarkerRole = Qt.ItemDataRole.UserRole + 1
MARKER_COLOURS = {MarkerKind.INTERVIEW: "#2f6f73", MarkerKind.NOTE: "#2563eb", MarkerKind.CALL: "#16a34a",
                  MarkerKind.MOVE_ON: "#b3261e", MarkerKind.PERSONAL: "#7c3aed", MarkerKind.CONFLICT: "#d97706"}
Index = QModelIndex | QPersistentModelIndex


class DayAgendaModel(QAbstractListModel):
    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self._markers: list[Marker] = []

    def set_markers(self, markers: list[Marker]) -> None:
        self.beginResetModel()
        self._markers = list(markers)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._markers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        marker = self._markers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = marker.when.astimezone(self.zone).strftime("%H:%M") if marker.when else "All day"
            detail = f"\n{marker.detail}" if marker.detail else ""
            return f"{when}   {marker.title}{detail}"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(MARKER_COLOURS[marker.kind])
        if role == Qt.ItemDataRole.ToolTipRole:
            detail = f"\n{marker.detail}" if marker.detail else ""
            return plain_tooltip(f"{marker.kind.label}: {marker.title}{detail}")
        if role == MarkerRole:
            return marker
        return None
