"""Applying the user's choices from the merge review to the contacts an import found different."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.core.card_merge import Choice, resolve
from desktop.operations.contacts import save_merged, to_card
from desktop.operations.import_batches import BatchRecorder
from desktop.operations.transfer_types import CardDifferences
from desktop.operations.workspace import Workspace
from desktop.storage.models import Contact, ImportBatch

Decision = tuple[CardDifferences, Mapping[str, Choice]]


def apply_choices(workspace: Workspace, batch_id: int | None, decisions: Sequence[Decision]) -> int:
    """Apply each contact's choices (fields left out keep the user's value); returns how many contacts changed.

    The values replaced are added to the import's batch, so undoing the import undoes the choices too. A
    contact deleted since the import is skipped; a name taken from the file clears the spelling-checked tick.
    """
    if not decisions:
        return 0
    with workspace.write_session() as session:
        if batch_id is not None and session.get(ImportBatch, batch_id) is None:
            batch_id = None  # undone or dropped since: the choices become an import of their own
        recorder = BatchRecorder(session)
        ids = [difference.contact_id for difference, _ in decisions]
        recorder.watch("contact", ids)
        contacts = {c.id: c for c in session.scalars(select(Contact).where(Contact.id.in_(ids)).options(
            selectinload(Contact.emails), selectinload(Contact.phones)))}
        changed = 0
        for difference, choices in decisions:
            contact = contacts.get(difference.contact_id)
            if contact is None:
                continue
            current = to_card(contact)
            card = resolve(current, difference.mine, difference.theirs, choices)
            if card != current:
                save_merged(contact, current, card)
                changed += 1
        recorder.finish(decisions[0][0].file_name, "merge review", batch_id=batch_id)
    return changed
