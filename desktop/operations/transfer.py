"""Import and export: choose the file format from the file name and run it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.operations.workspace import Workspace


class TransferError(Exception):
    """An import or export that could not be done; the message names the file and the reason."""


@dataclass
class ImportSummary:
    """What one import did; `problems` holds a line per record that was skipped, naming file and place."""

    added: int = 0
    updated: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)

    def merge(self, other: ImportSummary) -> None:
        self.added += other.added
        self.updated += other.updated
        self.skipped += other.skipped
        self.problems.extend(other.problems)

    def describe(self) -> str:
        return f"{self.added} added, {self.updated} updated, {self.skipped} skipped"


IMPORTERS: dict[str, str] = {}
EXPORTS: dict[str, str] = {"contacts": ".vcf", "calendar": ".ics"}


def import_file(workspace: Workspace, path: Path) -> ImportSummary:
    """Import one file, picking the format by its extension."""
    suffix = path.suffix.lower()
    if suffix not in IMPORTERS:
        raise TransferError(f"{path.name}: importing {suffix or 'files without an extension'} is not supported yet")
    raise TransferError(f"{path.name}: importing {suffix} is not supported yet")


def export(workspace: Workspace, what: str, path: Path) -> int:
    """Export `what` (contacts or calendar) to `path`; returns how many records were written."""
    if what not in EXPORTS:
        raise TransferError(f"cannot export '{what}': choose one of {', '.join(EXPORTS)}")
    raise TransferError(f"exporting {what} is not supported yet")
