"""What sync leaves for the user to answer, as a table: conflicts (a field changed here and on the server),
deletions made on the server, and deletions made here of what the server changed meanwhile, one row each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from desktop.operations.sync import WaitingConflict, WaitingDeletion
from desktop.ui.dates import short_date_time
from desktop.ui.i18n import listed, shown
from desktop.ui.models.rows import RowsModel
from desktop.ui.plain import plain_tooltip

Waiting = WaitingConflict | WaitingDeletion


class SyncWaitingModel(RowsModel[Waiting]):
    columns = (QT_TRANSLATE_NOOP("SyncWaitingModel", "Contact or event"), QT_TRANSLATE_NOOP("SyncWaitingModel", "What"),
               QT_TRANSLATE_NOOP("SyncWaitingModel", "Here"), QT_TRANSLATE_NOOP("SyncWaitingModel", "On the server"))

    def cell(self, row: Waiting, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if isinstance(row, WaitingConflict):
            changed = self.tr("{field} changed on both sides").format(field=shown(row.label))
            values = (row.what, changed, row.local, row.remote)
        elif row.here:  # deleted here while the server changed it: what changed there is what may come back
            changed = listed(list(row.changed))
            there = self.tr("changed: {fields}").format(fields=changed)
            if row.starts is not None:  # what the user weighs: the interview is on, at another time
                there += "\n" + self.tr("starts {when}").format(when=short_date_time(row.starts))
            values = (row.what, self.tr("Deleted here, changed on the server"), self.tr("deleted"), there)
        else:
            values = (row.what, self.tr("Deleted on the server"), self.tr("kept"), self.tr("deleted"))
        text = values[column].replace("\n", "; ")
        return plain_tooltip(values[column]) if role == Qt.ItemDataRole.ToolTipRole else text
