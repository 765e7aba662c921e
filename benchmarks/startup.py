"""Start-up time and memory of Afterview on a large data folder, against a bare PySide6 window.

Run from the repository root: python benchmarks/startup.py [--runs N]

One data folder (10,000 contacts, 2,000 interviews, 4,000 meeting notes and 4,000 thank-you notes) is built
once per run. Then Afterview and a bare window (the same Qt widget classes; no qtawesome, no SQLAlchemy, no
app code) are launched alternately, offscreen, N times each after one unmeasured warm-up launch of each, so
that both see the same file-cache state and the same background load. Both run from compiled bytecode, as
an installed app does (the warm-up writes it to the temporary folder, even under PYTHONDONTWRITEBYTECODE).
For every launch:
  shown:       process start (just before Popen) to the main window's first showEvent, as printed by the
               program (`shown_at`, from a zero-delay timer queued in showEvent);
  today_ready: process start to Today listing its items (`today_ready_at`). The bare window has no data,
               so its "today ready" is its shown time;
  peak memory: the child's ru_maxrss, read from os.wait4 on that child alone;
  cpu:         the child's user + system time, to exit. Wall times grow with other load on the machine;
               CPU times much less so (the load average at the start is printed too).
Afterview is launched twice per round: warm (Today listed from its start-up cache, which the previous
launch left and which is used only when the database's data generation, the settings, the zone and the
clock say it is current) and cold (the cache deleted first, so Today is read through SQLAlchemy). The
ratios are for the warm launch, a user's ordinary start; the cold figures are printed beside them.
Times are medians over the N launches; peak memory is the largest over them.
Targets: startup_ratio <= 1.3, today_ready_ratio <= 2.0, peak memory within 40 MB of the bare window.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The repository root, not this folder, so that no benchmark's file name can shadow a standard-library module.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

BARE_WINDOW = '''
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListView, QMainWindow, QStackedWidget,
                               QTableView, QVBoxLayout, QWidget)


class Window(QMainWindow):
    def __init__(self):
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
        column.addWidget(QTableView(), 1)
        stack.addWidget(page)
        row.addWidget(stack, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(QLabel("Data"), 1)
        for name in ("&File", "&Go", "&Help"):
            self.menuBar().addMenu(name)
        self._shown = False

    def showEvent(self, event):
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            QTimer.singleShot(0, self._report)

    def _report(self):
        print(f"shown_at: {time.time():.6f}", flush=True)
        QApplication.instance().quit()


app = QApplication(sys.argv)
window = Window()
window.show()
sys.exit(app.exec())
'''


@dataclass(frozen=True)
class Launch:
    shown: float  # seconds from process start
    today_ready: float
    peak_mb: float
    cpu: float  # user + system seconds of the whole run, to exit: a check on wall times taken on a busy machine
    today_from: str = ""  # "cache" or "database", as the app reports it


def launch(command: list[str], env: dict[str, str]) -> Launch:
    """Start one program, read the times it prints and its own peak memory."""
    started = time.time()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    assert process.stdout is not None
    output = process.stdout.read()
    # os.wait4 reaps this child alone and returns its own rusage (RUSAGE_CHILDREN sums every child so far).
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    stamps = {}
    source = ""
    for line in output.splitlines():
        key, _, value = line.partition(": ")
        if key in ("shown_at", "today_ready_at"):
            stamps[key] = float(value)
        elif key == "today_from":
            source = value.strip()
    if process.returncode != 0 or "shown_at" not in stamps:
        raise SystemExit(f"{' '.join(command)} failed (exit {process.returncode}):\n{output}")
    shown = stamps["shown_at"] - started
    ready = stamps.get("today_ready_at", stamps["shown_at"]) - started
    peak_kb = usage.ru_maxrss / 1024 if sys.platform == "darwin" else usage.ru_maxrss  # macOS reports bytes
    return Launch(shown, ready, peak_kb / 1024, usage.ru_utime + usage.ru_stime, source)


def build_data(data_dir: Path) -> dict[str, int]:
    """The data folder, built in a child process: a child's ru_maxrss starts from its parent's size at fork
    (Linux keeps the high-water mark across exec), so this process must stay smaller than what it measures."""
    script = ("import json, sys; from pathlib import Path; from benchmarks import startup_data; "
              "print(json.dumps(startup_data.build(Path(sys.argv[1]))))")
    done = subprocess.run([sys.executable, "-c", script, str(data_dir)], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="measured launches of each program (at least 7)")
    args = parser.parse_args()
    if args.runs < 7:
        parser.error("--runs must be at least 7")

    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="afterview-bench-") as temporary:
        folder = Path(temporary)
        counts = build_data(folder / "data")
        bare_script = folder / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        # Both programs run from compiled bytecode, as an installed app does: the warm-up launches write it to a
        # cache in the temporary folder (never beside the sources), whatever PYTHONDONTWRITEBYTECODE says here.
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AFTERVIEW_EXIT_WHEN_SHOWN": "1",
               "PYTHONPYCACHEPREFIX": str(folder / "bytecode")}
        for variable in ("AFTERVIEW_DATA_DIR", "PYTHONDONTWRITEBYTECODE"):
            env.pop(variable, None)
        # What the installed `afterview` launcher runs (pyproject's gui-scripts), without `-m`'s runpy.
        launcher = "import sys; from desktop.__main__ import main; sys.exit(main())"
        app = [sys.executable, "-c", launcher, "--data-dir", str(folder / "data")]
        programs = {"afterview_cold": app, "afterview": app, "bare": [sys.executable, str(bare_script)]}
        cache = folder / "data" / "today-cache.json"
        results: dict[str, list[Launch]] = {name: [] for name in programs}
        for command in programs.values():  # warm-up: first-launch costs (bytecode, file caches) not counted
            launch(command, env)
        for _ in range(args.runs):
            for name, command in programs.items():
                if name == "afterview_cold":
                    cache.unlink(missing_ok=True)
                results[name].append(launch(command, env))

    def median(name: str, field: str) -> float:
        return statistics.median(getattr(r, field) for r in results[name])

    app_peak = max(r.peak_mb for r in results["afterview"])
    bare_peak = max(r.peak_mb for r in results["bare"])
    bare_shown = median("bare", "shown")
    print(f"data: {', '.join(f'{table} {rows}' for table, rows in counts.items())}")
    print(f"runs: {args.runs}")
    print(f"load_average_at_start: {load:.2f}")
    print(f"afterview_shown_s: {median('afterview', 'shown'):.3f}")
    print(f"afterview_today_ready_s: {median('afterview', 'today_ready'):.3f}")
    print(f"afterview_cold_shown_s: {median('afterview_cold', 'shown'):.3f}")
    print(f"afterview_cold_today_ready_s: {median('afterview_cold', 'today_ready'):.3f}")
    print(f"afterview_cold_peak_mb: {max(r.peak_mb for r in results['afterview_cold']):.1f}")
    for name in ("afterview", "afterview_cold"):
        cached = sum(r.today_from == "cache" for r in results[name])
        print(f"{name}_today_from_cache: {cached}/{len(results[name])}")
    print(f"today_ready_cold_ratio: {median('afterview_cold', 'today_ready') / bare_shown:.2f}")
    print(f"bare_shown_s: {bare_shown:.3f}")
    print(f"bare_today_ready_s: {median('bare', 'today_ready'):.3f}")
    print(f"afterview_cpu_s: {median('afterview', 'cpu'):.3f}")
    print(f"bare_cpu_s: {median('bare', 'cpu'):.3f}")
    print(f"afterview_peak_mb: {app_peak:.1f}")
    print(f"bare_peak_mb: {bare_peak:.1f}")
    print(f"peak_mb_over_bare: {app_peak - bare_peak:.1f}")
    print(f"today_ready_ratio: {median('afterview', 'today_ready') / bare_shown:.2f}")
    print(f"startup_ratio: {median('afterview', 'shown') / bare_shown:.2f}")


if __name__ == "__main__":
    main()
