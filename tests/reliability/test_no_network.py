"""The app works with no network at all; the only thing that reaches for it is an SMTP send the user asked for.

offline_app.py runs the window offscreen in a child process whose Python sockets are refused and recorded
(offline/sitecustomize.py) and, where this machine allows it, inside a new network namespace with no
interfaces (`unshare -n` as root, `unshare -rn` otherwise), which also covers Qt's own C++ sockets.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SEND_MARKER = "--- the user asked for an SMTP send ---"


def _namespace() -> list[str]:
    """The prefix that runs a command without a network, or [] where namespaces are not available."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return []
    for prefix in ([unshare, "-n"] if os.geteuid() == 0 else [], [unshare, "-rn"]):
        if prefix and subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix
    return []


def test_every_page_works_offline_and_only_a_send_reaches_out(tmp_path: Path) -> None:
    log, out = tmp_path / "network.log", tmp_path / "out"
    out.mkdir()
    log.touch()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AFTERVIEW_NETWORK_LOG": str(log),
           "PYTHONPATH": os.pathsep.join([str(HERE / "offline"), str(ROOT)])}
    prefix = _namespace()
    result = subprocess.run([*prefix, sys.executable, str(HERE / "offline_app.py"), str(tmp_path / "data"), str(out)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    steps = dict(line.removeprefix("step ").split(": ", 1) for line in result.stdout.splitlines()
                 if line.startswith("step "))
    print(f"\nnetwork blocked by: {' '.join(prefix) or 'the socket patch alone'}")
    for name, outcome in steps.items():
        print(f"  {name}: {outcome}")
    assert steps["sample data"].startswith("Sample data loaded")
    assert [steps[f"page {key}"] for key in ("today", "calendar", "opportunities", "contacts", "notes")] == [
        "TodayPage", "CalendarPage", "OpportunitiesPage", "ContactsPage", "NotesPage"]
    assert "google-export.vcf: 4 added" in steps["import"] and "google_meet_invite.ics: 1 added" in steps["import"]
    assert steps["export"].startswith("Exported ") and any((out / "Afterview export").rglob("*.ics"))
    assert steps["print"].startswith("Saved 1 page ")
    assert (out / "checklist.pdf").read_bytes().startswith(b"%PDF")
    assert steps["smtp"].startswith("connection: ")  # refused, and said in plain words
    before, _, after = log.read_text(encoding="utf-8").partition(SEND_MARKER)
    assert before == "", f"something reached for the network before any send was asked for:\n{before}"
    assert after.strip() and all("smtp" in line for line in after.strip().splitlines()), after
