"""One launch measured from inside, for benchmarks/startup.py: Afterview as its launcher starts it, or a bare window.

    python benchmarks/startup_probe.py [--settle S] app [AFTERVIEW ARGUMENTS]
    python benchmarks/startup_probe.py [--settle S] bare

Nothing in desktop/ knows it is measured: the probe wraps three of desktop.ui.application's steps from outside
(the window restored, Today painted from the start-up cache, the controller opened) and prints, as `key: value`
lines, the time.time() (and as `*_cpu` the process's CPU seconds) at which
  shown_at:         the main window's first show reached the event loop;
  today_painted_at: Today was listed from the start-up cache (Afterview, warm starts only);
  today_ready_at:   Today was listed from the database and its actions connected: the user can act;
  clicked_at:       a mouse click on Today's first item was posted, at once;
  answered_at:      that click was answered (the row selected, its buttons enabled), whatever else the app
                    queued before it (icons, tray, reminders, the hand-over server) having run first;
then, `--settle` seconds after the answer (the app doing what it does on its own meanwhile), `settled_rss_mb`: the
process's resident memory then, read from /proc (Linux). The bare window is the same Qt classes with a table of
rows and no app code; its "today ready" is its first show.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

# The repository root, not this folder, so that no benchmark's file name can shadow a standard-library module.
ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]


def stamp(key: str) -> None:
    """The wall-clock time now, and this process's CPU seconds so far (a check on wall times on a busy machine)."""
    print(f"{key}: {time.time():.6f}\n{key}_cpu: {time.process_time():.6f}", flush=True)


def resident_mb() -> float:
    """The process's resident set now (VmRSS), in MiB."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise SystemExit("no VmRSS in /proc/self/status: the probe measures memory on Linux only")


def click_first_row_then_settle(table: Any, settle: float) -> None:
    """Post a click on the table's first selectable row, report when it is answered, then the memory after
    `settle` seconds, and quit. Posted, not sent: it waits behind whatever the app queued, as a user's click does."""
    from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer
    from PySide6.QtGui import QMouseEvent

    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.flags(model.index(r, 0)) & Qt.ItemFlag.ItemIsSelectable)
    point = QPointF(table.visualRect(model.index(row, 0)).center())

    def finish() -> None:
        print(f"settled_rss_mb: {resident_mb():.1f}", flush=True)
        QCoreApplication.instance().quit()

    def answered() -> None:
        table.selectionModel().selectionChanged.disconnect(on_selection)
        stamp("answered_at")
        QTimer.singleShot(int(settle * 1000), finish)

    def on_selection(*_: object) -> None:
        QTimer.singleShot(0, answered)  # once the page's own reactions to the selection have run

    table.selectionModel().selectionChanged.connect(on_selection)
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(kind, point, point, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
        QCoreApplication.postEvent(table.viewport(), event)
    stamp("clicked_at")


def run_app(arguments: list[str], settle: float) -> int:
    from desktop.__main__ import main
    from desktop.ui import application

    restore_geometry, show_cached_today, open_controller = (application.restore_geometry,
                                                            application.show_cached_today, application.open_controller)

    def restored(window: Any, state: Any) -> bool:
        window.shown.connect(lambda: stamp("shown_at"))
        return restore_geometry(window, state)

    from_cache = False

    def painted(window: Any, paths: Any) -> bool:
        nonlocal from_cache
        from_cache = show_cached_today(window, paths)
        if from_cache:
            stamp("today_painted_at")
        return from_cache

    def opened(window: Any, data_dir: str | None, state: Any) -> Any:
        controller = open_controller(window, data_dir, state)
        if controller is not None:
            stamp("today_ready_at")
            print(f"today_from: {'cache' if from_cache else 'database'}", flush=True)
            click_first_row_then_settle(window.today.table, settle)
        return controller

    application.restore_geometry = restored
    application.show_cached_today = painted
    application.open_controller = opened
    return main(arguments)


def run_bare(settle: float) -> int:
    from PySide6.QtCore import QTimer, Signal
    from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import (
        QApplication,
        QHBoxLayout,
        QLabel,
        QListView,
        QMainWindow,
        QStackedWidget,
        QTableView,
        QVBoxLayout,
        QWidget,
    )

    class Window(QMainWindow):
        shown = Signal()

        def __init__(self) -> None:
            super().__init__()
            self.resize(1120, 720)
            central = QWidget()
            row = QHBoxLayout(central)
            nav_model = QStandardItemModel(self)
            for title in ("Today", "Calendar", "Opportunities", "Contacts", "Notes"):
                nav_model.appendRow(QStandardItem(title))
            nav = QListView()
            nav.setModel(nav_model)
            row.addWidget(nav)
            stack = QStackedWidget()
            page = QWidget()
            column = QVBoxLayout(page)
            column.addWidget(QLabel("Today"))
            column.addWidget(QLabel("Monday"))
            self.table = QTableView()
            items = QStandardItemModel(0, 3, self)
            for number in range(20):
                items.appendRow([QStandardItem(f"{number}:00"), QStandardItem("Thank-you note"),
                                 QStandardItem("Someone")])
            self.table.setModel(items)
            column.addWidget(self.table, 1)
            stack.addWidget(page)
            row.addWidget(stack, 1)
            self.setCentralWidget(central)
            self.statusBar().addWidget(QLabel("Data"), 1)
            for name in ("&File", "&Go", "&Help"):
                self.menuBar().addMenu(name)
            self._shown = False

        def showEvent(self, event: QShowEvent) -> None:
            super().showEvent(event)
            if not self._shown:
                self._shown = True
                QTimer.singleShot(0, self.shown.emit)

    def ready() -> None:
        stamp("shown_at")
        stamp("today_ready_at")
        click_first_row_then_settle(window.table, settle)

    app = QApplication(sys.argv[:1])
    window = Window()
    window.shown.connect(ready)
    window.show()
    return app.exec()


def main(arguments: list[str]) -> int:
    # Read by hand: argparse would be imported into the process being measured.
    settle = 3.0
    if arguments[:1] == ["--settle"]:
        settle, arguments = float(arguments[1]), arguments[2:]
    if arguments[:1] == ["app"]:
        return run_app(arguments[1:], settle)
    if arguments == ["bare"]:
        return run_bare(settle)
    raise SystemExit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
