"""What the Opportunities page does: lists the pipeline, the selected opportunity's interviews and your own dates,
opens the editors and writes through the opportunities operations."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject

from desktop.core.domain import OpportunityStatus
from desktop.operations import opportunities as opps
from desktop.ui.calls.call_dialog import CallDialog
from desktop.ui.cards.people_met import PeopleMetWidget
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown_error
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
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.opportunities import OpportunitiesPage


class OpportunitiesController(QObject):
    """Lives as long as its page (its parent); the window's controller calls `refresh` and `open_object`."""

    def __init__(self, view: OpportunitiesPage, context: PageContext) -> None:
        super().__init__(view)
        self.view = view
        self.context = context
        self.workspace = context.workspace
        self._current_id: int | None = None  # the opportunity last selected, kept while a filter hides it
        self.model = OpportunityModel(self)
        self.proxy = StatusFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_statuses(view.filter_combo.currentData())
        self.interview_model = InterviewModel(self.workspace.zone, self)
        self.dates_model = PersonalDateModel(self)
        self.timeline = TimelineView(context)
        view.show_models(self.proxy, self.interview_model, self.dates_model, self.timeline,
                         self.workspace.now().astimezone(self.workspace.zone).date())
        view.filter_chosen.connect(self._on_filter)
        view.opportunity_selected.connect(self._on_selected)
        view.interview_selected.connect(view.show_next_steps)
        view.status_chosen.connect(self._on_status)
        view.new_opportunity_requested.connect(lambda: self._edit_opportunity(None))
        view.edit_opportunity_requested.connect(self._on_edit_opportunity)
        view.log_call_requested.connect(self._on_log_call)
        view.new_interview_requested.connect(lambda: self._edit_interview(None))
        view.edit_interview_requested.connect(self._on_edit_interview)
        view.cancel_interview_requested.connect(self._on_cancel_interview)
        view.delete_interview_confirmed.connect(self._on_delete_interview)
        view.add_date_requested.connect(self._on_add_date)
        view.remove_date_requested.connect(self._on_remove_date)

    def refresh(self) -> None:
        """Reload from the operations, keeping the selected opportunity and interview."""
        keep_interview = self.view.selected_interview()
        rows = opps.list_opportunities(self.workspace)
        self.model.set_rows(rows)
        open_count = sum(r.status.is_open for r in rows)
        self.view.show_counts(open_count, len(rows) - open_count)
        self.dates_model.set_rows(opps.list_personal_dates(self.workspace))
        self.view.set_date_opportunities(rows)
        if not self.view.select(self._current_id):
            self.view.select_first()
        self._on_selected()
        if keep_interview is not None:
            self.view.select_interview(keep_interview.id)

    def open_object(self, target: Any) -> None:
        """Select what an agenda item, a calendar marker (opportunity and interview ids) or an interview id names."""
        if isinstance(target, int):
            interview_id = target
            opportunity_id = next((r.id for r in self.model.rows() for i in r.interviews if i.id == target), None)
        else:
            opportunity_id = getattr(target, "opportunity_id", None)
            interview_id = getattr(target, "interview_id", None)
        if opportunity_id is None:
            self.view.focus_dates()  # a date of one's own about no opportunity: its section
            return
        if not self.view.select(opportunity_id):
            self.view.show_all()  # it is filtered out: show all
            self.view.select(opportunity_id)
        if interview_id is not None:
            self.view.select_interview(interview_id)

    def _on_filter(self, statuses: frozenset[OpportunityStatus] | None) -> None:
        self.proxy.set_statuses(statuses)
        if not self.view.select(self._current_id):
            self.view.select_first()
        self._on_selected()

    def _on_selected(self) -> None:
        row = self.view.selected()
        self._current_id = row.id if row else self._current_id
        self.view.show_opportunity(row)
        self.interview_model.set_rows(list(row.interviews) if row else [])
        if row is None or self.timeline.opportunity_id != row.id:
            self.timeline.set_opportunity(row.id if row else None)
        self.view.show_next_steps()

    def _on_status(self, status: OpportunityStatus) -> None:
        row = self.view.selected()
        if row is not None:
            self.context.do(opps.set_status, row.id, status)

    def _on_edit_opportunity(self) -> None:
        row = self.view.selected()
        if row is not None:
            self._edit_opportunity(row.id)

    def _edit_opportunity(self, opportunity_id: int | None) -> None:
        dialog = OpportunityDialog(self.context, opportunity_id, parent=self.view)
        dialog.saved.connect(lambda _: self._on_opportunity_saved(dialog.opportunity_id))
        open_once(dialog)

    def _on_opportunity_saved(self, opportunity_id: int | None) -> None:
        self._current_id = opportunity_id
        self.view.select(opportunity_id)  # the page reloaded as the dialog wrote; a new one is now chosen

    def _on_log_call(self) -> None:
        row = self.view.selected()
        if row is not None:
            dialog = CallDialog(self.context, row.id, self.view)
            open_once(dialog)

    def _on_edit_interview(self) -> None:
        interview = self.view.selected_interview()
        if interview is not None:
            self._edit_interview(interview.id)

    def _edit_interview(self, interview_id: int | None) -> None:
        row = self.view.selected()
        if row is None:
            return
        dialog = InterviewDialog(self.workspace.zone, PeopleMetWidget(self.context), self.view)
        InterviewDialogController(dialog, self.context, row.id, interview_id).saved.connect(self._on_interview_saved)
        open_once(dialog)

    def _on_interview_saved(self, interview_id: int) -> None:
        self.view.select_interview(interview_id)

    def _on_cancel_interview(self) -> None:
        interview = self.view.selected_interview()
        if interview is not None:
            self.context.do(opps.cancel_interview, interview.id, not interview.cancelled)

    def _on_delete_interview(self) -> None:
        interview = self.view.selected_interview()
        if interview is not None:
            self.context.do(opps.delete_interview, interview.id)

    def _on_add_date(self, label: str, day: date, opportunity_id: int | None) -> None:
        try:
            self.context.do(opps.add_personal_date, label, day, opportunity_id)
        except ValueError as error:
            self.view.date_refused(shown_error(error))
            return
        self.view.date_added()

    def _on_remove_date(self) -> None:
        row = self.view.selected_date()
        if row is not None:
            self.context.do(opps.remove_personal_date, row.id)
