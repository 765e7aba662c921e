"""Two data folders and a phone-like third client editing the same Radicale collections directly, for 200 rounds
of random edits, deletions and syncs, one folder syncing through a proxy that drops connections, refuses first
writes with 412 and answers 500. Afterwards: no duplicates, no edit lost or silently overwritten, and the same
contacts everywhere once the conflicts and deletions waiting are answered."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pytest

from desktop.core.cards import ContactCard
from desktop.core.sync_items import card_fields, card_text, read_card
from desktop.delivery.dav import ADDRESS_BOOK, Changed, Dav, Offline
from desktop.operations import sync as sync_ops
from desktop.operations.contacts import add_contact, delete_contact, list_contacts, update_contact
from tests.sync.dav_proxy import Faults, proxy

ROUNDS = 200
FIELDS = ("title", "notes", "locality")


@dataclass
class Ledger:
    """Every value written to a field, and every value a writer had in front of it when it wrote another."""

    written: list[tuple[str, str, str]] = field(default_factory=list)  # (uid, field, value)
    replaced: set[tuple[str, str, str]] = field(default_factory=set)  # seen and knowingly replaced
    shown: set[tuple[str, str, str]] = field(default_factory=set)  # kept in a conflict for the user
    history: list[str] = field(default_factory=list)  # what happened, to explain a failure

    def about(self, uid: str) -> str:
        return "\n".join(line for line in self.history if uid in line or line.startswith("sync"))


def _server_cards(phone: Dav, collection) -> dict[str, tuple[str, str, ContactCard]]:
    listing = phone.etags(collection)
    found: dict[str, tuple[str, str, ContactCard]] = {}
    for resource in phone.fetch(collection, list(listing.changed)):
        assert not isinstance(resource, tuple), resource
        card = read_card(resource.text, resource.href)
        assert card.uid not in found, f"two objects on the server for {card.uid}"
        found[card.uid] = (resource.href, resource.etag, card)
    return found


def _local(workspace) -> dict[str, tuple[int, ContactCard]]:
    found: dict[str, tuple[int, ContactCard]] = {}
    for contact_id, card in list_contacts(workspace):
        if card.uid:
            assert card.uid not in found, f"two contacts for {card.uid}"
            found[card.uid] = (contact_id, card)
    return found


def _note_conflicts(workspace, ledger: Ledger) -> None:
    status = sync_ops.sync_status(workspace)
    assert status is not None
    with workspace.session() as session:
        from sqlalchemy import select

        from desktop.storage.models import SyncConflict, SyncItem
        for conflict, uid in session.execute(select(SyncConflict, SyncItem.uid).join(SyncItem)):
            ledger.shown.add((uid, conflict.field, conflict.local))
            ledger.shown.add((uid, conflict.field, conflict.remote))


# 200 rounds against a real server, each sync several HTTP round trips: about a minute and a half on an idle
# 2-core machine, so it has more than the suite's 60 s per test.
@pytest.mark.timeout(400)
@pytest.mark.parametrize("seed", [19])
def test_two_folders_and_a_phone_stay_in_step(workspace, second_workspace, radicale, memory_keyring, seed):
    rng = random.Random(seed)
    user, password = radicale.account()
    faults = Faults()
    ledger = Ledger()
    with proxy(radicale.url, faults) as flaky, Dav(radicale.url, user, password) as phone:
        setup = sync_ops.set_up_account(workspace, flaky, user, password)
        sync_ops.set_up_account(second_workspace, radicale.url, user, password)
        collection = phone.collection(setup.addressbook.url.replace(flaky, radicale.url))
        assert collection.kind == ADDRESS_BOOK
        folders = {"A": workspace, "B": second_workspace}
        offline = 0

        def sync(name: str, faulty: bool = True) -> None:
            nonlocal offline
            faults.drop_after, faults.errors, faults.refuse_first_writes = -1, 0, False
            if name == "A" and faulty:
                fault = rng.random()
                if fault < 0.15:
                    faults.drop_after = rng.randrange(0, 12)
                elif fault < 0.25:
                    faults.errors = rng.randrange(1, 3)
                elif fault < 0.4:
                    faults.refuse_first_writes = True
            try:
                result = sync_ops.sync(folders[name], password=password)
                ledger.history.append(f"sync {name}: {result.summary}")
            except Offline as error:
                offline += 1
                ledger.history.append(f"sync {name}: offline ({error})")
            _note_conflicts(folders[name], ledger)

        for number in range(ROUNDS):
            actor = rng.choice("ABC")
            action = rng.choices(("add", "edit", "delete", "sync"), (2, 6, 1, 4))[0]
            value = f"{actor}{number}-Ünïcödé"
            if actor in folders and action == "sync":
                sync(actor)
            elif actor in folders:
                here = _local(folders[actor])
                if action == "add" or not here:
                    add_contact(folders[actor], ContactCard(full_name=f"Zoë Ærøskøbing {value}", title=value))
                    continue
                uid = rng.choice(sorted(here))
                contact_id, card = here[uid]
                if action == "delete":  # what this folder held of the contact goes, knowingly
                    ledger.replaced.update((uid, name, getattr(card, name)) for name in FIELDS)
                    delete_contact(folders[actor], contact_id)
                    ledger.history.append(f"{number} {actor} deletes {uid}")
                    continue
                name = rng.choice(FIELDS)
                ledger.replaced.add((uid, name, getattr(card, name)))
                setattr(card, name, value)
                ledger.written.append((uid, name, value))
                ledger.history.append(f"{number} {actor} sets {name} of {uid} to {value}")
                update_contact(folders[actor], contact_id, card, False)
            else:  # the phone, straight on the server
                there = _server_cards(phone, collection)
                if action == "add" or not there:
                    card = ContactCard(full_name=f"Phone contact {value}", uid=f"phone-{number}", title=value)
                    phone.put(f"{collection.url}phone-{number}.vcf", card_text(card), ADDRESS_BOOK, None)
                    continue
                uid = rng.choice(sorted(there))
                href, etag, card = there[uid]
                try:
                    if action == "delete":
                        ledger.replaced.update((uid, name, getattr(card, name)) for name in FIELDS)
                        phone.delete(href, etag)
                        ledger.history.append(f"{number} C deletes {uid}")
                        continue
                    name = rng.choice(FIELDS)
                    ledger.replaced.add((uid, name, getattr(card, name)))
                    setattr(card, name, value)
                    phone.put(href, card_text(card), ADDRESS_BOOK, etag)
                    ledger.written.append((uid, name, value))
                    ledger.history.append(f"{number} C sets {name} of {uid} to {value}")
                except Changed:
                    pytest.fail("the phone read and wrote with nothing in between")
        # Settle: sync until quiet, answer every deletion (deleting) and conflict (keeping this folder's value).
        for name in "ABAB":
            sync(name, faulty=False)
        ledger.history.append("settling")
        for ws in folders.values():
            status = sync_ops.sync_status(ws)
            assert status is not None
            for deletion in status.deletions:
                sync_ops.confirm_deletion(ws, deletion.item_id, delete_here=True)
            status = sync_ops.sync_status(ws)  # a deletion confirmed takes that contact's conflicts with it
            assert status is not None
            for conflict in status.conflicts:
                sync_ops.resolve_conflict(ws, conflict.id, take_server=False)
        for name in "ABAB":
            sync(name, faulty=False)
        server = _server_cards(phone, collection)
        mine, theirs = _local(workspace), _local(second_workspace)
        differing = (set(mine) | set(theirs) | set(server)) - (set(mine) & set(theirs) & set(server))
        assert not differing, "\n".join(f"{uid}: {uid in mine} {uid in theirs} {uid in server}\n{ledger.about(uid)}"
                                         for uid in differing)
        for uid, (_href, _etag, card) in server.items():
            assert card_fields(mine[uid][1]) == card_fields(theirs[uid][1]) == card_fields(card), uid
        for uid, name, value in ledger.written:
            if uid in server and getattr(server[uid][2], name) != value:
                assert (uid, name, value) in ledger.replaced | ledger.shown, \
                    f"{value} in {name} of {uid} was lost:\n{ledger.about(uid)}"
        status_a, status_b = sync_ops.sync_status(workspace), sync_ops.sync_status(second_workspace)
        assert status_a is not None and status_b is not None
        assert not (status_a.conflicts or status_a.deletions or status_b.conflicts or status_b.deletions)
        assert offline > 0, "the faults injected never cut a sync off"
        assert len(server) > 5
