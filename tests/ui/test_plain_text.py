"""Text from the user or imported files is shown as written, never read as HTML, on every page and dialog."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.cards import ContactCard
from desktop.operations import contacts
from desktop.operations import opportunities as opps
from desktop.operations.people_met import add_person_met
from desktop.ui.cards.card_dialog import CardDialog
from desktop.ui.controller import AppController
from desktop.ui.interviews.interview_dialog import InterviewDialog
from desktop.ui.interviews.timeline_view import TimelineView
from desktop.ui.main_window import MainWindow
from desktop.ui.models.roles import ItemRole
from tests.dialog_helpers import shown, shown_box
from tests.ui.task_helpers import wait_for_tasks

NAME, TITLE = "<img src=x>", "<b>Boss</b>"


def shown_as_text(rich: str) -> str:
    """What Qt displays for a string it reads as rich text (a tooltip, a rich label)."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def assert_literal(widget: QWidget, needle: str) -> list[QLabel]:
    """Some label under `widget` shows `needle`, and every label showing it does so as plain text."""
    labels = [label for label in widget.findChildren(QLabel) if needle in label.text()
              or needle in shown_as_text(label.text())]
    assert labels, f"no label shows {needle!r}"
    for label in labels:
        if label.textFormat() != Qt.TextFormat.PlainText:
            # A rich label must have escaped it: what it displays is the literal text.
            assert html.escape(needle) in label.text() and needle in shown_as_text(label.text()), label.text()
    return labels


def assert_tooltip_literal(tip: str, needle: str) -> None:
    assert needle in shown_as_text(tip) and needle not in tip.replace(html.escape(needle), ""), tip


@pytest.fixture
def hostile(sample_workspace) -> tuple[int, opps.OpportunityRow]:
    """A card named like an HTML tag, met in the Northwind panel."""
    contact_id = contacts.add_contact(sample_workspace,
                                      ContactCard(full_name=NAME, title=TITLE, company="Northwind")).id
    northwind = next(r for r in opps.list_opportunities(sample_workspace) if r.company == "Northwind Analytics")
    add_person_met(sample_workspace, northwind.interviews[-1].id, contact_id)
    return contact_id, northwind


@pytest.fixture
def app(qtbot, sample_workspace, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(window, sample_workspace, QSettings(str(tmp_path / "w.ini"),
                                                                   QSettings.Format.IniFormat))
    window.show()
    qtbot.waitExposed(window)
    controller.refresh()
    return window, controller


def test_contacts_detail_and_card_dialog(qtbot, app, hostile):
    window, controller = app
    contact_id, _ = hostile
    controller.open_page("contacts", contact_id)
    page = window.pages["contacts"]
    assert page.selected_id() == contact_id
    assert_literal(page.detail, NAME)
    assert_literal(page.detail, TITLE)
    page.edit_selected()
    dialog = shown(page, CardDialog)
    assert dialog.fields["full_name"].text() == NAME and dialog.fields["title"].text() == TITLE
    for label in dialog.findChildren(QLabel):
        if "<" in label.text() and label.textFormat() != Qt.TextFormat.PlainText:
            assert NAME not in label.text() and TITLE not in label.text()
    dialog.reject()


def test_opportunities_interview_people_and_timeline(qtbot, app, hostile):
    window, controller = app
    contact_id, northwind = hostile
    panel = northwind.interviews[-1]
    controller.open_page("opportunities", opps.Target(northwind.id, panel.id))
    page = window.pages["opportunities"]
    interviews = page.interview_table.model()
    row = next(r for r in range(interviews.rowCount()) if interviews.rows()[r].id == panel.id)
    assert_tooltip_literal(interviews.index(row, 0).data(Qt.ItemDataRole.ToolTipRole), NAME)
    timeline = page.findChild(TimelineView).model()
    interview_row = next(r for r in range(timeline.rowCount()) if NAME in timeline.index(r, 0).data())
    assert_tooltip_literal(timeline.index(interview_row, 0).data(Qt.ItemDataRole.ToolTipRole), NAME)
    page.edit_interview_button.click()
    dialog = shown(page, InterviewDialog)
    people = dialog.people
    people.table.selectRow(people.model.row_of(contact_id))
    assert people.model.index(people.model.row_of(contact_id), 0).data() == NAME
    assert_literal(dialog, NAME)  # "What was memorable with <img src=x>"
    dialog.reject()


def test_notes_composer(qtbot, app, hostile):
    window, controller = app
    contact_id, northwind = hostile
    controller.open_page("notes", (northwind.interviews[-1].id, contact_id))
    page = window.pages["notes"]
    assert page.composer.row.contact_id == contact_id
    assert_literal(page.composer.view, NAME)
    assert_literal(page.composer.view, TITLE)
    people = page.people_model
    row = people.row_of(contact_id)
    assert_tooltip_literal(people.index(row, 0).data(Qt.ItemDataRole.ToolTipRole), TITLE)


def test_today_tooltips(qtbot, app, hostile):
    _, controller = app
    controller.refresh()
    model = controller.agenda_model
    tips = [model.index(r, 1).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())
            if not model.is_header(r) and NAME in model.index(r, 0).data(ItemRole).title]
    assert tips
    for tip in tips:
        assert_tooltip_literal(tip, NAME)


def test_about_box_status_bar_and_import_report_show_file_names_as_written(qtbot, tmp_path):
    from desktop.operations.workspace import open_workspace
    from tests.conftest import NOW, ZONE

    folder = tmp_path / "<b>cards <img src=x>"
    workspace = open_workspace(str(folder), zone=ZONE, clock=lambda: NOW)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        controller = AppController(window, workspace, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
        assert_literal(window.statusBar(), str(folder))
        window.about_action.trigger()
        about = shown_box(window)
        assert about.isVisible() and str(folder) in shown_as_text(about.text())
        about.close()
        odd = Path(tmp_path / "<i>list<br>.vcf")
        odd.write_text("not a vcard at all", encoding="utf-8")
        controller.import_files([odd])
        wait_for_tasks(qtbot, controller.runner)
        report = shown_box(window)
        assert report.textFormat() == Qt.TextFormat.PlainText and "<i>list<br>.vcf: not imported" in report.text()
        assert_literal(report, "<i>list<br>.vcf")
        report.close()
    finally:
        workspace.sessions.kw["bind"].dispose()
