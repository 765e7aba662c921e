"""Asking before an export writes over files already in the chosen folder."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.operations.export_targets import ExistingFilesError
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import texts
from desktop.ui.plain import plain_message


def ask_to_replace(parent: QWidget, error: ExistingFilesError, replace: Callable[[], None],
                   choose_another: Callable[[], None]) -> QMessageBox:
    """A non-blocking question listing the files: Replace, Choose another folder, or Cancel (nothing written)."""
    count = len(error.paths)
    box = plain_message(QMessageBox.Icon.Warning, texts.tr("Export"),
                        texts.tr("{folder} already holds %n file(s) of the same names.", "", count).format(
                            folder=error.folder), parent,
                        texts.tr("Nothing has been written yet. Replace them, choose another folder, or cancel."))
    box.setDetailedText("\n".join(str(path.relative_to(error.folder)) for path in error.paths))
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    replace_button = box.addButton(texts.tr("Replace %n file(s)", "", count), QMessageBox.ButtonRole.DestructiveRole)
    another_button = box.addButton(texts.tr("Choose another folder…"),
                                   QMessageBox.ButtonRole.ActionRole)
    replace_button.clicked.connect(replace)
    another_button.clicked.connect(choose_another)
    open_once(box)
    return box
