import logging
import sqlite3
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
    crash_handler.install(log_file, tmp_path)
    try:
        raise RuntimeError("the printer caught fire")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert box.text().startswith("Something went wrong, and what you just did may not have been saved")
    assert "RuntimeError: the printer caught fire" in box.informativeText() and str(log_file) in box.informativeText()
    box.close()
    for handler in logger.handlers:
        handler.close()
    text = log_file.read_text()
    assert "RuntimeError: the printer caught fire" in text and "Traceback" in text


def shown_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_full_disk_while_working_is_named_once_and_not_called_a_bug(qtbot, tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    logger = logging.getLogger("afterview")
    monkeypatch.setattr(logger, "handlers", [])
    crash_handler.install(setup_logging(tmp_path / "logs"), tmp_path / "data")
    full = OperationalError("INSERT INTO contact ...", {}, sqlite3.OperationalError("database or disk is full"))
    for _ in range(3):  # the draft's autosave failing again and again
        sys.excepthook(OperationalError, full, None)
    qtbot.waitUntil(lambda: bool(shown_boxes()))
    qtbot.wait(50)
    boxes = shown_boxes()
    assert len(boxes) == 1
    assert boxes[0].text() == "Your last change was not saved."
    assert f"The disk holding the data folder {tmp_path / 'data'} is full" in boxes[0].informativeText()
    boxes[0].close()
    for handler in logger.handlers:
        handler.close()


def test_an_uncaught_database_error_shows_and_logs_no_note_text(qtbot, workspace, tmp_path, monkeypatch):
    from tests.test_redaction import SECRET, failed_insert

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    logger = logging.getLogger("afterview")
    monkeypatch.setattr(logger, "handlers", [])
    log_file = setup_logging(tmp_path / "logs")
    crash_handler.install(log_file, workspace.paths.data_dir)
    error = failed_insert(workspace)
    sys.excepthook(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: bool(shown_boxes()))
    [box] = shown_boxes()
    shown = f"{box.text()}\n{box.informativeText()}\n{box.detailedText()}"
    box.close()
    for handler in logger.handlers:
        handler.close()
    written = log_file.read_text(encoding="utf-8")
    assert "IntegrityError: NOT NULL constraint failed" in shown and "IntegrityError" in written
    for text in (shown, written):
        assert SECRET not in text and "[SQL:" not in text and "nothing was lost" not in text
