"""The Opportunities page against a real database: filter, card, status log, interviews, own dates."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.agenda import AgendaItem, ItemKind
from desktop.core.domain import CallOutcome, OpportunityStatus
from desktop.operations import opportunities as opps
from desktop.ui.bus import DataBus
from desktop.ui.calls.call_dialog import CallDialog
from desktop.ui.interviews.interview_dialog import InterviewDialog
from desktop.ui.interviews.interview_dialog_controller import InterviewDialogController
from desktop.ui.interviews.opportunity_dialog import OpportunityDialog
from desktop.ui.interviews.timeline_view import TimelineView
from desktop.ui.models.opportunity_models import (
    InterviewModel,
    OpportunityModel,
    PersonalDateModel,
    StatusFilterProxy,
)
from desktop.ui.models.roles import ItemRole
from desktop.ui.models.timeline_model import EntryRole
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.opportunities import OpportunitiesPage
from desktop.ui.pages.opportunities_controller import OpportunitiesController
from tests.conftest import NOW
from tests.dialog_helpers import shown
from tests.ui.keyboard import type_text

# The offscreen platform cannot pass a window's size hints on; it says so whenever a dialog or page lays out.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, sample_workspace):
    bus = DataBus()
    widget = OpportunitiesPage()
    qtbot.addWidget(widget)
    controller = OpportunitiesController(widget, PageContext(sample_workspace, bus, lambda *_: None))
    bus.published.connect(lambda _changes: controller.refresh())
    controller.refresh()
    widget.resize(1100, 700)
    widget.show()
    return widget


def _controller(page: OpportunitiesPage) -> OpportunitiesController:
    return page.findChild(OpportunitiesController)


def _timeline(page: OpportunitiesPage):
    """The model of the timeline tab's list."""
    return page.findChild(TimelineView).model()


def _companies(page: OpportunitiesPage) -> list[str]:
    return [page.table.model().index(r, 0).data() for r in range(page.table.model().rowCount())]


def _select_company(page: OpportunitiesPage, company: str) -> opps.OpportunityRow:
    row = next(r for r in page.table.model().sourceModel().rows() if r.company == company)
    _controller(page).open_object(opps.Target(row.id))
    assert page.selected().id == row.id
    return row


def test_the_pipeline_lists_open_opportunities_with_next_dates(page):
    assert _companies(page) == ["Fjord & Finch", "Lumen Health", "Northwind Analytics"]
    northwind = page.table.model().index(2, 3).data()
    assert northwind == "Decision Tue, 8 Dec 2026"
    assert page.table.model().index(2, 4).data() == "3 notes"


def test_the_status_filter_hides_and_shows(page, sample_workspace):
    lumen = _select_company(page, "Lumen Health")
    opps.set_status(sample_workspace, lumen.id, OpportunityStatus.REJECTED)
    _controller(page).refresh()
    assert "Lumen Health" not in _companies(page)  # "Open" is the default filter
    page.filter_combo.setCurrentText("All")
    assert "Lumen Health" in _companies(page)
    page.filter_combo.setCurrentText("Rejected")
    assert _companies(page) == ["Lumen Health"]


def test_the_card_shows_the_selected_opportunity(page):
    _select_company(page, "Northwind Analytics")
    assert page.company_label.text() == "Northwind Analytics"
    assert "https://careers.northwind.example/jobs/412" in page.link_label.text()
    assert page.link_label.openExternalLinks()
    assert page.interview_table.model().rowCount() == 2
    assert page.interview_table.model().index(1, 3).data() == "0 of 3 sent, 1 ready"
    assert page.interview_table.model().index(1, 2).data() == "3"
    assert page.conflict_label.isHidden()


def test_changing_the_status_logs_it(qtbot, page, sample_workspace):
    row = _select_company(page, "Fjord & Finch")
    combo = page.status_combo
    combo.setCurrentIndex(combo.findData(OpportunityStatus.INTERVIEWING))
    combo.activated.emit(combo.currentIndex())
    stored = opps.get_opportunity(sample_workspace, row.id)
    assert stored.status is OpportunityStatus.INTERVIEWING
    assert stored.history[-1] == opps.StatusRow(OpportunityStatus.INTERVIEWING, NOW)
    entries = [_timeline(page).index(r, 0).data() for r in range(_timeline(page).rowCount())]
    assert "Wed, 25 Nov 2026, 12:00   Status: Interviewing" in entries  # on the timeline, dated
    assert page.selected().id == row.id  # the selection survived the refresh


def test_a_timeline_conflict_is_shown_in_amber_with_its_reason(qtbot, page):
    page.date_label_edit.setText("")
    qtbot.keyClicks(page.date_label_edit, "Need a decision by")
    page.date_edit.setDate(date(2026, 12, 1))
    qtbot.mouseClick(page.add_date_button, Qt.MouseButton.LeftButton)
    dates = page.dates_table.model()
    assert dates.rowCount() == 1 and dates.index(0, 2).data() == "Every opportunity"
    _select_company(page, "Northwind Analytics")
    assert page.conflict_label.isVisible()
    assert "expects to decide on Tue, 8 Dec 2026" in page.conflict_label.text()
    assert page.conflict_label.property("banner") == "warning"  # amber in either scheme
    assert page.table.model().index(2, 4).data().startswith("⚠")


def test_an_own_date_needs_a_label_and_can_be_removed(qtbot, page, sample_workspace):
    qtbot.mouseClick(page.add_date_button, Qt.MouseButton.LeftButton)
    assert "say what the date is" in page.date_error.text()
    opps.add_personal_date(sample_workspace, "Notice starts", date(2026, 12, 20))
    _controller(page).refresh()
    page.dates_table.selectRow(0)
    assert page.remove_date_button.isEnabled()
    qtbot.mouseClick(page.remove_date_button, Qt.MouseButton.LeftButton)
    assert opps.list_personal_dates(sample_workspace) == []


def test_new_opportunity_dialog_saves_and_selects_it(qtbot, page, sample_workspace):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = shown(page, OpportunityDialog)
    dialog.save()
    assert "needs a company" in dialog.error_label.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.company_edit, "Acme")
    qtbot.keyClicks(dialog.role_edit, "Design Lead")
    dialog.save()
    assert not dialog.isVisible()
    assert page.selected().company == "Acme"
    assert any(r.company == "Acme" for r in opps.list_opportunities(sample_workspace))


def test_the_next_steps_and_a_conflict_read_german_with_german_dates(qtbot, german, page):
    _controller(page).open_object(_select_company(page, "Northwind Analytics").interviews[-1].id)
    assert "Entscheidung erwartet am Di., 8. Dez. 2026" in page.next_steps_label.text()
    type_text(page.date_label_edit, "Kündigungsfrist")
    page.date_edit.setDate(date(2026, 12, 1))
    qtbot.mouseClick(page.add_date_button, Qt.MouseButton.LeftButton)
    _select_company(page, "Northwind Analytics")
    assert ("Northwind Analytics will am Di., 8. Dez. 2026 entscheiden, nach Ihrem eigenen Termin „Kündigungsfrist“ "
            "am Di., 1. Dez. 2026.") in page.conflict_label.text()


def test_interview_buttons_open_the_editor_and_cancel(qtbot, page, sample_workspace, monkeypatch):
    row = _select_company(page, "Northwind Analytics")
    assert not page.edit_interview_button.isEnabled()
    _controller(page).open_object(row.interviews[-1].id)  # an interview id alone
    assert page.selected_interview().id == row.interviews[-1].id
    assert "Decision within two weeks · decision expected Tue, 8 Dec 2026" in page.next_steps_label.text()
    qtbot.mouseClick(page.edit_interview_button, Qt.MouseButton.LeftButton)
    dialog = shown(page, InterviewDialog)
    assert dialog.findChild(InterviewDialogController).interview_id == row.interviews[-1].id
    dialog.reject()
    qtbot.mouseClick(page.cancel_interview_button, Qt.MouseButton.LeftButton)
    assert opps.get_interview(sample_workspace, row.interviews[-1].id).cancelled
    assert page.selected_interview().cancelled and page.cancel_interview_button.text() == "Restore"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_interview_button, Qt.MouseButton.LeftButton)
    assert len(opps.get_opportunity(sample_workspace, row.id).interviews) == 1


def test_open_object_takes_an_agenda_item_and_shows_filtered_out_ones(page, sample_workspace):
    lumen = next(r for r in page.table.model().sourceModel().rows() if r.company == "Lumen Health")
    opps.set_status(sample_workspace, lumen.id, OpportunityStatus.WITHDRAWN)
    _controller(page).refresh()
    item = AgendaItem(key="call:x", kind=ItemKind.CALL, due=NOW, title="Call", detail="",
                      opportunity_id=lumen.id, interview_id=lumen.interviews[-1].id)
    _controller(page).open_object(item)
    assert page.selected().id == lumen.id and page.selected_interview().id == lumen.interviews[-1].id
    assert page.filter_combo.currentText() == "All"


def test_the_page_opens_from_the_window(qtbot, sample_workspace, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.ui.controller import AppController
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(window, sample_workspace, QSettings(str(tmp_path / "w.ini"),
                                                                   QSettings.Format.IniFormat))
    controller.refresh()
    row = next(r for r in opps.list_opportunities(sample_workspace) if r.company == "Northwind Analytics")
    controller.open_page("opportunities", opps.Target(row.id, row.interviews[0].id))
    page = window.pages["opportunities"]
    assert isinstance(page, OpportunitiesPage) and page.selected().id == row.id
    assert page.selected_interview().id == row.interviews[0].id


def test_the_models_are_valid_qt_models(qtmodeltester, sample_workspace):
    rows = opps.list_opportunities(sample_workspace)
    models = []
    model = OpportunityModel()
    model.set_rows(rows)
    proxy = StatusFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_statuses(frozenset({OpportunityStatus.INTERVIEWING}))
    interviews = InterviewModel(sample_workspace.zone)
    interviews.set_rows([i for r in rows for i in r.interviews])
    dates = PersonalDateModel()
    opps.add_personal_date(sample_workspace, "Offer expires", date(2026, 12, 4))
    dates.set_rows(opps.list_personal_dates(sample_workspace))
    models = [model, proxy, interviews, dates]
    for each in models:
        qtmodeltester.check(each)
    assert proxy.rowCount() == 3 and proxy.index(0, 0).data(ItemRole).status is OpportunityStatus.INTERVIEWING


def test_the_card_shows_the_timeline_and_logs_a_call_with_its_feedback(qtbot, page, sample_workspace):
    row = _select_company(page, "Lumen Health")
    assert page.findChild(TimelineView).opportunity_id == row.id
    titles = [_timeline(page).index(r, 0).data(EntryRole).title for r in range(_timeline(page).rowCount())]
    assert any(t.endswith("interview") for t in titles)
    assert page.feedback_box.isHidden()
    page.card_tabs.setCurrentIndex(1)
    assert page.findChild(TimelineView).isVisible()
    qtbot.mouseClick(page.log_call_button, Qt.MouseButton.LeftButton)
    dialog = shown(page, CallDialog)
    assert dialog.opportunity_id == row.id
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(CallOutcome.ANOTHER_DIRECTION))
    qtbot.keyClicks(dialog.feedback, "Wanted more research leadership")
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    page.filter_combo.setCurrentText("All")  # closed as rejected: the default filter hides it
    _select_company(page, "Lumen Health")
    assert page.feedback_box.isVisible()
    assert "Wanted more research leadership" in page.feedback_label.text()
    assert page.feedback_label.textFormat() == Qt.TextFormat.PlainText
    last = _timeline(page).index(_timeline(page).rowCount() - 1, 0).data(EntryRole)
    assert last.kind in ("call", "status")
    assert any("Feedback: Wanted more research leadership" in _timeline(page).index(r, 0).data()
               for r in range(_timeline(page).rowCount()))


def test_the_company_tooltip_names_the_role_hidden_from_the_narrow_list(page):
    assert page.table.isColumnHidden(1)
    pipeline = page.table.model()
    northwind = next(r for r in range(pipeline.rowCount()) if pipeline.index(r, 0).data() == "Northwind Analytics")
    assert pipeline.index(northwind, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "<qt>Northwind Analytics · Senior Product Designer</qt>")


def test_the_view_alone_says_what_was_asked_and_writes_nothing(qtbot, sample_workspace):
    view = OpportunitiesPage()  # no controller: nothing reaches the database
    qtbot.addWidget(view)
    view.set_date_opportunities(opps.list_opportunities(sample_workspace))
    type_text(view.date_label_edit, "L'offre de Société Générale d'Électricité expire")
    view.date_edit.setDate(date(2026, 12, 4))
    view.date_opportunity_combo.setCurrentIndex(1)
    with qtbot.waitSignal(view.add_date_requested, timeout=1000) as asked:
        qtbot.mouseClick(view.add_date_button, Qt.MouseButton.LeftButton)
    first = opps.list_opportunities(sample_workspace)[0]
    assert asked.args == ["L'offre de Société Générale d'Électricité expire", date(2026, 12, 4), first.id]
    assert opps.list_personal_dates(sample_workspace) == []
