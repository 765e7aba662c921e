"""The note templates listed in the Templates dialog: name, whose it is, and its description or problem."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.operations.templates import TemplateEntry
from desktop.ui.colours import ERROR
from desktop.ui.models.rows import RowsModel
from desktop.ui.plain import plain_tooltip
from desktop.ui.style import colour


def source_text(entry: TemplateEntry) -> str:
    if not entry.mine:
        return "Built in"
    return "Yours, replaces the built-in one" if entry.overrides else "Yours"


class TemplatesModel(RowsModel[TemplateEntry]):
    columns = ("Template", "Whose", "About")

    def cell(self, row: TemplateEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            about = f"⚠ {row.problem}" if row.problem else (row.description or row.subject)
            return (row.shown_as, source_text(row), about)[column]
        if role == Qt.ItemDataRole.ForegroundRole and row.problem:
            return colour(ERROR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(row.problem or f"{row.path}\nSubject: {row.subject}")
        return None

    def row_of(self, name: str) -> int:
        return next((n for n, entry in enumerate(self.rows()) if entry.name == name), -1)
