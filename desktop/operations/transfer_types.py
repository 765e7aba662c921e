"""The outcome of an import, shared by every file format."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.operations.changes import NOTHING, ChangeSet


class TransferError(Exception):
    """An import or export that could not be done; the message names the file and the reason."""


@dataclass
class ImportSummary:
    """What one import did; `problems` holds a line per record that was skipped, naming file and place."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)
    changes: ChangeSet = field(default=NOTHING, compare=False)  # the records written, for the screens to reload

    def merge(self, other: ImportSummary) -> None:
        self.added += other.added
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.skipped += other.skipped
        self.problems.extend(other.problems)
        self.changes |= other.changes

    def describe(self) -> str:
        return (f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.skipped} skipped")


@dataclass
class ImportReport:
    """Several files imported one after the other: a line per file, every problem, what changed, and whether the
    user cancelled (the file being read then is rolled back whole, those after it are not begun)."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    changes: ChangeSet = NOTHING
    cancelled: bool = False
