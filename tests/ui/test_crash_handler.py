import logging
import sys
import threading

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.logs import setup_logging
from desktop.ui import crash_handler


def test_an_uncaught_error_is_logged_and_shown_calmly(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    logger = logging.getLogger("afterview")
    monkeypatch.setattr(logger, "handlers", [])
    log_file = setup_logging(tmp_path / "logs")
    crash_handler.install(log_file)
    try:
        raise RuntimeError("the printer caught fire")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "nothing was lost" in box.text() and str(log_file) in box.informativeText()
    box.close()
    for handler in logger.handlers:
        handler.close()
    text = log_file.read_text()
    assert "RuntimeError: the printer caught fire" in text and "Traceback" in text
