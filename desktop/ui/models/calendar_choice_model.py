"""The events of a calendar file as a table with a tick each: which of them become interviews.

Like the contacts model, it sorts and filters itself: on 5,000 events a QSortFilterProxyModel calls back into
Python for every comparison and every row tested. Here a sort is one Python sort over keys made once per
column, a filter one list comprehension over folded search keys. Rows are positions in the file's events;
the texts are made once, when the dialog opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.core.contact_rules import fold
from desktop.core.invites import InviteEvent, Person
from desktop.operations.ics_transfer import event_title
from desktop.operations.transfer_types import InvitePreview
from desktop.ui.dates import short_date, short_date_time
from desktop.ui.i18n import shown
from desktop.ui.models.rows import ShownRows
from desktop.ui.plain import plain_tooltip

COLUMNS = (QT_TRANSLATE_NOOP("CalendarChoiceModel", "Import"), QT_TRANSLATE_NOOP("CalendarChoiceModel", "When"),
           QT_TRANSLATE_NOOP("CalendarChoiceModel", "Title"), QT_TRANSLATE_NOOP("CalendarChoiceModel", "With"),
           QT_TRANSLATE_NOOP("CalendarChoiceModel", "Why"))
TICK, WHEN, TITLE, WITH, WHY = range(len(COLUMNS))
Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _TOOLTIP, _CHECK = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.CheckStateRole
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_TICK_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsUserCheckable
SHOWN_PEOPLE = 2


def _when(event: InviteEvent, zone: ZoneInfo) -> str:
    """The event's start in the user's zone; an all-day event by its date alone, as the file writes it."""
    return short_date(event.start) if event.all_day else short_date_time(event.start.astimezone(zone))


def _person(person: Person) -> str:
    return person.name or person.email


def people_text(event: InviteEvent) -> tuple[str, str]:
    """'Priya Raman, Tomás Ortega +1' and, for the tooltip, everyone with their address."""
    people = ([event.organizer] if event.organizer else []) + event.attendees
    people = list({p.email.lower() or p.name: p for p in people}.values())  # the organizer is often listed twice
    shown = ", ".join(_person(p) for p in people[:SHOWN_PEOPLE])
    if len(people) > SHOWN_PEOPLE:
        shown += f" +{len(people) - SHOWN_PEOPLE}"
    full = "\n".join(f"{p.name} <{p.email}>" if p.name and p.email else _person(p) for p in people)
    return shown, full


class CalendarChoiceModel(ShownRows):
    """One row per event of `preview`, ticked as `preview.likeness` proposes; the user's ticks are kept here."""

    def __init__(self, preview: InvitePreview, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        events = preview.events
        self.ticked = [weighed.chosen for weighed in preview.likeness]
        self._when = [_when(event, zone) for event in events]
        cancelled = self.tr("{title} (cancelled)")
        self._titles = [cancelled.format(title=shown(event_title(event))) if event.cancelled
                        else shown(event_title(event)) for event in events]
        self._people = [people_text(event) for event in events]
        self._why = [shown(weighed.describe()) for weighed in preview.likeness]
        self._cells: tuple[Callable[[int], str], ...] = (
            lambda _: "", self._when.__getitem__, self._titles.__getitem__, lambda i: self._people[i][0],
            self._why.__getitem__)
        self._sort_keys: dict[int, list[Any]] = {}
        self._search_keys: list[str] = []  # made on the first search
        self._words: list[str] = []
        self._order = list(range(len(events)))  # every event, in the sort order
        self._shown = self._order  # those matching the filter, in that order

    # ---------------------------------------------------------------- what the dialog asks

    def event_count(self) -> int:
        return len(self.ticked)

    def ticked_count(self) -> int:
        return sum(self.ticked)

    def chosen(self) -> list[int]:
        """The ticked events' positions in the file."""
        return [position for position, on in enumerate(self.ticked) if on]

    def position_at(self, row: int) -> int:
        return self._shown[row]

    def set_ticked(self, row: int, on: bool) -> None:
        self.setData(self.index(row, TICK), _CHECKED if on else _UNCHECKED, _CHECK)

    def tick_shown(self, on: bool) -> None:
        """Tick (or untick) every event the filter shows; those it hides keep their ticks."""
        for position in self._shown:
            self.ticked[position] = on
        if self._shown:
            self.dataChanged.emit(self.index(0, TICK), self.index(len(self._shown) - 1, TICK), [_CHECK])

    def set_search(self, text: str) -> None:
        """Show only the events holding every word of `text` in their date, title, people or reasons."""
        words = fold(text).split()
        if words == self._words:
            return
        self._words = words
        self._relayout(self._matching)

    # ---------------------------------------------------------------- Qt's model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.tr(COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == _TOOLTIP and section == WHY:
            return self.tr("What makes the event look like an interview, or not")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _TICK_FLAGS if index.column() == TICK else _FLAGS

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row = index.row()
        if row < 0:  # an invalid index
            return None
        position, column = self._shown[row], index.column()
        if role == _DISPLAY:
            return self._cells[column](position)
        if role == _CHECK and column == TICK:
            return _CHECKED if self.ticked[position] else _UNCHECKED
        if role == _TOOLTIP:
            return self._tooltip(position, column)
        return None

    def setData(self, index: Index, value: Any, role: int = _CHECK) -> bool:
        if not index.isValid() or index.column() != TICK or role != _CHECK:
            return False
        self.ticked[self._shown[index.row()]] = Qt.CheckState(value) == _CHECKED
        self.dataChanged.emit(index, index, [_CHECK])
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            return

        def resort() -> list[int]:
            keys = self._keys(column)
            self._order = sorted(range(len(self.ticked)), key=keys.__getitem__,
                                 reverse=order == Qt.SortOrder.DescendingOrder)
            return self._matching()

        self._relayout(resort)

    # ---------------------------------------------------------------- behind it

    def _tooltip(self, position: int, column: int) -> str | None:
        if column == WITH:
            return plain_tooltip(self._people[position][1]) or None
        if column in (TITLE, WHY):
            event = self.preview.events[position]
            place = event.location.strip() or event.video_link
            return plain_tooltip("\n".join(filter(None, (self._titles[position], place, self._why[position]))))
        return None

    def _keys(self, column: int) -> list[Any]:
        """One sort key per event for the column; the ticked first, then by date, for the tick column."""
        if column not in self._sort_keys:
            starts = [event.start.timestamp() for event in self.preview.events]
            if column == TICK:
                keys: list[Any] = [(not on, start) for on, start in zip(self.ticked, starts, strict=True)]
            elif column == WHEN:
                keys = starts
            else:
                keys = [(fold(self._cells[column](i)), starts[i]) for i in range(len(starts))]
            if column != TICK:  # the ticks change: theirs are made afresh at each sort
                self._sort_keys[column] = keys
            return keys
        return self._sort_keys[column]

    def _matching(self) -> list[int]:
        if not self._words:
            return self._order
        if not self._search_keys:
            self._search_keys = [fold(" ".join((self._when[i], self._titles[i], self._people[i][1], self._why[i])))
                                 for i in range(len(self.ticked))]
        keys = self._search_keys
        shown = self._order
        for word in self._words:
            shown = [i for i in shown if word in keys[i]]
        return shown
