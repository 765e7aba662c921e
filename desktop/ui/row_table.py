"""The app's lists of records: read-only tables that select whole rows, without grid lines or row numbers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QWidget

from desktop.ui.plain import plain_tooltip

Selection = QAbstractItemView.SelectionMode
CELL_PADDING = 12  # pixels: a cell's text margins and a little room, below which its text is elided


def row_table(model: QAbstractItemModel | None = None, parent: QWidget | None = None,
              selection: Selection = Selection.SingleSelection) -> QTableView:
    """A table of `model` whose rows are picked whole; long text is cut short with an ellipsis, not wrapped."""
    table = QTableView(parent)
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class _GiveWay(QObject):
    """Keeps a table's columns within its width: see `give_way`."""

    def __init__(self, table: QTableView, columns: tuple[int, ...], least: int) -> None:
        super().__init__(table)
        self._table, self._columns, self._least = table, columns, least
        self._fitting = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)  # what is left goes to the last column giving way
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)
        header.sectionResized.connect(self._on_resized)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.dataChanged):
            signal.connect(self._later)
        self._later()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._tell_whole(event)
        return False

    def _on_resized(self, column: int, *_: int) -> None:
        if not self._fitting and column not in self._columns:
            self._later()  # a column sized to its content took more or less room

    def _later(self, *_: object) -> None:
        QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        table, header = self._table, self._table.horizontalHeader()
        shown = [column for column in self._columns if not header.isSectionHidden(column)]
        if not shown:
            return
        others = sum(header.sectionSize(column) for column in range(header.count())
                     if column not in self._columns and not header.isSectionHidden(column))
        wanted = {column: max(table.sizeHintForColumn(column), header.sectionSizeHint(column)) for column in shown}
        room = table.viewport().width() - others
        over = sum(wanted.values()) - room
        self._fitting = True
        try:
            for column in shown:  # the first given gives way first, down to its heading's width or `least`
                width = wanted[column]
                if over > 0:
                    cut = min(over, max(width - max(header.sectionSizeHint(column), self._least), 0))
                    width -= cut
                    over -= cut
                elif column == max(shown):
                    width -= over  # the room left over, to the rightmost, as a last column stretched to the edge
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _tell_whole(self, event: QHelpEvent) -> bool:
        """An elided cell without a tooltip of its own shows its whole text in one."""
        index = self._table.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        cell = self._table.visualRect(index)
        if not text or self._table.fontMetrics().horizontalAdvance(text) + CELL_PADDING <= cell.width():
            return False
        QToolTip.showText(event.globalPos(), plain_tooltip(text), self._table.viewport(), cell)
        return True


def give_way(table: QTableView, *columns: int, least: int = 0) -> None:
    """The table never scrolls sideways: `columns` (values read whole elsewhere, beside the list or in a tooltip)
    are as wide as their content where there is room, the first given narrowing first, down to its heading's
    width (or `least` pixels, if more), and the rightmost of them takes what room is left; an elided cell without a
    tooltip shows its whole text in one.

    Call it once the table has its model and its other columns their resize modes."""
    _GiveWay(table, columns, least)
