"""Run by the app's Python on the AT-SPI bus: every page and dialog (the main ones, then those met later: a card read
from a photo, the merge review, Send later's day and time, the debrief, a calendar's or a mail's import, the notes
missed, the contact picker), opened as packaging/screenshots.py opens them, and at each the accessibility tree walked
by atspi_walk.py (Debian's Python) while the window keeps answering.

    python tests/accessibility/visit_walk.py LANGUAGE OUT.json

writes {stop: [node, ...]} to OUT.json, a stop named as the screenshots name it ("01-today", "06-card",
"30-card-review", ...).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
WALK_SECONDS = 120  # a walk of the window and a dialog takes a few seconds; this is the bound for a stuck bus


def walked(name: str, window: str) -> list[dict]:
    """The showing nodes of the window titled `window` in this process's accessibility tree, read by another
    process while this one's event loop answers it."""
    from PySide6.QtCore import QEventLoop, QTimer

    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        walker = subprocess.Popen([SYSTEM_PYTHON, str(HERE / "atspi_walk.py"), name, "0.5", window], stdout=out,
                                  stderr=subprocess.DEVNULL)
        loop, deadline = QEventLoop(), time.monotonic() + WALK_SECONDS
        timer = QTimer(interval=50)  # the loop itself answers each question at once; this only looks for the end
        timer.timeout.connect(lambda: loop.quit() if walker.poll() is not None or time.monotonic() > deadline
                              else None)
        timer.start()
        loop.exec()
        timer.stop()
        if walker.poll() is None:
            walker.kill()
            walker.wait()
        out.seek(0)
        nodes = json.loads(out.read() or "{}")
    return nodes if isinstance(nodes, list) else []


def main(language: str, out: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication

    from desktop import APP_NAME

    # By its path: the repository's packaging/ folder is not the `packaging` distribution installed beside it.
    spec = importlib.util.spec_from_file_location("screenshots_script", ROOT / "packaging" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    screenshots = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(screenshots)
    visit = screenshots.visit

    QCoreApplication.setApplicationName(APP_NAME)  # as the app names itself: how the walker finds it
    trees: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix="afterview-a11y-") as folder:
        visit(Path(folder), "light", language,
              lambda stop, widget: trees.__setitem__(stop, walked(APP_NAME, widget.windowTitle())), every_dialog=True)
    out.write_text(json.dumps(trees), encoding="utf-8")
    os._exit(0)  # the visit leaves the window's threads and timers running: this process only looked


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
