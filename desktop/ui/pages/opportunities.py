"""Opportunities: the pipeline on the left, the selected opportunity's card on the right, your own dates below.
This view lays them out and says what the user asked for; opportunities_controller.py loads and writes."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain import OpportunityStatus
from desktop.ui.combo_box import ComboBox
from desktop.ui.date_fields import DateField
from desktop.ui.dates import short_date, written_as_the_window
from desktop.ui.i18n import shown
from desktop.ui.models.roles import ItemRole
from desktop.ui.pages.empty_state import EmptyState
from desktop.ui.row_table import give_way, row_table
from desktop.ui.screen_fit import ColumnScrollArea, FlowRow, Panes
from desktop.ui.style import set_banner, set_tone

if TYPE_CHECKING:
    from datetime import date

    from desktop.operations.opportunities import InterviewRow, OpportunityRow, PersonalDateRow


LIST_WIDTH = 400  # pixels: a company, status, next step and flags; narrower, the list goes above the card
COMPANY_WIDTH = 140  # pixels: "Northwind Analyt…" at the least, where the list is narrow


def _filters() -> list[tuple[str, frozenset[OpportunityStatus] | None]]:
    """The choices of Show: open ones (the default), all, or one status."""
    return [(QCoreApplication.translate("OpportunitiesPage", "Open"), frozenset(s for s in OpportunityStatus
                                                                                  if s.is_open)),
            (QCoreApplication.translate("OpportunitiesPage", "All"), None),
            *((shown(s.label), frozenset({s})) for s in OpportunityStatus)]


def _table(*stretch_columns: int) -> QTableView:
    """A table whose columns fit their content; `stretch_columns` share what is left, or else the last one does."""
    table = row_table()
    table.setProperty("stretch_columns", list(stretch_columns))
    table.horizontalHeader().setStretchLastSection(not stretch_columns)
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
    """The page's widgets; the tables show the models its controller gives them (`show_models`)."""

    filter_chosen = Signal(object)  # the statuses to show, or None for all
    opportunity_selected = Signal()
    interview_selected = Signal()
    status_chosen = Signal(object)  # the OpportunityStatus picked for the selected opportunity
    new_opportunity_requested = Signal()
    edit_opportunity_requested = Signal()
    log_call_requested = Signal()
    new_interview_requested = Signal()
    edit_interview_requested = Signal()
    cancel_interview_requested = Signal()  # mark the selected interview cancelled, or restore it
    delete_interview_confirmed = Signal()  # the user agreed to delete the selected interview
    add_date_requested = Signal(str, object, object)  # what, the date, the opportunity id or None
    remove_date_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(QLabel(self.tr("Opportunities"), objectName="pageTitle"))
        self.subtitle = _plain(name="pageSubtitle")
        layout.addWidget(self.subtitle)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        self.filter_combo = ComboBox()
        for label, statuses in _filters():
            self.filter_combo.addItem(label, statuses)
        bar.addWidget(self.filter_combo)
        bar.addStretch(1)
        self.new_button = QPushButton(self.tr("New opportunity"), objectName="primary")
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        # Side by side while the window holds both, else the list above the card (200 % on a 1366 × 768 screen).
        splitter = Panes()
        layout.addWidget(splitter, 1)
        left = QWidget()
        left.setMinimumWidth(LIST_WIDTH)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 4, 8, 0)
        # Every column as wide as its content where the list has room, the company's too: squeezed to what the
        # others left, it read "Fjord …" beside a half-empty Flags column (and nothing at all in German).
        self.table = _table()
        self.table.setAccessibleName(self.tr("Opportunities"))
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(self._build_timeline(), 2)
        splitter.addWidget(left)
        self.right = QStackedWidget()
        self.placeholder = EmptyState(self.tr("Your pipeline"), self.tr("Choose an opportunity on the left, or add "
                                                                        "the company and role you are pursuing."),
                                      icon="opportunities")
        self.placeholder.text.setFixedWidth(340)
        self.placeholder_new_button = self.placeholder.add_button(self.tr("New opportunity"))
        self.right.addWidget(self.placeholder)
        scroll = ColumnScrollArea()  # its rows of buttons wrap rather than it scrolling sideways
        scroll.setAccessibleName(self.tr("The selected opportunity"))
        card = self._build_card()
        scroll.setWidget(card)
        for widget in (scroll, scroll.viewport(), card):
            widget.setAutoFillBackground(False)  # the page's white shows through
        scroll.viewport().setStyleSheet("background: transparent;")
        self.right.addWidget(scroll)
        splitter.addWidget(self.right)
        # Shared evenly: the list is read by its companies, and the card's rows of buttons wrap where they must.
        splitter.share(500, 500)

        self.filter_combo.currentIndexChanged.connect(lambda i: self.filter_chosen.emit(self.filter_combo.itemData(i)))
        self.interview_table.doubleClicked.connect(lambda _: self.edit_interview_requested.emit())
        self.status_combo.activated.connect(lambda i: self.status_chosen.emit(self.status_combo.itemData(i)))
        self.new_button.clicked.connect(self.new_opportunity_requested)
        self.placeholder_new_button.clicked.connect(self.new_opportunity_requested)
        self.edit_opportunity_button.clicked.connect(self.edit_opportunity_requested)
        self.log_call_button.clicked.connect(self.log_call_requested)
        self.new_interview_button.clicked.connect(self.new_interview_requested)
        self.edit_interview_button.clicked.connect(self.edit_interview_requested)
        self.cancel_interview_button.clicked.connect(self.cancel_interview_requested)
        self.delete_interview_button.clicked.connect(self._ask_delete_interview)
        self.add_date_button.clicked.connect(self._on_add_date)
        self.date_label_edit.returnPressed.connect(self._on_add_date)
        self.remove_date_button.clicked.connect(self.remove_date_requested)

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
        status_row.addWidget(QLabel(self.tr("Status")))
        self.status_combo = ComboBox()
        for status in OpportunityStatus:
            self.status_combo.addItem(shown(status.label), status)
        status_row.addWidget(self.status_combo)
        status_row.addStretch(1)
        self.edit_opportunity_button = QPushButton(self.tr("Edit details"))
        self.log_call_button = QPushButton(self.tr("Log a call…"))
        status_row.addWidget(FlowRow(self.edit_opportunity_button, self.log_call_button, right=True))
        layout.addLayout(status_row)
        self.feedback_box = QFrame(objectName="feedbackBox")
        feedback = QVBoxLayout(self.feedback_box)
        feedback.setContentsMargins(10, 6, 10, 8)
        feedback.addWidget(QLabel(self.tr("Feedback and notes"), objectName="feedbackTitle"))
        self.feedback_label = _plain()
        self.feedback_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        feedback.addWidget(self.feedback_label)
        layout.addWidget(self.feedback_box)

        self.card_tabs = QTabWidget(documentMode=True, objectName="cardTabs",
                                    accessibleName=self.tr("Interviews and timeline"))
        self.card_tabs.addTab(self._build_interviews(), self.tr("Interviews"))
        self.timeline_tab = QWidget()
        QVBoxLayout(self.timeline_tab).setContentsMargins(0, 6, 0, 0)
        self.card_tabs.addTab(self.timeline_tab, self.tr("Timeline"))
        layout.addWidget(self.card_tabs, 1)
        return card

    def _build_interviews(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 6, 0, 0)
        self.new_interview_button = QPushButton(self.tr("New interview"))
        self.edit_interview_button = QPushButton(self.tr("Edit"))
        self.cancel_interview_button = QPushButton(self.tr("Mark cancelled"))
        self.delete_interview_button = QPushButton(self.tr("Delete"))
        layout.addWidget(FlowRow(self.new_interview_button, self.edit_interview_button, self.cancel_interview_button,
                                 self.delete_interview_button))
        self.interview_table = _table(0)
        self.interview_table.setAccessibleName(self.tr("Interviews"))
        self.interview_table.setMinimumHeight(110)
        layout.addWidget(self.interview_table, 1)
        self.next_steps_label = _plain()
        set_tone(self.next_steps_label, "label")
        layout.addWidget(self.next_steps_label)
        return tab

    def _build_timeline(self) -> QWidget:
        box = QGroupBox(self.tr("Your own timeline"))
        layout = QVBoxLayout(box)
        hint = _plain(self.tr("Dates of your own: an offer expiring, a notice period, when you need a decision. "
                              "Opportunities expected to decide after one of them are flagged in amber."))
        set_tone(hint, "hint")
        layout.addWidget(hint)
        self.dates_table = _table(1)
        self.dates_table.setAccessibleName(self.tr("Your own dates"))
        layout.addWidget(self.dates_table, 1)
        first, second = QHBoxLayout(), QHBoxLayout()
        self.date_label_edit = QLineEdit(placeholderText=self.tr("What, e.g. Offer from Lumen expires"))
        self.date_label_edit.setToolTip(self.date_label_edit.placeholderText())  # whole, where the field cuts it
        self.date_edit = written_as_the_window(DateField(calendarPopup=True))
        self.date_opportunity_combo = ComboBox()
        self.date_opportunity_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_date_button = QPushButton(self.tr("Add"))
        self.remove_date_button = QPushButton(self.tr("Remove"))
        first.addWidget(self.date_label_edit, 1)
        first.addWidget(self.date_edit)
        second.addWidget(QLabel(self.tr("About")))
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

    def show_models(self, opportunities: QAbstractItemModel, interviews: QAbstractItemModel,
                    dates: QAbstractItemModel, timeline: QWidget, today: date) -> None:
        """The tables' models (the pipeline sorted by company), the timeline's list, and the day a new date of
        your own starts at."""
        self.table.setModel(opportunities)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.interview_table.setModel(interviews)
        self.dates_table.setModel(dates)
        self.timeline_tab.layout().addWidget(timeline)
        for table in (self.table, self.interview_table, self.dates_table):
            _fit_columns(table)
        # Room for the card: the role is on the card (and in the company's tooltip); "0 of 3 sent" counts people.
        self.table.hideColumn(1)
        self.interview_table.hideColumn(2)
        # A long company, many flags or a long German date no longer make the list scroll sideways: each is read
        # whole in its tooltip, and the company on the card. The flags give way first, the company down to what
        # tells one from another, the next step's date last.
        give_way(self.table, 4, 0, 3, least={0: COMPANY_WIDTH})
        self.date_edit.setDate(QDate(today))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.opportunity_selected.emit())
        self.interview_table.selectionModel().currentRowChanged.connect(lambda *_: self.interview_selected.emit())
        self.dates_table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())

    # --- what is selected ----------------------------------------------------------------------------------

    def selected(self) -> OpportunityRow | None:
        index = self.table.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def selected_interview(self) -> InterviewRow | None:
        index = self.interview_table.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def selected_date(self) -> PersonalDateRow | None:
        rows = self.dates_table.selectionModel().selectedRows()
        return rows[0].data(ItemRole) if rows else None

    def select(self, opportunity_id: int | None) -> bool:
        """Select the opportunity if the filter shows it; False when it does not."""
        model = self.table.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(ItemRole).id == opportunity_id:
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return True
        return False

    def select_first(self) -> None:
        model = self.table.model()
        if model.rowCount():
            self.table.setCurrentIndex(model.index(0, 0))

    def select_interview(self, interview_id: int) -> None:
        model = self.interview_table.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ItemRole).id == interview_id:
                self.interview_table.selectRow(row)
                self.interview_table.setCurrentIndex(model.index(row, 0))

    def show_all(self) -> None:
        """Show every opportunity, whatever its status."""
        self.filter_combo.setCurrentIndex(1)

    def focus_dates(self) -> None:
        """The section of one's own dates (a date about no opportunity was opened)."""
        self.date_label_edit.setFocus()

    # --- showing -------------------------------------------------------------------------------------------

    def show_counts(self, open_count: int, closed_count: int) -> None:
        self.subtitle.setText(self.tr("{open} open · {closed} closed").format(open=open_count, closed=closed_count)
                              if open_count or closed_count else
                              self.tr("Add the first company and role you are pursuing."))

    def set_date_opportunities(self, rows: list[OpportunityRow]) -> None:
        """What a date of your own can be about: every opportunity, or one."""
        self.date_opportunity_combo.clear()
        self.date_opportunity_combo.addItem(self.tr("Every opportunity"), None)
        for row in rows:
            self.date_opportunity_combo.addItem(f"{row.company} · {row.role}", row.id)

    def show_opportunity(self, row: OpportunityRow | None) -> None:
        """The card of the selected opportunity; the placeholder when none is."""
        if row is None:
            self.right.setCurrentIndex(0)
            return
        self.right.setCurrentIndex(1)
        self.company_label.setText(row.company)
        self.role_label.setText(row.role + (self.tr("\nWhy you fit: {why}").format(why=row.why_fit)
                                            if row.why_fit else ""))
        url = row.posting_url
        if url.startswith(("http://", "https://")):
            self.link_label.setText(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        else:
            self.link_label.setText(html.escape(url) or "<i>{}</i>".format(html.escape(self.tr("No posting link"))))
        self.conflict_label.setText("⚠ " + "\n⚠ ".join(shown(conflict) for conflict in row.conflicts))
        self.conflict_label.setVisible(bool(row.conflicts))
        self.status_combo.setCurrentIndex(self.status_combo.findData(row.status))
        self.feedback_label.setText(row.notes.strip())
        self.feedback_box.setVisible(bool(row.notes.strip()))

    def show_next_steps(self) -> None:
        """What was heard at the end of the selected interview, under the list."""
        interview = self.selected_interview()
        if interview is None:
            self.next_steps_label.setText(self.tr("Select an interview to see the next steps you heard.") if
                                          self.interview_table.model().rowCount() else self.tr("No interviews yet."))
        else:
            said = interview.next_steps or self.tr("no next steps recorded")
            by = (self.tr(" · decision expected {day}").format(day=short_date(interview.decision_date))
                  if interview.decision_date else "")
            owner = (self.tr(" · process owner: {name}").format(name=interview.process_owner)
                     if interview.process_owner else "")
            self.next_steps_label.setText(self.tr("Next steps: {said}{by}{owner}").format(said=said, by=by,
                                                                                           owner=owner))
        self.update_buttons()

    def update_buttons(self) -> None:
        interview = self.selected_interview()
        for button in (self.edit_interview_button, self.cancel_interview_button, self.delete_interview_button):
            button.setEnabled(interview is not None)
        self.cancel_interview_button.setText(self.tr("Restore") if interview and interview.cancelled else
                                             self.tr("Mark cancelled"))
        self.new_interview_button.setEnabled(self.selected() is not None)
        self.remove_date_button.setEnabled(bool(self.dates_table.selectionModel().selectedRows()))

    # --- your own dates ------------------------------------------------------------------------------------

    def _on_add_date(self) -> None:
        self.add_date_requested.emit(self.date_label_edit.text(), self.date_edit.date().toPython(),
                                     self.date_opportunity_combo.currentData())

    def date_added(self) -> None:
        self.date_error.hide()
        self.date_label_edit.clear()

    def date_refused(self, reason: str) -> None:
        self.date_error.setText(self.tr("Not added: {reason}.").format(reason=reason))
        self.date_error.show()

    # --- questions ------------------------------------------------------------------------------------------

    def _ask_delete_interview(self) -> None:
        if self.selected_interview() is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete interview"), self.tr("Delete this interview with its people, meeting notes and "
                                                       "thank-you notes? To keep the record, cancel it instead."))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_interview_confirmed.emit()
