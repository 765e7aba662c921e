"""Importing and exporting contacts as vCard files."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from desktop.core.cards import ContactCard, ImportProblem, LabelledValue
from desktop.core.contact_rules import check_phone, fold
from desktop.core.domain import CaptureMethod
from desktop.core.vcard import read_vcards, write_vcards
from desktop.operations.contacts import CARD_FIELDS, CONTACT, EMAIL, PHONE, apply_card, plain_cards, to_card
from desktop.operations.transfer_types import ImportSummary, TransferError
from desktop.operations.workspace import Workspace
from desktop.storage.models import Contact


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise TransferError(f"{path}: is a folder, not a file") from None
    except OSError as error:
        raise TransferError(f"{path}: cannot be read ({error.strerror or error})") from None


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write to a new owner-only file beside the target, then rename it over the target.

    An interrupted export never leaves half a file. The temporary name is new each time and the file is created
    exclusively without following links (O_EXCL, O_NOFOLLOW), so nothing planted in the folder under that name
    is written through, and a stale one from a crash is never in the way.
    """
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.partial")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(temporary, flags, 0o600)
    except OSError as error:
        raise TransferError(f"{path}: cannot be written ({error.strerror or error})") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise TransferError(f"{path}: cannot be written ({error.strerror or error})") from None


def _normalized(card: ContactCard, region: str) -> ContactCard:
    """Phone numbers as E.164 where they can be read; others are kept as written rather than dropped."""
    phones = []
    for phone in card.phones:
        check = check_phone(phone.value, region)
        phones.append(LabelledValue(check.normalized if check.ok else phone.value.strip(), phone.label))
    card.phones = phones
    return card


class _Entry:
    """One contact during an import: a stored one (with its id) or one added by this file, as a plain card."""

    __slots__ = ("card", "changed", "contact_id", "photo")

    def __init__(self, contact_id: int | None, card: ContactCard) -> None:
        self.contact_id = contact_id
        self.card = card  # without its photo, which is only ever replaced: never compared, never read here
        self.photo: tuple[bytes, str] | None = None  # a photo from the file, to be written
        self.changed = False


class _Matcher:
    """Finds the contact a card describes: same UID, else same email, else same name at the same company."""

    def __init__(self, entries: list[_Entry]) -> None:
        self.by_uid: dict[str, _Entry] = {}
        self.by_email: dict[str, _Entry] = {}
        self.by_name: dict[tuple[str, str], _Entry] = {}
        for entry in entries:
            self.remember(entry)

    def remember(self, entry: _Entry) -> None:
        card = entry.card
        if card.uid:
            self.by_uid.setdefault(card.uid, entry)
        for email in card.emails:
            self.by_email.setdefault(email.value.casefold(), entry)
        self.by_name.setdefault((fold(card.full_name), fold(card.company)), entry)

    def find(self, card: ContactCard) -> _Entry | None:
        if card.uid and card.uid in self.by_uid:
            return self.by_uid[card.uid]
        for email in card.emails:
            if email.value.casefold() in self.by_email:
                return self.by_email[email.value.casefold()]
        return self.by_name.get((fold(card.display_name), fold(card.company)))


def _applied(stored: ContactCard, card: ContactCard) -> ContactCard:
    """What `stored` reads as once `card` is saved over it (operations.contacts.apply_card, on plain values)."""
    result = ContactCard(**{name: getattr(card, name) or "" for name in CARD_FIELDS})
    result.full_name = card.display_name
    result.emails = [LabelledValue(e.value, e.label) for e in card.emails]
    result.phones = [LabelledValue(p.value, p.label) for p in card.phones]
    result.uid = card.uid or stored.uid
    return result


def import_vcards(workspace: Workspace, path: Path) -> ImportSummary:
    """Add the file's cards, updating those already in the card file instead of duplicating them."""
    try:
        result = read_vcards(read_file(path), path.name)
    except ImportProblem as problem:
        raise TransferError(str(problem)) from None
    summary = ImportSummary(skipped=result.skipped, problems=list(result.problems))
    region = workspace.settings.default_phone_region
    with workspace.session() as session:
        # Matched and compared as plain values, then written in bulk: one ORM object and one flush per card
        # made a 10,000-card file take most of a minute.
        # In order of creation: where two contacts share an email or a name, the older one is the match.
        stored = [_Entry(contact_id, card) for contact_id, card in sorted(plain_cards(session.connection()),
                                                                           key=lambda pair: pair[0])]
        matcher, added = _Matcher(stored), []
        for card in result.cards:
            _match(matcher, _normalized(card, region), added, summary)
        _insert(session, added)
        _update(session, [entry for entry in stored if entry.changed])
    return summary


def _match(matcher: _Matcher, card: ContactCard, added: list[_Entry], summary: ImportSummary) -> None:
    entry = matcher.find(card)
    if entry is None:
        entry = _Entry(None, _applied(ContactCard(), card))
        added.append(entry)
        matcher.remember(entry)
        summary.added += 1
    else:
        after = _applied(entry.card, card)
        if after == entry.card:
            summary.unchanged += 1
        else:
            summary.updated += 1
            entry.card, entry.changed = after, True
    if card.photo is not None:
        entry.photo, entry.changed = (card.photo, card.photo_type), True


def _insert(session: Session, added: list[_Entry]) -> None:
    """The new contacts, then their emails and phones, each in one statement."""
    if not added:
        return
    rows = [{**{name: getattr(e.card, name) for name in CARD_FIELDS}, "vcard_uid": e.card.uid,
             "captured_by": CaptureMethod.VCARD, "card_photo": e.photo[0] if e.photo else None,
             "card_photo_type": e.photo[1] if e.photo else ""} for e in added]
    ids = session.execute(insert(CONTACT).returning(CONTACT.c.id, sort_by_parameter_order=True), rows).scalars()
    emails, phones = [], []
    for contact_id, entry in zip(ids, added, strict=True):
        emails += [{"contact_id": contact_id, "address": e.value, "label": e.label, "position": i}
                   for i, e in enumerate(entry.card.emails)]
        phones += [{"contact_id": contact_id, "number": p.value, "label": p.label, "position": i}
                   for i, p in enumerate(entry.card.phones)]
    for table, values in ((EMAIL, emails), (PHONE, phones)):
        if values:
            session.execute(insert(table), values)


def _update(session: Session, changed: list[_Entry]) -> None:
    """Stored contacts the file changed: through the ORM, as an edit in the app saves them."""
    by_id = {e.contact_id: e for e in changed}
    for contact in session.scalars(select(Contact).where(Contact.id.in_(by_id)).options(
            selectinload(Contact.emails), selectinload(Contact.phones))):
        entry = by_id[contact.id]
        apply_card(contact, entry.card)
        if entry.photo is not None:
            contact.card_photo, contact.card_photo_type = entry.photo


def export_vcards(workspace: Workspace, path: Path, contact_ids: list[int] | None = None) -> int:
    """Write all contacts, or the chosen ones, to one vCard 3.0 file; returns how many."""
    with workspace.session() as session:
        query = select(Contact).order_by(Contact.full_name).options(
            selectinload(Contact.emails), selectinload(Contact.phones))
        if contact_ids is not None:
            query = query.where(Contact.id.in_(contact_ids))
        cards = [to_card(c, with_photo=True) for c in session.scalars(query)]
        for card, contact in zip(cards, session.scalars(query), strict=True):
            card.uid = card.uid or f"afterview-contact-{contact.id}"
    write_file_atomically(path, write_vcards(cards).encode("utf-8"))
    return len(cards)
