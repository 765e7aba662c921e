"""Start at login: an XDG autostart entry on Linux, the per-user Run key on Windows, a LaunchAgent on macOS.

Each platform's file or registry call sits in one small function so the Windows and macOS paths can be
tested anywhere with those functions replaced.
"""

from __future__ import annotations

import os
import plistlib
import sys
from pathlib import Path

from desktop import APP_NAME

ENTRY_NAME = "afterview"
LAUNCH_AGENT = "org.afterview.Afterview"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command() -> list[str]:
    """How to start this very installation: the frozen executable, or this Python running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "desktop"]


def apply(enabled: bool, platform: str | None = None) -> None:
    """Make the login start match the setting; raises OSError when the file or key cannot be written."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        _windows(enabled)
    elif platform == "darwin":
        _macos(enabled)
    else:
        _linux(enabled)


def is_enabled(platform: str | None = None) -> bool:
    platform = platform or sys.platform
    if platform.startswith("win"):
        return _read_run_value(APP_NAME) is not None
    if platform == "darwin":
        return _launch_agent_path().exists()
    return _desktop_entry_path().exists()


# Linux ---------------------------------------------------------------------------------------------

def _desktop_entry_path() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{ENTRY_NAME}.desktop"


RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _exec_argument(part: str) -> str:
    """One Exec argument quoted as the Desktop Entry spec asks (double quotes; not shell quoting)."""
    part = part.replace("%", "%%")
    if not RESERVED & set(part):
        return part
    for char in ("\\", '"', "`", "$"):
        part = part.replace(char, "\\" + char)
    return f'"{part}"'


def desktop_entry(command: list[str]) -> str:
    # The file's own string escaping applies on top of the Exec quoting: each backslash is doubled again.
    exec_line = " ".join(_exec_argument(part) for part in command).replace("\\", "\\\\")
    return "\n".join([
        "[Desktop Entry]", "Type=Application", f"Name={APP_NAME}",
        "Comment=Thank-you notes and follow-up reminders after an interview",
        f"Exec={exec_line}", "Icon=afterview", "Terminal=false", "X-GNOME-Autostart-enabled=true", ""])


def _linux(enabled: bool) -> None:
    path = _desktop_entry_path()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_text(path, desktop_entry(launch_command()))


# macOS ---------------------------------------------------------------------------------------------

def _launch_agent_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT}.plist"


def launch_agent(command: list[str]) -> bytes:
    return plistlib.dumps({"Label": LAUNCH_AGENT, "ProgramArguments": command, "RunAtLoad": True,
                           "ProcessType": "Interactive"})


def _macos(enabled: bool) -> None:
    path = _launch_agent_path()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_bytes(path, launch_agent(launch_command()))


# Windows -------------------------------------------------------------------------------------------

def _windows(enabled: bool) -> None:
    if enabled:
        _write_run_value(APP_NAME, _windows_command_line(launch_command()))
    elif _read_run_value(APP_NAME) is not None:
        _delete_run_value(APP_NAME)


def _windows_command_line(command: list[str]) -> str:
    import subprocess

    return subprocess.list2cmdline(command)


def _read_run_value(name: str) -> str | None:
    import winreg  # type: ignore[import-not-found]

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            return str(winreg.QueryValueEx(key, name)[0])
    except FileNotFoundError:
        return None


def _write_run_value(name: str, value: str) -> None:
    import winreg  # type: ignore[import-not-found]

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)


def _delete_run_value(name: str) -> None:
    import winreg  # type: ignore[import-not-found]

    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
        winreg.DeleteValue(key, name)


# Files, written whole so a crash never leaves half an entry ---------------------------------------

def _write_text(path: Path, text: str) -> None:
    _write_bytes(path, text.encode("utf-8"))


def _write_bytes(path: Path, data: bytes) -> None:
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)

