"""Idle cost of Afterview living in the tray: CPU % of one core and wake-ups over 60 s with the window closed.

Run from the repository root:
    python benchmarks/idle.py                      # offscreen (the tray is pretended, Qt has none there)
    python benchmarks/idle.py --display :187       # a real X server with a tray host such as trayer
The app starts on a fresh data folder with the sample data, closes its window to the tray after 3 s,
settles for 5 s, then is measured from /proc/<pid>/stat (utime + stime) and the context switches of all
its threads (/proc/<pid>/task/*/status), which count how often it woke up. Budget: under 0.5 % of a core.
Linux only.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import sys
from PySide6.QtCore import QTimer
from desktop.ui import application, reminder_service

if {pretend_tray}:
    reminder_service.tray_available = lambda: True
start = application.start_background

def start_then_close(controller, *args):
    start(controller, *args)
    def close():
        controller.window.close()
        print("closed" if not controller.window.isVisible() else "still open", flush=True)
    QTimer.singleShot(3000, close)

application.start_background = start_then_close
sys.exit(application.run_gui(["--data-dir", {data!r}]))
"""


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime (fields 14 and 15 of the full line)


def context_switches(pid: int) -> dict[str, int]:
    """Each thread's context switches so far, by thread id."""
    counts = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        lines = (task / "status").read_text().splitlines()
        counts[task.name] = sum(int(line.split()[1]) for line in lines
                                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")))
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", help="X display with a tray host; offscreen when left out")
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    env = dict(os.environ)
    if args.display:
        env["DISPLAY"] = args.display
        env.pop("QT_QPA_PLATFORM", None)
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="afterview-idle-") as folder:
        data = str(Path(folder) / "data")
        subprocess.run([sys.executable, "-m", "desktop", "--data-dir", data, "sample-data"], cwd=ROOT, env=env,
                       check=True, capture_output=True)
        code = CHILD.format(pretend_tray=args.display is None, data=data)
        child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True)
        try:
            said = child.stdout.readline().strip() if child.stdout else ""
            if said != "closed":
                print(f"the window did not close to the tray ({said or 'no answer'})", file=sys.stderr)
                return 1
            time.sleep(5)  # let start-up work (icons, first plan) finish
            ticks, switches, start = cpu_ticks(child.pid), context_switches(child.pid), time.monotonic()
            time.sleep(args.seconds)
            elapsed = time.monotonic() - start
            used = (cpu_ticks(child.pid) - ticks) / os.sysconf("SC_CLK_TCK")
            after = context_switches(child.pid)
            # A thread that ended during the window takes its count with it: only threads still there are summed.
            woke = sum(count - switches.get(thread, 0) for thread, count in after.items())
            ended = len(switches.keys() - after.keys())
        finally:
            child.terminate()
            child.wait(10)
    percent = 100 * used / elapsed
    where = f"X {args.display}" if args.display else "offscreen"
    print(f"idle over {elapsed:.0f} s, window closed to the tray ({where})")
    print(f"cpu: {used:.2f} s = {percent:.3f} % of one core (budget 0.5 %)")
    print(f"context switches (wake-ups, threads alive at the end): {woke} = {woke / elapsed:.2f}/s"
          + (f" ({ended} threads ended during the window)" if ended else ""))
    return 0 if percent < 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
