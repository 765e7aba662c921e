"""Importing and exporting contacts as vCard files."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.cards import ContactCard, ImportProblem, LabelledValue
from desktop.core.contact_rules import check_phone, fold
from desktop.core.domain import CaptureMethod
from desktop.core.vcard import read_vcards, write_vcards
from desktop.operations.contacts import apply_card, to_card
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
    """Write beside the target and rename, so an interrupted export never leaves half a file."""
    temporary = path.with_name(f".{path.name}.partial")
    try:
        with open(temporary, "wb") as handle:
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


class _Matcher:
    """Finds the stored contact a card describes: same UID, else same email, else same name at the same company."""

    def __init__(self, contacts: list[Contact]) -> None:
        self.by_uid: dict[str, Contact] = {}
        self.by_email: dict[str, Contact] = {}
        self.by_name: dict[tuple[str, str], Contact] = {}
        for contact in contacts:
            self.remember(contact)

    def remember(self, contact: Contact) -> None:
        if contact.vcard_uid:
            self.by_uid.setdefault(contact.vcard_uid, contact)
        for email in contact.emails:
            self.by_email.setdefault(email.address.casefold(), contact)
        self.by_name.setdefault((fold(contact.full_name), fold(contact.company)), contact)

    def find(self, card: ContactCard) -> Contact | None:
        if card.uid and card.uid in self.by_uid:
            return self.by_uid[card.uid]
        for email in card.emails:
            if email.value.casefold() in self.by_email:
                return self.by_email[email.value.casefold()]
        return self.by_name.get((fold(card.display_name), fold(card.company)))


def import_vcards(workspace: Workspace, path: Path) -> ImportSummary:
    """Add the file's cards, updating those already in the card file instead of duplicating them."""
    try:
        result = read_vcards(read_file(path), path.name)
    except ImportProblem as problem:
        raise TransferError(str(problem)) from None
    summary = ImportSummary(skipped=result.skipped, problems=list(result.problems))
    region = workspace.settings.default_phone_region
    with workspace.session() as session:
        matcher = _Matcher(list(session.scalars(select(Contact).options(
            selectinload(Contact.emails), selectinload(Contact.phones)))))
        for card in result.cards:
            _store(session, matcher, _normalized(card, region), summary)
    return summary


def _store(session: Session, matcher: _Matcher, card: ContactCard, summary: ImportSummary) -> None:
    existing = matcher.find(card)
    if existing is None:
        contact = Contact(captured_by=CaptureMethod.VCARD)
        apply_card(contact, card)
        session.add(contact)
        session.flush()
        matcher.remember(contact)
        summary.added += 1
        return
    before = to_card(existing)
    if card.photo is None and existing.card_photo is not None:
        card.photo, card.photo_type = existing.card_photo, existing.card_photo_type
    apply_card(existing, card)
    if to_card(existing) == before:
        summary.unchanged += 1
    else:
        summary.updated += 1


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
