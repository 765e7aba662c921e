"""The outcome of an import or an export, shared by every file format."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from desktop.core.card_merge import FieldDifference
from desktop.core.cards import ContactCard
from desktop.core.interview_likeness import Likeness
from desktop.core.invites import InviteEvent
from desktop.core.messages import Message, plural, together
from desktop.operations.changes import NOTHING, ChangeSet


class TransferError(Exception):
    """An import or export that could not be done; the message names the file and the reason."""


class Exported(Protocol):
    """What an export wrote: how many records, and in words ('9 contacts', '7 calendar events (3 interviews, …)')."""

    @property
    def count(self) -> int: ...

    @property
    def description(self) -> str: ...


@dataclass(frozen=True)
class ContactsExported:
    count: int

    @property
    def description(self) -> str:
        return plural("%n contact(s)", "", self.count)


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
    `left_out` has a line per event of a calendar that was not chosen ("not imported (does not look like an
    interview): ..."); `batch_id` names the import for undo (None when it changed nothing).
    """

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    zones_guessed: int = 0  # interviews whose invitation did not say which time zone they are in
    problems: list[str] = field(default_factory=list)
    changes: ChangeSet = field(default=NOTHING, compare=False)  # the records written, for the screens to reload
    differences: list[CardDifferences] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
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
        self.zones_guessed += other.zones_guessed
        self.problems.extend(other.problems)
        self.differences.extend(other.differences)
        self.left_out.extend(other.left_out)
        self.changes |= other.changes

    def describe(self) -> str:
        if self.findings:
            return together(self.findings, "; ")
        values = {"added": self.added, "updated": self.updated, "differed": self.differed,
                  "unchanged": self.unchanged, "skipped": self.skipped}
        text = (Message("{added} added, {updated} updated with new details, {differed} differ from yours, "
                        "{unchanged} unchanged, {skipped} skipped, {left_out} left out", left_out=len(self.left_out),
                        **values) if self.left_out else
                Message("{added} added, {updated} updated with new details, {differed} differ from yours, "
                        "{unchanged} unchanged, {skipped} skipped", **values))
        if self.zones_guessed:
            return together([text, plural("%n time zone(s) guessed: open the interview to choose the right one", "",
                                          self.zones_guessed)], "; ")
        return text


@dataclass
class InvitePreview:
    """A calendar file read once, each event weighed as an interview or not, waiting for the events to import.

    `likeness[i]` weighs `events[i]`; `problems` are the reader's, a line per event it could not use.
    """

    file_name: str
    events: list[InviteEvent]
    likeness: list[Likeness]
    problems: list[str] = field(default_factory=list)

    @property
    def needs_choice(self) -> bool:
        """A file of several events (a whole calendar): only some are interviews. One invitation needs none."""
        return len(self.events) > 1

    def default_choice(self) -> list[int]:
        """The positions of the events that look like current interviews (or that Afterview already holds)."""
        return [position for position, weighed in enumerate(self.likeness) if weighed.chosen]


@dataclass
class ImportReport:
    """Several files imported one after the other: a line per file, every problem, what changed, and whether the
    user cancelled (the file being read then is rolled back whole, those after it are not begun)."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    changes: ChangeSet = NOTHING
    cancelled: bool = False
    differences: list[CardDifferences] = field(default_factory=list)  # for the merge review
    to_choose: list[InvitePreview] = field(default_factory=list)  # calendars read, their events not yet chosen
    mail: list[MailFindings] = field(default_factory=list)  # what emails proposed, for the user to accept
