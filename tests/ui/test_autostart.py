"""Start at login on each platform: the Linux file for real, Windows and macOS with their platform calls replaced."""

from __future__ import annotations

import configparser
import plistlib
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui.system import autostart


@pytest.fixture
def xdg(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "autostart" / "afterview.desktop"


def test_linux_writes_and_removes_an_xdg_autostart_entry(xdg):
    assert not autostart.is_enabled("linux")
    autostart.apply(True, "linux")
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(xdg)
    assert entry["Desktop Entry"]["Type"] == "Application"
    assert entry["Desktop Entry"]["Exec"] == f"{sys.executable} -m desktop"
    assert autostart.is_enabled("linux")
    autostart.apply(True, "linux")  # applying twice is harmless
    autostart.apply(False, "linux")
    assert not xdg.exists() and not autostart.is_enabled("linux")
    autostart.apply(False, "linux")


def test_the_exec_line_quotes_as_the_desktop_entry_spec_says():
    text = autostart.desktop_entry(["/opt/My Apps/afterview", "50%", 'say "hi"'])
    assert 'Exec="/opt/My Apps/afterview" 50%% "say \\\\"hi\\\\""' in text


def test_home_is_used_without_xdg_config_home(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    autostart.apply(True, "linux")
    assert (tmp_path / ".config" / "autostart" / "afterview.desktop").exists()


def test_windows_uses_the_per_user_run_key(monkeypatch):
    registry: dict[str, str] = {}
    monkeypatch.setattr(autostart, "_read_run_value", registry.get)
    monkeypatch.setattr(autostart, "_write_run_value", registry.__setitem__)
    monkeypatch.setattr(autostart, "_delete_run_value", registry.pop)
    monkeypatch.setattr(autostart, "launch_command", lambda: [r"C:\Program Files\Afterview\Afterview.exe"])
    autostart.apply(True, "win32")
    assert registry == {"Afterview": r'"C:\Program Files\Afterview\Afterview.exe"'}
    assert autostart.is_enabled("win32")
    autostart.apply(False, "win32")
    assert registry == {} and not autostart.is_enabled("win32")
    autostart.apply(False, "win32")  # nothing to delete: no error


def test_macos_writes_a_launch_agent(tmp_path, monkeypatch):
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    monkeypatch.setattr(autostart, "launch_command", lambda: ["/Applications/Afterview.app/Contents/MacOS/Afterview"])
    autostart.apply(True, "darwin")
    plist = tmp_path / "Library" / "LaunchAgents" / "org.afterview.Afterview.plist"
    data = plistlib.loads(plist.read_bytes())
    assert data["ProgramArguments"] == ["/Applications/Afterview.app/Contents/MacOS/Afterview"]
    assert data["RunAtLoad"] is True and data["Label"] == "org.afterview.Afterview"
    assert autostart.is_enabled("darwin")
    autostart.apply(False, "darwin")
    assert not plist.exists()


def test_a_frozen_app_starts_itself(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert autostart.launch_command() == [sys.executable]


def test_the_written_command_really_starts_python(xdg):
    # The Linux path for real: the Exec line, split as a launcher would, runs this Python.
    autostart.apply(True, "linux")
    exec_line = next(line for line in xdg.read_text().splitlines() if line.startswith("Exec="))[5:]
    program = exec_line.split(" -m ")[0]
    assert subprocess.run([program, "-c", "print('ok')"], capture_output=True, text=True).stdout == "ok\n"


def test_saving_the_setting_applies_it(qtbot, xdg, workspace, tmp_path):
    from dataclasses import replace

    from PySide6.QtCore import QSettings

    from desktop.ui.controller import AppController
    from desktop.ui.main_window import MainWindow
    from desktop.ui.system.reminder_service import ReminderService

    window = MainWindow()
    qtbot.addWidget(window)
    state = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    controller = AppController(window, workspace, state)
    service = ReminderService(controller, state, notifier=None)
    assert not xdg.exists()
    controller.save_settings(replace(workspace.settings, start_at_login=True))  # as the Settings dialog does
    assert xdg.exists()
    controller.save_settings(replace(workspace.settings, start_at_login=False))
    assert not xdg.exists()
    service.scheduler.timer.stop()
