"""Two data folders and a phone-like third client editing the same Radicale collections directly, for 200 rounds
of random edits, deletions and syncs, one folder syncing through a proxy that drops connections, refuses first
writes with 412 and answers 500. Afterwards: no duplicates, no edit lost or silently overwritten, and the same
contacts everywhere once the conflicts and deletions waiting are answered.

Once for contacts, and once for events: the folders plan, move and delete interviews (and edit contacts), the
phone moves interviews, gives them another place, retitles Afterview's own deadlines and calls (put back by
design) and deletes events; each folder's events end on the server exactly as it works them out."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from desktop.core.cards import ContactCard
from desktop.core.sync_items import card_fields, card_text, event_fields, read_card, read_event
from desktop.delivery.dav import ADDRESS_BOOK, CALENDAR, Changed, Dav, Offline
from desktop.operations import sync as sync_ops
from desktop.operations.calendar_export import UID_DOMAIN, calendar_events
from desktop.operations.contacts import add_contact, delete_contact, list_contacts, update_contact
from desktop.operations.opportunities import (
    InterviewInput,
    add_interview,
    add_opportunity,
    delete_interview,
    get_interview,
    update_interview,
)
from desktop.operations.people_met import add_person_met
from desktop.operations.workspace import Workspace
from tests.conftest import NOW
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


@dataclass
class Syncs:
    """Syncs a folder by name into the ledger; folder A syncs through the proxy, with a fault drawn at random."""

    folders: dict[str, Workspace]
    password: str
    faults: Faults
    rng: random.Random
    ledger: Ledger
    offline: int = 0  # syncs a fault cut off
    put_back: int = 0  # events changed on the phone that the folder works out itself, sent again

    def __call__(self, name: str, faulty: bool = True) -> None:
        faults, rng = self.faults, self.rng
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
            result = sync_ops.sync(self.folders[name], password=self.password)
            self.ledger.history.append(f"sync {name}: {result.summary}")
            assert not result.problems, f"nothing here is unreadable: {result.problems}\n" + \
                "\n".join(self.ledger.history)
            self.put_back += len(result.put_back)
        except Offline as error:
            self.offline += 1
            self.ledger.history.append(f"sync {name}: offline ({error})")
        _note_conflicts(self.folders[name], self.ledger)

    def settle(self) -> None:
        """Sync until quiet and answer every deletion (deleting) and conflict (keeping the folder's value), again
        while answers make more (a deletion kept here goes up and waits in the other folder); then nothing waits
        anywhere."""
        for _round in range(4):
            for name in "ABAB":
                self(name, faulty=False)
            self.ledger.history.append("settling")
            answered = False
            for ws in self.folders.values():
                status = sync_ops.sync_status(ws)
                assert status is not None
                for deletion in status.deletions:
                    sync_ops.confirm_deletion(ws, deletion.item_id, delete_here=True)
                answered = answered or bool(status.deletions)
                status = sync_ops.sync_status(ws)  # a deletion confirmed takes that contact's conflicts with it
                assert status is not None
                for conflict in status.conflicts:
                    sync_ops.resolve_conflict(ws, conflict.id, take_server=False)
                answered = answered or bool(status.conflicts)
            if not answered:
                break
        for ws in self.folders.values():
            status = sync_ops.sync_status(ws)
            assert status is not None and not (status.conflicts or status.deletions)


def _edit_card(ledger: Ledger, who: str, number: int, uid: str, card: ContactCard, name: str, value: str) -> None:
    """Set one field of a card, noting the value written and the one it replaced knowingly."""
    ledger.replaced.add((uid, name, getattr(card, name)))
    setattr(card, name, value)
    ledger.written.append((uid, name, value))
    ledger.history.append(f"{number} {who} sets {name} of {uid} to {value}")


def _contacts_in_step(phone: Dav, collection, folders: dict[str, Workspace], ledger: Ledger) -> int:
    """Every contact the same in both folders and on the server, no written value lost unseen; how many there are."""
    server = _server_cards(phone, collection)
    mine, theirs = _local(folders["A"]), _local(folders["B"])
    differing = (set(mine) | set(theirs) | set(server)) - (set(mine) & set(theirs) & set(server))
    assert not differing, "\n".join(f"{uid}: {uid in mine} {uid in theirs} {uid in server}\n{ledger.about(uid)}"
                                     for uid in differing)
    for uid, (_href, _etag, card) in server.items():
        assert card_fields(mine[uid][1]) == card_fields(theirs[uid][1]) == card_fields(card), uid
    for uid, name, value in ledger.written:
        if uid in server and getattr(server[uid][2], name) != value:
            assert (uid, name, value) in ledger.replaced | ledger.shown, \
                f"{value} in {name} of {uid} was lost:\n{ledger.about(uid)}"
    return len(server)


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
        sync = Syncs(folders, password, faults, rng, ledger)
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
                _edit_card(ledger, actor, number, uid, card, rng.choice(FIELDS), value)
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
                    _edit_card(ledger, "C", number, uid, card, rng.choice(FIELDS), value)
                    phone.put(href, card_text(card), ADDRESS_BOOK, etag)
                except Changed:
                    pytest.fail("the phone read and wrote with nothing in between")
        sync.settle()
        assert _contacts_in_step(phone, collection, folders, ledger) > 5
        assert sync.offline > 0, "the faults injected never cut a sync off"


# --- events -----------------------------------------------------------------------------------------------------------

INTERVIEW_FIELDS = ("start", "end", "location")  # what the phone may change of an interview and have kept


def _server_events(phone: Dav, collection) -> dict[str, tuple[str, str, str, dict[str, str]]]:
    """uid -> (href, etag, text, fields) of every event on the server; two objects for one UID fail."""
    found: dict[str, tuple[str, str, str, dict[str, str]]] = {}
    for resource in phone.fetch(collection, list(phone.etags(collection).changed)):
        assert not isinstance(resource, tuple), resource
        event = read_event(resource.text, resource.href)
        assert event.uid not in found, f"two objects on the server for {event.uid}"
        found[event.uid] = (resource.href, resource.etag, resource.text, event.fields)
    return found


def _events(workspace) -> dict[str, tuple[str, dict[str, str]]]:
    """The folder's events as it sends them: its UID on the server -> (the marker kind, the fields)."""
    with workspace.session() as session:
        from desktop.storage.models import SyncAccount

        domain = session.get(SyncAccount, 1).uid_domain
    _markers, events = calendar_events(workspace)
    return {event.uid.replace(f"@{UID_DOMAIN}", f"@{domain}"): (event.uid.split("-", 1)[0], event_fields(event))
            for event in events}


def _edited(text: str, **changes: object) -> str:
    """The event as a phone's calendar app writes it back with some properties changed."""
    calendar = icalendar.Calendar.from_ical(text)
    [event] = calendar.walk("VEVENT")
    for name, value in changes.items():
        event.pop(name, None)
        event.add(name, value)
    return calendar.to_ical().decode()


# 200 rounds as above, with the calendar export worked out at every sync: 216 s at load 18 here (the contacts test
# took 152 s in the same run, 68 s alone), 318 s at load 20.
@pytest.mark.timeout(600)
@pytest.mark.parametrize("seed", [6])
def test_interviews_planned_moved_and_deleted_in_two_folders_and_on_a_phone(workspace, second_workspace, radicale,
                                                                           memory_keyring, seed):
    rng = random.Random(seed)
    user, password = radicale.account()
    faults = Faults()
    ledger = Ledger()
    folders = {"A": workspace, "B": second_workspace}
    opportunities: dict[str, int] = {}
    for actor, ws in folders.items():
        opportunities[actor] = add_opportunity(ws, f"Société Générale d'Équipements {actor}", "Ingénieure").id
        for number in range(3):
            add_contact(ws, ContactCard(full_name=f"Zoë Ærøskøbing {actor}{number}", title="Directrice"))
    retitled = 0  # derived events the phone retitled
    with proxy(radicale.url, faults) as flaky, Dav(radicale.url, user, password) as phone:
        setup = sync_ops.set_up_account(workspace, flaky, user, password)
        sync_ops.set_up_account(second_workspace, radicale.url, user, password)
        calendar = phone.collection(setup.calendar.url.replace(flaky, radicale.url))
        addressbook = phone.collection(setup.addressbook.url.replace(flaky, radicale.url))
        sync = Syncs(folders, password, faults, rng, ledger)

        def plan(actor: str, number: int) -> None:
            ws = folders[actor]
            start = NOW.replace(minute=0) + timedelta(hours=rng.randrange(-60, 24 * 12))
            interview_id = add_interview(ws, opportunities[actor], InterviewInput(
                start, start + timedelta(minutes=rng.choice((45, 60, 90))), "Europe/Berlin",
                location=f"Salle {number} — Tour Åsgård")).id
            contacts = list_contacts(ws)
            if contacts and rng.random() < 0.6:  # someone met: a thank-you note deadline follows the interview
                add_person_met(ws, interview_id, rng.choice(contacts)[0])
            ledger.history.append(f"{number} {actor} plans interview-{interview_id}")

        for ws in folders.values():
            plan("A" if ws is workspace else "B", 0)
        for name in "ABA":
            sync(name, faulty=False)
        for number in range(1, ROUNDS + 1):
            actor = rng.choice("ABC")
            action = rng.choices(("plan", "move", "delete", "contact", "sync"), (2, 6, 1, 2, 5))[0]
            value = f"{actor}{number}-Ünïcödé"
            if actor in folders and action == "sync":
                sync(actor)
            elif actor in folders and action == "contact":
                contact_id, card = rng.choice(list_contacts(folders[actor]))
                _edit_card(ledger, actor, number, card.uid, card, rng.choice(FIELDS), value)
                update_contact(folders[actor], contact_id, card, False)
            elif actor in folders:
                ws = folders[actor]
                interviews = {uid: fields for uid, (kind, fields) in _events(ws).items() if kind == "interview"}
                if action == "plan" or not interviews:
                    plan(actor, number)
                    continue
                uid = rng.choice(sorted(interviews))
                interview_id = int(uid.split("@")[0].removeprefix("interview-"))
                row = get_interview(ws, interview_id)
                ledger.replaced.update((uid, name, interviews[uid][name]) for name in INTERVIEW_FIELDS)
                if action == "delete":
                    delete_interview(ws, interview_id)
                    ledger.history.append(f"{number} {actor} deletes {uid}")
                    continue
                shift = timedelta(minutes=15 * rng.randrange(-12, 13) or 30)
                location = value if rng.random() < 0.4 else row.location
                update_interview(ws, interview_id, InterviewInput(
                    row.starts_at + shift, row.ends_at + shift if row.ends_at else None, row.time_zone,
                    location=location))
                moved = _events(ws)[uid][1]
                ledger.written.extend((uid, name, moved[name]) for name in INTERVIEW_FIELDS)
                ledger.history.append(f"{number} {actor} moves {uid} to {moved['start']} at {location}")
            elif action == "contact":
                there = _server_cards(phone, addressbook)
                uid = rng.choice(sorted(there))
                href, etag, card = there[uid]
                _edit_card(ledger, "C", number, uid, card, rng.choice(FIELDS), value)
                phone.put(href, card_text(card), ADDRESS_BOOK, etag)
            else:  # the phone moves, edits or deletes an event, straight on the server
                there = _server_events(phone, calendar)
                if not there:
                    continue
                uid = rng.choice(sorted(there))
                href, etag, text, fields = there[uid]
                interview = uid.startswith("interview-")
                ledger.replaced.update((uid, name, fields[name]) for name in INTERVIEW_FIELDS)
                if action == "delete":
                    phone.delete(href, etag)
                    ledger.history.append(f"{number} C deletes {uid}")
                    continue
                if not interview:  # Afterview's own reckoning (a deadline, a call): to be put back
                    phone.put(href, _edited(text, SUMMARY=value), CALENDAR, etag)
                    retitled += 1
                    ledger.history.append(f"{number} C retitles {uid} to {value}")
                    continue
                start = read_event(text, href).start
                assert isinstance(start, datetime)
                shift = timedelta(minutes=15 * rng.randrange(-12, 13) or 45)
                changes: dict[str, object] = {"DTSTART": (start + shift).astimezone(UTC)}
                end = read_event(text, href).end
                if isinstance(end, datetime):
                    changes["DTEND"] = (end + shift).astimezone(UTC)
                if rng.random() < 0.4:
                    changes["LOCATION"] = value
                new = _edited(text, **changes)
                phone.put(href, new, CALENDAR, etag)
                moved = read_event(new, href).fields
                ledger.written.extend((uid, name, moved[name]) for name in INTERVIEW_FIELDS
                                      if moved[name] != fields[name])
                ledger.history.append(f"{number} C moves {uid} to {moved['start']} at {moved['location']}")
        sync.settle()
        server = _server_events(phone, calendar)
        mine, theirs = _events(workspace), _events(second_workspace)
        assert not set(mine) & set(theirs), "two folders sent events under the same UID"
        expected = {uid: fields for uid, (_kind, fields) in {**mine, **theirs}.items()}
        differing = set(expected) ^ set(server)
        assert not differing, "\n".join(f"{uid}: here {uid in expected}, on the server {uid in server}\n"
                                         f"{ledger.about(uid)}" for uid in differing)
        for uid, fields in expected.items():  # every event as its folder works it out: phone edits put back
            assert server[uid][3] == fields, f"{uid}\n{ledger.about(uid)}"
        for uid, name, value in ledger.written:
            if uid in server and server[uid][3][name] != value:  # an interview's time or place
                assert (uid, name, value) in ledger.replaced | ledger.shown, \
                    f"{value} in {name} of {uid} was lost:\n{ledger.about(uid)}"
        _contacts_in_step(phone, addressbook, folders, ledger)
        assert sync.offline > 0 and retitled > 0 and sync.put_back > 0
        assert sum(1 for uid in server if uid.startswith("interview-")) > 3
