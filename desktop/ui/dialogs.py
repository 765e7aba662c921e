"""How the window opens its dialogs and message boxes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def open_once(dialog: QDialog) -> None:
    """Open `dialog` without blocking, to be deleted once closed: the window, open for days, does not gather them."""
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
