"""The outcome of an import, shared by every file format."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.card_merge import FieldDifference
from desktop.core.cards import ContactCard
from desktop.operations.changes import NOTHING, ChangeSet


class TransferError(Exception):
    """An import or export that could not be done; the message names the file and the reason."""


@dataclass(frozen=True)
class CardDifferences:
    """A stored contact whose imported card differs from it: the import kept the stored values of `fields`."""

    contact_id: int
    mine: ContactCard  # the stored card before the import
    merged: ContactCard  # the stored card as the import left it: mine, plus the new values the file added
    theirs: ContactCard  # the card in the file
    fields: tuple[FieldDifference, ...]
    file_name: str = ""
    batch_id: int | None = None  # the import that found them, which the choices are added to for undo

    @property
    def name(self) -> str:
        return self.mine.display_name


@dataclass
class ImportSummary:
    """What one import did; `problems` holds a line per record that was skipped, naming file and place.

    `differences` are the matched cards whose values differ from the stored ones and were left as they were;
    `batch_id` names the import for undo (None when it changed nothing).
    """

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    zones_guessed: int = 0  # interviews whose invitation did not say which time zone they are in
    problems: list[str] = field(default_factory=list)
    changes: ChangeSet = field(default=NOTHING, compare=False)  # the records written, for the screens to reload
    differences: list[CardDifferences] = field(default_factory=list)
    batch_id: int | None = None

    @property
    def differed(self) -> int:
        return len(self.differences)

    def merge(self, other: ImportSummary) -> None:
        self.added += other.added
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.skipped += other.skipped
        self.zones_guessed += other.zones_guessed
        self.problems.extend(other.problems)
        self.differences.extend(other.differences)
        self.changes |= other.changes

    def describe(self) -> str:
        text = (f"{self.added} added, {self.updated} updated with new details, {self.differed} differ from yours, "
                f"{self.unchanged} unchanged, {self.skipped} skipped")
        if self.zones_guessed:
            guessed = "1 time zone" if self.zones_guessed == 1 else f"{self.zones_guessed} time zones"
            text += f"; {guessed} guessed: open the interview to choose the right one"
        return text


@dataclass
class ImportReport:
    """Several files imported one after the other: a line per file, every problem, what changed, and whether the
    user cancelled (the file being read then is rolled back whole, those after it are not begun)."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    changes: ChangeSet = NOTHING
    cancelled: bool = False
    differences: list[CardDifferences] = field(default_factory=list)  # for the merge review
