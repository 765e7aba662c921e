"""The people met in one interview as a table: name, and title at company."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.operations.people_met import PersonMet
from desktop.ui.models.rows import RowsModel


class PeopleMetModel(RowsModel[PersonMet]):
    columns = ("Name", "Role")

    def row_of(self, contact_id: int) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.contact_id == contact_id), None)

    def cell(self, person: PersonMet, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name if column == 0 else " at ".join(p for p in (person.title, person.company) if p)
        if role == Qt.ItemDataRole.ToolTipRole and not person.memorable:
            return "Nothing noted yet about what was memorable with this person."
        return None
