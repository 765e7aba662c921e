"""A read-only timeline of one opportunity, for any page to embed: `TimelineView(context).set_opportunity(id)`."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from desktop.operations.calls import CallError, timeline
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.ui.models.timeline_model import TimelineModel
from desktop.ui.pages.base import PageContext


class TimelineView(QListView):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.opportunity_id: int | None = None
        self.timeline_model = TimelineModel(context.workspace.zone, self)
        self.setModel(self.timeline_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setAlternatingRowColors(True)
        context.bus.published.connect(self._on_published)

    def _on_published(self, changes: ChangeSet) -> None:
        if self.opportunity_id is not None and changes.affects(set(RecordKind) - {RecordKind.SETTINGS}):
            self.refresh()  # the history names people, interviews, notes, calls and snoozes

    def set_opportunity(self, opportunity_id: int | None) -> None:
        self.opportunity_id = opportunity_id
        self.refresh()

    def refresh(self) -> None:
        """Reload from the operations layer; an opportunity deleted meanwhile leaves the list empty."""
        entries = []
        if self.opportunity_id is not None:
            try:
                entries = timeline(self.context.workspace, self.opportunity_id)
            except CallError:
                self.opportunity_id = None
        self.timeline_model.set_entries(entries)
