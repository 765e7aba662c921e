"""Adding a card without the mouse: Ctrl+N, the name typed at once, Tab down the form, Ctrl+Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.operations import contacts as ops
from tests.ui.keyboard_only.keys import CTRL, dialog_opened, focused, press, tab_to, type_here


def test_a_card_is_added_from_the_keyboard_alone(qtbot, app_window, workspace):
    window, _controller = app_window
    window.activateWindow()
    dialog = dialog_opened(qtbot, Qt.Key.Key_N)
    type_here("Siobhán Ní Bhriain")  # the name field has the keyboard as the dialog opens
    tab_to("Title")
    type_here("Directrice des opérations")
    tab_to("name@company.com")
    type_here("siobhan@example.ie")
    tab_to("Notes")
    type_here("Met at the panel.")
    press(Qt.Key.Key_Tab)  # Tab leaves the notes instead of typing a tab into them
    assert focused().window() is dialog and "Notes" not in focused().accessibleName()
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    ((_, card),) = ops.list_contacts(workspace)
    assert (card.full_name, card.title, card.notes) == ("Siobhán Ní Bhriain", "Directrice des opérations",
                                                         "Met at the panel.")
    assert [email.value for email in card.emails] == ["siobhan@example.ie"]
