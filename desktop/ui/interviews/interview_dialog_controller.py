"""What the interview editor does: loads the interview, reads a decision date from the next steps heard (with Undo
and Use this date), shows the deadlines that follow, and saves through the opportunities operations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core import deadlines
from desktop.core.phrases import parse_next_steps
from desktop.operations import opportunities as opps
from desktop.ui.dates import short_date
from desktop.ui.i18n import shown, shown_error
from desktop.ui.interviews.interview_dialog import InterviewDialog
from desktop.ui.pages.base import PageContext

PHRASE_DELAY_MS = 700  # the next steps are read once typing pauses, not at every key


@dataclass(frozen=True)
class _Applied:
    """A decision date the next-steps phrase set, and what the field held before it, for Undo."""

    day: date
    was_checked: bool
    was_day: date


class InterviewDialogController(QObject):
    """A new interview of the opportunity when `interview_id` is None, else the stored one. Lives as long as its
    dialog (its parent); `saved` gives the interview's id after each write."""

    saved = Signal(int)

    def __init__(self, view: InterviewDialog, context: PageContext, opportunity_id: int,
                 interview_id: int | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.context = context
        self.workspace = context.workspace
        self.opportunity_id = opportunity_id
        self.interview_id = interview_id
        self._understood: date | None = None  # the date the next-steps phrase names
        self._applied: _Applied | None = None  # the phrase's date, while it is the one in the field
        self._declined: date | None = None  # a phrase date the user undid: not set again until the phrase changes
        self._hand_set = False  # the user chose the decision date: the phrase never overwrites it
        self._phrase = self._explanation = ""  # the words the date was read from, and the whole reading
        self._phrase_timer = QTimer(self, singleShot=True, interval=PHRASE_DELAY_MS)
        self._reload_owners()
        self._load()
        self._show_people()
        view.times_changed.connect(self._on_times_changed)
        view.steps_edited.connect(self._phrase_timer.start)
        self._phrase_timer.timeout.connect(self._read_phrase)
        view.decision_edited.connect(self._on_decision_edited)
        view.use_date_requested.connect(self._on_use_date)
        view.undo_requested.connect(self._on_undo)
        view.save_requested.connect(self._on_save)
        view.save_and_add_requested.connect(self._on_save_and_add)
        view.people.saved.connect(self._reload_owners)
        self._on_times_changed()

    def _load(self) -> None:
        here = self.workspace.zone
        if self.interview_id is None:
            tomorrow = self.workspace.now().astimezone(here).date() + timedelta(days=1)
            start = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 10, 0)
            self.view.set_decision(False, tomorrow + timedelta(days=14))
            self.view.show_times(here.key, start, start + timedelta(hours=1))
            return
        existing = opps.get_interview(self.workspace, self.interview_id)
        zone = ZoneInfo(existing.time_zone)
        start = existing.starts_at.astimezone(zone).replace(tzinfo=None)
        end = (existing.ends_at or existing.starts_at + timedelta(hours=1)).astimezone(zone).replace(tzinfo=None)
        self.view.show_interview(existing, start, end)
        # A stored date the stored phrase does not give was chosen by hand; one it gives still follows it.
        said = parse_next_steps(existing.next_steps, end.date()).decision_date if existing.next_steps else None
        self._hand_set = existing.decision_date is not None and existing.decision_date != said

    def _show_people(self) -> None:
        self.view.show_people(self.interview_id is not None)
        self.view.people.set_interview(self.interview_id)

    def _reload_owners(self) -> None:
        """Offer the people just added as process owner."""
        self.view.set_owners(opps.contact_choices(self.workspace, self.opportunity_id))

    def _on_times_changed(self) -> None:
        self._show_deadlines()
        self._read_phrase()  # the phrase counts from the day the interview ends

    def _on_decision_edited(self) -> None:
        self._hand_set, self._applied = True, None  # the user's own choice from now on
        self._show_reading()
        self._show_deadlines()

    def _show_deadlines(self) -> None:
        times = self.view.times()
        self.view.show_deadlines(None if times is None else deadlines.derive(
            times[0], times[1], self.view.decision_date(), self.workspace.settings, self.workspace.zone))

    # --- the decision date read from the next steps -----------------------------------------------------------

    def _read_phrase(self) -> None:
        """Read the next steps; a date they give goes into the decision field unless the user chose one."""
        self._phrase_timer.stop()
        text, times = self.view.steps_edit.toPlainText().strip(), self.view.times()
        if times is None:  # no day to count from while the zone is being typed: leave the date as it is
            self._show_reading()
            return
        result = parse_next_steps(text, times[1].date()) if text else None
        self._understood = result.decision_date if result else None
        self._phrase = result.phrase if result else ""
        self._explanation = shown(result.explanation) if result else ""
        if self._understood is None:
            if self._applied is not None:  # the words that set the date are gone, so is their date
                self._put_back()
        elif not self._hand_set and self._understood != self._declined and (
                self._applied is not None or self._understood != self.view.decision_date()):
            self._apply(self._understood)
        self._show_reading()

    def _apply(self, day: date) -> None:
        """Set the decision date from the phrase, remembering what was there before the first phrase set it."""
        was = ((self._applied.was_checked, self._applied.was_day) if self._applied else self.view.decision_field())
        self._set_decision(True, day)
        self._applied, self._declined = _Applied(day, *was), None

    def _put_back(self) -> None:
        """The decision field as it was before the phrase set it."""
        if self._applied is not None:
            self._set_decision(self._applied.was_checked, self._applied.was_day)
            self._applied = None

    def _set_decision(self, checked: bool, day: date) -> None:
        self.view.set_decision(checked, day)
        self._show_deadlines()

    def _show_reading(self) -> None:
        """The line under the next steps: what was read from them, and what became of it."""
        text, times = self.view.steps_edit.toPlainText().strip(), self.view.times()
        found = self._understood if text and times is not None else None
        applied = found is not None and self._applied is not None
        use = found is not None and self._applied is None
        self.view.show_reading(self._reading(text, times, found), self._explanation, applied, use,
                               found is not None and found != self.view.decision_date())

    def _reading(self, text: str, times: tuple[datetime, datetime] | None, found: date | None) -> str:
        if not text or times is None:
            return ""
        if found is None:
            return self.tr("No date could be read from this ({explanation}); nothing was guessed.").format(
                explanation=self._explanation)
        day, phrase = short_date(found), self._phrase
        if self._applied is not None:
            return self.tr("Decision date set to {day} from “{phrase}” —").format(day=day, phrase=phrase)
        if self.view.decision_date() == found:
            return self.tr("“{phrase}” → {day}, the decision date.").format(day=day, phrase=phrase)
        if self._hand_set:
            return self.tr("“{phrase}” → {day}; the decision date you chose is kept.").format(day=day, phrase=phrase)
        return self.tr("“{phrase}” → {day}; not used.").format(day=day, phrase=phrase)

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

    # --- saving -----------------------------------------------------------------------------------------------

    def _input(self) -> opps.InterviewInput:
        view = self.view
        times, zone = view.times(), view.zone()
        if times is None or zone is None:
            raise ValueError(self.tr("'{name}' is not a time zone name like Europe/Berlin").format(
                name=view.zone_combo.currentText()))
        return opps.InterviewInput(
            starts_at=times[0], ends_at=times[1], time_zone=zone.key, kind=view.kind_combo.currentData(),
            location=view.location_edit.text(), video_link=view.video_edit.text(),
            next_steps=view.steps_edit.toPlainText(), decision_date=view.decision_date(),
            process_owner_id=view.owner_combo.currentData())

    def _on_save(self) -> None:
        """Write the interview and close; a value that cannot be used is shown and the dialog stays open."""
        if self._write():
            self.view.accept()

    def _on_save_and_add(self) -> None:
        """Create the interview, keep the dialog open on its people and start adding the first one."""
        if self._write():
            self._show_people()
            self.view.people.add_person()

    def _write(self) -> bool:
        self.view.people.save_now()
        if self._phrase_timer.isActive():  # saved before the pause after typing: read what was typed first
            self._read_phrase()
        try:
            data = self._input()
            if self.interview_id is None:
                self.interview_id = self.context.do(opps.add_interview, self.opportunity_id, data).id
            else:
                self.context.do(opps.update_interview, self.interview_id, data)
        except ValueError as error:
            self.view.show_error(self.tr("Not saved: {error}.").format(error=shown_error(error)))
            return False
        self.view.show_error("")
        self.saved.emit(self.interview_id)
        return True
