"""The app's lists of records: read-only tables that select whole rows, without grid lines or row numbers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

Selection = QAbstractItemView.SelectionMode


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
