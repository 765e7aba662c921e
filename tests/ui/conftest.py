"""The main window as the user meets it, shared by the window's tests."""

from __future__ import annotations

import pytest

from tests.ui.window_helpers import open_app_window


@pytest.fixture
def app_window(qtbot, workspace, tmp_path):
    """The window and its controller, shown offscreen on the test's own database, Today listed."""
    window, controller = open_app_window(qtbot, workspace, tmp_path)
    controller.apply_icons()
    yield window, controller
    controller.runner.shutdown()  # a task a failed test left running must not outlive its thread's objects
