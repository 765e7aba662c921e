"""A sync-collection result the server cut short (RFC 6578 3.6: a 507 for the collection inside the multistatus, and
a token that continues) is followed to its end, on a real Xandikos behind a proxy that truncates every result."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import select

from desktop.core.cards import ContactCard
from desktop.core.sync_items import card_text, read_card
from desktop.delivery.dav import ADDRESS_BOOK, Dav
from desktop.operations import sync as sync_ops
from desktop.operations.contacts import add_contact, list_contacts
from desktop.operations.opportunities import InterviewInput, add_interview, add_opportunity
from desktop.storage.models import SyncItem
from tests.conftest import ZONE
from tests.sync.dav_proxy import Faults, proxy

CONTACTS = 23
PAGE = 4  # responses the proxy lets through in one result


def _items(workspace) -> list[tuple[str, str]]:
    with workspace.session() as session:
        return [(row.collection, row.uid) for row in session.execute(select(SyncItem.collection, SyncItem.uid))]


def test_a_truncated_sync_collection_result_is_followed_and_nothing_arrives_twice(workspace, second_workspace,
                                                                                   own_xandikos, memory_keyring):
    user, password = own_xandikos.account()
    for number in range(CONTACTS):
        add_contact(workspace, ContactCard(full_name=f"Þórunn Ísaksdóttir-Lefèvre {number}", title=f"Rôle {number}"))
    opportunity = add_opportunity(workspace, "Ørsted Vindkraft Åbenrå", "Ingénieure données").id
    start = datetime(2026, 12, 1, 9, 30, tzinfo=ZONE)
    for day in range(3):
        add_interview(workspace, opportunity, InterviewInput(start + timedelta(days=day),
                                                             start + timedelta(days=day, hours=1), "Europe/Berlin"))
    setup = sync_ops.set_up_account(workspace, own_xandikos.url, user, password)
    assert setup.addressbook.sync_collection, "Xandikos offers sync-collection"
    sync_ops.sync(workspace)
    faults = Faults()
    faults.truncate_after = PAGE
    with proxy(own_xandikos.url, faults) as cutting, Dav(own_xandikos.url, user, password) as phone:
        sync_ops.set_up_account(second_workspace, cutting, user, password)
        first = sync_ops.sync(second_workspace)
        assert first.received["new"] == CONTACTS and not first.problems, first.summary
        assert faults.truncated >= CONTACTS // PAGE, "the proxy cut the results short"
        names = Counter(card.full_name for _id, card in list_contacts(second_workspace))
        assert len(names) == CONTACTS and set(names.values()) == {1}
        events = len(phone.changes(setup.calendar, "").changed)
        items = Counter(_items(second_workspace))
        assert set(items.values()) == {1}
        assert sum(1 for kind, _uid in items if kind == ADDRESS_BOOK) == CONTACTS
        assert len(items) - CONTACTS == events  # every event of the other folder, once
        # The phone corrects nine contacts; the changes since the token come back truncated too.
        listing = phone.changes(setup.addressbook, "")
        resources = list(phone.fetch(setup.addressbook, sorted(listing.changed)))
        for resource in resources[:9]:
            card = read_card(resource.text, "phone")
            card.title = f"{card.title} — corrigé"
            phone.put(resource.href, card_text(card), ADDRESS_BOOK, resource.etag)
        truncated_before = faults.truncated
        second = sync_ops.sync(second_workspace)
        assert second.received == {"new": 0, "changed": 9}, second.summary
        assert faults.truncated > truncated_before
        corrected = [card for _id, card in list_contacts(second_workspace) if card.title.endswith("corrigé")]
        assert len(corrected) == 9 and len(list_contacts(second_workspace)) == CONTACTS
        assert set(Counter(_items(second_workspace)).values()) == {1}
        # The token kept is the server's own, so an unchanged collection costs one request each again.
        faults.truncate_after = 0
        assert sync_ops.sync(second_workspace).requests == 2
