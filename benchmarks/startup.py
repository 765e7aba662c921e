"""Start-up of Afterview on a large data folder, to the moment a user can act, against a bare PySide6 window.

Run from the repository root: python benchmarks/startup.py [--runs N] [--settle S]

One data folder (10,000 contacts, 2,000 interviews, 4,000 meeting notes and 4,000 thank-you notes) is built
once per run. Then Afterview (cold and warm) and a bare window (the same Qt widget classes with a table of rows;
no qtawesome, no SQLAlchemy, no app code) are launched in turn, offscreen, N times each after one unmeasured
warm-up launch of each, so that all see the same file-cache state and the same background load. All run from
compiled bytecode, as an installed app does (the warm-up writes it to the temporary folder, even under
PYTHONDONTWRITEBYTECODE). Each launch goes through benchmarks/startup_probe.py, which measures from inside the
process without any hook in desktop/ (see its docstring). For every launch, from process start (just before
Popen):
  shown:       the main window's first show;
  painted:     Today listed from the start-up cache (warm Afterview only; a cold start has nothing to paint early);
  listed:      Today listed from the database (the bare window: shown);
  usable:      that, and a click on Today's first item answered (the bare window: the same click on its table);
               also as the process's own CPU seconds at that moment, which other load on the machine barely moves;
  settled memory: resident memory S seconds (default 3) after that answer, the app having gone on with what it
               does by itself (icons, tray, reminders);
  peak memory: the child's ru_maxrss, from os.wait4 on that child alone;
  cpu:         the child's user + system time, to exit (settling included). Wall times grow with other load on
               the machine; CPU times much less so (the load average at the start is printed too).
Cold: the start-up cache (today-cache.json) deleted first, as on a first start or after the clock passed its
validity. Warm: the cache the previous launch (a whole start, like a user's) left behind.
Times and memory are medians over the N launches, each with its spread (the smallest and largest) beside it.
With --against OTHER_CHECKOUT (the tree before a change), that tree's Afterview is launched by turns with this
one's, cold and warm, on the same data and through its own probe, and printed as before_cold and before_warm.
Targets: usable within 2x the bare window warm and 4x cold; settled memory within 60 MB of the bare window.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The repository root, not this folder, so that no benchmark's file name can shadow a standard-library module.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
PROBE = ROOT / "benchmarks" / "startup_probe.py"
LAUNCH_LIMIT_S = 120  # a launch takes a few seconds; one still running after this is stuck


@dataclass(frozen=True)
class Launch:
    shown: float  # seconds from process start
    painted: float | None  # Today from the start-up cache; None when it was not used
    listed: float  # Today from the database
    usable: float  # Today from the database, and the first click on it answered
    usable_cpu: float  # the process's CPU seconds when the click was answered
    click_wait: float  # from the click posted (as soon as Today was listed) to its answer
    settled_mb: float
    peak_mb: float
    cpu: float  # user + system seconds of the whole run, to exit: a check on wall times taken on a busy machine


def launch(command: list[str], env: dict[str, str]) -> Launch:
    """Start one program through the probe, read the times it prints and its own peak memory."""
    started = time.time()
    checkout = Path(command[1]).parents[1]  # the probe's own tree, whose code it imports
    process = subprocess.Popen(command, cwd=checkout, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    assert process.stdout is not None
    # A launch that never quits (offscreen, a dialog nobody answers: an older tree refusing this tree's newer
    # database) is ended, so that the run stops with what it printed instead of waiting for good.
    ended = threading.Event()
    limit = threading.Timer(LAUNCH_LIMIT_S, lambda: (ended.set(), process.kill()))
    limit.start()
    output = process.stdout.read()
    limit.cancel()
    # os.wait4 reaps this child alone and returns its own rusage (RUSAGE_CHILDREN sums every child so far).
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if ended.is_set():
        raise SystemExit(f"{' '.join(command)} did not finish within {LAUNCH_LIMIT_S} s and was ended (a dialog "
                         f"waiting offscreen? an older tree cannot open a newer database); it printed:\n{output}")
    printed = dict(line.partition(": ")[::2] for line in output.splitlines() if ": " in line)
    wanted = ("shown_at", "today_ready_at", "clicked_at", "answered_at", "settled_rss_mb")
    if process.returncode != 0 or any(key not in printed for key in wanted):
        raise SystemExit(f"{' '.join(command)} failed (exit {process.returncode}):\n{output}")
    peak_kb = usage.ru_maxrss / 1024 if sys.platform == "darwin" else usage.ru_maxrss  # macOS reports bytes
    painted = float(printed["today_painted_at"]) - started if "today_painted_at" in printed else None
    return Launch(float(printed["shown_at"]) - started, painted, float(printed["today_ready_at"]) - started,
                  float(printed["answered_at"]) - started, float(printed["answered_at_cpu"]),
                  float(printed["answered_at"]) - float(printed["clicked_at"]), float(printed["settled_rss_mb"]),
                  peak_kb / 1024, usage.ru_utime + usage.ru_stime)


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
    parser.add_argument("--runs", type=int, default=9, help="measured launches of each program (at least 5)")
    parser.add_argument("--settle", type=float, default=3.0, help="seconds after the answered click to the memory")
    parser.add_argument("--against", type=Path, help="another checkout of Afterview, launched by turns with this one")
    args = parser.parse_args()
    if args.runs < 5:
        parser.error("--runs must be at least 5")

    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="afterview-bench-") as temporary:
        folder = Path(temporary)
        counts = build_data(folder / "data")
        # All run from compiled bytecode, as an installed app does: the warm-up launches write it to a cache in
        # the temporary folder (never beside the sources), whatever PYTHONDONTWRITEBYTECODE says here.
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(folder / "bytecode")}
        for variable in ("AFTERVIEW_DATA_DIR", "PYTHONDONTWRITEBYTECODE"):
            env.pop(variable, None)
        probe = [sys.executable, str(PROBE), "--settle", str(args.settle)]
        app = [*probe, "app", "--data-dir", str(folder / "data")]
        programs = {"cold": app, "warm": app, "bare": [*probe, "bare"]}
        if args.against:
            before = [sys.executable, str(args.against.resolve() / "benchmarks" / "startup_probe.py"),
                      *app[2:]]
            programs |= {"before_cold": before, "before_warm": before}
        cache = folder / "data" / "today-cache.json"
        results: dict[str, list[Launch]] = {name: [] for name in programs}
        for command in programs.values():  # warm-up: first-launch costs (bytecode, file caches) not counted
            launch(command, env)
        for _ in range(args.runs):
            for name, command in programs.items():
                if name.endswith("cold"):
                    cache.unlink(missing_ok=True)
                results[name].append(launch(command, env))

    def median(name: str, field: str) -> float:
        return statistics.median(getattr(r, field) for r in results[name])

    def spread(name: str, field: str, digits: int) -> str:
        """The median, then the smallest and the largest of the launches."""
        values = [getattr(r, field) for r in results[name]]
        return f"{median(name, field):.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"

    bare_usable, bare_settled = median("bare", "usable"), median("bare", "settled_mb")
    print(f"data: {', '.join(f'{table} {rows}' for table, rows in counts.items())}")
    print(f"runs: {args.runs}, settle: {args.settle:g} s")
    print(f"load_average_at_start: {load:.2f}, at_end: {os.getloadavg()[0]:.2f}")
    for name in results:
        print(f"{name}_shown_s: {spread(name, 'shown', 3)}")
        if name.endswith("warm"):
            painted = [r.painted for r in results[name] if r.painted is not None]
            print(f"{name}_today_from_cache: {len(painted)}/{len(results[name])}")
            if painted:
                print(f"{name}_painted_from_cache_s: {statistics.median(painted):.3f}")
        print(f"{name}_listed_from_database_s: {spread(name, 'listed', 3)}")
        print(f"{name}_usable_s: {spread(name, 'usable', 3)}")
        print(f"{name}_usable_cpu_s: {spread(name, 'usable_cpu', 3)}")
        print(f"{name}_click_wait_s: {spread(name, 'click_wait', 3)}")
        print(f"{name}_settled_mb: {spread(name, 'settled_mb', 1)}")
        print(f"{name}_peak_mb: {spread(name, 'peak_mb', 1)}")
        print(f"{name}_cpu_s: {spread(name, 'cpu', 3)}")
    for name in results:
        if name == "bare":
            continue
        target = 2 if name.endswith("warm") else 4
        print(f"{name}_usable_ratio: {median(name, 'usable') / bare_usable:.2f} (target {target})")
        print(f"{name}_usable_cpu_ratio: {median(name, 'usable_cpu') / median('bare', 'usable_cpu'):.2f}")
        print(f"{name}_settled_mb_over_bare: {median(name, 'settled_mb') - bare_settled:.1f} (target 60)")


if __name__ == "__main__":
    main()
