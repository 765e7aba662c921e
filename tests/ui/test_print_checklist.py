"""The print dialog: choose what to print, tick on screen, save as PDF, print through the preview."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog

from desktop.core.domain import NoteState
from desktop.operations.checklist import checklist_entries
from desktop.operations.preferences import apply_settings
from desktop.storage.models import ThankYouNote
from desktop.ui.bus import DataBus
from desktop.ui.dates import short_date_time
from desktop.ui.models.checklist_model import FIRST_TICK, ChecklistModel
from desktop.ui.notes.print_checklist import PrintChecklistDialog
from desktop.ui.pages.base import PageContext
from tests.dialog_helpers import showing, shown
from tests.printing.pdf_text import flat, pdf_pages


@pytest.fixture
def dialog(qtbot, sample_workspace):
    context = PageContext(sample_workspace, DataBus(), lambda key, target: None)
    window = PrintChecklistDialog(context)
    qtbot.addWidget(window)
    window.show()
    return window


def cell(model: ChecklistModel, name: str, tick: int):
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return model.index(row, FIRST_TICK + tick)


def click_box(qtbot, dialog: PrintChecklistDialog, name: str, tick: int) -> None:
    """Click the check box of one tick cell, as a user does."""
    index = cell(dialog.model, name, tick)
    view = dialog.table
    view.scrollTo(index)
    rect = view.visualRect(index)
    # The check indicator sits at the left of the cell; clicking it toggles the box.
    pos = rect.topLeft() + (rect.bottomLeft() - rect.topLeft()) / 2
    pos.setX(rect.left() + 12)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_the_model_passes_the_model_tester(qtmodeltester, sample_workspace):
    model = ChecklistModel(lambda *a: None)
    model.set_rows(checklist_entries(sample_workspace))
    qtmodeltester.check(model)


def test_ticking_on_screen_updates_the_note_and_the_reprint(qtbot, dialog, sample_workspace, tmp_path):
    assert dialog.model.rowCount() == 2
    with qtbot.waitSignal(dialog.context.bus.published):
        click_box(qtbot, dialog, "Zoë Lindqvist", 0)  # written
    zoe = next(e for e in checklist_entries(sample_workspace) if e.name == "Zoë Lindqvist")
    assert zoe.written and not zoe.posted
    assert cell(dialog.model, "Zoë Lindqvist", 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    out = tmp_path / "ticked.pdf"
    assert dialog.save_pdf(out)
    assert flat(pdf_pages(out)[0]).count("✓") == 1
    click_box(qtbot, dialog, "Zoë Lindqvist", 3)  # posted: the note is sent and leaves the open list
    with sample_workspace.session() as session:
        assert session.get(ThankYouNote, zoe.note_id).state is NoteState.SENT
    assert [e.name for e in dialog.model.rows()] == ["Samuel Adeyemi"]
    assert "counts as sent" in dialog.message.text()
    dialog.save_pdf(out)
    assert "Zoë" not in flat(pdf_pages(out)[0])


def test_choose_one_interview_with_drafts_on_letter(qtbot, dialog, sample_workspace, tmp_path):
    apply_settings(sample_workspace, replace(sample_workspace.settings, your_name="Sam Rivera"))
    zoe = next(e for e in dialog.model.rows() if e.name == "Zoë Lindqvist")
    dialog.choose_interview(zoe.interview_id)
    assert [e.name for e in dialog.model.rows()] == ["Zoë Lindqvist"]
    dialog.drafts.setChecked(True)
    dialog.page_size.setCurrentText("Letter")
    out = tmp_path / "zoe.pdf"
    assert dialog.save_pdf(out)
    pages = [flat(p) for p in pdf_pages(out)]
    assert len(pages) == 2 and "Dear Zoë," in pages[1] and "Saved 2 pages" in dialog.message.text()
    assert pages[1].endswith("With thanks, Sam Rivera Handwritten thank-you notes · Sam Rivera Page 2 of 2")


def test_a_draft_still_to_sign_is_named_before_printing_and_left_out_of_the_page(qtbot, dialog, tmp_path):
    zoe = next(e for e in dialog.model.rows() if e.name == "Zoë Lindqvist")
    dialog.choose_interview(zoe.interview_id)
    assert "will be marked “not ready to copy” on the checklist" in dialog.message.text()
    qtbot.mouseClick(dialog.drafts, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.drafts.height() // 2))
    said = dialog.message.text()
    assert said.startswith("1 draft will be left out of the printed drafts:")
    assert "• Zoë Lindqvist: " in said and "Still to fill in: “[your_name]”" in said and "Settings → You" in said
    out = tmp_path / "zoe.pdf"
    assert dialog.save_pdf(out)
    [checklist] = (flat(p) for p in pdf_pages(out))  # no page of its own, saying only that it is left out
    assert "Draft not ready to copy." in checklist and "[your_name]" not in checklist
    assert "Still to fill in" in checklist and "(your name is set under Settings → You)" in checklist
    assert "Left out of the drafts to copy until they are ready (each card says why): Zoë Lindqvist." in checklist
    assert "DRAFT TO COPY BY HAND" not in checklist


def test_save_as_pdf_through_the_file_dialog_and_a_bad_place(qtbot, dialog, tmp_path, monkeypatch):
    chosen = tmp_path / "checklist"
    monkeypatch.setattr("desktop.ui.notes.print_checklist.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(chosen), "PDF (*.pdf)"))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert Path(f"{chosen}.pdf").exists()
    assert not dialog.save_pdf(tmp_path / "missing" / "x.pdf")
    assert "could not be saved" in dialog.message.text() and "Nothing was changed" in dialog.message.text()
    monkeypatch.setattr("desktop.ui.notes.print_checklist.QFileDialog.getSaveFileName", lambda *a, **k: ("", ""))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Not saved: no file was chosen."


def test_no_printer_says_so_and_a_cancelled_preview_changes_nothing(qtbot, dialog, monkeypatch, tmp_path):
    monkeypatch.setattr("desktop.ui.notes.print_checklist.QPrinterInfo.availablePrinters", lambda: [])
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert "No printer is installed" in dialog.message.text() and not showing(dialog, QPrintPreviewDialog)
    monkeypatch.setattr("desktop.ui.notes.print_checklist.QPrinterInfo.availablePrinters", lambda: [QPrinterInfo()])
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    shown(dialog, QPrintPreviewDialog).reject()
    assert dialog.message.text() == "Printing cancelled; nothing was changed."


def test_what_the_printer_gets_is_the_checklist(qtbot, dialog, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.paint_on(printer)
    text = flat(pdf_pages(tmp_path / "printed.pdf")[0])
    assert "Samuel Adeyemi" in text and "Zoë Lindqvist" in text


def test_the_file_menu_opens_the_dialog(qtbot, workspace, tmp_path):
    from desktop.ui.controller import AppController
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    AppController(window, workspace, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    window.print_checklist_action.trigger()
    dialog = shown(window, PrintChecklistDialog)
    assert not dialog.print_button.isEnabled()  # nothing to print in an empty folder
    assert "No handwritten notes to print" in dialog.message.text()
    dialog.reject()


def test_the_window_prints_the_checklist_in_its_language(qtbot, german, sample_workspace, tmp_path):
    context = PageContext(sample_workspace, DataBus(), lambda key, target: None)
    dialog = PrintChecklistDialog(context)
    qtbot.addWidget(dialog)
    out = tmp_path / "de.pdf"
    assert dialog.save_pdf(out)
    text = flat(pdf_pages(out)[0])
    assert "Handgeschriebene Dankeskarten" in text and "2 Karten zu schreiben" in text
    zoe = next(e for e in checklist_entries(sample_workspace) if e.name == "Zoë Lindqvist")
    assert "Fällig bis" in text and short_date_time(zoe.due) in text and "POSTANSCHRIFT" in text
    assert short_date_time(zoe.due).startswith("Do., 26. Nov. 2026")
    assert "Entwurf noch nicht zum Abschreiben bereit. Die Nachricht an Zoë Lindqvist ist noch nicht bereit" in text
