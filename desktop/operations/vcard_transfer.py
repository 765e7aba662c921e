"""Importing and exporting contacts as vCard files."""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from desktop.core.card_merge import all_theirs, merge_card, resolve
from desktop.core.cards import ContactCard, ImportProblem, LabelledValue
from desktop.core.contact_rules import check_phone, fold
from desktop.core.domain import CaptureMethod
from desktop.core.messages import Message, os_reason
from desktop.core.vcard import read_vcards, write_vcards
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.operations.contacts import (
    CARD_FIELDS,
    CONTACT,
    EMAIL,
    PHONE,
    card_value,
    plain_cards,
    save_merged,
    to_card,
)
from desktop.operations.import_batches import BatchRecorder
from desktop.operations.progress import NO_PROGRESS, Progress
from desktop.operations.transfer_types import CardDifferences, ImportSummary, TransferError
from desktop.operations.workspace import Workspace
from desktop.storage.models import Contact


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise TransferError(Message("{path}: is a folder, not a file", path=str(path))) from None
    except OSError as error:
        raise TransferError(Message("{path}: cannot be read ({reason})", path=str(path),
                                    reason=os_reason(error))) from None


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
        raise TransferError(Message("{path}: cannot be written ({reason})", path=str(path),
                                    reason=os_reason(error))) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise TransferError(Message("{path}: cannot be written ({reason})", path=str(path),
                                    reason=os_reason(error))) from None


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

    __slots__ = ("card", "changed", "contact_id", "has_photo", "original", "photo")

    def __init__(self, contact_id: int | None, card: ContactCard, has_photo: bool = False) -> None:
        self.contact_id = contact_id
        self.card = card  # without its photo, which is only ever added: never compared, never read here
        self.original = card  # as stored before this import
        self.has_photo = has_photo
        self.photo: tuple[bytes, str] | None = None  # a photo from the file, to be written
        self.changed = False


class _Matcher:
    """Finds the contact a card describes: same UID, else same email, else same LinkedIn profile, else same name at
    the same company."""

    def __init__(self, entries: list[_Entry]) -> None:
        self.by_uid: dict[str, _Entry] = {}
        self.by_email: dict[str, _Entry] = {}
        self.by_profile: dict[str, _Entry] = {}
        self.by_name: dict[tuple[str, str], _Entry] = {}
        for entry in entries:
            self.remember(entry)

    def remember(self, entry: _Entry) -> None:
        card = entry.card
        if card.uid:
            self.by_uid.setdefault(card.uid, entry)
        for email in card.emails:
            self.by_email.setdefault(email.value.casefold(), entry)
        if profile := _profile_key(card.linkedin):
            self.by_profile.setdefault(profile, entry)
        self.by_name.setdefault((fold(card.full_name), fold(card.company)), entry)

    def find(self, card: ContactCard) -> _Entry | None:
        if card.uid and card.uid in self.by_uid:
            return self.by_uid[card.uid]
        for email in card.emails:
            if email.value.casefold() in self.by_email:
                return self.by_email[email.value.casefold()]
        # A profile address stays when its owner changes company: a newer export then updates the same card.
        if (profile := _profile_key(card.linkedin)) and profile in self.by_profile:
            return self.by_profile[profile]
        return self.by_name.get((fold(card.display_name), fold(card.company)))


def _profile_key(url: str) -> str:
    """'https://www.linkedin.com/in/Jane-Doe/?trk=x' and 'linkedin.com/in/jane-doe' are one profile."""
    found = re.search(r"linkedin\.com/(in|pub)/([^/?#\s]+)", url, re.IGNORECASE)
    return f"{found.group(1)}/{unquote(found.group(2)).casefold()}" if found else ""


def _new_card(card: ContactCard) -> ContactCard:
    """The card as a new contact stores it (operations.contacts.apply_card, on plain values)."""
    values: dict[str, Any] = {name: card_value(card, name) for name in CARD_FIELDS}
    result = ContactCard(**values)
    result.full_name = card.display_name
    result.emails = [LabelledValue(e.value, e.label) for e in card.emails]
    result.phones = [LabelledValue(p.value, p.label) for p in card.phones]
    result.uid = card.uid
    return result


def import_vcards(workspace: Workspace, path: Path, *, prefer_theirs: bool = False,
                  progress: Progress = NO_PROGRESS) -> ImportSummary:
    """Add the file's cards; a card already in the card file gets only what it lacks (see import_cards)."""
    progress.update(0, 0, path.name)
    try:
        result = read_vcards(read_file(path), path.name)
    except ImportProblem as problem:
        raise TransferError(problem.args[0]) from None
    return import_cards(workspace, path.name, result.cards, CaptureMethod.VCARD, skipped=result.skipped,
                        problems=result.problems, prefer_theirs=prefer_theirs, progress=progress)


def import_cards(workspace: Workspace, source: str, cards: list[ContactCard], captured_by: CaptureMethod, *,
                 skipped: int = 0, problems: list[str] | None = None, notes_if_new: bool = False,
                 prefer_theirs: bool = False, progress: Progress = NO_PROGRESS) -> ImportSummary:
    """Add the cards read from the file `source`; a card already in the card file gets only what it lacks.

    Values that differ from the stored ones are left as they were and listed in the summary's differences
    (taken from the file instead with `prefer_theirs`). With `notes_if_new`, the cards' notes are written on new
    contacts only: a line the file adds of its own ("connected on …") is no reason to question yours. The import
    is recorded as a batch that can be undone. Progress is told card by card; a Cancelled it raises rolls the
    whole file back.
    """
    summary = ImportSummary(skipped=skipped, problems=list(problems or []))
    region = workspace.settings.default_phone_region
    # The lock is taken before the cards are matched: a second import at the same moment waits, then finds
    # this one's contacts, instead of adding them again.
    with workspace.write_session() as session:
        # Matched and compared as plain values, then written in bulk: one ORM object and one flush per card
        # made a 10,000-card file take most of a minute.
        # In order of creation: where two contacts share an email or a name, the older one is the match.
        with_photo = set(session.scalars(select(Contact.id).where(Contact.card_photo.is_not(None))))
        stored = [_Entry(contact_id, card, contact_id in with_photo)
                  for contact_id, card in sorted(plain_cards(session.connection()), key=lambda pair: pair[0])]
        matcher = _Matcher(stored)
        added: list[_Entry] = []
        differing: dict[int, CardDifferences] = {}
        for number, card in enumerate(cards):
            progress.update(number, len(cards), source)
            card = _normalized(card, region)
            if notes_if_new and matcher.find(card) is not None:
                card = replace(card, notes="")
            _match(matcher, card, added, summary, differing, prefer_theirs, region, source)
        progress.update(len(cards), len(cards), source)  # all matched; writing them follows
        summary.differences = list(differing.values())
        recorder = BatchRecorder(session)
        added_ids = _insert(session, added, captured_by)
        recorder.created("contact", added_ids)
        changed = [entry for entry in stored if entry.changed]
        recorder.watch("contact", [entry.contact_id for entry in changed if entry.contact_id is not None])
        _update(session, changed)
        summary.batch_id = recorder.finish(source, summary.describe(), keep_empty=bool(differing))
        progress.update(len(cards), len(cards), source)  # the last chance to cancel
    if added_ids or changed:
        summary.changes = ChangeSet.of(RecordKind.CONTACT, [*added_ids, *(e.contact_id for e in changed
                                                                           if e.contact_id is not None)])
    summary.differences = [replace(d, batch_id=summary.batch_id) for d in summary.differences]
    return summary


def _match(matcher: _Matcher, card: ContactCard, added: list[_Entry], summary: ImportSummary,
           differing: dict[int, CardDifferences], prefer_theirs: bool, region: str, source: str) -> None:
    entry = matcher.find(card)
    if entry is None:
        entry = _Entry(None, _new_card(card))
        added.append(entry)
        matcher.remember(entry)
        summary.added += 1
    else:
        if _profile_key(card.linkedin) and _profile_key(card.linkedin) == _profile_key(entry.card.linkedin):
            card.linkedin = entry.card.linkedin  # one profile written two ways is no difference to review
        merge = merge_card(entry.card, card, region)
        merged = merge.card
        # A contact added by this same file holds nothing of the user's: the first card's values stand.
        differences = merge.differences if entry.contact_id is not None else []
        if differences and prefer_theirs:
            merged = resolve(merged, entry.card, card, all_theirs(differences))
        elif entry.contact_id is not None and differences:
            differing[entry.contact_id] = CardDifferences(entry.contact_id, entry.original, merged, card,
                                                          tuple(differences), source)
        if merged == entry.card:
            summary.unchanged += not differences
        else:
            summary.updated += not differences or prefer_theirs
            entry.card, entry.changed = merged, True
    if card.photo is not None and not entry.has_photo and entry.photo is None:
        entry.photo, entry.changed = (card.photo, card.photo_type), True


def _insert(session: Session, added: list[_Entry], captured_by: CaptureMethod) -> list[int]:
    """The new contacts, then their emails and phones, each in one statement; returns the contacts' ids."""
    if not added:
        return []
    rows = [{**{name: getattr(e.card, name) for name in CARD_FIELDS}, "vcard_uid": e.card.uid,
             "captured_by": captured_by, "card_photo": e.photo[0] if e.photo else None,
             "card_photo_type": e.photo[1] if e.photo else ""} for e in added]
    ids = list(session.execute(insert(CONTACT).returning(CONTACT.c.id, sort_by_parameter_order=True), rows).scalars())
    emails, phones = [], []
    for contact_id, entry in zip(ids, added, strict=True):
        emails += [{"contact_id": contact_id, "address": e.value, "label": e.label, "position": i}
                   for i, e in enumerate(entry.card.emails)]
        phones += [{"contact_id": contact_id, "number": p.value, "label": p.label, "position": i}
                   for i, p in enumerate(entry.card.phones)]
    for table, values in ((EMAIL, emails), (PHONE, phones)):
        if values:
            session.execute(insert(table), values)
    return ids


def _update(session: Session, changed: list[_Entry]) -> None:
    """Stored contacts the file changed: through the ORM, as an edit in the app saves them."""
    by_id = {e.contact_id: e for e in changed}
    for contact in session.scalars(select(Contact).where(Contact.id.in_(by_id)).options(
            selectinload(Contact.emails), selectinload(Contact.phones))):
        entry = by_id[contact.id]
        save_merged(contact, entry.original, entry.card)
        if entry.photo is not None:
            contact.card_photo, contact.card_photo_type = entry.photo


def export_vcards(workspace: Workspace, path: Path, contact_ids: list[int] | None = None, *,
                  progress: Progress = NO_PROGRESS) -> int:
    """Write all contacts, or the chosen ones, to one vCard 3.0 file; returns how many. Progress card by card."""
    progress.update(0, 0, path.name)
    with workspace.session() as session:
        query = select(Contact).order_by(Contact.full_name).options(
            selectinload(Contact.emails), selectinload(Contact.phones))
        if contact_ids is not None:
            query = query.where(Contact.id.in_(contact_ids))
        contacts = session.scalars(query).all()
        cards = []
        for number, contact in enumerate(contacts):
            progress.update(number, len(contacts), path.name)
            card = to_card(contact, with_photo=True)
            card.uid = card.uid or f"afterview-contact-{contact.id}"
            cards.append(card)
    write_file_atomically(path, write_vcards(cards).encode("utf-8"))
    return len(cards)
