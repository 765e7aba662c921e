"""desktop/storage/kept_rows.py: a synced contact or interview deleted here is kept, every column typed as it was (a
card's photo, a note's state and times, a call's outcome), and comes back under its own id with its own rows and
the pointers that were cleared; one sync never saw is not kept."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.domain import CallOutcome
from desktop.operations.calls import log_attempt
from desktop.operations.contacts import delete_contact
from desktop.operations.opportunities import delete_interview, get_interview, restore_interview
from desktop.storage import kept_rows
from desktop.storage.models import Base, KeptRow, SyncItem
from tests.conftest import NOW
from tests.sync.test_sync_deletions import _interview_met

PHOTO = bytes(range(256)) * 4  # every byte value, as a JPEG's would be


def _everything(workspace) -> dict[str, list[dict]]:
    """Every row of every table that a deletion touches, as its column values."""
    names = ("contact", "contact_email", "contact_phone", "interview", "meeting_note", "thank_you_note",
             "follow_up_call", "call_attempt")
    models = {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}
    with workspace.session() as session:
        return {name: [kept_rows.values(row) for row in session.scalars(select(models[name]))] for name in names}


def _met_and_called(workspace) -> tuple[int, int]:
    """An interview three days ago with a person met (her card with a photo), a note drafted and a call logged."""
    interview_id, contact_id = _interview_met(workspace, ContactCard(
        full_name="Nguyễn Thị Minh Khai", given_name="Khai", title="Giám đốc kỹ thuật",
        company="Công ty Cổ phần Thế Giới Di Động", emails=[LabelledValue("khai@example.vn")],
        phones=[LabelledValue("+84 28 3823 4567", "work")], photo=PHOTO, photo_type="image/jpeg"), days=-3)
    opportunity = get_interview(workspace, interview_id).opportunity_id
    log_attempt(workspace, opportunity, NOW, CallOutcome.VOICEMAIL, "left a message", "")
    return contact_id, interview_id


def _synced(workspace, contact_id: int, interview_id: int) -> None:
    with workspace.session() as session:
        session.add(SyncItem(collection="addressbook", uid="khai", href="http://dav/a/khai.vcf", contact_id=contact_id))
        session.add(SyncItem(collection="calendar", uid=f"interview-{interview_id}@x.afterview.local",
                             href=f"http://dav/c/interview-{interview_id}.ics"))


def test_a_synced_interview_deleted_here_comes_back_exactly(workspace):
    contact_id, interview_id = _met_and_called(workspace)
    _synced(workspace, contact_id, interview_id)
    before = _everything(workspace)
    assert [call["interview_id"] for call in before["follow_up_call"]] == [interview_id]
    delete_interview(workspace, interview_id)
    assert _everything(workspace)["follow_up_call"][0]["interview_id"] is None  # the call stays, without it
    restore_interview(workspace, interview_id)
    assert _everything(workspace) == before
    with workspace.session() as session:
        assert session.scalars(select(KeptRow)).all() == []  # given back: nothing left kept


def test_a_synced_contact_deleted_here_is_kept_with_its_photo_and_notes(workspace):
    contact_id, interview_id = _met_and_called(workspace)
    _synced(workspace, contact_id, interview_id)
    before = _everything(workspace)
    delete_contact(workspace, contact_id)
    with workspace.session() as session:
        kept = kept_rows.kept(session, kept_rows.CONTACT, contact_id)
        assert kept is not None and kept.values["card_photo"] == PHOTO
        kept_rows.restore(session, kept)
    assert _everything(workspace) == before


def test_what_sync_never_saw_is_not_kept(workspace):
    contact_id, interview_id = _met_and_called(workspace)
    delete_interview(workspace, interview_id)
    delete_contact(workspace, contact_id)
    with workspace.session() as session:
        assert session.scalars(select(KeptRow)).all() == []
