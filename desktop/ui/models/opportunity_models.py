"""Table models of the Opportunities page: the pipeline, one opportunity's interviews and the candidate's own
dates."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.core.domain import OpportunityStatus
from desktop.operations.opportunities import InterviewRow, OpportunityRow, PersonalDateRow
from desktop.ui.colours import CONFLICT, MUTED
from desktop.ui.dates import long_date, short_date, short_date_time
from desktop.ui.i18n import shown, texts
from desktop.ui.models.roles import ItemRole
from desktop.ui.models.rows import RowsModel
from desktop.ui.plain import plain_tooltip
from desktop.ui.style import colour

SortRole = Qt.ItemDataRole.UserRole + 2
Display, Foreground, ToolTip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole


def when_text(moment: datetime, zone: ZoneInfo) -> str:
    """'Tue, 24 Nov 2026, 14:00' on the candidate's clock."""
    return short_date_time(moment.astimezone(zone))


def flags_of(row: OpportunityRow) -> list[str]:
    flags = []
    if row.conflicts:
        flags.append("⚠")
    if row.status.is_open and row.notes_pending:
        flags.append(texts.tr("%n note(s)", "", row.notes_pending))
    return flags


class OpportunityModel(RowsModel[OpportunityRow]):
    columns = (QT_TRANSLATE_NOOP("OpportunityModel", "Company"), QT_TRANSLATE_NOOP("OpportunityModel", "Role"),
               QT_TRANSLATE_NOOP("OpportunityModel", "Status"), QT_TRANSLATE_NOOP("OpportunityModel", "Next"),
               QT_TRANSLATE_NOOP("OpportunityModel", "Flags"))

    def cell(self, row: OpportunityRow, column: int, role: int) -> Any:
        if role in (Display, SortRole):
            if column == 3:
                if role == SortRole:
                    return row.next_on.isoformat() if row.next_on else "9999"
                if row.next_on is None:
                    return ""
                # The first word ("Decision", "Interview") keeps the column narrow; the tooltip says it whole.
                return self.tr("{what} {day}").format(what=shown(row.next_what).split()[0], day=short_date(row.next_on))
            values = (row.company, row.role, shown(row.status.label), "", " ".join(flags_of(row)))
            return values[column].casefold() if role == SortRole else values[column]
        if role == Foreground:
            if column == 4 and row.conflicts:
                return colour(CONFLICT)
            if not row.status.is_open:
                return colour(MUTED)
        if role == ToolTip and column == 0:
            return plain_tooltip(f"{row.company} · {row.role}")
        if role == ToolTip and column == 3 and row.next_on:
            return plain_tooltip(self.tr("{what} {day}").format(what=shown(row.next_what), day=long_date(row.next_on)))
        if role == ToolTip and column == 4 and (row.conflicts or row.notes_pending):
            pending = self.tr("Thank-you notes still to send: {count}").format(count=row.notes_pending)
            return plain_tooltip("\n".join([*map(shown, row.conflicts), pending]))
        return None


class StatusFilterProxy(QSortFilterProxyModel):
    """Shows the opportunities whose status is in the chosen set (all of them when the set is None)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[OpportunityStatus] | None = None
        self.setSortRole(SortRole)

    def set_statuses(self, statuses: frozenset[OpportunityStatus] | None) -> None:
        self.beginFilterChange()
        self._statuses = statuses
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._statuses is None:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(ItemRole)
        return row is not None and row.status in self._statuses


class InterviewModel(RowsModel[InterviewRow]):
    columns = (QT_TRANSLATE_NOOP("InterviewModel", "When"), QT_TRANSLATE_NOOP("InterviewModel", "Kind"),
               QT_TRANSLATE_NOOP("InterviewModel", "People"), QT_TRANSLATE_NOOP("InterviewModel", "Notes"))

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = zone

    def cell(self, row: InterviewRow, column: int, role: int) -> Any:
        if role == Display:
            if column == 0:
                text = when_text(row.starts_at, self.zone)
                if row.cancelled:
                    return self.tr("{when} (cancelled)").format(when=text)
                return self.tr("{when} (time zone guessed: check it)").format(when=text) if row.zone_guessed else text
            return (None, shown(row.kind.label), str(len(row.people)), shown(row.notes_summary))[column]
        if role == Foreground and row.cancelled:
            return colour(MUTED)
        if role == ToolTip and row.people:
            return plain_tooltip("\n".join(p.name for p in row.people))
        return None


class PersonalDateModel(RowsModel[PersonalDateRow]):
    columns = (QT_TRANSLATE_NOOP("PersonalDateModel", "Date"), QT_TRANSLATE_NOOP("PersonalDateModel", "What"),
               QT_TRANSLATE_NOOP("PersonalDateModel", "About"))

    def cell(self, row: PersonalDateRow, column: int, role: int) -> Any:
        if role == Display:
            return (short_date(row.on_date), row.label, row.company or self.tr("Every opportunity"))[column]
        return None
