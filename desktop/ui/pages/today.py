"""Today: what is due and overdue, earliest first, each with its one-click action."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dates import long_date
from desktop.ui.i18n import shown
from desktop.ui.models.roles import ItemRole
from desktop.ui.pages.about_you import AboutYouForm
from desktop.ui.pages.empty_state import EmptyState
from desktop.ui.row_table import give_way, row_table

if TYPE_CHECKING:  # the agenda's code is imported once there is something to list, after the window shows
    from desktop.core.agenda import AgendaItem
    from desktop.ui.models.agenda_model import AgendaModel


FOR_SHARE = 0.35  # of the room beside the due date: what an item is for keeps it before the item's text is cut


class TodayPage(QWidget):
    open_item = Signal(object)  # an AgendaItem whose action the user chose
    load_sample_requested = Signal()
    snooze_requested = Signal(str, str)  # reminder key, 'hour' or 'morning'
    new_opportunity_requested = Signal()
    about_you_edited = Signal()  # a field of the welcome's "about you" form was edited
    send_scheduled_requested = Signal(object)  # the AgendaItem of a scheduled note to send at once
    cancel_schedule_requested = Signal(object)  # the AgendaItem of a scheduled note to keep as a draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: AgendaModel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        self.heading = QLabel(self.tr("Today"), objectName="pageTitle")
        self.subtitle = QLabel("", objectName="pageSubtitle")
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)

        self.stack = QStackedLayout()
        layout.addLayout(self.stack, 1)
        self.loading = QLabel(self.tr("Loading…"), alignment=Qt.AlignmentFlag.AlignCenter)
        self.welcome = EmptyState(
            self.tr("Welcome to Afterview"),
            self.tr("After each interview, add the people you met and what they said about next steps. Afterview then "
                    "reminds you to thank each of them within 48 hours and to follow up when the promised date "
                    "passes."))
        self.about_you = AboutYouForm()
        self.welcome.buttons.addWidget(self.about_you)
        self.sample_button = self.welcome.add_button(self.tr("Explore with sample data"))
        self.start_button = self.welcome.add_button(self.tr("Start with my own interview"))
        self.quiet = EmptyState(self.tr("Nothing due"), self.tr(
            "No notes or calls are due in the next 7 days. New interviews you add will bring their deadlines here."))
        self.list_page = QWidget()
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 8, 0, 0)
        actions = QHBoxLayout()
        self.action_button = QPushButton(self.tr("Open"), objectName="primary")
        self.snooze_hour = QPushButton(self.tr("Snooze 1 hour"))
        self.snooze_morning = QPushButton(self.tr("Snooze until tomorrow"))
        for button in (self.action_button, self.snooze_hour, self.snooze_morning):
            button.setEnabled(False)
            actions.addWidget(button)
        self._build_scheduled_actions(actions)
        actions.addStretch(1)
        list_layout.addLayout(actions)
        self.table = row_table()
        self.table.setAccessibleName(self.tr("Due and overdue"))
        list_layout.addWidget(self.table, 1)
        for widget in (self.loading, self.welcome, self.quiet, self.list_page):
            self.stack.addWidget(widget)

        # The buttons save the answers first (the controller refuses to go on while the email is not an address).
        self.sample_button.clicked.connect(self.load_sample_requested)
        self.start_button.clicked.connect(self.new_opportunity_requested)
        self.about_you.edited.connect(self.about_you_edited)
        self.action_button.clicked.connect(self._on_action)
        self.snooze_hour.clicked.connect(lambda: self._on_snooze("hour"))
        self.snooze_morning.clicked.connect(lambda: self._on_snooze("morning"))
        self.table.doubleClicked.connect(self._on_double_click)

    def _build_scheduled_actions(self, actions: QHBoxLayout) -> None:
        """Send now and Cancel schedule, shown instead of the snoozes while a scheduled note is selected."""
        self.send_scheduled_button = QPushButton(self.tr("Send now"))
        self.send_scheduled_button.setToolTip(self.tr("Send this note now instead of at its time"))
        self.cancel_schedule_button = QPushButton(self.tr("Cancel schedule"))
        self.cancel_schedule_button.setToolTip(self.tr("Do not send it; the note stays as it is, as a draft"))
        for button in (self.send_scheduled_button, self.cancel_schedule_button):
            button.hide()
            actions.addWidget(button)
        self.send_scheduled_button.clicked.connect(lambda: self._emit_for_selected(self.send_scheduled_requested))
        self.cancel_schedule_button.clicked.connect(lambda: self._emit_for_selected(self.cancel_schedule_requested))

    def _emit_for_selected(self, signal: Signal) -> None:
        item = self.selected_item()
        if item is not None:
            signal.emit(item)

    def attach(self, model: AgendaModel) -> None:
        self.model = model
        self.table.setModel(model)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)  # as wide as its dates
        # The item's text gets the room: what it is for narrows first, down to a share of the row; both are read
        # whole in the row's tooltip.
        give_way(self.table, 2, 1, least={2: FOR_SHARE})
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        model.modelReset.connect(self._on_reset)

    def show_items(self, items: list[AgendaItem], now: datetime, database_empty: bool) -> None:
        assert self.model is not None
        self.subtitle.setText(long_date(now.astimezone(self.model.zone)))
        self.model.set_items(items, now)
        if database_empty:
            self.stack.setCurrentWidget(self.welcome)
        elif not items:
            self.stack.setCurrentWidget(self.quiet)
        else:
            self.stack.setCurrentWidget(self.list_page)

    def selected_item(self) -> AgendaItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ItemRole) if rows else None

    def _on_reset(self) -> None:
        assert self.model is not None
        self.table.clearSpans()
        for row in range(self.model.rowCount()):
            if self.model.is_header(row):
                self.table.setSpan(row, 0, 1, self.model.columnCount())
        self._fit_due_column()
        self._on_selection()

    def _fit_due_column(self) -> None:
        """The Due column as wide as its widest date or heading, measured once per list rather than at each
        layout (ResizeToContents measures every row through the style sheet again and again); a group's heading
        spans the row, so it does not count."""
        assert self.model is not None
        header = self.table.horizontalHeader()
        # One measure a text: most dates repeat ("Tomorrow 15:30"), and each goes through the style sheet.
        first_of: dict[str, int] = {}
        for row in range(self.model.rowCount()):
            if not self.model.is_header(row):
                first_of.setdefault(str(self.model.index(row, 0).data()), row)
        widths = [self.table.sizeHintForIndex(self.model.index(row, 0)).width() for row in first_of.values()]
        header.resizeSection(0, max([header.sectionSizeHint(0), *widths]))

    def _on_selection(self, *_: object) -> None:
        item = self.selected_item()
        for button in (self.action_button, self.snooze_hour, self.snooze_morning):
            button.setEnabled(item is not None)
        self.action_button.setText(shown(item.kind.action) if item else self.tr("Open"))
        scheduled = item is not None and item.kind.value == "scheduled"  # the enum's module loads after the window
        for button in (self.snooze_hour, self.snooze_morning):
            button.setVisible(not scheduled)
        for button in (self.send_scheduled_button, self.cancel_schedule_button):
            button.setVisible(scheduled)

    def _on_action(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.open_item.emit(item)

    def _on_double_click(self, index: QModelIndex) -> None:
        item = index.data(ItemRole)
        if item is not None:
            self.open_item.emit(item)

    def _on_snooze(self, how: str) -> None:
        item = self.selected_item()
        if item is not None:
            self.snooze_requested.emit(item.key, how)
