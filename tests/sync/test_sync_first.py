"""The first sync of many objects: what it costs in requests, and a sync killed before it saved what it sent.

On Radicale, where each test has a user and collections of its own: Xandikos's are shared, and objects left there
would meet the other tests' objects of the same UIDs."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.core.cards import ContactCard, LabelledValue
from desktop.delivery.dav import Dav
from desktop.operations import sync as sync_ops
from desktop.operations.contacts import add_contact, list_contacts
from desktop.operations.opportunities import InterviewInput, add_interview, add_opportunity
from desktop.storage.models import SyncItem
from tests.conftest import ZONE

NAMES = ("Þórunn Guðmundsdóttir-Halvorsen", "Małgorzata Wiśniewska-Özdemir", "Chiamaka Ọláńrewájú-Nwachukwu",
         "François-Xavier de La Tour d'Auvergne")


def _fill(workspace, contacts: int) -> None:
    for number in range(contacts):
        name = f"{NAMES[number % len(NAMES)]} {number}"
        add_contact(workspace, ContactCard(full_name=name, title="Responsable des études", company="Fjord & Finch",
                                           phones=[LabelledValue(f"+33 1 42 68 {number:02d} 00", "work")]))
    opportunity = add_opportunity(workspace, "Société Générale d'Équipements", "Ingénieure logiciel").id
    start = datetime(2026, 11, 30, 10, 0, tzinfo=ZONE)
    for day in range(3):
        begins = start + timedelta(days=day)
        add_interview(workspace, opportunity, InterviewInput(begins, begins + timedelta(hours=1), "Europe/Berlin",
                                                             location="Tour Alto, 4 place des Saisons"))


def _on_server(phone: Dav, setup: sync_ops.AccountSetup) -> set[str]:
    hrefs: set[str] = set()
    for collection in (setup.addressbook, setup.calendar):
        hrefs |= set(phone.etags(collection).changed)
    return hrefs


def _rows(workspace) -> list[str]:
    with workspace.session() as session:
        return list(session.scalars(select(SyncItem.href)))


def test_what_was_sent_is_not_fetched_back_and_each_object_has_one_row(workspace, radicale, memory_keyring, request):
    """Event UIDs carry an '@', which Radicale spells '%40' in its listings: the object is still the same one."""
    user, password = radicale.account()
    setup = sync_ops.set_up_account(workspace, radicale.url, user, password)
    _fill(workspace, 5)
    first = sync_ops.sync(workspace)
    sent = first.sent["new"]
    assert sent > 5 and not first.problems and first.received == {"new": 0, "changed": 0}
    # Per collection: its state and its listing, twice (before sending, and after to see nothing else moved);
    # then one PUT per object, and nothing fetched back.
    assert first.requests == 8 + sent, first.requests
    phone = Dav(radicale.url, user, password)
    request.addfinalizer(phone.close)
    rows = _rows(workspace)
    assert sorted(rows) == sorted(_on_server(phone, setup)) and len(rows) == sent


def test_a_sync_killed_before_saving_what_it_sent_resumes_without_duplicates_or_conflicts(
        workspace, radicale, memory_keyring, monkeypatch, request):
    user, password = radicale.account()
    setup = sync_ops.set_up_account(workspace, radicale.url, user, password)
    _fill(workspace, sync_ops.STATE_BATCH + 7)  # one batch saved, the rest still in memory when the kill comes

    saves = []
    real_save = sync_ops._CollectionSync._save

    def killed_at_the_second_save(self, stored):
        if stored:
            saves.append(len(stored))
            if len(saves) == 2:
                raise SystemExit("the app was killed")
        return real_save(self, stored)

    monkeypatch.setattr(sync_ops._CollectionSync, "_save", killed_at_the_second_save)
    with pytest.raises(SystemExit):
        sync_ops.sync(workspace)
    monkeypatch.undo()
    assert saves == [sync_ops.STATE_BATCH, 7]
    assert len(_rows(workspace)) == sync_ops.STATE_BATCH  # seven contacts are on the server with no state here

    again = sync_ops.sync(workspace)
    assert again.sent["new"] == len(_rows(workspace)) - sync_ops.STATE_BATCH - 7  # the events; no contact again
    assert again.received == {"new": 0, "changed": 0} and not again.problems
    assert again.conflicts == 0 and again.deletions == 0
    phone = Dav(radicale.url, user, password)
    request.addfinalizer(phone.close)
    assert sorted(_rows(workspace)) == sorted(_on_server(phone, setup))
    assert len(list_contacts(workspace)) == sync_ops.STATE_BATCH + 7
    assert sync_ops.sync(workspace).requests == 2  # and then in step: one request a collection
