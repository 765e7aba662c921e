"""Choosing the interviews among the events of a whole calendar before any of them is imported.

The events that look like interviews come ticked, the others not; only ticked events are imported. Cancel
imports nothing. The list sorts by any column, and the filter box narrows it by date, title, person,
organisation or reason; Tick all and Tick none act on the events listed.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.operations.transfer_types import InvitePreview
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.models.calendar_choice_model import TICK, TITLE, WHEN, WITH, CalendarChoiceModel
from desktop.ui.plain import plain_message

COLUMN_WIDTHS = {TICK: 76, WHEN: 170, TITLE: 290, WITH: 190}  # Why takes the rest


def _events(count: int) -> str:
    return "1 event" if count == 1 else f"{count:,} events"


def _proposed(likely: int) -> str:
    if not likely:
        return "None looks like a recent or coming interview, so none is ticked."
    if likely == 1:
        return "The one that looks like a recent or coming interview is ticked."
    return f"The {likely:,} that look like recent or coming interviews are ticked."


def _interviews(count: int) -> str:
    return "1 interview" if count == 1 else f"{count:,} interviews"


class CalendarChoiceDialog(QDialog):
    """Emits `chosen` with the ticked events' positions in the file when the user imports them."""

    chosen = Signal(list)

    def __init__(self, preview: InvitePreview, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(f"Choose the interviews in {preview.file_name}")
        self.resize(1180, 640)
        self.model = CalendarChoiceModel(preview, zone, self)
        layout = QVBoxLayout(self)
        intro = QLabel(f"{preview.file_name} holds {_events(len(preview.events))}. "
                       f"{_proposed(len(preview.default_choice()))} Only ticked events are imported, each as an "
                       "interview; tick or untick any of them.", wordWrap=True)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the file's name is shown as written
        layout.addWidget(intro)
        if preview.problems:
            layout.addLayout(self._problems_line(preview.problems))
        tools = QHBoxLayout()
        self.filter_edit = QLineEdit(placeholderText="Filter by date, title, person, organisation or reason",
                                     clearButtonEnabled=True)
        self.tick_all_button = QPushButton("Tick all", toolTip="Tick every event listed (those the filter shows)")
        self.tick_none_button = QPushButton("Tick none", toolTip="Untick every event listed (those the filter shows)")
        self.count_label = QLabel()
        tools.addWidget(self.filter_edit, 1)
        tools.addWidget(self.count_label)
        tools.addWidget(self.tick_all_button)
        tools.addWidget(self.tick_none_button)
        layout.addLayout(tools)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # a long title or reason is elided on one line; its tooltip holds it whole
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(TICK, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        header.setSortIndicator(TICK, Qt.SortOrder.AscendingOrder)  # the ticked first, each group by date
        self.table.setSortingEnabled(True)  # sorts once, by the indicator
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton("Cancel", QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button = make_primary(buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole))
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.tick_all_button.clicked.connect(lambda: self.model.tick_shown(True))
        self.tick_none_button.clicked.connect(lambda: self.model.tick_shown(False))
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.model.dataChanged.connect(self._show_counts)
        self.model.layoutChanged.connect(self._show_counts)
        self.import_button.clicked.connect(self._on_import)
        self.cancel_button.clicked.connect(self.reject)
        self._show_counts()
        dialog_ready(self, first=self.filter_edit)  # typing narrows the list at once

    def _problems_line(self, problems: list[str]) -> QHBoxLayout:
        line = QHBoxLayout()
        line.addWidget(QLabel("1 event could not be read; it is not listed." if len(problems) == 1 else
                              f"{len(problems):,} events could not be read; they are not listed."))
        details = QPushButton("Why?")
        details.clicked.connect(lambda: self._show_problems(problems))
        line.addWidget(details)
        line.addStretch(1)
        return line

    def _show_problems(self, problems: list[str]) -> None:
        box = plain_message(QMessageBox.Icon.Information, "Events not read",
                            f"These events of {self.preview.file_name} could not be read:", self)
        box.setDetailedText("\n".join(problems))
        box.open()

    def _on_filter(self, text: str) -> None:
        self.model.set_search(text)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        """A double click anywhere on a row ticks or unticks it, as the box does."""
        if index.column() != TICK:
            self.model.set_ticked(index.row(), not self.model.ticked[self.model.position_at(index.row())])

    def _show_counts(self, *_: object) -> None:
        ticked, total, shown = self.model.ticked_count(), self.model.event_count(), self.model.rowCount()
        listed = f"{_events(total)}" if shown == total else f"{shown:,} of {_events(total)} listed"
        self.count_label.setText(f"{listed}, {ticked:,} ticked")
        self.import_button.setText(f"Import {_interviews(ticked)}" if ticked else "Import")
        self.import_button.setEnabled(bool(ticked))

    def _on_import(self) -> None:
        self.chosen.emit(self.model.chosen())
        self.accept()
