"""The selected day's agenda on the Calendar page: one row per marker, whole-day ones first."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.operations.calendar import Marker, MarkerKind
from desktop.ui.models.rows import RowsModel
from desktop.ui.plain import plain_tooltip

MARKER_COLOURS = {MarkerKind.INTERVIEW: "#2f6f73", MarkerKind.NOTE: "#2563eb", MarkerKind.CALL: "#16a34a",
                  MarkerKind.MOVE_ON: "#b3261e", MarkerKind.PERSONAL: "#7c3aed", MarkerKind.CONFLICT: "#d97706"}


class DayAgendaModel(RowsModel[Marker]):
    columns = ("Agenda",)  # shown in a list view: one column, no header

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = zone

    def cell(self, marker: Marker, column: int, role: int) -> Any:
        detail = f"\n{marker.detail}" if marker.detail else ""
        if role == Qt.ItemDataRole.DisplayRole:
            when = marker.when.astimezone(self.zone).strftime("%H:%M") if marker.when else "All day"
            return f"{when}   {marker.title}{detail}"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(MARKER_COLOURS[marker.kind])
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{marker.kind.label}: {marker.title}{detail}")
        return None
