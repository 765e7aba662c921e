"""The first-run welcome asks who signs the notes; the region and spelling follow the locale; drafts follow a
later change of name made in the Settings dialog."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from desktop.operations import notes as notes_ops
from desktop.operations.checklist import checklist_entries
from desktop.operations.workspace import open_workspace
from desktop.ui.controller import AppController
from desktop.ui.main_window import MainWindow
from desktop.ui.settings.settings_dialog import SettingsDialog
from tests.conftest import NOW, ZONE
from tests.dialog_helpers import shown
from tests.ui.notes_helpers import open_person
from tests.ui.window_helpers import open_app_window

NAME = "Siobhán Ní Bhriain-Ó Súilleabháin"


@pytest.fixture
def start(qtbot, tmp_path, monkeypatch):
    """Open the window on an empty data folder under the locale given (as LANG), as a first start does."""
    opened = []

    def open_window(locale: str) -> tuple[MainWindow, AppController]:
        monkeypatch.setenv("LANG", locale)
        workspace = open_workspace(str(tmp_path / "data"), zone=ZONE, clock=lambda: NOW)
        opened.append(workspace)
        return open_app_window(qtbot, workspace, tmp_path)

    yield open_window
    for workspace in opened:
        workspace.sessions.kw["bind"].dispose()


def type_text(widget: QWidget, text: str) -> None:
    """Type as a keyboard does, one key event a character (QTest.keyClicks aborts on letters beyond ASCII)."""
    widget.setFocus()
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))


def saved(controller: AppController) -> dict:
    return json.loads(controller.workspace.paths.settings_file.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("locale", "region", "region_text", "spelling"), [
    ("en_IE.UTF-8", "IE", "Ireland (IE)", "English (British spelling)"),
    ("en_US.UTF-8", "US", "United States (US)", "English (American spelling)"),
    ("de_DE.UTF-8", "DE", "Germany (DE)", "English (either spelling)"),  # the notes are English
])
def test_the_welcome_asks_the_name_and_proposes_region_and_spelling_from_the_locale(
        qtbot, start, locale, region, region_text, spelling):
    window, controller = start(locale)
    form = window.today.about_you
    assert window.today.stack.currentWidget() is window.today.welcome and form.isVisible()
    assert (form.region.currentText(), form.spelling.currentText()) == (region_text, spelling)
    assert form.your_name.text() == ""
    type_text(form.your_name, NAME)
    qtbot.keyClicks(form.your_email, "siobhan@example.ie")
    qtbot.mouseClick(window.today.sample_button, Qt.MouseButton.LeftButton)
    stored = saved(controller)
    assert (stored["your_name"], stored["your_email"]) == (NAME, "siobhan@example.ie")
    assert stored["default_phone_region"] == region
    assert stored["spelling_language"] == controller.workspace.settings.spelling_language
    assert window.today.stack.currentWidget() is window.today.list_page  # and the sample data is there
    zoe = next(e for e in checklist_entries(controller.workspace) if e.name == "Zoë Lindqvist")
    assert zoe.draft.endswith(f"With thanks,\n{NAME}")


def test_a_region_chosen_on_the_welcome_is_kept(qtbot, start):
    window, controller = start("en_IE.UTF-8")
    form = window.today.about_you
    form.region.setCurrentIndex(form.region.findData("GB"))
    form.region.activated.emit(form.region.currentIndex())  # as a choice from the list does
    assert saved(controller)["default_phone_region"] == "GB" and controller.workspace.settings.your_name == ""


def test_starting_with_ones_own_interview_opens_the_new_opportunity_form(qtbot, start):
    from desktop.ui.interviews.opportunity_dialog import OpportunityDialog

    window, _ = start("en_IE.UTF-8")
    qtbot.mouseClick(window.today.start_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "opportunities"
    dialog = next(w for w in window.findChildren(OpportunityDialog) if w.isVisible())  # ready to type the company
    dialog.reject()


def test_a_mistyped_email_is_named_and_nothing_goes_on(qtbot, start):
    window, controller = start("en_IE.UTF-8")
    form = window.today.about_you
    qtbot.keyClicks(form.your_email, "siobhan at example.ie")
    qtbot.mouseClick(window.today.start_button, Qt.MouseButton.LeftButton)
    assert form.error.isVisible()
    assert "“siobhan at example.ie” is not valid" in form.error.text()
    assert "clear the field to add it later under Settings → You" in form.error.text()
    assert window.current_page() == "today" and not controller.workspace.paths.settings_file.exists()


def test_skipped_then_set_in_settings_the_name_reaches_the_open_draft(qtbot, start):
    window, controller = start("en_IE.UTF-8")
    qtbot.mouseClick(window.today.sample_button, Qt.MouseButton.LeftButton)  # skipped: no name typed
    # Nothing answered, nothing written: the region still comes from the locale at each start.
    assert not controller.workspace.paths.settings_file.exists()
    assert controller.workspace.settings.default_phone_region == "IE"
    zoe = next(e for e in checklist_entries(controller.workspace) if e.name == "Zoë Lindqvist")
    controller.open_page("notes", (zoe.interview_id, zoe.contact_id))
    composer = window.pages["notes"].composer
    assert composer.view.body.toPlainText().endswith("With thanks,\n[your_name]")
    checks = {check.name: check for check in composer.view.checks_model.checks()}
    assert checks["placeholders"].level == "error" and "Settings → You" in checks["placeholders"].reason

    window.settings_action.trigger()
    dialog = shown(window, SettingsDialog)
    type_text(dialog.editors["your_name"], NAME)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    assert saved(controller)["your_name"] == NAME and saved(controller)["default_phone_region"] == "IE"
    row = notes_ops.composer_row(controller.workspace, zoe.interview_id, zoe.contact_id)
    assert row.body.endswith(f"With thanks,\n{NAME}")
    assert composer.view.body.toPlainText() == row.body  # the open composer shows it at once
    checks = {check.name: check for check in composer.view.checks_model.checks()}
    assert checks["placeholders"].ok and checks["signature"].ok
    assert f"4 unsent notes now signed “{NAME}”" in window.statusBar().currentMessage()  # every sample draft

    # Changed again: the drafts signed with the old name follow.
    window.settings_action.trigger()
    dialog = shown(window, SettingsDialog)
    dialog.editors["your_name"].clear()
    type_text(dialog.editors["your_name"], "Siobhán Fitzgerald")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert composer.view.body.toPlainText().endswith("With thanks,\nSiobhán Fitzgerald")


def test_under_a_german_locale_the_english_notes_are_checked_in_english(qtbot, start):
    window, controller = start("de_DE.UTF-8")
    qtbot.mouseClick(window.today.sample_button, Qt.MouseButton.LeftButton)
    assert controller.workspace.settings.default_phone_region == "DE"  # the region still follows the locale
    window.show_page("notes")
    page = window.ensure_page("notes")
    open_person(page, controller.workspace, "Zoë")
    page.composer.run_checks()
    spelling = {c.name: c for c in page.composer.view.checks_model.checks()}["spelling"]
    assert spelling.ok, spelling.reason  # a German dictionary underlined every word of the English note
    assert page.composer.view.body.highlighter.language == "en"
