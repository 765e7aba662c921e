"""Reading cards from photos in the window: the Contacts page's button, drops and paste, the review, the card dialog.

The reading itself (desktop.operations.card_scans) is replaced by a small fake that returns known readings, so
these tests are about what the window does with them: nothing saved until the user says, the photo attached,
the spelling tick left to the user, duplicates merged through the merge review, bad photos named.
"""

from __future__ import annotations

import sys
import threading
import time
import types
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QFormLayout, QWidget

from desktop.core.card_reading import CardImageProblem, CardReading, ReadField, TextLine
from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.domain import CaptureMethod
from desktop.operations import contacts as ops
from desktop.ui.bus import DataBus
from desktop.ui.cards.card_reader import card_photos_in
from desktop.ui.cards.card_review import CardReviewDialog
from desktop.ui.cards.merge_review import MergeReviewDialog
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.contacts import ContactsPage
from desktop.ui.runner import REPORT_EVERY, Task
from desktop.ui.task_indicator import TaskIndicator
from tests.dialog_helpers import showing, shown, shown_box
from tests.ui.card_helpers import open_card_dialog
from tests.ui.drops import drop_files
from tests.ui.keyboard import type_text
from tests.ui.task_helpers import wait_for_tasks
from tests.ui.test_merge_review import choices

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

BOX = ((40.0, 30.0), (400.0, 30.0), (400.0, 70.0), (40.0, 70.0))
TITLE_BOX = ((40.0, 80.0), (300.0, 80.0), (300.0, 105.0), (40.0, 105.0))


def _reading(path: Path, name: str, email: str, *, title: str = "Head of Data", confidence: float = 0.95,
             phones: tuple[tuple[str, str], ...] = (("+353 1 555 0142", "office"),)) -> CardReading:
    image = Image.new("RGB", (600, 350), "white")
    ImageDraw.Draw(image).rectangle((40, 30, 400, 70), outline="black")
    return CardReading(
        file=str(path), image=image,
        name=ReadField(name, confidence, (BOX,)), title=ReadField(title, 0.55, (TITLE_BOX,)),
        company=ReadField("Brónach Analytics", 0.9), emails=[ReadField(email, 0.97)],
        phones=[ReadField(number, 0.9, kind=kind) for number, kind in phones],
        lines=[TextLine(name, BOX, confidence), TextLine(title, TITLE_BOX, 0.55)])


READINGS = {
    "siobhan.png": dict(name="Siobhán Ní Bhriain-Ó Catháin", email="siobhan@bronach.ie"),
    "zoe.png": dict(name="Zoë Lindqvist-Åkerström", email="zoe@bronach.ie",
                    phones=(("+353 87 555 0199", "mobile"), ("+353 1 555 0100", "fax"))),
}


@pytest.fixture
def card_scans(monkeypatch):
    """The agreed operations, faked: readings by file name, a photo named broken.jpg refused."""
    def read_card_file(workspace, path, back=None):
        for side in (path, back):
            if side is not None and side.name == "broken.jpg":
                raise CardImageProblem(f"{side.name} is not a picture (the file is damaged).")
        return _reading(path, **READINGS[path.name])

    def save_reading(workspace, reading, card, name_checked=False):
        card.photo, card.photo_type = Path(reading.file).read_bytes(), "image/png"
        return ops.add_contact(workspace, card, CaptureMethod.TYPED, name_checked=name_checked)

    def card_from_reading(reading):
        return ContactCard(full_name=reading.name.value, title=reading.title.value, company=reading.company.value,
                           emails=[LabelledValue(e.value) for e in reading.emails])

    module = types.ModuleType("desktop.operations.card_scans")
    module.read_card_file, module.save_reading, module.card_from_reading = read_card_file, save_reading, \
        card_from_reading
    monkeypatch.setitem(sys.modules, "desktop.operations.card_scans", module)
    return module


@pytest.fixture
def photos(tmp_path):
    folder = tmp_path / "cards"
    folder.mkdir()
    for name in (*READINGS, "broken.jpg"):
        Image.new("RGB", (60, 35), "white").save(folder / name, "PNG")
    (folder / "notes.txt").write_text("not a photo")
    return folder


@pytest.fixture
def context(workspace):
    return PageContext(workspace, DataBus(), lambda *_: None)


@pytest.fixture
def page(qtbot, context):
    host = QWidget()
    qtbot.addWidget(host)
    page = ContactsPage(host)
    page.bind(context)
    context.bus.published.connect(lambda _changes: page.refresh())
    host.resize(1100, 700)
    page.resize(1100, 700)
    host.show()
    page.refresh()
    yield page
    context.runner.shutdown()


def _review(qtbot, page: ContactsPage, paths: list[Path]) -> CardReviewDialog:
    page.read_card_photos(paths)
    wait_for_tasks(qtbot, page.context.runner)
    return shown(page, CardReviewDialog)


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _stored(workspace) -> dict[str, ops.ContactDetails]:
    return {card.full_name: ops.contact_details(workspace, cid) for cid, card in ops.list_contacts(workspace)}


def test_two_cards_are_reviewed_in_turn_and_saved_with_their_photo_unchecked(qtbot, page, card_scans, photos,
                                                                            workspace):
    review = _review(qtbot, page, [photos / "siobhan.png", photos / "zoe.png"])
    assert review.heading.text() == "Card 1 of 2: siobhan.png"
    assert _stored(workspace) == {}  # nothing saved by reading
    title = review.form.rows["title"].edit
    title.clear()
    type_text(title, "Directrice des données")
    assert not review.form.name_checked.isChecked()  # the reading never ticks it
    _click(qtbot, review.save_button)
    assert review.heading.text() == "Card 2 of 2: zoe.png"
    qtbot.mouseClick(review.form.name_checked, Qt.MouseButton.LeftButton, pos=QPoint(6, 6))  # compared: ticked
    _click(qtbot, review.save_button)
    assert not review.isVisible()
    stored = _stored(workspace)
    assert set(stored) == {"Siobhán Ní Bhriain-Ó Catháin", "Zoë Lindqvist-Åkerström"}
    siobhan = stored["Siobhán Ní Bhriain-Ó Catháin"]
    assert siobhan.card.title == "Directrice des données"
    assert (siobhan.card.given_name, siobhan.card.family_name) == ("Siobhán", "Ní Bhriain-Ó Catháin")
    assert siobhan.card.photo == (photos / "siobhan.png").read_bytes()
    assert not siobhan.name_checked
    zoe = stored["Zoë Lindqvist-Åkerström"].card
    assert [(p.value, p.label) for p in zoe.phones] == [("+353875550199", "mobile"), ("+35315550100", "fax")]
    assert stored["Zoë Lindqvist-Åkerström"].name_checked  # the tick the user gave in the review
    assert sorted(page.selected_ids()) == sorted(c.contact_id for c in stored.values())


def test_cancel_in_the_middle_saves_nothing_more(qtbot, page, card_scans, photos, workspace):
    review = _review(qtbot, page, [photos])  # the folder: its two photos and the damaged one
    assert review.heading.text() == "Card 1 of 2: siobhan.png"
    assert review.problems.isVisible() and "broken.jpg is not a picture" in review.problems.text()
    _click(qtbot, review.save_button)
    _click(qtbot, review.cancel_button)
    assert list(_stored(workspace)) == ["Siobhán Ní Bhriain-Ó Catháin"]


def test_skip_leaves_a_card_unsaved(qtbot, page, card_scans, photos, workspace):
    review = _review(qtbot, page, [photos / "siobhan.png", photos / "zoe.png"])
    _click(qtbot, review.skip_button)
    assert review.skip_button.text() == "S&kip and close"
    _click(qtbot, review.save_button)
    assert list(_stored(workspace)) == ["Zoë Lindqvist-Åkerström"]


def test_only_bad_photos_are_named_and_nothing_is_saved(qtbot, page, card_scans, photos, workspace):
    page.read_card_photos([photos / "broken.jpg"])
    wait_for_tasks(qtbot, page.context.runner)
    message = shown_box(page)
    assert message.text() == "broken.jpg is not a picture (the file is damaged)."
    assert not showing(page, CardReviewDialog) and _stored(workspace) == {}
    message.close()


def test_a_wrong_email_is_named_before_saving(qtbot, page, card_scans, photos, workspace):
    review = _review(qtbot, page, [photos / "siobhan.png"])
    email = review.form.emails[0].edit
    email.setText("siobhan@@bronach")
    _click(qtbot, review.save_button)
    assert review.error.isVisible() and review.error.text().startswith("Cannot save yet. Email 1:")
    assert review.isVisible() and _stored(workspace) == {}


def test_a_number_its_plan_does_not_know_is_saved_as_printed_with_a_warning(qtbot, page, card_scans, photos,
                                                                           workspace, monkeypatch):
    # A British card without +44, reviewed with the user's region the US.
    monkeypatch.setitem(READINGS, "nathan.png", dict(name="Nathan Knight-Ó Súilleabháin", email="nk@lewis.co",
                                                     phones=(("0121 212 5555", "office"),)))
    Image.new("RGB", (60, 35), "white").save(photos / "nathan.png", "PNG")
    review = _review(qtbot, page, [photos / "nathan.png"])
    phone = review.form.phones[0]
    assert phone.text() == "0121 212 5555"  # as printed, not reformatted
    assert phone.note.isVisible() and phone.note.property("tone") == "warning"
    assert phone.note.text().startswith("This number looks too long for its country. It is kept as written")
    assert "kept as written" in phone.edit.accessibleDescription()
    phone.edit.selectAll()
    type_text(phone.edit, "+44 121 212 5555")  # corrected by the user: valid, no warning left
    assert not phone.note.isVisible()
    phone.edit.selectAll()
    type_text(phone.edit, "0121 212 5555")
    _click(qtbot, review.save_button)
    assert not review.isVisible()  # saved, not refused
    stored = _stored(workspace)["Nathan Knight-Ó Súilleabháin"].card
    assert [(p.value, p.label) for p in stored.phones] == [("0121 212 5555", "work")]


def test_a_number_that_is_no_number_is_still_refused_and_said_under_it(qtbot, page, card_scans, photos, workspace):
    review = _review(qtbot, page, [photos / "siobhan.png"])
    phone = review.form.phones[0]
    phone.edit.selectAll()
    type_text(phone.edit, "ask reception")
    assert phone.note.isVisible() and phone.note.property("tone") == "error"
    _click(qtbot, review.save_button)
    assert review.error.text().startswith("Cannot save yet. Phone 1:") and _stored(workspace) == {}


def test_confidence_is_a_word_and_a_click_shows_where_the_field_was_read(qtbot, page, card_scans, photos):
    review = _review(qtbot, page, [photos / "siobhan.png"])
    name, title = review.form.rows["name"], review.form.rows["title"]
    assert name.confidence.text() == "Sure" and not name.low
    assert title.confidence.text() == "Unsure" and title.low
    assert title.edit.accessibleDescription() == "Read with only 55% confidence: compare it with the card."
    assert review.form.rows["website"].confidence.text() == "Not found"
    assert "other_name" not in review.form.rows
    _click(qtbot, title.edit)
    assert review.front.highlighted == (TITLE_BOX,)
    _click(qtbot, name.edit)
    assert review.front.highlighted == (BOX,)
    title.edit.selectAll()
    qtbot.keyClicks(title.edit, "Head of Sales")  # corrected by the user: the reading's doubt no longer applies
    assert title.confidence.text() == "Edited" and not title.low and title.edit.property("doubt") == ""
    assert title.edit.accessibleDescription() == "Changed by you: saved as you left it."
    assert name.confidence.text() == "Sure"


def test_phones_show_their_kind_and_faxes_apart(qtbot, page, card_scans, photos):
    review = _review(qtbot, page, [photos / "zoe.png"])
    assert [row.label() for row in review.form.phones] == ["mobile"]
    assert [row.text() for row in review.form.faxes] == ["+353 1 555 0100"]  # abroad: international format
    assert review.skip_button.isHidden()  # one card: nothing to skip to


def test_a_card_already_in_the_file_is_merged_through_the_merge_review(qtbot, page, card_scans, photos,
                                                                       workspace):
    existing = ops.add_contact(workspace, ContactCard(full_name="Siobhán Ní Bhriain-Ó Catháin", title="Analyst",
                                                      emails=[LabelledValue("siobhan@bronach.ie")]),
                               name_checked=True).id
    page.refresh()
    review = _review(qtbot, page, [photos / "siobhan.png"])
    assert review.duplicate_panel.isVisible()
    assert [b.text() for b in review.merge_buttons] == ["Merge with Siobhán Ní Bhriain-Ó Catháin"]
    _click(qtbot, review.merge_buttons[0])
    merged = ops.contact_details(workspace, existing)
    assert merged.card.company == "Brónach Analytics" and merged.card.title == "Analyst"  # empty filled, not more
    assert merged.card.photo is not None and merged.name_checked
    dialog = shown(review, MergeReviewDialog)
    _click(qtbot, choices(dialog)[("Title", "Take theirs")])
    _click(qtbot, dialog.apply_button)
    assert ops.contact_details(workspace, existing).card.title == "Head of Data"
    assert not review.isVisible() and len(ops.list_contacts(workspace)) == 1


def test_dropping_a_photo_on_the_contacts_page_reads_it(qtbot, page, card_scans, photos):
    assert drop_files(page, [photos / "zoe.png"])
    wait_for_tasks(qtbot, page.context.runner)
    review = shown(page, CardReviewDialog)
    assert review.heading.text() == "The card read from zoe.png"
    review.close()


def test_a_vcard_dropped_on_the_page_is_left_to_the_window(page, tmp_path):
    assert not drop_files(page, [tmp_path / "cards.vcf"])


def test_a_pasted_picture_is_read_from_a_private_file_removed_after_review(qtbot, page, card_scans, monkeypatch):
    def read_card_file(workspace, path, back=None):
        assert path.stat().st_mode & 0o077 == 0
        return _reading(path, "Ayşe Yılmaz", "ayse@bronach.ie")

    monkeypatch.setattr(card_scans, "read_card_file", read_card_file)
    QGuiApplication.clipboard().setImage(QImage(60, 35, QImage.Format.Format_RGB32))
    page.paste_card_photo()
    wait_for_tasks(qtbot, page.context.runner)
    review = shown(page, CardReviewDialog)
    pasted = Path(review.reading.file)
    assert pasted.exists() and review.heading.text() == "The card read from Pasted card.png"
    _click(qtbot, review.save_button)
    assert not pasted.exists()
    assert ops.contact_details(page.workspace, page.selected_id()).card.full_name == "Ayşe Yılmaz"


def test_folders_give_their_photos_in_name_order(photos, tmp_path):
    assert card_photos_in([photos, photos / "zoe.png", tmp_path / "x.vcf"]) == [
        photos / "broken.jpg", photos / "siobhan.png", photos / "zoe.png"]


def test_photos_opened_with_the_window_are_read_and_vcards_imported(qtbot, app_window, card_scans, photos,
                                                                     workspace):
    window, controller = app_window
    vcard = photos.parent / "colleague.vcf"
    vcard.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tomás Ortega\r\nEND:VCARD\r\n", encoding="utf-8")
    controller.open_files([photos / "siobhan.png", vcard])
    assert window.current_page() == "contacts"
    wait_for_tasks(qtbot, controller.runner)
    review = shown(window, CardReviewDialog)
    assert [c.full_name for _id, c in ops.list_contacts(workspace)] == ["Tomás Ortega"]
    review.close()
    shown_box(window).close()


def test_the_button_asks_for_several_photos(qtbot, page, card_scans, photos):
    _click(qtbot, page.read_button)
    dialog = shown(page, QFileDialog)
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles
    assert "*.jpg" in dialog.nameFilters()[0] and "*.heic" in dialog.nameFilters()[0]
    dialog.filesSelected.emit([str(photos / "siobhan.png"), str(photos / "zoe.png")])
    dialog.close()
    wait_for_tasks(qtbot, page.context.runner)
    review = shown(page, CardReviewDialog)
    assert review.heading.text() == "Card 1 of 2: siobhan.png"
    review.close()


def test_the_card_dialog_fills_its_empty_fields_and_asks_before_replacing(qtbot, context, card_scans, photos):
    dialog = open_card_dialog(qtbot, context)
    type_text(dialog.fields["title"], "Chief Data Officer")
    dialog.read_photo(photos / "siobhan.png")
    wait_for_tasks(qtbot, context.runner)
    box = shown_box(dialog)
    assert "Differing: Title." in box.informativeText()
    _click(qtbot, box.defaultButton())  # Keep what I typed
    assert dialog.fields["title"].text() == "Chief Data Officer"
    assert dialog.fields["full_name"].text() == "Siobhán Ní Bhriain-Ó Catháin"
    assert dialog.fields["company"].text() == "Brónach Analytics"
    assert [row.edit.text() for row in dialog.emails.rows] == ["siobhan@bronach.ie"]
    assert dialog.photo is not None and dialog.photo[1] == "image/jpeg"
    assert not dialog.name_checked.isChecked()
    context.runner.shutdown()


def test_reading_several_photos_shows_which_and_can_be_cancelled(qtbot, page, card_scans, photos, monkeypatch,
                                                                 workspace):
    started = threading.Event()

    def slow_read(workspace, path, back=None):
        started.set()
        time.sleep(0.4)
        return _reading(path, **READINGS[path.name])

    monkeypatch.setattr(card_scans, "read_card_file", slow_read)
    page.read_card_photos([photos / "siobhan.png", photos / "zoe.png", photos / "siobhan.png"])
    task = page.context.runner.findChild(Task)  # the reading, as the window's status bar would show it
    qtbot.waitUntil(lambda: task.latest[:2] == (0, 2))  # the same photo twice is read once
    indicator = TaskIndicator(task)
    qtbot.addWidget(indicator)
    assert indicator.label.text() == "Reading cards (siobhan.png): 0 of 2 done"
    assert started.wait(5)
    indicator.cancel_button.click()
    wait_for_tasks(qtbot, page.context.runner)
    assert not showing(page, CardReviewDialog) and _stored(workspace) == {}


def test_the_progress_bar_and_its_label_count_the_same_cards_read(qtbot, page, card_scans, photos, monkeypatch):
    reading, finish = threading.Event(), threading.Event()

    def gated_read(workspace, path, back=None):
        reading.set()
        assert finish.wait(10)
        finish.clear()
        return _reading(path, **READINGS[path.name])

    monkeypatch.setattr(card_scans, "read_card_file", gated_read)
    page.read_card_photos([photos / "siobhan.png", photos / "zoe.png"])
    task = page.context.runner.findChild(Task)
    indicator = TaskIndicator(task)
    qtbot.addWidget(indicator)
    assert reading.wait(5)
    qtbot.waitUntil(lambda: "siobhan.png" in indicator.label.text())
    # The first card is being read: nothing is done yet, and the bar and the label both say so.
    assert (indicator.bar.value(), indicator.bar.maximum()) == (0, 2)
    assert indicator.label.text() == "Reading cards (siobhan.png): 0 of 2 done"
    qtbot.wait(int(REPORT_EVERY * 1000) + 50)  # the worker reports a few times a second at most
    reading.clear()
    finish.set()
    assert reading.wait(5)
    qtbot.waitUntil(lambda: "zoe.png" in indicator.label.text())
    assert (indicator.bar.value(), indicator.bar.maximum()) == (1, 2)
    assert indicator.label.text() == "Reading cards (zoe.png): 1 of 2 done"
    finish.set()
    wait_for_tasks(qtbot, page.context.runner)
    shown(page, CardReviewDialog).reject()


def test_the_back_of_a_card_is_read_with_its_front(qtbot, page, card_scans, photos, monkeypatch):
    def read_card_file(workspace, path, back=None):
        reading = _reading(path, **READINGS[path.name])
        if back is not None:
            reading.back_image = Image.new("RGB", (600, 350), "navy")
            reading.other_name = ReadField("ゾーイ・リンドクヴィスト", 0.8)
            reading.problems = ["The QR code on the back could not be read."]
        return reading

    monkeypatch.setattr(card_scans, "read_card_file", read_card_file)
    review = _review(qtbot, page, [photos / "zoe.png"])
    assert review.back.isHidden() and review.add_back_button.isVisible()
    review.read_back(photos / "siobhan.png")
    wait_for_tasks(qtbot, page.context.runner)
    assert review.back.isVisible() and review.add_back_button.isHidden()
    assert review.form.rows["other_name"].text() == "ゾーイ・リンドクヴィスト"
    assert review.notes.text() == "The QR code on the back could not be read."
    _click(qtbot, review.save_button)
    stored = _stored(page.workspace)["Zoë Lindqvist-Åkerström"].card
    assert stored.notes == "Name also printed as ゾーイ・リンドクヴィスト."


def test_a_back_that_cannot_be_read_is_named_and_the_card_kept(qtbot, page, card_scans, photos):
    review = _review(qtbot, page, [photos / "zoe.png"])
    review.read_back(photos / "broken.jpg")
    wait_for_tasks(qtbot, page.context.runner)
    assert review.error.isVisible() and review.error.text() == "broken.jpg is not a picture (the file is damaged)."
    assert review.form.rows["name"].text() == "Zoë Lindqvist-Åkerström" and review.add_back_button.isEnabled()
    review.close()


def test_edit_menu_pastes_a_card_photo_from_any_page(qtbot, app_window, card_scans, monkeypatch):
    window, controller = app_window
    monkeypatch.setattr(card_scans, "read_card_file",
                        lambda workspace, path, back=None: _reading(path, "Ayşe Yılmaz", "ayse@bronach.ie"))
    QGuiApplication.clipboard().setImage(QImage(60, 35, QImage.Format.Format_RGB32))
    window.paste_card_action.trigger()
    assert window.current_page() == "contacts"
    wait_for_tasks(qtbot, controller.runner)
    review = shown(window, CardReviewDialog)
    assert review.form.rows["name"].text() == "Ayşe Yılmaz"
    review.close()


def test_a_photo_gone_before_saving_is_said_and_nothing_saved(qtbot, page, card_scans, photos, monkeypatch,
                                                             workspace):
    def save_reading(workspace, reading, card, name_checked=False):
        raise CardImageProblem("zoe.png: the photo cannot be read any more (No such file or directory).")

    review = _review(qtbot, page, [photos / "zoe.png"])
    monkeypatch.setattr(card_scans, "save_reading", save_reading)
    _click(qtbot, review.save_button)
    assert review.error.text() == "Not saved: zoe.png: the photo cannot be read any more (No such file or directory)."
    assert review.isVisible() and _stored(workspace) == {}
    review.close()


def test_a_line_clicked_on_the_card_fills_the_field_being_reviewed(qtbot, page, card_scans, photos, monkeypatch):
    greeting = TextLine("Giám Đốc", ((40.0, 200.0), (200.0, 200.0), (200.0, 230.0), (40.0, 230.0)), 0.9)

    def read_card_file(workspace, path, back=None):
        reading = _reading(path, **READINGS[path.name])
        reading.title = None
        reading.lines.append(greeting)
        return reading

    monkeypatch.setattr(card_scans, "read_card_file", read_card_file)
    review = _review(qtbot, page, [photos / "zoe.png"])
    title = review.form.rows["title"]
    assert title.confidence.text() == "Not found" and title.text() == ""
    _click(qtbot, title.edit)
    view = review.front
    scale = view.width() / 600  # the card fills the view's width: it is wider than the view is tall
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(100 * scale), round(215 * scale)))
    assert title.text() == "Giám Đốc" and title.edit.hasFocus()
    assert view.highlighted == (greeting.box,)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(580 * scale), round(330 * scale)))
    assert title.text() == "Giám Đốc"  # a click beside every line changes nothing
    review.close()


def test_the_same_person_twice_in_a_batch_is_offered_for_merge(qtbot, page, card_scans, photos, monkeypatch,
                                                               workspace):
    monkeypatch.setattr(card_scans, "read_card_file", lambda workspace, path, back=None: _reading(
        path, "Siobhán Ní Bhriain-Ó Catháin", "siobhan@bronach.ie", title="Head of Data" if path.name ==
        "siobhan.png" else "Chief Data Officer"))
    review = _review(qtbot, page, [photos / "siobhan.png", photos / "zoe.png"])
    assert review.duplicate_panel.isHidden()
    _click(qtbot, review.save_button)
    assert review.duplicate_panel.isVisible()
    assert [b.text() for b in review.merge_buttons] == ["Merge with Siobhán Ní Bhriain-Ó Catháin"]
    _click(qtbot, review.merge_buttons[0])
    dialog = shown(review, MergeReviewDialog)
    _click(qtbot, choices(dialog)[("Title", "Take theirs")])
    _click(qtbot, dialog.apply_button)
    assert [(c.full_name, c.title) for _id, c in ops.list_contacts(workspace)] == [
        ("Siobhán Ní Bhriain-Ó Catháin", "Chief Data Officer")]
    assert review.known[-1][1].title == "Chief Data Officer"


def test_fields_follow_the_card_dialogs_order_and_more_rows_can_be_added(qtbot, page, card_scans, photos,
                                                                        monkeypatch):
    def read_card_file(workspace, path, back=None):
        reading = _reading(path, **READINGS[path.name])
        reading.emails = []
        return reading

    monkeypatch.setattr(card_scans, "read_card_file", read_card_file)
    review = _review(qtbot, page, [photos / "zoe.png"])
    form = review.form

    def order() -> list[str]:
        widgets = [form.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
                   for row in range(form.form.rowCount() - 1)]
        return [w.edit.accessibleName() if hasattr(w, "edit") else w.text() for w in widgets]

    assert order() == ["Name", "Spelling checked against the card", "Title", "Company", "Email 1", "Phone 1", "Fax 1",
                       "Address", "Website"]
    assert form.emails[0].confidence.text() == "Not found"
    _click(qtbot, form.add_phone_button)
    assert form.phones[1].edit.hasFocus()
    type_text(form.phones[1].edit, "+353 1 555 0177")
    _click(qtbot, form.add_email_button)
    assert order() == ["Name", "Spelling checked against the card", "Title", "Company", "Email 1", "Email 2", "Phone 1",
                       "Phone 2", "Fax 1", "Address",
                       "Website"]
    _click(qtbot, review.save_button)
    stored = _stored(page.workspace)["Zoë Lindqvist-Åkerström"].card
    assert [p.value for p in stored.phones] == ["+353875550199", "+35315550177", "+35315550100"]


def test_ctrl_v_with_a_picture_reads_it_from_the_list_or_the_search(qtbot, page, card_scans, monkeypatch):
    monkeypatch.setattr(card_scans, "read_card_file",
                        lambda workspace, path, back=None: _reading(path, "Ayşe Yılmaz", "ayse@bronach.ie"))
    QGuiApplication.clipboard().setImage(QImage(60, 35, QImage.Format.Format_RGB32))
    with qtbot.waitActive(page.window()):
        page.window().activateWindow()
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot, page.context.runner)
    review = shown(page, CardReviewDialog)
    assert review.form.rows["name"].text() == "Ayşe Yılmaz"
    assert page.search.text() == ""
    review.close()
    QGuiApplication.clipboard().setText("Ayşe")
    qtbot.keyClick(page.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.search.text() == "Ayşe"  # text is pasted as text


def test_photos_read_during_a_review_join_it(qtbot, page, card_scans, photos, workspace):
    review = _review(qtbot, page, [photos / "siobhan.png"])
    assert review.skip_button.isHidden()
    page.read_card_photos([photos / "zoe.png", photos / "broken.jpg"])
    wait_for_tasks(qtbot, page.context.runner)
    assert shown(page, CardReviewDialog) is review
    assert review.heading.text() == "Card 1 of 2: siobhan.png" and review.skip_button.isVisible()
    assert "broken.jpg is not a picture" in review.problems.text()
    _click(qtbot, review.skip_button)
    _click(qtbot, review.save_button)
    assert list(_stored(workspace)) == ["Zoë Lindqvist-Åkerström"]


def test_the_card_dialog_replaces_what_was_typed_only_when_asked(qtbot, context, card_scans, photos, workspace):
    contact = ops.add_contact(workspace, ContactCard(full_name="Siobhan Ni Bhriain", title="Analyst"),
                              name_checked=True).id
    dialog = open_card_dialog(qtbot, context, contact)
    dialog.read_photo(photos / "siobhan.png")
    wait_for_tasks(qtbot, context.runner)
    box = shown_box(dialog)
    assert "Differing: Name, Title." in box.informativeText()
    _click(qtbot, next(b for b in box.buttons() if b.text() == "Replace with the photo's"))
    assert dialog.fields["full_name"].text() == "Siobhán Ní Bhriain-Ó Catháin"
    assert dialog.fields["title"].text() == "Head of Data"
    assert not dialog.name_checked.isChecked()  # a name from the photo is for the user to check
    assert ops.contact_details(workspace, contact).card.title == "Analyst"  # nothing saved before Save
    context.runner.shutdown()


def test_a_card_read_in_a_german_window_is_reviewed_and_saved_with_its_email_phone_and_fax(qtbot, page, card_scans,
                                                                                         photos, workspace, german):
    review = _review(qtbot, page, [photos / "zoe.png"])  # its rows are labelled "E-Mail", "Telefon", "Fax" here
    assert [row.text() for row in review.form.emails] == ["zoe@bronach.ie"]
    assert [row.label() for row in review.form.phones] == ["mobile"] and len(review.form.faxes) == 1
    _click(qtbot, review.save_button)
    assert not review.isVisible()
    assert [e.value for e in _stored(workspace)["Zoë Lindqvist-Åkerström"].card.emails] == ["zoe@bronach.ie"]
