"""What a sync leaves for the user, answered on the command line (a headless machine has nothing else), on real
Radicale and Xandikos: `afterview sync status [--json]` lists each item with its handle, and `afterview sync resolve
HANDLE --ANSWER` answers it as Settings → Sync's buttons do; the next sync takes the answer to the server."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from desktop.cli import run
from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.sync_items import card_text, read_card
from desktop.delivery.dav import Dav
from desktop.operations import sync as sync_ops
from desktop.operations.contacts import add_contact, delete_contact, get_contact, list_contacts, update_contact
from tests.sync.test_sync_deletions import MÁIRÉAD, _synced_then_changed_on_phone

GRÁINNE = ContactCard(full_name="Gráinne Ó Súilleabháin-Łukaszewicz", given_name="Gráinne",
                      family_name="Ó Súilleabháin-Łukaszewicz", title="Leiterin Talentgewinnung",
                      company="Brauerei Zwölf Äpfel", emails=[LabelledValue("grainne@zwoelf.example", "work")])


def _cards_on_server(phone: Dav, setup: sync_ops.AccountSetup) -> dict[str, ContactCard]:
    """The server's cards by full name, as a phone reads them."""
    hrefs = list(phone.etags(setup.addressbook).changed)
    return {card.full_name: card for card in (read_card(r.text, "phone") for r in phone.fetch(setup.addressbook,
                                                                                              hrefs))}


def _change_on_phone(phone: Dav, setup: sync_ops.AccountSetup, name: str, change: Callable[[ContactCard], object]
                     ) -> None:
    hrefs = list(phone.etags(setup.addressbook).changed)
    [resource] = [r for r in phone.fetch(setup.addressbook, hrefs) if read_card(r.text, "").full_name == name]
    card = read_card(resource.text, "phone")
    change(card)
    phone.put(resource.href, card_text(card), "addressbook", resource.etag)


def _retitle_on_phone(phone: Dav, setup: sync_ops.AccountSetup, name: str, title: str) -> None:
    _change_on_phone(phone, setup, name, lambda card: setattr(card, "title", title))


def _retitle_here(workspace, contact_id: int, title: str) -> None:
    card = get_contact(workspace, contact_id)
    card.title = title
    update_contact(workspace, contact_id, card, False)


def _both_synced(workspace) -> tuple[int, int]:
    """Máiréad's and Gráinne's cards, added and synced: their ids."""
    máiréad, gráinne = add_contact(workspace, MÁIRÉAD).id, add_contact(workspace, GRÁINNE).id
    sync_ops.sync(workspace)
    return máiréad, gráinne


def _cli(workspace, *words: str) -> int:
    return run(["--data-dir", str(workspace.paths.data_dir), "sync", *words])


def _status_json(workspace, capsys) -> dict:
    capsys.readouterr()
    assert _cli(workspace, "status", "--json") == 0
    return json.loads(capsys.readouterr().out)


def test_conflicts_listed_with_handles_and_answered_each_way(workspace, account, capsys):
    setup, phone = account
    máiréad, gráinne = _both_synced(workspace)
    for name, contact_id, here, there in ((MÁIRÉAD.full_name, máiréad, "Directrice du recrutement", "DRH adjointe"),
                                          (GRÁINNE.full_name, gráinne, "Personalchefin", "Leiterin HR")):
        _retitle_on_phone(phone, setup, name, there)
        _retitle_here(workspace, contact_id, here)
    assert _cli(workspace) == 0  # `afterview sync` finds both conflicts
    assert "waiting for you: 2 conflicts" in capsys.readouterr().out
    status = _status_json(workspace, capsys)
    conflicts = {item["what"]: item for item in status["waiting"]}
    assert {name: (c["kind"], c["field"], c["here"], c["server"], c["answers"]) for name, c in conflicts.items()} == {
        MÁIRÉAD.full_name: ("conflict", "Title", "Directrice du recrutement", "DRH adjointe",
                            ["keep-here", "take-server"]),
        GRÁINNE.full_name: ("conflict", "Title", "Personalchefin", "Leiterin HR", ["keep-here", "take-server"])}
    hers, theirs = conflicts[MÁIRÉAD.full_name]["handle"], conflicts[GRÁINNE.full_name]["handle"]
    assert _cli(workspace, "status") == 0
    said = capsys.readouterr().out
    assert "Last sync: " in said and "— Sent 2 (2 changed), received nothing\n" in said
    assert (f"  {hers:>4}  Conflict: {MÁIRÉAD.full_name}, Title: here “Directrice du recrutement”, on the server "
            "“DRH adjointe”\n        --keep-here (Keep this computer's) or --take-server (Take the server's)\n") in said
    assert "Waiting for you: 2 conflicts. Answer each with `afterview sync resolve HANDLE --ANSWER`" in said
    assert _cli(workspace, "resolve", hers, "--keep-here") == 0
    assert capsys.readouterr().out == (f"{hers}: Keep this computer's: {MÁIRÉAD.full_name}. The server follows at "
                                       "the next sync (`afterview sync`). Still waiting for you: 1 conflict.\n")
    assert _cli(workspace, "resolve", theirs.upper(), "--take-server") == 0
    assert capsys.readouterr().out.endswith("Nothing else waits for you.\n")
    assert get_contact(workspace, gráinne).title == "Leiterin HR"  # taken here at once
    assert get_contact(workspace, máiréad).title == "Directrice du recrutement"
    assert _cli(workspace) == 0
    assert "waiting" not in capsys.readouterr().out
    on_server = _cards_on_server(phone, setup)
    assert (on_server[MÁIRÉAD.full_name].title, on_server[GRÁINNE.full_name].title) == (
        "Directrice du recrutement", "Leiterin HR")
    assert _status_json(workspace, capsys)["waiting"] == []


def test_a_deletion_on_the_server_answered_delete_here_too_or_send_back(workspace, account, capsys):
    setup, phone = account
    _máiréad, gráinne = _both_synced(workspace)
    for resource in phone.fetch(setup.addressbook, list(phone.etags(setup.addressbook).changed)):
        phone.delete(resource.href, resource.etag)  # the phone deletes both cards
    assert _cli(workspace) == 0
    waiting = {item["what"]: item for item in _status_json(workspace, capsys)["waiting"]}
    assert {name: (item["kind"], item["answers"]) for name, item in waiting.items()} == {
        name: ("deleted_on_server", ["send-back", "delete-here"]) for name in (MÁIRÉAD.full_name, GRÁINNE.full_name)}
    hers, theirs = waiting[MÁIRÉAD.full_name]["handle"], waiting[GRÁINNE.full_name]["handle"]
    assert _cli(workspace, "resolve", hers, "--keep-deleted") == 2  # a deleted-here answer: refused, nothing done
    assert capsys.readouterr().err == (
        f"afterview sync resolve: error: --keep-deleted does not answer {hers} ({MÁIRÉAD.full_name}): it takes "
        "--send-back (Keep it here and send it back) or --delete-here (Delete it here too)\n")
    assert len(list_contacts(workspace)) == 2
    assert _cli(workspace, "resolve", hers, "--delete-here") == 0
    assert _cli(workspace, "resolve", theirs, "--send-back") == 0
    assert [cid for cid, _card in list_contacts(workspace)] == [gráinne]  # Máiréad deleted here too
    capsys.readouterr()
    assert _cli(workspace) == 0
    assert capsys.readouterr().out.startswith("Sent 1 (1 new), received nothing")  # Gráinne sent back
    assert list(_cards_on_server(phone, setup)) == [GRÁINNE.full_name]
    assert _status_json(workspace, capsys)["waiting"] == []


def test_deleted_here_while_the_phone_changed_it_brought_back_or_kept_deleted(workspace, account, capsys):
    setup, phone = account
    máiréad, gráinne = _both_synced(workspace)
    _change_on_phone(phone, setup, MÁIRÉAD.full_name, lambda card: card.phones.append(
        LabelledValue("+33 6 98 76 54 32", "mobile")))
    _retitle_on_phone(phone, setup, GRÁINNE.full_name, "Leiterin HR")
    delete_contact(workspace, máiréad)
    delete_contact(workspace, gráinne)
    assert _cli(workspace) == 0
    capsys.readouterr()
    assert _cli(workspace, "status") == 0
    said = capsys.readouterr().out
    assert "Waiting for you: 2 items deleted here but changed on the server." in said
    waiting = {item["what"]: item for item in _status_json(workspace, capsys)["waiting"]}
    assert {name: (item["kind"], item["changed_on_server"], item["answers"]) for name, item in waiting.items()} == {
        MÁIRÉAD.full_name: ("deleted_here", ["Phones"], ["bring-back", "keep-deleted"]),
        GRÁINNE.full_name: ("deleted_here", ["Title"], ["bring-back", "keep-deleted"])}
    hers, theirs = waiting[MÁIRÉAD.full_name]["handle"], waiting[GRÁINNE.full_name]["handle"]
    assert (f"  {theirs:>4}  Deleted here, changed on the server since (Title): {GRÁINNE.full_name}; kept on the "
            "server until you keep it deleted or bring it back\n"
            "        --bring-back (Bring it back) or --keep-deleted (Keep it deleted)\n") in said
    assert _cli(workspace, "resolve", hers, "--bring-back") == 0
    assert [p.value for p in get_contact(workspace, máiréad).phones] == ["+33 1 42 68 53 00", "+33 6 98 76 54 32"]
    assert _cli(workspace, "resolve", theirs, "--keep-deleted") == 0
    assert [cid for cid, _card in list_contacts(workspace)] == [máiréad]
    capsys.readouterr()
    assert _cli(workspace) == 0
    assert "1 deleted" in capsys.readouterr().out  # Gráinne's card, as the phone left it
    on_server = _cards_on_server(phone, setup)
    assert list(on_server) == [MÁIRÉAD.full_name]
    assert [p.value for p in on_server[MÁIRÉAD.full_name].phones] == ["+33 1 42 68 53 00", "+33 6 98 76 54 32"]
    assert _status_json(workspace, capsys)["waiting"] == []


def test_an_unknown_or_answered_handle_and_a_missing_answer_are_refused(workspace, account, capsys):
    setup, phone = account
    _synced_then_changed_on_phone(workspace, setup, phone, lambda card: setattr(card, "title", "DRH adjointe"))
    [(contact_id, _card)] = list_contacts(workspace)
    _retitle_here(workspace, contact_id, "Directrice du recrutement")
    sync_ops.sync(workspace)
    [item] = _status_json(workspace, capsys)["waiting"]
    assert _cli(workspace, "resolve", "d999", "--delete-here") == 1
    assert capsys.readouterr().err == ("afterview: Nothing waiting for you has the handle d999 (`afterview sync "
                                       "status` lists what waits)\n")
    with pytest.raises(SystemExit) as exited:  # argparse's usage error
        _cli(workspace, "resolve", "conflict-1", "--keep-here")
    assert exited.value.code == 2
    assert "'conflict-1' is not a handle such as c3 or d7" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        _cli(workspace, "resolve", item["handle"])
    assert exited.value.code == 2
    assert "one of the arguments --keep-here --take-server" in capsys.readouterr().err
    assert _cli(workspace, "resolve", item["handle"], "--take-server") == 0
    assert _cli(workspace, "resolve", item["handle"], "--keep-here") == 1  # answered already: nothing changes
    assert "Nothing waiting for you has the handle" in capsys.readouterr().err
    assert get_contact(workspace, contact_id).title == "DRH adjointe"


def test_resolve_without_an_account_says_so(tmp_path, capsys):
    assert run(["--data-dir", str(tmp_path / "data"), "sync", "resolve", "c1", "--keep-here"]) == 1
    assert "No sync account is set up" in capsys.readouterr().err
    assert run(["--data-dir", str(tmp_path / "data"), "sync", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"account": None, "waiting": []}


def test_a_summary_kept_before_says_no_stale_waiting_count(workspace, capsys):
    # Summaries stored before the count was said live ended in what waited then; nothing waits now.
    from desktop.storage.models import SyncAccount

    with workspace.session() as session:
        session.add(SyncAccount(id=1, url="https://dav.example.org/", user="ana", password_command="pass show dav",
                                calendar_url="https://dav.example.org/ana/afterview-calendar/",
                                addressbook_url="https://dav.example.org/ana/afterview-contacts/",
                                last_summary="Sent 1 (1 changed), received nothing; waiting for you: 1 conflict, 2 "
                                             "deletions on the server; 1 item could not be read"))
    status = sync_ops.sync_status(workspace)
    assert status is not None and status.waiting_summary == ""
    assert status.last_summary == "Sent 1 (1 changed), received nothing; 1 item could not be read"
    assert _cli(workspace, "status") == 0
    assert capsys.readouterr().out.endswith(" — Sent 1 (1 changed), received nothing; 1 item could not be read\n"
                                            "Nothing waits for you.\n")
