"""The bulk vCard import and the plain-column contact lists give what the ORM versions they replaced gave.

The references are the former implementations: one ORM object and one flush per card, and a list of
ORM contacts turned into cards. Both workspaces import the same files in the same order; the summaries and
every stored contact (its fields, emails, phones, photo, how it was captured, its id) must be equal.
"""

from __future__ import annotations

import base64
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.card_merge import merge_card
from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.contact_rules import fold
from desktop.core.domain import CaptureMethod
from desktop.core.vcard import read_vcards, write_vcards
from desktop.operations import contacts as ops
from desktop.operations.transfer_types import CardDifferences, ImportSummary
from desktop.operations.vcard_transfer import _normalized, import_vcards, read_file
from desktop.operations.workspace import open_workspace
from desktop.storage.models import Contact

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vcf"
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJ"
                       "RU5ErkJggg==")


class ReferenceMatcher:
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


def reference_import(workspace, path: Path) -> ImportSummary:
    result = read_vcards(read_file(path), path.name)
    summary = ImportSummary(skipped=result.skipped, problems=list(result.problems))
    differing: dict[int, CardDifferences] = {}
    with workspace.session() as session:
        contacts = list(session.scalars(select(Contact).order_by(Contact.id).options(
            selectinload(Contact.emails), selectinload(Contact.phones))))
        originals = {contact.id: ops.to_card(contact) for contact in contacts}
        matcher = ReferenceMatcher(contacts)
        for card in result.cards:
            reference_store(session, matcher, _normalized(card, workspace.settings.default_phone_region), summary,
                            originals, differing, path.name)
    summary.differences = list(differing.values())
    return summary


def reference_store(session: Session, matcher: ReferenceMatcher, card: ContactCard, summary: ImportSummary,
                    originals: dict[int, ContactCard], differing: dict[int, CardDifferences], source: str) -> None:
    existing = matcher.find(card)
    if existing is None:
        contact = Contact(captured_by=CaptureMethod.VCARD)
        ops.apply_card(contact, card)
        session.add(contact)
        session.flush()
        matcher.remember(contact)
        summary.added += 1
        return
    before = ops.to_card(existing)
    merge = merge_card(before, card, "")
    differences = merge.differences if existing.id in originals else []
    if differences:
        differing[existing.id] = CardDifferences(existing.id, originals[existing.id], merge.card, card,
                                                 tuple(differences), source)
    ops.save_merged(existing, originals.get(existing.id, before), merge.card)
    if existing.card_photo is None and card.photo is not None:  # a photo is added, never replaced
        existing.card_photo, existing.card_photo_type = card.photo, card.photo_type
    if ops.to_card(existing) == before:
        summary.unchanged += not differences
    else:
        summary.updated += not differences


def without_batch(summary: ImportSummary) -> ImportSummary:
    """The summary without the ids of the undo batch, which the reference does not record."""
    return replace(summary, batch_id=None, differences=[replace(d, batch_id=None) for d in summary.differences])


def reference_list(workspace) -> list[tuple[int, ContactCard]]:
    with workspace.session() as session:
        contacts = session.scalars(select(Contact).order_by(Contact.full_name, Contact.id).options(
            selectinload(Contact.emails), selectinload(Contact.phones))).all()
        return [(c.id, ops.to_card(c)) for c in contacts]


def stored(workspace) -> list[tuple[int, ContactCard, CaptureMethod, bool]]:
    rows = []
    for contact_id, _ in ops.list_contacts(workspace):
        details = ops.contact_details(workspace, contact_id)
        rows.append((contact_id, details.card, details.captured_by, details.name_checked))
    return rows


def _card(name: str, company: str = "", email: str = "", phone: str = "", uid: str = "", photo: bool = False,
          title: str = "") -> ContactCard:
    return ContactCard(full_name=name, company=company, title=title, uid=uid,
                       emails=[LabelledValue(email, "work")] if email else [],
                       phones=[LabelledValue(phone, "mobile")] if phone else [],
                       photo=PNG if photo else None, photo_type="image/png" if photo else "")


def tricky_files(folder: Path) -> list[Path]:
    """Cards that match each other within a file and across files, by UID, email and name, with photos."""
    first = [
        _card("Zoë Lindqvist", "Northwind", "zoe@northwind.example", "(206) 555-0142", uid="z-1"),
        _card("Zoe Lindqvist", "Northwind", title="Researcher"),  # same folded name and company: an update
        _card("Dana Whitfield", "Lumen", "dana@lumen.example", photo=True),
        _card("D. Whitfield", "Lumen", "DANA@lumen.example", "+1 206 555 0187"),  # same email: an update
        _card("Aisha Khan", "Lumen", "aisha@lumen.example", uid="a-1"),
        _card("Aisha Khan", "Lumen", "aisha@lumen.example", uid="a-1"),  # the same card twice: unchanged
        _card("Keiko Tanaka", "", "", "call me maybe"),
    ]
    second = [
        _card("Zoë Lindqvist-Berg", "Northwind", "zoe@northwind.example", uid="z-1", photo=True),  # by UID
        _card("Dana Whitfield", "Lumen", "dana@lumen.example"),  # no photo: the stored one stays
        _card("Keiko Tanaka", "", "", "call me maybe"),
        _card("Henrik Sørensen", "Fjord & Finch", "henrik@fjord.example"),
        _card("Henrik Sorensen", "Fjord & Finch", "h@fjord.example", uid="h-2"),  # an update of the one above
    ]
    paths = []
    for number, cards in enumerate((first, second)):
        path = folder / f"tricky-{number}.vcf"
        path.write_text(write_vcards(cards), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def twin(tmp_path):
    from tests.conftest import NOW, ZONE

    ws = open_workspace(str(tmp_path / "reference"), zone=ZONE, clock=lambda: NOW)
    yield ws
    ws.sessions.kw["bind"].dispose()


def test_bulk_import_stores_what_the_card_by_card_import_stored(workspace, twin, tmp_path):
    files = sorted(p for p in FIXTURES.glob("*.vcf") if "not-a" not in p.name and "truncated" not in p.name)
    files += tricky_files(tmp_path)
    ops.add_contact(workspace, _card("Dana Whitfield", "Lumen", "dana@old.example"), name_checked=True)
    ops.add_contact(twin, _card("Dana Whitfield", "Lumen", "dana@old.example"), name_checked=True)
    for path in files + files:  # then every file again: all matched
        assert without_batch(import_vcards(workspace, path)) == reference_import(twin, path), path.name
    assert stored(workspace) == stored(twin)
    assert len(stored(workspace)) > 10


def test_the_plain_column_lists_match_the_orm_cards(sample_workspace, tmp_path):
    for path in tricky_files(tmp_path):
        import_vcards(sample_workspace, path)
    assert ops.list_contacts(sample_workspace) == reference_list(sample_workspace)
    rows = {row.contact_id: row for row in ops.contact_rows(sample_workspace)}
    for contact_id, card in reference_list(sample_workspace):
        row = rows.pop(contact_id)
        values = (card.display_name, card.title, card.company, *(e.value for e in card.emails),
                  *(p.value for p in card.phones))
        assert row.search_key == fold("\n".join(values)) and row.name_key == fold(card.display_name)
        assert (row.name, row.title, row.company) == (card.display_name, card.title, card.company)
        assert row.emails == tuple(e.value for e in card.emails) and row.phones == tuple(p.value for p in card.phones)
        assert (row.email, row.phone) == (next(iter(row.emails), ""), next(iter(row.phones), ""))
    assert rows == {}
