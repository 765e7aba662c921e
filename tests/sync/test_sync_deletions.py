"""Deletions, on real Radicale and Xandikos: none is applied silently, either way (issue 19, item 3).

An interview or a contact deleted here while the phone changed it waits: keep it deleted, or bring it back as it was
with the phone's change. An interview deleted on the phone waits as a contact does. Another folder's events deleted
on the server are forgotten here too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.cli import run
from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.sync_items import card_text, read_card, read_event
from desktop.delivery.dav import Dav
from desktop.operations import sync as sync_ops
from desktop.operations.contacts import add_contact, delete_contact, get_contact, list_contacts, restore_contact
from desktop.operations.notes import ensure_draft, save_draft
from desktop.operations.opportunities import (
    InterviewInput,
    add_interview,
    add_opportunity,
    delete_interview,
    get_interview,
)
from desktop.operations.people_met import add_person_met, save_meeting_note
from desktop.storage.models import KeptRow, SyncItem
from tests.conftest import NOW, ZONE
from tests.sync.test_sync_random import _edited

MÁIRÉAD = ContactCard(full_name="Máiréad Ní Ghallchóir-Østergaard", given_name="Máiréad",
                      family_name="Ní Ghallchóir-Østergaard", title="Responsable du recrutement",
                      company="Société Générale d'Équipements", emails=[LabelledValue("mairead@sge.example", "work")],
                      phones=[LabelledValue("+33 1 42 68 53 00", "work")])


def _interview_met(workspace, card: ContactCard = MÁIRÉAD, days: int = 1) -> tuple[int, int]:
    """An interview in `days` with the person on `card` met, a memorable moment and a note drafted: (interview,
    contact)."""
    contact_id = add_contact(workspace, card).id
    opportunity = add_opportunity(workspace, card.company or "Société Générale d'Équipements", "Ingénieure logiciel").id
    start = (NOW + timedelta(days=days)).astimezone(ZONE).replace(hour=10, minute=0, second=0, microsecond=0)
    interview_id = add_interview(workspace, opportunity, InterviewInput(
        start, start + timedelta(hours=1), "Europe/Berlin", location="Tour Alto, salle Éole")).id
    add_person_met(workspace, interview_id, contact_id)
    save_meeting_note(workspace, interview_id, contact_id, "the Zürich pilot's late trains", "")
    ensure_draft(workspace, interview_id, contact_id, "warm")
    save_draft(workspace, interview_id, contact_id, "Merci", f"Chère {card.given_name}, merci pour l'entretien")
    return interview_id, contact_id


def _event(phone: Dav, collection, uid_start: str):
    changed = phone.etags(collection).changed
    [found] = [r for r in phone.fetch(collection, list(changed)) if f"UID:{uid_start}" in r.text]
    return found


def _move_on_phone(phone: Dav, collection, interview_id: int, hours: int) -> str:
    """The phone moves the interview `hours` later; its new start as sync writes it."""
    event = _event(phone, collection, f"interview-{interview_id}@")
    read = read_event(event.text, event.href)
    assert isinstance(read.start, datetime) and isinstance(read.end, datetime)
    moved = _edited(event.text, DTSTART=(read.start + timedelta(hours=hours)).astimezone(UTC),
                    DTEND=(read.end + timedelta(hours=hours)).astimezone(UTC))
    phone.put(event.href, moved, "calendar", event.etag)
    return read_event(moved, event.href).fields["start"]


def _synced_then_changed_on_phone(workspace, setup, phone: Dav, change: Callable[[ContactCard], object]) -> int:
    """Máiréad's card, synced, then changed on the phone; her id here."""
    contact_id = add_contact(workspace, MÁIRÉAD).id
    sync_ops.sync(workspace)
    [(href, etag)] = phone.etags(setup.addressbook).changed.items()
    [resource] = phone.fetch(setup.addressbook, [href])
    card = read_card(resource.text, "phone")
    change(card)
    phone.put(href, card_text(card), "addressbook", etag)
    return contact_id


def test_an_interview_deleted_here_while_the_phone_moved_it_waits_and_comes_back_moved(workspace, account):
    setup, phone = account
    interview_id, contact_id = _interview_met(workspace)
    before = get_interview(workspace, interview_id)
    sync_ops.sync(workspace)
    moved_to = _move_on_phone(phone, setup.calendar, interview_id, 2)
    delete_interview(workspace, interview_id)
    result = sync_ops.sync(workspace)
    # The phone's move is not dropped: its event stays on the server, and the deletion waits (its deadline, call and
    # move-on date, which Afterview works out, go).
    assert result.deleted_here == 1 and result.sent["deleted"] == 3, result.summary
    assert "waiting for you: 1 item deleted here but changed on the server" in result.summary
    assert read_event(_event(phone, setup.calendar, f"interview-{interview_id}@").text, "").fields["start"] == moved_to
    status = sync_ops.sync_status(workspace)
    assert status is not None
    [waiting] = status.deletions
    assert (waiting.here, waiting.changed, waiting.what) == (True, ("Start", "End"), "Video interview at Société "
                                                             "Générale d'Équipements")
    assert waiting.starts == (before.starts_at + timedelta(hours=2)).astimezone(ZONE)
    assert sync_ops.sync(workspace).deleted_here == 1  # asked again, never applied meanwhile
    # Brought back: the same interview, with the person met, the memorable moment and the draft, at the phone's time.
    sync_ops.confirm_deletion(workspace, waiting.item_id, delete_here=False)
    back = get_interview(workspace, interview_id)
    assert back.starts_at == before.starts_at + timedelta(hours=2)
    assert (back.location, [p.contact_id for p in back.people]) == (before.location, [contact_id])
    from desktop.operations.notes import composer_row

    row = composer_row(workspace, interview_id, contact_id)
    assert (row.memorable, row.body) == ("the Zürich pilot's late trains", "Chère Máiréad, merci pour l'entretien")
    after = sync_ops.sync(workspace)
    assert not (after.deleted_here or after.deletions or after.conflicts or after.problems), after.summary
    assert read_event(_event(phone, setup.calendar, f"interview-{interview_id}@").text, "").fields["start"] == moved_to
    with workspace.session() as session:
        assert session.scalars(select(KeptRow)).all() == []


def test_keep_it_deleted_deletes_the_contact_the_phone_changed_on_the_server_too(workspace, account, capsys):
    setup, phone = account
    contact_id = _synced_then_changed_on_phone(workspace, setup, phone, lambda card: card.phones.append(
        LabelledValue("+33 6 98 76 54 32", "mobile")))
    delete_contact(workspace, contact_id)
    data = str(workspace.paths.data_dir)
    assert run(["--data-dir", data, "sync"]) == 0  # `afterview sync`
    assert capsys.readouterr().out.splitlines()[1:] == [
        "`afterview sync status` lists them; answer each with `afterview sync resolve`, or in the window (Settings → "
        "Sync)."]
    assert list_contacts(workspace) == []  # not brought back behind the user's back
    status = sync_ops.sync_status(workspace)
    assert status is not None
    [waiting] = status.deletions
    assert (waiting.here, waiting.changed, waiting.what) == (True, ("Phones",), MÁIRÉAD.full_name)
    assert run(["--data-dir", data, "sync", "status"]) == 0
    said = capsys.readouterr().out
    assert f"Deleted here, changed on the server since (Phones): {MÁIRÉAD.full_name}; kept on the server" in said
    assert said.endswith("        --bring-back (Bring it back) or --keep-deleted (Keep it deleted)\n")
    sync_ops.confirm_deletion(workspace, waiting.item_id, delete_here=True)
    assert sync_ops.sync(workspace).sent["deleted"] == 1
    assert phone.etags(setup.addressbook).changed == {} and list_contacts(workspace) == []
    with workspace.session() as session:
        assert session.scalars(select(KeptRow)).all() == [] and session.scalars(select(SyncItem)).all() == []


def test_a_contact_brought_back_keeps_its_id_and_takes_the_phones_number(workspace, account):
    setup, phone = account
    contact_id = _synced_then_changed_on_phone(workspace, setup, phone, lambda card: card.phones.append(
        LabelledValue("+33 6 98 76 54 32", "mobile")))
    delete_contact(workspace, contact_id)
    add_contact(workspace, ContactCard(full_name="Ōkubo Tōru"))  # added meanwhile: it takes no deleted id
    sync_ops.sync(workspace)
    [waiting] = sync_ops.sync_status(workspace).deletions
    sync_ops.confirm_deletion(workspace, waiting.item_id, delete_here=False)
    assert [p.value for p in get_contact(workspace, contact_id).phones] == ["+33 1 42 68 53 00", "+33 6 98 76 54 32"]
    after = sync_ops.sync(workspace)
    assert not (after.deleted_here or after.conflicts), after.summary
    assert len(phone.etags(setup.addressbook).changed) == 2  # hers and Ōkubo's


def test_a_deletion_undone_after_a_sync_saw_the_phones_change_takes_the_change_in(workspace, account):
    setup, phone = account
    contact_id = _synced_then_changed_on_phone(workspace, setup, phone,
                                               lambda card: setattr(card, "title", "Directrice des talents"))
    deleted = delete_contact(workspace, contact_id)
    assert sync_ops.sync(workspace).deleted_here == 1
    restore_contact(workspace, deleted)  # the Contacts page's Undo
    result = sync_ops.sync(workspace)
    assert not (result.deleted_here or result.conflicts), result.summary
    assert get_contact(workspace, contact_id).title == "Directrice des talents"


def _synced_then_deleted_on_phone(workspace, setup, phone: Dav, kind: str) -> tuple[int, sync_ops.SyncResult]:
    """An interview met, synced; then the phone deletes its event of `kind` ('interview', 'notes') and a sync
    follows: the interview's id and what that sync did."""
    interview_id, _contact_id = _interview_met(workspace)
    sync_ops.sync(workspace)
    event = _event(phone, setup.calendar, f"{kind}-{interview_id}@")
    phone.delete(event.href, event.etag)
    return interview_id, sync_ops.sync(workspace)


def test_an_interview_deleted_on_the_phone_waits_and_is_deleted_here_once_confirmed(workspace, account):
    setup, phone = account
    interview_id, result = _synced_then_deleted_on_phone(workspace, setup, phone, "interview")
    assert result.deletions == 1 and result.sent["new"] == 0, result.summary  # not put back behind the user's back
    assert get_interview(workspace, interview_id).id == interview_id
    [waiting] = sync_ops.sync_status(workspace).deletions
    assert (waiting.here, waiting.kind) == (False, "calendar")
    changes = sync_ops.confirm_deletion(workspace, waiting.item_id, delete_here=True)
    assert interview_id in changes.ids(sync_ops.RecordKind.INTERVIEW)
    with pytest.raises(LookupError):
        get_interview(workspace, interview_id)
    after = sync_ops.sync(workspace)
    assert not after.deletions and not [e for e in phone.fetch(setup.calendar, list(phone.etags(
        setup.calendar).changed)) if f"UID:notes-{interview_id}@" in e.text], after.summary  # its deadline went too


def test_an_interview_deleted_on_the_phone_and_kept_here_goes_back_up(workspace, account):
    setup, phone = account
    interview_id, _result = _synced_then_deleted_on_phone(workspace, setup, phone, "interview")
    [waiting] = sync_ops.sync_status(workspace).deletions
    sync_ops.confirm_deletion(workspace, waiting.item_id, delete_here=False)
    assert sync_ops.sync(workspace).sent["new"] == 1
    assert _event(phone, setup.calendar, f"interview-{interview_id}@")


def test_a_deadline_deleted_on_the_phone_is_put_back_and_said(workspace, account):
    setup, phone = account
    interview_id, result = _synced_then_deleted_on_phone(workspace, setup, phone, "notes")
    assert [title.split(":")[0] for title in result.put_back] == ["1 thank-you note due"], result.summary
    assert not result.deletions
    assert _event(phone, setup.calendar, f"notes-{interview_id}@")


def test_another_folders_event_deleted_on_the_server_is_forgotten_here(workspace, second_workspace, server,
                                                                      memory_keyring):
    user, password = server.account()
    sync_ops.set_up_account(workspace, server.url, user, password)
    sync_ops.set_up_account(second_workspace, server.url, user, password)
    interview_id, _contact_id = _interview_met(second_workspace)
    sync_ops.sync(second_workspace)
    sync_ops.sync(workspace)

    def foreign() -> list[str]:
        with workspace.session() as session:
            return list(session.scalars(select(SyncItem.uid).where(SyncItem.state == "foreign")))

    assert any(uid.startswith(f"interview-{interview_id}@") for uid in foreign())
    delete_interview(second_workspace, interview_id)
    sync_ops.sync(second_workspace)
    sync_ops.sync(workspace)
    assert foreign() == []
