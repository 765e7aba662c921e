"""Applying the user's choices from the merge review to the contacts an import found different."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.card_merge import Choice, resolve
from desktop.operations.changes import NOTHING, ChangeSet, RecordKind
from desktop.operations.contacts import save_merged, to_card
from desktop.operations.import_batches import BatchRecorder
from desktop.operations.transfer_types import CardDifferences
from desktop.operations.workspace import Workspace
from desktop.storage.models import Contact, ImportBatch

Decision = tuple[CardDifferences, Mapping[str, Choice]]


def apply_choices(workspace: Workspace, decisions: Sequence[Decision]) -> ChangeSet:
    """Apply each contact's choices (fields left out keep the user's value); the contacts that changed.

    The values replaced are added to the batch of the import that found the difference, so undoing the import
    undoes the choices too. A contact deleted since is skipped; a name taken from the file clears the
    spelling-checked tick.
    """
    changed: list[int] = []
    with workspace.write_session() as session:
        for batch_id in dict.fromkeys(difference.batch_id for difference, _ in decisions):
            changed += _apply(session, batch_id, [d for d in decisions if d[0].batch_id == batch_id])
    return ChangeSet.of(RecordKind.CONTACT, changed) if changed else NOTHING


def _apply(session: Session, batch_id: int | None, decisions: list[Decision]) -> list[int]:
    if batch_id is not None and session.get(ImportBatch, batch_id) is None:
        batch_id = None  # undone or dropped since: the choices become a batch of their own
    recorder = BatchRecorder(session)
    ids = [difference.contact_id for difference, _ in decisions]
    recorder.watch("contact", ids)
    contacts = {c.id: c for c in session.scalars(select(Contact).where(Contact.id.in_(ids)).options(
        selectinload(Contact.emails), selectinload(Contact.phones)))}
    changed = []
    for difference, choices in decisions:
        contact = contacts.get(difference.contact_id)
        if contact is None:
            continue
        current = to_card(contact)
        card = resolve(current, difference.mine, difference.theirs, choices)
        if card != current:
            save_merged(contact, current, card)
            changed.append(contact.id)
    recorder.finish(decisions[0][0].file_name, "choices from the merge review", batch_id=batch_id)
    return changed
