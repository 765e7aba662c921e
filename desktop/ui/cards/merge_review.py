"""The merge review: after an import, the contacts whose card in the file differs from yours, field by field.

Nothing changes until Apply; closing the dialog keeps every value of yours (the new emails and numbers the
import added stay, and the import as a whole can still be undone from the Edit menu).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.card_merge import Choice, FieldDifference
from desktop.operations.transfer_types import CardDifferences
from desktop.ui.i18n import shown, texts
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.models.differences_model import DifferencesModel

CHOICE_TEXT = {Choice.MINE: QT_TRANSLATE_NOOP("MergeReviewDialog", "Keep mine"),
               Choice.THEIRS: QT_TRANSLATE_NOOP("MergeReviewDialog", "Take theirs"),
               Choice.BOTH: QT_TRANSLATE_NOOP("MergeReviewDialog", "Keep both")}


def _value_label(text: str) -> QLabel:
    label = QLabel(text or texts.tr("(empty)"), wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and notes from a file are shown as written
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MergeReviewDialog(QDialog):
    """Lists the differing contacts; the selected one's fields are shown with a choice each.

    Emits `applied` with (differences, choices) per contact when the user applies.
    """

    applied = Signal(list)

    def __init__(self, differences: list[CardDifferences], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review cards that differ from yours"))
        self.resize(900, 560)
        self.model = DifferencesModel(differences, self)
        self._groups: list[QButtonGroup] = []
        layout = QVBoxLayout(self)
        files = sorted({d.file_name for d in differences if d.file_name})
        intro = QLabel(self.tr("%n card(s) differ from yours in {files}. Your values were kept and new emails and "
                               "phone numbers added; nothing more changes until you choose Apply.", "",
                               len(differences)).format(files=", ".join(files) or self.tr("the import")),
                       wordWrap=True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        splitter = QSplitter()
        self.contact_list = QTableView()
        self.contact_list.setModel(self.model)
        self.contact_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contact_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contact_list.verticalHeader().hide()
        self.contact_list.setWordWrap(False)  # a long name is elided on one line; the panel shows it whole
        self.contact_list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.contact_list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        splitter.addWidget(self.contact_list)
        self.fields_area = QScrollArea(widgetResizable=True)
        splitter.addWidget(self.fields_area)
        splitter.setSizes([340, 560])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox()
        self.keep_all_button = buttons.addButton(self.tr("Keep all mine"), QDialogButtonBox.ButtonRole.ResetRole)
        self.take_all_button = buttons.addButton(self.tr("Take all theirs"), QDialogButtonBox.ButtonRole.ResetRole)
        self.later_button = buttons.addButton(self.tr("Keep mine for now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button = make_primary(buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole))
        layout.addWidget(buttons)
        self.keep_all_button.clicked.connect(lambda: self._set_all(theirs=False))
        self.take_all_button.clicked.connect(lambda: self._set_all(theirs=True))
        self.apply_button.clicked.connect(self._on_apply)
        self.later_button.clicked.connect(self.reject)
        self.contact_list.selectionModel().selectionChanged.connect(self._on_selected)
        if differences:
            self.contact_list.selectRow(0)
        dialog_ready(self, first=self.contact_list)

    def current_row(self) -> int:
        rows = self.contact_list.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _on_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_fields(self.current_row())

    def _show_fields(self, row: int) -> None:
        """The fields of one contact: its name, then Field | Yours | Theirs | the choices, a field a line."""
        self._groups = []
        panel = QWidget()
        grid = QGridLayout(panel)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        differences = self.model.row_at(row)
        if differences is not None:
            title = _value_label(differences.name)
            title.setObjectName("pageSubtitle")
            grid.addWidget(title, 0, 0, 1, 4)
            for column, text in enumerate(("", self.tr("Yours"), self.tr("Theirs"))):
                heading = QLabel(f"<b>{text}</b>")
                grid.addWidget(heading, 1, column)
            choices = self.model.choices(row)
            for line, difference in enumerate(differences.fields, start=2):
                self._add_field(grid, line, row, difference, choices[difference.field])
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(2, 1)
        self.fields_area.setWidget(panel)

    def _add_field(self, grid: QGridLayout, line: int, row: int, difference: FieldDifference,
                   chosen: Choice) -> None:
        grid.addWidget(QLabel(shown(difference.label)), line, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(_value_label(difference.yours), line, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(_value_label(difference.theirs), line, 2, Qt.AlignmentFlag.AlignTop)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(holder)
        for choice in difference.choices:
            button = QRadioButton(self.tr(CHOICE_TEXT[choice]), checked=choice is chosen)
            button.toggled.connect(lambda on, f=difference.field, c=choice: on and self.model.set_choice(row, f, c))
            group.addButton(button)
            column.addWidget(button)
        self._groups.append(group)
        grid.addWidget(holder, line, 3, Qt.AlignmentFlag.AlignTop)

    def _set_all(self, theirs: bool) -> None:
        self.model.set_all(theirs)
        self._show_fields(self.current_row())

    def _on_apply(self) -> None:
        self.applied.emit(self.model.decisions())
        self.accept()
