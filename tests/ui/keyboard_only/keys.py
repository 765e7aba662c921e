"""The keyboard alone: every key goes to the widget that has the focus, as a real keyboard's would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.ui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key (with a modifier) on whatever has the focus."""
    QTest.keyClick(focused(), key, modifier)


def type_here(text: str) -> None:
    """Type into whatever has the focus, accented letters too."""
    type_text(focused(), text)


def label_of(widget: QWidget) -> str:
    """What a user hears or reads for a control: its accessible name, else its text."""
    text = widget.accessibleName() or (widget.text() if hasattr(widget, "text") else "")
    if not text and hasattr(widget, "placeholderText"):
        text = widget.placeholderText()
    return text.replace("&", "")


def tab_until(wanted: Callable[[QWidget], bool], most: int = 60) -> QWidget:
    """Press Tab until the focused control is the one wanted; fails if it is never reached."""
    seen = []
    for _ in range(most):
        if wanted(focused()):
            return focused()
        seen.append(f"{type(focused()).__name__}:{label_of(focused())}")
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"never reached by Tab; went through {seen}")


def tab_to(label: str, most: int = 60) -> QWidget:
    """Tab to the control a user knows by `label` (its accessible name or its text)."""
    return tab_until(lambda widget: label_of(widget) == label and widget.isVisible(), most)


def dialog_opened(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = CTRL) -> QDialog:
    """Press a shortcut that opens a dialog; the dialog, once it has the keyboard."""
    press(key, modifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: focused().window() is dialog)
    return dialog
