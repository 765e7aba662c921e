"""Files opened from the macOS Finder arrive as QFileOpenEvent, not on the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenCatcher(QObject):
    """Collects opened files until a handler is set, then hands each one over as it arrives."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending: list[Path] = []
        self._handler: Callable[[list[Path]], None] | None = None

    def set_handler(self, handler: Callable[[list[Path]], None]) -> None:
        self._handler = handler
        if self.pending:
            files, self.pending = self.pending, []
            handler(files)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            path = Path(event.file())
            if self._handler is None:
                self.pending.append(path)
            else:
                self._handler([path])
            return True
        return super().eventFilter(watched, event)
