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
from desktop.ui.dates import number
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import texts
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.models.calendar_choice_model import TICK, TITLE, WHEN, WITH, CalendarChoiceModel
from desktop.ui.plain import plain_message

COLUMN_WIDTHS = {TICK: 76, WHEN: 170, TITLE: 290, WITH: 190}  # Why takes the rest


def _events(count: int) -> str:
    return texts.tr("%n event(s)", "", count)


def _proposed(likely: int) -> str:
    if not likely:
        return texts.tr("None looks like a recent or coming interview, so none is ticked.")
    return texts.tr("The %n that look(s) like a recent or coming interview is (are) ticked.", "", likely)


class CalendarChoiceDialog(QDialog):
    """Emits `chosen` with the ticked events' positions in the file when the user imports them."""

    chosen = Signal(list)

    def __init__(self, preview: InvitePreview, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Choose the interviews in {file_name}").format(file_name=preview.file_name))
        self.resize(1180, 640)
        self.model = CalendarChoiceModel(preview, zone, self)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{file} holds {events}. {proposed} Only ticked events are imported, each as an "
                               "interview; tick or untick any of them.").format(
            file=preview.file_name, events=_events(len(preview.events)),
            proposed=_proposed(len(preview.default_choice()))), wordWrap=True)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the file's name is shown as written
        layout.addWidget(intro)
        if preview.problems:
            layout.addLayout(self._problems_line(preview.problems))
        tools = QHBoxLayout()
        self.filter_edit = QLineEdit(placeholderText=self.tr("Filter by date, title, person, organisation or reason"),
                                     clearButtonEnabled=True)
        self.tick_all_button = QPushButton(self.tr("Tick all"), toolTip=self.tr(
            "Tick every event listed (those the filter shows)"))
        self.tick_none_button = QPushButton(self.tr("Tick none"), toolTip=self.tr(
            "Untick every event listed (those the filter shows)"))
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
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button = make_primary(buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole))
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
        line.addWidget(QLabel(self.tr("1 event could not be read; it is not listed.") if len(problems) == 1 else
                              self.tr("{problems:,} events could not be read; they are not listed.").format(
                                  problems=len(problems))))
        details = QPushButton(self.tr("Why?"))
        details.clicked.connect(lambda: self._show_problems(problems))
        line.addWidget(details)
        line.addStretch(1)
        return line

    def _show_problems(self, problems: list[str]) -> None:
        box = plain_message(QMessageBox.Icon.Information, self.tr("Events not read"),
                            self.tr("These events of {file_name} could not be read:").format(
                                file_name=self.preview.file_name), self)
        box.setDetailedText("\n".join(problems))
        open_once(box)

    def _on_filter(self, text: str) -> None:
        self.model.set_search(text)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        """A double click anywhere on a row ticks or unticks it, as the box does."""
        if index.column() != TICK:
            self.model.set_ticked(index.row(), not self.model.ticked[self.model.position_at(index.row())])

    def _show_counts(self, *_: object) -> None:
        ticked, total, shown = self.model.ticked_count(), self.model.event_count(), self.model.rowCount()
        listed = _events(total) if shown == total else self.tr("{shown} of {events} listed").format(
            shown=number(shown), events=_events(total))
        self.count_label.setText(self.tr("{listed}, {ticked} ticked").format(listed=listed, ticked=number(ticked)))
        self.import_button.setText(self.tr("Import %n interview(s)", "", ticked) if ticked else self.tr("Import"))
        self.import_button.setEnabled(bool(ticked))

    def _on_import(self) -> None:
        self.chosen.emit(self.model.chosen())
        self.accept()
