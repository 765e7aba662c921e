"""An unexpected error is written to the log and shown calmly, instead of the app vanishing.

A write refused by the disk (full, or made read-only while the app runs) is not a bug: it is named in plain
words, once while its message is open, and the user is told that the last change was not saved. Neither the log
nor the dialog quotes the data the error carried (a note's text as an SQL parameter, a contact's address).
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.operations.errors import folder_problem
from desktop.redaction import safe_message
from desktop.ui.i18n import texts

log = logging.getLogger("afterview.crash")


def install(log_file: Path, data_dir: Path) -> None:
    """Route uncaught exceptions (main thread and others) to the log and a dialog."""

    def on_exception(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("Uncaught exception", exc_info=(kind, error, tb))  # the log's filter withholds its data
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
        box = QMessageBox(QMessageBox.Icon.Warning, texts.tr("Afterview could not save"), texts.tr(
            "Your last change was not saved."))
        box.setInformativeText(texts.tr("{problem}\n\nDo it again once that is solved.").format(problem=problem))
    else:
        box = QMessageBox(QMessageBox.Icon.Warning, texts.tr("Afterview hit a problem"),
                          texts.tr("Something went wrong, and what you just did may not have been saved. What was "
                                   "saved before it is kept."))
        box.setInformativeText(texts.tr("{name}: {error}\n\nThe details were written to {log_file}. Check that your "
                                        "last change is there and do it again if not; if the problem comes back, "
                                        "please send that file to us.").format(
                                            name=type(error).__name__, error=safe_message(error), log_file=log_file))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the error and the paths are shown as they are
    if any(open_box.informativeText() == box.informativeText() for open_box in _open_boxes):
        return  # an autosave failing every few seconds says so once, not in a pile of boxes
    box.open()
    _open_boxes.append(box)
    box.finished.connect(lambda _: _open_boxes.remove(box))


_open_boxes: list[QMessageBox] = []  # keeps non-modal boxes alive until closed
