"""Use cases of the note composer: which interviews have people to thank, each person's draft, and sending it.

Every function opens one short transaction and returns plain values, so the composer never holds a session.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, selectinload

from desktop.core import deadlines, mail, note_checks, signoff, templates
from desktop.core.contact_rules import company_for_note
from desktop.core.domain import InterviewKind, NoteChannel, NoteState
from desktop.core.messages import Message, english
from desktop.core.person_names import addressed_name, greeting, propose_greeting
from desktop.delivery import smtp
from desktop.operations import note_review
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.operations.workspace import Workspace
from desktop.redaction import safe_message
from desktop.storage.database import folder_problem, free_to_write
from desktop.storage.models import Contact, DataGeneration, Interview, MeetingNote, Opportunity, ThankYouNote

# What the composer shows for a person: the note's state, or "handwritten" while a card is still to be posted.
STATUSES = ("none", "draft", "ready", "handwritten", "sent")
DEFAULT_TEMPLATES = {InterviewKind.PANEL: "panel", InterviewKind.PHONE_SCREEN: "phone_screen"}
FALLBACK_TEMPLATE = "warm"


class NoteError(ValueError):
    """A note that cannot be saved or sent as asked; the message says why in plain words."""


class DraftNotSavedError(NoteError):
    """The database refused the draft for now (busy, disk full, read-only): the text is the caller's to keep."""


@dataclass(frozen=True)
class InterviewRow:
    """One interview in the composer's picker."""

    interview_id: int
    company: str
    role: str
    starts_at: datetime
    kind: InterviewKind
    people: int
    counts: dict[str, int] = field(default_factory=dict)  # status (see STATUSES) -> number of people


@dataclass(frozen=True)
class ComposerRow:
    """One person met in an interview, with everything the composer needs to write their note."""

    interview_id: int
    contact_id: int
    opportunity_id: int
    full_name: str
    given_name: str
    family_name: str
    title: str
    company: str  # as on the card
    email: str
    role: str
    kind: InterviewKind
    interview_on: date  # the day the interview began, on the user's clock
    memorable: str
    why_fit: str
    due: datetime
    greet_as: str = ""  # how the note greets them: the card's greeting, or the one proposed from the name
    family_first: bool = False  # the card's name reads family name first (Tanaka Hiroshi, Nguyễn Văn An)
    has_note: bool = False
    channel: NoteChannel = NoteChannel.EMAIL
    state: NoteState = NoteState.DRAFT
    subject: str = ""
    body: str = ""
    template: str = ""
    sent_at: datetime | None = None
    written: bool = False
    addressed: bool = False
    stamped: bool = False
    posted: bool = False
    hand_edited: bool = False
    interview_end: datetime | None = None
    scheduled_at: datetime | None = None  # to be sent later, at this time (see operations/send_later.py)
    send_error: str = ""  # why the scheduled send failed; the note stays scheduled until the user acts
    note_company: str = ""  # the company the note names (see contact_rules.company_for_note); the card's when empty

    @property
    def is_scheduled(self) -> bool:
        return self.scheduled_at is not None and not self.is_sent

    @property
    def first_name(self) -> str:
        """The name the note greets: what templates fill {first_name} with and the name check looks for."""
        return self.greet_as.strip() or propose_greeting(self.full_name, self.given_name, self.family_name)

    @property
    def name_in_full(self) -> str:
        """The name as a formal note writes it in full ("Dr. Anna Weber"): {full_name}, and what the checks read."""
        return addressed_name(self.full_name, self.given_name, self.family_name, self.family_first)

    @property
    def status(self) -> str:
        """One of STATUSES: a handwritten card counts as sent once it is ticked as posted."""
        return _status(self.has_note, self.channel, self.state, self.posted, self.hand_edited)

    @property
    def is_sent(self) -> bool:
        return self.status == "sent"


def _status(has_note: bool, channel: NoteChannel, state: NoteState, posted: bool, hand_edited: bool) -> str:
    if state is NoteState.SENT or (channel is NoteChannel.HANDWRITTEN and posted):
        return "sent"
    if channel is NoteChannel.HANDWRITTEN:
        return "handwritten"
    if not has_note or (state is NoteState.DRAFT and not hand_edited):
        return "none"  # the template's text, only looked at: nothing is written until the user writes
    return state.value


# --- templates --------------------------------------------------------------------------------------------


def user_templates_dir(workspace: Workspace) -> Path:
    """The user's own template folder (data folder / templates); a file there replaces a built-in of that name."""
    return note_review.template_dirs(workspace.paths)[-1]


def list_templates(workspace: Workspace) -> list[templates.TemplateInfo]:
    """Built-in templates and the user's own; a broken user file raises TemplateError naming it."""
    return templates.list_templates(note_review.template_dirs(workspace.paths))


def default_template(workspace: Workspace, kind: InterviewKind) -> str:
    """The template offered first for an interview of this kind."""
    names = [info.name for info in list_templates(workspace)]
    wanted = DEFAULT_TEMPLATES.get(kind, FALLBACK_TEMPLATE)
    for name in (wanted, FALLBACK_TEMPLATE):
        if name in names:
            return name
    if not names:
        raise NoteError(Message("No note templates were found in {builtin} or {own}",
                                builtin=str(templates.BUILTIN_DIR), own=str(user_templates_dir(workspace))))
    return names[0]


def fields_for(row: ComposerRow, your_name: str, sent_on: date) -> dict[str, str]:
    """The template fields for one person, from their card, the meeting note and the opportunity, for a note
    read on `sent_on` (which names the interview's day as seen from then: "yesterday")."""
    return {"first_name": row.first_name, "full_name": row.name_in_full, "role": row.role,
            "company": row.note_company or row.company,
            "memorable": row.memorable, "why_fit": row.why_fit, "your_name": your_name,
            "interview_day": templates.interview_day(row.interview_on, sent_on)}


def fill_template(workspace: Workspace, interview_id: int, contact_id: int, template_name: str,
                  sent_on: date | None = None) -> templates.FilledNote:
    """The named template filled in for this person (nothing is saved), for a note going out on `sent_on`
    (today when None): it names the interview's day as seen from then ("yesterday" for tomorrow morning)."""
    row = composer_row(workspace, interview_id, contact_id)
    info = next((t for t in list_templates(workspace) if t.name == template_name), None)
    if info is None:
        raise NoteError(Message("There is no template called “{name}”", name=template_name))
    fields = fields_for(row, workspace.settings.your_name, sent_on or workspace.now().astimezone(workspace.zone).date())
    return templates.fill(templates.load_template(info.path), fields)


# --- checks -----------------------------------------------------------------------------------------------

_known_names: dict[tuple[str, int], tuple[str, ...]] = {}


def known_names(workspace: Workspace) -> tuple[str, ...]:
    """Every name and company on the cards: never a spelling mistake. Read again only after a write."""
    with workspace.session() as session:
        generation = session.scalar(select(DataGeneration.generation)) or 0
        key = (str(workspace.paths.database), generation)
        if key not in _known_names:
            rows = session.execute(select(Contact.full_name, Contact.company)).all()
            _known_names.clear()  # one data folder at a time; the old generation is of no further use
            _known_names[key] = tuple(dict.fromkeys(text for row in rows for text in row if text))
        return _known_names[key]


def check_note(workspace: Workspace, row: ComposerRow, others: list[ComposerRow]) -> list[note_checks.Check]:
    """Every live check on the person's draft as saved in `row`, with the card, the settings and the other notes."""
    email = row.channel is NoteChannel.EMAIL
    # An email is read the day it goes out (now, or when scheduled); a card in the post, some days later.
    read_on = (row.scheduled_at or workspace.now()).astimezone(workspace.zone).date()
    ended = row.interview_end
    days_after = (read_on - ended.astimezone(workspace.zone).date()).days if email and ended else None
    context = note_review.note_context(
        workspace.settings, workspace.paths, full_name=row.name_in_full, greet_as=row.first_name,
        company=row.note_company or row.company, title=row.title, role=row.role, memorable=row.memorable,
        subject=row.subject if email else None,  # a card in the post has no subject
        other_notes=[(o.full_name, o.body) for o in others if o.body.strip()], known_names=known_names(workspace),
        days_after=days_after)
    return note_checks.run_all(row.body, context)


# --- reading ----------------------------------------------------------------------------------------------


def interviews_with_people(workspace: Workspace) -> list[InterviewRow]:
    """Interviews that have begun and have people to thank, most recent first, with their notes counted by status."""
    now = workspace.now()
    with workspace.session() as session:
        interviews = session.scalars(
            select(Interview).where(Interview.cancelled.is_(False), Interview.starts_at <= now)
            .options(selectinload(Interview.people), selectinload(Interview.notes),
                     selectinload(Interview.opportunity))
            .order_by(Interview.starts_at.desc(), Interview.id.desc())).all()
        rows = []
        for interview in interviews:
            if not interview.people:
                continue
            notes = {n.contact_id: n for n in interview.notes}
            counts = Counter(_status(True, n.channel, n.state, n.posted, n.hand_edited) if n else "none"
                             for n in (notes.get(met.contact_id) for met in interview.people))
            rows.append(InterviewRow(
                interview_id=interview.id, company=interview.opportunity.company, role=interview.opportunity.role,
                starts_at=interview.starts_at, kind=interview.kind, people=len(interview.people),
                counts=dict(counts)))
        return rows


def _interview(session: Session, interview_id: int) -> Interview:
    interview = session.get(Interview, interview_id, options=[
        selectinload(Interview.people).selectinload(MeetingNote.contact).selectinload(Contact.emails),
        selectinload(Interview.notes), selectinload(Interview.opportunity)])
    if interview is None:
        raise NoteError(Message("Interview {id} no longer exists", id=interview_id))
    return interview


def _row(workspace: Workspace, interview: Interview, met: MeetingNote, note: ThankYouNote | None) -> ComposerRow:
    contact, opportunity = met.contact, interview.opportunity
    ended = interview.ends_at or interview.starts_at
    values: dict[str, Any] = {}  # ComposerRow's defaults when there is no note yet
    if note is not None:
        values = {"has_note": True, "channel": note.channel, "state": note.state, "subject": note.subject,
                  "body": note.body, "template": note.template, "sent_at": note.sent_at, "written": note.written,
                  "addressed": note.addressed, "stamped": note.stamped, "posted": note.posted,
                  "hand_edited": note.hand_edited, "scheduled_at": note.scheduled_at,
                  "send_error": note.send_error}
    return ComposerRow(
        interview_id=interview.id, contact_id=contact.id, opportunity_id=opportunity.id,
        full_name=contact.full_name, given_name=contact.given_name, family_name=contact.family_name,
        greet_as=greeting(contact.greet_as, contact.full_name, contact.given_name, contact.family_name,
                          contact.family_first), family_first=contact.family_first,
        title=contact.title, company=contact.company or opportunity.company,
        note_company=company_for_note(contact.company, opportunity.company),
        email=contact.emails[0].address if contact.emails else "", role=opportunity.role, kind=interview.kind,
        interview_on=interview.starts_at.astimezone(workspace.zone).date(),
        memorable=met.memorable, why_fit=opportunity.why_fit, interview_end=ended,
        due=deadlines.note_due(ended, workspace.settings, workspace.zone), **values)


def composer_rows(workspace: Workspace, interview_id: int) -> list[ComposerRow]:
    """Every person met in the interview, in the order they were added, with their note if one was started."""
    with workspace.session() as session:
        interview = _interview(session, interview_id)
        notes = {n.contact_id: n for n in interview.notes}
        return [_row(workspace, interview, met, notes.get(met.contact_id)) for met in interview.people]


def composer_row(workspace: Workspace, interview_id: int, contact_id: int) -> ComposerRow:
    """One person's row; NoteError when they were not met in that interview."""
    for row in composer_rows(workspace, interview_id):
        if row.contact_id == contact_id:
            return row
    raise NoteError(Message("Contact {contact} was not met in interview {interview}", contact=contact_id,
                                interview=interview_id))


# --- writing ----------------------------------------------------------------------------------------------


def _note(session: Session, interview_id: int, contact_id: int) -> ThankYouNote:
    note = session.scalar(select(ThankYouNote).where(ThankYouNote.interview_id == interview_id,
                                                     ThankYouNote.contact_id == contact_id))
    if note is None:
        raise NoteError(english("No note has been started for this person yet"))
    return note


def ensure_draft(workspace: Workspace, interview_id: int, contact_id: int, template_name: str) -> ComposerRow:
    """Start the person's note from a template, unless there is one already.

    A note that exists but has no text yet (sample data, or one created by marking it for handwriting) is
    filled too, so the composer never opens on an empty page.
    """
    row = composer_row(workspace, interview_id, contact_id)
    if row.has_note and (row.body.strip() or row.is_sent):
        return row
    filled = fill_template(workspace, interview_id, contact_id, template_name)
    with workspace.session() as session:
        note = session.scalar(select(ThankYouNote).where(ThankYouNote.interview_id == interview_id,
                                                         ThankYouNote.contact_id == contact_id))
        if note is None:
            note = ThankYouNote(interview_id=interview_id, contact_id=contact_id)
            session.add(note)
        note.subject, note.body, note.template = filled.subject, filled.body, template_name
        note.hand_edited = False
        note.updated_at = workspace.now()
    return composer_row(workspace, interview_id, contact_id)


def apply_template(workspace: Workspace, interview_id: int, contact_id: int, template_name: str) -> ComposerRow:
    """Replace the draft's subject and text with the named template, filled in for this person."""
    filled = fill_template(workspace, interview_id, contact_id, template_name)
    with workspace.session() as session:
        note = _editable(session, interview_id, contact_id)
        note.subject, note.body, note.template = filled.subject, filled.body, template_name
        note.hand_edited = False
        note.updated_at = workspace.now()
    return composer_row(workspace, interview_id, contact_id)


def refresh_draft(workspace: Workspace, interview_id: int, contact_id: int,
                  sent_on: date | None = None) -> ComposerRow:
    """Fill an untouched draft again from its template, so it follows the memorable moment, the why-you-fit
    line, the card, your name and the day it goes out (`sent_on`, today when None); a draft edited by hand,
    or sent, is never replaced."""
    row = composer_row(workspace, interview_id, contact_id)
    if not row.has_note or row.hand_edited or row.is_sent or row.is_scheduled or not row.template:
        return row
    try:
        filled = fill_template(workspace, interview_id, contact_id, row.template, sent_on)
    except (NoteError, templates.TemplateError):
        return row  # the template was removed or broken: keep the text as it is
    if (filled.subject, filled.body) == (row.subject, row.body):
        return row
    with workspace.session() as session:
        note = _editable(session, interview_id, contact_id)
        note.subject, note.body = filled.subject, filled.body
        note.updated_at = workspace.now()
    return composer_row(workspace, interview_id, contact_id)


def _editable(session: Session, interview_id: int, contact_id: int) -> ThankYouNote:
    note = _note(session, interview_id, contact_id)
    if note.state is NoteState.SENT:
        raise NoteError(english("This note has been sent; it can no longer be changed"))
    if note.scheduled_at is not None:
        # Locked, so what goes out is what the user saw when scheduling it.
        raise NoteError(english("This note is scheduled to be sent; cancel the schedule to change it (the draft is "
                                "kept)"))
    return note


def save_draft(workspace: Workspace, interview_id: int, contact_id: int, subject: str, body: str) -> None:
    """Store the text as typed by the user (the composer's autosave); from now on no template replaces it.

    DraftNotSavedError when the database refuses."""
    try:
        with workspace.session() as session:
            note = _editable(session, interview_id, contact_id)
            note.subject, note.body = subject, body
            note.hand_edited = True
            note.updated_at = workspace.now()
    except (sqlite3.OperationalError, OperationalError) as error:
        raise DraftNotSavedError(_why_refused(workspace, error)) from error


def _why_refused(workspace: Workspace, error: Exception) -> str:
    cause = getattr(error, "orig", None) or error  # the driver's error, not the statement around it
    problem = folder_problem(workspace.paths.data_dir, cause)
    if problem is not None:
        return problem.args[0]
    if "locked" in str(cause) or "busy" in str(cause):
        return english("The database is busy: another program (an import, a command, or another Afterview) has "
                       "been writing to it for more than a few seconds.")
    return Message("The database refused it ({reason}).", reason=safe_message(cause))


def free_to_save(workspace: Workspace) -> bool:
    """True when nothing holds the database's write lock, so a save would not have to wait."""
    return free_to_write(workspace.paths.database)


def set_channel(workspace: Workspace, interview_id: int, contact_id: int, channel: NoteChannel) -> ChangeSet:
    """Email, handwritten card or other; a handwritten card then follows the printed checklist's ticks."""
    with workspace.session() as session:
        note = _editable(session, interview_id, contact_id)
        note.channel = channel
        note.updated_at = workspace.now()
        return ChangeSet.of(RecordKind.NOTE, [note.id])


def set_state(workspace: Workspace, interview_id: int, contact_id: int, state: NoteState) -> ChangeSet:
    """Draft or ready; a note becomes sent only through mark_sent or a send."""
    if state is NoteState.SENT:
        raise NoteError(english("A note is marked sent when it goes out, not by changing its state"))
    with workspace.session() as session:
        note = _editable(session, interview_id, contact_id)
        note.state = state
        note.updated_at = workspace.now()
        return ChangeSet.of(RecordKind.NOTE, [note.id])


def mark_sent(workspace: Workspace, interview_id: int, contact_id: int, when: datetime) -> ChangeSet:
    """Record that the note went out at `when`."""
    with workspace.session() as session:
        note = _note(session, interview_id, contact_id)
        note.state, note.sent_at = NoteState.SENT, when
        note.scheduled_at, note.send_error = None, ""  # sent early by hand, or at its time: nothing left to send
        note.updated_at = workspace.now()
        return ChangeSet.of(RecordKind.NOTE, [note.id])


def save_memorable(workspace: Workspace, interview_id: int, contact_id: int, memorable: str) -> None:
    """What the candidate remembers of this person (the meeting note's memorable line)."""
    with workspace.session() as session:
        met = session.scalar(select(MeetingNote).where(MeetingNote.interview_id == interview_id,
                                                       MeetingNote.contact_id == contact_id))
        if met is None:
            raise NoteError(Message("Contact {contact} was not met in interview {interview}", contact=contact_id,
                                interview=interview_id))
        met.memorable = memorable.strip()


def save_why_fit(workspace: Workspace, opportunity_id: int, why_fit: str) -> None:
    """The one line on why the candidate fits the role, shared by every note for that opportunity."""
    with workspace.session() as session:
        opportunity = session.get(Opportunity, opportunity_id)
        if opportunity is None:
            raise NoteError(Message("Opportunity {id} no longer exists", id=opportunity_id))
        opportunity.why_fit = why_fit.strip()


def resign_drafts(workspace: Workspace, old_name: str, new_name: str) -> int:
    """Sign every unsent note signed `old_name` (or not yet signed) with `new_name`; returns how many changed."""
    changed = 0
    with workspace.session() as session:
        # A scheduled note is locked until it goes out: it keeps the signature it was scheduled with.
        for note in session.scalars(select(ThankYouNote).where(ThankYouNote.state != NoteState.SENT,
                                                               ThankYouNote.scheduled_at.is_(None))):
            body = signoff.resign(note.body, old_name, new_name)
            if body is not None:
                note.body, note.updated_at = body, workspace.now()
                changed += 1
    return changed


# --- sending ----------------------------------------------------------------------------------------------


def send_problem(workspace: Workspace, row: ComposerRow, need_email: bool = True) -> str | None:
    """Why this note cannot go out (or be printed to copy) yet, in plain words, or None when it can.

    A placeholder, a failing error-level check or a missing signature stops it; copying needs no address.
    """
    if row.is_sent:
        return Message("The note to {name} has already been sent.", name=row.full_name)
    if not row.body.strip():
        return english("The note is empty; write it before sending.")
    others = [o for o in composer_rows(workspace, row.interview_id) if o.contact_id != row.contact_id]
    failed = [c for c in check_note(workspace, row, others) if c.level == "error" and not c.ok]
    if failed:
        return Message("The note to {name} is not ready to go out: {reasons}. Correct it in the note composer, where "
                       "the checks beside the draft show each problem.", name=row.full_name,
                       reasons=[c.reason for c in failed])
    if not need_email:
        return None
    if not row.email.strip():
        return Message("{name}'s card has no email address; add one in Contacts, or mark the note for handwriting.",
                       name=row.full_name)
    try:
        mail.check_address(row.email, row.full_name)
    except mail.MailError as error:
        return Message("{problem}. Correct it in Contacts.", problem=error.args[0])
    return None


def _sendable(workspace: Workspace, interview_id: int, contact_id: int) -> ComposerRow:
    # An untouched draft goes out as the card and settings say now, even when sent without being opened again.
    row = refresh_draft(workspace, interview_id, contact_id)
    problem = send_problem(workspace, row)
    if problem:
        raise NoteError(problem)
    return row


def mailto_link(workspace: Workspace, interview_id: int, contact_id: int) -> str | None:
    """A mailto: link with the saved subject and text, or None when it is too long for mail programs."""
    row = _sendable(workspace, interview_id, contact_id)
    return mail.mailto_url(row.email, row.subject, row.body)


def send_by_smtp(workspace: Workspace, interview_id: int, contact_id: int, password: str | None) -> ChangeSet:
    """Send the saved note over SMTP and mark it sent. On SendError the note is left as it was."""
    row = _sendable(workspace, interview_id, contact_id)
    settings = workspace.settings
    try:
        message = mail.build_message(settings.your_name, settings.your_email, row.full_name, row.email,
                                     row.subject, row.body)
    except mail.MailError as error:
        if not settings.your_email.strip():
            raise NoteError(english("Your own email address is not set; enter it under Settings → You.")) from None
        raise NoteError(error.args[0]) from None
    smtp.send(message, smtp.SmtpSettings.from_settings(settings), password)
    when = workspace.now()
    return mark_sent(workspace, interview_id, contact_id, when)
