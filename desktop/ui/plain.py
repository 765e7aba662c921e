"""Text from the user or from imported files, shown as text: never read by Qt as HTML."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally.

    Qt renders a tooltip as rich text whenever it looks like HTML (`<b>` in a title is enough), and has no
    plain-text switch for tooltips; so the text is escaped and wrapped in <qt>, which makes it rich text
    that displays exactly the characters given.
    """
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def plain_message(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None,
                  informative: str = "") -> QMessageBox:
    """A message box that shows its text as written (errors quote file names, and a name may contain '<')."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the informative text follows the same format
    if informative:
        box.setInformativeText(informative)
    return box
