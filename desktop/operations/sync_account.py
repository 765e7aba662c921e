"""Whether a sync account is set up, asked without loading the DAV client (caldav, niquests, lxml): the window
asks after every change and on a timer, and most people never sync."""

from __future__ import annotations

from desktop.operations.workspace import Workspace
from desktop.storage.models import SyncAccount


def has_sync_account(workspace: Workspace) -> bool:
    with workspace.session() as session:
        return session.get(SyncAccount, 1) is not None
