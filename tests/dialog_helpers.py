"""Finding and answering the message boxes and dialogs a window opens, as a user would click them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

W = TypeVar("W", bound=QWidget)


@contextmanager
def answering(*buttons: str, before: dict[int, Callable[[], None]] | None = None) -> Iterator[list[str]]:
    """Click `buttons` (by the start of their text), one per box, on the boxes opened inside the block, in order;
    `before[i]` runs just before the i-th click (what the user does meanwhile). Yields the boxes' texts, each
    followed by its informative text."""
    texts: list[str] = []
    pending = list(buttons)

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and pending:
            texts.append(f"{box.text()}\n{box.informativeText()}")
            (before or {}).get(len(texts) - 1, lambda: None)()
            wanted = pending.pop(0)
            next(b for b in box.buttons() if b.text().startswith(wanted)).click()

    timer = QTimer(interval=20)
    timer.timeout.connect(click)
    timer.start()
    try:
        yield texts
    finally:
        timer.stop()
    assert not pending, f"no box was shown for {pending}"


def shown_box(parent: QWidget) -> QMessageBox:
    """The message box shown over `parent` (non-blocking ones too), the latest when several are."""
    return shown(parent, QMessageBox)


def showing(parent: QWidget, kind: type[W]) -> list[W]:
    """The visible windows of `kind` opened over `parent` (or inside it), oldest first."""
    return [widget for widget in parent.findChildren(kind) if widget.isVisible()]


def shown(parent: QWidget, kind: type[W]) -> W:
    """The visible window of `kind` opened over `parent`, the latest when several are."""
    found = showing(parent, kind)
    assert found, f"no {kind.__name__} is shown"
    return found[-1]


def button(parent: QWidget, text: str) -> QPushButton:
    """The visible button reading `text` on `parent`."""
    return next(b for b in parent.findChildren(QPushButton) if b.text() == text and b.isVisible())
