"""A start-up that cannot use its folders or its database says why in a dialog and offers what can be done.

Without this a read-only data folder left the window on "Loading…" for ever, and a data folder that was a
file ended in a traceback on stderr that someone who double-clicked the app never sees.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.ui.i18n import texts
from desktop.ui.plain import plain_message


def choose_how_to_go_on(parent: QWidget | None, problem: str, folder: Path, retry: bool = False) -> Path | None:
    """Show the problem and ask: the folder to try next (the same one for Try again, or one the user picks),
    or None to quit. Nothing in `folder` is changed meanwhile."""
    while True:
        box = plain_message(QMessageBox.Icon.Critical, texts.tr("Afterview cannot open its data"), problem, parent,
                            texts.tr("Afterview has not changed anything. Try again once the other program is closed, "
                                     "choose another folder for Afterview's data (for this session), or quit.")
                            if retry else
                            texts.tr("Afterview has not changed anything. Choose another folder for Afterview's data "
                                     "(for this session), or quit."))
        again = box.addButton(texts.tr("Try again"), QMessageBox.ButtonRole.AcceptRole) if retry else None
        another = box.addButton(texts.tr("Choose another folder…"), QMessageBox.ButtonRole.ActionRole)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Close).setText(texts.tr("Quit"))
        box.exec()
        clicked = box.clickedButton()
        if again is not None and clicked is again:
            return folder
        if clicked is not another:
            return None
        chosen = QFileDialog.getExistingDirectory(parent, texts.tr("Choose a folder for Afterview's data"),
                                                  str(Path.home()))
        if chosen:
            return Path(chosen)
