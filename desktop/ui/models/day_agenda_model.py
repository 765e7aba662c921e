"""The selected day's agenda on the Calendar page: one row per marker, whole-day ones first."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from desktop.operations.calendar import Marker
from desktop.ui.dates import time_of_day
from desktop.ui.i18n import shown
from desktop.ui.models.rows import RowsModel
from desktop.ui.plain import plain_tooltip
from desktop.ui.style import marker_colour


class DayAgendaModel(RowsModel[Marker]):
    columns = (QT_TRANSLATE_NOOP("DayAgendaModel", "Agenda"),)  # shown in a list view: one column, no header

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = zone

    def cell(self, marker: Marker, column: int, role: int) -> Any:
        detail = f"\n{shown(marker.detail)}" if marker.detail else ""
        if role == Qt.ItemDataRole.DisplayRole:
            when = time_of_day(marker.when.astimezone(self.zone)) if marker.when else self.tr("All day")
            return f"{when}   {shown(marker.title)}{detail}"
        if role == Qt.ItemDataRole.DecorationRole:
            return marker_colour(marker.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{shown(marker.kind.label)}: {shown(marker.title)}{detail}")
        return None
