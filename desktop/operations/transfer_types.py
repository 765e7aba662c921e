"""The outcome of an import, shared by every file format."""

from __future__ import annotations

from dataclasses import dataclass, field


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

    def merge(self, other: ImportSummary) -> None:
        self.added += other.added
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.skipped += other.skipped
        self.problems.extend(other.problems)

    def describe(self) -> str:
        return (f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.skipped} skipped")
