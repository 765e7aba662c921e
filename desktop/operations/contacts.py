"""Use cases of the card file: add, read, update and list contacts."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.domain import CaptureMethod
from desktop.operations.workspace import Workspace
from desktop.storage.models import Contact, ContactEmail, ContactPhone

CARD_FIELDS = ("full_name", "given_name", "family_name", "pronunciation", "title", "company", "street", "locality",
               "region", "postal_code", "country", "website", "linkedin", "notes")


def to_card(contact: Contact, with_photo: bool = False) -> ContactCard:
    card = ContactCard(**{name: getattr(contact, name) for name in CARD_FIELDS})
    card.emails = [LabelledValue(e.address, e.label) for e in contact.emails]
    card.phones = [LabelledValue(p.number, p.label) for p in contact.phones]
    card.uid = contact.vcard_uid
    if with_photo:
        card.photo, card.photo_type = contact.card_photo, contact.card_photo_type
    return card


def apply_card(contact: Contact, card: ContactCard) -> None:
    """Copy a card's values onto a stored contact, replacing its emails and phones."""
    for name in CARD_FIELDS:
        setattr(contact, name, getattr(card, name) or "")
    contact.full_name = card.display_name
    contact.emails = [ContactEmail(address=e.value, label=e.label, position=i) for i, e in enumerate(card.emails)]
    contact.phones = [ContactPhone(number=p.value, label=p.label, position=i) for i, p in enumerate(card.phones)]
    if card.uid:
        contact.vcard_uid = card.uid
    if card.photo is not None:
        contact.card_photo, contact.card_photo_type = card.photo, card.photo_type


def _load(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id, options=[selectinload(Contact.emails), selectinload(Contact.phones)])
    if contact is None:
        raise LookupError(f"contact {contact_id} does not exist")
    return contact


def add_contact(workspace: Workspace, card: ContactCard, captured_by: CaptureMethod = CaptureMethod.TYPED,
                name_checked: bool = False) -> int:
    """Save a new card; returns its id."""
    if not card.display_name.strip():
        raise ValueError("a contact needs a name")
    with workspace.session() as session:
        contact = Contact(captured_by=captured_by, name_checked=name_checked)
        apply_card(contact, card)
        session.add(contact)
        session.flush()
        return contact.id


def get_contact(workspace: Workspace, contact_id: int) -> ContactCard:
    with workspace.session() as session:
        return to_card(_load(session, contact_id), with_photo=True)


def list_contacts(workspace: Workspace) -> list[tuple[int, ContactCard]]:
    """Every contact, by name, without photos (they are loaded when one card is opened)."""
    with workspace.session() as session:
        contacts = session.scalars(select(Contact).order_by(Contact.full_name).options(
            selectinload(Contact.emails), selectinload(Contact.phones))).all()
        return [(c.id, to_card(c)) for c in contacts]
