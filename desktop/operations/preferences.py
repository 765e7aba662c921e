"""Saving the user's settings, and what follows from a change: drafts signed with a new name."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.settings import Settings
from desktop.operations import notes
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.operations.workspace import Workspace


@dataclass(frozen=True)
class SettingsSaved:
    resigned: int  # unsent notes now signed with the new name
    changes: ChangeSet


def apply_settings(workspace: Workspace, settings: Settings) -> SettingsSaved:
    """Save the settings; when the user's name changed, re-sign the drafts.

    The file is written first: a settings file that cannot be saved (OSError) leaves every draft as it was.
    """
    old_name = workspace.settings.your_name
    workspace.save_settings(settings)
    changes = ChangeSet.of(RecordKind.SETTINGS)
    if settings.your_name.strip() == old_name.strip():
        return SettingsSaved(0, changes)
    resigned = notes.resign_drafts(workspace, old_name, settings.your_name)
    return SettingsSaved(resigned, changes | ChangeSet.of(RecordKind.NOTE) if resigned else changes)
