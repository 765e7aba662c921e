"""Follow-up calls: whom to call, every attempt kept, outcomes that move the opportunity, the timeline."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.core.agenda import ItemKind
from desktop.core.domain import CallOutcome, InterviewKind, OpportunityStatus
from desktop.operations import agenda
from desktop.operations.calls import CallError, call_context, log_attempt, move_on, timeline
from desktop.storage.models import Contact, Interview, MeetingNote, Opportunity, StatusChange
from tests.conftest import NOW


def opportunity_id(workspace, company: str) -> int:
    with workspace.session() as session:
        return session.scalars(select(Opportunity.id).where(Opportunity.company == company)).one()


def status_of(workspace, oid: int) -> tuple[OpportunityStatus, str, list[OpportunityStatus]]:
    with workspace.session() as session:
        opp = session.get(Opportunity, oid)
        return opp.status, opp.notes, [c.status for c in opp.status_changes]


def test_the_call_goes_to_the_process_owner_with_a_dialable_number(sample_workspace):
    context = call_context(sample_workspace, opportunity_id(sample_workspace, "Lumen Health"))
    assert context.contact_name == "Marcus Bell" and context.contact_title == "Director of UX Research"
    [phone] = context.phones
    assert phone.display == "(617) 555-0164" and phone.uri == "tel:+1-617-555-0164"
    assert context.promised is not None and context.due is not None and context.due < NOW
    assert context.attempts == ()


def test_without_a_chosen_owner_the_hiring_manager_then_the_first_person_met(workspace):
    with workspace.session() as session:
        met = [Contact(full_name="Ana Lima", title="Recruiter"),
               Contact(full_name="Bo Chen", title="Hiring Manager, Platform")]
        opp = Opportunity(company="Acme", role="Designer")
        opp.interviews = [Interview(starts_at=NOW - timedelta(days=30), kind=InterviewKind.VIDEO,
                                    people=[MeetingNote(contact=c, position=n) for n, c in enumerate(met)])]
        session.add(opp)
        session.flush()
        oid = opp.id
    context = call_context(workspace, oid)
    assert context.contact_name == "Bo Chen" and context.phones == ()  # no phone: the screen says so
    with workspace.session() as session:
        session.scalars(select(Contact).where(Contact.full_name == "Bo Chen")).one().title = "Engineer"
    assert call_context(workspace, oid).contact_name == "Ana Lima"


def test_another_direction_closes_as_rejected_and_keeps_the_feedback(sample_workspace):
    oid = opportunity_id(sample_workspace, "Lumen Health")
    log_attempt(sample_workspace, oid, NOW - timedelta(hours=1), CallOutcome.ANOTHER_DIRECTION,
                notes="Marcus was kind about it.", feedback="They wanted more quantitative research.")
    status, notes, changes = status_of(sample_workspace, oid)
    assert status is OpportunityStatus.REJECTED and changes[-1] is OpportunityStatus.REJECTED
    assert "They wanted more quantitative research." in notes
    assert not [i for i in agenda.agenda(sample_workspace) if i.opportunity_id == oid]
    [attempt] = call_context(sample_workspace, oid).attempts
    assert attempt.notes == "Marcus was kind about it." and attempt.outcome is CallOutcome.ANOTHER_DIRECTION


def test_the_feedback_is_dated_by_the_users_own_calendar(sample_workspace):
    oid = opportunity_id(sample_workspace, "Lumen Health")
    late = datetime(2026, 11, 24, 23, 30, tzinfo=sample_workspace.zone)  # 22:30 UTC: still the 24th in Berlin
    log_attempt(sample_workspace, oid, late, CallOutcome.STILL_DECIDING, feedback="Budget is frozen until Q1.")
    _, notes, _ = status_of(sample_workspace, oid)
    assert notes.endswith("Feedback from the call on Tue 24 Nov 2026: Budget is frozen until Q1.")


def test_still_deciding_schedules_the_next_call_at_their_date(sample_workspace):
    oid = opportunity_id(sample_workspace, "Lumen Health")
    log_attempt(sample_workspace, oid, NOW - timedelta(hours=2), CallOutcome.STILL_DECIDING,
                next_date=date(2026, 12, 3))
    [call] = [i for i in agenda.agenda(sample_workspace) if i.opportunity_id == oid and i.kind is ItemKind.CALL]
    assert call.due.astimezone(sample_workspace.zone).date() == date(2026, 12, 3)
    assert status_of(sample_workspace, oid)[0] is OpportunityStatus.INTERVIEWING


def test_an_offer_sets_the_status(sample_workspace):
    oid = opportunity_id(sample_workspace, "Lumen Health")
    log_attempt(sample_workspace, oid, NOW, CallOutcome.OFFER, notes="Offer letter coming Friday.")
    assert status_of(sample_workspace, oid)[0] is OpportunityStatus.OFFER


def test_two_unanswered_calls_past_the_grace_period_propose_moving_on(sample_workspace):
    oid = opportunity_id(sample_workspace, "Lumen Health")
    mine = [i.kind for i in agenda.agenda(sample_workspace) if i.opportunity_id == oid]
    assert ItemKind.CALL in mine and ItemKind.MOVE_ON not in mine
    log_attempt(sample_workspace, oid, NOW - timedelta(days=1), CallOutcome.NO_ANSWER)
    assert ItemKind.MOVE_ON not in {i.kind for i in agenda.agenda(sample_workspace) if i.opportunity_id == oid}
    log_attempt(sample_workspace, oid, NOW - timedelta(minutes=5), CallOutcome.VOICEMAIL)
    proposal = next(i for i in agenda.agenda(sample_workspace) if i.kind is ItemKind.MOVE_ON)
    assert proposal.opportunity_id == oid and proposal.title == "Move on from Lumen Health?"
    grace_ends = call_context(sample_workspace, oid).due + timedelta(days=7)  # five working days
    assert proposal.due.date() == grace_ends.date()
    move_on(sample_workspace, oid)
    assert status_of(sample_workspace, oid)[0] is OpportunityStatus.NO_RESPONSE
    with pytest.raises(CallError, match="already closed as no response"):
        move_on(sample_workspace, oid)


def test_a_call_in_the_future_is_refused_and_nothing_is_written(sample_workspace):
    oid = opportunity_id(sample_workspace, "Lumen Health")
    with pytest.raises(CallError, match="is in the future"):
        log_attempt(sample_workspace, oid, NOW + timedelta(hours=3), CallOutcome.NO_ANSWER)
    with pytest.raises(CallError, match="before the call itself"):
        log_attempt(sample_workspace, oid, NOW, CallOutcome.STILL_DECIDING, next_date=date(2026, 11, 1))
    with pytest.raises(CallError, match="no opportunity with id 77"):
        log_attempt(sample_workspace, 77, NOW, CallOutcome.NO_ANSWER)
    assert call_context(sample_workspace, oid).attempts == ()


def test_the_timeline_holds_interviews_notes_calls_and_status_in_order(sample_workspace):
    oid = opportunity_id(sample_workspace, "Lumen Health")
    log_attempt(sample_workspace, oid, NOW - timedelta(hours=1), CallOutcome.ANOTHER_DIRECTION,
                feedback="More quantitative work.")
    entries = timeline(sample_workspace, oid)
    assert [e.when for e in entries] == sorted(e.when for e in entries)
    kinds = [e.kind for e in entries]
    assert kinds[0] == "status" and kinds[-2:] == ["call", "status"]
    titles = [e.title for e in entries]
    assert "Phone screen interview" in titles and "Video interview" in titles
    assert "Thank-you note sent to Aisha Khan" in titles and "Thank-you note sent to Marcus Bell" in titles
    assert "Call to Marcus Bell: Spoke: went another direction" in titles
    assert titles[-1] == "Status: Rejected"
    assert entries[-2].detail == "Feedback: More quantitative work."
    with sample_workspace.session() as session:
        assert session.scalars(select(StatusChange).where(StatusChange.opportunity_id == oid)).all()
