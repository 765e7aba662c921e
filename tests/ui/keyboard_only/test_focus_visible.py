"""Whatever Tab reaches shows that it has the keyboard: it looks different while it has it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.operations import sample_data
from tests.ui.keyboard_only.keys import CTRL, dialog_opened, focused, label_of, press

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def _unmarked_stops(qtbot, window: QWidget, stops: int) -> list[str]:
    """Tab through `stops` controls of `window`; the ones that look the same with and without the focus."""
    unmarked = []
    for _ in range(stops):
        widget = focused()
        assert widget.window() is window
        with_focus = [widget.grab().toImage()]
        for _ in range(4):  # Tab first steps through a date's day, month and year, or a label's links, in Qt
            press(Qt.Key.Key_Tab)
            if focused() is not widget:
                break
            with_focus.append(widget.grab().toImage())
        assert focused() is not widget, f"Tab does not leave {type(widget).__name__} {label_of(widget)!r}"
        if all(image == widget.grab().toImage() for image in with_focus):
            unmarked.append(f"{type(widget).__name__} {label_of(widget)!r}")
    return unmarked


@pytest.fixture(params=["light", "dark"])
def looks(request, appearance):
    """The app's own style sheet and palette, in each scheme."""
    appearance(request.param)


def test_every_stop_of_the_card_dialog_shows_the_focus(qtbot, looks, app_window):
    window, _controller = app_window
    window.activateWindow()
    dialog = dialog_opened(qtbot, Qt.Key.Key_N)
    assert _unmarked_stops(qtbot, dialog, 32) == []


@pytest.mark.parametrize("page", ["1", "3", "4", "5"])
def test_every_stop_of_a_page_shows_the_focus(qtbot, looks, app_window, workspace, page):
    window, controller = app_window
    controller.runner.do(sample_data.load_sample_data)
    window.activateWindow()
    press(getattr(Qt.Key, f"Key_{page}"), CTRL)  # Go → the page: its first control takes the keyboard
    qtbot.waitUntil(lambda: focused() is not window.nav)
    unmarked = _unmarked_stops(qtbot, window, 25)
    assert unmarked == [], "\n".join(unmarked)
