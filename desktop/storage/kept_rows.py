"""What a deleted contact or interview needs to be brought back: its row, the rows that go with it (a card's emails
and phones, the people met, the thank-you notes) and the columns elsewhere that pointed at it and were cleared.

A deletion undone at once (the Contacts page's Undo) keeps these in memory. One that sync has still to send is kept
here (the kept_row table, migration 0012): when the phone changed the object meanwhile, the user chooses between
keeping it deleted and bringing it back, and the server's copy has neither the interview's opportunity, nor its
notes, nor a card's photo. Kept only for what a sync record points at; dropped once the server's copy is gone.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Date, DateTime, LargeBinary, Table, TypeDecorator, delete, exists, select, update
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.orm import Session

from desktop.core.messages import english
from desktop.storage.models import Base, KeptRow, SyncItem

CONTACT, INTERVIEW = "contact", "interview"
# Sync records in these states still speak for an object deleted here: its deletion is not on the server yet.
PENDING_STATES = ("synced", "deleted_here")
Links = tuple[tuple[type[Base], str], ...]  # (table, the column holding the deleted row's id)


@dataclass(frozen=True)
class Rows:
    """One deleted row (first) with its own rows, as (table name, column values), and the pointers cleared."""

    kind: str
    row_id: int
    rows: list[tuple[str, dict[str, Any]]]
    pointers: list[tuple[str, str, int]] = field(default_factory=list)  # (table name, column, row id)

    @property
    def values(self) -> dict[str, Any]:
        return self.rows[0][1]


def values(row: Base) -> dict[str, Any]:
    """A mapped row's column values, by attribute name (as its constructor takes them)."""
    return {attr.key: getattr(row, attr.key) for attr in row.__mapper__.column_attrs}


def capture(session: Session, row: Base, owned: Links, pointers: Links) -> Rows:
    """`row` with the rows of `owned` whose column holds its id, and the rows of `pointers` pointing at it."""
    row_id: int = values(row)["id"]
    rows = [(row.__tablename__, values(row))]
    for model, column in owned:
        rows += [(model.__tablename__, values(one))
                 for one in session.scalars(select(model).where(model.__table__.c[column] == row_id))]
    found = [(model.__tablename__, column, one)
             for model, column in pointers
             for one in session.scalars(select(model.__table__.c.id).where(model.__table__.c[column] == row_id))]
    return Rows(row.__tablename__, row_id, rows, found)


def synced(session: Session, kind: str, row_id: int) -> bool:
    """Whether a sync record still speaks for this contact or interview (another folder's events excluded)."""
    if kind == CONTACT:
        where = SyncItem.contact_id == row_id
    else:  # its event's UID is interview-<id>@<this folder's domain>
        where = SyncItem.uid.startswith(f"interview-{row_id}@", autoescape=True) & (SyncItem.collection == "calendar")
    return bool(session.scalar(select(exists().where(where, SyncItem.state.in_(PENDING_STATES)))))


def keep(session: Session, rows: Rows) -> None:
    """Keep a deleted row for sync, when a sync record speaks for it (nothing to keep otherwise)."""
    if not synced(session, rows.kind, rows.row_id):
        return
    forget(session, rows.kind, rows.row_id)
    session.add(KeptRow(kind=rows.kind, row_id=rows.row_id,
                        rows=json.dumps([[table, _plain(one)] for table, one in rows.rows]),
                        pointers=json.dumps(rows.pointers)))


def kept(session: Session, kind: str, row_id: int) -> Rows | None:
    """What was kept of a deleted contact or interview, or None."""
    found = session.scalar(select(KeptRow).where(KeptRow.kind == kind, KeptRow.row_id == row_id))
    if found is None:
        return None
    return Rows(kind, row_id, [(table, _typed(table, one)) for table, one in json.loads(found.rows)],
                [(table, column, one) for table, column, one in json.loads(found.pointers)])


def forget(session: Session, kind: str, row_id: int) -> None:
    session.execute(delete(KeptRow).where(KeptRow.kind == kind, KeptRow.row_id == row_id))


def forget_all(session: Session) -> None:
    session.execute(delete(KeptRow))


def kept_ids(session: Session) -> list[tuple[str, int]]:
    return [(one.kind, one.row_id) for one in session.execute(select(KeptRow.kind, KeptRow.row_id))]


def restore(session: Session, rows: Rows) -> None:
    """Put the rows back under their own ids. A row they point at that is gone meanwhile (a contact met, the
    interview of a note) leaves an optional column empty and an owned row out; LookupError when the deleted row's
    own parent is gone (an interview's opportunity)."""
    models = {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}
    for number, (table, one) in enumerate(rows.rows):
        checked = _still_pointing(session, models[table].__table__, dict(one))
        if checked is None and number == 0:
            raise LookupError(english("What it belonged to was deleted too, so it cannot be brought back"))
        if checked is not None:
            session.add(models[table](**checked))
        session.flush()  # the row itself before the rows that point at it
    for table, column, row_id in rows.pointers:
        model = models[table]
        session.execute(update(model).where(model.__table__.c.id == row_id).values({column: rows.row_id}))
    forget(session, rows.kind, rows.row_id)


def _still_pointing(session: Session, table: Table, one: dict[str, Any]) -> dict[str, Any] | None:
    """The values with each foreign key checked: a missing target empties an optional column; None when a required
    one is missing."""
    for key in table.foreign_keys:
        name, value = key.parent.name, one.get(key.parent.name)
        if value is None or session.scalar(select(exists().where(key.column == value))):
            continue
        if not key.parent.nullable:
            return None
        one[name] = None
    return one


def _plain(one: dict[str, Any]) -> dict[str, Any]:
    """Column values as JSON can hold them: times and days as ISO text, bytes as base64, choices as their value."""
    def plain(value: Any) -> Any:
        if isinstance(value, datetime | date):
            return value.isoformat()
        if isinstance(value, bytes):
            return base64.b64encode(value).decode()
        return value.value if isinstance(value, Enum) else value
    return {name: plain(value) for name, value in one.items()}


def _typed(table: str, one: dict[str, Any]) -> dict[str, Any]:
    """The column values `_plain` wrote, typed again by the table's columns."""
    columns = Base.metadata.tables[table].columns
    typed: dict[str, Any] = {}
    for name, value in one.items():
        declared = columns[name].type
        kind = declared.impl_instance if isinstance(declared, TypeDecorator) else declared  # UTCDateTime: a DateTime
        if value is None:
            typed[name] = None
        elif isinstance(kind, DateTime):
            typed[name] = datetime.fromisoformat(value)
        elif isinstance(kind, Date):
            typed[name] = date.fromisoformat(value)
        elif isinstance(kind, LargeBinary):
            typed[name] = base64.b64decode(value)
        elif isinstance(kind, SqlEnum) and kind.enum_class is not None:
            typed[name] = kind.enum_class(value)
        else:
            typed[name] = value
    return typed
