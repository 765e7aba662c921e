"""Merging an imported card into a stored one without replacing what the user typed or checked.

New values are added (an email or a phone number the card lacks, a field that was empty); values that
differ are not applied but returned as differences, for the user to choose from in a merge review.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.core.cards import CARD_FIELD_LABELS, ContactCard, LabelledValue
from desktop.core.contact_rules import format_phone, phone_key
from desktop.core.messages import english
from desktop.core.person_names import split_name

NAME_PARTS = ("given_name", "family_name")
ADDRESS_PARTS = ("street", "postal_code", "locality", "region", "country")
# The fields a review lists. The name covers the given and family names too: they are the same name in
# parts, taken or kept together. The address is one field too: half of one address and half of another
# would be a place nobody lives.
FIELD_LABELS = {name: label for name, label in CARD_FIELD_LABELS.items() if name not in NAME_PARTS + ADDRESS_PARTS}
ADDRESS = "address"
LIST_LABELS = {"emails": english("Emails"), "phones": english("Phones")}


class Choice(StrEnum):
    """What to keep of one field that differs."""

    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"  # lists only: yours and theirs together


@dataclass(frozen=True)
class FieldDifference:
    """One field where the stored card and the imported one disagree, as the user reads each side."""

    field: str  # a key of FIELD_LABELS or LIST_LABELS, or ADDRESS
    label: str
    yours: str
    theirs: str

    @property
    def is_list(self) -> bool:
        return self.field in LIST_LABELS

    @property
    def choices(self) -> tuple[Choice, ...]:
        return (Choice.MINE, Choice.THEIRS, Choice.BOTH) if self.is_list else (Choice.MINE, Choice.THEIRS)

    @property
    def kept_as_imported(self) -> Choice:
        """The choice that leaves the field as the import left it: yours, plus their new emails and phones."""
        return Choice.BOTH if self.is_list else Choice.MINE


@dataclass
class CardMerge:
    """The stored card with the imported card's new values added, and what differs between the two."""

    card: ContactCard
    added: bool  # something new was added
    differences: list[FieldDifference] = field(default_factory=list)


def _email_key(value: str) -> str:
    return value.strip().casefold()


def _keys(values: list[LabelledValue], list_field: str, region: str) -> set[str]:
    key = _email_key if list_field == "emails" else lambda v: phone_key(v, region)
    return {key(v.value) for v in values}


def _union(mine: list[LabelledValue], theirs: list[LabelledValue], list_field: str,
           region: str) -> list[LabelledValue]:
    """Mine, then theirs that mine lacks (emails compared without case, phone numbers as numbers)."""
    key = _email_key if list_field == "emails" else lambda v: phone_key(v, region)
    known = {key(v.value) for v in mine}
    result = list(mine)
    for value in theirs:
        if (k := key(value.value)) and k not in known:
            known.add(k)
            result.append(LabelledValue(value.value, value.label))
    return result


def _shown(values: list[LabelledValue], list_field: str, region: str) -> str:
    """A list as the user reads it, a value a line; numbers in the user's format."""
    shown = (lambda v: v) if list_field == "emails" else lambda v: format_phone(v, region)
    return "\n".join(f"{shown(v.value)} ({v.label})" for v in values)


def _copy(card: ContactCard) -> ContactCard:
    copy = ContactCard(**{**card.__dict__, "emails": [], "phones": []})
    copy.emails = [LabelledValue(v.value, v.label) for v in card.emails]
    copy.phones = [LabelledValue(v.value, v.label) for v in card.phones]
    return copy


def merge_card(mine: ContactCard, theirs: ContactCard, region: str) -> CardMerge:
    """`mine` with what `theirs` adds; every field where both have a value and they differ is a difference."""
    card = _copy(mine)
    card.full_name = mine.display_name
    merge = CardMerge(card, added=False)
    their_name = theirs.display_name.strip()
    for name, label in FIELD_LABELS.items():
        value = (their_name if name == "full_name" else getattr(theirs, name) or "").strip()
        current = getattr(card, name)
        if not value or value == current.strip():
            continue
        if current.strip():
            merge.differences.append(FieldDifference(name, label, current, value))
        else:
            setattr(card, name, value)
            merge.added = True
    name_differs = any(d.field == "full_name" for d in merge.differences)
    for name in NAME_PARTS:
        # A part of a name that differs is the name differing: it is offered (and taken) with the full name.
        if not name_differs and not getattr(card, name) and getattr(theirs, name):
            setattr(card, name, getattr(theirs, name))
            merge.added = True
    _merge_address(merge, theirs)
    for name, label in LIST_LABELS.items():
        before, incoming = getattr(card, name), getattr(theirs, name)
        merged = _union(before, incoming, name, region)
        if len(merged) > len(before):
            merge.added = True
            setattr(card, name, merged)
            if before and not _keys(before, name, region) <= _keys(incoming, name, region):
                # Both sides hold values the other lacks (an office number and a mobile): offered too,
                # in case theirs replace yours.
                merge.differences.append(FieldDifference(name, label, _shown(before, name, region),
                                                         _shown(incoming, name, region)))
    if theirs.uid and not card.uid:
        card.uid = theirs.uid
    return merge


def _address(card: ContactCard) -> str:
    return ", ".join(part for name in ADDRESS_PARTS if (part := getattr(card, name).strip()))


def _merge_address(merge: CardMerge, theirs: ContactCard) -> None:
    """Their address parts fill yours where empty, unless a part differs: then the address is a difference."""
    card = merge.card
    if any(getattr(card, n).strip() and getattr(theirs, n).strip() not in ("", getattr(card, n).strip())
           for n in ADDRESS_PARTS):
        merge.differences.append(FieldDifference(ADDRESS, english("Address"), _address(card), _address(theirs)))
        return
    for name in ADDRESS_PARTS:
        if not getattr(card, name).strip() and getattr(theirs, name).strip():
            setattr(card, name, getattr(theirs, name).strip())
            merge.added = True


def resolve(merged: ContactCard, mine: ContactCard, theirs: ContactCard,
            choices: Mapping[str, Choice]) -> ContactCard:
    """The card once the user's choices for the differing fields are applied to the merged card.

    `mine` is the stored card before the import, `merged` the card as the import left it (mine plus the new
    values). Taking their name takes its parts too, split from it where the file gave none.
    """
    card = _copy(merged)
    for name, choice in choices.items():
        if name in LIST_LABELS:
            chosen = {Choice.MINE: getattr(mine, name), Choice.THEIRS: getattr(theirs, name),
                      Choice.BOTH: getattr(merged, name)}[choice]
            setattr(card, name, [LabelledValue(v.value, v.label) for v in chosen])
        elif choice is Choice.THEIRS and name == ADDRESS:
            for part in ADDRESS_PARTS:
                setattr(card, part, getattr(theirs, part).strip())
        elif choice is Choice.THEIRS and name == "full_name":
            card.full_name = theirs.display_name.strip()
            given, family = split_name(card.full_name)
            card.given_name = theirs.given_name or given
            card.family_name = theirs.family_name or family
            card.family_first = theirs.family_first
        elif choice is Choice.THEIRS:
            setattr(card, name, getattr(theirs, name).strip())
    return card


def all_theirs(differences: list[FieldDifference]) -> dict[str, Choice]:
    """Their value for every field that differs; lists keep both, so none of yours is dropped."""
    return {d.field: Choice.BOTH if d.is_list else Choice.THEIRS for d in differences}
