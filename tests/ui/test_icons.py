"""The icons are drawn from qtawesome's font without importing qtawesome, exactly as qtawesome drew them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon

from desktop.ui.colours import INK_SOFT, ORNAMENT
from desktop.ui.icons import NAMES, icon
from desktop.ui.style import hex_colour


@pytest.mark.parametrize("role", [INK_SOFT, ORNAMENT])
def test_every_icon_is_drawn_as_qtawesome_drew_it_at_every_size_and_disabled(qapp, role):
    import qtawesome

    for purpose, name in NAMES.items():
        ours, theirs = icon(purpose, role), qtawesome.icon(f"mdi6.{name}", color=hex_colour(role))
        for size in (16, 20, 24, 48, 64):
            assert ours.pixmap(size, size).toImage() == theirs.pixmap(size, size).toImage(), (purpose, size)
        disabled = QIcon.Mode.Disabled
        assert ours.pixmap(20, 20, disabled).toImage() == theirs.pixmap(20, 20, disabled).toImage(), purpose
    assert not icon("today").pixmap(20, 20).toImage().isNull()


def test_the_icons_are_drawn_without_importing_qtawesome():
    script = ("import sys\n"
              "from PySide6.QtWidgets import QApplication\n"
              "from desktop.ui.icons import NAMES, icon\n"
              "app = QApplication([])\n"
              "drawn = [icon(purpose).pixmap(20, 20) for purpose in NAMES]\n"
              "print(len(drawn), 'qtawesome' in sys.modules, 'qtpy' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(len(NAMES)), "False", "False"]
