"""No text cut on any page or main dialog at scale 1 and 2 on a 1366×768 screen, in English and German (issue 18).

QT_SCALE_FACTOR is read as the application starts, so each scale runs in a child process:
`packaging/screenshots.py --check` visits every page, Settings tab and main dialog offscreen and prints what is cut.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "screenshots.py"
_spec = importlib.util.spec_from_file_location("screenshots_script", SCRIPT)
assert _spec is not None and _spec.loader is not None
screenshots = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(screenshots)


# Starts the app in a child process and opens 23 screens: about 30 s alone, two or three times that on a busy machine.
@pytest.mark.timeout(240)
# German, the longer language, where 200 % leaves the least room.
@pytest.mark.parametrize(("scale", "language"), [("1", "en"), ("2", "en"), ("2", "de")])
def test_no_text_is_cut_on_any_screen(scale: str, language: str) -> None:
    # The data folder is a short one in the system's temporary folder, as short as a user's: its name is shown whole
    # in the status bar (pytest's own temporary folders are longer than any a user has).
    run = subprocess.run([sys.executable, str(SCRIPT), "--check", "--scale", scale, "--language", language], cwd=ROOT,
                         capture_output=True, text=True, timeout=220)
    assert run.returncode == 0, run.stderr[-3000:]
    cut = run.stdout.strip()
    assert cut == "", f"cut at scale {scale} in {language} on 1366×768:\n{cut}"


def test_a_cut_label_button_placeholder_and_squeezed_row_are_found(qtbot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    label = QLabel("Siobhán Ní Bhriain-Ó Catháin de la Fuente-Øvergård")
    button = QPushButton("Société Générale d'Équipements Électroniques")
    field = QLineEdit(placeholderText="Search name, company, title, email or phone")
    for widget in (label, button, field):
        widget.setFixedWidth(60)
        row.addWidget(widget)
    inner = QWidget(window)
    QHBoxLayout(inner).addWidget(QPushButton("Keep"))
    inner.setGeometry(0, 0, 5, 5)
    page = QScrollArea(widgetResizable=True)  # as the window holds each page
    wide = QWidget()
    wide.setMinimumWidth(400)
    page.setWidget(wide)
    page.setFixedWidth(200)
    row.addWidget(page)
    window.show()
    qtbot.waitExposed(window)

    found = "\n".join(screenshots.cut_texts(window))

    assert "QLabel 'Siobhán Ní Bhriain-Ó Catháin de la Fuente-Øvergård': needs" in found
    assert "QPushButton \"Société Générale d'Équipements Électroniques\": needs" in found
    assert "QLineEdit placeholder 'Search name, company, title, email or phone'" in found
    assert "QWidget squeezed to 5×5 px" in found
    assert "QScrollArea '' scrolls sideways" in found
    field.setToolTip(field.placeholderText())  # elided by Qt, and read whole in the tooltip
    for widget in (label, button, field):
        widget.setFixedWidth(400)
    inner.resize(inner.layout().totalMinimumSize())
    wide.setMinimumWidth(100)
    qtbot.waitUntil(lambda: page.horizontalScrollBar().maximum() == 0)
    assert screenshots.cut_texts(window) == []
