"""Every import as a batch that can be undone: the rows it created and the values it replaced.

Rows are recorded as their raw stored values (what SQLite holds, read without the models' conversions), so
that undo writes back exactly what was there. A contact's emails and phone numbers are part of its record.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, text
from sqlalchemy.orm import Session

from desktop.core.messages import Message, english, plural, together
from desktop.operations.changes import ChangeSet
from desktop.operations.progress import NO_PROGRESS, Progress
from desktop.operations.workspace import Workspace
from desktop.storage.models import Base, ImportBatch, ImportChange

_UNDO_STEP = 200  # records undone between two reports of progress
KEEP_BATCHES = 10  # the last imports that can be undone; older batches (and the values they hold) are dropped
# A contact's lists, kept with it: (table, column holding the value).
_CONTACT_LISTS = {"emails": ("contact_email", "address"), "phones": ("contact_phone", "number")}
_NOT_COMPARED = {"id", "updated_at"}  # an edit that changes nothing still moves updated_at
_CHUNK = 500  # ids per query, well under SQLite's limit on parameters

Snapshot = dict[str, Any]


class UndoError(Exception):
    """There is no such import to undo; the message says what can be done instead."""


def _plain(value: Any) -> Any:
    """A raw column value as JSON can hold it (a photo's bytes as base64)."""
    return {"base64": base64.b64encode(value).decode("ascii")} if isinstance(value, bytes) else value


def _raw(value: Any) -> Any:
    return base64.b64decode(value["base64"]) if isinstance(value, dict) else value


def _digest(values: Snapshot) -> str:
    """A fingerprint of a row an import created: enough to tell at undo whether it was changed since.

    Kept instead of the values themselves, which would store every imported card twice.
    """
    return hashlib.sha256(json.dumps(values, sort_keys=True).encode("utf-8")).hexdigest()[:32]


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def snapshots(connection: Connection, table: str, ids: Iterable[int]) -> dict[int, Snapshot]:
    """The rows' raw values by id (a contact's with its emails and phones); rows that are gone are left out."""
    found: dict[int, Snapshot] = {}
    for chunk in _chunks(sorted(set(ids))):
        query = text(f"SELECT * FROM {table} WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
        for row in connection.execute(query, {"ids": chunk}).mappings():
            found[row["id"]] = {k: _plain(v) for k, v in row.items() if k not in _NOT_COMPARED}
        if table != "contact":
            continue
        for key, (list_table, column) in _CONTACT_LISTS.items():
            for contact_id in chunk:
                if contact_id in found:
                    found[contact_id][key] = []
            query = text(f"SELECT contact_id, {column}, label FROM {list_table} WHERE contact_id IN :ids "
                         "ORDER BY position, id").bindparams(bindparam("ids", expanding=True))
            for contact_id, value, label in connection.execute(query, {"ids": chunk}):
                found[contact_id][key].append([value, label])
    return found


class BatchRecorder:
    """Collects what one import writes in its session; `finish` stores it as a batch (or adds it to one).

    Call `watch` before changing a stored row, `created` once a new row has its id.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._created: list[tuple[str, int]] = []
        self._before: dict[tuple[str, int], Snapshot] = {}

    def watch(self, table: str, ids: Iterable[int]) -> None:
        new = [i for i in ids if (table, i) not in self._before]
        for row_id, values in snapshots(self.session.connection(), table, new).items():
            self._before[(table, row_id)] = values

    def created(self, table: str, ids: Iterable[int]) -> None:
        self._created += [(table, i) for i in ids]

    def finish(self, file_name: str, summary: str, batch_id: int | None = None, keep_empty: bool = False) -> int | None:
        """Store the batch (or add to `batch_id`); None when the import changed nothing and none is wanted."""
        self.session.flush()
        connection = self.session.connection()
        rows = []
        by_table: dict[str, list[int]] = {}
        for table, row_id in self._created:
            by_table.setdefault(table, []).append(row_id)
        created = {table: snapshots(connection, table, ids) for table, ids in by_table.items()}
        for table, row_id in self._created:
            rows.append({"table_name": table, "row_id": row_id, "created": True, "before": "",
                         "after": _digest(created[table][row_id])})
        earlier = self._earlier_updates(batch_id)
        for (table, row_id), before in self._before.items():
            after = snapshots(connection, table, [row_id]).get(row_id, {})
            old, new = earlier.pop((table, row_id), ({}, {}))
            for key, value in before.items():
                if after.get(key) != value:
                    old.setdefault(key, value)  # what the import found first, before any earlier step
                    new[key] = after.get(key)
            changed = {key for key in old if old[key] != new.get(key)}
            if changed:
                rows.append({"table_name": table, "row_id": row_id, "created": False,
                             "before": json.dumps({k: old[k] for k in changed}),
                             "after": json.dumps({k: new[k] for k in changed})})
        if not rows and not keep_empty and batch_id is None:
            return None
        if batch_id is None:
            batch = ImportBatch(file_name=file_name, summary=summary)
            self.session.add(batch)
            self.session.flush()
            batch_id = batch.id
            _prune(self.session)
        if rows:
            self.session.execute(insert(ImportChange), [{**row, "batch_id": batch_id} for row in rows])
        return batch_id

    def _earlier_updates(self, batch_id: int | None) -> dict[tuple[str, int], tuple[Snapshot, Snapshot]]:
        """Updates the batch already holds for the rows watched now, taken out to be stored again merged."""
        if batch_id is None:
            return {}
        found = {}
        for change in self.session.scalars(select(ImportChange).where(
                ImportChange.batch_id == batch_id, ImportChange.created.is_(False))):
            if (change.table_name, change.row_id) in self._before:
                found[(change.table_name, change.row_id)] = (json.loads(change.before), json.loads(change.after))
                self.session.delete(change)
        return found


def _prune(session: Session) -> None:
    keep = select(ImportBatch.id).order_by(ImportBatch.id.desc()).limit(KEEP_BATCHES).scalar_subquery()
    old = session.scalars(select(ImportBatch.id).where(ImportBatch.id.not_in(keep))).all()
    if old:
        session.execute(delete(ImportChange).where(ImportChange.batch_id.in_(old)))
        session.execute(delete(ImportBatch).where(ImportBatch.id.in_(old)))


@dataclass(frozen=True)
class BatchInfo:
    """One import that can be undone."""

    batch_id: int
    file_name: str
    imported_at: datetime
    summary: str
    changes: int


def list_batches(workspace: Workspace) -> list[BatchInfo]:
    """The imports that can be undone, newest first."""
    # Read as plain columns from the tables: Edit → Undo import is filled as Today is listed, and an ORM query
    # would set every mapper up (40 ms) before the user can act.
    batch, change = ImportBatch.__table__, ImportChange.__table__
    with workspace.session() as session:
        connection = session.connection()
        counts: dict[int, int] = {batch_id: count for batch_id, count in connection.execute(
            select(change.c.batch_id, func.count()).group_by(change.c.batch_id))}
        return [BatchInfo(b.id, b.file_name, b.imported_at, b.summary, counts.get(b.id, 0))
                for b in connection.execute(select(batch.c.id, batch.c.file_name, batch.c.imported_at, batch.c.summary)
                                            .order_by(batch.c.id.desc()))]


@dataclass
class UndoReport:
    """What undoing one import did, and what it kept because the user had worked on it since."""

    file_name: str
    removed: int = 0
    restored: int = 0
    kept: list[str] = field(default_factory=list)
    # An import may have written any kind of record; what its undo put back or took away is not told apart.
    changes: ChangeSet = field(default_factory=ChangeSet.everything)

    def describe(self) -> str:
        text = Message("Undid the import of {file}: {removed} removed, {restored} put back as they were.",
                       file=self.file_name, removed=plural("%n record(s)", "", self.removed),
                       restored=plural("%n record(s)", "", self.restored))
        if self.kept:
            return together([text, Message("{count} kept because you changed them since: {kept}.",
                                           count=len(self.kept), kept=self.kept)])
        return text


def _describe(table: str, values: Snapshot) -> str:
    try:
        if table == "contact":
            return Message("the contact {name}", name=values["full_name"])
        if table == "opportunity":
            return Message("the opportunity {company} — {role}", company=values["company"], role=values["role"])
        if table == "interview":
            return Message("an interview on {day}", day=str(values["starts_at"])[:10])
    except KeyError:
        pass
    if table == "meeting_note":
        return english("a person met at an interview")
    if table == "status_change":
        return english("a status change")
    return f"a {table.replace('_', ' ')}"


def _referenced(connection: Connection, table: str, row_id: int) -> bool:
    """True when a row of another table points at this one (a contact met at an interview, a note written)."""
    for other in Base.metadata.sorted_tables:
        if table == "contact" and other.name in ("contact_email", "contact_phone"):
            continue  # part of the contact's own record
        for key in other.foreign_keys:
            if key.column.table.name == table and connection.execute(
                    text(f"SELECT 1 FROM {other.name} WHERE {key.parent.name} = :id LIMIT 1"), {"id": row_id}).first():
                return True
    return False


def _write(connection: Connection, table: str, row_id: int, values: Snapshot) -> None:
    columns = {k: _raw(v) for k, v in values.items() if k not in _CONTACT_LISTS}
    if columns:
        assignments = ", ".join(f"{name} = :{name}" for name in columns)
        connection.execute(text(f"UPDATE {table} SET {assignments} WHERE id = :row_id"), {**columns, "row_id": row_id})
    for key, (list_table, column) in _CONTACT_LISTS.items():
        if key in values:
            connection.execute(text(f"DELETE FROM {list_table} WHERE contact_id = :id"), {"id": row_id})
            for position, (value, label) in enumerate(values[key]):
                connection.execute(text(f"INSERT INTO {list_table} (contact_id, {column}, label, position) "
                                        "VALUES (:id, :value, :label, :position)"),
                                   {"id": row_id, "value": value, "label": label, "position": position})


def undo_import(workspace: Workspace, batch_id: int | None = None, progress: Progress = NO_PROGRESS) -> UndoReport:
    """Undo one import (the last when no id is given): what it created is removed and what it replaced put back.

    A record the user has since edited, or linked to something of their own, is kept and named in the report.
    Undoing a calendar of 10,000 events takes seconds: `progress` is told every few hundred records, and a
    Cancelled it raises rolls the whole undo back.
    """
    with workspace.write_session() as session:
        query = select(ImportBatch).order_by(ImportBatch.id.desc()).limit(1)
        batch = session.scalar(query if batch_id is None else select(ImportBatch).where(ImportBatch.id == batch_id))
        if batch is None:
            known = ", ".join(str(i) for i in session.scalars(select(ImportBatch.id).order_by(ImportBatch.id.desc())))
            raise UndoError(Message("There is no import {id} to undo; the imports that can be undone are: {known}.",
                                    id=batch_id, known=known)
                            if batch_id is not None and known else english("There is no import to undo."))
        report = UndoReport(batch.file_name)
        connection = session.connection()
        changes = list(reversed(batch.changes))
        for done, change in enumerate(changes):
            if done % _UNDO_STEP == 0:
                progress.update(done, len(changes), batch.file_name)
            _undo_change(connection, change, report)
        session.delete(batch)
    return report


def _undo_change(connection: Connection, change: ImportChange, report: UndoReport) -> None:
    table, row_id = change.table_name, change.row_id
    current = snapshots(connection, table, [row_id]).get(row_id)
    if current is None:
        return  # deleted since: nothing to take away or to put back
    if change.created:
        if _digest(current) != change.after:
            report.kept.append(Message("{what} (edited since)", what=_describe(table, current)))
        elif _referenced(connection, table, row_id):
            report.kept.append(Message("{what} (linked to your other records)", what=_describe(table, current)))
        else:
            connection.execute(text(f"DELETE FROM {table} WHERE id = :id"), {"id": row_id})
            report.removed += 1
        return
    before, after = json.loads(change.before), json.loads(change.after)
    untouched = {key: value for key, value in before.items() if current.get(key) == after.get(key)}
    _write(connection, table, row_id, untouched)
    if untouched:
        report.restored += 1
    if len(untouched) < len(before):
        report.kept.append(Message("your later changes to {what}", what=_describe(table, current)))
