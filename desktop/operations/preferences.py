"""Saving the user's settings, and what follows from a change: drafts signed with a new name."""

from __future__ import annotations

from desktop.core.settings import Settings
from desktop.operations import notes
from desktop.operations.workspace import Workspace


def apply_settings(workspace: Workspace, settings: Settings) -> int:
    """Save the settings; when the user's name changed, re-sign the drafts. Returns how many were re-signed.

    The file is written first: a settings file that cannot be saved (OSError) leaves every draft as it was.
    """
    old_name = workspace.settings.your_name
    workspace.save_settings(settings)
    if settings.your_name.strip() == old_name.strip():
        return 0
    return notes.resign_drafts(workspace, old_name, settings.your_name)
