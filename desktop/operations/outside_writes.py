"""Whether another process (the command line, a second window) has written to the database since a given moment,
told from this process's own writes by the data generation counter (storage/own_writes.py)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.operations.changes import NOTHING, ChangeSet
from desktop.operations.workspace import Workspace
from desktop.storage.generation import read_generation
from desktop.storage.own_writes import OWN_WRITES


@dataclass(frozen=True)
class CaughtUp:
    generation: int | None  # the counter now, to ask from next time
    changes: ChangeSet  # everything, when another process wrote since; else nothing


def generation_now(workspace: Workspace) -> int | None:
    """The data generation counter as committed now (one row read, with plain sqlite3); None when unreadable."""
    return read_generation(workspace.paths.database)


def catch_up(workspace: Workspace, since: int | None) -> CaughtUp:
    """What another process changed since the counter stood at `since`: not listed, so everything may have."""
    now = generation_now(workspace)
    if now is None or since is None or now == since:
        return CaughtUp(since if now is None else now, NOTHING)
    elsewhere = OWN_WRITES.elsewhere(workspace.paths.database, since, now)
    return CaughtUp(now, ChangeSet.everything() if elsewhere else NOTHING)
