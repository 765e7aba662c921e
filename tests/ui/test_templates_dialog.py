"""The Templates dialog from the Notes page: new, edit with a live check, delete, open the folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from desktop.core.templates import BUILTIN_DIR
from desktop.operations import notes as notes_ops
from desktop.operations import templates as ops
from desktop.ui.bus import DataBus
from desktop.ui.models.templates_model import TemplatesModel
from desktop.ui.notes.templates_dialog import TemplatesDialog
from desktop.ui.notes.templates_dialog_controller import TemplatesController
from desktop.ui.pages.base import PageContext
from tests.dialog_helpers import shown, shown_box
from tests.ui.notes_helpers import build_page

GOOD = "Subject: Thanks, {first_name}\n\nHi {first_name},\n\nThank you for {memorable}.\n{your_name}\n"


def _open(qtbot, workspace) -> TemplatesDialog:
    window = TemplatesDialog()
    TemplatesController(window, PageContext(workspace, DataBus(), lambda *_: None))
    qtbot.addWidget(window)
    window.open()
    return window


@pytest.fixture
def dialog(qtbot, workspace):
    return _open(qtbot, workspace)


def _click(qtbot, button):
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_over(qtbot, edit, text: str) -> None:
    """Select all and type `text`; line breaks as Return presses (QTest cannot type a newline character)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClicks(edit, line)


def test_the_model_is_a_valid_qt_model(qtmodeltester, workspace):
    model = TemplatesModel()
    model.set_rows(ops.list_entries(workspace))
    qtmodeltester.check(model)


def test_templates_are_listed_and_shown_read_only(dialog):
    titles = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert titles == ["After a panel", "After a phone screen", "Brief and direct", "Formal", "Warm and personal"]
    assert {dialog.model.index(r, 1).data() for r in range(5)} == {"Built in"}
    dialog.select("warm")
    assert dialog.text_edit.isReadOnly()
    assert dialog.text_edit.toPlainText().startswith("Subject: Thank you for {interview_day}'s conversation")
    assert dialog.check_label.text().startswith("✔ Reads fine. Uses {interview_day}, {first_name}")
    assert not dialog.delete_button.isEnabled() and not dialog.save_button.isVisible()


def test_new_template_copies_the_selected_one_and_checks_as_you_type(qtbot, dialog, workspace):
    changed = []
    dialog.findChild(TemplatesController).context.bus.published.connect(changed.append)
    dialog.select("brief")
    _click(qtbot, dialog.new_button)
    copy = notes_ops.user_templates_dir(workspace) / "my_brief.txt"
    # The copy goes by the name the user gives it: the original's title is left out.
    original = (BUILTIN_DIR / "brief.txt").read_text(encoding="utf-8")
    assert copy.read_text(encoding="utf-8") == original.replace("Title: Brief and direct\n", "") and changed
    assert dialog.name_edit.text() == "my_brief" and not dialog.text_edit.isReadOnly()
    assert not dialog.table.isEnabled()  # one template at a time
    _type_over(qtbot, dialog.text_edit, "Subject: Hi\n\nDear {first_name:>10}\n")
    qtbot.waitUntil(lambda: dialog.check_label.text().startswith("✖"), timeout=2000)
    assert "my_brief.txt, line 3" in dialog.check_label.text() and not dialog.save_button.isEnabled()
    _type_over(qtbot, dialog.text_edit, GOOD)
    dialog.name_edit.setFocus()
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "short and kind")
    qtbot.waitUntil(lambda: dialog.check_label.text().startswith("✔"), timeout=2000)
    _click(qtbot, dialog.save_button)
    saved = notes_ops.user_templates_dir(workspace) / "short and kind.txt"
    assert saved.read_text(encoding="utf-8") == GOOD and not copy.exists()
    assert dialog.selected().name == "short and kind" and dialog.model.index(
        dialog.model.row_of("short and kind"), 1).data() == "Yours"
    assert dialog.text_edit.isReadOnly() and dialog.table.isEnabled()


def test_editing_a_built_in_saves_a_copy_and_never_the_built_in(qtbot, dialog, workspace):
    before = (BUILTIN_DIR / "formal.txt").read_bytes()
    dialog.select("formal")
    _click(qtbot, dialog.edit_button)
    assert "built-in one stays as it is" in dialog.state_label.text()
    _type_over(qtbot, dialog.text_edit, GOOD)
    _click(qtbot, dialog.save_button)
    assert (BUILTIN_DIR / "formal.txt").read_bytes() == before
    assert (notes_ops.user_templates_dir(workspace) / "formal.txt").read_text(encoding="utf-8") == GOOD
    assert dialog.model.index(dialog.model.row_of("formal"), 1).data() == "Yours, replaces the built-in one"


def test_an_unknown_field_is_a_warning_not_an_error(qtbot, dialog):
    dialog.select("warm")
    _click(qtbot, dialog.new_button)
    _type_over(qtbot, dialog.text_edit, "Subject: Hi\n\nAbout {hobby}.\n")
    qtbot.waitUntil(lambda: dialog.check_label.text().startswith("⚠"), timeout=2000)
    assert dialog.check_label.text().startswith("⚠ {hobby}") and dialog.save_button.isEnabled()


def test_deleting_a_user_template_asks_first(qtbot, workspace):
    ops.save(workspace, "mine", GOOD)
    dialog = _open(qtbot, workspace)
    dialog.select("mine")
    _click(qtbot, dialog.delete_button)
    box = shown_box(dialog)
    assert "“mine”" in box.text()
    box.button(box.StandardButton.Cancel).click()
    assert (notes_ops.user_templates_dir(workspace) / "mine.txt").exists()
    _click(qtbot, dialog.delete_button)
    next(b for b in shown_box(dialog).buttons() if b.text() == "Delete").click()
    assert not (notes_ops.user_templates_dir(workspace) / "mine.txt").exists()
    assert dialog.model.row_of("mine") == -1


def test_closing_saves_what_was_typed_and_keeps_a_broken_one_open(qtbot, dialog, workspace):
    dialog.select("warm")
    _click(qtbot, dialog.new_button)
    _type_over(qtbot, dialog.text_edit, "Subject: Hi\n\nDear {first_name\n")
    _click(qtbot, dialog.close_button)
    assert dialog.isVisible() and "Fix the problem" in dialog.state_label.text()
    _type_over(qtbot, dialog.text_edit, GOOD)
    _click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    assert (notes_ops.user_templates_dir(workspace) / "my_warm.txt").read_text(encoding="utf-8") == GOOD


def test_open_folder_creates_and_opens_the_users_folder(qtbot, dialog, workspace, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    _click(qtbot, dialog.folder_button)
    folder = notes_ops.user_templates_dir(workspace)
    assert folder.is_dir() and opened == [str(folder)]


def test_the_notes_page_opens_the_dialog_and_offers_new_templates_at_once(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    _click(qtbot, page.templates_button)
    dialog = shown(page, TemplatesDialog)
    dialog.select("warm")
    _click(qtbot, dialog.new_button)
    _click(qtbot, dialog.save_button)
    offered = [page.composer.view.template.itemText(i) for i in range(page.composer.view.template.count())]
    assert "My warm" in offered and offered.count("Warm and personal") == 1
