"""The call screen: whom to call and at what number, a short guide, a timer, and the log of what happened."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QElapsedTimer, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.agenda import AgendaItem, ItemKind
from desktop.core.domain import CallOutcome
from desktop.core.settings import CALL_GUIDE
from desktop.operations.calls import CallContext, CallError, call_context, log_attempt, move_on
from desktop.ui.colours import MUTED
from desktop.ui.combo_box import ComboBox
from desktop.ui.date_fields import DateField, DateTimeField
from desktop.ui.dates import short_date, short_date_time, written_as_the_window
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown, shown_error, shown_label, texts
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.pages.base import PageContext
from desktop.ui.plain import plain_message
from desktop.ui.screen_fit import scrolling_column
from desktop.ui.style import hex_colour, set_tone


def plain(text: str, object_name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text, objectName=object_name, wordWrap=wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class CallTimer(QWidget):
    """Start/stop and mm:ss, so the call stays short and its start time can be logged."""

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = clock
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.display = QLabel("00:00", objectName="callTimer")
        self.display.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.button = QPushButton(self.tr("Start timer"))
        row.addWidget(self.display)
        row.addWidget(self.button)
        row.addStretch(1)
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self._show)
        self.button.clicked.connect(self.toggle)
        self.started_at: datetime | None = None

    def toggle(self) -> None:
        if self._ticker.isActive():
            self.stop()
        else:
            self._clock.start()
            self._ticker.start()
            self.started_at = self._now()
            self.button.setText(self.tr("Stop timer"))
            self._show()

    def stop(self) -> None:
        if self._ticker.isActive():
            self._ticker.stop()
            self._show()
            self.button.setText(self.tr("Start timer"))

    def running(self) -> bool:
        return self._ticker.isActive()

    def seconds(self) -> int:
        return self._clock.elapsed() // 1000 if self._clock.isValid() else 0

    def _show(self) -> None:
        minutes, seconds = divmod(self.seconds(), 60)
        self.display.setText(f"{minutes:02d}:{seconds:02d}")


class CallDialog(QDialog):
    logged = Signal(int)  # the new attempt's id

    def __init__(self, context: PageContext, opportunity_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.opportunity_id = opportunity_id
        self.call = call_context(context.workspace, opportunity_id)
        self.setWindowTitle(self.tr("Follow-up call: {company}").format(company=self.call.company))
        self.setMinimumWidth(700)  # room for the longest translation of the next-date row
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        layout = scrolling_column(outer)
        layout.addWidget(plain(self.tr("Follow-up call"), "pageTitle"))
        layout.addWidget(plain(f"{self.call.company} · {self.call.role}", "pageSubtitle"))
        layout.addWidget(self._who(self.call))
        layout.addWidget(self._guide())
        self.timer = CallTimer(context.workspace.now)
        layout.addWidget(self.timer)
        layout.addLayout(self._form())
        self.error = plain("", "error")
        set_tone(self.error, "error")
        outer.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.log_button = make_primary(buttons.addButton(self.tr("Log the call"),
                                                         QDialogButtonBox.ButtonRole.AcceptRole))
        outer.addWidget(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.log_button.clicked.connect(self.submit)
        self.timer.button.clicked.connect(self._on_timer)
        # The time is filled in already: what the user has to say first is how the call went.
        dialog_ready(self, first=self.outcome, save=self.log_button)

    def _who(self, call: CallContext) -> QWidget:
        box = QFrame(objectName="callWho")
        column = QVBoxLayout(box)
        column.setContentsMargins(14, 10, 14, 10)
        name = call.contact_name or self.tr("No contact chosen for this process")
        self.name_label = plain(name + (f" · {call.contact_title}" if call.contact_title else ""))
        self.name_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        column.addWidget(self.name_label)
        if call.phones:
            muted = hex_colour(MUTED)
            links = " &nbsp; ".join(f'<a href="{html.escape(p.uri)}">{html.escape(p.display)}</a>'
                                    f' <span style="color:{muted}">{html.escape(p.label)}</span>' for p in call.phones)
            self.phone_label = QLabel(links)
            self.phone_label.setTextFormat(Qt.TextFormat.RichText)
            self.phone_label.setOpenExternalLinks(True)
            self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            self.phone_label.setStyleSheet("font-size: 12pt;")
        else:
            self.phone_label = plain(
                self.tr("No phone number on the card of {name}. Call the company's switchboard and ask for them; you "
                        "can still log the call below.").format(name=call.contact_name) if call.contact_name else
                self.tr("No phone number on the card of this contact. Call the company's switchboard and ask for "
                        "them; you can still log the call below."))
            set_tone(self.phone_label, "warning_strong")
        column.addWidget(self.phone_label)
        said = []
        if call.next_steps:
            said.append(self.tr("They said: “{steps}”").format(steps=call.next_steps))
        if call.promised:
            said.append(self.tr("decision promised by {day}").format(day=short_date(call.promised)))
        if call.attempts:
            last = call.attempts[-1]
            when = last.called_at.astimezone(self.context.workspace.zone)
            said.append(self.tr("%n call(s) so far, the last on {when}: {outcome}", "", len(call.attempts)).format(
                when=short_date_time(when), outcome=shown(last.outcome.label)))
        if said:
            column.addWidget(plain("; ".join(said) + "."))
        return box

    def _guide(self) -> QWidget:
        guide = self.context.workspace.settings.call_guide
        # The built-in points in the window's language; points the user wrote stay as they wrote them.
        guide = shown_label(CALL_GUIDE) if guide == CALL_GUIDE else guide
        points = [line.strip() for line in guide.splitlines() if line.strip()]
        self.guide = plain("\n".join(f"•  {p}" for p in points))
        self.guide.setStyleSheet("padding: 6px 2px;")
        set_tone(self.guide, "soft")
        return self.guide

    def _form(self) -> QFormLayout:
        zone = self.context.workspace.zone
        now = self.context.workspace.now().astimezone(zone)
        form = QFormLayout()
        self.called_at = DateTimeField(QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute)))
        written_as_the_window(self.called_at)
        self.called_at.setCalendarPopup(True)
        self.outcome = ComboBox()
        for outcome in CallOutcome:
            self.outcome.addItem(shown(outcome.label), outcome)
        self.notes = QPlainTextEdit(placeholderText=self.tr("What was said"))
        self.feedback = QPlainTextEdit(placeholderText=self.tr("Any feedback they gave (kept on the opportunity)"))
        for box in (self.notes, self.feedback):
            box.setFixedHeight(64)
        self.has_next = QCheckBox(self.tr("They gave a date to hear back or call again"))
        self.next_date = DateField(QDate(now.year, now.month, now.day).addDays(7))
        self.next_date.setCalendarPopup(True)
        written_as_the_window(self.next_date)
        self.next_date.setEnabled(False)
        self.has_next.toggled.connect(self.next_date.setEnabled)
        self.outcome.currentIndexChanged.connect(self._on_outcome)
        next_row = QHBoxLayout()
        next_row.addWidget(self.has_next)
        next_row.addWidget(self.next_date)
        next_row.addStretch(1)
        form.addRow(self.tr("Called at"), self.called_at)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Feedback"), self.feedback)
        form.addRow(self.tr("Next date"), next_row)
        return form

    def _on_outcome(self) -> None:
        if self.chosen_outcome() is CallOutcome.STILL_DECIDING:
            self.has_next.setChecked(True)  # "still deciding" is worth nothing without their date

    def _on_timer(self) -> None:
        if self.timer.running() and self.timer.started_at is not None:
            start = self.timer.started_at.astimezone(self.context.workspace.zone)
            self.called_at.setDateTime(QDateTime(QDate(start.year, start.month, start.day),
                                                 QTime(start.hour, start.minute)))

    def chosen_outcome(self) -> CallOutcome:
        return CallOutcome(self.outcome.currentData())  # Qt hands the enum back as its string value

    def chosen_time(self) -> datetime:
        """The 'called at' field read as a wall clock in the candidate's zone."""
        value = self.called_at.dateTime()
        day, clock = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
                        tzinfo=self.context.workspace.zone)

    def submit(self) -> None:
        """Log the attempt; a refusal is shown and everything typed stays in place."""
        next_date = self.next_date.date().toPython() if self.has_next.isChecked() else None
        try:
            attempt = self.context.do(log_attempt, self.opportunity_id, self.chosen_time(), self.chosen_outcome(),
                                      self.notes.toPlainText(), self.feedback.toPlainText(), next_date).id
        except CallError as error:
            self.error.setText(shown_error(error))
            return
        self.timer.stop()
        self.logged.emit(attempt)
        self.accept()

    def done(self, result: int) -> None:
        self.timer.stop()  # no timer outlives the screen
        super().done(result)


def open_for_item(context: PageContext, item: AgendaItem, parent: QWidget) -> None:
    """Today's action for a call (the call screen) or a move-on proposal (a yes/no question), opened; it is
    deleted once closed."""
    if item.kind is ItemKind.CALL:
        dialog: QDialog = CallDialog(context, item.opportunity_id, parent)
    else:
        dialog = _move_on_question(context, item, parent)
    open_once(dialog)


def _move_on_question(context: PageContext, item: AgendaItem, parent: QWidget) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, texts.tr("Move on?"),
                      texts.tr("{title}\n{detail}.\n\nClose it as “no response”? Its history is kept, and you can "
                               "still log a call if they get back to you.").format(
                                   title=item.title, detail=item.detail),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(texts.tr("Move on"))
    box.button(QMessageBox.StandardButton.No).setText(texts.tr("Not yet"))

    def on_answer(answer: int) -> None:
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            context.do(move_on, item.opportunity_id)
        except CallError as error:  # closed meanwhile, from another screen: said in a box of its own (this one closed)
            told = plain_message(QMessageBox.Icon.Warning, texts.tr("Move on?"), shown_error(error), parent)
            open_once(told)

    box.finished.connect(on_answer)
    return box
