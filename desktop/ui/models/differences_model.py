"""The contacts an import found different from the stored ones, with the user's choice for each field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from desktop.core.card_merge import Choice
from desktop.operations.transfer_types import CardDifferences
from desktop.ui.i18n import shown
from desktop.ui.models.rows import Index, RowsModel
from desktop.ui.plain import plain_tooltip


class DifferencesModel(RowsModel[CardDifferences]):
    """One row per contact; the choices start as the import left the card (yours, new values added)."""

    columns = (QT_TRANSLATE_NOOP("DifferencesModel", "Contact"), QT_TRANSLATE_NOOP("DifferencesModel", "Your choice"))

    def __init__(self, differences: list[CardDifferences], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_rows(differences)
        self._choices = [{d.field: d.kept_as_imported for d in row.fields} for row in differences]

    def choices(self, row: int) -> dict[str, Choice]:
        return dict(self._choices[row])

    def set_choice(self, row: int, field: str, choice: Choice) -> None:
        if self._choices[row].get(field) is not choice:
            self._choices[row][field] = choice
            self.dataChanged.emit(self.index(row, 1), self.index(row, 1))

    def set_all(self, theirs: bool) -> None:
        """Every field of every contact: theirs, or as the import left it (yours, new values added)."""
        for row, differences in enumerate(self._rows):
            for difference in differences.fields:
                self._choices[row][difference.field] = Choice.THEIRS if theirs else difference.kept_as_imported
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))

    def decisions(self) -> list[tuple[CardDifferences, dict[str, Choice]]]:
        return [(row, dict(choices)) for row, choices in zip(self._rows, self._choices, strict=True)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 1 and role == Qt.ItemDataRole.DisplayRole:
            return self._summary(index.row())  # from the choices, which live beside the rows
        return super().data(index, role)

    def cell(self, row: CardDifferences, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tr("{name}\nDiffers in: {fields}").format(
                name=row.name, fields=", ".join(shown(f.label).lower() for f in row.fields)))
        return None

    def _summary(self, row: int) -> str:
        choices = self._choices[row]
        taken = sum(choice is Choice.THEIRS for choice in choices.values())
        if not taken:
            return self.tr("Keep mine")
        if taken == len(choices):
            return self.tr("Take theirs")
        return self.tr("Theirs for {taken} of {count}").format(taken=taken, count=len(choices))
