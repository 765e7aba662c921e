"""The interview editor: when and where, who owns the process, the next steps heard, and what follows from them.
It lays the fields out and keeps start, end and length together; interview_dialog_controller.py reads the next
steps, derives the deadlines and saves."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtCore import QDate, QDateTime, QSignalBlocker, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
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
from desktop.ui.cards.people_met import PeopleMetWidget
from desktop.ui.combo_box import ComboBox
from desktop.ui.date_fields import DateField, DateTimeField, TimeField
from desktop.ui.dates import short_date, short_date_time, time_of_day, written_as_the_window
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.plain import plain_tooltip
from desktop.ui.screen_fit import scrolling_column
from desktop.ui.style import set_banner, set_tone

if TYPE_CHECKING:
    from desktop.operations.opportunities import InterviewRow, PersonMet
    from desktop.ui.cards.people_met import PeopleMetWidget

UTC_ZONE = QTimeZone(QTimeZone.Initialization.UTC)
ZONE_NAMES = sorted(available_timezones())
_LONGEST = time(23, 59)  # the longest length the duration field shows; a longer interview keeps its end


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
    """The editor's fields; times are shown in the interview's zone and compared with `here`, the user's."""

    times_changed = Signal()  # start, end, length or zone changed
    steps_edited = Signal()  # the next steps were typed in
    decision_edited = Signal()  # the user ticked, unticked or changed the decision date
    use_date_requested = Signal()
    undo_requested = Signal()
    save_requested = Signal()
    save_and_add_requested = Signal()  # save, then add the people met

    def __init__(self, here: ZoneInfo, people: PeopleMetWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.here = here
        self.people = people
        self.setWindowTitle(self.tr("New interview"))
        self.setMinimumWidth(760)
        self._build()
        self._start = _wall_clock(self.start_edit)  # where the start was, so that a move carries the end along
        self.start_edit.dateTimeChanged.connect(self._on_start_changed)
        self.end_edit.dateTimeChanged.connect(self._on_end_changed)
        self.duration_edit.timeChanged.connect(self._on_duration_changed)
        self.zone_combo.currentTextChanged.connect(self.times_changed)
        self.decision_check.toggled.connect(self._on_decision_changed)
        self.decision_edit.dateChanged.connect(self._on_decision_changed)
        self.steps_edit.textChanged.connect(self.steps_edited)
        self.use_date_button.clicked.connect(self.use_date_requested)
        self.undo_button.clicked.connect(self.undo_requested)
        self.buttons.accepted.connect(self.save_requested)
        self.buttons.rejected.connect(self.reject)
        self.save_and_add_button.clicked.connect(self.save_and_add_requested)
        dialog_ready(self, first=self.start_edit,
                     save=make_primary(self.buttons.button(QDialogButtonBox.StandardButton.Save)))

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        layout = scrolling_column(outer)
        # Shown for an invitation that did not say which zone its times are in: saving with a zone answers it.
        self.zone_question = QLabel(objectName="question", wordWrap=True, visible=False)
        set_banner(self.zone_question, "warning")
        layout.addWidget(self.zone_question)
        form = QFormLayout()
        layout.addLayout(form)
        self.zone_combo = ComboBox(editable=True)
        self.zone_combo.addItems(ZONE_NAMES)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(ZONE_NAMES, self.zone_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.zone_combo.setCompleter(completer)
        self.start_edit, self.end_edit = DateTimeField(), DateTimeField()
        for edit in (self.start_edit, self.end_edit):
            edit.setTimeZone(UTC_ZONE)
            edit.setCalendarPopup(True)
            written_as_the_window(edit)
        self.duration_edit = TimeField(displayFormat=self.tr("H 'h' mm 'min'"))
        self.duration_edit.setTimeRange(QTime(0, 0), QTime(_LONGEST.hour, _LONGEST.minute))
        self.duration_edit.setSpecialValueText("—")  # shown while the end is not after the start
        self.duration_edit.setToolTip(self.tr("How long the interview lasts; moving the start keeps it"))
        ends = QHBoxLayout()
        ends.addWidget(self.end_edit, 1)
        ends.addWidget(QLabel(self.tr("Lasts")))
        ends.addWidget(self.duration_edit)
        form.addRow(self.tr("Starts"), self.start_edit)
        form.addRow(self.tr("Ends"), ends)
        form.addRow(self.tr("Time zone"), self.zone_combo)
        self.here_label = QLabel(objectName="hint")
        form.addRow("", self.here_label)
        self.form = form
        self.kind_combo = ComboBox()
        for kind in InterviewKind:
            self.kind_combo.addItem(kind.label, kind)
        form.addRow(self.tr("Kind"), self.kind_combo)
        self.location_edit = QLineEdit(placeholderText=self.tr("Address, building, floor"))
        self.video_edit = QLineEdit(placeholderText="https://…")
        form.addRow(self.tr("Place"), self.location_edit)
        form.addRow(self.tr("Video link"), self.video_edit)
        self.owner_combo = ComboBox()
        # As wide as the form, not as its longest name and company: that made the dialog scroll sideways at 200 %
        # (the list that opens shows each whole).
        self.owner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner_combo.setMinimumContentsLength(20)
        form.addRow(self.tr("Process owner"), self.owner_combo)
        layout.addWidget(self._build_steps())

        follows = QGroupBox(self.tr("What follows (from your settings)"))
        follows_layout = QFormLayout(follows)
        self.note_due_label, self.call_label, self.move_on_label = QLabel(), QLabel(), QLabel()
        follows_layout.addRow(self.tr("Thank-you notes due"), self.note_due_label)
        follows_layout.addRow(self.tr("Follow-up call"), self.call_label)
        follows_layout.addRow(self.tr("Move on if still silent"), self.move_on_label)
        layout.addWidget(follows)
        layout.addWidget(self._build_people(), 1)

        self.error_label = QLabel(objectName="error", wordWrap=True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.error_label, "error")
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        outer.addWidget(self.buttons)

    def _build_steps(self) -> QGroupBox:
        steps = QGroupBox(self.tr("Next steps"))
        steps_layout = QFormLayout(steps)
        self.steps_edit = QPlainTextEdit(placeholderText=self.tr("What they said, e.g. “we'll be in touch within "
                                                                 "two weeks”"))
        self.steps_edit.setFixedHeight(56)
        steps_layout.addRow(self.tr("They said"), self.steps_edit)
        self.understood_row = understood = QHBoxLayout()
        self.understood_label = QLabel(wordWrap=True)
        self.understood_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Put back the decision date as it was before this phrase set it"))
        self.undo_button.hide()
        self.use_date_button = QPushButton(self.tr("Use this date"))
        understood.addWidget(self.understood_label)
        understood.addWidget(self.undo_button)  # right after the sentence it undoes
        understood.addWidget(self.use_date_button)
        understood.addStretch(1)
        steps_layout.addRow("", understood)
        decision = QHBoxLayout()
        self.decision_check = QCheckBox(self.tr("A decision is expected by"))
        self.decision_edit = written_as_the_window(DateField(calendarPopup=True))
        decision.addWidget(self.decision_check)
        decision.addWidget(self.decision_edit)
        decision.addStretch(1)
        steps_layout.addRow("", decision)
        return steps

    def _build_people(self) -> QWidget:
        # The people met are written as they are added, so they need the interview to exist first.
        # No group box: the people-met widget brings its own "People met" heading.
        box = QWidget()
        people_layout = QVBoxLayout(box)
        people_layout.setContentsMargins(0, 6, 0, 0)
        self.people_hint_row = QWidget()
        hint_row = QHBoxLayout(self.people_hint_row)
        hint_row.setContentsMargins(0, 0, 0, 0)
        self.people_hint = QLabel(self.tr("<b>People met</b><br>Save the interview first; then add the people you "
                                          "met and what was memorable with each."), wordWrap=True, objectName="hint")
        self.people_hint.setTextFormat(Qt.TextFormat.RichText)  # a fixed sentence, nothing the user typed
        self.save_and_add_button = QPushButton(self.tr("Save and add people…"))
        hint_row.addWidget(self.people_hint, 1)
        hint_row.addWidget(self.save_and_add_button)
        people_layout.addWidget(self.people_hint_row)
        self.people.setMinimumHeight(190)
        people_layout.addWidget(self.people)
        return box

    # --- showing --------------------------------------------------------------------------------------------

    def show_interview(self, row: InterviewRow, start: datetime, end: datetime) -> None:
        """A stored interview, its times as wall-clock times in its own zone."""
        self.setWindowTitle(self.tr("Edit interview"))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(row.kind))
        self.location_edit.setText(row.location)
        self.video_edit.setText(row.video_link)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(row.process_owner_id)))
        self.steps_edit.blockSignals(True)  # what was stored is no typing
        self.steps_edit.setPlainText(row.next_steps)
        self.steps_edit.blockSignals(False)
        self.set_decision(row.decision_date is not None, row.decision_date or start.date() + timedelta(days=14))
        self.show_times(row.time_zone, start, end)
        if row.zone_guessed:
            self._ask_zone(row.time_zone, start)

    def _ask_zone(self, assumed: str, start: datetime) -> None:
        self.zone_question.setText(self.tr(
            "The invitation did not say which time zone {time} is in, so Afterview assumed {zone}. Which zone is "
            "it? Choose it below and save; the time stays {time}.").format(time=time_of_day(start), zone=assumed))
        # A wrapped label's height is not in the dialog's size hint: give it the lines it takes at our width.
        margins = self.layout().contentsMargins()
        width = self.minimumWidth() - margins.left() - margins.right()
        self.zone_question.setMinimumHeight(self.zone_question.heightForWidth(width))
        self.zone_question.setVisible(True)
        self.setMinimumHeight(self.minimumSizeHint().height() + self.zone_question.minimumHeight())

    def show_times(self, zone_name: str, start: datetime, end: datetime) -> None:
        with QSignalBlocker(self.zone_combo), QSignalBlocker(self.start_edit), QSignalBlocker(self.end_edit):
            index = self.zone_combo.findText(zone_name)
            if index >= 0:
                self.zone_combo.setCurrentIndex(index)
            else:
                self.zone_combo.setEditText(zone_name)
            _set_wall_clock(self.start_edit, start)
            _set_wall_clock(self.end_edit, end)
        self._start = start
        self._show_duration()

    def show_people(self, exists: bool) -> None:
        """The people-met list once the interview exists; before that, the hint and the button that saves it."""
        if exists:
            self.setWindowTitle(self.tr("Edit interview"))
        self.people_hint_row.setVisible(not exists)
        self.people.setVisible(exists)

    def set_owners(self, people: list[PersonMet]) -> None:
        """Offer these people as process owner, keeping the current choice."""
        chosen = self.owner_combo.currentData()
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Nobody named"), None)
        for person in people:
            self.owner_combo.addItem(f"{person.name} — {person.title}" if person.title else person.name,
                                     person.contact_id)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(chosen)))

    def set_decision(self, checked: bool, day: date) -> None:
        """Put a decision date in the field; not reported as the user's own choice."""
        with QSignalBlocker(self.decision_check), QSignalBlocker(self.decision_edit):
            self.decision_edit.setDate(day)
            self.decision_check.setChecked(checked)
        self.decision_edit.setEnabled(checked)

    def show_deadlines(self, found: deadlines.Deadlines | None) -> None:
        """What follows from the times and the decision date; a hint instead while the zone is not one."""
        zone, times = self.zone(), self.times()
        if found is None or zone is None or times is None:
            self.here_label.setText(self.tr("Choose a time zone from the list, e.g. Europe/Berlin."))
            self.form.setRowVisible(self.here_label, True)
            for label in (self.note_due_label, self.call_label, self.move_on_label):
                label.setText("—")
            return
        start, here = times[0], self.here
        if zone.key != here.key:
            self.here_label.setText(self.tr("{there} in {place} = {here} here ({home}), {day}").format(
                there=time_of_day(start), place=_place(zone), here=time_of_day(start.astimezone(here)),
                home=_place(here), day=short_date(start.astimezone(here))))
        else:
            self.here_label.setText("")
        self.form.setRowVisible(self.here_label, bool(self.here_label.text()))
        for label, moment in ((self.note_due_label, found.note_due), (self.call_label, found.follow_up_due),
                              (self.move_on_label, found.move_on_due)):
            local = moment.astimezone(here) if moment else None
            label.setText(short_date_time(local) if local else "—")

    def show_reading(self, text: str, explanation: str, undo: bool, use: bool, use_enabled: bool) -> None:
        """The line under the next steps: what was read from them (its `explanation` as tooltip), with Undo or
        Use this date beside it when one applies."""
        self.understood_label.setText(text)
        self.understood_label.setToolTip(plain_tooltip(explanation) if undo or use else "")
        self.undo_button.setVisible(undo)
        self.use_date_button.setVisible(use)
        self.use_date_button.setEnabled(use_enabled)
        # A reading with a button is one short line, the button right after it; a message without one wraps.
        alone = not (undo or use)
        self.understood_label.setWordWrap(alone)
        self.understood_row.setStretch(0, int(alone))
        self.understood_row.setStretch(self.understood_row.count() - 1, int(not alone))

    def show_error(self, text: str) -> None:
        """Why the interview was not saved; an empty text hides the line."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # --- reading the fields --------------------------------------------------------------------------------

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

    def decision_field(self) -> tuple[bool, date]:
        """The decision field as it is: ticked or not, and its date."""
        return self.decision_check.isChecked(), self.decision_edit.date().toPython()

    # --- start, end and length kept together ----------------------------------------------------------------

    def _on_start_changed(self) -> None:
        """Moving the start (its day or its time) moves the end with it, as calendar apps do: the length stays."""
        start = _wall_clock(self.start_edit)
        moved, self._start = start - self._start, start
        with QSignalBlocker(self.end_edit):
            _set_wall_clock(self.end_edit, _wall_clock(self.end_edit) + moved)
        self.times_changed.emit()

    def _on_end_changed(self) -> None:
        self._show_duration()
        self.times_changed.emit()

    def _on_duration_changed(self, length: QTime) -> None:
        with QSignalBlocker(self.end_edit):
            _set_wall_clock(self.end_edit, self._start + timedelta(hours=length.hour(), minutes=length.minute()))
        self.times_changed.emit()

    def _show_duration(self) -> None:
        length = _wall_clock(self.end_edit) - _wall_clock(self.start_edit)
        minutes = max(0, min(int(length.total_seconds()) // 60, _LONGEST.hour * 60 + _LONGEST.minute))
        with QSignalBlocker(self.duration_edit):
            self.duration_edit.setTime(QTime(minutes // 60, minutes % 60))

    def _on_decision_changed(self) -> None:
        self.decision_edit.setEnabled(self.decision_check.isChecked())
        self.decision_edited.emit()

