"""What goes wrong, said in German: the messages of the core, the operations and the storage reach the window in
its language, typed and clicked as a user does, with the English still the command line's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.operations import contacts as ops
from desktop.operations import opportunities as opps
from desktop.ui.bus import DataBus
from desktop.ui.cards.people_met import PeopleMetWidget
from desktop.ui.interviews.interview_dialog import InterviewDialog
from desktop.ui.interviews.interview_dialog_controller import InterviewDialogController
from desktop.ui.pages.base import PageContext
from tests.dialog_helpers import shown_box
from tests.ui.card_helpers import open_card_dialog
from tests.ui.keyboard import type_text
from tests.ui.task_helpers import wait_for_tasks

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def context(workspace):
    return PageContext(workspace, DataBus(), lambda *_: None)


def test_a_card_s_phone_and_a_likely_duplicate_are_told_in_german(qtbot, german, context, sample_workspace):
    dialog = open_card_dialog(qtbot, context)
    qtbot.keyClicks(dialog.fields["full_name"], "Zoe Lindqvist")
    qtbot.keyClicks(dialog.emails.rows[0].edit, "zoe.lindqvist@")
    assert dialog.emails.rows[0].error.text() == "Nach dem @-Zeichen muss etwas stehen."  # email-validator's words
    qtbot.keyClicks(dialog.emails.rows[0].edit, "northwind.example")
    phone = dialog.phones.rows[0]
    qtbot.keyClicks(phone.edit, "+49 3")
    assert phone.error.text() == "Die Nummer ist zu kurz."
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Telefon 1: Die Nummer ist zu kurz." in dialog.error.text()
    phone.edit.clear()
    qtbot.keyClicks(phone.edit, "+1 206 555 0199")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Zoë Lindqvist: Gleiche E-Mail-Adresse zoe.lindqvist@northwind.example." in dialog.duplicate_text.text()
    assert len(ops.list_contacts(context.workspace)) == 9  # nothing saved while the question stands


def test_the_next_steps_read_back_in_german(qtbot, german, workspace):
    context = PageContext(workspace, DataBus(), lambda *_: None)
    dialog = InterviewDialog(workspace.zone, PeopleMetWidget(context))
    InterviewDialogController(dialog, context, opps.add_opportunity(workspace, "Müller & Söhne", "Analystin").id)
    qtbot.addWidget(dialog)
    dialog.open()
    type_text(dialog.steps_edit, "We will decide by 03/04")
    qtbot.waitUntil(lambda: "ließ sich kein Datum lesen" in dialog.understood_label.text())
    assert ("„by 03/04“ könnte der 3. April oder der 4. März sein; schreiben Sie den Monat als Wort"
            in dialog.understood_label.text())


def test_an_import_that_fails_is_reported_in_german(qtbot, german, app_window, tmp_path: Path, monkeypatch):
    window, controller = app_window
    empty, broken = tmp_path / "leer.vcf", tmp_path / "kaputt.ics"
    empty.write_text("")
    broken.write_text("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Gespräch\r\nEND:VCALENDAR\r\n")
    asked = []

    def choose(_parent, _title, _folder, kinds):  # the platform's file dialog, answered as the user would
        asked.append(kinds)
        return [str(empty), str(broken)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    window.import_action.trigger()
    wait_for_tasks(qtbot, controller.runner)
    assert asked[0].startswith("Alles, was Afterview liest (*.vcf") and asked[0].endswith(";;Alle Dateien (*)")
    box = shown_box(window)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "leer.vcf: nicht importiert\nkaputt.ics: nicht importiert"
    assert box.informativeText() == "2 Probleme; siehe Details."
    assert box.detailedText() == ("leer.vcf: die Datei ist leer\nkaputt.ics: die Datei ist abgeschnitten oder "
                                  "beschädigt (1× BEGIN:VEVENT, aber 0× END:VEVENT)")
    box.close()


def test_a_file_the_system_refuses_is_said_in_german_and_in_the_system_s_english_on_the_command_line(
        german, workspace, tmp_path):
    from desktop.operations.transfer import TransferError
    from desktop.operations.vcard_transfer import export_vcards
    from desktop.ui.i18n import shown_error

    blocked = tmp_path / "a file"
    blocked.write_text("")
    with pytest.raises(TransferError) as refused:
        export_vcards(workspace, blocked / "cards.vcf")
    assert str(refused.value).endswith("cards.vcf: cannot be written (Not a directory)")
    assert shown_error(refused.value).endswith("cards.vcf: lässt sich nicht schreiben (ein Teil ihres Pfads ist kein "
                                               "Ordner)")
