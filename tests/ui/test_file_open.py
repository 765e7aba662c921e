from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from desktop.ui.file_open import FileOpenCatcher


def test_files_opened_before_the_window_is_ready_are_handed_over_later(qapp, tmp_path):
    catcher = FileOpenCatcher()
    qapp.installEventFilter(catcher)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "cards.vcf")))
        assert catcher.pending == [tmp_path / "cards.vcf"]
        received: list[list[Path]] = []
        catcher.set_handler(received.append)
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "invite.ics")))
        assert received == [[tmp_path / "cards.vcf"], [tmp_path / "invite.ics"]]
    finally:
        qapp.removeEventFilter(catcher)
