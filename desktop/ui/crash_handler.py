"""An unexpected error is written to the log and shown calmly, instead of the app vanishing.

A write refused by the disk (full, or made read-only while the app runs) is not a bug: it is named in plain
words, once while its message is open, and the user is told that the last change was not saved.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.storage.database import folder_problem

log = logging.getLogger("afterview.crash")


def install(log_file: Path, data_dir: Path) -> None:
    """Route uncaught exceptions (main thread and others) to the log and a dialog."""

    def on_exception(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("Uncaught exception:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if QApplication.instance() is not None:
            # Show it from the event loop: the exception may have come from inside a paint or a slot.
            QTimer.singleShot(0, lambda: _tell_user(error, log_file, data_dir))

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        on_exception(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception


def _tell_user(error: BaseException, log_file: Path, data_dir: Path) -> None:
    problem = folder_problem(data_dir, error)
    if problem is not None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Afterview could not save", "Your last change was not saved.")
        box.setInformativeText(f"{problem}\n\nAfterview saves again with your next change.")
    else:
        box = QMessageBox(QMessageBox.Icon.Warning, "Afterview hit a problem",
                          "Something went wrong, but what you typed is saved as you go and nothing was lost.")
        box.setInformativeText(f"{type(error).__name__}: {error}\n\nThe details were written to {log_file}. "
                               "You can carry on working; if it happens again, please send that file to us.")
    box.setTextFormat(Qt.TextFormat.PlainText)  # the error and the paths are shown as they are
    if any(open_box.informativeText() == box.informativeText() for open_box in _open_boxes):
        return  # an autosave failing every few seconds says so once, not in a pile of boxes
    box.open()
    _open_boxes.append(box)
    box.finished.connect(lambda _: _open_boxes.remove(box))


_open_boxes: list[QMessageBox] = []  # keeps non-modal boxes alive until closed
