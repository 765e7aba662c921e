"""The app's lists of records: read-only tables that select whole rows, without grid lines or row numbers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt, QTimer
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

    def __init__(self, table: QTableView, columns: tuple[int, ...], least: dict[int, float], evenly: bool) -> None:
        super().__init__(table)
        self._table, self._columns, self._least, self._evenly = table, columns, least, evenly
        self._fitting = False
        self._pending = False  # a fit is queued: the model's several signals for one change give one fit
        # The columns' content widths, measured through the style for every row (tens of milliseconds on a long
        # list): kept until the model changes, so resizing the window only shares the room out again.
        self._content: dict[int, int] | None = None
        header = table.horizontalHeader()
        header.setStretchLastSection(False)  # what is left goes to the rightmost column giving way
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a heading given less room ends in "…", not cut
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.installEventFilter(self)  # a new font or style measures the content again
        table.viewport().installEventFilter(self)
        header.viewport().installEventFilter(self)  # a heading cut short is read whole in its tooltip
        header.sectionResized.connect(self._on_resized)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._changed)
        model.dataChanged.connect(self._cells_changed)
        self._later()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table:
            if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
                self._changed()
            return False
        if event.type() == QEvent.Type.Resize and watched is self._table.viewport():
            self._fit()
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._tell_whole(event, heading=watched is not self._table.viewport())
        return False

    def _on_resized(self, column: int, *_: int) -> None:
        if not self._fitting and column not in self._columns:
            self._later()  # a column sized to its content took more or less room

    def _changed(self, *_: object) -> None:
        self._content = None
        self._later()

    def _cells_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: object) -> None:
        """Only the columns whose cells changed are measured again (the icons arriving change one)."""
        if self._content is not None:
            for column in range(top_left.column(), bottom_right.column() + 1):
                self._content.pop(column, None)
        self._later()

    def _later(self, *_: object) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        self._pending = False
        table, header = self._table, self._table.horizontalHeader()
        shown = [column for column in self._columns if not header.isSectionHidden(column)]
        if not shown:
            return
        others = sum(header.sectionSize(column) for column in range(header.count())
                     if column not in self._columns and not header.isSectionHidden(column))
        if self._content is None:
            self._content = {}
        content = self._content
        for column in shown:
            if column not in content:
                content[column] = table.sizeHintForColumn(column)
        wanted = {column: max(content[column], header.sectionSizeHint(column)) for column in shown}
        # Down to the heading's width (the content's, if narrower: a column of tick boxes), or `least`.
        narrowest = {column: min(header.sectionSizeHint(column), content[column] or wanted[column]) for column in shown}
        room = table.viewport().width() - others
        least = {column: int(value * room) if value < 1 else int(value) for column, value in self._least.items()}
        floor = {column: min(wanted[column], max(least.get(column, 0), narrowest[column])) for column in shown}
        over = sum(wanted.values()) - room
        widths = self._narrowed(shown, wanted, floor, over) if over > 0 else dict(wanted)
        short = sum(widths.values()) - room
        if short > 0:  # even the headings do not fit (German ones in a narrow pane): they are cut short as well,
            # read whole in their tooltips, each down to `least` or Qt's least section, rather than scrolling
            last = {column: min(widths[column], max(least.get(column, 0), header.minimumSectionSize()))
                    for column in shown}
            widths = self._narrowed(shown, widths, last, short)
        if over < 0:
            widths[max(shown)] -= over  # the room left, to the rightmost, as a last column stretched to the edge
        self._fitting = True
        try:
            for column in shown:
                header.resizeSection(column, widths[column])
        finally:
            self._fitting = False

    def _narrowed(self, shown: list[int], wanted: dict[int, int], floor: dict[int, int],
                  over: int) -> dict[int, int]:
        """The widths that take `over` pixels off: each column in proportion to what it can give, or the first
        given down to its floor before the next."""
        spare = {column: wanted[column] - floor[column] for column in shown}
        widths = dict(wanted)
        total, share = sum(spare.values()), min(over, sum(spare.values()))
        for column in shown:
            if over <= 0:
                break
            cut = min(over, spare[column] if not self._evenly or not total
                      else -(-spare[column] * share // total))  # rounded up, so that all of it goes
            widths[column] -= cut
            over -= cut
        return widths

    def _tell_whole(self, event: QHelpEvent, heading: bool) -> bool:
        """An elided cell without a tooltip of its own, or an elided heading, shows its whole text in one."""
        table, header = self._table, self._table.horizontalHeader()
        if heading:
            column = header.logicalIndexAt(event.pos())
            text = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "") if column >= 0 else ""
            width, place, viewport = header.sectionSize(column), None, header.viewport()
        else:
            index = table.indexAt(event.pos())
            if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
                return False
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            place, viewport = table.visualRect(index), table.viewport()
            width = place.width()
        if not text or viewport.fontMetrics().horizontalAdvance(text) + CELL_PADDING <= width:
            return False
        if place is None:
            QToolTip.showText(event.globalPos(), plain_tooltip(text), viewport)
        else:
            QToolTip.showText(event.globalPos(), plain_tooltip(text), viewport, place)
        return True


def give_way(table: QTableView, *columns: int, least: float | dict[int, float] = 0, evenly: bool = False) -> None:
    """The table never scrolls sideways: `columns` (values read whole elsewhere, beside the list or in a tooltip)
    are as wide as their content where there is room; where there is not, the first given narrows first (or, with
    `evenly`, all of them together), each down to its heading's width or to `least` pixels, if more (for every
    column, or for those a mapping names; below 1, a share of the room the table has for them), and where even
    that is too wide, in the same order down to `least` or Qt's least section width, headings cut short; the
    rightmost of them takes what room is left. An elided cell without a tooltip, or an elided heading, shows its
    whole text in one.

    Call it once the table has its model and its other columns their resize modes."""
    _GiveWay(table, columns, least if isinstance(least, dict) else dict.fromkeys(columns, least), evenly)
