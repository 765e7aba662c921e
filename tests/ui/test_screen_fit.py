"""A dialog designed larger than the screen opens within it, its buttons in reach."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.bus import DataBus
from desktop.ui.cards.card_dialog import CardDialog
from desktop.ui.pages.base import PageContext

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_the_card_dialog_fits_a_small_screen(qtbot, workspace):
    area = QApplication.primaryScreen().availableGeometry()
    dialog = CardDialog(PageContext(workspace, DataBus(), lambda *_: None))
    qtbot.addWidget(dialog)
    assert dialog.width() > area.width() or dialog.height() > area.height()  # 860 × 700 on an 800 × 600 screen
    dialog.show()
    qtbot.waitExposed(dialog)
    assert area.contains(dialog.frameGeometry())
    assert area.contains(dialog.save_button.mapToGlobal(dialog.save_button.rect().bottomRight()))
