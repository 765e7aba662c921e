"""The interview editor: when and where, who owns the process, the next steps heard, and what follows from them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone, Signal
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
    QVBoxLayout,
    QWidget,
)

from desktop.core import deadlines
from desktop.core.domain import InterviewKind
from desktop.core.timeline import day_text
from desktop.operations import opportunities as opps
from desktop.ui.pages.base import PageContext
from desktop.ui.people_met import PeopleMetWidget
from desktop.ui.plain import plain_tooltip

UTC_ZONE = QTimeZone(QTimeZone.Initialization.UTC)
ZONE_NAMES = sorted(available_timezones())


def read_phrase(text: str, said_on: date) -> tuple[date | None, str] | None:
    """The decision date the phrase names and how it was read; None when no phrase reader is installed."""
    try:
        from desktop.core.phrases import parse_next_steps
    except ImportError:
        return None
    result = parse_next_steps(text, said_on)
    return result.decision_date, result.explanation


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
        self._understood: date | None = None  # the date the next-steps phrase names, offered for confirmation
        self.setWindowTitle("Edit interview" if interview_id else "New interview")
        self.setMinimumWidth(760)
        existing = opps.get_interview(self.workspace, interview_id) if interview_id else None
        self._build()
        self._fill(existing)
        self._connect()
        self._on_times_changed()
        self._on_phrase_changed()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # Shown for an invitation that did not say which zone its times are in: saving with a zone answers it.
        self.zone_question = QLabel(objectName="question", wordWrap=True, visible=False)
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
        form.addRow("Starts", self.start_edit)
        form.addRow("Ends", self.end_edit)
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
        understood = QHBoxLayout()
        self.understood_label = QLabel(wordWrap=True)
        self.understood_label.setTextFormat(Qt.TextFormat.PlainText)
        self.use_date_button = QPushButton("Use this date")
        understood.addWidget(self.understood_label, 1)
        understood.addWidget(self.use_date_button)
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
        self.error_label.setStyleSheet("color: #b3261e;")
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

    def _connect(self) -> None:
        self.start_edit.dateTimeChanged.connect(self._on_start_changed)
        self.end_edit.dateTimeChanged.connect(self._on_times_changed)
        self.zone_combo.currentTextChanged.connect(self._on_times_changed)
        self.decision_check.toggled.connect(self._on_times_changed)
        self.decision_edit.dateChanged.connect(self._on_times_changed)
        self.steps_edit.textChanged.connect(self._on_phrase_changed)
        self.use_date_button.clicked.connect(self._on_use_date)
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
        # Keep the length when the start moves past the end, as calendar apps do.
        if _wall_clock(self.end_edit) <= _wall_clock(self.start_edit):
            _set_wall_clock(self.end_edit, _wall_clock(self.start_edit) + timedelta(hours=1))
        self._on_times_changed()

    def _on_times_changed(self) -> None:
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
        self._on_phrase_changed()

    def _on_phrase_changed(self) -> None:
        text = self.steps_edit.toPlainText().strip()
        self._understood = None
        times = self.times()
        if not text or times is None:
            self.understood_label.setText("")
            self.use_date_button.hide()
            return
        read = read_phrase(text, times[1].date())
        if read is None:
            self.understood_label.setText("Enter the promised date below.")
            self.use_date_button.hide()
            return
        found, explanation = read
        if found is None:
            self.understood_label.setText(f"No date could be read from this ({explanation}); nothing was guessed.")
            self.use_date_button.hide()
            return
        self._understood = found
        short = text if len(text) <= 50 else text[:49] + "…"
        self.understood_label.setText(f"{short} → {day_text(found)}")
        self.understood_label.setToolTip(plain_tooltip(explanation))
        self.use_date_button.show()
        self.use_date_button.setEnabled(found != self.decision_date())

    def _on_use_date(self) -> None:
        if self._understood is not None:
            self.decision_check.setChecked(True)
            self.decision_edit.setDate(self._understood)

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
