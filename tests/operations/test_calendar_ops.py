from datetime import date, datetime

from desktop.core.domain import OpportunityStatus
from desktop.operations import calendar, opportunities
from desktop.operations.calendar import MarkerKind


def _kinds(markers):
    return {day: [m.kind for m in found] for day, found in markers.items()}


def test_sample_month_has_every_kind_of_marker(sample_workspace):
    november = _kinds(calendar.month_markers(sample_workspace, 2026, 11))
    assert november[date(2026, 11, 24)] == [MarkerKind.INTERVIEW]  # the Northwind panel
    assert november[date(2026, 11, 26)] == [MarkerKind.NOTE]  # its notes, 48 h later
    assert november[date(2026, 11, 23)] == [MarkerKind.CALL]  # Lumen: promised date passed
    assert MarkerKind.MOVE_ON in november[date(2026, 11, 30)]
    december = _kinds(calendar.month_markers(sample_workspace, 2026, 12))
    assert december[date(2026, 12, 9)] == [MarkerKind.CALL]  # Northwind: a working day after the 8th
    assert all(day.month == 12 for day in december)


def test_personal_dates_and_conflicts_are_marked(sample_workspace):
    lumen = next(r for r in opportunities.list_opportunities(sample_workspace) if r.company == "Lumen Health")
    opportunities.add_personal_date(sample_workspace, "Offer expires", date(2026, 12, 4), lumen.id)
    december = calendar.month_markers(sample_workspace, 2026, 12)
    personal = december[date(2026, 12, 4)][0]
    assert personal.kind is MarkerKind.PERSONAL and personal.title == "Offer expires (Lumen Health)"
    assert personal.target.opportunity_id == lumen.id
    conflict = december[date(2026, 12, 8)][0]
    assert conflict.kind is MarkerKind.CONFLICT and "Northwind" in conflict.title and "Offer expires" in conflict.detail


def test_day_agenda_is_whole_day_first_then_by_time(sample_workspace):
    opportunities.add_personal_date(sample_workspace, "Dentist", date(2026, 11, 30))
    day = calendar.day_agenda(sample_workspace, date(2026, 11, 30))
    assert [m.kind for m in day] == [MarkerKind.PERSONAL, MarkerKind.MOVE_ON, MarkerKind.INTERVIEW]
    timed = [m.when for m in day if m.when is not None]
    assert timed == sorted(timed)
    interview = day[-1]
    assert interview.target.interview_id is not None and interview.title == "On-site interview at Fjord & Finch"


def test_cancelled_interviews_and_closed_opportunities_leave_the_calendar(sample_workspace):
    rows = {r.company: r for r in opportunities.list_opportunities(sample_workspace)}
    fjord = rows["Fjord & Finch"]
    opportunities.cancel_interview(sample_workspace, fjord.interviews[0].id)
    assert all(m.target.opportunity_id != fjord.id for m in calendar.snapshot(sample_workspace).day(date(2026, 11, 30)))
    opportunities.set_status(sample_workspace, rows["Northwind Analytics"].id, OpportunityStatus.REJECTED)
    november = calendar.month_markers(sample_workspace, 2026, 11)
    assert date(2026, 11, 26) not in november  # no notes due for a closed opportunity
    assert november[date(2026, 11, 24)][0].kind is MarkerKind.INTERVIEW  # the interview itself still happened


def test_an_empty_month_and_an_empty_workspace(workspace):
    assert calendar.month_markers(workspace, 2026, 11) == {}
    assert calendar.day_agenda(workspace, date(2026, 11, 25)) == []
    assert calendar.snapshot(workspace).day(datetime(2026, 1, 1).date()) == []


def test_the_calls_logged_move_the_call_and_the_move_on_date_as_on_today(sample_workspace):
    from datetime import timedelta

    from desktop.core.agenda import ItemKind
    from desktop.core.domain import CallOutcome
    from desktop.operations import agenda
    from desktop.operations.calls import log_attempt
    from tests.conftest import NOW

    lumen = next(r for r in opportunities.list_opportunities(sample_workspace) if r.company == "Lumen Health")

    def marked(kind: MarkerKind) -> list[tuple[date, str]]:
        every = calendar.snapshot(sample_workspace).months
        return [(day, m.title) for days in every.values() for day, found in days.items() for m in found
                if m.kind is kind and m.target.opportunity_id == lumen.id]

    def today(kind: ItemKind) -> list[date]:
        return [i.due.date() for i in agenda.agenda(sample_workspace)
                if i.kind is kind and i.opportunity_id == lumen.id]

    assert [day for day, _ in marked(MarkerKind.CALL)] == today(ItemKind.CALL) == [date(2026, 11, 23)]
    # They are still deciding and ask for a call back on 10 December: the call moves there, and moving on after it.
    log_attempt(sample_workspace, lumen.id, NOW - timedelta(hours=1), CallOutcome.STILL_DECIDING,
                next_date=date(2026, 12, 10))
    assert marked(MarkerKind.CALL) == [(date(2026, 12, 10), "Follow-up call with Marcus Bell")]
    assert today(ItemKind.CALL) == [date(2026, 12, 10)]
    [(move_on, _)] = marked(MarkerKind.MOVE_ON)
    assert move_on > date(2026, 12, 10)
    # Unanswered on the 10th: "call again" two working days later, as Today says.
    log_attempt(sample_workspace, lumen.id, NOW, CallOutcome.NO_ANSWER)
    assert marked(MarkerKind.CALL) == [(today(ItemKind.CALL)[0], "Call again with Marcus Bell")]
    # An answer that closes the question leaves no call and no move-on date on the Calendar.
    log_attempt(sample_workspace, lumen.id, NOW, CallOutcome.OFFER)
    assert marked(MarkerKind.CALL) == [] and marked(MarkerKind.MOVE_ON) == []
