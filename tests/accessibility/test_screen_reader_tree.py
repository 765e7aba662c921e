"""What a screen reader finds, for real: the app under Xvfb with Qt's AT-SPI bridge on, its accessibility tree
walked with pyatspi over the session's AT-SPI bus. Every control that takes the focus must have a name, and the
names a user listens for on each page (expected_names.json, beside this test) must be there.

Needs Debian's xvfb, dbus, at-spi2-core and python3-pyatspi (.ci/run installs them); skipped without them.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")
PAGES = ("today", "calendar", "opportunities", "contacts", "notes")
EXPECTED = {"en": "expected_names.json", "de": "expected_names_de.json"}  # the names listened for, per page and dialog


def _have_pyatspi() -> bool:
    return SYSTEM_PYTHON.exists() and subprocess.run([str(SYSTEM_PYTHON), "-c", "import pyatspi"],
                                                     capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("dbus-daemon") and LAUNCHER.exists() and _have_pyatspi()),
    reason="needs Xvfb, dbus-daemon, at-spi2-core and python3-pyatspi")


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A display, a session bus and the AT-SPI bus on it; the environment to start the app in."""
    display = f":{200 + os.getpid() % 500}"
    started = [subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                         capture_output=True, text=True, check=True).stdout.split()
    env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": bus[0],
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1", "QT_QPA_PLATFORM": "xcb",
           "NO_AT_BRIDGE": "0"}
    started.append(subprocess.Popen([str(LAUNCHER), "--launch-immediately"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    time.sleep(1)
    data = tmp_path_factory.mktemp("a11y") / "data"
    subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "sample-data"], env=env, check=True,
                   capture_output=True, timeout=60)
    yield {**env, "AFTERVIEW_DATA_DIR": str(data)}
    for process in reversed(started):
        process.terminate()
        process.wait(timeout=10)
    os.kill(int(bus[1]), signal.SIGTERM)


def tree_of(page: str, env: dict[str, str]) -> list[dict]:
    """The accessibility tree of the window showing `page`."""
    data = Path(env["AFTERVIEW_DATA_DIR"])
    (data / "window.ini").write_text(f"[window]\npage={page}\n", encoding="utf-8")
    app = subprocess.Popen([sys.executable, "-m", "desktop"], env=env, cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        walked = subprocess.run([str(SYSTEM_PYTHON), str(HERE / "atspi_walk.py"), "Afterview", "3"], env=env,
                                capture_output=True, text=True, timeout=90)
    finally:
        app.terminate()
        app.wait(timeout=30)
    nodes = json.loads(walked.stdout or "{}")
    assert isinstance(nodes, list), f"{nodes} {walked.stderr}"
    return nodes


@pytest.mark.parametrize("page", PAGES)
def test_every_control_on_the_page_has_a_name_and_the_expected_ones_are_there(session, page):
    nodes = tree_of(page, session)
    nameless = [f"{n['role']} (a {n['role']} with no name)" for n in nodes
                if n["focusable"] and not n["name"].strip() and n["role"] not in ("table cell", "list item")]
    assert not nameless, f"controls a screen reader cannot name on {page}: {nameless}"
    expected = json.loads((HERE / "expected_names.json").read_text(encoding="utf-8"))[page]
    names = {n["name"] for n in nodes}
    assert not [name for name in expected if name not in names], f"missing on {page}"
    tables = [n for n in nodes if n["role"] in ("table", "list")]
    assert tables, f"{page} shows no list or table to a screen reader"


@pytest.fixture(scope="module", params=["en", "de"])
def visited(request: pytest.FixtureRequest, session: dict[str, str], tmp_path_factory: pytest.TempPathFactory
            ) -> tuple[str, dict[str, list[dict]]]:
    """Every page and dialog in one language, as packaging/screenshots.py opens them: each one's tree."""
    out = tmp_path_factory.mktemp("visit") / f"{request.param}.json"
    env = {key: value for key, value in session.items() if key != "AFTERVIEW_DATA_DIR"}
    walk = subprocess.run([sys.executable, str(HERE / "visit_walk.py"), request.param, str(out)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=1800)
    assert out.exists(), walk.stderr[-3000:]
    return request.param, json.loads(out.read_text(encoding="utf-8"))


def test_every_page_and_dialog_names_its_controls_in_english_and_german(visited):
    language, trees = visited
    expected = json.loads((HERE / EXPECTED[language]).read_text(encoding="utf-8"))
    assert set(trees) >= {"01-today", "06-card", "09-call", "11-checklist", "13-settings-1", "30-card-review",
                          "31-merge-review", "32-send-time", "33-debrief", "34-calendar-choice", "35-mail-findings",
                          "36-missed-notes", "37-contact-picker"}, sorted(trees)
    for stop, nodes in trees.items():
        assert nodes, f"{stop}: the walk found nothing"
        nameless = [n["role"] for n in nodes
                    if n["focusable"] and not n["name"].strip() and n["role"] not in ("table cell", "list item")]
        assert not nameless, f"controls a screen reader cannot name at {stop} ({language}): {nameless}"
        names = {n["name"] for n in nodes}
        key = stop.partition("-")[2]
        missing = [name for name in expected.get(key, []) if name not in names]
        assert not missing, f"missing at {stop} ({language}): {missing}"
