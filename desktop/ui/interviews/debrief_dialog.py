"""How did it go? A short debrief right after an interview, while the details are fresh."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import debrief as debrief_ops
from desktop.ui.i18n import listed
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.pages.base import PageContext


def _text_box(text: str, placeholder: str, lines: int = 2) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 16)
    return box


class DebriefDialog(QDialog):
    """One box per person met (memorable moment, anything promised), then next steps and why you fit."""

    saved = Signal(int)  # interview id

    def __init__(self, context: PageContext, interview_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = debrief_ops.load_debrief(context.workspace, interview_id)
        self.setWindowTitle(self.tr("How did it go at {company}?").format(company=self.form.company))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        missing = self.form.missing()
        still = (self.tr("Still to note: {missing}.").format(missing=listed(missing)) if missing
                 else self.tr("Everything is noted; change what you like."))
        intro = QLabel(self.tr("{role} at {company}. A line or two for each person is enough: it is what makes each "
                               "thank-you note personal.").format(role=self.form.role, company=self.form.company)
                       + " " + still, wordWrap=True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        # Only what is missing is asked; what is already noted stays one click away.
        self.show_all = QCheckBox(self.tr("Show what is already noted"))
        self.show_all.setVisible(bool(missing) and len(missing) < len(self.form.people) + 2)
        layout.addWidget(self.show_all)
        self._noted: list[QWidget] = []
        body = QWidget()
        column = QVBoxLayout(body)
        self.memorable: list[QPlainTextEdit] = []
        self.promised: list[QLineEdit] = []
        for person in self.form.people:
            group = QGroupBox(person.name)
            fields = QFormLayout(group)
            memorable = _text_box(person.memorable, self.tr("What stood out in your talk with {name}?").format(
                name=person.name))
            promised = QLineEdit(person.promised,
                                 placeholderText=self.tr("Anything you or they promised to send or do"))
            fields.addRow(self.tr("Memorable"), memorable)
            fields.addRow(self.tr("Promised"), promised)
            self.memorable.append(memorable)
            self.promised.append(promised)
            column.addWidget(group)
            if person.memorable.strip() and missing:
                self._noted.append(group)
        if not self.form.people:
            column.addWidget(QLabel(self.tr("Nobody is listed for this interview yet; add the people you met to it.")))
        general = QFormLayout()
        self.next_steps = _text_box(self.form.next_steps, self.tr("What did they say about next steps and timing?"))
        self.why_fit = QLineEdit(self.form.why_fit, placeholderText=self.tr("One line on why you fit the role"))
        general.addRow(self.tr("Next steps"), self.next_steps)
        general.addRow(self.tr("Why you fit"), self.why_fit)
        column.addLayout(general)
        self._general = general
        self._general_noted = [row for row, text in enumerate((self.form.next_steps, self.form.why_fit))
                               if text.strip() and missing]
        self.show_all.toggled.connect(self._show_noted)
        self._show_noted(False)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        dialog_ready(self, save=make_primary(self.buttons.button(QDialogButtonBox.StandardButton.Save)))
        # As tall as what is asked, up to room for three people without scrolling.
        self.resize(620, min(680, body.sizeHint().height() + layout.sizeHint().height() - scroll.sizeHint().height()))

    def _show_noted(self, shown: bool) -> None:
        for group in self._noted:
            group.setVisible(shown)
        for row in self._general_noted:
            self._general.setRowVisible(row, shown)
        self._focus_first_missing()

    def _focus_first_missing(self) -> None:
        first = next((box for box in (*self.memorable, self.next_steps) if box.isVisibleTo(self) and
                      not box.toPlainText().strip()), None)
        if first is not None:
            first.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_first_missing()  # typing at once goes where the first missing answer goes

    def accept(self) -> None:
        for person, memorable, promised in zip(self.form.people, self.memorable, self.promised, strict=True):
            person.memorable = memorable.toPlainText()
            person.promised = promised.text()
        self.form.next_steps = self.next_steps.toPlainText()
        self.form.why_fit = self.why_fit.text()
        self.context.do(debrief_ops.save_debrief, self.form)
        self.saved.emit(self.form.interview_id)
        super().accept()
