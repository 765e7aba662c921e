"""Answering the blocking message boxes a start-up shows, as a user would click them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


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
