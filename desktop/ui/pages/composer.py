"""The composer for one person: what you remember of them, the template, the draft, live checks and autosave.

Autosave: each edit restarts a 1 s pause timer; a 2 s max-wait timer, started by the first unsaved edit and not
restarted, makes continuous typing save too. So the database is never more than about 2 s behind the screen.
A draft the database refuses (busy with another program's long write, a full disk) stays in the editor, the
composer says plainly that it is NOT saved, retries every few seconds on its own, and says when it is saved.
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

from desktop.core import templates
from desktop.core.check_types import Check
from desktop.core.domain import NoteChannel, NoteState
from desktop.operations import notes as notes_ops
from desktop.operations import send_later
from desktop.operations.notes import ComposerRow, DraftNotSavedError, NoteError
from desktop.operations.workspace import Workspace
from desktop.ui.models.notes_models import ChecksModel
from desktop.ui.pages.note_editor import NoteEditor
from desktop.ui.plain import plain_tooltip
from desktop.ui.style import set_banner

SAVE_PAUSE_MS = 1000
SAVE_MAX_WAIT_MS = 2000
CHECK_PAUSE_MS = 300
FIELD_PAUSE_MS = 400  # after a pause in typing the memorable moment, an untouched draft is filled again
LEVEL_ORDER = {"error": 0, "warning": 1, "ok": 2}
RETRY_MS = 5000  # a refused draft is tried again this often


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
        self._seen = ("", "")  # subject and text as last loaded or typed
        self.template_question: QMessageBox | None = None
        self.error_box: QMessageBox | None = None
        # Drafts typed but not yet in the database, by (interview, contact): kept until a retry saves them.
        self._unsaved: dict[tuple[int, int], tuple[ComposerRow, str, str]] = {}
        self._refused = False  # the last save attempt was refused: the next success says so
        self._build()
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_PAUSE_MS)
        self._max_wait_timer = QTimer(self, singleShot=True, interval=SAVE_MAX_WAIT_MS)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_PAUSE_MS)
        self._field_timer = QTimer(self, singleShot=True, interval=FIELD_PAUSE_MS)
        self._save_timer.timeout.connect(self.flush)
        self._max_wait_timer.timeout.connect(self.flush)
        self._retry_timer = QTimer(self, singleShot=True, interval=RETRY_MS)
        for timer in (self._save_timer, self._max_wait_timer, self._retry_timer):
            timer.timeout.connect(self.flush)
        self._check_timer.timeout.connect(self.run_checks)
        self._field_timer.timeout.connect(self._apply_fields)
        self.body.textChanged.connect(self._on_edited)
        self.subject.textEdited.connect(self._on_edited)
        for field_edit in (self.memorable, self.why_fit):
            field_edit.textEdited.connect(self._field_timer.start)
            field_edit.editingFinished.connect(self._apply_fields)
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
        for label in (self.name, self.card):
            label.setWordWrap(True)  # a long name, title or address wraps rather than being cut at the edge
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
        self.save_problem = _plain_label("", "saveProblem")  # a refused save, then its recovery; hidden otherwise
        self.save_problem.setWordWrap(True)
        self.save_problem.hide()
        layout.addWidget(self.save_problem)

        form = QFormLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        self.memorable = QLineEdit(placeholderText="e.g. She described how her team cut forecast errors by a third "
                                                   "— or just the topic: your point about the step-three drop-off")
        self.memorable.setToolTip(plain_tooltip(
            "One thing you talked about with this person, as a sentence or as a topic. The note uses it as a "
            "sentence of its own and speaks to them as “you”; what it will say is shown below the field."))
        self.why_fit = QLineEdit(placeholderText="e.g. I have led two analytics teams through a migration — or: "
                                                 "five years of research with clinicians")
        self.why_fit.setToolTip(plain_tooltip("Why you fit the role, in one line; shared by every note for this "
                                              "opportunity."))
        self.memorable_hint = _plain_label("", "fieldHint")
        self.why_fit_hint = _plain_label("", "fieldHint")
        for hint in (self.memorable_hint, self.why_fit_hint):
            hint.setWordWrap(True)
            hint.hide()
        self.template = QComboBox()
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.subject = QLineEdit(accessibleName="Subject")
        form.addRow("What stood out", self.memorable)
        form.addRow("", self.memorable_hint)
        form.addRow("Why you fit", self.why_fit)
        form.addRow("", self.why_fit_hint)
        form.addRow("Template", self.template)
        form.addRow("Subject", self.subject)  # a row of its own: beside the template a subject was cut short
        layout.addLayout(form)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        self.body = NoteEditor()
        self.body.setObjectName("noteBody")
        self.body.setAccessibleName("Note text")
        self.body.setTabChangesFocus(True)
        split.addWidget(self.body)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(_plain_label("Checks", "sectionLabel"))
        self.checks_model = ChecksModel(self)
        self.checks = QListView(objectName="checks", accessibleName="Checks")
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

    def set_templates(self, infos: list[templates.TemplateInfo]) -> None:
        """Offer the templates by their titles; each item's data is the template's name."""
        self.template.blockSignals(True)
        self.template.clear()
        for info in infos:
            self.template.addItem(info.title or templates.title_from_name(info.name), info.name)
            self.template.setItemData(self.template.count() - 1, plain_tooltip(info.description),
                                      Qt.ItemDataRole.ToolTipRole)
        self.template.blockSignals(False)

    def _select_template(self, name: str) -> None:
        self.template.setCurrentIndex(self.template.findData(name))

    # --- showing one person -----------------------------------------------------------------------------------

    def load(self, row: ComposerRow | None, others: list[ComposerRow]) -> None:
        """Show a person's note; the text box is only replaced when it differs, so the cursor stays put."""
        self.flush()
        if row is not None and (unsaved := self._unsaved.get((row.interview_id, row.contact_id))):
            row = dataclasses.replace(row, subject=unsaved[1], body=unsaved[2])  # not in the database yet: show it
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
                if not same or edit.text().strip() != value:
                    edit.setText(value)
                    edit.setCursorPosition(0)  # show the start of a long line, not its end
            if self.subject.text() != row.subject:
                self.subject.setText(row.subject)
                self.subject.setCursorPosition(0)
            if self.body.toPlainText() != row.body:
                self.body.setPlainText(row.body)
            self._select_template(row.template)
            self.body.highlighter.set_allowed(self._allowed(), self.workspace.settings.spelling_language)
            self._show_state()
            self.save_state.setText("")
        finally:
            self._loading = False
        self._seen = (self.subject.text(), self.body.toPlainText())
        self._show_field_hints()
        self.run_checks()

    def _allowed(self) -> list[str]:
        row = self.row
        assert row is not None
        return [row.full_name, row.first_name, row.company, row.title, row.role, self.workspace.settings.your_name,
                *(o.full_name for o in self.others), *notes_ops.known_names(self.workspace)]

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
        seen = (self.subject.text(), self.body.toPlainText())
        if seen == self._seen:
            return  # the underlines of the checks changed, not the text (Qt reports both as a change)
        self._seen = seen
        self._dirty = True
        self.save_state.setText("Saving…")
        self._save_timer.start()  # restarted by every edit
        if not self._max_wait_timer.isActive():
            self._max_wait_timer.start()  # not restarted: continuous typing still saves every 2 s
        self._check_timer.start()

    def _keep_unsaved(self) -> None:
        self._save_timer.stop()
        self._max_wait_timer.stop()
        if self._dirty and self.row is not None:
            row = self.row
            self._unsaved[(row.interview_id, row.contact_id)] = (row, self.subject.text(), self.body.toPlainText())
            self._dirty = False

    def flush(self) -> None:
        """Save unsaved edits now (pause timer, max-wait timer, switching person, hiding, quitting, retrying)."""
        self._keep_unsaved()
        self._retry_timer.stop()
        if self._refused and self._unsaved and not notes_ops.free_to_save(self.workspace):
            # Still locked: asking without waiting spares the window the busy timeout at every keystroke and switch.
            self.save_state.setText("NOT saved")
            self._retry_timer.start()
            return
        for key, (row, subject, body) in list(self._unsaved.items()):
            try:
                notes_ops.save_draft(self.workspace, row.interview_id, row.contact_id, subject, body)
            except DraftNotSavedError as error:
                self._show_not_saved(row, str(error))
                self._retry_timer.start()
                return  # the others wait for the same retry
            except NoteError as error:  # the note was sent or removed meanwhile: say so and keep the editor as is
                del self._unsaved[key]
                self._dirty = self.row is not None and key == (self.row.interview_id, self.row.contact_id)
                self.save_state.setText(f"Not saved: {error}")
                continue
            del self._unsaved[key]
            saved = dataclasses.replace(row, subject=subject, body=body, hand_edited=True)
            if self.row is not None and key == (self.row.interview_id, self.row.contact_id):
                self.row = saved
                self.save_state.setText("Saved")
            if self._refused:
                self._show_saved_again(saved)
            else:
                self.save_problem.hide()  # the last "saved now" has been read by the time the next save comes
            self.row_changed.emit(saved)
        self._refused = False

    def _show_not_saved(self, row: ComposerRow, reason: str) -> None:
        self._refused = True
        self.save_state.setText("NOT saved")
        set_banner(self.save_problem, "error")
        self.save_problem.setText(
            f"Your note to {row.full_name} is NOT saved. {reason}\nAfterview keeps the text as you typed it and tries "
            f"to save it again every {RETRY_MS // 1000} seconds; you can keep writing. Leave Afterview open until "
            "this says it is saved.")
        self.save_problem.show()

    def _show_saved_again(self, row: ComposerRow) -> None:
        set_banner(self.save_problem, "ok")
        self.save_problem.setText(f"Your note to {row.full_name} is saved now.")
        self.save_problem.show()

    @property
    def has_unsaved_edits(self) -> bool:
        return self._dirty or bool(self._unsaved)

    # --- checks -----------------------------------------------------------------------------------------------

    def run_checks(self) -> None:
        """All checks on the note as it is on screen (see notes.check_note)."""
        self._check_timer.stop()
        row = self.row
        if row is None:
            return
        on_screen = dataclasses.replace(row, subject=self.subject.text(), body=self.body.toPlainText(),
                                        memorable=self.memorable.text())
        checks = notes_ops.check_note(self.workspace, on_screen, self.others)
        if row.channel is NoteChannel.EMAIL and not row.is_sent and not row.is_scheduled:
            # "Within 24 hours, 48 at most, and not from the car park": is now a good moment to send it?
            timing = send_later.timing_findings(self.workspace, row)
            checks.append(Check("timing", not timing, timing[0].level if timing else "ok",
                                " ".join(f.message for f in timing) if timing else "Now is a good time to send it"))
        # Problems first, errors before warnings; what passed stays listed below them.
        checks.sort(key=lambda check: LEVEL_ORDER.get(check.level, 2))
        self.checks_model.set_checks(checks)
        self.body.highlighter.set_findings([(start, end, check.level) for check in checks if not check.ok
                                            and check.name != "spelling" for start, end in check.spans])

    # --- actions ----------------------------------------------------------------------------------------------

    def _apply_fields(self) -> None:
        """Save the memorable moment and the why-you-fit line; a draft nobody edited by hand follows them."""
        self._field_timer.stop()
        row = self.row
        if row is None or row.is_sent:
            return
        memorable, why_fit = self.memorable.text().strip(), self.why_fit.text().strip()
        if (memorable, why_fit) == (row.memorable, row.why_fit):
            return
        if memorable != row.memorable:
            notes_ops.save_memorable(self.workspace, row.interview_id, row.contact_id, memorable)
        if why_fit != row.why_fit:
            notes_ops.save_why_fit(self.workspace, row.opportunity_id, why_fit)
        self.flush()
        updated = notes_ops.refresh_draft(self.workspace, row.interview_id, row.contact_id)
        self.load(updated, self.others)
        self.row_changed.emit(updated)

    def _show_field_hints(self) -> None:
        """Under each field, what the note makes of it when that differs from what was typed."""
        row = self.row
        rewritten = {}
        if row is not None and row.template:
            try:
                rewritten = notes_ops.fill_template(self.workspace, row.interview_id, row.contact_id,
                                                    row.template).rewritten
            except (NoteError, templates.TemplateError):
                rewritten = {}
        for name, hint in (("memorable", self.memorable_hint), ("why_fit", self.why_fit_hint)):
            result = rewritten.get(name)
            shown = result is not None and result.changed
            hint.setText(f"In the note: “{result.text}”" if result is not None and shown else "")
            hint.setToolTip(plain_tooltip(", ".join(result.changes)) if result is not None and shown else "")
            hint.setVisible(shown)

    def _on_template_chosen(self, index: int) -> None:
        row = self.row
        name = self.template.itemData(index)
        if row is None or name == row.template:
            return
        self.flush()
        row = self.row  # flush() records an edit by hand
        assert row is not None
        if not row.hand_edited:  # the text is still the template's: nothing of the user's to lose
            self._apply_template(name)
            return
        box = QMessageBox(QMessageBox.Icon.Question, "Change template",
                          f"Replace your edited note to {row.full_name} with the “{self.template.itemText(index)}” "
                          "template? "
                          "Your changes to the text will be lost.",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText("Replace the text")
        box.buttonClicked.connect(lambda button: self._on_template_answer(box.standardButton(button), name))
        self.template_question = box
        box.open()

    def _on_template_answer(self, answer: QMessageBox.StandardButton, name: str) -> None:
        if answer == QMessageBox.StandardButton.Yes:
            self._apply_template(name)
        elif self.row is not None:
            self._select_template(self.row.template)

    def _apply_template(self, name: str) -> None:
        row = self.row
        assert row is not None
        try:
            updated = notes_ops.apply_template(self.workspace, row.interview_id, row.contact_id, name)
        except (NoteError, templates.TemplateError) as error:
            self._show_error(str(error))
            self._select_template(row.template)
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
