"""What another process writes (the command line, a second window) shows in the open window: on a light timer and
when the window is activated again, and only then; the window's own writes are not taken for another's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.cards import ContactCard
from desktop.operations.contacts import add_contact

LONG = "Maximiliane Östergård-Brzęczyszczykiewicz"


def _import_in_another_process(workspace, tmp_path: Path, name: str) -> None:
    card = tmp_path / f"{len(list(tmp_path.glob('*.vcf')))}.vcf"
    card.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(workspace.paths.data_dir), "import",
                           str(card)], capture_output=True, text=True, timeout=90, cwd=Path(__file__).parents[2],
                          env={k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")})
    assert done.returncode == 0, done.stderr


def _names(page) -> list[str]:
    model = page.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_card_imported_on_the_command_line_shows_in_the_open_window(qtbot, workspace, app_window, tmp_path):
    window, controller = app_window
    outside = controller.outside_changes
    add_contact(workspace, ContactCard(full_name="Zoë Lindqvist"))  # a write here, published by nobody
    controller.open_page("contacts")
    page = window.pages["contacts"]
    qtbot.waitUntil(lambda: "Zoë Lindqvist" in _names(page))
    assert not outside.check()  # the window's own write is no other process's

    with qtbot.waitSignal(controller.bus.published, timeout=10_000):  # the light timer finds it
        _import_in_another_process(workspace, tmp_path, LONG)
    qtbot.waitUntil(lambda: LONG in _names(page))

    outside.stop()  # no timer: coming back to the window is enough
    _import_in_another_process(workspace, tmp_path, "Siobhán Ní Bhriain")
    assert "Siobhán Ní Bhriain" not in _names(page)
    with qtbot.waitSignal(controller.bus.published, timeout=1000):
        QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: "Siobhán Ní Bhriain" in _names(page))
    with qtbot.assertNotEmitted(controller.bus.published):  # nothing changed since: nothing is read again
        QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
