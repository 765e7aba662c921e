"""Add or edit an opportunity: the company, the role, the posting and the one line on why the candidate fits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.operations import opportunities as opps
from desktop.ui.i18n import shown_error
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.pages.base import PageContext
from desktop.ui.style import set_tone


class OpportunityDialog(QDialog):
    saved = Signal(int)  # the opportunity's id, after it was written

    def __init__(self, context: PageContext, opportunity_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.opportunity_id = opportunity_id
        self.setWindowTitle(self.tr("Edit opportunity") if opportunity_id else self.tr("New opportunity"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.company_edit = QLineEdit(placeholderText=self.tr("Northwind Analytics"))
        self.role_edit = QLineEdit(placeholderText=self.tr("Senior Product Designer"))
        self.url_edit = QLineEdit(placeholderText="https://…")
        self.why_edit = QLineEdit(placeholderText=self.tr("One line on why you fit; it goes into your thank-you notes"))
        self.why_edit.setToolTip(self.why_edit.placeholderText())  # whole, where a narrow dialog cuts it short
        form.addRow(self.tr("Company"), self.company_edit)
        form.addRow(self.tr("Role"), self.role_edit)
        form.addRow(self.tr("Posting link"), self.url_edit)
        form.addRow(self.tr("Why you fit"), self.why_edit)
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.error_label, "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        dialog_ready(self, first=self.company_edit,
                       save=make_primary(buttons.button(QDialogButtonBox.StandardButton.Save)))
        if opportunity_id is not None:
            row = opps.get_opportunity(context.workspace, opportunity_id)
            for edit, value in ((self.company_edit, row.company), (self.role_edit, row.role),
                                (self.url_edit, row.posting_url), (self.why_edit, row.why_fit)):
                edit.setText(value)

    def save(self) -> None:
        """Write the opportunity; a missing company or role is named and the dialog stays open."""
        values = (self.company_edit.text(), self.role_edit.text(), self.url_edit.text(), self.why_edit.text())
        try:
            if self.opportunity_id is None:
                self.opportunity_id = self.context.do(opps.add_opportunity, *values).id
            else:
                self.context.do(opps.update_opportunity, self.opportunity_id, *values)
        except ValueError as error:
            self.error_label.setText(self.tr("Not saved: {error}.").format(error=shown_error(error)))
            self.error_label.show()
            return
        self.saved.emit(self.opportunity_id)
        self.accept()
