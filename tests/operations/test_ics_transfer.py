from datetime import timedelta
from pathlib import Path

import pytest

from desktop.operations.transfer import TransferError, import_file
from desktop.storage.models import Contact, Interview, Opportunity

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"


def interviews(workspace) -> list[Interview]:
    with workspace.session() as session:
        return list(session.query(Interview).order_by(Interview.id))


def test_an_invitation_creates_an_interview_with_its_people(workspace):
    summary = import_file(workspace, FIXTURES / "google_meet_invite.ics")
    assert summary.added == 1, summary.problems
    with workspace.session() as session:
        interview = session.query(Interview).one()
        assert interview.video_link.startswith("https://meet.google.com/")
        assert interview.starts_at.tzinfo is not None
        people = [m.contact for m in interview.people]
        assert people and all(c.emails for c in people)
        assert session.query(Opportunity).count() == 1


def test_reimport_updates_and_cancel_marks_cancelled(workspace):
    import_file(workspace, FIXTURES / "google_meet_invite.ics")
    again = import_file(workspace, FIXTURES / "google_meet_invite.ics")
    assert again.added == 0 and again.unchanged == 1
    updated = import_file(workspace, FIXTURES / "google_update.ics")
    assert updated.added == 0 and updated.updated == 1
    cancelled = import_file(workspace, FIXTURES / "google_cancel.ics")
    assert cancelled.updated == 1
    assert [i.cancelled for i in interviews(workspace)] == [True]


def test_the_candidates_own_address_is_left_out(workspace):
    from desktop.core.settings import Settings

    workspace.settings = Settings(your_email="alex.candidate@gmail.com")
    import_file(workspace, FIXTURES / "google_meet_invite.ics")
    with workspace.session() as session:
        addresses = {e.address.lower() for c in session.query(Contact) for e in c.emails}
    assert "alex.candidate@gmail.com" not in addresses


@pytest.mark.parametrize("name", ["truncated.ics", "not_calendar.ics"])
def test_broken_files_say_why_and_change_nothing(sample_workspace, name):
    before = len(interviews(sample_workspace))
    with pytest.raises(TransferError, match=name.replace(".", r"\.")):
        import_file(sample_workspace, FIXTURES / name)
    assert len(interviews(sample_workspace)) == before


def test_attendees_already_in_the_card_file_are_reused_and_the_company_found(sample_workspace, tmp_path):
    from desktop.core.calendar_export import ExportEvent, write_calendar
    from tests.conftest import NOW

    calendar = write_calendar([ExportEvent(uid="round-3@northwind", summary="Northwind Analytics: final round",
                                           start=NOW, end=NOW + timedelta(hours=1))]).decode()
    people = ("ORGANIZER;CN=Dana Whitfield:mailto:DANA.WHITFIELD@northwind.example\r\n"
              "ATTENDEE;CN=Seán Mac Gearailt:mailto:sean@northwind.example\r\n")
    path = tmp_path / "final.ics"
    path.write_text(calendar.replace("END:VEVENT", people + "END:VEVENT"), encoding="utf-8")
    with sample_workspace.session() as session:
        before = session.query(Contact).count()
    assert import_file(sample_workspace, path).added == 1
    with sample_workspace.session() as session:
        interview = session.query(Interview).filter_by(ical_uid="round-3@northwind").one()
        assert interview.opportunity.company == "Northwind Analytics"
        assert sorted((m.contact.full_name, m.contact.given_name, m.contact.family_name) for m in interview.people) \
            == [("Dana Whitfield", "Dana", "Whitfield"), ("Seán Mac Gearailt", "Seán", "Mac Gearailt")]
        assert session.query(Contact).count() == before + 1
    again = import_file(sample_workspace, path)
    assert again.unchanged == 1 and again.added == 0
