"""Invitations whose zone is a guess, and .vcs files, through the import the window and the CLI use."""

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.operations import opportunities as opps
from desktop.operations.transfer import TransferError, import_file
from desktop.storage.models import Interview

VCS = Path(__file__).resolve().parents[1] / "fixtures" / "vcs"
NEW_YORK = ZoneInfo("America/New_York")


def only_interview(workspace) -> Interview:
    with workspace.session() as session:
        return session.query(Interview).one()


def test_floating_vcs_is_imported_with_its_zone_guessed_and_counted(workspace):
    summary = import_file(workspace, VCS / "floating.vcs")
    assert summary.added == 1 and summary.zones_guessed == 1
    assert "1 time zone guessed: open the interview to choose the right one" in summary.describe()
    interview = only_interview(workspace)
    assert interview.zone_guessed and interview.time_zone == "Europe/Berlin"  # the user's own zone
    assert interview.starts_at == datetime(2026, 4, 10, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def test_choosing_the_zone_in_the_editor_answers_the_question_and_a_reimport_keeps_it(workspace):
    import_file(workspace, VCS / "floating.vcs")
    interview = only_interview(workspace)
    row = opps.get_interview(workspace, interview.id)
    assert row.zone_guessed
    opps.update_interview(workspace, interview.id, opps.InterviewInput(
        starts_at=datetime(2026, 4, 10, 10, 0, tzinfo=NEW_YORK), ends_at=datetime(2026, 4, 10, 11, 0, tzinfo=NEW_YORK),
        time_zone="America/New_York", kind=row.kind))
    assert not opps.get_interview(workspace, interview.id).zone_guessed
    again = import_file(workspace, VCS / "floating.vcs")
    assert again.zones_guessed == 0 and again.added == 0
    interview = only_interview(workspace)
    assert not interview.zone_guessed and interview.time_zone == "America/New_York"
    assert interview.starts_at == datetime(2026, 4, 10, 10, 0, tzinfo=NEW_YORK)


def test_vcs_with_a_broken_daylight_rule_imports_nothing(workspace):
    with pytest.raises(TransferError, match=r"^broken_daylight\.vcs: line 4: the daylight-saving rule"):
        import_file(workspace, VCS / "broken_daylight.vcs")
    with workspace.session() as session:
        assert session.query(Interview).count() == 0


def test_vcs_from_korganizer_lands_at_its_instant(workspace):
    summary = import_file(workspace, VCS / "korganizer_qp_daylight.vcs")
    assert summary.added == 1 and summary.zones_guessed == 0, summary.problems
    interview = only_interview(workspace)
    assert interview.starts_at == datetime(2026, 4, 15, 18, 30, tzinfo=ZoneInfo("UTC"))
    assert interview.time_zone == "America/New_York"


def test_today_says_an_upcoming_interviews_zone_is_a_guess(workspace, tmp_path):
    from desktop.operations.agenda import agenda

    path = tmp_path / "future.vcs"
    path.write_bytes((VCS / "floating.vcs").read_bytes().replace(b"20260410", b"20261203"))
    import_file(workspace, path)
    (item,) = [i for i in agenda(workspace) if i.key.startswith("interview:")]
    assert item.title == "Time zone to check: interview at Coffee chat"
