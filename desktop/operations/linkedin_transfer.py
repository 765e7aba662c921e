"""Importing LinkedIn's Connections.csv as contacts, merged with the card file as a vCard's cards are."""

from __future__ import annotations

from pathlib import Path

from desktop.core.cards import ImportProblem
from desktop.core.domain import CaptureMethod
from desktop.core.linkedin import read_connections
from desktop.core.phrases import MONTHS
from desktop.operations.progress import NO_PROGRESS, Progress
from desktop.operations.transfer_types import ImportSummary, TransferError
from desktop.operations.vcard_transfer import import_cards, read_file
from desktop.operations.workspace import Workspace


def import_linkedin(workspace: Workspace, path: Path, *, prefer_theirs: bool = False,
                    progress: Progress = NO_PROGRESS) -> ImportSummary:
    """Add the connections as contacts with their profile address; one already in the card file (same email,
    profile, or name at the same company) gets only what it lacks, and differences go to the merge review."""
    progress.update(0, 0, path.name)
    try:
        result = read_connections(read_file(path), path.name)
    except ImportProblem as problem:
        raise TransferError(problem.args[0]) from None
    for card, connected in zip(result.cards, result.connected_on, strict=True):
        if connected is not None:
            card.notes = (f"LinkedIn connection since {connected.day} {MONTHS[connected.month - 1].title()} "
                          f"{connected.year}.")
    return import_cards(workspace, path.name, result.cards, CaptureMethod.LINKEDIN, skipped=result.skipped,
                        problems=result.problems, notes_if_new=True, prefer_theirs=prefer_theirs, progress=progress)
