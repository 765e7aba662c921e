"""The card dialog wired to its controller as the Contacts page opens it, for the card tests."""

from __future__ import annotations

from desktop.ui.cards.card_dialog import CardDialog
from desktop.ui.cards.card_dialog_controller import CardDialogController
from desktop.ui.pages.base import PageContext


def open_card_dialog(qtbot, context: PageContext, contact_id: int | None = None) -> CardDialog:
    """The dialog for a new card, or for the stored `contact_id`, shown."""
    dialog = CardDialog(context.workspace.settings.default_phone_region)
    CardDialogController(dialog, context, contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save_card(qtbot, dialog: CardDialog) -> int:
    """Click Save and return the id of the contact the dialog wrote."""
    with qtbot.waitSignal(dialog.findChild(CardDialogController).saved, timeout=2000) as saved:
        dialog.save_button.click()
    return saved.args[0]
