"""Models of the Notes page: the interview picker, the people met with their countdowns, and the live checks."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.core.note_checks import Check
from desktop.operations.notes import ComposerRow, InterviewRow
from desktop.ui import colours
from desktop.ui.colours import Role
from desktop.ui.dates import long_date_time, short_date, short_date_time
from desktop.ui.i18n import shown, texts
from desktop.ui.plain import plain_tooltip
from desktop.ui.style import colour

Index = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1

LEVEL_COLOURS = {"ok": colours.INK, "warning": colours.WARNING, "error": colours.ERROR}
LEVEL_NAMES = {"ok": QT_TRANSLATE_NOOP("ChecksModel", "ok"), "warning": QT_TRANSLATE_NOOP("ChecksModel", "warning"),
               "error": QT_TRANSLATE_NOOP("ChecksModel", "error")}
AMBER_HOURS = 12  # a note due within this many hours is shown in amber
STATUS_LABELS = {"none": QT_TRANSLATE_NOOP("texts", "not started"),
                 "draft": QT_TRANSLATE_NOOP("texts", "draft"),
                 "ready": QT_TRANSLATE_NOOP("texts", "ready"),
                 "handwritten": QT_TRANSLATE_NOOP("texts", "handwritten"),
                 "sent": QT_TRANSLATE_NOOP("texts", "sent")}



def countdown(due: datetime, now: datetime) -> str:
    """'2 d 3 h left', '5 h 20 min left', '40 min left', or '3 h overdue'; minutes only under a day."""
    minutes = int((due - now).total_seconds() // 60)
    late = minutes < 0
    minutes = abs(minutes)
    days, hours, mins = minutes // 1440, minutes % 1440 // 60, minutes % 60
    if days:
        text = texts.tr("{days} d {hours} h").format(days=days, hours=hours)
    elif hours:
        text = texts.tr("{hours} h {minutes} min").format(hours=hours, minutes=mins)
    else:
        text = texts.tr("{minutes} min").format(minutes=mins)
    return (texts.tr("{time} overdue") if late else texts.tr("{time} left")).format(time=text)


def countdown_colour(due: datetime, now: datetime) -> Role:
    seconds = (due - now).total_seconds()
    if seconds < 0:
        return colours.ERROR
    return colours.WARNING if seconds < AMBER_HOURS * 3600 else colours.MUTED


def note_label(row: ComposerRow, zone: ZoneInfo) -> str:
    """The note's state in the people list: 'scheduled, Thu 08:30' while it waits to go out."""
    if row.is_scheduled and row.scheduled_at is not None:
        when = row.scheduled_at.astimezone(zone)
        state = texts.tr("not sent") if row.send_error else texts.tr("scheduled")
        return texts.tr("{state}, {when}").format(state=state, when=short_date_time(when))
    return texts.tr(STATUS_LABELS[row.status])


def interview_label(row: InterviewRow, zone: ZoneInfo) -> str:
    when = row.starts_at.astimezone(zone)
    done = row.counts.get("sent", 0)
    return texts.tr("{day} · {company} · {role} · {kind} — {done} of {people} sent").format(
        day=short_date(when), company=row.company, role=row.role, kind=shown(row.kind.label), done=done,
        people=row.people)


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
            counts = ", ".join(f"{n} {texts.tr(STATUS_LABELS[s])}" for s, n in sorted(row.counts.items()))
            return plain_tooltip(f"{row.company} — {row.role}\n{counts}")
        if role == ItemRole:
            return row
        return None


class PeopleModel(QAbstractTableModel):
    """Everyone met in one interview: name, the state of their note, and the time left until it is due."""

    COLUMNS = (QT_TRANSLATE_NOOP("PeopleModel", "Person"), QT_TRANSLATE_NOOP("PeopleModel", "Note"),
               QT_TRANSLATE_NOOP("PeopleModel", "Due"))

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
            return self.tr(self.COLUMNS[section])
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
                if row.sent_at is None:
                    return self.tr("done")
                return self.tr("sent {when}").format(when=short_date_time(row.sent_at.astimezone(self._zone)))
            return countdown(row.due, self._now)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 2 and not row.is_sent:
                return colour(countdown_colour(row.due, self._now))
            if column == 1:
                return colour(colours.OK if row.is_sent else colours.MUTED)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            due = self.tr("Due {when}").format(when=long_date_time(row.due.astimezone(self._zone)))
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
            return shown(check.reason)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(shown(check.reason))
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(check.level)
        if role == Qt.ItemDataRole.ForegroundRole:
            return colour(LEVEL_COLOURS.get(check.level, colours.INK))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.tr(LEVEL_NAMES[check.level])}: {shown(check.reason)}"
        if role == ItemRole:
            return check
        return None
