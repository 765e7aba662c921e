"""Private by default: after a full run of the app nothing it wrote is readable or writable by group or others.

The app runs as a user runs it, on the platform's own folders (XDG folders under a throw-away home): the command
line and the window as separate processes started with a permissive umask (022), so the owner-only modes come from
the app itself, then the window's remaining pieces (single-instance lock and socket, a rotated log, a saved
template, settings, Back up now and Restore) in this process under the umask the entry point sets.
"""

from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.dialog_helpers import shown_box
from tests.ui.task_helpers import wait_for_tasks

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
LOOSE = stat.S_IRWXG | stat.S_IRWXO
# Over the data folder's 64 KB write probe, under the sample database's size: the backup cannot be written whole.
BACKUP_TOO_BIG = 100_000

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; on Windows the profile is private")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of its own with the XDG folders in it, and no Afterview folder chosen: the platform's defaults."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.delenv("AFTERVIEW_DATA_DIR", raising=False)
    monkeypatch.delenv("AFTERVIEW_CONFIG_DIR", raising=False)
    monkeypatch.setenv("HOME", str(home))
    for variable, folder in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                             ("XDG_STATE_HOME", ".local/state"), ("XDG_CACHE_HOME", ".cache")):
        monkeypatch.setenv(variable, str(home / folder))
    return home


def afterview(*args: str, limit_file_size: int | None = None, probe: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the app as its own process, started with the usual umask 022 (and a file-size limit, to fail a write);
    `probe` runs the window through benchmarks/startup_probe.py, which quits it once it is usable."""

    def before_exec() -> None:
        os.umask(0o022)
        if limit_file_size is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead of killing it
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))

    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    entry = [str(ROOT / "benchmarks" / "startup_probe.py"), "--settle", "0", "app"] if probe else ["-m", "desktop"]
    return subprocess.run([sys.executable, *entry, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=180, preexec_fn=before_exec)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


def loose(root: Path, skip: Path | None = None) -> list[str]:
    """Every file or folder under root (root included) that gives the group or others any access."""
    found = []
    for path in [root, *root.rglob("*")]:
        if path == skip:
            continue
        mode = path.lstat().st_mode
        if mode & LOOSE and not stat.S_ISLNK(mode):
            found.append(f"{stat.filemode(mode)} {path}")
    return found


# The window, the command line and a backup all run: past 60 s on two cores busy with eight suites.
@pytest.mark.timeout(240)
def test_nothing_afterview_writes_is_readable_by_others(home: Path, tmp_path: Path, qtbot, owner_only_later) -> None:
    from desktop.storage.paths import resolve

    paths = resolve()
    assert paths.log_dir is not None and str(paths.data_dir).startswith(str(home))
    exports = tmp_path / "exports"  # a folder the app creates for `export all`
    target = tmp_path / "documents"  # the user's own folder, made before with the usual 0755: theirs to set
    target.mkdir(mode=0o755)

    # The command line, each command a process of its own.
    ok(afterview("sample-data"))
    ok(afterview("import", str(FIXTURES / "vcf" / "google-export.vcf"), str(FIXTURES / "ics" / "zoom_invite.ics")))
    ok(afterview("export", "all", str(exports)))
    ok(afterview("export", "contacts", str(target / "contacts.vcf")))
    ok(afterview("export", "calendar", str(target / "calendar.ics")))
    printed = afterview("print", "checklist", "--drafts", "--pdf", str(target / "checklist.pdf"))
    # The sample's drafts are not signed (no name is set), so they are left out and the status says so.
    assert printed.returncode == 1 and (target / "checklist.pdf").exists(), printed.stderr
    # The window, as a process (through the start-up benchmark's probe, which quits it once Today answers a click):
    # it lists Today, writes its cache, log and window state.
    assert "today_from: database" in ok(afterview(probe=True))

    # A daily backup that fails half-way, as on a full disk: nothing half-written may stay behind, at any mode.
    aside = tmp_path / "backups-aside"
    aside.mkdir()
    for backup in paths.backups_dir.iterdir():
        backup.rename(aside / backup.name)  # so that the daily backup is due again
    failed = afterview("agenda", limit_file_size=BACKUP_TOO_BIG)
    assert "backup" in failed.stderr.lower(), failed.stderr  # it was the backup that failed, not an earlier write
    assert list(paths.backups_dir.iterdir()) == []
    for backup in aside.iterdir():
        backup.rename(paths.backups_dir / backup.name)

    owner_only_later()
    window_pieces(qtbot, paths)

    written = {p.name for root in (paths.data_dir, paths.config_dir, paths.log_dir, exports, target)
               for p in root.rglob("*")}
    expected = {"afterview.sqlite3", "settings.json", "window.ini", "today-cache.json", "afterview.log",
                "afterview.log.1", "contacts.vcf", "calendar.ics", "opportunities.csv", "checklist.pdf", "notes",
                "templates", "backups"}
    assert expected <= written, expected - written
    backups = {p.name.split("-")[1] for p in paths.backups_dir.iterdir()}
    assert {"daily", "manual", "before"} <= backups, backups
    found = [*loose(paths.data_dir), *loose(paths.config_dir), *loose(paths.log_dir), *loose(exports),
             *loose(target, skip=target)]
    assert not found, "readable or writable by others:\n" + "\n".join(found)
    assert stat.S_IMODE(target.stat().st_mode) == 0o755  # the user's own folder is left as they set it


def window_pieces(qtbot, paths) -> None:
    """What only the window writes: the instance lock and hand-over socket, a rotated log, a template, settings,
    a backup taken and one restored from Settings → Backups."""
    import logging
    from dataclasses import replace

    from desktop.logs import setup_logging
    from desktop.operations import templates
    from desktop.operations.workspace import open_workspace
    from desktop.ui.bus import DataBus
    from desktop.ui.pages.base import PageContext
    from desktop.ui.settings.backups_panel import BackupsPanel
    from desktop.ui.system.single_instance import LOCK_NAME, claim

    instance = claim(paths.data_dir, [])
    assert instance is not None and instance.primary and instance.listen()
    try:
        lock = paths.data_dir / LOCK_NAME
        assert stat.S_IMODE(lock.stat().st_mode) == 0o600
        socket = Path(instance.server.fullServerName())
        assert not stat.S_IMODE(socket.stat().st_mode) & LOOSE, oct(socket.stat().st_mode)
    finally:
        instance.release()

    logger = logging.getLogger("afterview")
    before = list(logger.handlers)
    setup_logging(paths.logs_dir)
    try:
        logging.getLogger("afterview.test").info("a line before the log rotates")
        for handler in logger.handlers[len(before):]:
            handler.doRollover()
    finally:
        for handler in logger.handlers[len(before):]:
            handler.close()
            logger.removeHandler(handler)

    workspace = open_workspace()
    try:
        workspace.save_settings(replace(workspace.settings, your_name="Sam Rivera", your_email="sam@example.com"))
        templates.copy_as_new(workspace, templates.list_entries(workspace)[0])
        panel = BackupsPanel(PageContext(workspace, DataBus(), lambda *_: None))
        qtbot.addWidget(panel)
        qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
        wait_for_tasks(qtbot, panel.context.runner)
        panel.table.selectRow(0)
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(shown_box(panel).button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        wait_for_tasks(qtbot, panel.context.runner)
    finally:
        workspace.sessions.kw["bind"].dispose()


@pytest.fixture
def owner_only_later(request):
    """Set the entry point's umask when asked (after the processes, which must show that they set it themselves)."""
    return lambda: request.getfixturevalue("owner_only")


def test_folders_left_open_by_an_older_version_are_closed_at_start(home: Path, tmp_path: Path) -> None:
    from desktop.storage.paths import resolve

    paths = resolve()
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        folder.mkdir(parents=True, mode=0o755)
        folder.chmod(0o755)
    target = tmp_path / "shared"
    target.mkdir(mode=0o755)
    target.chmod(0o755)
    ok(afterview("agenda"))
    ok(afterview("export", "contacts", str(target / "contacts.vcf")))
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(target.stat().st_mode) == 0o755
    assert stat.S_IMODE((target / "contacts.vcf").stat().st_mode) == 0o600
