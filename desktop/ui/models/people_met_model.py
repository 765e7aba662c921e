"""The people met in one interview as a table: name, and title at company."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from desktop.operations.people_met import PersonMet
from desktop.ui.models.rows import RowsModel


class PeopleMetModel(RowsModel[PersonMet]):
    columns = (QT_TRANSLATE_NOOP("PeopleMetModel", "Name"), QT_TRANSLATE_NOOP("PeopleMetModel", "Role"))

    def row_of(self, contact_id: int) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.contact_id == contact_id), None)

    def cell(self, person: PersonMet, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return person.name
            if person.title and person.company:
                return self.tr("{title} at {company}").format(title=person.title, company=person.company)
            return person.title or person.company
        if role == Qt.ItemDataRole.ToolTipRole and not person.memorable:
            return self.tr("Nothing noted yet about what was memorable with this person.")
        return None
