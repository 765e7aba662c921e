"""The card dialog's name split and greeting, typed and clicked as a user does, checked in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core.cards import ContactCard
from desktop.operations import contacts as ops
from desktop.ui.bus import DataBus
from desktop.ui.cards.card_dialog import CardDialog
from desktop.ui.cards.contact_detail import ContactDetail
from desktop.ui.pages.base import PageContext
from tests.ui.card_helpers import open_card_dialog, save_card
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def context(workspace):
    return PageContext(workspace, DataBus(), lambda *_: None)


def _split(dialog: CardDialog) -> tuple[str, str]:
    return dialog.fields["given_name"].text(), dialog.fields["family_name"].text()


def _save(qtbot, dialog: CardDialog, context: PageContext) -> tuple[int, ContactCard]:
    contact_id = save_card(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    return contact_id, ops.get_contact(context.workspace, contact_id)


def test_an_irish_name_is_split_and_greeted_as_typed(qtbot, context):
    dialog = open_card_dialog(qtbot, context)
    type_text(dialog.fields["full_name"], "Siobhán Ní")
    assert dialog.names.greeting.text() == "Notes will greet: Dear Siobhán,"
    type_text(dialog.fields["full_name"], " Bhriain")
    assert _split(dialog) == ("Siobhán", "Ní Bhriain")
    assert dialog.names.greeting.text() == "Notes will greet: Dear Siobhán,"
    assert dialog.fields["greet_as"].text() == "" and dialog.fields["greet_as"].placeholderText() == "Siobhán"
    qtbot.mouseClick(dialog.name_checked, Qt.MouseButton.LeftButton)
    contact_id, card = _save(qtbot, dialog, context)
    assert (card.full_name, card.given_name, card.family_name) == ("Siobhán Ní Bhriain", "Siobhán", "Ní Bhriain")
    assert (card.greet_as, card.family_first) == ("", False)  # empty: the proposal, which follows the name
    assert ops.contact_details(context.workspace, contact_id).name_checked


def test_a_typed_greeting_is_shown_and_saved(qtbot, context):
    dialog = open_card_dialog(qtbot, context)
    type_text(dialog.fields["full_name"], "Robert Smith")
    assert dialog.names.greeting.text() == "Notes will greet: Dear Robert,"
    type_text(dialog.fields["greet_as"], "Bob")
    assert dialog.names.greeting.text() == "Notes will greet: Dear Bob,"
    _, card = _save(qtbot, dialog, context)
    assert (card.given_name, card.family_name, card.greet_as) == ("Robert", "Smith", "Bob")


def test_family_name_first_flips_the_split_and_an_honorific_greets_by_family_name(qtbot, context):
    dialog = open_card_dialog(qtbot, context)
    type_text(dialog.fields["full_name"], "Tanaka Hiroshi")
    assert _split(dialog) == ("Tanaka", "Hiroshi")
    qtbot.mouseClick(dialog.names.family_first, Qt.MouseButton.LeftButton)
    assert _split(dialog) == ("Hiroshi", "Tanaka")
    assert dialog.names.greeting.text() == "Notes will greet: Dear Tanaka Hiroshi,"
    combo = dialog.names.honorific
    assert combo.itemText(1) == "Ms. Tanaka"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first honorific, as chosen from the keyboard
    assert dialog.fields["greet_as"].text() == "Ms. Tanaka"
    assert dialog.names.greeting.text() == "Notes will greet: Dear Ms. Tanaka,"
    _, card = _save(qtbot, dialog, context)
    assert (card.given_name, card.family_name, card.family_first, card.greet_as) == ("Hiroshi", "Tanaka", True,
                                                                                    "Ms. Tanaka")


def test_a_family_name_printed_in_capitals_first_ticks_family_name_first(qtbot, context):
    dialog = open_card_dialog(qtbot, context)
    type_text(dialog.fields["full_name"], "NGUYỄN Văn An")
    assert dialog.names.family_first.isChecked()
    assert _split(dialog) == ("Văn An", "Nguyễn")


def test_a_checked_name_keeps_its_split_and_the_new_reading_is_only_offered(qtbot, context):
    # Saved by an older Afterview, which read "Ní" as part of the given name; the user ticked it as checked.
    contact_id = ops.add_contact(context.workspace, ContactCard(
        full_name="Siobhán Ní Bhriain", given_name="Siobhán Ní", family_name="Bhriain"), name_checked=True).id
    dialog = open_card_dialog(qtbot, context, contact_id)
    assert _split(dialog) == ("Siobhán Ní", "Bhriain")
    assert dialog.names.suggestion.isVisible() and dialog.names.use_suggestion.isVisible()
    assert dialog.names.suggestion.text() == "The name reads as given “Siobhán”, family “Ní Bhriain”."
    assert dialog.names.greeting.text() == "Notes will greet: Dear Siobhán,"
    _, card = _save(qtbot, dialog, context)
    assert (card.given_name, card.family_name) == ("Siobhán Ní", "Bhriain")

    dialog = open_card_dialog(qtbot, context, contact_id)
    qtbot.mouseClick(dialog.names.use_suggestion, Qt.MouseButton.LeftButton)
    assert _split(dialog) == ("Siobhán", "Ní Bhriain") and not dialog.names.suggestion.isVisible()
    _, card = _save(qtbot, dialog, context)
    assert (card.given_name, card.family_name) == ("Siobhán", "Ní Bhriain")


def test_a_stored_split_that_reads_as_the_name_shows_no_offer(qtbot, context):
    contact_id = ops.add_contact(context.workspace, ContactCard(
        full_name="Seán Mac Gearailt", given_name="Seán", family_name="Mac Gearailt", greet_as="Seánie")).id
    dialog = open_card_dialog(qtbot, context, contact_id)
    assert not dialog.names.suggestion.isVisible()
    assert dialog.names.greeting.text() == "Notes will greet: Dear Seánie,"


def test_the_contacts_detail_pane_shows_the_greeting(qtbot, context):
    contact_id = ops.add_contact(context.workspace, ContactCard(
        full_name="Dr. Tanaka Hiroshi", given_name="Hiroshi", family_name="Tanaka", family_first=True)).id
    detail = ContactDetail()
    qtbot.addWidget(detail)
    detail.show_contact(ops.contact_details(context.workspace, contact_id), "IE")
    assert detail.greeting.text() == "Notes will greet: Dear Dr. Tanaka,"


def test_unticking_family_name_first_splits_given_name_first_despite_the_capitals(qtbot, context):
    dialog = open_card_dialog(qtbot, context)
    type_text(dialog.fields["full_name"], "NGUYỄN Văn An")
    qtbot.mouseClick(dialog.names.family_first, Qt.MouseButton.LeftButton)
    assert not dialog.names.family_first.isChecked()
    assert _split(dialog) == ("Nguyễn Văn", "An")
    assert dialog.names.greeting.text() == "Notes will greet: Dear Nguyễn,"
