"""The outcome of an import, shared by every file format."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

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


@dataclass(frozen=True)
class ProposedCard:
    """A card read from the signature of an email's sender, proposed to the user and saved only if they say so."""

    card: ContactCard
    sender: str  # 'Jane Doe <jane@acme.example>'
    subject: str
    contact_id: int | None = None  # the stored contact with the sender's address, if there is one


@dataclass(frozen=True)
class DecisionTarget:
    """An interview a promised decision date can be written to: the latest of an open opportunity."""

    interview_id: int
    label: str  # 'Northwind Analytics — Senior Data Analyst (interview Tue 8 Dec 2026)'
    decision_date: date | None  # the date it expects now, if any


@dataclass(frozen=True)
class ProposedDecision:
    """A sentence of an email promising a decision by a date, proposed for the interview it most likely follows."""

    decision_date: date
    sentence: str
    sender: str
    subject: str
    interview_id: int | None  # the guess; None when no interview could be told


@dataclass
class MailFindings:
    """What the emails of one file proposed beyond the invitations (which are imported at once)."""

    file_name: str
    cards: list[ProposedCard] = field(default_factory=list)
    decisions: list[ProposedDecision] = field(default_factory=list)
    targets: list[DecisionTarget] = field(default_factory=list)  # the interviews a decision may be applied to


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
    problems: list[str] = field(default_factory=list)
    changes: ChangeSet = field(default=NOTHING, compare=False)  # the records written, for the screens to reload
    differences: list[CardDifferences] = field(default_factory=list)
    batch_id: int | None = None
    findings: list[str] = field(default_factory=list)  # what an email held, a line each, said instead of counts
    mail: MailFindings | None = None  # what an email proposed, for the user to accept

    @property
    def differed(self) -> int:
        return len(self.differences)

    def merge(self, other: ImportSummary) -> None:
        self.added += other.added
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.skipped += other.skipped
        self.problems.extend(other.problems)
        self.differences.extend(other.differences)
        self.changes |= other.changes

    def describe(self) -> str:
        if self.findings:
            return "; ".join(self.findings)
        return (f"{self.added} added, {self.updated} updated with new details, {self.differed} differ from yours, "
                f"{self.unchanged} unchanged, {self.skipped} skipped")


@dataclass
class ImportReport:
    """Several files imported one after the other: a line per file, every problem, what changed, and whether the
    user cancelled (the file being read then is rolled back whole, those after it are not begun)."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    changes: ChangeSet = NOTHING
    cancelled: bool = False
    differences: list[CardDifferences] = field(default_factory=list)  # for the merge review
    mail: list[MailFindings] = field(default_factory=list)  # what emails proposed, for the user to accept
