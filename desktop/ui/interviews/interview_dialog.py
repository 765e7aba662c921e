"""The interview editor: when and where, who owns the process, the next steps heard, and what follows from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtCore import QDate, QDateTime, QSignalBlocker, Qt, QTime, QTimer, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import deadlines
from desktop.core.domain import InterviewKind
from desktop.core.phrases import parse_next_steps
from desktop.core.timeline import day_text
from desktop.operations import opportunities as opps
from desktop.ui.cards.people_met import PeopleMetWidget
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.pages.base import PageContext
from desktop.ui.plain import plain_tooltip
from desktop.ui.style import set_banner, set_tone

UTC_ZONE = QTimeZone(QTimeZone.Initialization.UTC)
ZONE_NAMES = sorted(available_timezones())
PHRASE_DELAY_MS = 700  # the next steps are read once typing pauses, not at every key
_LONGEST = time(23, 59)  # the longest length the duration field shows; a longer interview keeps its end


@dataclass(frozen=True)
class _Applied:
    """A decision date the next-steps phrase set, and what the field held before it, for Undo."""

    day: date
    was_checked: bool
    was_day: date


def _short_day(day: date, near: date) -> str:
    """'Fri 11 Dec', with the year when it is not that of `near`."""
    return f"{day:%a} {day.day} {day:%b}" + (f" {day.year}" if day.year != near.year else "")


def _place(zone: ZoneInfo) -> str:
    """'New York' for America/New_York."""
    return zone.key.rsplit("/", 1)[-1].replace("_", " ")


def _wall_clock(edit: QDateTimeEdit) -> datetime:
    """The naive wall-clock time an edit shows (the edits hold UTC so that no local DST rule touches them)."""
    return edit.dateTime().toPython()


def _set_wall_clock(edit: QDateTimeEdit, value: datetime) -> None:
    edit.setDateTime(QDateTime(QDate(value.year, value.month, value.day),
                               QTime(value.hour, value.minute), UTC_ZONE))


class InterviewDialog(QDialog):
    saved = Signal(int)  # the interview's id, after it was written

    def __init__(self, context: PageContext, opportunity_id: int, interview_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.workspace = context.workspace
        self.opportunity_id = opportunity_id
        self.interview_id = interview_id
        self._understood: date | None = None  # the date the next-steps phrase names
        self._applied: _Applied | None = None  # the phrase's date, while it is the one in the field
        self._declined: date | None = None  # a phrase date the user undid: not set again until the phrase changes
        self._hand_set = False  # the user chose the decision date: the phrase never overwrites it
        self._setting = False  # the dialog itself is changing the decision fields
        self._phrase = self._explanation = ""  # the words the date was read from, and the whole reading
        self._phrase_timer = QTimer(self, singleShot=True, interval=PHRASE_DELAY_MS)
        self.setWindowTitle("Edit interview" if interview_id else "New interview")
        self.setMinimumWidth(760)
        existing = opps.get_interview(self.workspace, interview_id) if interview_id else None
        self._build()
        self._fill(existing)
        self._start = _wall_clock(self.start_edit)  # where the start was, so that a move carries the end along
        self._connect()
        self._on_times_changed()
        dialog_ready(self, first=self.start_edit,
                       save=make_primary(self.buttons.button(QDialogButtonBox.StandardButton.Save)))

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # Shown for an invitation that did not say which zone its times are in: saving with a zone answers it.
        self.zone_question = QLabel(objectName="question", wordWrap=True, visible=False)
        set_banner(self.zone_question, "warning")
        layout.addWidget(self.zone_question)
        form = QFormLayout()
        layout.addLayout(form)
        self.zone_combo = QComboBox(editable=True)
        self.zone_combo.addItems(ZONE_NAMES)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(ZONE_NAMES, self.zone_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.zone_combo.setCompleter(completer)
        self.start_edit, self.end_edit = QDateTimeEdit(), QDateTimeEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setTimeZone(UTC_ZONE)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.duration_edit = QTimeEdit(displayFormat="H 'h' mm 'min'")
        self.duration_edit.setTimeRange(QTime(0, 0), QTime(_LONGEST.hour, _LONGEST.minute))
        self.duration_edit.setSpecialValueText("—")  # shown while the end is not after the start
        self.duration_edit.setToolTip("How long the interview lasts; moving the start keeps it")
        ends = QHBoxLayout()
        ends.addWidget(self.end_edit, 1)
        ends.addWidget(QLabel("Lasts"))
        ends.addWidget(self.duration_edit)
        form.addRow("Starts", self.start_edit)
        form.addRow("Ends", ends)
        form.addRow("Time zone", self.zone_combo)
        self.here_label = QLabel(objectName="hint")
        form.addRow("", self.here_label)
        self.form = form
        self.kind_combo = QComboBox()
        for kind in InterviewKind:
            self.kind_combo.addItem(kind.label, kind)
        form.addRow("Kind", self.kind_combo)
        self.location_edit = QLineEdit(placeholderText="Address, building, floor")
        self.video_edit = QLineEdit(placeholderText="https://…")
        form.addRow("Place", self.location_edit)
        form.addRow("Video link", self.video_edit)
        self.owner_combo = QComboBox()
        self._reload_owners()
        form.addRow("Process owner", self.owner_combo)

        steps = QGroupBox("Next steps")
        steps_layout = QFormLayout(steps)
        self.steps_edit = QPlainTextEdit(placeholderText="What they said, e.g. “we'll be in touch within two weeks”")
        self.steps_edit.setFixedHeight(56)
        steps_layout.addRow("They said", self.steps_edit)
        self.understood_row = understood = QHBoxLayout()
        self.understood_label = QLabel(wordWrap=True)
        self.understood_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setToolTip("Put back the decision date as it was before this phrase set it")
        self.undo_button.hide()
        self.use_date_button = QPushButton("Use this date")
        understood.addWidget(self.understood_label)
        understood.addWidget(self.undo_button)  # right after the sentence it undoes
        understood.addWidget(self.use_date_button)
        understood.addStretch(1)
        steps_layout.addRow("", understood)
        decision = QHBoxLayout()
        self.decision_check = QCheckBox("A decision is expected by")
        self.decision_edit = QDateEdit(calendarPopup=True, displayFormat="ddd d MMM yyyy")
        decision.addWidget(self.decision_check)
        decision.addWidget(self.decision_edit)
        decision.addStretch(1)
        steps_layout.addRow("", decision)
        layout.addWidget(steps)

        follows = QGroupBox("What follows (from your settings)")
        follows_layout = QFormLayout(follows)
        self.note_due_label, self.call_label, self.move_on_label = QLabel(), QLabel(), QLabel()
        follows_layout.addRow("Thank-you notes due", self.note_due_label)
        follows_layout.addRow("Follow-up call", self.call_label)
        follows_layout.addRow("Move on if still silent", self.move_on_label)
        layout.addWidget(follows)

        # The people met are written as they are added, so they need the interview to exist first.
        # No group box: the people-met widget brings its own "People met" heading.
        self.people_box = QWidget()
        people_layout = QVBoxLayout(self.people_box)
        people_layout.setContentsMargins(0, 6, 0, 0)
        self.people_hint_row = QWidget()
        hint_row = QHBoxLayout(self.people_hint_row)
        hint_row.setContentsMargins(0, 0, 0, 0)
        self.people_hint = QLabel("<b>People met</b><br>Save the interview first; then add the people you met "
                                  "and what was memorable with each.", wordWrap=True, objectName="hint")
        self.people_hint.setTextFormat(Qt.TextFormat.RichText)  # a fixed sentence, nothing the user typed
        self.save_and_add_button = QPushButton("Save and add people…")
        hint_row.addWidget(self.people_hint, 1)
        hint_row.addWidget(self.save_and_add_button)
        people_layout.addWidget(self.people_hint_row)
        self.people = PeopleMetWidget(self.context)
        self.people.setMinimumHeight(190)
        people_layout.addWidget(self.people)
        layout.addWidget(self.people_box, 1)

        self.error_label = QLabel(objectName="error", wordWrap=True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.error_label, "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)

    def _fill(self, existing: opps.InterviewRow | None) -> None:
        ws_zone = self.workspace.zone
        if existing is None:
            tomorrow = self.workspace.now().astimezone(ws_zone).date() + timedelta(days=1)
            start = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 10, 0)
            self.decision_edit.setDate(tomorrow + timedelta(days=14))
            self._show_people()
            self._show_times(ws_zone.key, start, start + timedelta(hours=1))
            return
        zone = ZoneInfo(existing.time_zone)
        start = existing.starts_at.astimezone(zone).replace(tzinfo=None)
        end = (existing.ends_at or existing.starts_at + timedelta(hours=1)).astimezone(zone).replace(tzinfo=None)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(existing.kind))
        self.location_edit.setText(existing.location)
        self.video_edit.setText(existing.video_link)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(existing.process_owner_id)))
        self.steps_edit.setPlainText(existing.next_steps)
        self.decision_check.setChecked(existing.decision_date is not None)
        self.decision_edit.setDate(existing.decision_date or start.date() + timedelta(days=14))
        self._show_people()
        self._show_times(existing.time_zone, start, end)
        # A stored date the stored phrase does not give was chosen by hand; one it gives still follows it.
        said = parse_next_steps(existing.next_steps, end.date()).decision_date if existing.next_steps else None
        self._hand_set = existing.decision_date is not None and existing.decision_date != said
        if existing.zone_guessed:
            self.zone_question.setText(
                f"The invitation did not say which time zone {start:%H:%M} is in, so Afterview assumed "
                f"{existing.time_zone}. Which zone is it? Choose it below and save; the time stays {start:%H:%M}.")
            # A wrapped label's height is not in the dialog's size hint: give it the lines it takes at our width.
            margins = self.layout().contentsMargins()
            width = self.minimumWidth() - margins.left() - margins.right()
            self.zone_question.setMinimumHeight(self.zone_question.heightForWidth(width))
            self.zone_question.setVisible(True)
            self.setMinimumHeight(self.minimumSizeHint().height() + self.zone_question.minimumHeight())

    def _show_people(self) -> None:
        """The people-met list once the interview exists; before that, the hint and the button that saves it."""
        exists = self.interview_id is not None
        self.people_hint_row.setVisible(not exists)
        self.people.setVisible(exists)
        self.people.set_interview(self.interview_id)

    def _reload_owners(self) -> None:
        """Offer the people just added as process owner, keeping the current choice."""
        chosen = self.owner_combo.currentData()
        self.owner_combo.clear()
        self.owner_combo.addItem("Nobody named", None)
        for person in opps.contact_choices(self.workspace, self.opportunity_id):
            self.owner_combo.addItem(f"{person.name} — {person.title}" if person.title else person.name,
                                     person.contact_id)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(chosen)))

    def _show_times(self, zone_name: str, start: datetime, end: datetime) -> None:
        index = self.zone_combo.findText(zone_name)
        if index >= 0:
            self.zone_combo.setCurrentIndex(index)
        else:
            self.zone_combo.setEditText(zone_name)
        _set_wall_clock(self.start_edit, start)
        _set_wall_clock(self.end_edit, end)
        self._show_duration()

    def _connect(self) -> None:
        self.start_edit.dateTimeChanged.connect(self._on_start_changed)
        self.end_edit.dateTimeChanged.connect(self._on_end_changed)
        self.duration_edit.timeChanged.connect(self._on_duration_changed)
        self.zone_combo.currentTextChanged.connect(self._on_times_changed)
        self.decision_check.toggled.connect(self._on_decision_changed)
        self.decision_edit.dateChanged.connect(self._on_decision_changed)
        self.steps_edit.textChanged.connect(self._phrase_timer.start)
        self._phrase_timer.timeout.connect(self._read_phrase)
        self.use_date_button.clicked.connect(self._on_use_date)
        self.undo_button.clicked.connect(self._on_undo)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_and_add_button.clicked.connect(self.save_and_add_people)
        self.people.saved.connect(self._reload_owners)

    def zone(self) -> ZoneInfo | None:
        name = self.zone_combo.currentText().strip()
        try:
            return ZoneInfo(name) if name in ZONE_NAMES else None
        except (ZoneInfoNotFoundError, ValueError):
            return None

    def times(self) -> tuple[datetime, datetime] | None:
        """Start and end as aware datetimes in the chosen zone; None while the zone is not a valid name."""
        zone = self.zone()
        if zone is None:
            return None
        start, end = _wall_clock(self.start_edit), _wall_clock(self.end_edit)
        return (deadlines.at_local(start.date(), start.time(), zone),
                deadlines.at_local(end.date(), end.time(), zone))

    def decision_date(self) -> date | None:
        return self.decision_edit.date().toPython() if self.decision_check.isChecked() else None

    def _on_start_changed(self) -> None:
        """Moving the start (its day or its time) moves the end with it, as calendar apps do: the length stays."""
        start = _wall_clock(self.start_edit)
        moved, self._start = start - self._start, start
        with QSignalBlocker(self.end_edit):
            _set_wall_clock(self.end_edit, _wall_clock(self.end_edit) + moved)
        self._on_times_changed()

    def _on_end_changed(self) -> None:
        self._show_duration()
        self._on_times_changed()

    def _on_duration_changed(self, length: QTime) -> None:
        with QSignalBlocker(self.end_edit):
            _set_wall_clock(self.end_edit, self._start + timedelta(hours=length.hour(), minutes=length.minute()))
        self._on_times_changed()

    def _show_duration(self) -> None:
        length = _wall_clock(self.end_edit) - _wall_clock(self.start_edit)
        minutes = max(0, min(int(length.total_seconds()) // 60, _LONGEST.hour * 60 + _LONGEST.minute))
        with QSignalBlocker(self.duration_edit):
            self.duration_edit.setTime(QTime(minutes // 60, minutes % 60))

    def _on_decision_changed(self) -> None:
        if not self._setting:  # the user's own choice from now on
            self._hand_set, self._applied = True, None
            self._show_reading()
        self._show_deadlines()

    def _on_times_changed(self) -> None:
        self._show_deadlines()
        self._read_phrase()  # the phrase counts from the day the interview ends

    def _show_deadlines(self) -> None:
        self.decision_edit.setEnabled(self.decision_check.isChecked())
        times, zone, here = self.times(), self.zone(), self.workspace.zone
        if times is None or zone is None:
            self.here_label.setText("Choose a time zone from the list, e.g. Europe/Berlin.")
            self.form.setRowVisible(self.here_label, True)
            for label in (self.note_due_label, self.call_label, self.move_on_label):
                label.setText("—")
            return
        start, end = times
        if zone.key != here.key:
            self.here_label.setText(f"{start:%H:%M} in {_place(zone)} = {start.astimezone(here):%H:%M} here "
                                    f"({_place(here)}), {day_text(start.astimezone(here).date())}")
        else:
            self.here_label.setText("")
        self.form.setRowVisible(self.here_label, bool(self.here_label.text()))
        found = deadlines.derive(start, end, self.decision_date(), self.workspace.settings, here)
        for label, moment in ((self.note_due_label, found.note_due), (self.call_label, found.follow_up_due),
                              (self.move_on_label, found.move_on_due)):
            local = moment.astimezone(here) if moment else None
            label.setText(f"{day_text(local.date())}, {local:%H:%M}" if local else "—")

    def _read_phrase(self) -> None:
        """Read the next steps; a date they give goes into the decision field unless the user chose one."""
        self._phrase_timer.stop()
        text, times = self.steps_edit.toPlainText().strip(), self.times()
        if times is None:  # no day to count from while the zone is being typed: leave the date as it is
            self._show_reading()
            return
        result = parse_next_steps(text, times[1].date()) if text else None
        self._understood = result.decision_date if result else None
        self._phrase = result.phrase if result else ""
        self._explanation = result.explanation if result else ""
        if self._understood is None:
            if self._applied is not None:  # the words that set the date are gone, so is their date
                self._put_back()
        elif not self._hand_set and self._understood != self._declined and (
                self._applied is not None or self._understood != self.decision_date()):
            self._apply(self._understood)
        self._show_reading()

    def _apply(self, day: date) -> None:
        """Set the decision date from the phrase, remembering what was there before the first phrase set it."""
        was = ((self._applied.was_checked, self._applied.was_day) if self._applied
               else (self.decision_check.isChecked(), self.decision_edit.date().toPython()))
        self._set_decision(True, day)
        self._applied, self._declined = _Applied(day, *was), None

    def _put_back(self) -> None:
        """The decision field as it was before the phrase set it."""
        if self._applied is not None:
            self._set_decision(self._applied.was_checked, self._applied.was_day)
            self._applied = None

    def _set_decision(self, checked: bool, day: date) -> None:
        self._setting = True
        try:
            self.decision_edit.setDate(day)
            self.decision_check.setChecked(checked)
        finally:
            self._setting = False
        self._show_deadlines()

    def _show_reading(self) -> None:
        """The line under the next steps: what was read from them, and what became of it."""
        text, times = self.steps_edit.toPlainText().strip(), self.times()
        found = self._understood if text and times is not None else None
        self.understood_label.setToolTip(plain_tooltip(self._explanation) if found else "")
        self.undo_button.setVisible(found is not None and self._applied is not None)
        self.use_date_button.setVisible(found is not None and self._applied is None)
        self.use_date_button.setEnabled(found is not None and found != self.decision_date())
        # A reading with a button is one short line, the button right after it; a message without one wraps.
        alone = found is None
        self.understood_label.setWordWrap(alone)
        self.understood_row.setStretch(0, int(alone))
        self.understood_row.setStretch(self.understood_row.count() - 1, int(not alone))
        if not text or times is None:
            self.understood_label.setText("")
        elif found is None:
            self.understood_label.setText(f"No date could be read from this ({self._explanation}); "
                                          "nothing was guessed.")
        elif self._applied is not None:
            self.understood_label.setText(f"Decision date set to {_short_day(found, times[1])} "
                                          f"from “{self._phrase}” —")
        elif self.decision_date() == found:
            self.understood_label.setText(f"“{self._phrase}” → {_short_day(found, times[1])}, the decision date.")
        elif self._hand_set:
            self.understood_label.setText(f"“{self._phrase}” → {_short_day(found, times[1])}; the decision date "
                                          "you chose is kept.")
        else:
            self.understood_label.setText(f"“{self._phrase}” → {_short_day(found, times[1])}; not used.")

    def _on_undo(self) -> None:
        if self._applied is not None:
            self._declined = self._applied.day
            self._put_back()
        self._show_reading()

    def _on_use_date(self) -> None:
        if self._understood is not None:
            self._hand_set = False
            self._apply(self._understood)
        self._show_reading()

    def interview_input(self) -> opps.InterviewInput:
        times, zone = self.times(), self.zone()
        if times is None or zone is None:
            raise ValueError(f"'{self.zone_combo.currentText()}' is not a time zone name like Europe/Berlin")
        return opps.InterviewInput(
            starts_at=times[0], ends_at=times[1], time_zone=zone.key, kind=self.kind_combo.currentData(),
            location=self.location_edit.text(), video_link=self.video_edit.text(),
            next_steps=self.steps_edit.toPlainText(), decision_date=self.decision_date(),
            process_owner_id=self.owner_combo.currentData())

    def save(self) -> None:
        """Write the interview and close; a value that cannot be used is shown and the dialog stays open."""
        if self._write():
            self.accept()

    def save_and_add_people(self) -> None:
        """Create the interview, keep the dialog open on its people and start adding the first one."""
        if not self._write():
            return
        self.setWindowTitle("Edit interview")
        self._show_people()
        self.people.add_person()

    def _write(self) -> bool:
        self.people.save_now()
        if self._phrase_timer.isActive():  # saved before the pause after typing: read what was typed first
            self._read_phrase()
        try:
            data = self.interview_input()
            if self.interview_id is None:
                self.interview_id = opps.add_interview(self.workspace, self.opportunity_id, data)
            else:
                opps.update_interview(self.workspace, self.interview_id, data)
        except ValueError as error:
            self.error_label.setText(f"Not saved: {error}.")
            self.error_label.show()
            return False
        self.error_label.hide()
        self.saved.emit(self.interview_id)
        return True
