"""The backups of the database as a table: when each was taken, what kind it is and its size."""

from __future__ import annotations

from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from desktop.operations.recovery import Backup
from desktop.ui.dates import number, short_date_time
from desktop.ui.models.rows import RowsModel
from desktop.ui.plain import plain_tooltip

KINDS = {"daily": QT_TRANSLATE_NOOP("BackupsModel", "Daily"),
         "pre-migration": QT_TRANSLATE_NOOP("BackupsModel", "Before an upgrade"),
         "before-restore": QT_TRANSLATE_NOOP("BackupsModel", "Before a restore"),
         "manual": QT_TRANSLATE_NOOP("BackupsModel", "Backed up by you")}


def file_size(size: int) -> str:
    return (f"{number(size / 1_048_576, 1)} MB" if size >= 1_048_576
            else f"{number(max(1, round(size / 1024)))} KB")


class BackupRow(NamedTuple):
    backup: Backup
    size: int  # read once when listed, not on every paint


class BackupsModel(RowsModel[BackupRow]):
    columns = (QT_TRANSLATE_NOOP("BackupsModel", "Taken"), QT_TRANSLATE_NOOP("BackupsModel", "Kind"),
               QT_TRANSLATE_NOOP("BackupsModel", "Size"))

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone

    def set_backups(self, backups: list[Backup]) -> None:
        self.set_rows([BackupRow(b, b.size if b.path.exists() else 0) for b in backups])

    def backup(self, row: int) -> Backup:
        return self._rows[row].backup

    def cell(self, row: BackupRow, column: int, role: int) -> Any:
        backup = row.backup
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return short_date_time(backup.taken_at.astimezone(self._zone))
            if column == 1:
                if backup.kind in KINDS:
                    return self.tr(KINDS[backup.kind])
                return backup.kind.replace("-", " ").capitalize()
            return file_size(row.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(str(backup.path))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
