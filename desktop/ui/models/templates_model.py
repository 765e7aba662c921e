"""The note templates listed in the Templates dialog: name, whose it is, and its description or problem."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from desktop.operations.templates import TemplateEntry
from desktop.ui.colours import ERROR
from desktop.ui.i18n import shown, texts
from desktop.ui.models.rows import RowsModel
from desktop.ui.plain import plain_tooltip
from desktop.ui.style import colour


def source_text(entry: TemplateEntry) -> str:
    if not entry.mine:
        return texts.tr("Built in")
    if entry.overrides:
        return texts.tr("Yours, replaces the built-in one")
    return texts.tr("Yours")


class TemplatesModel(RowsModel[TemplateEntry]):
    columns = (QT_TRANSLATE_NOOP("TemplatesModel", "Template"), QT_TRANSLATE_NOOP("TemplatesModel", "Whose"),
               QT_TRANSLATE_NOOP("TemplatesModel", "About"))

    def cell(self, row: TemplateEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            about = f"⚠ {shown(row.problem)}" if row.problem else (row.description or row.subject)
            return (row.shown_as, source_text(row), about)[column]
        if role == Qt.ItemDataRole.ForegroundRole and row.problem:
            return colour(ERROR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(shown(row.problem) or self.tr("{path}\nSubject: {subject}").format(
                path=row.path, subject=row.subject))
        return None

    def row_of(self, name: str) -> int:
        return next((n for n, entry in enumerate(self.rows()) if entry.name == name), -1)
