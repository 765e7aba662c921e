"""Notes: pick an interview, see everyone met with their note's state and deadline, and write each note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.core.agenda import AgendaItem
from desktop.core.templates import TemplateError
from desktop.operations import notes as notes_ops
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.operations.notes import ComposerRow, NoteError
from desktop.ui import colours
from desktop.ui.combo_box import ComboBox
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown_error
from desktop.ui.models.notes_models import InterviewListModel, PeopleModel
from desktop.ui.notes.templates_dialog import TemplatesDialog
from desktop.ui.notes.templates_dialog_controller import TemplatesController
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.composer import Composer
from desktop.ui.pages.composer_controller import ComposerController
from desktop.ui.pages.empty_state import EmptyState
from desktop.ui.pages.note_scheduling import NoteScheduling
from desktop.ui.pages.note_sending import NoteSender
from desktop.ui.row_table import give_way, row_table
from desktop.ui.screen_fit import Panes

NAME_SHARE = 0.45  # of the people list's width, kept for the name however long the state and countdown
COMPOSER_WIDTH = 460  # pixels: the composer at the least, its name, buttons and fields readable
COUNTDOWN_MS = 60_000  # the countdowns show minutes; refreshing every second would only burn battery

# Colours are the app's style sheet's (desktop.ui.style); this is the page's layout.
PAGE_STYLE = """
#checks { border: none; background: transparent; }
#checks::item { padding: 5px 2px; }
#checks QScrollBar:vertical { width: 8px; background: transparent; margin: 0; }
#checks QScrollBar::add-line:vertical, #checks QScrollBar::sub-line:vertical { height: 0; }
#checks QScrollBar::add-page:vertical, #checks QScrollBar::sub-page:vertical { background: transparent; }
QLineEdit, QComboBox { padding: 4px 6px; }
"""


class NotesPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: PageContext | None = None
        self.setStyleSheet(PAGE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel(self.tr("Notes"), objectName="pageTitle"))
        title_row.addStretch(1)
        self.templates_button = QPushButton(self.tr("Templates…"))
        self.templates_button.setToolTip(self.tr("See the note templates, write your own, or change a copy of one"))
        title_row.addWidget(self.templates_button)
        layout.addLayout(title_row)
        self.subtitle = QLabel(self.tr("One short note to each person you met, written for them, within 48 hours."),
                               objectName="pageSubtitle", wordWrap=True)  # one line only where it fits
        layout.addWidget(self.subtitle)
        self.stack = QStackedLayout()
        layout.addLayout(self.stack, 1)
        self.empty = EmptyState(self.tr("No interviews to thank anyone for yet"),
                                self.tr("Once an interview has taken place and the people you met are added to it, "
                                        "each of them gets a note here."), icon="notes")
        self.stack.addWidget(self.empty)
        self.main = QWidget()
        self.stack.addWidget(self.main)
        self.interviews = ComboBox()
        self.people = row_table()
        self.people.setObjectName("people")
        self.people.setAccessibleName(self.tr("People met and their notes"))
        self.countdown_timer = QTimer(self, interval=COUNTDOWN_MS)
        self.composer: ComposerController | None = None
        self.sender: NoteSender | None = None
        self.scheduling: NoteScheduling | None = None
        self.interview_model: InterviewListModel | None = None
        self.people_model: PeopleModel | None = None
        self._choosing = False  # set while the page itself selects a person, to load them once

    def bind(self, context: PageContext) -> None:
        self.context = context
        workspace = context.workspace
        self.interview_model = InterviewListModel(workspace.zone, self)
        self.people_model = PeopleModel(workspace.zone, self)
        self.composer = ComposerController(Composer(workspace.zone), context)
        self.sender = NoteSender(context.runner, workspace, self)
        self.scheduling = NoteScheduling(context.runner, workspace, self)
        self._build_main()
        self.countdown_timer.timeout.connect(self._tick)
        self.interviews.currentIndexChanged.connect(self._on_interview_chosen)
        self.people.selectionModel().currentRowChanged.connect(self._on_person_chosen)
        self.composer.row_changed.connect(self._on_row_changed)
        self.composer.copy_requested.connect(self.sender.copy)
        self.composer.mail_program_requested.connect(self.sender.open_in_mail_program)
        self.composer.send_requested.connect(self.scheduling.send_now)  # which asks first when it is a poor time
        self.scheduling.send_anyway.connect(self.sender.send_now)
        self.composer.schedule_requested.connect(self.scheduling.request)
        self.composer.unschedule_requested.connect(self.scheduling.unschedule)
        self.scheduling.changed.connect(self._on_scheduled)
        self.sender.sent.connect(self._on_sent)
        self.sender.busy_changed.connect(self._on_busy)
        self.templates_button.clicked.connect(self.open_templates)
        context.bus.published.connect(self._on_published)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.composer.flush)  # the last seconds of typing survive quitting
        self._load_templates()
        self._load_icons()

    def _build_main(self) -> None:
        assert self.composer is not None
        layout = QVBoxLayout(self.main)
        layout.setContentsMargins(0, 4, 0, 0)
        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Interview")))
        self.interviews.setModel(self.interview_model)
        self.interviews.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        picker.addWidget(self.interviews, 1)
        layout.addLayout(picker)
        # The composer beside the people while the window holds both, else under them (200 % on 1366 × 768).
        row = Panes(self.people, self.composer.view)
        # Narrower beside the people, the composer wrapped a long name a word a line beside its two buttons
        # (200 % on 1920 × 1080): it goes under the people instead.
        self.composer.view.setMinimumWidth(COMPOSER_WIDTH)
        row.setHandleWidth(16)
        self.people.setModel(self.people_model)
        # Room for a full name beside its state and countdown; narrower in a narrow window (a cut name shows whole
        # in the composer beside it) rather than making the page scroll sideways.
        self.people.setMinimumWidth(300)  # a name's first letters beside a German state and countdown
        self.people.setMaximumWidth(366)
        self.people.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        # The name is what the list is for: the note's state (in the composer beside it) and its countdown (whole in
        # the row's tooltip) narrow together, and a name only where it is longer than nearly half the list: German
        # state and countdown texts had cut every name to "Dana…".
        give_way(self.people, 1, 2, 0, least={0: NAME_SHARE}, evenly=True)
        row.setStretchFactor(0, 1)
        row.setStretchFactor(1, 2)
        row.share(300, 600)
        layout.addWidget(row, 1)
        self.stack.setCurrentWidget(self.main)

    def _on_published(self, changes: ChangeSet) -> None:
        if changes.affects({RecordKind.TEMPLATE}):
            self._load_templates()  # what the Templates dialog saves is offered in the composer at once

    def _load_templates(self) -> None:
        assert self.context is not None and self.composer is not None
        try:
            infos = notes_ops.list_templates(self.context.workspace)
        except TemplateError as error:
            infos = []
            self.subtitle.setText(self.tr("A note template could not be read: {error}").format(
                error=shown_error(error)))
        self.composer.view.set_templates(infos)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.composer is not None:
            self._load_icons()  # drawn in the colours of the scheme the window just took
        super().changeEvent(event)

    def _load_icons(self) -> None:
        from desktop.ui.icons import icon

        assert self.composer is not None
        self.composer.view.set_check_icons({"ok": icon("check_ok", colours.OK),
                                            "warning": icon("check_warning", colours.WARNING),
                                            "error": icon("check_error", colours.ERROR)})

    def open_templates(self) -> None:
        """The Templates dialog; what is saved there is offered in the composer at once."""
        assert self.context is not None
        dialog = TemplatesDialog(self)
        TemplatesController(dialog, self.context)
        open_once(dialog)

    # --- the page protocol ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the interviews and the people, keeping the chosen interview and person."""
        assert self.context is not None and self.interview_model is not None and self.composer is not None
        self.composer.flush()
        chosen = self.current_interview_id()
        person = self.composer.row.contact_id if self.composer.row else None
        self.interviews.blockSignals(True)
        self.interview_model.set_rows(notes_ops.interviews_with_people(self.context.workspace))
        self.interviews.blockSignals(False)
        if self.interview_model.rowCount() == 0:
            self.stack.setCurrentWidget(self.empty)
            self.composer.load(None, [])
            return
        self.stack.setCurrentWidget(self.main)
        row = self.interview_model.row_of(chosen) if chosen is not None else -1
        self._select_interview(max(row, 0), person)

    def open_object(self, target: Any) -> None:
        """Show an interview's person: an AgendaItem with interview and contact, or an (interview, contact) pair."""
        if isinstance(target, AgendaItem):
            interview_id, contact_id = target.interview_id, target.contact_id
        elif isinstance(target, tuple) and len(target) == 2:
            interview_id, contact_id = target
        else:
            return
        assert self.interview_model is not None
        if self.interview_model.rowCount() == 0:
            self.refresh()
        row = self.interview_model.row_of(interview_id) if interview_id is not None else -1
        if row < 0:
            self.subtitle.setText(self.tr("That interview has no notes to write (it may not have taken place yet)."))
            return
        self._select_interview(row, contact_id)

    def current_interview_id(self) -> int | None:
        assert self.interview_model is not None
        interview = self.interview_model.interview_at(self.interviews.currentIndex())
        return interview.interview_id if interview else None

    # --- choosing -----------------------------------------------------------------------------------------

    def _select_interview(self, row: int, contact_id: int | None) -> None:
        self.interviews.blockSignals(True)
        self.interviews.setCurrentIndex(row)
        self.interviews.blockSignals(False)
        self._load_people(contact_id)

    def _on_interview_chosen(self, _row: int) -> None:
        self._load_people(None)

    def _load_people(self, contact_id: int | None) -> None:
        assert self.context is not None and self.people_model is not None and self.composer is not None
        self.composer.flush()
        interview_id = self.current_interview_id()
        if interview_id is None:
            return
        try:
            rows = notes_ops.composer_rows(self.context.workspace, interview_id)
        except NoteError as error:
            self.subtitle.setText(shown_error(error))
            return
        selection = self.people.selectionModel()
        selection.blockSignals(True)
        self.people_model.set_rows(rows, self.context.workspace.now())
        selection.blockSignals(False)
        row = self.people_model.row_of(contact_id) if contact_id is not None else -1
        if row < 0:  # the first person whose note is not yet sent, else the first
            row = next((n for n, r in enumerate(rows) if not r.is_sent), 0)
        self._choosing = True
        try:
            self.people.selectRow(row)
        finally:
            self._choosing = False
        self._show_person(row)

    def _on_person_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._choosing:
            self._show_person(current.row())

    def _show_person(self, row_number: int) -> None:
        assert self.context is not None and self.people_model is not None and self.composer is not None
        self.composer.flush()
        row = self.people_model.person_at(row_number)
        if row is None:
            self.composer.load(None, [])
            return
        workspace = self.context.workspace
        if not row.is_sent and (not row.has_note or not row.body.strip()):
            try:
                template = row.template or notes_ops.default_template(workspace, row.kind)
                row = notes_ops.ensure_draft(workspace, row.interview_id, row.contact_id, template)
            except (NoteError, TemplateError) as error:
                self.subtitle.setText(shown_error(error))
            self.people_model.update_row(row)
        elif row.has_note and not row.hand_edited:
            # The card, the company or your name may have changed since the draft was filled: show it as it
            # would go out now, not as it was stored.
            row = notes_ops.refresh_draft(workspace, row.interview_id, row.contact_id)
            self.people_model.update_row(row)
        others = [r for r in self.people_model.rows() if r.contact_id != row.contact_id]
        self.composer.load(row, others)

    # --- reactions ------------------------------------------------------------------------------------------

    def _on_row_changed(self, row: ComposerRow) -> None:
        assert self.people_model is not None
        self.people_model.update_row(row)

    def _on_scheduled(self, row: ComposerRow) -> None:
        assert self.context is not None and self.people_model is not None and self.composer is not None
        self.people_model.update_row(row)
        self.composer.load(row, self.composer.others)

    def _on_sent(self, interview_id: int, contact_id: int) -> None:
        self.refresh()  # also when no controller listens (the controller refreshes only the visible page)

    def _on_busy(self, busy: bool) -> None:
        assert self.composer is not None
        self.composer.view.send_button.setText(self.tr("Sending…") if busy else self.tr("Send now"))
        self.composer.view.send_button.setEnabled(not busy)

    def _tick(self) -> None:
        assert self.context is not None and self.people_model is not None
        self.people_model.set_now(self.context.workspace.now())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.context is not None:
            self._tick()
            self.countdown_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.countdown_timer.stop()
        if self.composer is not None:
            self.composer.flush()
        super().hideEvent(event)
