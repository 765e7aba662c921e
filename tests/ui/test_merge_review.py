"""The merge review in the window: an import whose card differs from a hand-entered one, reviewed field by field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QRadioButton

from desktop.core.cards import ContactCard, LabelledValue
from desktop.operations import contacts as ops
from desktop.operations.import_batches import list_batches
from desktop.ui.cards.merge_review import MergeReviewDialog
from desktop.ui.models.differences_model import DifferencesModel
from tests.dialog_helpers import shown, shown_box
from tests.ui.task_helpers import wait_for_tasks

SIOBHAN = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Siobhan Ni Bhriain\r\nN:Ni Bhriain;Siobhan;;;\r\n"
           "TITLE:Head of Talent\r\nEMAIL;TYPE=WORK:SIOBHAN.NIBHRIAIN@EXAMPLE.IE\r\n"
           "TEL;TYPE=CELL:+353 87 555 0199\r\nEND:VCARD\r\n")


def choices(dialog: MergeReviewDialog) -> dict[tuple[str, str], QRadioButton]:
    """The selected contact's choices as shown: each button by its field's label and its own text."""
    grid = dialog.fields_area.widget().layout()
    found = {}
    for line in range(grid.rowCount()):
        label, holder = grid.itemAtPosition(line, 0), grid.itemAtPosition(line, 3)
        if label is not None and holder is not None:
            for button in holder.widget().findChildren(QRadioButton):
                found[(label.widget().text(), button.text())] = button
    return found


def hand_entered(workspace) -> int:
    card = ContactCard(full_name="Siobhán Ní Bhriain", given_name="Siobhán", family_name="Ní Bhriain",
                       title="Talent Partner", emails=[LabelledValue("siobhan.nibhriain@example.ie")],
                       phones=[LabelledValue("+35315550100", "work")])
    return ops.add_contact(workspace, card, name_checked=True).id


@pytest.fixture
def window(app_window):
    return app_window


def import_siobhan(qtbot, controller, tmp_path) -> MergeReviewDialog:
    path = tmp_path / "siobhan.vcf"
    path.write_text(SIOBHAN, encoding="utf-8")
    controller.import_files([path])
    wait_for_tasks(qtbot, controller.runner)
    box = shown_box(controller.window)
    assert "siobhan.vcf: 0 added, 0 updated with new details, 1 differ from yours" in box.text()
    assert "shown next" in box.informativeText()
    box.button(box.StandardButton.Ok).click()
    dialog = shown(controller.window, MergeReviewDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_review_shows_the_accented_name_and_taking_their_name_clears_the_tick(qtbot, workspace, window,
                                                                                 tmp_path):
    _, controller = window
    contact_id = hand_entered(workspace)
    dialog = import_siobhan(qtbot, controller, tmp_path)
    # Before any choice, the import changed only what was new: the mobile number, not the name.
    details = ops.contact_details(workspace, contact_id)
    assert details.card.full_name == "Siobhán Ní Bhriain" and details.name_checked
    assert [p.value for p in details.card.phones] == ["+35315550100", "+353875550199"]
    assert [e.value for e in details.card.emails] == ["siobhan.nibhriain@example.ie"]
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 0).data() == "Siobhán Ní Bhriain"
    assert set(choices(dialog)) == {("Name", "Keep mine"), ("Name", "Take theirs"), ("Title", "Keep mine"),
                                    ("Title", "Take theirs"), ("Phones", "Keep mine"), ("Phones", "Take theirs"),
                                    ("Phones", "Keep both")}
    assert choices(dialog)[("Name", "Keep mine")].isChecked()
    assert choices(dialog)[("Phones", "Keep both")].isChecked()
    qtbot.mouseClick(choices(dialog)[("Name", "Take theirs")], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(choices(dialog)[("Title", "Keep mine")], Qt.MouseButton.LeftButton)
    assert dialog.model.index(0, 1).data() == "Theirs for 1 of 3"
    assert ops.contact_details(workspace, contact_id).card.full_name == "Siobhán Ní Bhriain"  # not before Apply
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    details = ops.contact_details(workspace, contact_id)
    assert (details.card.full_name, details.card.given_name, details.card.family_name) == (
        "Siobhan Ni Bhriain", "Siobhan", "Ni Bhriain")
    assert details.card.title == "Talent Partner" and not details.name_checked
    assert [p.value for p in details.card.phones] == ["+35315550100", "+353875550199"]


def test_keep_all_mine_then_apply_changes_nothing_more(qtbot, workspace, window, tmp_path):
    _, controller = window
    contact_id = hand_entered(workspace)
    dialog = import_siobhan(qtbot, controller, tmp_path)
    after_import = ops.contact_details(workspace, contact_id)
    qtbot.mouseClick(dialog.take_all_button, Qt.MouseButton.LeftButton)
    assert choices(dialog)[("Name", "Take theirs")].isChecked()
    qtbot.mouseClick(dialog.keep_all_button, Qt.MouseButton.LeftButton)
    assert choices(dialog)[("Name", "Keep mine")].isChecked()
    assert choices(dialog)[("Phones", "Keep both")].isChecked()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert ops.contact_details(workspace, contact_id) == after_import


def test_take_all_theirs_then_edit_undo_import_puts_everything_back(qtbot, workspace, window, tmp_path):
    main, controller = window
    contact_id = hand_entered(workspace)
    before = ops.contact_details(workspace, contact_id)
    dialog = import_siobhan(qtbot, controller, tmp_path)
    qtbot.mouseClick(dialog.take_all_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    taken = ops.contact_details(workspace, contact_id)
    assert taken.card.title == "Head of Talent" and [p.value for p in taken.card.phones] == ["+353875550199"]
    assert main.undo_import_action.text() == "Undo import \u201csiobhan.vcf\u201d"
    main.undo_import_action.trigger()
    wait_for_tasks(qtbot, controller.runner)
    assert "Undid the import of siobhan.vcf" in shown_box(main).text()
    assert ops.contact_details(workspace, contact_id) == before
    assert list_batches(workspace) == [] and not main.undo_import_action.isEnabled()
    shown_box(main).close()


def test_closing_the_review_keeps_yours(qtbot, workspace, window, tmp_path):
    _, controller = window
    contact_id = hand_entered(workspace)
    dialog = import_siobhan(qtbot, controller, tmp_path)
    after_import = ops.contact_details(workspace, contact_id)
    qtbot.mouseClick(dialog.take_all_button, Qt.MouseButton.LeftButton)
    buttons = dialog.findChild(QDialogButtonBox)
    assert dialog.later_button in buttons.buttons()
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and ops.contact_details(workspace, contact_id) == after_import


def test_the_differences_model_passes_the_model_tester(qtmodeltester, workspace, tmp_path):
    from desktop.operations.vcard_transfer import import_vcards

    hand_entered(workspace)
    path = tmp_path / "siobhan.vcf"
    path.write_text(SIOBHAN, encoding="utf-8")
    model = DifferencesModel(import_vcards(workspace, path).differences)
    qtmodeltester.check(model)
    model.set_all(theirs=True)
    assert model.index(0, 1).data() == "Take theirs"


def test_edit_lists_the_earlier_imports_and_undoes_the_one_chosen(qtbot, workspace, window, tmp_path):
    main, controller = window
    for name in ("Ana Souza", "Bo Lindgren", "Cy Young"):
        path = tmp_path / f"{name.split()[0].lower()}.vcf"
        path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n")
        controller.import_files([path])
        wait_for_tasks(qtbot, controller.runner)
        shown_box(main).close()
    assert main.undo_import_action.text() == "Undo import \u201ccy.vcf\u201d"
    earlier = main.earlier_imports_menu.actions()
    assert [a.text().split(" (")[0] for a in earlier] == ["bo.vcf", "ana.vcf"]
    earlier[1].trigger()
    wait_for_tasks(qtbot, controller.runner)
    assert "Undid the import of ana.vcf: 1 record removed" in shown_box(main).text()
    assert [card.full_name for _, card in ops.list_contacts(workspace)] == ["Bo Lindgren", "Cy Young"]
    assert [a.text().split(" (")[0] for a in main.earlier_imports_menu.actions()] == ["bo.vcf"]
    shown_box(main).close()


def test_undoing_a_large_import_leaves_the_window_answering_and_cannot_be_clicked_twice(qtbot, workspace, window,
                                                                                       tmp_path):
    main, controller = window
    for name, count in (("first.vcf", 1), ("large.vcf", 2_000)):
        path = tmp_path / name
        path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name[:-4]} Person {i}\r\nEND:VCARD\r\n"
                                for i in range(count)))
        controller.import_files([path])
        wait_for_tasks(qtbot, controller.runner)
        shown_box(main).close()
    main.undo_import_action.trigger()
    # The undo runs on a worker thread: the window is back to its events at once, with nothing more to click.
    assert controller.runner.titles() == ["Undoing an import"]
    assert not main.undo_import_action.isEnabled() and not main.earlier_imports_menu.isEnabled()
    main.undo_import_action.trigger()  # a click that reached it anyway undoes nothing more
    wait_for_tasks(qtbot, controller.runner)
    assert "Undid the import of large.vcf: 2000 records removed" in shown_box(main).text()
    assert [card.full_name for _, card in ops.list_contacts(workspace)] == ["first Person 0"]
    assert main.undo_import_action.text() == "Undo import \u201cfirst.vcf\u201d" and main.undo_import_action.isEnabled()
    shown_box(main).close()
