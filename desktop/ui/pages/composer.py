"""The composer for one person: what you remember of them, the template, the draft, live checks and autosave.

Autosave: each edit restarts a 1 s pause timer; a 2 s max-wait timer, started by the first unsaved edit and not
restarted, makes continuous typing save too. So the database is never more than about 2 s behind the screen.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import note_checks, templates
from desktop.core.domain import NoteChannel, NoteState
from desktop.operations import notes as notes_ops
from desktop.operations import send_later
from desktop.operations.notes import ComposerRow, NoteError
from desktop.operations.workspace import Workspace
from desktop.ui.models.notes_models import ChecksModel
from desktop.ui.pages.note_editor import NoteEditor
from desktop.ui.plain import plain_tooltip

SAVE_PAUSE_MS = 1000
SAVE_MAX_WAIT_MS = 2000
CHECK_PAUSE_MS = 300


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the list's current width (QListView alone guesses too short)."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        icon_space = option.decorationSize.width() + 14
        width = max(60, self._view.viewport().width() - icon_space - 8)
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(width + icon_space, max(bounds.height(), option.decorationSize.height()) + 12)


def _plain_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text, objectName=name) if name else QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class Composer(QWidget):
    row_changed = Signal(object)  # a ComposerRow whose saved text or state changed
    state_changed = Signal()  # channel or state written: other pages should refresh
    copy_requested = Signal(object)  # the ComposerRow to send, already saved
    mail_program_requested = Signal(object)
    send_requested = Signal(object)
    schedule_requested = Signal(object, object)  # the ComposerRow, already saved, and a datetime or None to pick one
    unschedule_requested = Signal(object)  # the ComposerRow whose scheduled send to cancel

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.row: ComposerRow | None = None
        self.others: list[ComposerRow] = []
        self._loading = False
        self._dirty = False
        self.template_question: QMessageBox | None = None
        self.error_box: QMessageBox | None = None
        self._build()
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_PAUSE_MS)
        self._max_wait_timer = QTimer(self, singleShot=True, interval=SAVE_MAX_WAIT_MS)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_PAUSE_MS)
        self._save_timer.timeout.connect(self.flush)
        self._max_wait_timer.timeout.connect(self.flush)
        self._check_timer.timeout.connect(self.run_checks)
        self.body.textChanged.connect(self._on_edited)
        self.subject.textEdited.connect(self._on_edited)
        self.memorable.editingFinished.connect(self._on_memorable)
        self.why_fit.editingFinished.connect(self._on_why_fit)
        self.template.activated.connect(self._on_template_chosen)
        self.ready_button.toggled.connect(self._on_ready)
        self.handwriting_button.clicked.connect(self._on_handwriting)
        self.copy_button.clicked.connect(lambda: self._request(self.copy_requested))
        self.mail_button.clicked.connect(lambda: self._request(self.mail_program_requested))
        self.send_button.clicked.connect(lambda: self._request(self.send_requested))
        self.setEnabled(False)

    # --- layout -----------------------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.name = _plain_label("", "composerName")
        self.card = _plain_label("", "composerCard")
        top.addWidget(self.name, 1)
        self.save_state = _plain_label("", "saveState")
        top.addWidget(self.save_state, 0, Qt.AlignmentFlag.AlignTop)
        self.ready_button = QPushButton("Ready to send", checkable=True)
        self.ready_button.setToolTip("Mark the draft as finished; it stays editable until it is sent")
        self.handwriting_button = QPushButton("Mark for handwriting")
        self.handwriting_button.setToolTip("Write this note by hand; it goes on the printed checklist")
        for button in (self.ready_button, self.handwriting_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.card)
        # Full width under the card: in the narrow checks column a wrapped line was cut off at the bottom.
        self.handwriting_state = _plain_label("", "handwritingState")
        self.handwriting_state.setWordWrap(True)
        layout.addWidget(self.handwriting_state)

        form = QFormLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        self.memorable = QLineEdit(placeholderText="One thing you talked about with this person")
        self.why_fit = QLineEdit(placeholderText="Why you fit the role, in one line (shared by every note)")
        self.template = QComboBox()
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.subject = QLineEdit()
        template_row = QHBoxLayout()
        template_row.addWidget(self.template)
        template_row.addSpacing(12)
        template_row.addWidget(_plain_label("Subject"))
        template_row.addSpacing(4)
        template_row.addWidget(self.subject, 1)
        form.addRow("Memorable", self.memorable)
        form.addRow("Why you fit", self.why_fit)
        form.addRow("Template", template_row)
        layout.addLayout(form)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        self.body = NoteEditor()
        self.body.setObjectName("noteBody")
        self.body.setTabChangesFocus(True)
        split.addWidget(self.body)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(_plain_label("Checks", "sectionLabel"))
        self.checks_model = ChecksModel(self)
        self.checks = QListView(objectName="checks")
        self.checks.setModel(self.checks_model)
        self.checks.setItemDelegate(WrappingDelegate(self.checks))
        self.checks.setWordWrap(True)
        self.checks.setUniformItemSizes(False)
        self.checks.setResizeMode(QListView.ResizeMode.Adjust)
        self.checks.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.checks.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.checks.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.checks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checks.setTextElideMode(Qt.TextElideMode.ElideNone)
        side_layout.addWidget(self.checks, 1)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([460, 260])
        layout.addWidget(split, 1)

        actions = QHBoxLayout()
        self.copy_button = QPushButton("Copy")
        self.copy_button.setToolTip("Copy the note to the clipboard, then confirm it went out")
        self.mail_button = QPushButton("Open in mail program")
        self.send_button = QPushButton("Send now", objectName="primary")
        self.send_button.setToolTip("Send from Afterview through the mail server in Settings → Mail")
        actions.addStretch(1)
        for button in (self.copy_button, self.mail_button, self.send_button):
            actions.addWidget(button)
        layout.addLayout(actions)
        self._build_send_later(actions)

    def _build_send_later(self, actions: QHBoxLayout) -> None:
        """"Send later…" beside Send now and, while the note is scheduled, when it goes out and Cancel schedule."""
        self.schedule_state = _plain_label("", "scheduleState")
        self.schedule_state.setWordWrap(True)
        self.unschedule_button = QPushButton("Cancel schedule")
        self.unschedule_button.setToolTip("Keep the note as it is, as a draft you can edit again, and do not send it")
        self.unschedule_button.hide()
        self.later_button = QPushButton("Send later…")
        self.later_button.setToolTip("Afterview sends it at the time you choose, while it runs (the tray is enough)")
        self.later_menu = QMenu(self.later_button)
        self.later_button.setMenu(self.later_menu)
        state_row = QHBoxLayout()  # above the buttons, full width: beside them the sentence was squeezed
        state_row.addWidget(self.schedule_state, 1)
        state_row.addWidget(self.unschedule_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.count() - 1, state_row)
        actions.insertWidget(actions.indexOf(self.send_button), self.later_button)
        self.later_menu.aboutToShow.connect(self._fill_later_menu)
        self.unschedule_button.clicked.connect(lambda: self._request(self.unschedule_requested))

    def set_check_icons(self, icons: dict[str, object]) -> None:
        self.checks_model.set_icons(icons)

    def set_templates(self, names: list[str], descriptions: dict[str, str]) -> None:
        self.template.blockSignals(True)
        self.template.clear()
        for name in names:
            self.template.addItem(name)
            self.template.setItemData(self.template.count() - 1, plain_tooltip(descriptions.get(name, "")),
                                      Qt.ItemDataRole.ToolTipRole)
        self.template.blockSignals(False)

    # --- showing one person -----------------------------------------------------------------------------------

    def load(self, row: ComposerRow | None, others: list[ComposerRow]) -> None:
        """Show a person's note; the text box is only replaced when it differs, so the cursor stays put."""
        self.flush()
        same = (self.row is not None and row is not None
                and (self.row.interview_id, self.row.contact_id) == (row.interview_id, row.contact_id))
        self.row, self.others = row, others
        self.setEnabled(row is not None)
        self._loading = True
        try:
            if row is None:
                for widget in (self.name, self.card, self.save_state, self.handwriting_state, self.schedule_state):
                    widget.clear()
                self.body.setPlainText("")
                self.subject.clear()
                self.checks_model.set_checks([])
                return
            self.name.setText(row.full_name)
            self.card.setText(" · ".join(p for p in (row.title, row.company, row.email or "no email on the card")
                                         if p))
            for edit, value in ((self.memorable, row.memorable), (self.why_fit, row.why_fit)):
                if not same or edit.text() != value:
                    edit.setText(value)
                    edit.setCursorPosition(0)  # show the start of a long line, not its end
            if self.subject.text() != row.subject:
                self.subject.setText(row.subject)
                self.subject.setCursorPosition(0)
            if self.body.toPlainText() != row.body:
                self.body.setPlainText(row.body)
            self.template.setCurrentText(row.template)
            self.body.highlighter.set_allowed(self._allowed())
            self._show_state()
            self.save_state.setText("")
        finally:
            self._loading = False
        self.run_checks()

    def _allowed(self) -> list[str]:
        row = self.row
        assert row is not None
        return [row.full_name, row.company, row.title, self.workspace.settings.your_name,
                *(o.full_name for o in self.others)]

    def _show_state(self) -> None:
        row = self.row
        assert row is not None
        sent, handwritten = row.is_sent, row.channel is NoteChannel.HANDWRITTEN
        for widget in (self.subject, self.template, self.memorable, self.why_fit):
            widget.setEnabled(not sent)
        self.body.setReadOnly(sent)
        self.ready_button.blockSignals(True)
        self.ready_button.setChecked(row.state is NoteState.READY)
        self.ready_button.blockSignals(False)
        self.ready_button.setEnabled(not sent)
        self.handwriting_button.setEnabled(not sent)
        self.handwriting_button.setText("Send by email instead" if handwritten else "Mark for handwriting")
        self.mail_button.setEnabled(not sent and not handwritten)
        self.send_button.setEnabled(not sent and not handwritten)
        self.copy_button.setEnabled(not sent)
        if sent and row.sent_at:
            when = row.sent_at.astimezone(self.workspace.zone)
            self.handwriting_state.setText(f"Sent {when:%A %d %B at %H:%M}.")
        elif handwritten:
            ticks = [name for name in ("written", "addressed", "stamped", "posted") if getattr(row, name)]
            done = ", ".join(ticks) if ticks else "nothing ticked yet"
            self.handwriting_state.setText(f"Handwritten card — on the printed checklist ({done}). "
                                           "It counts as sent once it is ticked as posted.")
        else:
            self.handwriting_state.setText("")
        self._show_schedule()

    def _show_schedule(self) -> None:
        """A scheduled note is locked, so what goes out is what was scheduled; the row says when, or why it failed."""
        row = self.row
        assert row is not None
        scheduled = row.is_scheduled
        self.unschedule_button.setVisible(scheduled)
        self.later_button.setEnabled(not row.is_sent and row.channel is NoteChannel.EMAIL)
        self.later_button.setText("Change time…" if scheduled else "Send later…")
        if not scheduled or row.scheduled_at is None:
            self.schedule_state.setText("")
            return
        for widget in (self.subject, self.template, self.memorable, self.why_fit, self.ready_button,
                       self.handwriting_button):
            widget.setEnabled(False)
        self.body.setReadOnly(True)
        when = row.scheduled_at.astimezone(self.workspace.zone)
        if row.send_error:
            reason = " ".join(row.send_error.split())  # the reason and its advice, without their blank line
            self.schedule_state.setText(f"Not sent at {when:%H:%M} on {when:%a %d %b}: {reason}\n"
                                        "Send it now, pick a new time, or cancel the schedule to edit it.")
        elif row.scheduled_at < self.workspace.now():
            self.schedule_state.setText(f"Was to go out {when:%a %d %b at %H:%M}, while the computer was off or "
                                        "asleep, and has not been sent. Send it now, pick a new time, or cancel the "
                                        "schedule to edit it.")
        else:
            self.schedule_state.setText(f"Goes out {when:%a %d %b at %H:%M} to {row.email}. "
                                        "Locked until then: cancel the schedule to edit it.")

    def _fill_later_menu(self) -> None:
        self.later_menu.clear()
        for choice in send_later.choices(self.workspace):
            action = self.later_menu.addAction(choice.label)
            action.triggered.connect(lambda _=False, at=choice.at: self._request_schedule(at))
        self.later_menu.addSeparator()
        self.later_menu.addAction("Pick a date and time…").triggered.connect(lambda: self._request_schedule(None))

    def _request_schedule(self, when: object) -> None:
        self.flush()
        if self.row is not None:
            self.schedule_requested.emit(self.row, when)

    # --- autosave ---------------------------------------------------------------------------------------------

    def _on_edited(self, *_: object) -> None:
        if self._loading or self.row is None or self.row.is_sent:
            return
        self._dirty = True
        self.save_state.setText("Saving…")
        self._save_timer.start()  # restarted by every edit
        if not self._max_wait_timer.isActive():
            self._max_wait_timer.start()  # not restarted: continuous typing still saves every 2 s
        self._check_timer.start()

    def flush(self) -> None:
        """Save unsaved edits now (pause timer, max-wait timer, switching person, hiding, quitting)."""
        self._save_timer.stop()
        self._max_wait_timer.stop()
        if not self._dirty or self.row is None:
            return
        subject, body = self.subject.text(), self.body.toPlainText()
        try:
            notes_ops.save_draft(self.workspace, self.row.interview_id, self.row.contact_id, subject, body)
        except NoteError as error:
            self.save_state.setText(f"Not saved: {error}")
            return
        self._dirty = False
        self.row = dataclasses.replace(self.row, subject=subject, body=body)
        self.save_state.setText("Saved")
        self.row_changed.emit(self.row)

    @property
    def has_unsaved_edits(self) -> bool:
        return self._dirty

    # --- checks -----------------------------------------------------------------------------------------------

    def run_checks(self) -> None:
        """All live checks on the text as it is on screen, plus any placeholder still to fill in."""
        self._check_timer.stop()
        row = self.row
        if row is None:
            return
        draft = self.body.toPlainText()
        settings = self.workspace.settings
        context = note_checks.NoteContext(
            first_name=row.first_name, full_name=row.full_name, company=row.company, title=row.title,
            memorable=self.memorable.text(), your_name=settings.your_name,
            other_notes=[(o.full_name, o.body) for o in self.others if o.body.strip()],
            min_words=settings.note_min_words, max_words=settings.note_max_words,
            threshold=settings.similarity_threshold)
        checks = note_checks.run_all(draft, context)
        markers = templates.unresolved_markers(f"{self.subject.text()}\n{draft}")
        if markers:
            hint = " (your name is set under Settings → You)" if "[your_name]" in markers else ""
            checks.insert(0, note_checks.Check("fields", False, "error",
                                               f"Still to fill in: {', '.join(markers)}{hint}"))
        self.checks_model.set_checks(checks)

    # --- actions ----------------------------------------------------------------------------------------------

    def _on_memorable(self) -> None:
        row = self.row
        if row is None or self.memorable.text().strip() == row.memorable:
            return
        notes_ops.save_memorable(self.workspace, row.interview_id, row.contact_id, self.memorable.text())
        self.row = dataclasses.replace(row, memorable=self.memorable.text().strip())
        self.row_changed.emit(self.row)
        self.run_checks()

    def _on_why_fit(self) -> None:
        row = self.row
        if row is None or self.why_fit.text().strip() == row.why_fit:
            return
        notes_ops.save_why_fit(self.workspace, row.opportunity_id, self.why_fit.text())
        self.row = dataclasses.replace(row, why_fit=self.why_fit.text().strip())
        self.row_changed.emit(self.row)

    def _on_template_chosen(self, index: int) -> None:
        row = self.row
        name = self.template.itemText(index)
        if row is None or name == row.template:
            return
        self.flush()
        if not self._edited_since_template():
            self._apply_template(name)
            return
        box = QMessageBox(QMessageBox.Icon.Question, "Change template",
                          f"Replace your edited note to {row.full_name} with the “{name}” template? "
                          "Your changes to the text will be lost.",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText("Replace the text")
        box.buttonClicked.connect(lambda button: self._on_template_answer(box.standardButton(button), name))
        self.template_question = box
        box.open()

    def _edited_since_template(self) -> bool:
        row = self.row
        assert row is not None
        if not row.template:
            return bool(row.body.strip())
        try:
            filled = notes_ops.fill_template(self.workspace, row.interview_id, row.contact_id, row.template)
        except (NoteError, templates.TemplateError):
            return bool(row.body.strip())
        return (row.subject, row.body) != (filled.subject, filled.body)

    def _on_template_answer(self, answer: QMessageBox.StandardButton, name: str) -> None:
        if answer == QMessageBox.StandardButton.Yes:
            self._apply_template(name)
        elif self.row is not None:
            self.template.setCurrentText(self.row.template)

    def _apply_template(self, name: str) -> None:
        row = self.row
        assert row is not None
        try:
            updated = notes_ops.apply_template(self.workspace, row.interview_id, row.contact_id, name)
        except (NoteError, templates.TemplateError) as error:
            self._show_error(str(error))
            self.template.setCurrentText(row.template)
            return
        self.load(updated, self.others)
        self.row_changed.emit(updated)

    def _on_ready(self, checked: bool) -> None:
        row = self.row
        if row is None:
            return
        self.flush()
        state = NoteState.READY if checked else NoteState.DRAFT
        notes_ops.set_state(self.workspace, row.interview_id, row.contact_id, state)
        self.row = dataclasses.replace(row, state=state)
        self.row_changed.emit(self.row)
        self.state_changed.emit()

    def _on_handwriting(self) -> None:
        row = self.row
        if row is None:
            return
        self.flush()
        channel = NoteChannel.EMAIL if row.channel is NoteChannel.HANDWRITTEN else NoteChannel.HANDWRITTEN
        notes_ops.set_channel(self.workspace, row.interview_id, row.contact_id, channel)
        self.row = dataclasses.replace(row, channel=channel)
        self._show_state()
        self.row_changed.emit(self.row)
        self.state_changed.emit()

    def _request(self, signal: Signal) -> None:
        self.flush()
        if self.row is not None:
            signal.emit(self.row)

    def _show_error(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Thank-you note", text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.error_box = box
        box.open()
