"""The Today list as a table model: group header rows (Overdue, Today, Next 7 days) followed by their items."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop.core.agenda import AgendaItem, Group, group_of
from desktop.ui.models.roles import ItemRole
from desktop.ui.plain import plain_tooltip

COLUMNS = ("Due", "What", "For")
Index = QModelIndex | QPersistentModelIndex

GROUP_COLOURS = {Group.OVERDUE: "#b3261e", Group.TODAY: "#9a6700", Group.NEXT_7_DAYS: "#3d4a5c",
                 Group.LATER: "#6b7280"}


def due_text(due: datetime, now: datetime, zone: ZoneInfo) -> str:
    """'Today 15:30', 'Tomorrow 09:30', 'Thu 26 Nov 15:30' or, when overdue, how long ago."""
    local, today = due.astimezone(zone), now.astimezone(zone).date()
    if due < now:
        hours = int((now - due).total_seconds() // 3600)
        return f"{hours} h overdue" if hours < 48 else f"{hours // 24} days overdue"
    days = (local.date() - today).days
    prefix = {0: "Today", 1: "Tomorrow"}.get(days, local.strftime("%a %d %b"))
    return f"{prefix} {local:%H:%M}"


class AgendaModel(QAbstractTableModel):
    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._now = datetime.now(zone)
        self._rows: list[Group | AgendaItem] = []
        self._icons: dict[str, Any] = {}
        self._counts: dict[Group, int] = {}

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    def set_items(self, items: list[AgendaItem], now: datetime) -> None:
        self.beginResetModel()
        self._now = now
        self._rows = []
        self._counts: dict[Group, int] = {}
        current: Group | None = None
        for item in items:
            group = group_of(item, now, self._zone)
            if group is not current:
                self._rows.append(group)
                current = group
            self._rows.append(item)
            self._counts[group] = self._counts.get(group, 0) + 1
        self.endResetModel()

    def item_count(self) -> int:
        return sum(isinstance(r, AgendaItem) for r in self._rows)

    def is_header(self, row: int) -> bool:
        return isinstance(self._rows[row], Group)

    def item_at(self, row: int) -> AgendaItem | None:
        value = self._rows[row] if 0 <= row < len(self._rows) else None
        return value if isinstance(value, AgendaItem) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_header(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()]
        column = index.column()
        if isinstance(value, Group):
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return f"{value.value}  ·  {self._counts.get(value, 0)}"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(GROUP_COLOURS[value])
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                text = due_text(value.due, self._now, self._zone)
                return f"{text} (snoozed)" if value.snoozed else text
            return value.title if column == 1 else value.detail
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and value.due < self._now:
            return QColor(GROUP_COLOURS[Group.OVERDUE])
        if role == Qt.ItemDataRole.ToolTipRole:
            due = value.due.astimezone(self._zone)
            return plain_tooltip(f"{value.title}\n{value.detail}\nDue {due:%A %d %B %Y, %H:%M}")
        if role == ItemRole:
            return value
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return self._icons.get(value.kind.value)
        return None

    def set_icons(self, icons: dict[str, Any]) -> None:
        """Icons arrive after the window is shown (qtawesome is imported late)."""
        self._icons = icons
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))
