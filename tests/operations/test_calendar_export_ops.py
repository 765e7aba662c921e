"""The calendar export on a real database: what the Calendar page shows, every kind, each at the right time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.domain import InterviewKind
from desktop.operations import calendar as calendar_ops
from desktop.operations import opportunities as opps
from desktop.operations.calendar_export import calendar_file, export_calendar, update_calendar_file
from desktop.operations.contacts import add_contact
from desktop.operations.people_met import add_person_met
from desktop.operations.transfer import TransferError

NEW_YORK = ZoneInfo("America/New_York")
PARIS = ZoneInfo("Europe/Paris")


def card(name: str, title: str, phone: str = "") -> ContactCard:
    return ContactCard(full_name=name, title=title, phones=[LabelledValue(phone, "work")] if phone else [])


def new_users_interview(workspace, starts_at: datetime, zone: str = "America/New_York") -> tuple[int, int]:
    """What a new user types: an opportunity, one interview in the interviewer's zone, the two people met."""
    opportunity = opps.add_opportunity(workspace, "Nordlicht Énergie", "Responsable produit").id
    interview = opps.add_interview(workspace, opportunity, opps.InterviewInput(
        starts_at=starts_at, ends_at=starts_at + timedelta(hours=1), time_zone=zone, kind=InterviewKind.VIDEO,
        video_link="https://meet.example/nordlicht", decision_date=None)).id
    for person in (card("Siobhán Ní Bhriain-Þórsdóttir", "Head of Product", "+1 212 555 0147"),
                   card("Jean-Étienne Duval", "Staff Engineer")):
        add_person_met(workspace, interview, add_contact(workspace, person).id)
    return opportunity, interview


def events(path) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(path.read_bytes()).events}


def test_a_new_users_first_interview_exports_its_deadlines_too(workspace, tmp_path):
    """The issue: a new user's export held only the interview, not the note deadline, the call or the move-on."""
    # NOW is Wednesday 25 November 2026; the interview is next Monday, 10:00 in New York.
    new_users_interview(workspace, datetime(2026, 11, 30, 10, 0, tzinfo=NEW_YORK))
    done = export_calendar(workspace, tmp_path / "out.ics")
    assert done.description == "4 calendar events (1 interview, 1 note deadline, 1 call, 1 move-on date)"
    assert [str(e["SUMMARY"]) for e in events(tmp_path / "out.ics").values()] == [
        "Video interview at Nordlicht Énergie", "2 thank-you notes due: Nordlicht Énergie",
        "Follow-up call with Siobhán Ní Bhriain-Þórsdóttir (Nordlicht Énergie)", "Move on from Nordlicht Énergie?"]


@pytest.fixture
def busy(workspace):
    """An interview past with a promised date gone by, one to come, and a date of the user's own."""
    _opportunity, past = new_users_interview(workspace, datetime(2026, 11, 10, 9, 0, tzinfo=NEW_YORK))
    row = opps.get_interview(workspace, past)
    opps.update_interview(workspace, past, opps.InterviewInput(
        starts_at=row.starts_at, ends_at=row.ends_at, time_zone=row.time_zone, kind=row.kind,
        video_link=row.video_link, decision_date=date(2026, 11, 20)))
    other = opps.add_opportunity(workspace, "Lumen Health", "UX Researcher").id
    coming = opps.add_interview(workspace, other, opps.InterviewInput(
        starts_at=datetime(2026, 12, 3, 14, 0, tzinfo=PARIS), ends_at=datetime(2026, 12, 3, 15, 0, tzinfo=PARIS),
        time_zone="Europe/Paris", kind=InterviewKind.ON_SITE, location="12 rue de l'Épée, Paris")).id
    add_person_met(workspace, coming, add_contact(workspace, card("Marcus Bell", "Recruiter")).id)
    opps.add_personal_date(workspace, "Offer from Quill expires", date(2026, 12, 18))
    return workspace


def test_it_exports_exactly_what_the_calendar_page_shows(busy, tmp_path):
    export_calendar(busy, tmp_path / "out.ics")
    written = sorted((str(e["SUMMARY"]).split(":")[0].split(" (")[0], _day(e, busy.zone))
                     for e in events(tmp_path / "out.ics").values())
    snapshot = calendar_ops.snapshot(busy)
    shown = sorted((m.title, day) for days in snapshot.months.values() for day, markers in days.items()
                   for m in markers)
    assert [(title.split(":")[0], day) for title, day in shown] == written
    assert {title for title, _day_ in shown} >= {"Offer from Quill expires", "Follow-up call with Siobhán Ní "
                                                 "Bhriain-Þórsdóttir", "On-site interview at Lumen Health"}


def _day(event: icalendar.Event, zone: ZoneInfo) -> date:
    start = event["DTSTART"].dt
    return start.astimezone(zone).date() if isinstance(start, datetime) else start


def test_every_kind_is_written_at_the_right_local_time_with_its_alarm(busy, tmp_path):
    done = export_calendar(busy, tmp_path / "out.ics")
    # The interview to come has its deadlines on the Calendar page already: so has the export.
    assert done.description == ("9 calendar events (2 interviews, 2 note deadlines, 2 calls, 2 move-on dates, "
                                "1 date of your own)")
    found = events(tmp_path / "out.ics")
    interview = found[f"interview-{_interview_ids(busy)[0]}@afterview.local"]
    assert interview["DTSTART"].params["TZID"] == "America/New_York"
    assert interview["DTSTART"].dt.astimezone(PARIS).strftime("%a %d %b %H:%M") == "Tue 10 Nov 15:00"
    assert interview["DTSTART"].dt.astimezone(NEW_YORK).strftime("%a %d %b %H:%M") == "Tue 10 Nov 09:00"
    assert interview["URL"] == "https://meet.example/nordlicht"
    assert "With Siobhán Ní Bhriain-Þórsdóttir (Head of Product) and Jean-Étienne Duval (Staff Engineer)." \
        in interview["DESCRIPTION"]
    lumen = found[f"interview-{_interview_ids(busy)[1]}@afterview.local"]
    assert lumen["DTSTART"].params["TZID"] == "Europe/Paris" and lumen["LOCATION"] == "12 rue de l'Épée, Paris"
    assert [a["TRIGGER"].dt for a in lumen.walk("VALARM")] == [timedelta(hours=-1), timedelta(minutes=-15)]
    # The candidate's deadlines are on the candidate's clock (Berlin): the note 48 h after the end, at 16:00.
    notes = next(e for e in found.values() if str(e["SUMMARY"]) == "2 thank-you notes due: Nordlicht Énergie")
    assert notes["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert notes["DTSTART"].dt.strftime("%a %d %b %H:%M") == "Thu 12 Nov 16:00"
    assert str(notes["TRANSP"]) == "TRANSPARENT"
    assert [str(a["DESCRIPTION"]) for a in notes.walk("VALARM")] == [
        "Thank-you notes to Siobhán Ní Bhriain-Þórsdóttir and Jean-Étienne Duval due in 12 hours",
        "Thank-you notes to Siobhán Ní Bhriain-Þórsdóttir and Jean-Étienne Duval due in 2 hours"]
    # The call: one working day after the promised 20 November, at the start of the working day; the number as
    # the user reads numbers (the region is the US here), with a tel: link in international form to dial it.
    call = found[f"call-{_opportunity_ids(busy)[0]}@afterview.local"]
    assert call["DTSTART"].dt.strftime("%a %d %b %H:%M") == "Mon 23 Nov 09:30"
    assert call["DESCRIPTION"].startswith("Call Siobhán Ní Bhriain-Þórsdóttir (Head of Product) on (212) 555-0147 "
                                          "(work).")
    assert call["URL"] == "tel:+12125550147"
    assert [str(a["DESCRIPTION"]) for a in call.walk("VALARM")] == [
        "Call Siobhán Ní Bhriain-Þórsdóttir at Nordlicht Énergie: (212) 555-0147"]
    move_on = found[f"move_on-{_opportunity_ids(busy)[0]}@afterview.local"]
    assert move_on["DTSTART"].dt == date(2026, 11, 30) and move_on["DTEND"].dt == date(2026, 12, 1)
    assert [a["TRIGGER"].dt for a in move_on.walk("VALARM")] == [timedelta(hours=9, minutes=30)]
    own = next(e for e in found.values() if str(e["SUMMARY"]) == "Offer from Quill expires")
    assert own["DTSTART"].dt == date(2026, 12, 18)
    assert [str(a["DESCRIPTION"]) for a in own.walk("VALARM")] == ["Tomorrow: Offer from Quill expires",
                                                                   "Today: Offer from Quill expires"]


def _interview_ids(workspace) -> list[int]:
    return [i.id for row in opps.list_opportunities(workspace) for i in row.interviews][::-1]


def _opportunity_ids(workspace) -> list[int]:
    return sorted(row.id for row in opps.list_opportunities(workspace))


def test_a_call_to_someone_without_a_number_says_where_to_add_one(busy, tmp_path):
    interview = _interview_ids(busy)[0]
    duval = next(p for p in opps.people_met(busy, interview) if p.name == "Jean-Étienne Duval")
    row = opps.get_interview(busy, interview)
    opps.update_interview(busy, interview, opps.InterviewInput(
        starts_at=row.starts_at, ends_at=row.ends_at, time_zone=row.time_zone, kind=row.kind,
        decision_date=row.decision_date, process_owner_id=duval.contact_id))
    export_calendar(busy, tmp_path / "out.ics")
    call = events(tmp_path / "out.ics")[f"call-{_opportunity_ids(busy)[0]}@afterview.local"]
    assert str(call["SUMMARY"]) == "Follow-up call with Jean-Étienne Duval (Nordlicht Énergie)"
    assert call["DESCRIPTION"].startswith("Call Jean-Étienne Duval (Staff Engineer). Their card has no phone number "
                                          "yet: add it in Afterview (Contacts).")
    assert "URL" not in call


def test_uids_stay_and_only_a_changed_event_gets_a_new_sequence(busy, tmp_path):
    clock = [datetime(2026, 11, 25, 11, 0, tzinfo=UTC)]
    busy.clock = lambda: clock[0]
    export_calendar(busy, tmp_path / "first.ics")
    first = events(tmp_path / "first.ics")
    clock[0] += timedelta(hours=2)
    export_calendar(busy, tmp_path / "second.ics")
    second = events(tmp_path / "second.ics")
    assert list(second) == list(first)
    assert all(e["SEQUENCE"] == 0 and e["LAST-MODIFIED"].dt == first[uid]["LAST-MODIFIED"].dt
               for uid, e in second.items())
    assert all(e["DTSTAMP"].dt == first[uid]["DTSTAMP"].dt == first[uid]["LAST-MODIFIED"].dt
               for uid, e in second.items())
    assert (tmp_path / "second.ics").read_bytes() == (tmp_path / "first.ics").read_bytes()
    lumen = _interview_ids(busy)[1]
    row = opps.get_interview(busy, lumen)
    opps.update_interview(busy, lumen, opps.InterviewInput(
        starts_at=row.starts_at + timedelta(hours=1), ends_at=row.ends_at + timedelta(hours=1),
        time_zone=row.time_zone, kind=row.kind, location=row.location))
    clock[0] += timedelta(hours=2)
    export_calendar(busy, tmp_path / "third.ics")
    third = events(tmp_path / "third.ics")
    moved = {uid for uid, e in third.items() if e["SEQUENCE"] == 1}
    # The interview moved, and with it its note deadline; the call stays at 09:30 on the same working day.
    assert moved == {f"interview-{lumen}@afterview.local", f"notes-{lumen}@afterview.local"}
    assert all(e["SEQUENCE"] == 0 for uid, e in third.items() if uid not in moved)
    assert all(third[uid]["LAST-MODIFIED"].dt == third[uid]["DTSTAMP"].dt == clock[0] for uid in moved)


def test_the_calendar_file_is_kept_in_the_chosen_folder(busy, tmp_path):
    assert calendar_file(busy) is None and update_calendar_file(busy) is None
    folder = tmp_path / "Synced folder – Œuvres"
    busy.settings.calendar_folder = str(folder)
    with pytest.raises(TransferError, match="Œuvres: the folder chosen for the calendar file does not exist"):
        update_calendar_file(busy)
    folder.mkdir()
    done = update_calendar_file(busy)
    assert done is not None and done.path == folder / "Afterview.ics" and len(events(done.path)) == done.count == 9
    assert not [p.name for p in folder.iterdir() if p.name != "Afterview.ics"]  # no temporary file left behind


def test_an_interview_in_a_zone_the_zone_database_does_not_know_keeps_its_moment(busy, tmp_path):
    """An interview stored by an older version with a zone name of its invitation's own ("Customized Time Zone")."""
    from desktop.storage.models import Interview

    interview = _interview_ids(busy)[0]
    with busy.session() as session:
        session.get(Interview, interview).time_zone = "Customized Time Zone"
    export_calendar(busy, tmp_path / "out.ics")
    start = events(tmp_path / "out.ics")[f"interview-{interview}@afterview.local"]["DTSTART"]
    assert start.params["TZID"] == "Europe/Berlin"  # the candidate's own
    assert start.dt == datetime(2026, 11, 10, 9, 0, tzinfo=NEW_YORK)
