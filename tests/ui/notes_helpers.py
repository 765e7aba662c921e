"""Building the Notes page on a real workspace, as the controller does, for the Notes page tests."""

from __future__ import annotations

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
    return {check.name: check for check in page.composer.checks_model.checks()}
