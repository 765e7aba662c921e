"""The Today list as a table model: group header rows (Overdue, Today, Next 7 days) followed by their items."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont

from desktop.core.agenda import AgendaItem, Group, group_of
from desktop.ui import colours
from desktop.ui.dates import long_date_time, short_date_time, time_of_day
from desktop.ui.i18n import shown, shown_label, texts
from desktop.ui.models.rows import Index, RowsModel
from desktop.ui.plain import plain_tooltip
from desktop.ui.style import colour

GROUP_COLOURS = {Group.OVERDUE: colours.ERROR, Group.TODAY: colours.WARNING, Group.NEXT_7_DAYS: colours.INK_SOFT,
                 Group.LATER: colours.MUTED}


def due_text(due: datetime, now: datetime, zone: ZoneInfo) -> str:
    """'Today 15:30', 'Tomorrow 09:30', 'Thu, 26 Nov 2026, 15:30' or, when overdue, how long ago."""
    local, today = due.astimezone(zone), now.astimezone(zone).date()
    if due < now:
        hours = int((now - due).total_seconds() // 3600)
        if hours < 48:
            return texts.tr("{hours} h overdue").format(hours=hours)
        return texts.tr("{days} days overdue").format(days=hours // 24)
    days = (local.date() - today).days
    if days == 0:
        return texts.tr("Today {time}").format(time=time_of_day(local))
    if days == 1:
        return texts.tr("Tomorrow {time}").format(time=time_of_day(local))
    return short_date_time(local)


class AgendaModel(RowsModel[Group | AgendaItem]):
    """Rows are a group's header (a Group) followed by its items; ItemRole gives either."""

    columns = (QT_TRANSLATE_NOOP("AgendaModel", "Due"), QT_TRANSLATE_NOOP("AgendaModel", "What"),
               QT_TRANSLATE_NOOP("AgendaModel", "For"))

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._now = datetime.now(zone)
        self._icons: dict[str, Any] = {}
        self._counts: dict[Group, int] = {}

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    def set_items(self, items: list[AgendaItem], now: datetime) -> None:
        rows: list[Group | AgendaItem] = []
        counts: dict[Group, int] = {}
        current: Group | None = None
        for item in items:
            group = group_of(item, now, self._zone)
            if group is not current:
                rows.append(group)
                current = group
            rows.append(item)
            counts[group] = counts.get(group, 0) + 1
        if rows == self._rows and self._reads_the_same_at(now):
            # The same list (a warm start's database read after its cache, a change Today does not show): no
            # reset, so the user's selection and scroll stay, and the columns are not measured again.
            self._now = now
            return
        self._now, self._counts = now, counts
        self.set_rows(rows)

    def _reads_the_same_at(self, now: datetime) -> bool:
        """Whether every due date reads as it does now (it says how long ago, or "Today" and "Tomorrow")."""
        return all(due_text(row.due, self._now, self._zone) == due_text(row.due, now, self._zone)
                   for row in self._rows if isinstance(row, AgendaItem))

    def item_count(self) -> int:
        return sum(isinstance(r, AgendaItem) for r in self._rows)

    def is_header(self, row: int) -> bool:
        return isinstance(self._rows[row], Group)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self.is_header(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def cell(self, value: Group | AgendaItem, column: int, role: int) -> Any:
        if isinstance(value, Group):
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return f"{shown_label(value.value)}  ·  {self._counts.get(value, 0)}"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return colour(GROUP_COLOURS[value])
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                text = due_text(value.due, self._now, self._zone)
                return self.tr("{due} (snoozed)").format(due=text) if value.snoozed else text
            return shown(value.title if column == 1 else value.detail)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and value.due < self._now:
            return colour(GROUP_COLOURS[Group.OVERDUE])
        if role == Qt.ItemDataRole.ToolTipRole:
            due = value.due.astimezone(self._zone)
            return plain_tooltip(self.tr("{title}\n{detail}\nDue {due}").format(
                title=shown(value.title), detail=shown(value.detail), due=long_date_time(due)))
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return self._icons.get(value.kind.value)
        return None

    def set_icons(self, icons: dict[str, Any]) -> None:
        """Icons arrive after the window is shown (the icon font is read late)."""
        self._icons = icons
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))
