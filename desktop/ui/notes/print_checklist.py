"""Print the handwritten-note checklist: choose what, tick on screen, preview and print, or save as PDF."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.operations.checklist import (
    ChecklistEntry,
    ChecklistError,
    checklist_entries,
    checklist_interviews,
    set_tick,
)
from desktop.printing.checklist import MARGIN_MM, Dating, paint_checklist, render_checklist
from desktop.printing.page import PAGE_SIZES, default_page_size, page_size
from desktop.ui.combo_box import ComboBox
from desktop.ui.dates import long_date, short_date_time
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown, shown_error, texts
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.models.checklist_model import ChecklistModel
from desktop.ui.pages.base import PageContext
from desktop.ui.row_table import give_way, row_table

NAME_WIDTH = 160  # pixels of a name kept where the checklist narrows its columns
ALL_OPEN = 0  # the first choice: every handwritten note not yet posted
LOCAL_DATING = Dating(long_date, short_date_time)  # the printed dates in the window's language


class PrintChecklistDialog(QDialog):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Print handwritten-note checklist"))
        self.setMinimumSize(860, 460)  # the four tick columns beside name, company and due, without scrolling
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(QLabel(self.tr("Handwritten-note checklist"), objectName="pageTitle"))
        layout.addWidget(QLabel(self.tr("Who to write to, the name as on the card, the address, what to mention and "
                                        "by when. Tick the boxes here as you go; the next print shows them."),
                                objectName="pageSubtitle", wordWrap=True))
        form = QFormLayout()
        self.which = ComboBox()
        self.which.addItem(self.tr("Every handwritten note not yet posted"), None)
        for interview_id, label in checklist_interviews(context.workspace):
            self.which.addItem(shown(label), interview_id)
        self.drafts = QCheckBox(self.tr("Include drafts to copy by hand (one page each, large type)"))
        self.page_size = ComboBox()
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setCurrentText(default_page_size())
        form.addRow(self.tr("Print"), self.which)
        form.addRow("", self.drafts)
        form.addRow(self.tr("Paper"), self.page_size)
        layout.addLayout(form)

        self.model = ChecklistModel(self._on_tick, self)
        self.table = row_table(self.model)
        self.table.setAccessibleName(self.tr("Notes to write by hand"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Every column narrower together rather than the list scrolling sideways (German headings at 200 %), but
        # a name of the usual length whole: what the list is read by. A heading cut short is whole in its tooltip.
        give_way(self.table, *range(self.model.columnCount()), evenly=True, least={0: NAME_WIDTH})
        layout.addWidget(self.table, 1)
        self.message = QLabel("", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = make_primary(buttons.addButton(self.tr("Preview and print…"),
                                                           QDialogButtonBox.ButtonRole.AcceptRole))
        self.pdf_button = buttons.addButton(self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)

        self.which.currentIndexChanged.connect(self.reload)
        self.drafts.toggled.connect(self._say_what_is_left_out)
        self.print_button.clicked.connect(self._on_print)
        self.pdf_button.clicked.connect(self._on_save_pdf)
        self.close_button.clicked.connect(self.accept)
        self.reload()
        dialog_ready(self, first=self.which)

    def choose_interview(self, interview_id: int | None) -> None:
        self.which.setCurrentIndex(max(0, self.which.findData(interview_id)))

    def reload(self) -> None:
        """Read the notes again, after a tick here or a change elsewhere."""
        try:
            entries = checklist_entries(self.context.workspace, self.which.currentData())
        except ChecklistError as error:  # the interview went away while the dialog was open
            self.message.setText(shown_error(error))
            entries = []
        self.model.set_rows(entries)
        self.print_button.setEnabled(bool(entries))
        self.pdf_button.setEnabled(bool(entries))
        if not entries:
            self.message.setText(self.tr("No handwritten notes to print here. Mark a note for handwriting in the note "
                                         "composer first."))
        else:
            self._say_what_is_left_out()

    def _say_what_is_left_out(self) -> None:
        """Before printing: which drafts are not fit to copy, and why; the printed pages say so too."""
        unready = [entry for entry in self.model.rows() if entry.problem]
        if not unready:
            self.message.setText("")
            return
        heading = (self.tr("%n draft(s) will be left out of the printed drafts:", "", len(unready))
                   if self.drafts.isChecked() else
                   self.tr("%n draft(s) will be marked “not ready to copy” on the checklist:", "", len(unready)))
        self.message.setText(heading + "\n" + "\n".join(f"• {entry.name}: {shown(entry.problem)}" for entry in unready))

    def _on_tick(self, note_id: int, tick: str, value: bool) -> None:
        self.context.do(set_tick, note_id, tick, value)
        self.reload()
        if tick == "posted":
            self.message.setText(self.tr("Marked as posted: the note counts as sent.") if value
                                 else self.tr("Not posted after all: the note is back to ready."))

    def _printed_entries(self) -> list[ChecklistEntry]:
        """The listed notes, each reason a draft is not ready to copy in the window's language."""
        return [dataclasses.replace(entry, problem=shown(entry.problem)) for entry in self.model.rows()]

    def _print_args(self) -> tuple[str, date]:
        workspace = self.context.workspace
        return workspace.settings.your_name, workspace.now().astimezone(workspace.zone).date()

    def save_pdf(self, path: Path) -> bool:
        """Write the checklist as it stands to `path`; False (with the reason shown) when that fails."""
        name, today = self._print_args()
        try:
            pages = render_checklist(self._printed_entries(), name, today, self.page_size.currentText(), path,
                                     include_drafts=self.drafts.isChecked(), dating=LOCAL_DATING)
        except OSError as error:
            self.message.setText(self.tr("The PDF could not be saved to {path}: {value}. Nothing was changed; choose "
                                         "another place.").format(path=path, value=error.strerror or error))
            return False
        self.message.setText(self.tr("Saved %n page(s) to {path}.", "", pages).format(path=path))
        return True

    def _on_save_pdf(self) -> None:
        suggested = str(Path.home() / self.tr("handwritten-notes.pdf"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the checklist as PDF"), suggested,
                                              self.tr("PDF (*.pdf)"))
        if not name:
            self.message.setText(self.tr("Not saved: no file was chosen."))
            return
        self.save_pdf(Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf"))

    def _on_print(self) -> None:
        if not QPrinterInfo.availablePrinters():
            self.message.setText(self.tr("No printer is installed on this computer. Use “Save as PDF…” and print the "
                                         "file elsewhere; nothing has been lost."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(QPageLayout(page_size(self.page_size.currentText()), QPageLayout.Orientation.Portrait,
                                          QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                          QPageLayout.Unit.Millimeter))
        self._printer = printer  # the preview paints on it until it closes, and Qt does not own it
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.tr("Print preview: handwritten-note checklist"))
        name_preview_controls(preview)
        preview.paintRequested.connect(self.paint_on)
        preview.finished.connect(self._on_preview_finished)
        open_once(preview)

    def paint_on(self, printer: QPrinter) -> None:
        """Paint the pages on the preview's or the chosen printer."""
        name, today = self._print_args()
        try:
            paint_checklist(printer, self._printed_entries(), name, today, self.drafts.isChecked(), LOCAL_DATING)
        except OSError as error:
            self.message.setText(self.tr("Printing failed: {error}. Nothing was changed; try “Save as PDF…”.").format(
                error=error))

    def _on_preview_finished(self, result: int) -> None:
        if result == QDialog.DialogCode.Rejected:
            self.message.setText(self.tr("Printing cancelled; nothing was changed."))
        else:
            self.message.setText(self.tr("Sent to the printer."))


def name_preview_controls(preview: QPrintPreviewDialog) -> None:
    """Names for the fields of Qt's print preview, which has none of its own: a screen reader says "Zoom" and
    "Page" rather than "edit text"."""
    for combo in preview.findChildren(QComboBox):
        combo.setAccessibleName(texts.tr("Zoom"))
        if combo.lineEdit() is not None:
            combo.lineEdit().setAccessibleName(combo.accessibleName())
    for field in preview.findChildren(QLineEdit):
        if not field.accessibleName():
            field.setAccessibleName(texts.tr("Page"))
    for view in preview.findChildren(QGraphicsView):
        view.setAccessibleName(preview.windowTitle())
        view.viewport().setAccessibleName(preview.windowTitle())
