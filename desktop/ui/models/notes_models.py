"""Models of the Notes page: the interview picker, the people met with their countdowns, and the live checks."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.note_checks import Check
from desktop.operations.notes import ComposerRow, InterviewRow
from desktop.ui import colours
from desktop.ui.colours import Role
from desktop.ui.plain import plain_tooltip
from desktop.ui.style import colour

Index = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1

LEVEL_COLOURS = {"ok": colours.INK, "warning": colours.WARNING, "error": colours.ERROR}
AMBER_HOURS = 12  # a note due within this many hours is shown in amber
STATUS_LABELS = {"none": "not started", "draft": "draft", "ready": "ready", "handwritten": "handwritten",
                 "sent": "sent"}


def countdown(due: datetime, now: datetime) -> str:
    """'2 d 3 h left', '5 h 20 min left', '40 min left', or '3 h overdue'; minutes only under a day."""
    minutes = int((due - now).total_seconds() // 60)
    late = minutes < 0
    minutes = abs(minutes)
    days, hours, mins = minutes // 1440, minutes % 1440 // 60, minutes % 60
    if days:
        text = f"{days} d {hours} h"
    elif hours:
        text = f"{hours} h {mins} min"
    else:
        text = f"{mins} min"
    return f"{text} overdue" if late else f"{text} left"


def countdown_colour(due: datetime, now: datetime) -> Role:
    seconds = (due - now).total_seconds()
    if seconds < 0:
        return colours.ERROR
    return colours.WARNING if seconds < AMBER_HOURS * 3600 else colours.MUTED


def note_label(row: ComposerRow, zone: ZoneInfo) -> str:
    """The note's state in the people list: 'scheduled, Thu 08:30' while it waits to go out."""
    if row.is_scheduled and row.scheduled_at is not None:
        when = row.scheduled_at.astimezone(zone)
        return f"{'not sent' if row.send_error else 'scheduled'}, {when:%a %H:%M}"
    return STATUS_LABELS[row.status]


def interview_label(row: InterviewRow, zone: ZoneInfo) -> str:
    when = row.starts_at.astimezone(zone)
    done = row.counts.get("sent", 0)
    return f"{when:%a %d %b} · {row.company} · {row.role} · {row.kind.label} — {done} of {row.people} sent"


class InterviewListModel(QAbstractListModel):
    """The interviews that have people to thank, most recent first."""

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[InterviewRow] = []

    def set_rows(self, rows: list[InterviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, interview_id: int) -> int:
        return next((n for n, row in enumerate(self._rows) if row.interview_id == interview_id), -1)

    def interview_at(self, row: int) -> InterviewRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return interview_label(row, self._zone)
        if role == Qt.ItemDataRole.ToolTipRole:
            counts = ", ".join(f"{n} {STATUS_LABELS[s]}" for s, n in sorted(row.counts.items()))
            return plain_tooltip(f"{row.company} — {row.role}\n{counts}")
        if role == ItemRole:
            return row
        return None


class PeopleModel(QAbstractTableModel):
    """Everyone met in one interview: name, the state of their note, and the time left until it is due."""

    COLUMNS = ("Person", "Note", "Due")

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[ComposerRow] = []
        self._now = datetime.now(zone)

    def set_rows(self, rows: list[ComposerRow], now: datetime) -> None:
        self.beginResetModel()
        self._rows, self._now = list(rows), now
        self.endResetModel()

    def update_row(self, row: ComposerRow) -> None:
        """Replace one person's row in place (after a save or send) without resetting the selection."""
        for number, current in enumerate(self._rows):
            if current.contact_id == row.contact_id:
                self._rows[number] = row
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.COLUMNS) - 1))

    def set_now(self, now: datetime) -> None:
        """Move the countdowns on (called once a minute)."""
        self._now = now
        if self._rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 2))

    def rows(self) -> list[ComposerRow]:
        return list(self._rows)

    def row_of(self, contact_id: int) -> int:
        return next((n for n, row in enumerate(self._rows) if row.contact_id == contact_id), -1)

    def person_at(self, row: int) -> ComposerRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.full_name
            if column == 1:
                return note_label(row, self._zone)
            if row.is_sent:
                return f"sent {row.sent_at.astimezone(self._zone):%a %H:%M}" if row.sent_at else "done"
            return countdown(row.due, self._now)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 2 and not row.is_sent:
                return colour(countdown_colour(row.due, self._now))
            if column == 1:
                return colour(colours.OK if row.is_sent else colours.MUTED)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            due = f"Due {row.due.astimezone(self._zone):%A %d %B, %H:%M}"
            return plain_tooltip(f"{row.full_name} — {row.title}\n{due}" if row.title else due)
        if role == ItemRole:
            return row
        return None


class ChecksModel(QAbstractListModel):
    """The live checks on the draft, one line each: an icon for ok/warning/error and the plain reason."""


    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._checks: list[Check] = []
        self._icons: dict[str, Any] = {}

    def set_icons(self, icons: dict[str, Any]) -> None:
        """QIcons keyed by level (ok, warning, error)."""
        self._icons = icons

    def set_checks(self, checks: list[Check]) -> None:
        self.beginResetModel()
        self._checks = list(checks)
        self.endResetModel()

    def checks(self) -> list[Check]:
        return list(self._checks)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._checks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._checks):
            return None
        check = self._checks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return check.reason
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(check.reason)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(check.level)
        if role == Qt.ItemDataRole.ForegroundRole:
            return colour(LEVEL_COLOURS.get(check.level, colours.INK))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{check.level}: {check.reason}"
        if role == ItemRole:
            return check
        return None
