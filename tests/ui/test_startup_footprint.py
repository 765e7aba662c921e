"""What a start loads and keeps: the app started as a user starts it, in a child process, looked at once Today is
listed from the database and the reminders, the tray and the scheduled notes' timer have started."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Patched from outside, as benchmarks/startup_probe.py does: open_controller lists Today from the database, and
# start_background is the start's last step.
CHILD = """
import linecache, sys
from desktop.ui import application
from PySide6.QtCore import QCoreApplication, QTimer

opened, started = application.open_controller, application.start_background

def listed(*args):
    controller = opened(*args)  # Today listed from the database: the user can act
    from desktop.storage.models import Base
    print("MAPPERS_SET_UP", any(mapper.configured for mapper in Base.registry.mappers))
    return controller

def background(*args):
    started(*args)
    held = [name for name, entry in linecache.cache.items() if len(entry) > 2]  # lazy entries hold no lines
    print("MODULES", " ".join(sorted(sys.modules)))
    print("LINECACHE", " ".join(held))
    QTimer.singleShot(0, QCoreApplication.instance().quit)

application.open_controller, application.start_background = listed, background
from desktop.__main__ import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""

SENDING_SIDE = ("smtplib", "keyring", "spellchecker", "email_validator", "desktop.delivery.smtp",
                "desktop.delivery.secrets", "desktop.core.spelling", "desktop.core.note_checks",
                "desktop.operations.send_later", "desktop.operations.mail_password")


@pytest.fixture
def started(sample_workspace, tmp_path) -> dict[str, list[str]]:
    """The modules loaded and the files held in linecache, from the start of an app with the sample data."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    done = subprocess.run([sys.executable, "-c", CHILD, str(sample_workspace.paths.data_dir)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    printed = [line for line in done.stdout.splitlines() if line.startswith(("MODULES", "LINECACHE", "MAPPERS"))]
    lines = dict(line.partition(" ")[::2] for line in printed)
    return {key: value.split() for key, value in lines.items()}


def test_a_start_loads_nothing_of_the_sending_side(started):
    modules = set(started["MODULES"])
    assert {"desktop.ui.pages.today", "desktop.ui.system.reminder_service", "sqlalchemy"} <= modules
    assert sorted(m for m in modules if m.split(".")[0] in SENDING_SIDE or m in SENDING_SIDE) == []


def test_a_start_keeps_no_module_source_in_memory(started):
    """PySide6's import hook read every module's source through linecache, which kept it (22 MiB at start)."""
    sources = [name for name in started["LINECACHE"] if name.endswith(".py")]
    assert [name for name in sources if "/desktop/" in name or "/sqlalchemy/" in name] == []


def test_today_is_listed_before_the_orm_sets_its_mappers_up(started):
    """Mapping every model costs a start 40 ms; Today and Edit → Undo import read plain columns from the tables."""
    assert started["MAPPERS_SET_UP"] == ["False"]
