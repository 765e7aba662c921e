"""`afterview sync` as a real child process, killed with SIGKILL mid-upload and again mid-download against a slowed
proxy in front of Radicale, then run to the end: nothing on the server or here twice, nothing lost, and a second
data folder syncing the same account ends with the same contacts."""

from __future__ import annotations

import shlex
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.cards import ContactCard
from desktop.core.sync_items import card_fields, card_text, event_fields, read_card, read_event
from desktop.delivery.dav import ADDRESS_BOOK, Dav
from desktop.operations import sync as sync_ops
from desktop.operations.calendar_export import UID_DOMAIN, calendar_events
from desktop.operations.contacts import add_contact, list_contacts
from desktop.operations.opportunities import InterviewInput, add_interview, add_opportunity
from desktop.operations.workspace import open_workspace
from desktop.storage.models import SyncAccount
from tests.sync.dav_proxy import Faults, proxy

ROOT = Path(__file__).resolve().parents[2]
HERE_FIRST, PHONE_FIRST = 24, 48  # contacts made here (uploaded), and on the phone (downloaded)


def _afterview_sync(data: Path) -> subprocess.Popen[bytes]:
    """`afterview --data-dir DATA sync`, as a user runs it, from this checkout."""
    return subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data), "sync"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _kill_when(process: subprocess.Popen[bytes], ready: Callable[[], bool], what: str) -> None:
    """SIGKILL the process as soon as `ready()` holds, which must happen while it still runs."""
    deadline = time.monotonic() + 50
    while not ready():
        assert process.poll() is None, f"the sync ended before {what}: {process.communicate()}"
        assert time.monotonic() < deadline, f"never {what}"
        time.sleep(0.01)
    process.kill()
    process.communicate()
    assert process.returncode == -9


def _contacts_in(data: Path) -> int:
    with sqlite3.connect(data / "afterview.sqlite3", timeout=10) as connection:
        count = connection.execute("SELECT count(*) FROM contact").fetchone()[0]
    connection.close()
    return count


def _server(phone: Dav, url: str) -> dict[str, tuple[str, dict[str, str]]]:
    """uid -> (href, fields) of every object in the collection; two objects for one UID fail."""
    collection = phone.collection(url)
    found: dict[str, tuple[str, dict[str, str]]] = {}
    for resource in phone.fetch(collection, list(phone.etags(collection).changed)):
        assert not isinstance(resource, tuple), resource
        if collection.kind == ADDRESS_BOOK:
            card = read_card(resource.text, resource.href)
            uid, fields = card.uid, card_fields(card)
        else:
            event = read_event(resource.text, resource.href)
            uid, fields = event.uid, event.fields
        assert uid not in found, f"two objects on the server for {uid}: {found[uid][0]} and {resource.href}"
        found[uid] = (resource.href, fields)
    return found


def _local_cards(workspace) -> dict[str, dict[str, str]]:
    cards = Counter(card.uid for _id, card in list_contacts(workspace))
    assert set(cards.values()) == {1}, [uid for uid, n in cards.items() if n > 1]
    return {card.uid: card_fields(card) for _id, card in list_contacts(workspace)}


# Two syncs killed and two run to the end as child processes, each starting Python: 112-192 s at load 17-20 here,
# so well past the suite's 60 s.
@pytest.mark.timeout(400)
def test_a_sync_killed_mid_upload_and_mid_download_resumes_without_duplicates(tmp_path, radicale, second_workspace,
                                                                            memory_keyring):
    user, password = radicale.account()
    command = f"{shlex.quote(sys.executable)} -c {shlex.quote(f'print({password!r})')}"
    data = tmp_path / "killed"
    here = open_workspace(str(data))
    for number in range(HERE_FIRST):
        add_contact(here, ContactCard(full_name=f"Łucja Brzęczyszczykiewicz-Øvergaard {number}", title="Inżynier"))
    opportunity = add_opportunity(here, "Ørsted Vindkraft Åbenrå", "Ingénieure données").id
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    for day in range(4):
        moment = start + timedelta(days=day)
        add_interview(here, opportunity, InterviewInput(moment, moment + timedelta(hours=1), "Europe/Berlin",
                                                        location=f"Salle {day}"))
    faults = Faults()
    faults.delay = 0.2  # each answer waits after the server has acted: a kill can fall between the two
    with proxy(radicale.url, faults) as slow, Dav(radicale.url, user, password) as phone:
        setup = sync_ops.set_up_account(here, slow, user, password, password_command=command)
        here.sessions.kw["bind"].dispose()
        addressbook, calendar = (url.replace(slow, radicale.url) for url in (setup.addressbook.url, setup.calendar.url))

        # Mid-upload: killed while the tenth contact's PUT, done by the server, waits for its answer.
        _kill_when(_afterview_sync(data), lambda: faults.seen.get("PUT", 0) >= 10, "ten uploads")
        uploaded = len(_server(phone, addressbook))
        assert 10 <= uploaded < HERE_FIRST

        # Mid-download: the phone adds contacts, and the next sync is killed while it saves them here.
        collection = phone.collection(addressbook)
        for number in range(PHONE_FIRST):
            card = ContactCard(full_name=f"Phone Ōta Hiroshi {number}", uid=f"phone-{number}", company="Åland Øy")
            phone.put(f"{collection.url}phone-{number}.vcf", card_text(card), ADDRESS_BOOK, None)
        before = _contacts_in(data)
        _kill_when(_afterview_sync(data), lambda: _contacts_in(data) >= before + 10, "ten downloads")
        assert _contacts_in(data) < before + PHONE_FIRST, "killed after the download had ended"

        faults.delay = 0
        for expected in (None, "Sent nothing, received nothing"):
            done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "sync"], cwd=ROOT,
                                  capture_output=True, text=True, timeout=120, check=False)
            assert done.returncode == 0, done.stderr
            assert expected is None or done.stdout.startswith(expected), done.stdout

        here = open_workspace(str(data))
        try:
            cards = _server(phone, addressbook)
            assert _local_cards(here) == {uid: fields for uid, (_href, fields) in cards.items()}
            assert len(cards) == HERE_FIRST + PHONE_FIRST
            with here.session() as session:
                domain = session.get(SyncAccount, 1).uid_domain
            _markers, events = calendar_events(here)
            mine = {event.uid.replace(f"@{UID_DOMAIN}", f"@{domain}"): event_fields(event) for event in events}
            assert {uid: fields for uid, (_href, fields) in _server(phone, calendar).items()} == mine
            status = sync_ops.sync_status(here)
            assert status is not None and not (status.conflicts or status.deletions)
        finally:
            here.sessions.kw["bind"].dispose()

        sync_ops.set_up_account(second_workspace, radicale.url, user, password)
        result = sync_ops.sync(second_workspace, password=password)
        assert result.received["new"] == HERE_FIRST + PHONE_FIRST and not result.problems, result.summary
        assert _local_cards(second_workspace) == {uid: fields for uid, (_href, fields) in cards.items()}
