"""Change sets returned by operations, and progress that can cancel an import: rolled back whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.operations import contacts
from desktop.operations.changes import NOTHING, ChangeSet, RecordKind, changes_in
from desktop.operations.progress import Cancelled, Progress
from desktop.operations.transfer import import_file, import_files
from desktop.operations.transfer_types import ImportSummary

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


class StopAfter(Progress):
    """Records every report, and cancels at the given one, as the user clicking Cancel would."""

    def __init__(self, stop_at: int | None = None) -> None:
        self.reports: list[tuple[int, int, str]] = []
        self.stop_at = stop_at

    def update(self, done: int, total: int, what: str = "") -> None:
        self.reports.append((done, total, what))
        if self.stop_at is not None and len(self.reports) > self.stop_at:
            raise Cancelled


def cards(count: int, prefix: str) -> str:
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{prefix} {n}\r\nEMAIL:{prefix.lower()}{n}@example.com\r\n"
                   "END:VCARD\r\n" for n in range(count))


def test_change_sets_join_kind_by_kind() -> None:
    one = ChangeSet.of(RecordKind.CONTACT, [1, 2])
    joined = one | ChangeSet.of(RecordKind.CONTACT, [3]) | ChangeSet.of(RecordKind.INTERVIEW, [7])
    assert joined.ids(RecordKind.CONTACT) == {1, 2, 3} and joined.ids(RecordKind.INTERVIEW) == {7}
    assert joined.ids(RecordKind.NOTE) == frozenset()  # not changed
    assert joined.affects([RecordKind.INTERVIEW]) and not joined.affects([RecordKind.CALL, RecordKind.SETTINGS])
    every = one | ChangeSet.everything()
    assert every.ids(RecordKind.CONTACT) is None  # every contact may have changed: listed ids no longer say it all
    assert not NOTHING and joined and every.kinds() == set(RecordKind)
    assert changes_in(joined) is joined and changes_in(ImportSummary(changes=one)) is one and changes_in(3) == NOTHING


def test_a_vcard_import_names_the_contacts_it_added_and_updated(workspace, tmp_path) -> None:
    path = tmp_path / "three.vcf"
    path.write_text(cards(3, "Ada"))
    progress = StopAfter()
    summary = import_file(workspace, path, progress=progress)
    stored = {contact_id for contact_id, _card in contacts.list_contacts(workspace)}
    assert summary.changes.kinds() == {RecordKind.CONTACT} and summary.changes.ids(RecordKind.CONTACT) == stored
    assert progress.reports[-1] == (3, 3, "three.vcf")  # card by card, ending at all of them
    assert [done for done, total, _ in progress.reports if total] == [0, 1, 2, 3, 3]  # matched, then written
    path.write_text(cards(1, "Ada").replace("FN:Ada 0", "FN:Ada 0\nTEL:+12025550100"))  # a new number for Ada
    again = import_file(workspace, path)
    assert again.updated == 1 and len(again.changes.ids(RecordKind.CONTACT)) == 1
    assert not import_file(workspace, path).changes  # unchanged: nothing to reload


def test_cancelling_a_vcard_import_half_way_commits_nothing_of_it(workspace, tmp_path) -> None:
    path = tmp_path / "many.vcf"
    path.write_text(cards(200, "Grace"))
    with pytest.raises(Cancelled):
        import_file(workspace, path, progress=StopAfter(stop_at=100))
    assert contacts.list_contacts(workspace) == []


def test_importing_several_files_reports_a_cancel_file_by_file(workspace, tmp_path) -> None:
    first, second, third = tmp_path / "first.vcf", tmp_path / "second.vcf", tmp_path / "third.vcf"
    first.write_text(cards(5, "First"))
    second.write_text(cards(50, "Second"))
    third.write_text(cards(5, "Third"))
    # first.vcf reports 8 times (reading, 5 cards, matched, written); second.vcf is stopped at its 20th card
    report = import_files(workspace, [first, second, third], progress=StopAfter(stop_at=8 + 20))
    assert report.cancelled
    assert report.lines == ["first.vcf: 5 added, 0 updated with new details, 0 differ from yours, 0 unchanged, "
                            "0 skipped",
                            "second.vcf: cancelled; nothing of this file was imported",
                            "third.vcf: not imported (cancelled before it began)"]
    names = {card.full_name for _id, card in contacts.list_contacts(workspace)}
    assert names == {f"First {n}" for n in range(5)}
    assert report.changes.ids(RecordKind.CONTACT) == {i for i, _card in contacts.list_contacts(workspace)}


def test_an_invitation_import_names_the_interview_opportunity_and_people_it_wrote(workspace) -> None:
    progress = StopAfter()
    summary = import_file(workspace, FIXTURES / "ics" / "google_meet_invite.ics", progress=progress)
    assert summary.added == 1
    assert {RecordKind.INTERVIEW, RecordKind.OPPORTUNITY, RecordKind.CONTACT} <= summary.changes.kinds()
    assert all(summary.changes.ids(kind) for kind in summary.changes.kinds())  # ids listed, none unknown
    assert progress.reports[0] == (0, 0, "google_meet_invite.ics")


def test_cancelling_an_invitation_import_commits_nothing(workspace) -> None:
    from desktop.operations import opportunities

    with pytest.raises(Cancelled):
        import_file(workspace, FIXTURES / "ics" / "google_meet_invite.ics", progress=StopAfter(stop_at=1))
    assert opportunities.list_opportunities(workspace) == [] and contacts.list_contacts(workspace) == []


def test_a_backup_reports_its_pages_and_a_cancelled_one_leaves_no_file(sample_workspace) -> None:
    from desktop.operations import recovery

    before = recovery.backups(sample_workspace)
    progress = StopAfter()
    taken = recovery.back_up_now(sample_workspace, progress=progress)
    assert progress.reports and progress.reports[-1][0] == progress.reports[-1][1] > 0  # every page copied
    with pytest.raises(Cancelled):
        recovery.back_up_now(sample_workspace, progress=StopAfter(stop_at=0))
    assert recovery.backups(sample_workspace) == [taken, *before]
    assert sorted(p.name for p in sample_workspace.paths.backups_dir.iterdir()) == sorted(
        b.path.name for b in [taken, *before])
