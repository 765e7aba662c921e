"""Building the Notes page on a real workspace, as the controller does, for the Notes page tests."""

from __future__ import annotations

from desktop.core.domain import NoteChannel
from desktop.operations import notes as notes_ops
from desktop.ui.bus import DataBus
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.notes import NotesPage


def build_page(qtbot, workspace) -> NotesPage:
    page = NotesPage()
    qtbot.addWidget(page)
    bus = DataBus()
    page.bind(PageContext(workspace, bus, lambda *_: None))
    page.bus = bus  # kept alive with the page
    page.resize(1000, 640)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


BODY = ("Dear Zoë,\n\nThank you for the panel on Tuesday and for sharing your field notes from the night shift "
        "study; it was the most useful half hour of the day.\n\nBest wishes,\nSam Rivera")


def write_zoes_note(workspace) -> None:
    """Zoë's note by email, written in full (BODY), with the sender's name and address set."""
    workspace.settings.your_name, workspace.settings.your_email = "Sam Rivera", "sam@example.com"
    zoe = person(workspace, "Zoë")
    notes_ops.set_channel(workspace, zoe.interview_id, zoe.contact_id, NoteChannel.EMAIL)
    notes_ops.save_draft(workspace, zoe.interview_id, zoe.contact_id, "Thank you, Zoë", BODY)


def panel(workspace) -> int:
    """The sample Northwind panel interview (the most recent one with people)."""
    return notes_ops.interviews_with_people(workspace)[0].interview_id


def person(workspace, name: str) -> notes_ops.ComposerRow:
    return next(r for r in notes_ops.composer_rows(workspace, panel(workspace)) if r.full_name.startswith(name))


def open_person(page: NotesPage, workspace, name: str) -> notes_ops.ComposerRow:
    row = person(workspace, name)
    page.open_object((row.interview_id, row.contact_id))
    assert page.composer.row.contact_id == row.contact_id
    return row


def checks_by_name(page: NotesPage) -> dict:
    return {check.name: check for check in page.composer.view.checks_model.checks()}
