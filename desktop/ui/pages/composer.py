"""The composer for one person: what you remember of them, the template, the draft and its checks. This view lays
them out and says what the user did; composer_controller.py autosaves, checks and writes through the operations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
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
from desktop.ui.combo_box import ComboBox
from desktop.ui.dates import long_date_time, relative_date_time, short_date, time_of_day
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown
from desktop.ui.models.notes_models import ChecksModel
from desktop.ui.pages.note_editor import NoteEditor
from desktop.ui.plain import plain_tooltip
from desktop.ui.screen_fit import FlowRow
from desktop.ui.style import set_banner

if TYPE_CHECKING:
    from desktop.core.note_fields import Rewritten
    from desktop.operations.notes import ComposerRow

LEVEL_ORDER = {"error": 0, "warning": 1, "ok": 2}


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
    """One person's note; times are shown in `here`, the user's zone. Disabled while nobody is shown."""

    edited = Signal()  # the subject or the text typed in
    fields_edited = Signal()  # the memorable moment or the why-you-fit line typed in
    fields_finished = Signal()  # one of them left, or Return pressed in it
    template_chosen = Signal(str)  # the name of the template picked
    ready_toggled = Signal(bool)
    handwriting_clicked = Signal()
    copy_clicked = Signal()
    mail_program_clicked = Signal()
    send_clicked = Signal()
    schedule_chosen = Signal(object)  # when to send it, or None to pick a date and time
    unschedule_clicked = Signal()
    later_menu_opening = Signal()  # the Send later menu is about to show: `offer_times` fills it

    def __init__(self, here: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.here = here
        self._showing = False  # the view itself is putting a note in the fields: no edit to report
        self._build()
        self.body.textChanged.connect(self._on_edited)
        self.subject.textEdited.connect(self._on_edited)
        for field_edit in (self.memorable, self.why_fit):
            field_edit.textEdited.connect(self.fields_edited)
            field_edit.editingFinished.connect(self.fields_finished)
        self.template.activated.connect(lambda index: self.template_chosen.emit(self.template.itemData(index)))
        self.ready_button.toggled.connect(self.ready_toggled)
        self.handwriting_button.clicked.connect(self.handwriting_clicked)
        self.copy_button.clicked.connect(self.copy_clicked)
        self.mail_button.clicked.connect(self.mail_program_clicked)
        self.send_button.clicked.connect(self.send_clicked)
        self.unschedule_button.clicked.connect(self.unschedule_clicked)
        self.later_menu.aboutToShow.connect(self.later_menu_opening)
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
        self.ready_button = QPushButton(self.tr("Ready to send"), checkable=True)
        self.ready_button.setToolTip(self.tr("Mark the draft as finished; it stays editable until it is sent"))
        self.handwriting_button = QPushButton(self.tr("Mark for handwriting"))
        self.handwriting_button.setToolTip(self.tr("Write this note by hand; it goes on the printed checklist"))
        top.addWidget(FlowRow(self.ready_button, self.handwriting_button, right=True), 0, Qt.AlignmentFlag.AlignTop)
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
        self.memorable = QLineEdit(placeholderText=self.tr(
            "e.g. She described how her team cut forecast errors by a third — or just the topic: your point about "
            "the step-three drop-off"))
        self.memorable.setToolTip(plain_tooltip(self.tr(
            "One thing you talked about with this person, as a sentence or as a topic. The note uses it as a "
            "sentence of its own and speaks to them as “you”; what it will say is shown below the field.")))
        self.why_fit = QLineEdit(placeholderText=self.tr("e.g. I have led two analytics teams through a migration — "
                                                         "or: five years of research with clinicians"))
        self.why_fit.setToolTip(plain_tooltip(self.tr("Why you fit the role, in one line; shared by every note for "
                                                      "this opportunity.")))
        self.memorable_hint = _plain_label("", "fieldHint")
        self.why_fit_hint = _plain_label("", "fieldHint")
        for hint in (self.memorable_hint, self.why_fit_hint):
            hint.setWordWrap(True)
            hint.hide()
        self.template = ComboBox()
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.subject = QLineEdit(accessibleName=self.tr("Subject"))
        form.addRow(self.tr("What stood out"), self.memorable)
        form.addRow("", self.memorable_hint)
        form.addRow(self.tr("Why you fit"), self.why_fit)
        form.addRow("", self.why_fit_hint)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Subject"), self.subject)  # a row of its own: beside the template a subject was cut short
        layout.addLayout(form)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        self.body = NoteEditor()
        self.body.setObjectName("noteBody")
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setTabChangesFocus(True)
        split.addWidget(self.body)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(_plain_label(self.tr("Checks"), "sectionLabel"))
        self.checks_model = ChecksModel(self)
        self.checks = QListView(objectName="checks", accessibleName=self.tr("Checks"))
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

        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the note to the clipboard, then confirm it went out"))
        self.mail_button = QPushButton(self.tr("Open in mail program"))
        self.send_button = QPushButton(self.tr("Send now"), objectName="primary")
        self.send_button.setToolTip(self.tr("Send from Afterview through the mail server in Settings → Mail"))
        actions = FlowRow(self.copy_button, self.mail_button, self.send_button, right=True)
        layout.addWidget(actions)
        self._build_send_later(actions)

    def _build_send_later(self, actions: FlowRow) -> None:
        """"Send later…" beside Send now and, while the note is scheduled, when it goes out and Cancel schedule."""
        self.schedule_state = _plain_label("", "scheduleState")
        self.schedule_state.setWordWrap(True)
        self.unschedule_button = QPushButton(self.tr("Cancel schedule"))
        self.unschedule_button.setToolTip(self.tr("Keep the note as it is, as a draft you can edit again, and do not "
                                                  "send it"))
        self.unschedule_button.hide()
        self.later_button = QPushButton(self.tr("Send later…"))
        self.later_button.setToolTip(self.tr("Afterview sends it at the time you choose, while it runs (the tray is "
                                             "enough)"))
        self.later_menu = QMenu(self.later_button)
        self.later_button.setMenu(self.later_menu)
        state_row = QHBoxLayout()  # above the buttons, full width: beside them the sentence was squeezed
        state_row.addWidget(self.schedule_state, 1)
        state_row.addWidget(self.unschedule_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.count() - 1, state_row)
        actions.insert(2, self.later_button)  # before Send now

    def _on_edited(self, *_: object) -> None:
        if not self._showing:
            self.edited.emit()

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

    def select_template(self, name: str) -> None:
        self.template.setCurrentIndex(self.template.findData(name))

    def template_title(self, name: str) -> str:
        return self.template.itemText(self.template.findData(name))

    def texts(self) -> tuple[str, str]:
        """The subject and the text as on screen."""
        return self.subject.text(), self.body.toPlainText()

    def fields(self) -> tuple[str, str]:
        """The memorable moment and the why-you-fit line as typed, trimmed."""
        return self.memorable.text().strip(), self.why_fit.text().strip()

    # --- showing one person -----------------------------------------------------------------------------------

    def show_nobody(self) -> None:
        self.setEnabled(False)
        self._showing = True
        try:
            for widget in (self.name, self.card, self.save_state, self.handwriting_state, self.schedule_state):
                widget.clear()
            self.body.setPlainText("")
            self.subject.clear()
            self.checks_model.set_checks([])
        finally:
            self._showing = False

    def show_row(self, row: ComposerRow, same: bool, allowed: list[str], spelling_language: str,
                 now: datetime) -> None:
        """Show a person's note; the text box is only replaced when it differs, so the cursor stays put. With
        `same` (the person already shown), fields whose trimmed text is the stored one are left as typed."""
        self.setEnabled(True)
        self._showing = True
        try:
            self.name.setText(row.full_name)
            self.card.setText(" · ".join(p for p in (row.title, row.company,
                                                     row.email or self.tr("no email on the card")) if p))
            for edit, value in ((self.memorable, row.memorable), (self.why_fit, row.why_fit)):
                if not same or edit.text().strip() != value:
                    edit.setText(value)
                    edit.setCursorPosition(0)  # show the start of a long line, not its end
            if self.subject.text() != row.subject:
                self.subject.setText(row.subject)
                self.subject.setCursorPosition(0)
            if self.body.toPlainText() != row.body:
                self.body.setPlainText(row.body)
            self.select_template(row.template)
            self.body.highlighter.set_allowed(allowed, spelling_language)
            self.show_state(row, now)
            self.save_state.setText("")
        finally:
            self._showing = False

    def show_state(self, row: ComposerRow, now: datetime) -> None:
        """What can be done with the note as it stands: sent, handwritten, scheduled or a draft."""
        sent, handwritten = row.is_sent, row.channel is NoteChannel.HANDWRITTEN
        for widget in (self.subject, self.template, self.memorable, self.why_fit):
            widget.setEnabled(not sent)
        self.body.setReadOnly(sent)
        self.ready_button.blockSignals(True)
        self.ready_button.setChecked(row.state is NoteState.READY)
        self.ready_button.blockSignals(False)
        self.ready_button.setEnabled(not sent)
        self.handwriting_button.setEnabled(not sent)
        self.handwriting_button.setText(self.tr("Send by email instead") if handwritten else
                                        self.tr("Mark for handwriting"))
        self.mail_button.setEnabled(not sent and not handwritten)
        self.send_button.setEnabled(not sent and not handwritten)
        self.copy_button.setEnabled(not sent)
        if sent and row.sent_at:
            when = row.sent_at.astimezone(self.here)
            self.handwriting_state.setText(self.tr("Sent {when}.").format(when=long_date_time(when)))
        elif handwritten:
            steps = {"written": self.tr("written"), "addressed": self.tr("addressed"), "stamped": self.tr("stamped"),
                     "posted": self.tr("posted")}
            ticks = [label for name, label in steps.items() if getattr(row, name)]
            done = ", ".join(ticks) if ticks else self.tr("nothing ticked yet")
            self.handwriting_state.setText(self.tr("Handwritten card — on the printed checklist ({done}). It counts "
                                                   "as sent once it is ticked as posted.").format(done=done))
        else:
            self.handwriting_state.setText("")
        self._show_schedule(row, now)

    def _show_schedule(self, row: ComposerRow, now: datetime) -> None:
        """A scheduled note is locked, so what goes out is what was scheduled; the row says when, or why it failed."""
        scheduled = row.is_scheduled
        self.unschedule_button.setVisible(scheduled)
        self.later_button.setEnabled(not row.is_sent and row.channel is NoteChannel.EMAIL)
        self.later_button.setText(self.tr("Change time…") if scheduled else self.tr("Send later…"))
        if not scheduled or row.scheduled_at is None:
            self.schedule_state.setText("")
            return
        for widget in (self.subject, self.template, self.memorable, self.why_fit, self.ready_button,
                       self.handwriting_button):
            widget.setEnabled(False)
        self.body.setReadOnly(True)
        when, here_now = row.scheduled_at.astimezone(self.here), now.astimezone(self.here)
        if row.send_error:
            reason = " ".join(row.send_error.split())  # the reason and its advice, without their blank line
            self.schedule_state.setText(self.tr(
                "Not sent at {time} on {day}: {reason}\nSend it now, pick a new time, or cancel the schedule to "
                "edit it.").format(time=time_of_day(when), day=short_date(when), reason=reason))
        elif row.scheduled_at < now:
            self.schedule_state.setText(self.tr(
                "Was to go out {when}, while the computer was off or asleep, and has not been sent. Send it now, "
                "pick a new time, or cancel the schedule to edit it.").format(when=relative_date_time(when, here_now)))
        else:
            self.schedule_state.setText(self.tr("Goes out {when} to {email}. Locked until then: cancel the schedule "
                                                "to edit it.").format(when=relative_date_time(when, here_now),
                                                                      email=row.email))

    def offer_times(self, choices: list[tuple[str, datetime]]) -> None:
        """The Send later menu: these times (label, when), then Pick a date and time…"""
        self.later_menu.clear()
        for label, at in choices:
            self.later_menu.addAction(label).triggered.connect(lambda _=False, at=at: self.schedule_chosen.emit(at))
        self.later_menu.addSeparator()
        self.later_menu.addAction(self.tr("Pick a date and time…")).triggered.connect(
            lambda: self.schedule_chosen.emit(None))

    # --- saving -----------------------------------------------------------------------------------------------

    def show_saving(self) -> None:
        self.save_state.setText(self.tr("Saving…"))

    def show_saved(self) -> None:
        self.save_state.setText(self.tr("Saved"))

    def show_not_saved(self) -> None:
        self.save_state.setText(self.tr("NOT saved"))

    def show_save_failed(self, reason: str) -> None:
        """A draft that can no longer be saved (sent or removed meanwhile): the editor is left as it is."""
        self.save_state.setText(self.tr("Not saved: {reason}").format(reason=reason))

    def show_refused(self, name: str, reason: str, retry_seconds: int) -> None:
        """The database refused the draft: say so plainly, and that it is kept and tried again."""
        set_banner(self.save_problem, "error")
        self.save_problem.setText(self.tr(
            "Your note to {name} is NOT saved. {reason}\nAfterview keeps the text as you typed it and tries to save "
            "it again every {seconds} seconds; you can keep writing. Leave Afterview open until this says it is "
            "saved.").format(name=name, reason=reason, seconds=retry_seconds))
        self.save_problem.show()

    def show_saved_again(self, name: str) -> None:
        set_banner(self.save_problem, "ok")
        self.save_problem.setText(self.tr("Your note to {name} is saved now.").format(name=name))
        self.save_problem.show()

    def hide_save_problem(self) -> None:
        self.save_problem.hide()

    # --- checks -----------------------------------------------------------------------------------------------

    def show_checks(self, checks: list[Check]) -> None:
        """Problems first, errors before warnings; what passed stays listed below them. Problems in the text are
        underlined (spelling has its own underline)."""
        checks = sorted(checks, key=lambda check: LEVEL_ORDER.get(check.level, 2))
        self.checks_model.set_checks(checks)
        self.body.highlighter.set_findings([(start, end, check.level) for check in checks if not check.ok
                                            and check.name != "spelling" for start, end in check.spans])

    def show_field_hints(self, rewritten: dict[str, Rewritten]) -> None:
        """Under each field, what the note makes of it when that differs from what was typed."""
        for name, hint in (("memorable", self.memorable_hint), ("why_fit", self.why_fit_hint)):
            result = rewritten.get(name)
            changed = result is not None and result.changed
            hint.setText(self.tr("In the note: “{text}”").format(text=result.text)
                         if result is not None and changed else "")
            hint.setToolTip(plain_tooltip(", ".join(shown(change) for change in result.changes))
                            if result is not None and changed else "")
            hint.setVisible(changed)

    # --- questions --------------------------------------------------------------------------------------------

    def ask_replace_text(self, name: str, template_title: str, answer: Callable[[bool], None]) -> None:
        """The text was edited by hand: `answer(True)` to replace it with the template's, else False."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Change template"),
                          self.tr("Replace your edited note to {name} with the “{template}” template? Your changes to "
                                  "the text will be lost.").format(name=name, template=template_title),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Replace the text"))
        box.buttonClicked.connect(
            lambda button: answer(box.standardButton(button) == QMessageBox.StandardButton.Yes))
        open_once(box)

    def show_error(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Thank-you note"), text, QMessageBox.StandardButton.Ok,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        open_once(box)
