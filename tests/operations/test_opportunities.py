from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.core.domain import InterviewKind, OpportunityStatus
from desktop.operations import opportunities as opps
from tests.conftest import NOW

NEW_YORK = ZoneInfo("America/New_York")


def _interview(**extra) -> opps.InterviewInput:
    start = datetime(2026, 12, 1, 10, 0, tzinfo=NEW_YORK)
    values = {"starts_at": start, "ends_at": start + timedelta(hours=1), "time_zone": "America/New_York",
              "kind": InterviewKind.PANEL, "location": " 1 Main St ", "next_steps": "Within two weeks",
              "decision_date": date(2026, 12, 15)}
    return opps.InterviewInput(**{**values, **extra})


def test_add_an_opportunity_logs_its_first_status(workspace):
    new_id = opps.add_opportunity(workspace, " Acme ", "Designer", "https://acme.example/jobs/1").id
    row = opps.get_opportunity(workspace, new_id)
    assert (row.company, row.role, row.status) == ("Acme", "Designer", OpportunityStatus.APPLIED)
    assert [(h.status, h.changed_at) for h in row.history] == [(OpportunityStatus.APPLIED, NOW)]


def test_an_opportunity_needs_a_company_and_a_role(workspace):
    with pytest.raises(ValueError, match="company"):
        opps.add_opportunity(workspace, " ", "Designer")
    with pytest.raises(ValueError, match="role"):
        opps.add_opportunity(workspace, "Acme", "")


def test_update_an_opportunity(workspace):
    new_id = opps.add_opportunity(workspace, "Acme", "Designer").id
    opps.update_opportunity(workspace, new_id, "Acme Corp", "Lead Designer", "https://a.example", "I fit.")
    row = opps.get_opportunity(workspace, new_id)
    assert (row.company, row.role, row.posting_url, row.why_fit) == ("Acme Corp", "Lead Designer",
                                                                      "https://a.example", "I fit.")
    with pytest.raises(LookupError):
        opps.update_opportunity(workspace, 999, "A", "B")


def test_status_change_is_logged_with_the_time(workspace):
    new_id = opps.add_opportunity(workspace, "Acme", "Designer").id
    assert opps.set_status(workspace, new_id, OpportunityStatus.INTERVIEWING)
    assert not opps.set_status(workspace, new_id, OpportunityStatus.INTERVIEWING)  # no duplicate entry
    row = opps.get_opportunity(workspace, new_id)
    assert row.status is OpportunityStatus.INTERVIEWING
    assert [h.status for h in row.history] == [OpportunityStatus.APPLIED, OpportunityStatus.INTERVIEWING]


def test_interviews_keep_their_zone_and_come_back_aware(workspace):
    opp = opps.add_opportunity(workspace, "Acme", "Designer").id
    interview_id = opps.add_interview(workspace, opp, _interview()).id
    row = opps.get_interview(workspace, interview_id)
    assert row.starts_at == datetime(2026, 12, 1, 15, 0, tzinfo=ZoneInfo("UTC"))
    assert row.time_zone == "America/New_York" and row.location == "1 Main St"
    assert row.decision_date == date(2026, 12, 15) and row.kind is InterviewKind.PANEL
    assert row.notes_summary == "No one recorded yet"


def test_update_cancel_and_delete_an_interview(workspace):
    opp = opps.add_opportunity(workspace, "Acme", "Designer").id
    interview_id = opps.add_interview(workspace, opp, _interview()).id
    opps.update_interview(workspace, interview_id, _interview(kind=InterviewKind.VIDEO, video_link="https://v.example",
                                                              decision_date=None))
    row = opps.get_interview(workspace, interview_id)
    assert row.kind is InterviewKind.VIDEO and row.video_link == "https://v.example" and row.decision_date is None
    opps.cancel_interview(workspace, interview_id)
    assert opps.get_interview(workspace, interview_id).cancelled
    opps.delete_interview(workspace, interview_id)
    with pytest.raises(LookupError):
        opps.get_interview(workspace, interview_id)


@pytest.mark.parametrize(("extra", "message"), [
    ({"ends_at": datetime(2026, 12, 1, 9, 0, tzinfo=NEW_YORK)}, "ends before it starts"),
    ({"starts_at": datetime(2026, 12, 1, 9, 0)}, "start has no time zone"),
    ({"time_zone": "Mars/Olympus"}, "not a time zone name"),
])
def test_bad_interview_input_is_refused_with_a_reason(workspace, extra, message):
    opp = opps.add_opportunity(workspace, "Acme", "Designer").id
    with pytest.raises(ValueError, match=message):
        opps.add_interview(workspace, opp, _interview(**extra))


def test_sample_rows_carry_people_notes_and_next_dates(sample_workspace):
    rows = {r.company: r for r in opps.list_opportunities(sample_workspace)}
    northwind = rows["Northwind Analytics"]
    panel = northwind.interviews[-1]
    assert [p.name for p in panel.people] == ["Dana Whitfield", "Tomás Ortega", "Zoë Lindqvist"]
    assert panel.notes_summary == "0 of 3 sent, 1 ready" and panel.process_owner == "Dana Whitfield"
    assert northwind.next_what == "Decision expected" and northwind.next_on == panel.decision_date
    assert rows["Fjord & Finch"].next_what == "Interview"
    assert rows["Lumen Health"].next_what == "Follow-up call"
    assert northwind.notes_pending == 3


def test_the_next_call_follows_the_calls_logged(sample_workspace):
    from desktop.core.domain import CallOutcome
    from desktop.operations.calls import log_attempt

    lumen = next(r for r in opps.list_opportunities(sample_workspace) if r.company == "Lumen Health")
    assert (lumen.next_what, lumen.next_on) == ("Follow-up call", date(2026, 11, 23))
    log_attempt(sample_workspace, lumen.id, NOW - timedelta(hours=1), CallOutcome.STILL_DECIDING,
                next_date=date(2026, 12, 10))
    assert opps.get_opportunity(sample_workspace, lumen.id).next_on == date(2026, 12, 10)
    log_attempt(sample_workspace, lumen.id, NOW, CallOutcome.MOVING_FORWARD)
    assert opps.get_opportunity(sample_workspace, lumen.id).next_on is None


def test_contact_choices_put_the_opportunitys_people_first(sample_workspace):
    northwind = next(r for r in opps.list_opportunities(sample_workspace) if r.company == "Northwind Analytics")
    names = [p.name for p in opps.contact_choices(sample_workspace, northwind.id)]
    assert set(names[:4]) == {"Priya Raman", "Dana Whitfield", "Tomás Ortega", "Zoë Lindqvist"}
    assert len(names) == 9


def test_people_met(sample_workspace):
    northwind = next(r for r in opps.list_opportunities(sample_workspace) if r.company == "Northwind Analytics")
    people = opps.people_met(sample_workspace, northwind.interviews[-1].id)
    assert people[0].name == "Dana Whitfield" and people[0].title == "Head of Product Design"


def test_personal_dates_add_list_remove(sample_workspace):
    lumen = next(r for r in opps.list_opportunities(sample_workspace) if r.company == "Lumen Health")
    first = opps.add_personal_date(sample_workspace, "Notice period starts", date(2026, 12, 20)).id
    second = opps.add_personal_date(sample_workspace, " Offer expires ", date(2026, 12, 4), lumen.id).id
    listed = opps.list_personal_dates(sample_workspace)
    assert [(d.id, d.label, d.company) for d in listed] == [(second, "Offer expires", "Lumen Health"),
                                                              (first, "Notice period starts", "")]
    opps.remove_personal_date(sample_workspace, second)
    assert [d.id for d in opps.list_personal_dates(sample_workspace)] == [first]
    with pytest.raises(ValueError, match="say what the date is"):
        opps.add_personal_date(sample_workspace, "  ", date(2026, 12, 4))


def test_timeline_conflicts_flag_later_decisions(sample_workspace):
    rows = {r.company: r for r in opps.list_opportunities(sample_workspace)}
    assert opps.timeline_conflicts(sample_workspace) == {}
    opps.add_personal_date(sample_workspace, "Offer from Lumen expires", date(2026, 12, 4), rows["Lumen Health"].id)
    found = opps.timeline_conflicts(sample_workspace)
    assert set(found) == {rows["Northwind Analytics"].id, rows["Fjord & Finch"].id}
    assert "Northwind Analytics expects to decide on Tue 8 Dec 2026" in found[rows["Northwind Analytics"].id][0]
    flagged = opps.get_opportunity(sample_workspace, rows["Northwind Analytics"].id)
    assert flagged.conflicts == tuple(found[flagged.id])


def test_closed_opportunities_are_not_flagged(sample_workspace):
    rows = {r.company: r for r in opps.list_opportunities(sample_workspace)}
    opps.add_personal_date(sample_workspace, "Need a decision by", date(2026, 12, 1))
    opps.set_status(sample_workspace, rows["Northwind Analytics"].id, OpportunityStatus.WITHDRAWN)
    assert rows["Northwind Analytics"].id not in opps.timeline_conflicts(sample_workspace)


def test_planning_an_interview_moves_an_application_to_interviewing_in_its_history(workspace):
    opp_id = opps.add_opportunity(workspace, "Fjord & Finch", "Design Lead").id
    start = NOW + timedelta(days=3)
    opps.add_interview(workspace, opp_id, opps.InterviewInput(starts_at=start, ends_at=start + timedelta(hours=1),
                                                              time_zone="Europe/Copenhagen"))
    row = opps.get_opportunity(workspace, opp_id)
    assert row.status is OpportunityStatus.INTERVIEWING
    assert [h.status for h in row.history] == [OpportunityStatus.APPLIED, OpportunityStatus.INTERVIEWING]
    opps.set_status(workspace, opp_id, OpportunityStatus.OFFER)
    opps.add_interview(workspace, opp_id, opps.InterviewInput(starts_at=start, ends_at=start + timedelta(hours=1),
                                                              time_zone="Europe/Copenhagen"))
    assert opps.get_opportunity(workspace, opp_id).status is OpportunityStatus.OFFER  # an offer is not undone
