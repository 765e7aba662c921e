"""What sync leaves for the user to answer, as a table: conflicts (a field changed here and on the server) and
deletions made on the server, one row each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.operations.sync import WaitingConflict, WaitingDeletion
from desktop.ui.models.rows import RowsModel
from desktop.ui.plain import plain_tooltip

Waiting = WaitingConflict | WaitingDeletion


class SyncWaitingModel(RowsModel[Waiting]):
    columns = ("Contact or event", "What", "Here", "On the server")

    def cell(self, row: Waiting, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if isinstance(row, WaitingConflict):
            values = (row.what, f"{row.label} changed on both sides", row.local, row.remote)
        else:
            values = (row.what, "Deleted on the server", "kept", "deleted")
        text = values[column].replace("\n", "; ")
        return plain_tooltip(values[column]) if role == Qt.ItemDataRole.ToolTipRole else text
