"""What the composer does: loads one person's note, saves what is typed, runs the live checks, follows the
template and the fields, and passes the sending actions on to the Notes page.

Autosave: each edit restarts a 1 s pause timer; a 2 s max-wait timer, started by the first unsaved edit and not
restarted, makes continuous typing save too. So the database is never more than about 2 s behind the screen.
A draft the database refuses (busy with another program's long write, a full disk) stays in the editor, the
composer says plainly that it is NOT saved, retries every few seconds on its own, and says when it is saved.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from desktop.core import templates
from desktop.core.check_types import Check
from desktop.core.domain import NoteChannel, NoteState
from desktop.operations import notes as notes_ops
from desktop.operations import send_later
from desktop.operations.notes import ComposerRow, DraftNotSavedError, NoteError
from desktop.ui.i18n import shown, shown_error
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.composer import Composer

SAVE_PAUSE_MS = 1000
SAVE_MAX_WAIT_MS = 2000
CHECK_PAUSE_MS = 300
FIELD_PAUSE_MS = 400  # after a pause in typing the memorable moment, an untouched draft is filled again
CLOCK_MS = 60_000  # how often the timing check looks at the clock again
RETRY_MS = 5000  # a refused draft is tried again this often


class ComposerController(QObject):
    """Lives as long as its composer (its parent). `row` is the note shown, `others` the notes to the other
    people of the interview (for the sameness check)."""

    row_changed = Signal(object)  # a ComposerRow whose saved text or state changed
    copy_requested = Signal(object)  # the ComposerRow to send, already saved
    mail_program_requested = Signal(object)
    send_requested = Signal(object)
    schedule_requested = Signal(object, object)  # the ComposerRow, already saved, and a datetime or None to pick one
    unschedule_requested = Signal(object)  # the ComposerRow whose scheduled send to cancel

    def __init__(self, view: Composer, context: PageContext) -> None:
        super().__init__(view)
        self.view = view
        self.context = context
        self.workspace = workspace = context.workspace
        self.row: ComposerRow | None = None
        self.others: list[ComposerRow] = []
        self._dirty = False
        self._seen = ("", "")  # subject and text as last loaded or typed
        # Drafts typed but not yet in the database, by (interview, contact): kept until a retry saves them.
        self._unsaved: dict[tuple[int, int], tuple[ComposerRow, str, str]] = {}
        self._refused = False  # the last save attempt was refused: the next success says so
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_PAUSE_MS)
        self._max_wait_timer = QTimer(self, singleShot=True, interval=SAVE_MAX_WAIT_MS)
        self._retry_timer = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_PAUSE_MS)
        self._field_timer = QTimer(self, singleShot=True, interval=FIELD_PAUSE_MS)
        # "Is now a good time to send it?" names the time ("07:07 is inside your quiet hours"): asked again each
        # minute while the note is on screen, so it never shows a time long gone.
        self._clock_timer = QTimer(self, interval=CLOCK_MS)
        self._clock_timer.timeout.connect(lambda: self.view.isVisible() and self.run_checks())
        self._clock_timer.start()
        for timer in (self._save_timer, self._max_wait_timer, self._retry_timer):
            timer.timeout.connect(self.flush)
        # A pause in typing checks the note only while it is on screen: the window closed or the page left in the
        # meantime, nobody reads the findings (and the database may already be closed).
        self._check_timer.timeout.connect(lambda: self.view.isVisible() and self.run_checks())
        self._field_timer.timeout.connect(self._apply_fields)
        view.edited.connect(self._on_edited)
        view.fields_edited.connect(self._field_timer.start)
        view.fields_finished.connect(self._apply_fields)
        view.template_chosen.connect(self._on_template_chosen)
        view.ready_toggled.connect(self._on_ready)
        view.handwriting_clicked.connect(self._on_handwriting)
        view.copy_clicked.connect(lambda: self._request(self.copy_requested))
        view.mail_program_clicked.connect(lambda: self._request(self.mail_program_requested))
        view.send_clicked.connect(lambda: self._request(self.send_requested))
        view.unschedule_clicked.connect(lambda: self._request(self.unschedule_requested))
        view.later_menu_opening.connect(
            lambda: view.offer_times([(shown(choice.label), choice.at) for choice in send_later.choices(workspace)]))
        view.schedule_chosen.connect(self._request_schedule)

    # --- showing one person -----------------------------------------------------------------------------------

    def load(self, row: ComposerRow | None, others: list[ComposerRow]) -> None:
        """Show a person's note (nobody's with None), after saving what was typed for the one shown."""
        self.flush()
        if row is not None and (unsaved := self._unsaved.get((row.interview_id, row.contact_id))):
            row = dataclasses.replace(row, subject=unsaved[1], body=unsaved[2])  # not in the database yet: show it
        same = (self.row is not None and row is not None
                and (self.row.interview_id, self.row.contact_id) == (row.interview_id, row.contact_id))
        self.row, self.others = row, others
        if row is None:
            self.view.show_nobody()
            return
        self.view.show_row(row, same, self._allowed(row), self.workspace.settings.spelling_language,
                           self.workspace.now())
        self._seen = self.view.texts()
        self._show_field_hints()
        self.run_checks()

    def _allowed(self, row: ComposerRow) -> list[str]:
        """Names the spelling check takes as written."""
        return [row.full_name, row.first_name, row.company, row.note_company, row.title, row.role,
                self.workspace.settings.your_name,
                *(o.full_name for o in self.others), *notes_ops.known_names(self.workspace)]

    def _request_schedule(self, when: object) -> None:
        self.flush()
        if self.row is not None:
            self.schedule_requested.emit(self.row, when)

    # --- autosave ---------------------------------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self.row is None or self.row.is_sent:
            return
        seen = self.view.texts()
        if seen == self._seen:
            return  # the underlines of the checks changed, not the text (Qt reports both as a change)
        self._seen = seen
        self._dirty = True
        self.view.show_saving()
        self._save_timer.start()  # restarted by every edit
        if not self._max_wait_timer.isActive():
            self._max_wait_timer.start()  # not restarted: continuous typing still saves every 2 s
        self._check_timer.start()

    def _keep_unsaved(self) -> None:
        self._save_timer.stop()
        self._max_wait_timer.stop()
        if self._dirty and self.row is not None:
            row = self.row
            self._unsaved[(row.interview_id, row.contact_id)] = (row, *self.view.texts())
            self._dirty = False

    def flush(self) -> None:
        """Save unsaved edits now (pause timer, max-wait timer, switching person, hiding, quitting, retrying)."""
        self._keep_unsaved()
        self._retry_timer.stop()
        if self._refused and self._unsaved and not notes_ops.free_to_save(self.workspace):
            # Still locked: asking without waiting spares the window the busy timeout at every keystroke and switch.
            self.view.show_not_saved()
            self._retry_timer.start()
            return
        for key, (row, subject, body) in list(self._unsaved.items()):
            try:
                notes_ops.save_draft(self.workspace, row.interview_id, row.contact_id, subject, body)
            except DraftNotSavedError as error:
                self._refused = True
                self.view.show_not_saved()
                self.view.show_refused(row.full_name, shown_error(error), RETRY_MS // 1000)
                self._retry_timer.start()
                return  # the others wait for the same retry
            except NoteError as error:  # the note was sent or removed meanwhile: say so and keep the editor as is
                del self._unsaved[key]
                self._dirty = self.row is not None and key == (self.row.interview_id, self.row.contact_id)
                self.view.show_save_failed(shown_error(error))
                continue
            del self._unsaved[key]
            saved = dataclasses.replace(row, subject=subject, body=body, hand_edited=True)
            if self.row is not None and key == (self.row.interview_id, self.row.contact_id):
                self.row = saved
                self.view.show_saved()
            if self._refused:
                self.view.show_saved_again(saved.full_name)
            else:
                self.view.hide_save_problem()  # the last "saved now" has been read by the time the next save comes
            self.row_changed.emit(saved)
        self._refused = False

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
        subject, body = self.view.texts()
        on_screen = dataclasses.replace(row, subject=subject, body=body, memorable=self.view.memorable.text())
        checks = notes_ops.check_note(self.workspace, on_screen, self.others)
        if row.channel is NoteChannel.EMAIL and not row.is_sent and not row.is_scheduled:
            # "Within 24 hours, 48 at most, and not from the car park": is now a good moment to send it?
            timing = send_later.timing_findings(self.workspace, row)
            checks.append(Check("timing", not timing, timing[0].level if timing else "ok",
                                " ".join(shown(f.message) for f in timing) if timing else
                                self.tr("Now is a good time to send it")))
        self.view.show_checks(checks)

    # --- actions ----------------------------------------------------------------------------------------------

    def _apply_fields(self) -> None:
        """Save the memorable moment and the why-you-fit line; a draft nobody edited by hand follows them."""
        self._field_timer.stop()
        row = self.row
        if row is None or row.is_sent:
            return
        memorable, why_fit = self.view.fields()
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
        row = self.row
        rewritten = {}
        if row is not None and row.template:
            try:
                rewritten = notes_ops.fill_template(self.workspace, row.interview_id, row.contact_id,
                                                    row.template).rewritten
            except (NoteError, templates.TemplateError):
                rewritten = {}
        self.view.show_field_hints(rewritten)

    def _on_template_chosen(self, name: str) -> None:
        if self.row is None or name == self.row.template:
            return
        self.flush()
        row = self.row  # flush() records an edit by hand
        if not row.hand_edited:  # the text is still the template's: nothing of the user's to lose
            self._apply_template(name)
            return
        self.view.ask_replace_text(row.full_name, self.view.template_title(name),
                                   lambda replace: self._on_template_answer(replace, name))

    def _on_template_answer(self, replace: bool, name: str) -> None:
        if replace:
            self._apply_template(name)
        elif self.row is not None:
            self.view.select_template(self.row.template)

    def _apply_template(self, name: str) -> None:
        row = self.row
        assert row is not None
        try:
            updated = notes_ops.apply_template(self.workspace, row.interview_id, row.contact_id, name)
        except (NoteError, templates.TemplateError) as error:
            self.view.show_error(shown_error(error))
            self.view.select_template(row.template)
            return
        self.load(updated, self.others)
        self.row_changed.emit(updated)

    def _on_ready(self, checked: bool) -> None:
        row = self.row
        if row is None:
            return
        self.flush()
        state = NoteState.READY if checked else NoteState.DRAFT
        self.context.do(notes_ops.set_state, row.interview_id, row.contact_id, state)
        self.row = dataclasses.replace(row, state=state)
        self.row_changed.emit(self.row)

    def _on_handwriting(self) -> None:
        row = self.row
        if row is None:
            return
        self.flush()
        channel = NoteChannel.EMAIL if row.channel is NoteChannel.HANDWRITTEN else NoteChannel.HANDWRITTEN
        self.context.do(notes_ops.set_channel, row.interview_id, row.contact_id, channel)
        self.row = dataclasses.replace(row, channel=channel)
        self.view.show_state(self.row, self.workspace.now())
        self.row_changed.emit(self.row)

    def _request(self, signal: SignalInstance) -> None:
        self.flush()
        if self.row is not None:
            signal.emit(self.row)
