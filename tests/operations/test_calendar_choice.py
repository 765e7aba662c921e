"""A file of many events (a whole calendar): read once, then only the chosen events become interviews."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.settings import Settings
from desktop.operations.ics_transfer import import_chosen, read_calendar_file
from desktop.operations.import_batches import list_batches, undo_import
from desktop.operations.progress import Cancelled, Progress
from desktop.operations.transfer import import_chosen_events, import_file, import_files
from desktop.storage.models import ImportBatch, Interview

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"
CALENDAR = FIXTURES / "whole_calendar.ics"
LIKELY = {"northwind-final-0a4d@google.com", "globex-chat-88aa@google.com", "entretien-3b7c@google.com",
          "vorstellung-6e01@google.com", "hooli-screen-2c9b@google.com"}


@pytest.fixture
def candidate(workspace):
    workspace.settings = Settings(your_email="alex.candidate@gmail.com")
    return workspace


def stored_uids(workspace) -> set[str]:
    with workspace.session() as session:
        return set(session.scalars(select(Interview.ical_uid)))


def test_a_whole_calendar_imports_the_events_that_look_like_interviews_and_lists_the_rest(candidate):
    summary = import_file(candidate, CALENDAR)
    assert (summary.added, summary.skipped, summary.problems) == (5, 0, [])
    assert stored_uids(candidate) == LIKELY
    assert len(summary.left_out) == 8
    assert "not imported (does not look like an interview): Thu 3 Dec 2026, 14:15 \u201cDentist \u2013 check-up\u201d" \
        in summary.left_out
    assert "not imported (does not look like an interview): Fri 25 Dec 2026 \u201cPublic holiday: Christmas Day\u201d" \
        in summary.left_out  # an all-day event is named by its date alone
    assert "not imported (an interview, but long past): Tue 12 Mar 2019, 10:00 \u201cInterview at Initech\u201d" \
        in summary.left_out  # in the user's zone (Berlin), as the event was at 09:00 UTC
    assert summary.describe().endswith(", 0 skipped, 8 left out")


def test_take_all_imports_every_event(candidate):
    summary = import_file(candidate, CALENDAR, take_all=True)
    assert (summary.added, summary.skipped, summary.left_out) == (12, 1, [])
    assert "'Coffee with Maren' cancels an interview that is not in Afterview" in summary.problems[0]
    assert len(stored_uids(candidate)) == 12


def test_reading_writes_nothing_and_the_chosen_events_are_one_undoable_import(candidate):
    preview = read_calendar_file(candidate, CALENDAR)
    assert stored_uids(candidate) == set() and list_batches(candidate) == []
    assert preview.needs_choice and len(preview.events) == len(preview.likeness) == 13
    assert {preview.events[p].uid for p in preview.default_choice()} == LIKELY
    lunch = next(p for p, e in enumerate(preview.events) if e.summary == "Lunch with Sam")
    northwind = next(p for p, e in enumerate(preview.events) if e.uid == "northwind-final-0a4d@google.com")
    summary = import_chosen(candidate, preview, [lunch, northwind, lunch])
    assert summary.added == 2 and len(summary.left_out) == 11
    assert "not imported (left unticked): Mon 30 Nov 2026, 11:00 \u201cChat with Siobh\u00e1n\u201d" in summary.left_out
    assert stored_uids(candidate) == {"lunch-9d3e@google.com", "northwind-final-0a4d@google.com"}
    (batch,) = list_batches(candidate)
    assert batch.batch_id == summary.batch_id and batch.file_name == "whole_calendar.ics"
    undo_import(candidate, summary.batch_id)
    assert stored_uids(candidate) == set()


def test_nothing_chosen_writes_nothing_not_even_an_import_to_undo(candidate):
    summary = import_chosen(candidate, read_calendar_file(candidate, CALENDAR), [])
    assert summary.added == 0 and summary.batch_id is None and len(summary.left_out) == 13
    with candidate.session() as session:
        assert session.scalar(select(ImportBatch.id)) is None


def test_an_event_already_imported_is_chosen_again_so_its_update_is_not_lost(candidate):
    import_file(candidate, CALENDAR, take_all=True)
    preview = read_calendar_file(candidate, CALENDAR)
    known = [e.summary for e, weighed in zip(preview.events, preview.likeness, strict=True) if weighed.known]
    assert len(known) == 12 and "Coffee with Maren" not in known  # a cancellation of nothing was never stored
    assert [preview.events[p].summary for p in preview.default_choice()] == known


def test_a_single_invitation_imports_whatever_it_looks_like(candidate):
    summary = import_file(candidate, FIXTURES / "weekly_recurring.ics")  # "Weekly career coaching": no interview word
    assert summary.added == 1 and summary.left_out == []


class StopAt(Progress):
    def __init__(self, step: int) -> None:
        self.step = step

    def update(self, done: int, total: int, what: str = "") -> None:
        if done >= self.step:
            raise Cancelled


def test_cancelling_part_way_leaves_the_database_as_it_was(candidate):
    preview = read_calendar_file(candidate, CALENDAR)
    with pytest.raises(Cancelled):
        import_chosen(candidate, preview, preview.default_choice(), progress=StopAt(3))
    assert stored_uids(candidate) == set() and list_batches(candidate) == []


def test_the_window_holds_a_calendar_for_choosing_and_imports_single_invitations_at_once(candidate, tmp_path):
    report = import_files(candidate, [CALENDAR, FIXTURES / "google_meet_invite.ics"], choose_later=True)
    (held,) = report.to_choose
    assert held.file_name == "whole_calendar.ics" and len(held.events) == 13
    assert report.lines == ["google_meet_invite.ics: 1 added, 0 updated with new details, 0 differ from yours, "
                            "0 unchanged, 0 skipped"]
    chosen = import_chosen_events(candidate, held, held.default_choice())
    assert chosen.lines == ["whole_calendar.ics: 5 added, 0 updated with new details, 0 differ from yours, "
                            "0 unchanged, 0 skipped, 8 left out"]
    assert len(stored_uids(candidate)) == 6
    assert chosen.changes


def test_a_broken_calendar_is_reported_by_name_and_nothing_is_held(candidate):
    report = import_files(candidate, [FIXTURES / "truncated.ics"], choose_later=True)
    assert report.to_choose == [] and report.lines == ["truncated.ics: not imported"]
    assert "truncated.ics" in report.problems[0]
