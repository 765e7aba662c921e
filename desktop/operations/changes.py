"""What an operation changed: which kinds of record, and which of them, so only the screens showing them reload."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class RecordKind(StrEnum):
    CONTACT = "contact"
    INTERVIEW = "interview"
    OPPORTUNITY = "opportunity"
    NOTE = "note"
    CALL = "call"
    REMINDER = "reminder"
    SETTINGS = "settings"
    TEMPLATE = "template"  # a note template: a file in the data folder, not a database row


@dataclass(frozen=True)
class ChangeSet:
    """Kinds of record an operation changed, each with the ids it changed; an empty id set means "not listed"
    (a restored backup replaced everything). A change set with no kinds changed nothing."""

    changed: Mapping[RecordKind, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, kind: RecordKind, ids: Iterable[int] = ()) -> ChangeSet:
        """These records of one kind; without ids, any record of the kind may have changed."""
        return cls({kind: frozenset(ids)})

    @classmethod
    def everything(cls) -> ChangeSet:
        """Every kind, ids not listed: what a restore or a hand-written "something changed" means."""
        return cls(dict.fromkeys(RecordKind, frozenset()))

    def __bool__(self) -> bool:
        return bool(self.changed)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        merged = dict(self.changed)
        for kind, ids in other.changed.items():
            if kind in merged and not (merged[kind] and ids):
                merged[kind] = frozenset()  # one side changed every record of the kind: so did both together
            else:
                merged[kind] = merged.get(kind, frozenset()) | ids
        return ChangeSet(merged)

    def kinds(self) -> frozenset[RecordKind]:
        return frozenset(self.changed)

    def affects(self, kinds: Iterable[RecordKind]) -> bool:
        """True when any of these kinds changed."""
        return not self.kinds().isdisjoint(kinds)

    def ids(self, kind: RecordKind) -> frozenset[int] | None:
        """The changed ids of a kind; None when every record of it may have changed; empty when none did."""
        if kind not in self.changed:
            return frozenset()
        return self.changed[kind] or None


NOTHING = ChangeSet()


@dataclass(frozen=True)
class Created:
    """A record an operation added: its id, and the change set saying so."""

    id: int
    changes: ChangeSet

    @classmethod
    def of(cls, kind: RecordKind, record_id: int) -> Created:
        return cls(record_id, ChangeSet.of(kind, [record_id]))


def changes_in(result: object) -> ChangeSet:
    """The change set an operation's result carries: the result itself, or its `changes`, else nothing."""
    if isinstance(result, ChangeSet):
        return result
    found = getattr(result, "changes", NOTHING)
    return found if isinstance(found, ChangeSet) else NOTHING
