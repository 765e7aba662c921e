"""The fields sync compares, written to and read back from the server's text, and the three-way merge."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.core.calendar_export import Alarm, ExportEvent
from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.sync_items import (
    Conflict,
    UnreadableItem,
    card_fields,
    card_text,
    card_with_fields,
    event_fields,
    event_text,
    merge_fields,
    read_card,
    read_event,
    resource_name,
)

CARD = ContactCard(full_name="Nguyễn Thị Minh Khai", given_name="Minh Khai", family_name="Nguyễn Thị",
                   title="Trưởng phòng Nhân sự", company="Công ty Cổ phần Ánh Dương",
                   emails=[LabelledValue("khai@anhduong.example", "work"), LabelledValue("mk@home.example", "home")],
                   phones=[LabelledValue("+84 28 3822 1234", "work"), LabelledValue("+84 90 123 4567", "assistant")],
                   street="12 Lê Lợi", locality="Thành phố Hồ Chí Minh", country="Việt Nam",
                   website="https://anhduong.example", linkedin="https://www.linkedin.com/in/minhkhai",
                   notes="Met at the Saigon office.\nPrefers calls after 14:00.", uid="c0ffee-1",
                   photo=b"\xff\xd8\xff\xe0 not really a jpeg", photo_type="image/jpeg", greet_as="Chị Khai")


def test_a_card_reads_back_from_its_vcard_with_the_same_fields_and_no_photo():
    text = card_text(CARD)
    assert "PHOTO" not in text
    back = read_card(text, "c0ffee-1.vcf")
    assert back.uid == "c0ffee-1"
    assert card_fields(back) == card_fields(CARD)


def test_fields_put_back_on_a_card_keep_what_sync_does_not_carry():
    fields = card_fields(CARD) | {"title": "Giám đốc", "phones": "mobile: +84 91 000 0000"}
    card = card_with_fields(CARD, fields)
    assert card.title == "Giám đốc" and card.phones == [LabelledValue("+84 91 000 0000", "mobile")]
    assert card.photo == CARD.photo and card.greet_as == "Chị Khai" and card.uid == "c0ffee-1"


def test_an_event_reads_back_with_the_fields_it_was_written_with():
    start = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
    timed = ExportEvent(uid="interview-4@afterview.local", summary="On-site interview at Ánh Dương", start=start,
                        end=start + timedelta(hours=1), zone="Asia/Ho_Chi_Minh", location="12 Lê Lợi",
                        alarms=[Alarm(-timedelta(minutes=15), "in 15 minutes")])
    whole_day = ExportEvent(uid="move-on-2@afterview.local", summary="Move on?", start=date(2026, 12, 20))
    for event in (timed, whole_day):
        back = read_event(event_text(event, start), "x.ics")
        assert back.uid == event.uid and back.fields == event_fields(event)
    assert event_fields(whole_day)["end"] == "2026-12-21"


@pytest.mark.parametrize(("text", "problem"), [
    ("not a calendar", "not an iCalendar object"),
    ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "holds 0 events"),
    ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261201T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     "floating time"),
    ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261201T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "no UID"),
])
def test_an_event_afterview_cannot_read_is_named(text, problem):
    with pytest.raises(UnreadableItem, match=problem):
        read_event(text, "phone.ics")


def test_fields_changed_on_one_side_merge_and_both_values_of_a_true_conflict_are_kept():
    base = {"title": "Recruiter", "notes": "", "locality": "Berlin", "company": "Ämter AG"}
    local = base | {"title": "Senior Recruiter", "notes": "Call back Friday"}
    remote = base | {"title": "Head of Talent", "locality": "München"}
    merge = merge_fields(base, local, remote)
    assert merge.fields == {"title": "Senior Recruiter", "notes": "Call back Friday", "locality": "München",
                            "company": "Ämter AG"}
    assert merge.conflicts == (Conflict("title", "Senior Recruiter", "Head of Talent"),)
    assert merge.conflicts[0].label == "Title"


def test_without_a_base_only_differences_are_conflicts_and_the_same_change_on_both_sides_is_none():
    assert merge_fields(None, {"a": "x", "b": "y"}, {"a": "x", "b": "z"}).conflicts == (Conflict("b", "y", "z"),)
    assert merge_fields({"a": "0"}, {"a": "1"}, {"a": "1"}).conflicts == ()


def test_a_uid_that_is_not_url_safe_gets_a_digest_for_a_name():
    assert resource_name("c0ffee-1@example.org", ".vcf") == "c0ffee-1@example.org.vcf"
    named = resource_name("urn:uuid:../ä b", ".vcf")
    assert named.endswith(".vcf") and "/" not in named and len(named) == 44
