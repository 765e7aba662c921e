"""Compare the frozen Afterview bundle with a minimal PySide6 window app frozen by the same PyInstaller.

    python benchmarks/bundle.py [--runs 5] [--workdir DIR] [--app-bundle DIST/afterview]

Prints `key: value` lines: size on disk of both one-folder bundles, size of each as .tar.gz,
and the median time from launch to the first window shown (Qt offscreen), with the ratios
app/baseline as `bundle_size_ratio` and `bundle_start_ratio`. Targets: size <= 1.25, start <= 1.3.

The first-window time relies on both programs honouring AFTERVIEW_EXIT_WHEN_SHOWN=1: print
`shown_at: <time.time()>` on stdout once the main window is shown, then quit with status 0.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "afterview.spec"
SHOWN_VARIABLE = "AFTERVIEW_EXIT_WHEN_SHOWN"
BASELINE_SOURCE = f'''\
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Baseline")
window.resize(800, 600)
window.show()
if os.environ.get("{SHOWN_VARIABLE}"):
    def report():
        print(f"shown_at: {{time.time():.6f}}", flush=True)
        app.quit()
    QTimer.singleShot(0, report)
sys.exit(app.exec())
'''


def pyinstaller(*args: str, cwd: Path) -> None:
    """Run the PyInstaller that belongs to this interpreter; fail loudly with its log."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", *args]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"PyInstaller failed ({' '.join(args)}):\n{result.stderr[-4000:]}")


def build_baseline(workdir: Path) -> Path:
    """Freeze the minimal window app with PyInstaller's defaults (one folder, windowed)."""
    source = workdir / "baseline.py"
    source.write_text(BASELINE_SOURCE, encoding="utf-8")
    pyinstaller("--onedir", "--windowed", "--name", "baseline", "--distpath", str(workdir / "dist"),
                "--workpath", str(workdir / "build-baseline"), "--specpath", str(workdir), str(source), cwd=workdir)
    return workdir / "dist" / "baseline"


def build_app(workdir: Path) -> Path:
    """Freeze Afterview with packaging/afterview.spec."""
    pyinstaller("--distpath", str(workdir / "dist"), "--workpath", str(workdir / "build-app"), str(SPEC), cwd=ROOT)
    return workdir / "dist" / "afterview"


def tree_bytes(folder: Path) -> int:
    """Bytes of the regular files in the tree, symlinks not followed (what `du --apparent-size` counts)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def targz_bytes(folder: Path, target: Path) -> int:
    """Size of the folder packed as .tar.gz, the form the Linux tarball is shipped in."""
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:  # what `tar -czf` uses
        archive.add(folder, arcname=folder.name)
    return target.stat().st_size


def executable(bundle: Path) -> Path:
    name = bundle.name + (".exe" if sys.platform == "win32" else "")
    return bundle / name


def seconds_to_window(command: list[str]) -> float:
    """Seconds from process start to the `shown_at: <timestamp>` line the program prints."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", SHOWN_VARIABLE: "1"}
    started = time.time()
    result = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=120, check=False)
    shown = [line for line in result.stdout.splitlines() if line.startswith("shown_at:")]
    if result.returncode != 0 or not shown:
        raise SystemExit(f"{command[0]} did not report a shown window (exit {result.returncode}):\n"
                         f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return float(shown[0].split()[1]) - started


def times_to_window(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median seconds to the first window of each program, launched in turn (one unmeasured warm-up each),
    so that both see the same file caches and the same load from whatever else the machine is doing."""
    for command in commands.values():
        seconds_to_window(command)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(seconds_to_window(command))
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workdir", type=Path, help="keep the builds here (default: a temporary folder)")
    parser.add_argument("--app-bundle", type=Path, help="an already built dist/afterview to measure instead")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="afterview-bench-") as temporary:
        workdir = (options.workdir or Path(temporary)).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
        baseline = build_baseline(workdir)
        app = options.app_bundle.resolve() if options.app_bundle else build_app(workdir)

        figures: dict[str, str] = {}
        sizes = {name: tree_bytes(bundle) for name, bundle in (("baseline", baseline), ("app", app))}
        packed = {name: targz_bytes(bundle, workdir / f"{name}.tar.gz") for name, bundle in
                  (("baseline", baseline), ("app", app))}
        for name in ("baseline", "app"):
            figures[f"{name}_bundle_mib"] = f"{sizes[name] / 2**20:.1f}"
            figures[f"{name}_targz_mib"] = f"{packed[name] / 2**20:.1f}"
        figures["bundle_size_ratio"] = f"{sizes['app'] / sizes['baseline']:.2f}"
        figures["targz_size_ratio"] = f"{packed['app'] / packed['baseline']:.2f}"

        figures["start_measure"] = (f"launch to first window shown, offscreen, median of {options.runs}, "
                                    "the two programs launched in turn")
        starts = times_to_window({"baseline": [str(executable(baseline))],
                                  "app": [str(executable(app)), "--data-dir", str(workdir / "data")]}, options.runs)
        start_baseline, start_app = starts["baseline"], starts["app"]
        figures["baseline_start_s"] = f"{start_baseline:.3f}"
        figures["app_start_s"] = f"{start_app:.3f}"
        figures["bundle_start_ratio"] = f"{start_app / start_baseline:.2f}"

    for key, value in figures.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
