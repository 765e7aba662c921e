"""Use cases of the card file: add, read, update, merge, delete (with undo) and list contacts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, Select, Table, delete, select, update
from sqlalchemy.orm import Session, selectinload

from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.contact_rules import fold, likely_duplicates
from desktop.core.domain import CaptureMethod
from desktop.core.messages import Message, english
from desktop.operations.changes import ChangeSet, Created, RecordKind
from desktop.operations.workspace import Workspace
from desktop.storage import kept_rows
from desktop.storage.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    FollowUpCall,
    Interview,
    MeetingNote,
    ThankYouNote,
)

CARD_FIELDS = ("full_name", "given_name", "family_name", "greet_as", "family_first", "pronunciation", "title",
               "company", "street", "locality", "region", "postal_code", "country", "website", "linkedin", "notes")
# Lists read plain columns from the tables: building 10,000 ORM objects with their emails and phones takes
# seconds, the same rows as tuples a few tens of milliseconds (see desktop/operations/agenda.py).
CONTACT, EMAIL, PHONE = Contact.__table__, ContactEmail.__table__, ContactPhone.__table__


def to_card(contact: Contact, with_photo: bool = False) -> ContactCard:
    card = ContactCard(**{name: getattr(contact, name) for name in CARD_FIELDS})
    card.emails = [LabelledValue(e.address, e.label) for e in contact.emails]
    card.phones = [LabelledValue(p.number, p.label) for p in contact.phones]
    card.uid = contact.vcard_uid
    if with_photo:
        card.photo, card.photo_type = contact.card_photo, contact.card_photo_type
    return card


def card_value(card: ContactCard, name: str) -> str | bool:
    """One of the card's CARD_FIELDS as stored: a missing text as empty, a flag as itself."""
    value = getattr(card, name)
    return value if isinstance(value, bool) else value or ""


def apply_card(contact: Contact, card: ContactCard) -> None:
    """Copy a card's values onto a stored contact, replacing its emails and phones."""
    for name in CARD_FIELDS:
        setattr(contact, name, card_value(card, name))
    contact.full_name = card.display_name
    contact.emails = [ContactEmail(address=e.value, label=e.label, position=i) for i, e in enumerate(card.emails)]
    contact.phones = [ContactPhone(number=p.value, label=p.label, position=i) for i, p in enumerate(card.phones)]
    if card.uid:
        contact.vcard_uid = card.uid
    if card.photo is not None:
        contact.card_photo, contact.card_photo_type = card.photo, card.photo_type


def save_merged(contact: Contact, before: ContactCard, card: ContactCard) -> None:
    """Save a merged card over a stored contact; a name that changes loses its "spelling checked" tick."""
    apply_card(contact, card)
    if card.display_name != before.display_name:
        contact.name_checked = False


def _load(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id, options=[selectinload(Contact.emails), selectinload(Contact.phones)])
    if contact is None:
        raise LookupError(Message("contact {id} does not exist", id=contact_id))
    return contact


def add_contact(workspace: Workspace, card: ContactCard, captured_by: CaptureMethod = CaptureMethod.TYPED,
                name_checked: bool = False) -> Created:
    """Save a new card."""
    if not card.display_name.strip():
        raise ValueError(english("a contact needs a name"))
    with workspace.session() as session:
        contact = Contact(captured_by=captured_by, name_checked=name_checked)
        apply_card(contact, card)
        session.add(contact)
        session.flush()
        return Created.of(RecordKind.CONTACT, contact.id)


def get_contact(workspace: Workspace, contact_id: int) -> ContactCard:
    with workspace.session() as session:
        return to_card(_load(session, contact_id), with_photo=True)


def _emails_and_phones(connection: Connection) -> tuple[dict[int, list[LabelledValue]], dict[int, list[LabelledValue]]]:
    """Every contact's emails and phones, in their order on the card: one query each."""
    emails: dict[int, list[LabelledValue]] = {}
    for contact_id, address, label in connection.execute(
            select(EMAIL.c.contact_id, EMAIL.c.address, EMAIL.c.label).order_by(EMAIL.c.position, EMAIL.c.id)).all():
        emails.setdefault(contact_id, []).append(LabelledValue(address, label))
    phones: dict[int, list[LabelledValue]] = {}
    for contact_id, number, label in connection.execute(
            select(PHONE.c.contact_id, PHONE.c.number, PHONE.c.label).order_by(PHONE.c.position, PHONE.c.id)).all():
        phones.setdefault(contact_id, []).append(LabelledValue(number, label))
    return emails, phones


def plain_cards(connection: Connection) -> list[tuple[int, ContactCard]]:
    """Every contact as (id, card) by name, read as plain columns; no photos (one card's is read when opened)."""
    emails, phones = _emails_and_phones(connection)
    columns = [CONTACT.c[name] for name in CARD_FIELDS]
    cards = []
    for row in connection.execute(select(CONTACT.c.id, CONTACT.c.vcard_uid, *columns)
                                  .order_by(CONTACT.c.full_name, CONTACT.c.id)).all():
        card = ContactCard(**dict(zip(CARD_FIELDS, row[2:], strict=True)), emails=emails.get(row.id, []),
                           phones=phones.get(row.id, []), uid=row.vcard_uid)
        cards.append((row.id, card))
    return cards


def list_contacts(workspace: Workspace) -> list[tuple[int, ContactCard]]:
    """Every contact, by name, without photos (they are loaded when one card is opened)."""
    with workspace.session() as session:
        return plain_cards(session.connection())


class ContactListRow(NamedTuple):
    """One contact as the card file lists it: what its columns show, and every searchable value folded once.

    A named tuple: 10,000 of them are built in a few milliseconds, where frozen dataclasses took ~30 ms.
    """

    contact_id: int
    name: str
    title: str
    company: str
    email: str  # the first one
    phone: str  # the first one, as stored (E.164 when it could be read)
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    search_key: str  # name, title, company, emails and phones, folded (case and accents ignored), one a line
    name_key: str = ""  # the name folded, to sort by


# A contact's emails (or phones): one as itself, several as a tuple in their order on the card. Strings are not
# tracked by Python's garbage collector; 20,000 one-value tuples kept alive were, and made it run a full pass.
Values = str | tuple[str, ...]


def _all(values: Values | None) -> tuple[str, ...]:
    return () if values is None else (values,) if isinstance(values, str) else values


def _first(values: Values | None) -> str:
    return "" if values is None else values if isinstance(values, str) else values[0]


def _grouped(rows: Iterable[tuple[int, str]]) -> dict[int, Values]:
    """(contact id, value) rows in card order as each contact's values."""
    values: dict[int, Values] = {}
    for contact_id, value in rows:
        values[contact_id] = (*_all(values[contact_id]), value) if contact_id in values else value
    return values


class ContactList:
    """Every contact as the card file lists it, in parallel columns of plain values; a row is made when asked for.

    Opening the Contacts page waits for this list, and 10,000 row objects (each with tuples of emails and
    phones) cost more to build than the queries, and then a pass of the garbage collector over the whole app.
    The phone numbers (`phones` may be the function that reads them) and the search keys are made on first
    use, when a search is typed (the list hides its Phone column): the list is shown without them.
    """

    def __init__(self, ids: list[int], names: list[str], titles: list[str], companies: list[str],
                 emails: list[Values | None], phones: list[Values | None] | Callable[[], list[Values | None]],
                 name_keys: list[str], search_keys: list[str] | None = None) -> None:
        self.ids, self.names, self.titles, self.companies = ids, names, titles, companies
        self.emails, self._phones = emails, phones
        self.name_keys = name_keys
        self._search_keys = search_keys

    @property
    def phones(self) -> list[Values | None]:
        if callable(self._phones):
            self._phones = self._phones()
        return self._phones

    @property
    def search_keys(self) -> list[str]:
        """Name, title, company, emails and phones, folded (case and accents ignored), one a line."""
        if self._search_keys is None:
            # Folding is per character, so a key folded field by field is the key folded whole. Titles and
            # companies repeat across a card file and are folded once each; emails and phone numbers are nearly
            # always ASCII, which str.lower folds without fold()'s Unicode tables.
            folded = {text: fold(text) for text in {*self.titles, *self.companies}}
            keys = map("\n".join, zip(self.name_keys, map(folded.__getitem__, self.titles),
                                        map(folded.__getitem__, self.companies), strict=True))
            reachable = ("\n".join(_all(emails) + _all(phones))
                         for emails, phones in zip(self.emails, self.phones, strict=True))
            self._search_keys = [f"{key}\n{text.lower() if text.isascii() else fold(text)}" if text else key
                                 for key, text in zip(keys, reachable, strict=True)]
        return self._search_keys

    @classmethod
    def from_rows(cls, rows: Iterable[ContactListRow]) -> ContactList:
        columns: list[tuple[Any, ...]] = list(zip(*rows, strict=True)) or [()] * len(ContactListRow._fields)
        return cls(list(columns[0]), list(columns[1]), list(columns[2]), list(columns[3]),
                   [e or None for e in columns[6]], [p or None for p in columns[7]], list(columns[9]), list(columns[8]))

    def excluding(self, contact_ids: set[int]) -> ContactList:
        """The same list without these contacts (the phone numbers still read when first needed)."""
        keep = [i for i, contact_id in enumerate(self.ids) if contact_id not in contact_ids]

        def kept(column: list[Any]) -> list[Any]:
            return [column[i] for i in keep]

        return ContactList(kept(self.ids), kept(self.names), kept(self.titles), kept(self.companies),
                           kept(self.emails), lambda: kept(self.phones), kept(self.name_keys))

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, i: int) -> ContactListRow:
        emails, phones = self.emails[i], self.phones[i]
        return ContactListRow(self.ids[i], self.names[i], self.titles[i], self.companies[i], _first(emails),
                              _first(phones), _all(emails), _all(phones), self.search_keys[i], self.name_keys[i])

    def __iter__(self) -> Iterator[ContactListRow]:
        return map(self.__getitem__, range(len(self)))

    def first_email(self, i: int) -> str:
        return _first(self.emails[i])

    def first_phone(self, i: int) -> str:
        return _first(self.phones[i])

    def all_emails(self, i: int) -> tuple[str, ...]:
        return _all(self.emails[i])

    def all_phones(self, i: int) -> tuple[str, ...]:
        return _all(self.phones[i])


def _columns(connection: Connection, statement: Select[Any], width: int) -> list[list[Any]]:
    """The statement's result as columns, fetched a few hundred rows at a time.

    With 10,000 row objects alive at once, the garbage collector moved them to its oldest generation and then
    ran a full pass over the whole app while the Contacts page opened (30-70 ms); a few hundred die young.
    """
    columns: list[list[Any]] = [[] for _ in range(width)]
    for part in connection.execute(statement).partitions(256):
        for column, values in zip(columns, zip(*part, strict=True), strict=True):
            column.extend(values)
    return columns


def _values_of(workspace: Workspace, table: Table, column: str, ids: list[int]) -> list[Values | None]:
    """Each contact's emails or phone numbers in card order, in the order of `ids`."""
    with workspace.session() as session:
        owners, values = _columns(session.connection(),
                                  select(table.c.contact_id, table.c[column]).order_by(table.c.position, table.c.id), 2)
    return list(map(_grouped(zip(owners, values, strict=True)).get, ids))


def contact_rows(workspace: Workspace) -> ContactList:
    """Every contact, in no particular order (the list sorts them); phone numbers are read when first needed."""
    with workspace.session() as session:
        ids, names, titles, companies = _columns(
            session.connection(), select(CONTACT.c.id, CONTACT.c.full_name, CONTACT.c.title, CONTACT.c.company), 4)
    return ContactList(ids, names, titles, companies, _values_of(workspace, EMAIL, "address", ids),
                       lambda: _values_of(workspace, PHONE, "number", ids), list(map(fold, names)))


@dataclass(frozen=True)
class ContactDetails:
    """One card as the detail pane shows it: the card with its photo, how it was captured, the spelling check."""

    contact_id: int
    card: ContactCard
    captured_by: CaptureMethod
    name_checked: bool


def contact_details(workspace: Workspace, contact_id: int) -> ContactDetails:
    with workspace.session() as session:
        contact = _load(session, contact_id)
        return ContactDetails(contact_id, to_card(contact, with_photo=True), contact.captured_by,
                              contact.name_checked)


def update_contact(workspace: Workspace, contact_id: int, card: ContactCard, name_checked: bool) -> ChangeSet:
    """Replace a stored card with the edited one; the photo is the card's, so a card without one removes it."""
    if not card.display_name.strip():
        raise ValueError(english("a contact needs a name"))
    with workspace.session() as session:
        contact = _load(session, contact_id)
        apply_card(contact, card)
        contact.card_photo, contact.card_photo_type = card.photo, card.photo_type if card.photo else ""
        contact.name_checked = name_checked
    return ChangeSet.of(RecordKind.CONTACT, [contact_id])


@dataclass(frozen=True)
class Duplicate:
    contact_id: int
    name: str
    reason: str


def find_duplicates(workspace: Workspace, card: ContactCard, exclude_id: int | None = None) -> list[Duplicate]:
    """Stored contacts that are probably the person on `card` (same email or phone, or a close name there)."""
    existing = [(cid, c) for cid, c in list_contacts(workspace) if cid != exclude_id]
    return duplicates_among(card, existing, workspace.settings.default_phone_region)


def duplicates_among(card: ContactCard, existing: list[tuple[int, ContactCard]], region: str) -> list[Duplicate]:
    """Those of `existing` (listed once for many cards: 10,000 take a second to list) that may be `card`."""
    names = {cid: c.display_name for cid, c in existing}
    return [Duplicate(m.contact_id, names[m.contact_id], m.reason) for m in likely_duplicates(card, existing, region)]


def merge_into(workspace: Workspace, contact_id: int, card: ContactCard, name_checked: bool = False) -> ChangeSet:
    """Fill the empty fields of a stored contact from `card` and add the emails and phones it does not have yet."""
    with workspace.session() as session:
        contact = _load(session, contact_id)
        for name in CARD_FIELDS:
            if not getattr(contact, name) and getattr(card, name):
                setattr(contact, name, getattr(card, name))
        known = {e.address.casefold() for e in contact.emails}
        for email in card.emails:
            if email.value.casefold() not in known:
                known.add(email.value.casefold())
                contact.emails.append(ContactEmail(address=email.value, label=email.label,
                                                   position=len(contact.emails)))
        numbers = {p.number for p in contact.phones}
        for phone in card.phones:
            if phone.value not in numbers:
                numbers.add(phone.value)
                contact.phones.append(ContactPhone(number=phone.value, label=phone.label,
                                                   position=len(contact.phones)))
        if contact.card_photo is None and card.photo is not None:
            contact.card_photo, contact.card_photo_type = card.photo, card.photo_type
        contact.name_checked = contact.name_checked or name_checked
    return ChangeSet.of(RecordKind.CONTACT, [contact_id])


# Rows that belong to a contact and go with it; their values are kept so that undo puts them back as they were.
_OWNED: kept_rows.Links = ((ContactEmail, "contact_id"), (ContactPhone, "contact_id"), (MeetingNote, "contact_id"),
                           (ThankYouNote, "contact_id"))
# Columns elsewhere that point at a contact and are cleared, not deleted, when it goes.
_POINTERS: kept_rows.Links = ((FollowUpCall, "contact_id"), (Interview, "process_owner_id"))


@dataclass(frozen=True)
class DeletedContact:
    """Everything needed to undo a deletion: the contact's row, its own rows, and who pointed at it."""

    kept: kept_rows.Rows

    @property
    def contact_id(self) -> int:
        return self.kept.row_id

    @property
    def name(self) -> str:
        return str(self.kept.values["full_name"])

    @property
    def changes(self) -> ChangeSet:
        """The contact, its notes, and the calls and interviews that pointed at it: deleting or restoring it."""
        changes = ChangeSet.of(RecordKind.CONTACT, [self.contact_id])
        if any(table == ThankYouNote.__tablename__ for table, _values in self.kept.rows):
            changes |= ChangeSet.of(RecordKind.NOTE)
        for table, _column, row_id in self.kept.pointers:
            kind = RecordKind.CALL if table == FollowUpCall.__tablename__ else RecordKind.INTERVIEW
            changes |= ChangeSet.of(kind, [row_id])
        return changes


def delete_contact(workspace: Workspace, contact_id: int) -> DeletedContact:
    """Delete a contact with its meeting notes and thank-you notes; returns what restore_contact needs. A contact
    sync has sent is kept until the server's copy goes too (desktop/storage/kept_rows.py)."""
    with workspace.session() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise LookupError(Message("contact {id} does not exist", id=contact_id))
        kept = kept_rows.capture(session, contact, _OWNED, _POINTERS)
        kept_rows.keep(session, kept)
        for model, column in _OWNED:
            session.execute(delete(model).where(model.__table__.c[column] == contact_id))
        for model, column in _POINTERS:
            session.execute(update(model).where(model.__table__.c[column] == contact_id).values({column: None}))
        session.flush()
        session.delete(contact)
        return DeletedContact(kept)


def restore_contact(workspace: Workspace, deleted: DeletedContact) -> ChangeSet:
    """Put a deleted contact back under its old id, with its meeting notes and links to interviews still there."""
    with workspace.session() as session:
        kept_rows.restore(session, deleted.kept)
    return deleted.changes
