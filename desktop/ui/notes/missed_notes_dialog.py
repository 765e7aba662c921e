"""The question asked when scheduled notes were to go out while the computer was off or asleep.

It lays the list and the three answers out; ScheduledSending acts on them.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.operations.send_schedule import ScheduledNote
from desktop.ui.dates import short_date_time
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.models.rows import RowsModel
from desktop.ui.row_table import row_table


class MissedNotesModel(RowsModel[ScheduledNote]):
    columns = (QT_TRANSLATE_NOOP("MissedNotesModel", "To"), QT_TRANSLATE_NOOP("MissedNotesModel", "For"),
               QT_TRANSLATE_NOOP("MissedNotesModel", "Was to go out"))

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = zone

    def cell(self, row: ScheduledNote, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.full_name
        if column == 1:
            return f"{row.company} · {row.role}"
        return short_date_time(row.scheduled_at.astimezone(self.zone))


def _same(a: ScheduledNote, b: ScheduledNote) -> bool:
    return (a.interview_id, a.contact_id) == (b.interview_id, b.contact_id)


class MissedNotesDialog(QDialog):
    """The missed notes, all selected; each answer applies to the selected ones, which then leave the list."""

    send_now = Signal(list)  # list[ScheduledNote]
    pick_new_time = Signal(list)
    keep_as_draft = Signal(list)

    def __init__(self, zone: ZoneInfo, notes: list[ScheduledNote], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notes not sent"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These thank-you notes were to go out while the computer was off or asleep. They have "
                               "not been sent. Send them now, pick a new time, or keep them as drafts to look at "
                               "again."))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = MissedNotesModel(zone, self)
        self.table = row_table(self.model, self, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        # Enter keeps them as drafts to look at again: notes the user has not read again never go out by a key.
        self.keep_button = make_primary(buttons.addButton(self.tr("Keep as draft"),
                                                          QDialogButtonBox.ButtonRole.AcceptRole))
        self.send_button = buttons.addButton(self.tr("Send now"), QDialogButtonBox.ButtonRole.ActionRole)
        self.new_time_button = buttons.addButton(self.tr("Pick a new time…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.later_button = buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setToolTip(self.tr("They stay listed on the Today page, unsent"))
        layout.addWidget(buttons)
        self.send_button.clicked.connect(lambda: self._answer(self.send_now))
        self.new_time_button.clicked.connect(lambda: self._answer(self.pick_new_time))
        self.keep_button.clicked.connect(lambda: self._answer(self.keep_as_draft))
        self.later_button.clicked.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.resize(620, 300)
        self.add(notes)
        dialog_ready(self, first=self.table)

    def add(self, notes: list[ScheduledNote]) -> None:
        """Notes found missed while the question is open join it, all selected again."""
        rows = self.model.rows()
        self.model.set_rows(rows + [n for n in notes if not any(_same(n, r) for r in rows)])
        self.table.selectAll()
        self._on_selection()

    def remove(self, notes: list[ScheduledNote]) -> None:
        """Answered notes leave the list; the question closes when none is left."""
        rest = [r for r in self.model.rows() if not any(_same(r, n) for n in notes)]
        self.model.set_rows(rest)
        self.table.selectAll()
        if not rest:
            self.accept()

    def selected(self) -> list[ScheduledNote]:
        return [self.model.rows()[i.row()] for i in self.table.selectionModel().selectedRows()]

    def _answer(self, signal: Signal) -> None:
        chosen = self.selected()
        if chosen:
            signal.emit(chosen)

    def _on_selection(self, *_: object) -> None:
        for button in (self.send_button, self.new_time_button, self.keep_button):
            button.setEnabled(bool(self.selected()))
