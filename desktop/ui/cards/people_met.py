"""The people met in one interview, and what was memorable with each: a widget for the interview editor.

Usage: ``widget = PeopleMetWidget(context); widget.set_interview(interview_id)``. Meeting notes save themselves
a moment after the last keystroke, and at once when another person or interview is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import people_met as ops
from desktop.ui.cards.contact_picker import ContactPickerDialog
from desktop.ui.dialogs import open_once
from desktop.ui.models.people_met_model import PeopleMetModel
from desktop.ui.pages.base import PageContext
from desktop.ui.row_table import give_way, row_table
from desktop.ui.style import set_tone

SAVE_DELAY_MS = 600


class PeopleMetWidget(QWidget):
    saved = Signal()  # a meeting note, or the list of people, was written

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.interview_id: int | None = None
        self._editing: int | None = None  # the contact whose note is in the editor
        self._dirty = False
        self.model = PeopleMetModel(self)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        heading = QLabel(self.tr("People met"), styleSheet="font-weight: 600;")
        left.addWidget(heading)
        self.table = row_table(self.model)
        heading.setBuddy(self.table)  # the list's name for a screen reader
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        give_way(self.table, 1, 0)  # the role, then the name, elided rather than the table scrolling sideways
        left.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add person…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        row.addLayout(left, 1)

        right = QVBoxLayout()
        self.memorable_label = QLabel(self.tr("What was memorable"), wordWrap=True)  # a long name on two lines,
        # rather than a dialog wider than the screen
        self.memorable_label.setStyleSheet("font-weight: 600;")
        self.memorable_label.setTextFormat(Qt.TextFormat.PlainText)
        self.memorable = QPlainTextEdit()
        self.memorable.setPlaceholderText(self.tr("One thing from the conversation with this person, for their "
                                                  "thank-you note."))
        self.promised = QLineEdit(placeholderText=self.tr("What they said would happen next, if anything"))
        self.promised.setToolTip(self.promised.placeholderText())  # whole, where a narrow dialog cuts it (German)
        self.status = QLabel("")
        set_tone(self.status, "hint")
        right.addWidget(self.memorable_label)
        right.addWidget(self.memorable, 1)
        right.addWidget(QLabel(self.tr("They promised")))
        right.addWidget(self.promised)
        right.addWidget(self.status)
        row.addLayout(right, 1)

        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_selected)
        self.memorable.textChanged.connect(self._on_edited)
        self.promised.textEdited.connect(self._on_edited)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self._on_selection()

    def set_interview(self, interview_id: int | None) -> None:
        """Show the people met in an interview (None: nothing); the same id again reloads the list."""
        if interview_id != self.interview_id:
            self.save_now()
            self.interview_id = interview_id
        selected = self.selected_id()
        people = ops.people_met(self.context.workspace, interview_id) if interview_id is not None else []
        self.model.set_rows(people)
        self.add_button.setEnabled(interview_id is not None)
        if selected is not None and (row := self.model.row_of(selected)) is not None:
            self.table.selectRow(row)
        elif people:
            self.table.selectRow(0)
        self._on_selection()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).contact_id if rows else None

    def add_person(self) -> None:
        if self.interview_id is None:
            return
        exclude = {self.model.row_at(r).contact_id for r in range(self.model.rowCount())}
        picker = ContactPickerDialog(self.context, exclude, self)
        picker.accepted.connect(lambda: self._on_picked(picker.chosen_id()))
        open_once(picker)

    def remove_selected(self) -> None:
        contact_id = self.selected_id()
        if self.interview_id is None or contact_id is None:
            return
        self.save_now()
        self.context.do(ops.remove_person_met, self.interview_id, contact_id)
        self._editing = None
        self._written()

    def save_now(self) -> None:
        """Write the note in the editor if it changed since the last save."""
        self._timer.stop()
        if not self._dirty or self.interview_id is None or self._editing is None:
            return
        self._dirty = False
        self.context.do(ops.save_meeting_note, self.interview_id, self._editing,
                        self.memorable.toPlainText().strip(), self.promised.text().strip())
        self.status.setText(self.tr("Saved"))
        self._written()

    def _written(self) -> None:
        self.saved.emit()
        self.set_interview(self.interview_id)

    def _on_picked(self, contact_id: int | None) -> None:
        assert self.interview_id is not None
        if contact_id is None:
            return
        self.context.do(ops.add_person_met, self.interview_id, contact_id)
        self._written()
        row = self.model.row_of(contact_id)
        if row is not None:
            self.table.selectRow(row)
            self.memorable.setFocus()

    def _on_selection(self, *_: object) -> None:
        contact_id = self.selected_id()
        self.remove_button.setEnabled(contact_id is not None)
        if contact_id == self._editing:
            return  # a reload after our own save: keep the editor (and the cursor) as it is
        self.save_now()
        self._editing = contact_id
        person = self.model.row_at(self.model.row_of(contact_id) or 0) if contact_id is not None else None
        for editor in (self.memorable, self.promised):
            editor.blockSignals(True)
        self.memorable.setPlainText(person.memorable if person else "")
        self.memorable.moveCursor(QTextCursor.MoveOperation.End)  # typing adds to the note, not before it
        self.promised.setText(person.promised if person else "")
        for editor in (self.memorable, self.promised):
            editor.blockSignals(False)
            editor.setEnabled(person is not None)
        self.memorable_label.setText(self.tr("What was memorable with {name}").format(
            name=person.name) if person else self.tr("What was memorable"))
        self.status.setText("")

    def _on_edited(self, *_: object) -> None:
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)
