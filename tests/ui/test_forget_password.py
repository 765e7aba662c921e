"""Forgetting the saved SMTP password: Settings → Mail in the window, and `afterview forget-password`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.delivery import secrets
from desktop.ui.settings.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]


def mail_settings(workspace):
    return replace(workspace.settings, smtp_host="smtp.example.com", smtp_user="sam")


def test_settings_mail_forgets_the_saved_password(qtbot, workspace, memory_keyring):
    secrets.store_password("sam", "smtp.example.com", "right")
    secrets.store_password("sam", "smtp.other.net", "kept")
    dialog = SettingsDialog(mail_settings(workspace))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i) == "Mail"))
    forget = dialog.forget_password
    assert forget.button.isVisible() and forget.button.text() == "Forget the saved password"
    qtbot.mouseClick(forget.button, Qt.MouseButton.LeftButton)
    assert secrets.load_password("sam", "smtp.example.com") is None
    assert secrets.load_password("sam", "smtp.other.net") == "kept"  # another account's password is not touched
    assert forget.result.text() == ("The password for sam on smtp.example.com is forgotten; Afterview asks for it "
                                    "when you next send.")
    qtbot.mouseClick(forget.button, Qt.MouseButton.LeftButton)
    assert "nothing to forget" in forget.result.text()


def test_without_a_mail_account_there_is_nothing_to_forget(qtbot, workspace, memory_keyring):
    dialog = SettingsDialog(workspace.settings)
    qtbot.addWidget(dialog)
    assert not dialog.forget_password.button.isEnabled()


def test_the_command_line_forgets_the_saved_password(workspace, tmp_path):
    workspace.save_settings(mail_settings(workspace))
    keyring_file = tmp_path / "keyring.json"
    keyring_file.write_text(json.dumps({f"{secrets.SERVICE}\0sam@smtp.example.com": "right"}), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AFTERVIEW_TEST_KEYRING": str(keyring_file),
           "PYTHON_KEYRING_BACKEND": "tests.mail_helpers.FileKeyring"}

    def forget() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(workspace.paths.data_dir),
                               "forget-password"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)

    first = forget()
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == ("Forgot the saved password for sam on smtp.example.com; Afterview asks for it "
                                    "when you next send.")
    assert json.loads(keyring_file.read_text(encoding="utf-8")) == {}
    again = forget()
    assert again.returncode == 0 and again.stdout.strip() == "No password was saved for sam on smtp.example.com."
