"""Opportunities: the pipeline on the left, the selected opportunity's card on the right, your own dates below."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain import OpportunityStatus
from desktop.operations import opportunities as opps
from desktop.operations.opportunities import InterviewRow, OpportunityRow
from desktop.operations.workspace import Workspace
from desktop.ui.calls.call_dialog import CallDialog
from desktop.ui.interviews.interview_dialog import InterviewDialog
from desktop.ui.interviews.opportunity_dialog import OpportunityDialog
from desktop.ui.interviews.timeline_view import TimelineView
from desktop.ui.models.opportunity_models import (
    InterviewModel,
    OpportunityModel,
    PersonalDateModel,
    StatusFilterProxy,
)
from desktop.ui.models.roles import ItemRole
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.empty_state import EmptyState
from desktop.ui.row_table import row_table
from desktop.ui.style import set_banner, set_tone

FILTERS: list[tuple[str, frozenset[OpportunityStatus] | None]] = [
    ("Open", frozenset(s for s in OpportunityStatus if s.is_open)), ("All", None),
    *((s.label, frozenset({s})) for s in OpportunityStatus)]


def _table(*stretch_columns: int) -> QTableView:
    table = row_table()
    table.setProperty("stretch_columns", list(stretch_columns))
    return table


def _fit_columns(table: QTableView) -> None:
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        mode = (QHeaderView.ResizeMode.Stretch if column in table.property("stretch_columns")
                else QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(column, mode)


def _plain(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text, objectName=name, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class OpportunitiesPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: PageContext | None = None
        self.dialog: InterviewDialog | OpportunityDialog | None = None  # the open editor, kept for tests
        self.call_dialog: CallDialog | None = None
        self._current_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(QLabel("Opportunities", objectName="pageTitle"))
        self.subtitle = _plain(name="pageSubtitle")
        layout.addWidget(self.subtitle)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Show"))
        self.filter_combo = QComboBox()
        for label, _ in FILTERS:
            self.filter_combo.addItem(label)
        bar.addWidget(self.filter_combo)
        bar.addStretch(1)
        self.new_button = QPushButton("New opportunity", objectName="primary")
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 4, 8, 0)
        self.table = _table(0)
        self.table.setAccessibleName("Opportunities")
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(self._build_timeline(), 2)
        splitter.addWidget(left)
        self.right = QStackedWidget()
        self.placeholder = EmptyState("Your pipeline", "Choose an opportunity on the left, or add the company and "
                                      "role you are pursuing.", icon="opportunities")
        self.placeholder.text.setFixedWidth(340)
        self.placeholder_new_button = self.placeholder.add_button("New opportunity")
        self.right.addWidget(self.placeholder)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setAccessibleName("The selected opportunity")
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        card = self._build_card()
        scroll.setWidget(card)
        for widget in (scroll, scroll.viewport(), card):
            widget.setAutoFillBackground(False)  # the page's white shows through
        scroll.viewport().setStyleSheet("background: transparent;")
        self.right.addWidget(scroll)
        splitter.addWidget(self.right)
        splitter.setSizes([462, 408])
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

    def _build_card(self) -> QWidget:
        card = QWidget()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 4, 4, 4)
        self.company_label = _plain(name="cardTitle")
        self.company_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.role_label = _plain()
        self.link_label = QLabel(openExternalLinks=True)
        self.link_label.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text only
        self.link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.conflict_label = _plain()
        set_banner(self.conflict_label, "warning")
        for widget in (self.company_label, self.role_label, self.link_label, self.conflict_label):
            layout.addWidget(widget)
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel("Status"))
        self.status_combo = QComboBox()
        for status in OpportunityStatus:
            self.status_combo.addItem(status.label, status)
        status_row.addWidget(self.status_combo)
        status_row.addStretch(1)
        self.edit_opportunity_button = QPushButton("Edit details")
        self.log_call_button = QPushButton("Log a call…")
        status_row.addWidget(self.edit_opportunity_button)
        status_row.addWidget(self.log_call_button)
        layout.addLayout(status_row)
        self.feedback_box = QFrame(objectName="feedbackBox")
        feedback = QVBoxLayout(self.feedback_box)
        feedback.setContentsMargins(10, 6, 10, 8)
        feedback.addWidget(QLabel("Feedback and notes", objectName="feedbackTitle"))
        self.feedback_label = _plain()
        self.feedback_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        feedback.addWidget(self.feedback_label)
        layout.addWidget(self.feedback_box)

        self.card_tabs = QTabWidget(documentMode=True, objectName="cardTabs", accessibleName="Interviews and timeline")
        self.card_tabs.addTab(self._build_interviews(), "Interviews")
        self.timeline_tab = QWidget()
        QVBoxLayout(self.timeline_tab).setContentsMargins(0, 6, 0, 0)
        self.card_tabs.addTab(self.timeline_tab, "Timeline")
        layout.addWidget(self.card_tabs, 1)
        return card

    def _build_interviews(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 6, 0, 0)
        buttons = QHBoxLayout()
        self.new_interview_button = QPushButton("New interview")
        self.edit_interview_button = QPushButton("Edit")
        self.cancel_interview_button = QPushButton("Mark cancelled")
        self.delete_interview_button = QPushButton("Delete")
        for button in (self.new_interview_button, self.edit_interview_button, self.cancel_interview_button,
                       self.delete_interview_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.interview_table = _table(0)
        self.interview_table.setAccessibleName("Interviews")
        self.interview_table.setMinimumHeight(110)
        layout.addWidget(self.interview_table, 1)
        self.next_steps_label = _plain()
        set_tone(self.next_steps_label, "label")
        layout.addWidget(self.next_steps_label)
        return tab

    def _build_timeline(self) -> QWidget:
        box = QGroupBox("Your own timeline")
        layout = QVBoxLayout(box)
        hint = _plain("Dates of your own: an offer expiring, a notice period, when you need a decision. "
                      "Opportunities expected to decide after one of them are flagged in amber.")
        set_tone(hint, "hint")
        layout.addWidget(hint)
        self.dates_table = _table(1)
        self.dates_table.setAccessibleName("Your own dates")
        layout.addWidget(self.dates_table, 1)
        first, second = QHBoxLayout(), QHBoxLayout()
        self.date_label_edit = QLineEdit(placeholderText="What, e.g. Offer from Lumen expires")
        self.date_edit = QDateEdit(calendarPopup=True, displayFormat="ddd d MMM yyyy")
        self.date_opportunity_combo = QComboBox()
        self.date_opportunity_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_date_button = QPushButton("Add")
        self.remove_date_button = QPushButton("Remove")
        first.addWidget(self.date_label_edit, 1)
        first.addWidget(self.date_edit)
        second.addWidget(QLabel("About"))
        second.addWidget(self.date_opportunity_combo, 1)
        second.addWidget(self.add_date_button)
        second.addWidget(self.remove_date_button)
        layout.addLayout(first)
        layout.addLayout(second)
        self.date_error = _plain()
        set_tone(self.date_error, "error")
        self.date_error.hide()
        layout.addWidget(self.date_error)
        return box

    def bind(self, context: PageContext) -> None:
        self.context = context
        zone = context.workspace.zone
        self.model = OpportunityModel(self)
        self.proxy = StatusFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_statuses(FILTERS[0][1])
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.interview_model = InterviewModel(zone, self)
        self.interview_table.setModel(self.interview_model)
        self.timeline = TimelineView(context)
        self.timeline_tab.layout().addWidget(self.timeline)
        self.dates_model = PersonalDateModel(self)
        self.dates_table.setModel(self.dates_model)
        for table in (self.table, self.interview_table, self.dates_table):
            _fit_columns(table)
        # Room for the card: the role is on the card (and in the company's tooltip); "0 of 3 sent" counts people.
        self.table.hideColumn(1)
        self.interview_table.hideColumn(2)
        self.date_edit.setDate(QDate(context.workspace.now().astimezone(zone).date()))

        self.filter_combo.currentIndexChanged.connect(self._on_filter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_selected())
        self.interview_table.selectionModel().currentRowChanged.connect(lambda *_: self._on_interview_selected())
        self.interview_table.doubleClicked.connect(lambda _: self._on_edit_interview())
        self.status_combo.activated.connect(self._on_status)
        self.new_button.clicked.connect(self._on_new_opportunity)
        self.placeholder_new_button.clicked.connect(self._on_new_opportunity)
        self.edit_opportunity_button.clicked.connect(self._on_edit_opportunity)
        self.log_call_button.clicked.connect(self._on_log_call)
        self.new_interview_button.clicked.connect(self._on_new_interview)
        self.edit_interview_button.clicked.connect(self._on_edit_interview)
        self.cancel_interview_button.clicked.connect(self._on_cancel_interview)
        self.delete_interview_button.clicked.connect(self._on_delete_interview)
        self.add_date_button.clicked.connect(self._on_add_date)
        self.date_label_edit.returnPressed.connect(self._on_add_date)
        self.remove_date_button.clicked.connect(self._on_remove_date)
        self.dates_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    @property
    def workspace(self) -> Workspace:
        assert self.context is not None
        return self.context.workspace

    def refresh(self) -> None:
        """Reload from the operations, keeping the selected opportunity and interview."""
        keep_interview = self.selected_interview()
        rows = opps.list_opportunities(self.workspace)
        self.model.set_rows(rows)
        open_count = sum(r.status.is_open for r in rows)
        self.subtitle.setText(f"{open_count} open · {len(rows) - open_count} closed" if rows else
                              "Add the first company and role you are pursuing.")
        self.dates_model.set_rows(opps.list_personal_dates(self.workspace))
        self.date_opportunity_combo.clear()
        self.date_opportunity_combo.addItem("Every opportunity", None)
        for row in rows:
            self.date_opportunity_combo.addItem(f"{row.company} · {row.role}", row.id)
        if not self._select(self._current_id) and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._on_selected()
        if keep_interview is not None:
            self._select_interview(keep_interview.id)

    def selected(self) -> OpportunityRow | None:
        index = self.table.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def selected_interview(self) -> InterviewRow | None:
        index = self.interview_table.currentIndex() if self.interview_table.model() else None
        return index.data(ItemRole) if index is not None and index.isValid() else None

    def _select(self, opportunity_id: int | None) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ItemRole).id == opportunity_id:
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return True
        return False

    def _select_interview(self, interview_id: int) -> None:
        for row, interview in enumerate(self.interview_model.rows()):
            if interview.id == interview_id:
                self.interview_table.selectRow(row)
                self.interview_table.setCurrentIndex(self.interview_model.index(row, 0))

    def open_object(self, target: Any) -> None:
        """Select what an agenda item, a calendar marker (opportunity and interview ids) or an interview id names."""
        if isinstance(target, int):
            interview_id = target
            opportunity_id = next((r.id for r in self.model.rows() for i in r.interviews if i.id == target), None)
        else:
            opportunity_id, interview_id = getattr(target, "opportunity_id", None), getattr(target, "interview_id",
                                                                                            None)
        if opportunity_id is None:
            self.date_label_edit.setFocus()  # a date of one's own about no opportunity: its section
            return
        if not self._select(opportunity_id):
            self.filter_combo.setCurrentIndex(1)  # it is filtered out: show all
            self._select(opportunity_id)
        if interview_id is not None:
            self._select_interview(interview_id)

    def _on_filter(self, index: int) -> None:
        self.proxy.set_statuses(FILTERS[index][1])
        if not self._select(self._current_id) and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._on_selected()

    def _on_selected(self) -> None:
        row = self.selected()
        self._current_id = row.id if row else self._current_id
        if row is None:
            self.right.setCurrentIndex(0)
            self.interview_model.set_rows([])
            self.timeline.set_opportunity(None)
            self._update_buttons()
            return
        self.right.setCurrentIndex(1)
        self.company_label.setText(row.company)
        self.role_label.setText(row.role + (f"\nWhy you fit: {row.why_fit}" if row.why_fit else ""))
        url = row.posting_url
        if url.startswith(("http://", "https://")):
            self.link_label.setText(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        else:
            self.link_label.setText(html.escape(url) or "<i>No posting link</i>")
        self.conflict_label.setText("⚠ " + "\n⚠ ".join(row.conflicts))
        self.conflict_label.setVisible(bool(row.conflicts))
        self.status_combo.setCurrentIndex(self.status_combo.findData(row.status))
        self.feedback_label.setText(row.notes.strip())
        self.feedback_box.setVisible(bool(row.notes.strip()))
        self.interview_model.set_rows(list(row.interviews))
        if self.timeline.opportunity_id != row.id:
            self.timeline.set_opportunity(row.id)
        self._on_interview_selected()

    def _on_interview_selected(self) -> None:
        interview = self.selected_interview()
        if interview is None:
            self.next_steps_label.setText("Select an interview to see the next steps you heard." if
                                          self.interview_model.rowCount() else "No interviews yet.")
        else:
            said = interview.next_steps or "no next steps recorded"
            by = f" · decision expected {interview.decision_date:%a %d %b}" if interview.decision_date else ""
            owner = f" · process owner: {interview.process_owner}" if interview.process_owner else ""
            self.next_steps_label.setText(f"Next steps: {said}{by}{owner}")
        self._update_buttons()

    def _update_buttons(self) -> None:
        interview = self.selected_interview()
        for button in (self.edit_interview_button, self.cancel_interview_button, self.delete_interview_button):
            button.setEnabled(interview is not None)
        self.cancel_interview_button.setText("Restore" if interview and interview.cancelled else "Mark cancelled")
        self.new_interview_button.setEnabled(self.selected() is not None)
        self.remove_date_button.setEnabled(bool(self.dates_table.selectionModel().selectedRows()))

    def _do(self, operation: Callable[..., object], *args: object) -> None:
        assert self.context is not None
        self.context.do(operation, *args)

    def _on_status(self, index: int) -> None:
        row = self.selected()
        if row is not None:
            self._do(opps.set_status, row.id, self.status_combo.itemData(index))

    def _open_dialog(self, dialog: InterviewDialog | OpportunityDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._on_saved)
        dialog.open()

    def _on_saved(self, _: int) -> None:
        if isinstance(self.dialog, OpportunityDialog):
            self._current_id = self.dialog.opportunity_id
            self._select(self._current_id)  # the page reloaded as the dialog wrote; a new one is now chosen
        if isinstance(self.dialog, InterviewDialog) and self.dialog.interview_id is not None:
            self._select_interview(self.dialog.interview_id)

    def _on_new_opportunity(self) -> None:
        self._open_dialog(OpportunityDialog(self.context, parent=self))

    def _on_edit_opportunity(self) -> None:
        row = self.selected()
        if row is not None:
            self._open_dialog(OpportunityDialog(self.context, row.id, parent=self))

    def _on_log_call(self) -> None:
        row = self.selected()
        if row is not None and self.context is not None:
            self.call_dialog = CallDialog(self.context, row.id, self)
            self.call_dialog.open()

    def _on_new_interview(self) -> None:
        row = self.selected()
        if row is not None:
            self._open_dialog(InterviewDialog(self.context, row.id, parent=self))

    def _on_edit_interview(self) -> None:
        row, interview = self.selected(), self.selected_interview()
        if row is not None and interview is not None:
            self._open_dialog(InterviewDialog(self.context, row.id, interview.id, parent=self))

    def _on_cancel_interview(self) -> None:
        interview = self.selected_interview()
        if interview is not None:
            self._do(opps.cancel_interview, interview.id, not interview.cancelled)

    def _on_delete_interview(self) -> None:
        interview = self.selected_interview()
        if interview is None:
            return
        answer = QMessageBox.question(
            self, "Delete interview", "Delete this interview with its people, meeting notes and thank-you notes? "
            "To keep the record, cancel it instead.")
        if answer == QMessageBox.StandardButton.Yes:
            self._do(opps.delete_interview, interview.id)

    def _on_add_date(self) -> None:
        try:
            self._do(opps.add_personal_date, self.date_label_edit.text(), self.date_edit.date().toPython(),
                     self.date_opportunity_combo.currentData())
        except ValueError as error:
            self.date_error.setText(f"Not added: {error}.")
            self.date_error.show()
            return
        self.date_error.hide()
        self.date_label_edit.clear()

    def _on_remove_date(self) -> None:
        rows = self.dates_table.selectionModel().selectedRows()
        if rows:
            self._do(opps.remove_personal_date, rows[0].data(ItemRole).id)
