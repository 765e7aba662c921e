"""Sync against real Radicale and Xandikos on loopback: set-up, both directions, conflicts, deletions, requests."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.sync_items import card_text, read_card
from desktop.delivery.dav import Dav, DavError
from desktop.operations import sync as sync_ops
from desktop.operations.contacts import add_contact, get_contact, list_contacts, update_contact
from desktop.operations.opportunities import InterviewInput, add_interview, add_opportunity, get_interview
from tests.conftest import ZONE

SIOBHAN = ContactCard(full_name="Siobhán Ní Bhriain-Oyelaran", given_name="Siobhán", family_name="Ní Bhriain-Oyelaran",
                      title="Directrice de l'ingénierie", company="Société Générale d'Équipements",
                      emails=[LabelledValue("siobhan@sge.example", "work")],
                      phones=[LabelledValue("+33 1 42 68 53 00", "work"), LabelledValue("+33 6 12 34 56 78", "mobile")],
                      locality="Paris", country="France")


@pytest.fixture(params=["radicale", "xandikos"])
def server(request: pytest.FixtureRequest):
    return request.getfixturevalue(request.param)


def _set_up(workspace, server, memory_keyring):
    user, password = server.account()
    setup = sync_ops.set_up_account(workspace, server.url, user, password)
    return user, password, setup


def test_setup_creates_one_calendar_and_one_address_book_and_keeps_the_password_in_the_keyring(
        workspace, radicale, memory_keyring):
    user, password, setup = _set_up(workspace, radicale, memory_keyring)
    assert setup.created == ("calendar", "address book")
    assert setup.calendar.name == setup.addressbook.name == "Afterview"
    assert sync_ops.password_for(workspace) == password
    status = sync_ops.sync_status(workspace)
    assert status is not None and status.user == user and status.last_sync_at is None
    # Set up again: the same collections are chosen, none created.
    again = sync_ops.set_up_account(workspace, radicale.url, user, password)
    assert again.created == () and again.calendar.url == setup.calendar.url


def test_a_contact_and_an_interview_go_up_and_an_edit_on_the_phone_comes_down(workspace, server, memory_keyring,
                                                                               request):
    user, password, setup = _set_up(workspace, server, memory_keyring)
    contact_id = add_contact(workspace, SIOBHAN).id
    opportunity = add_opportunity(workspace, "Société Générale d'Équipements", "Ingénieure logiciel").id
    start = datetime(2026, 11, 30, 10, 0, tzinfo=ZONE)
    interview_id = add_interview(workspace, opportunity, InterviewInput(start, start + timedelta(hours=1),
                                                                        "Europe/Berlin", location="Tour Alto")).id
    first = sync_ops.sync(workspace)
    assert first.sent["new"] >= 2 and not first.problems
    phone = Dav(server.url, user, password)
    request.addfinalizer(phone.close)
    cards = phone.changes(setup.addressbook, "")
    assert len(cards.changed) == 1
    (resource,) = phone.fetch(setup.addressbook, list(cards.changed))
    card = read_card(resource.text, "phone")
    assert card.full_name == SIOBHAN.full_name and card.phones[1].value == "+33 6 12 34 56 78"
    # The phone corrects the title and adds a number; the interview moves an hour later.
    card.title = "Directrice technique"
    card.phones.append(LabelledValue("+33 7 00 00 00 01", "home"))
    phone.put(resource.href, card_text(card), "addressbook", resource.etag)
    events = phone.changes(setup.calendar, "")
    (event,) = [r for r in phone.fetch(setup.calendar, list(events.changed)) if f"interview-{interview_id}@" in r.text]
    moved = event.text.replace("DTSTART;TZID=Europe/Berlin:20261130T100000",
                               "DTSTART;TZID=Europe/Berlin:20261130T110000")
    moved = moved.replace("DTEND;TZID=Europe/Berlin:20261130T110000", "DTEND;TZID=Europe/Berlin:20261130T120000")
    assert moved != event.text
    phone.put(event.href, moved, "calendar", event.etag)
    second = sync_ops.sync(workspace)
    assert second.received["changed"] == 2, second
    here = get_contact(workspace, contact_id)
    assert here.title == "Directrice technique" and [p.value for p in here.phones][-1] == "+33 7 00 00 00 01"
    assert get_interview(workspace, interview_id).starts_at == start + timedelta(hours=1)
    assert second.changes.ids(sync_ops.RecordKind.CONTACT) == {contact_id}
    # Nothing changed since: each collection costs one request.
    third = sync_ops.sync(workspace)
    assert third.requests == 2 and third.summary == "Sent nothing, received nothing"


def test_the_same_field_changed_on_both_sides_keeps_both_values_and_other_fields_merge(
        workspace, second_workspace, radicale, memory_keyring):
    user, password, _setup = _set_up(workspace, radicale, memory_keyring)
    add_contact(workspace, SIOBHAN)
    sync_ops.sync(workspace)
    sync_ops.set_up_account(second_workspace, radicale.url, user, password)
    sync_ops.sync(second_workspace)
    [(there_id, there)] = list_contacts(second_workspace)
    [(here_id, here)] = list_contacts(workspace)
    here.title, here.locality = "CTO", "Lyon"
    update_contact(workspace, here_id, here, False)
    there.title, there.notes = "Chief Technology Officer", "Met at the Lyon office"
    update_contact(second_workspace, there_id, there, False)
    sync_ops.sync(workspace)
    result = sync_ops.sync(second_workspace)
    assert result.conflicts == 1
    merged = get_contact(second_workspace, there_id)
    assert (merged.title, merged.locality, merged.notes) == ("Chief Technology Officer", "Lyon",
                                                             "Met at the Lyon office")
    status = sync_ops.sync_status(second_workspace)
    assert status is not None
    [conflict] = status.conflicts
    assert (conflict.label, conflict.local, conflict.remote) == ("Title", "Chief Technology Officer", "CTO")
    sync_ops.resolve_conflict(second_workspace, conflict.id, take_server=True)
    assert get_contact(second_workspace, there_id).title == "CTO"
    sync_ops.sync(second_workspace)
    sync_ops.sync(workspace)
    assert get_contact(workspace, here_id).notes == "Met at the Lyon office"
    assert get_contact(workspace, here_id).title == "CTO"


def test_a_deletion_on_the_server_waits_for_confirmation(workspace, radicale, memory_keyring, request):
    user, password, setup = _set_up(workspace, radicale, memory_keyring)
    contact_id = add_contact(workspace, SIOBHAN).id
    sync_ops.sync(workspace)
    phone = Dav(radicale.url, user, password)
    request.addfinalizer(phone.close)
    [(href, etag)] = phone.changes(setup.addressbook, "").changed.items()
    phone.delete(href, etag)
    result = sync_ops.sync(workspace)
    assert result.deletions == 1
    assert [cid for cid, _card in list_contacts(workspace)] == [contact_id]  # not applied silently
    status = sync_ops.sync_status(workspace)
    assert status is not None
    [waiting] = status.deletions
    assert waiting.what == SIOBHAN.full_name
    sync_ops.confirm_deletion(workspace, waiting.item_id, delete_here=True)
    assert list_contacts(workspace) == []
    assert sync_ops.sync(workspace).sent["deleted"] == 0


def test_a_server_event_that_cannot_be_read_is_reported_and_the_rest_synced(workspace, radicale, memory_keyring,
                                                                             request):
    user, password, setup = _set_up(workspace, radicale, memory_keyring)
    phone = Dav(radicale.url, user, password)
    request.addfinalizer(phone.close)
    floating = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\nUID:floating-1\r\n"
                "DTSTAMP:20261125T100000Z\r\nDTSTART:20261201T090000\r\nSUMMARY:Lunch\r\nEND:VEVENT\r\n"
                "END:VCALENDAR\r\n")
    phone.put(setup.calendar.url + "floating.ics", floating, "calendar", None)
    phone.put(setup.addressbook.url + "ok.vcf", card_text(ContactCard(full_name="Ōta Hiroshi", uid="ok-1")),
              "addressbook", None)
    result = sync_ops.sync(workspace)
    assert result.problems == ["floating.ics: the event's start is a floating time, in no time zone"]
    assert [card.full_name for _id, card in list_contacts(workspace)] == ["Ōta Hiroshi"]


def test_wrong_password_and_unreachable_server_say_so(workspace, radicale, memory_keyring):
    user, _password = radicale.account()
    with pytest.raises(sync_ops.SyncProblem, match="refused the user name or password"):
        sync_ops.set_up_account(workspace, radicale.url, user, "wrong")
    with pytest.raises(sync_ops.SyncProblem, match="not a server address"):
        sync_ops.set_up_account(workspace, "caldav.example.org", user, "x")
    with pytest.raises(sync_ops.SyncProblem, match="cannot be reached"):
        sync_ops.set_up_account(workspace, "http://127.0.0.1:9/", user, "x")


def test_a_server_without_sync_collection_is_synced_by_etags(workspace, radicale, memory_keyring, request):
    from tests.sync.dav_proxy import Faults, proxy

    faults = Faults()
    faults.hide_sync_collection = True
    user, password = radicale.account()
    with proxy(radicale.url, faults) as plain:
        setup = sync_ops.set_up_account(workspace, plain, user, password)
        assert not setup.addressbook.sync_collection
        contact_id = add_contact(workspace, SIOBHAN).id
        assert sync_ops.sync(workspace).sent["new"] == 1
        with Dav(radicale.url, user, password) as phone:
            collection = phone.collection(setup.addressbook.url.replace(plain, radicale.url))
            [resource] = list(phone.fetch(collection, list(phone.etags(collection).changed)))
            card = read_card(resource.text, "phone")
            card.locality = "Marseille"
            phone.put(resource.href, card_text(card), "addressbook", resource.etag)
        assert sync_ops.sync(workspace).received["changed"] == 1
        assert get_contact(workspace, contact_id).locality == "Marseille"
        assert sync_ops.sync(workspace).requests == 2  # the ctags have not moved


def test_an_event_afterview_works_out_changed_on_both_sides_is_put_back_not_left_waiting(workspace, radicale,
                                                                                         memory_keyring):
    from desktop.core.sync_items import read_event
    from desktop.operations.opportunities import update_opportunity
    from tests.conftest import NOW
    from tests.sync.test_sync_random import _edited

    user, password, _setup = _set_up(workspace, radicale, memory_keyring)
    opportunity = add_opportunity(workspace, "Ørsted Vindkraft", "Ingénieure données").id
    start = NOW.astimezone(ZONE) + timedelta(days=1)
    add_interview(workspace, opportunity, InterviewInput(start, start + timedelta(hours=1), "Europe/Berlin"))
    sync_ops.sync(workspace)
    calendar_url = sync_ops.sync_status(workspace).calendar_url

    def call_on_server(phone: Dav):
        collection = phone.collection(calendar_url)
        [call] = [r for r in phone.fetch(collection, list(phone.etags(collection).changed)) if "UID:call-" in r.text]
        return call

    with Dav(radicale.url, user, password) as phone:  # the phone retitles the call ...
        call = call_on_server(phone)
        phone.put(call.href, _edited(call.text, SUMMARY="Ring them back"), "calendar", call.etag)
    update_opportunity(workspace, opportunity, "Ørsted Vindkraft Åbenrå", "Ingénieure données")  # ... and so does this
    result = sync_ops.sync(workspace)
    waiting = sync_ops.sync_status(workspace)
    assert waiting is not None and not waiting.conflicts  # nothing to choose: taking the phone's would change nothing
    assert result.conflicts == 0 and len(result.put_back) == 1 and "Åbenrå" in result.put_back[0]
    with Dav(radicale.url, user, password) as phone:
        call = call_on_server(phone)
        assert "Åbenrå" in read_event(call.text, call.href).fields["summary"]


def test_a_sync_sends_the_password_the_server_asked_for_without_being_refused_first(workspace, radicale,
                                                                                  memory_keyring):
    # Radicale makes every refused request wait a second: a sync refused once before it begins paid it each time.
    from tests.sync.dav_proxy import Faults, proxy

    faults = Faults()
    user, password = radicale.account()
    with proxy(radicale.url, faults) as server:
        setup = sync_ops.set_up_account(workspace, server, user, password)
        assert faults.refused == 1  # the first request ever: the server says which authentication it wants
        add_contact(workspace, SIOBHAN)
        assert sync_ops.sync(workspace).sent["new"] == 1
        assert sync_ops.sync(workspace).requests == 2
        assert faults.refused == 1  # and from then on it is sent with the first request
        with pytest.raises(DavError, match="refused the user name or password"), \
                Dav(server, user, "not " + password) as wrong:  # refused for what it is
            wrong.collection(setup.addressbook.url)
        # Sent unasked and refused, then asked afresh: challenged, and refused once more; no loop.
        assert faults.refused == 1 + 3
        with Dav(server, user, password) as right:
            assert right.collection(setup.addressbook.url).sync_token
        assert faults.refused == 1 + 3 + 1  # forgotten after the refusal: the next connection is challenged first
