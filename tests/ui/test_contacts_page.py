"""The Contacts page and the card dialog as a user meets them: real fields, real clicks, a real database."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.core.cards import LabelledValue
from desktop.core.domain import CaptureMethod
from desktop.operations import contacts as ops
from desktop.ui.bus import DataBus
from desktop.ui.cards.card_dialog import CardDialog
from desktop.ui.cards.card_import_dialogs import QrFieldsDialog, SignatureDialog
from desktop.ui.models.contacts_model import ContactsModel
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.contacts import ContactsPage
from tests.dialog_helpers import button, shown, shown_box
from tests.ui.card_helpers import open_card_dialog
from tests.ui.drops import drop_files
from tests.ui.keyboard import type_text
from tests.ui.task_helpers import wait_for_tasks

# Dialogs are windows; the offscreen platform cannot pass their size limits on and says so whenever they change.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def context(workspace):
    return PageContext(workspace, DataBus(), lambda *_: None)


@pytest.fixture
def page(qtbot, context):
    host = QWidget()  # a page lives inside the window; as a window of its own offscreen Qt warns on resizes
    qtbot.addWidget(host)
    page = ContactsPage(host)
    page.bind(context)
    context.bus.published.connect(lambda _changes: page.refresh())  # the controller does this in the app
    host.resize(1100, 700)
    page.resize(1100, 700)
    host.show()
    page.refresh()
    yield page  # a generator fixture keeps `host` alive for the test


def _names(page: ContactsPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_empty_card_file_shows_the_empty_state(page):
    assert page.stack.currentWidget() is page.empty


def test_search_as_you_type_ignores_case_and_accents(qtbot, sample_workspace, page):
    page.refresh()
    assert len(_names(page)) == 9 and page.stack.currentWidget() is page.list_page
    qtbot.keyClicks(page.search, "zoe")
    assert _names(page) == ["Zoë Lindqvist"]
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # re-sorting keeps the search
    assert _names(page) == ["Zoë Lindqvist"]
    page.refresh()  # so does reloading
    assert _names(page) == ["Zoë Lindqvist"]
    page.search.clear()
    qtbot.keyClicks(page.search, "LUMEN recruiter")
    assert _names(page) == ["Aisha Khan"]
    page.search.clear()
    qtbot.keyClicks(page.search, "(206) 555-0187")  # Dana's number as people write it
    assert _names(page) == ["Dana Whitfield"]
    assert page.model.index(0, 4).data() == "(206) 555-0187"
    page.search.clear()
    qtbot.keyClicks(page.search, "nobody here")
    assert _names(page) == [] and page.no_match.isVisible()


def test_sorting_by_company_then_selecting_shows_the_card(qtbot, sample_workspace, page):
    page.refresh()
    assert page.detail.hint.isVisible() and not page.detail.name.isVisible()  # "Select a card…", not a blank pane
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert page.model.index(0, 2).data() == "Fjord & Finch"
    page.table.selectRow(0)
    assert page.detail.name.text() in {"Henrik Sørensen", "Siobhán Ní Bhriain"}
    assert page.detail.name.isVisible() and not page.detail.hint.isVisible()
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()


def test_the_model_is_a_valid_qt_model_searched_and_sorted(qtmodeltester, sample_workspace):
    model = ContactsModel()
    model.set_contacts(ops.contact_rows(sample_workspace), "US")
    qtmodeltester.check(model)
    model.set_search("northwind")
    model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def _row(i: int) -> ops.ContactListRow:
    name, email = f"Person {i}", f"p{i}@example.com"
    return ops.ContactListRow(i, name, "", f"Firma {i % 97}", email, "", (email,), (),
                              f"{name}\nfirma {i % 97}\n{email}".lower())


def test_ten_thousand_contacts_are_searched_word_by_word(qtbot):
    model = ContactsModel()
    model.set_contacts(ops.ContactList.from_rows([_row(i) for i in range(10_000)]), "US")
    for text in ("p", "pe", "per", "pers", "person 99"):
        model.set_search(text)
    assert model.rowCount() == sum("99" in str(i) for i in range(10_000))
    model.set_search("person 99 firma 3")  # every word must match
    assert {model.row_at(r).contact_id for r in range(model.rowCount())} == {
        i for i in range(10_000) if all(word in _row(i).search_key for word in ("person", "99", "firma", "3"))}
    model.set_search("")
    assert model.rowCount() == model.contact_count() == 10_000


def test_new_card_typed_into_the_dialog_is_saved(qtbot, context, page):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = shown(page, CardDialog)
    qtbot.keyClicks(dialog.fields["full_name"], "Dr. Anna van der Berg")
    assert (dialog.fields["given_name"].text(), dialog.fields["family_name"].text()) == ("Anna", "van der Berg")
    qtbot.keyClicks(dialog.fields["title"], "Head of Talent")
    qtbot.keyClicks(dialog.fields["company"], "Acme GmbH")
    qtbot.keyClicks(dialog.emails.rows[0].edit, "anna@acme.example")
    qtbot.mouseClick(dialog.phones.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.phones.rows[0].edit, "(206) 555-0142")
    dialog.phones.rows[0].label.setCurrentText("mobile")
    qtbot.keyClicks(dialog.phones.rows[1].edit, "+49 30 1234567")
    qtbot.mouseClick(dialog.name_checked, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    (contact_id, card), = ops.list_contacts(context.workspace)
    details = ops.contact_details(context.workspace, contact_id)
    assert (card.full_name, card.given_name, card.family_name) == ("Dr. Anna van der Berg", "Anna", "van der Berg")
    assert (card.title, card.company) == ("Head of Talent", "Acme GmbH")
    assert card.emails == [LabelledValue("anna@acme.example", "work")]
    assert card.phones == [LabelledValue("+12065550142", "mobile"), LabelledValue("+49301234567", "work")]
    assert details.name_checked and details.captured_by is CaptureMethod.TYPED
    assert _names(page) == ["Dr. Anna van der Berg"] and page.detail.name.text() == "Dr. Anna van der Berg"
    assert "(206) 555-0142" in page.detail.lines["phones"].text()


def test_a_number_its_plan_does_not_know_is_saved_as_typed_with_a_warning(qtbot, context, page):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = shown(page, CardDialog)
    type_text(dialog.fields["full_name"], "Nathan Knight-Ó Súilleabháin")
    qtbot.mouseClick(dialog.phones.add_button, Qt.MouseButton.LeftButton)
    row = dialog.phones.rows[0]
    qtbot.keyClicks(row.edit, "0121 212 5555")  # from a British card without +44; the region is the US
    assert row.error.isVisible() and row.error.property("tone") == "warning"
    assert row.error.text().startswith("This number looks too long for its country. It is kept as written")
    row.edit.editingFinished.emit()
    assert row.edit.text() == "0121 212 5555"  # never reformatted into "01212125555"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    (_contact_id, card), = ops.list_contacts(context.workspace)
    assert card.phones == [LabelledValue("0121 212 5555", "work")]
    assert "0121 212 5555  (work)" in page.detail.lines["phones"].text()


def test_user_edited_name_parts_stop_following_the_full_name(qtbot, context):
    dialog = open_card_dialog(qtbot, context)
    qtbot.keyClicks(dialog.fields["full_name"], "Li Wei")
    dialog.fields["given_name"].clear()
    qtbot.keyClicks(dialog.fields["given_name"], "Wei")
    dialog.fields["family_name"].clear()
    qtbot.keyClicks(dialog.fields["family_name"], "Li")
    qtbot.keyClicks(dialog.fields["full_name"], "n")
    assert (dialog.fields["given_name"].text(), dialog.fields["family_name"].text()) == ("Wei", "Li")


def test_invalid_email_shows_the_reason_and_blocks_save(qtbot, context):
    dialog = open_card_dialog(qtbot, context)
    qtbot.keyClicks(dialog.fields["full_name"], "Jane Doe")
    qtbot.keyClicks(dialog.emails.rows[0].edit, "jane@")
    row = dialog.emails.rows[0]
    assert row.error.isVisible() and "after the @-sign" in row.error.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Email 1:" in dialog.error.text()
    assert ops.list_contacts(context.workspace) == []
    qtbot.keyClicks(row.edit, "doe.example")
    assert not row.error.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [c.full_name for _, c in ops.list_contacts(context.workspace)] == ["Jane Doe"]


def test_a_card_without_a_name_is_refused(qtbot, context):
    dialog = open_card_dialog(qtbot, context)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.name_error.isVisible() and "Name:" in dialog.error.text()


def test_a_duplicate_is_offered_for_merging(qtbot, context, sample_workspace):
    zoe = next(cid for cid, c in ops.list_contacts(context.workspace) if c.full_name == "Zoë Lindqvist")
    dialog = open_card_dialog(qtbot, context)
    qtbot.keyClicks(dialog.fields["full_name"], "Zoe Lindqvist")
    qtbot.keyClicks(dialog.fields["pronunciation"], "ZOH-ee LIND-kvist")
    qtbot.keyClicks(dialog.emails.rows[0].edit, "zoe.lindqvist@northwind.example")
    qtbot.mouseClick(dialog.phones.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.phones.rows[-1].edit, "+1 206 555 0199")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.duplicate_panel.isVisible() and "same email address" in dialog.duplicate_text.text().lower()
    assert [b.text() for b in dialog.merge_buttons] == ["Merge into Zoë Lindqvist"]
    qtbot.mouseClick(dialog.merge_buttons[0], Qt.MouseButton.LeftButton)
    assert len(ops.list_contacts(context.workspace)) == 9
    merged = ops.get_contact(context.workspace, zoe)
    assert merged.full_name == "Zoë Lindqvist" and merged.pronunciation == "ZOH-ee LIND-kvist"
    assert [p.value for p in merged.phones] == ["+12065550199"]


def test_a_duplicate_can_still_be_saved_as_a_new_card(qtbot, context, sample_workspace):
    dialog = open_card_dialog(qtbot, context)
    qtbot.keyClicks(dialog.fields["full_name"], "Zoe Lindqvist")
    qtbot.keyClicks(dialog.fields["company"], "Northwind Analytics")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "similar name" in dialog.duplicate_text.text().lower()
    qtbot.mouseClick(button(dialog, "Save as a new card"), Qt.MouseButton.LeftButton)
    assert len(ops.list_contacts(context.workspace)) == 10


def test_editing_keeps_the_id_and_saves_changes(qtbot, context, sample_workspace, page):
    page.refresh()
    page.table.selectRow(0)
    contact_id = page.selected_id()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = shown(page, CardDialog)
    assert dialog.fields["full_name"].text() == "Aisha Khan" and dialog.name_checked.isChecked()
    dialog.fields["title"].clear()
    qtbot.keyClicks(dialog.fields["title"], "Senior Recruiter")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # editing never asks about duplicates
    assert ops.get_contact(context.workspace, contact_id).title == "Senior Recruiter"
    assert page.selected_id() == contact_id and "Senior Recruiter" in page.detail.role.text()


def test_delete_asks_and_ctrl_z_restores_the_meeting_notes(qtbot, context, sample_workspace, page):
    from desktop.operations.people_met import people_met
    from desktop.storage.models import MeetingNote

    page.refresh()
    qtbot.keyClicks(page.search, "dana")
    page.table.selectRow(0)
    dana = page.selected_id()
    with context.workspace.session() as session:
        interview_id = session.query(MeetingNote.interview_id).filter_by(contact_id=dana).scalar()
    before = people_met(context.workspace, interview_id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "Dana Whitfield" in shown_box(page).text()
    qtbot.mouseClick(button(shown_box(page), "Delete"), Qt.MouseButton.LeftButton)
    assert dana not in {cid for cid, _ in ops.list_contacts(context.workspace)}
    assert page.undo_button.isVisible()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert people_met(context.workspace, interview_id) == before
    assert page.selected_id() == dana and page.detail.name.text() == "Dana Whitfield"


def test_cancelling_the_confirmation_keeps_the_card(qtbot, context, sample_workspace, page):
    page.refresh()
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    shown_box(page).reject()
    assert len(ops.list_contacts(context.workspace)) == 9


def _qr_png(path: Path, payload: str) -> Path:
    barcode = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
    Image.fromarray(barcode.to_image(scale=6)).save(path)  # type: ignore[attr-defined]
    return path


def test_photo_with_a_qr_code_offers_its_fields(qtbot, context, tmp_path):
    vcard = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okafor;Chidi\r\nFN:Chidi Okafor\r\nORG:Acme\r\nTITLE:CTO\r\n"
             "EMAIL;TYPE=WORK:chidi@acme.example\r\nTEL;TYPE=CELL:+44 20 7946 0958\r\nEND:VCARD\r\n")
    photo = _qr_png(tmp_path / "card.png", vcard)
    dialog = open_card_dialog(qtbot, context)
    qtbot.keyClicks(dialog.fields["full_name"], "Chidi Okafor")
    dialog.attach_photo_file(photo)
    assert dialog.photo is not None and dialog.photo_view.pixmap() is not None
    qr = shown(dialog, QrFieldsDialog)
    texts = [box.text() for box, _, _ in qr.boxes]
    assert "Title: CTO" in texts and "Email (work): chidi@acme.example" in texts
    next(box for box, name, _ in qr.boxes if name == "company").setChecked(False)
    qr.accept()
    assert dialog.fields["title"].text() == "CTO" and dialog.fields["company"].text() == ""
    assert dialog.phones.values() == [LabelledValue("+442079460958", "mobile")]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (contact_id, _), = ops.list_contacts(context.workspace)
    details = ops.contact_details(context.workspace, contact_id)
    assert details.captured_by is CaptureMethod.QR
    assert details.card.photo == photo.read_bytes() and details.card.photo_type == "image/png"


def test_photo_files_that_are_too_big_or_not_pictures_are_refused(qtbot, context, tmp_path):
    dialog = open_card_dialog(qtbot, context)
    text = tmp_path / "notes.txt"
    text.write_text("not a picture")
    dialog.attach_photo_file(text)
    assert dialog.photo is None and "notes.txt is not a picture" in dialog.photo_error.text()
    big = tmp_path / "huge.jpg"
    big.write_bytes(b"\xff\xd8" + b"0" * (10 * 1024 * 1024 + 1))
    dialog.attach_photo_file(big)
    assert "huge.jpg is 10.0 MB; a card photo can be at most 10 MB." in dialog.photo_error.text()


def test_a_photo_is_dropped_or_pasted_onto_theopen_card_dialog(qtbot, context, tmp_path):
    dialog = open_card_dialog(qtbot, context)
    image = QImage(40, 24, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    path = tmp_path / "card.png"
    image.save(str(path))
    assert drop_files(dialog, [path])
    assert dialog.photo is not None and dialog.photo[0] == path.read_bytes()
    qtbot.mouseClick(dialog.remove_photo_button, Qt.MouseButton.LeftButton)
    assert dialog.photo is None
    QGuiApplication.clipboard().setImage(image)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()  # Ctrl+V on a button is a window shortcut: the window must be the active one
    dialog.save_button.setFocus()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.photo is not None and dialog.photo[1] == "image/png"
    qtbot.mouseClick(dialog.remove_photo_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.fields["company"], Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.photo is not None and dialog.fields["company"].text() == ""  # an image is no text to paste
    QGuiApplication.clipboard().clear()


def test_a_pasted_signature_fills_only_empty_fields(qtbot, context):
    dialog = open_card_dialog(qtbot, context)
    qtbot.keyClicks(dialog.fields["title"], "Recruiter")
    qtbot.mouseClick(dialog.signature_button, Qt.MouseButton.LeftButton)
    signature = shown(dialog, SignatureDialog)
    signature.text.setPlainText("Best regards,\nJane Doe\nHead of Talent | Acme Inc.\njane.doe@acme.com\n"
                                "M: +1 206 555 0142")
    signature.accept()
    assert dialog.fields["full_name"].text() == "Jane Doe"
    assert dialog.fields["title"].text() == "Recruiter"  # typed by the user, kept
    assert dialog.fields["company"].text() == "Acme Inc."
    assert dialog.emails.values() == [LabelledValue("jane.doe@acme.com", "work")]
    assert dialog.phones.values() == [LabelledValue("+12065550142", "mobile")]
    assert ops.list_contacts(context.workspace) == []  # nothing saved before Save
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (contact_id, _), = ops.list_contacts(context.workspace)
    assert ops.contact_details(context.workspace, contact_id).captured_by is CaptureMethod.SIGNATURE


def test_export_all_or_only_the_selected_cards(qtbot, sample_workspace, page, tmp_path):
    from desktop.core.vcard import read_vcards

    page.refresh()
    assert not page.export_selected_action.isEnabled()
    page.table.selectRow(0)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     page.table.visualRect(page.model.index(2, 0)).center())
    chosen = page.selected_ids()
    assert len(chosen) == 2 and page.export_selected_action.isEnabled()
    assert page.selected_id() is None and not page.edit_button.isEnabled()  # Edit and Delete take one card
    page.export_selected_action.trigger()
    out = tmp_path / "two.vcf"
    shown(page, QFileDialog).fileSelected.emit(str(out))  # what choosing a file and Save do
    wait_for_tasks(qtbot, page.context.runner)
    names = sorted(c.full_name for c in read_vcards(out.read_bytes(), out.name).cards)
    assert names == sorted(page.model.row_at(r).name for r in (0, 2))
    assert "2 cards written" in shown_box(page).text()
    page.export_all_action.trigger()
    shown(page, QFileDialog).fileSelected.emit(str(tmp_path / "all.vcf"))
    wait_for_tasks(qtbot, page.context.runner)
    assert len(read_vcards((tmp_path / "all.vcf").read_bytes(), "all.vcf").cards) == 9
    page.export_to(tmp_path / "no-such-folder" / "x.vcf", None)
    wait_for_tasks(qtbot, page.context.runner)
    report = shown_box(page)
    assert report.icon() == report.Icon.Warning and "cannot be written" in report.text()
    report.close()


def test_import_goes_through_the_window_s_import(qtbot, context, tmp_path):
    imported: list[list[Path]] = []
    host = QWidget()
    qtbot.addWidget(host)
    page = ContactsPage(host)
    page.bind(context)
    assert page.import_button.isHidden()  # without the controller's import there is nothing to offer
    page.bind(PageContext(context.workspace, context.bus, context.navigate, imported.append))
    assert not page.import_button.isHidden()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    shown(page, QFileDialog).filesSelected.emit([str(tmp_path / "a.vcf"), str(tmp_path / "b.vcf")])
    assert imported == [[tmp_path / "a.vcf", tmp_path / "b.vcf"]]
    shown(page, QFileDialog).reject()


def test_a_search_that_hides_the_selected_card_clears_the_card_pane(qtbot, sample_workspace, page):
    page.refresh()
    page.table.selectRow(0)
    name = page.model.row_at(0).name
    assert page.detail.name.text() == name
    qtbot.keyClicks(page.search, name)
    assert page.selected_ids() == [page.model.row_at(0).contact_id]  # still selected, still shown
    page.search.clear()
    qtbot.keyClicks(page.search, "nobody here")
    assert page.selected_ids() == [] and page.detail.widget().isHidden()


def test_in_the_window_the_page_imports_as_the_file_menu_does(qtbot, app_window, tmp_path):
    window, controller = app_window
    controller.open_page("contacts")
    page = window.pages["contacts"]
    assert not page.import_button.isHidden()
    card = tmp_path / "ana.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Souza\r\nN:Souza;Ana;;;\r\nEND:VCARD\r\n")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    shown(page, QFileDialog).filesSelected.emit([str(card)])
    wait_for_tasks(qtbot, controller.runner)
    assert "ana.vcf: 1 added" in shown_box(window).text()
    assert [page.model.row_at(r).name for r in range(page.model.rowCount())] == ["Ana Souza"]
    shown(page, QFileDialog).reject()
    shown_box(window).close()


def test_several_selected_cards_say_so_instead_of_asking_to_select_one(qtbot, sample_workspace, page):
    page.refresh()
    page.table.selectRow(0)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     page.table.visualRect(page.model.index(2, 0)).center())
    assert len(page.selected_ids()) == 3
    assert page.detail.hint.isVisible() and page.detail.hint.text() == "3 cards selected: click one to see it here."
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(page.model.index(1, 0)).center())
    assert page.selected_ids() == [page.model.row_at(1).contact_id]
    assert page.detail.name.isVisible() and not page.detail.hint.isVisible()
    page.table.clearSelection()
    assert page.detail.hint.text() == "Select a card in the list to see it here."
