"""Importing emails (.eml, .mbox): their invitations are imported, their signatures and promises proposed.

The invitations go through the invitation import itself (one transaction, one import to undo, for the whole
file). The sender's signature and a promised decision date are only proposed: nothing else is written until the
user accepts a proposal (in the window, or with the command line's --save-card and --apply-decision).
"""

from __future__ import annotations

import mailbox
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.cards import ImportProblem
from desktop.core.contact_rules import fold
from desktop.core.domain import CaptureMethod
from desktop.core.invitation_rules import company_from_email
from desktop.core.mail_reading import MailMessage, MailText, promised_decision, proposed_card, read_message
from desktop.core.messages import LongDate, Message, english, plural, together
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.operations.ics_transfer import import_invites
from desktop.operations.progress import NO_PROGRESS, Progress
from desktop.operations.transfer_types import (
    DecisionTarget,
    ImportSummary,
    MailFindings,
    ProposedCard,
    ProposedDecision,
    TransferError,
)
from desktop.operations.vcard_transfer import import_cards, read_file
from desktop.operations.workspace import Workspace
from desktop.storage.models import ContactEmail, Interview, MeetingNote, Opportunity

# A mailbox of a whole account is not what this reads; a folder or a search about applications is.
MAX_MAILBOX_MESSAGES = 20_000
MAX_NAMED_PROPOSALS = 4  # more are counted in the summary line, and listed in the window and by the command line
# Legal forms dropped when a signature's company is compared with an opportunity's ("Acme Ltd" is "Acme").
_LEGAL_FORMS = {"ltd", "limited", "inc", "llc", "plc", "gmbh", "ag", "sa", "sas", "bv", "nv", "co", "corp", "group"}


def looks_like_mailbox(data: bytes) -> bool:
    """Whether a file starts as an mbox does: a "From " line, then headers."""
    return data.startswith(b"From ") and b"\n" in data[:1000]


def import_mail(workspace: Workspace, path: Path, *, progress: Progress = NO_PROGRESS) -> ImportSummary:
    """One email (.eml): its invitations imported, its sender's signature and promised decision date proposed."""
    progress.update(0, 0, path.name)
    try:
        message = read_message(read_file(path), path.name)
    except ImportProblem as problem:
        raise TransferError(problem.args[0]) from None
    summary = _take(workspace, path, [message], [], progress)
    if not summary.findings and message.calendars:  # only an invitation, which could not be read: say why
        raise TransferError(together(summary.problems, "; "))
    if not summary.findings:
        raise TransferError(Message(
            "{file}: nothing for Afterview in the message from {sender} (“{subject}”): no invitation, no signature "
            "with more than a name, no sentence promising a decision by a date", file=path.name,
            sender=message.sender, subject=message.subject))
    return summary


def import_mailbox(workspace: Workspace, path: Path, *, progress: Progress = NO_PROGRESS) -> ImportSummary:
    """The messages of an .mbox that matter (with an invitation, or promising a decision), taken as one import.

    Every message is read (progress is told message by message, and Cancel stops before anything is written);
    the rest is as for one email, in one transaction for the whole file.
    """
    progress.update(0, 0, path.name)
    try:
        box = mailbox.mbox(path, create=False)
    except (OSError, mailbox.Error) as error:
        raise TransferError(Message("{file}: cannot be read as a mailbox ({error})", file=path.name,
                                    error=str(error))) from None
    try:
        count, matter, problems = _scan(workspace, path, box, progress)
    finally:
        box.close()
    summary = _take(workspace, path, matter, problems, progress)
    scanned = Message("{read}, {matter:,} about an interview", read=plural("%n message(s) read", "", count),
                      matter=len(matter))
    if not summary.findings:
        raise TransferError(Message("{file}: {scanned}: no invitation, and no sentence promising a decision by a "
                                    "date", file=path.name, scanned=scanned))
    summary.findings.insert(0, scanned)
    return summary


def _scan(workspace: Workspace, path: Path, box: mailbox.mbox,
          progress: Progress) -> tuple[int, list[MailMessage], list[str]]:
    """(how many messages, those that matter, a problem per message that could not be read)."""
    try:
        keys = box.keys()
    except (OSError, mailbox.Error) as error:
        raise TransferError(Message("{file}: cannot be read as a mailbox ({error})", file=path.name,
                                    error=str(error))) from None
    if not keys:
        raise TransferError(Message("{file}: not a mailbox (.mbox): no message in it", file=path.name))
    if len(keys) > MAX_MAILBOX_MESSAGES:
        raise TransferError(Message(
            "{file}: {count:,} messages, more than the {most:,} Afterview reads in one mailbox. Export only the "
            "messages about your applications (a folder, or a search) and import that.", file=path.name,
            count=len(keys), most=MAX_MAILBOX_MESSAGES))
    matter: list[MailMessage] = []
    problems: list[str] = []
    own = workspace.settings.your_email.strip().casefold()
    for number, key in enumerate(keys):
        progress.update(number, len(keys), path.name)
        try:
            message = read_message(box.get_bytes(key), f"{path.name}, message {number + 1}")
        except ImportProblem as problem:
            problems.append(problem.args[0])
            continue
        if message.calendars or any(_promise(text, message, workspace) for text in _others(message, own)):
            matter.append(message)
    return len(keys), matter, problems


def _others(message: MailMessage, own: str) -> list[MailText]:
    """The texts written by someone else than the user: their own words promise nothing and sign no card."""
    return [text for text in message.texts if text.sender_email.casefold() != own or not own]


def _said_on(text: MailText, message: MailMessage, workspace: Workspace) -> date:
    """The day the words were written, in the user's time zone; a message without a date counts as today."""
    when: datetime | None = text.sent_at or message.texts[0].sent_at
    if when is None:
        return workspace.now().astimezone(workspace.zone).date()
    return when.astimezone(workspace.zone).date() if when.utcoffset() is not None else when.date()


def _promise(text: MailText, message: MailMessage, workspace: Workspace) -> ProposedDecision | None:
    promise = promised_decision(text, _said_on(text, message, workspace))
    if promise is None or promise.reading.decision_date is None:
        return None
    return ProposedDecision(promise.reading.decision_date, promise.sentence, text.who, message.subject, None)


def _take(workspace: Workspace, path: Path, messages: list[MailMessage], problems: list[str],
          progress: Progress) -> ImportSummary:
    """Import the messages' invitations together, and gather what their texts propose."""
    summary = ImportSummary(problems=list(problems))
    calendars = list(dict.fromkeys(c for message in messages for c in message.calendars))
    summary.problems += [p for message in messages for p in message.problems]
    if calendars:
        try:
            invites = import_invites(workspace, path, progress=progress,
                                     content="\r\n".join(calendars).encode("utf-8"))
        except TransferError as error:  # the rest of the email still counts
            summary.problems.append(error.args[0])
        else:
            summary.merge(invites)
            summary.batch_id = invites.batch_id
            summary.findings.append(_invitations_line(len(calendars), invites))
    findings = _proposals(workspace, path.name, messages)
    if findings.cards or findings.decisions:
        summary.findings.append(Message("proposed: {proposals}", proposals=_proposed(findings)))
        summary.mail = findings
    return summary


def _proposed(findings: MailFindings) -> str:
    """Each proposal named when there are a few; counted when a mailbox holds many."""
    cards, decisions = len(findings.cards), len(findings.decisions)
    if cards + decisions > MAX_NAMED_PROPOSALS:
        return together([part for part in (
            plural("%n card(s) from signatures", "", cards) if cards else "",
            plural("%n decision date(s)", "", decisions) if decisions else "") if part], ", ")
    return together([Message("the card of {name}", name=p.card.display_name) for p in findings.cards]
                    + [Message("a decision by {day}", day=LongDate.of(d.decision_date)) for d in findings.decisions],
                    ", ")


def _invitations_line(count: int, invites: ImportSummary) -> str:
    what = english("the invitation") if count == 1 else plural("%n invitation(s)", "", count)
    done = [part for part in (plural("%n interview(s) added", "", invites.added) if invites.added else "",
                              plural("%n interview(s) updated", "", invites.updated) if invites.updated else "")
            if part]
    return Message("{what} imported: {done}", what=what, done=together(done, ", ")) if done \
        else Message("{what} already imported, unchanged", what=what)


def _proposals(workspace: Workspace, file_name: str, messages: list[MailMessage]) -> MailFindings:
    """A card per person not already proposed, and the newest promise per person, each with its interview."""
    own = workspace.settings.your_email.strip().casefold()
    region = workspace.settings.default_phone_region
    found = MailFindings(file_name)
    cards: dict[str, ProposedCard] = {}
    decisions: dict[str, tuple[date, ProposedDecision]] = {}
    for message in messages:
        for text in _others(message, own):
            card = proposed_card(text, region)
            # The person by the address on their card: a tracking system sends every recruiter's mail from one.
            key = (card.emails[0].value if card is not None and card.emails else text.sender_email).casefold()
            if card is not None and key not in cards:
                cards[key] = ProposedCard(card, text.who, message.subject)
            decision = _promise(text, message, workspace)
            said = _said_on(text, message, workspace)
            if decision is not None and (key not in decisions or decisions[key][0] <= said):
                decisions[key] = (said, decision)
    with workspace.session() as session:
        known = {address.casefold(): contact_id for address, contact_id in session.execute(
            select(ContactEmail.address, ContactEmail.contact_id).order_by(ContactEmail.id.desc()))}
        found.targets, guesses = _targets(session, workspace)
    found.cards = [ProposedCard(p.card, p.sender, p.subject, known.get(key)) for key, p in cards.items()]
    for key, (_, decision) in decisions.items():
        company = cards[key].card.company if key in cards else company_from_email(key)
        found.decisions.append(ProposedDecision(
            decision.decision_date, decision.sentence, decision.sender, decision.subject,
            _guess(known.get(key), company, guesses)))
    return found


_Guesses = tuple[dict[int, int], dict[str, int]]  # contact id → interview id, folded company → interview id


def _targets(session: Session, workspace: Workspace) -> tuple[list[DecisionTarget], _Guesses]:
    """The latest interview of each open opportunity, and how to tell which one an email is about."""
    opportunities = session.scalars(select(Opportunity).options(
        selectinload(Opportunity.interviews).selectinload(Interview.people).load_only(MeetingNote.contact_id)))
    targets: list[DecisionTarget] = []
    by_contact: dict[int, int] = {}
    by_company: dict[str, int] = {}
    for opportunity in opportunities:
        live = [i for i in opportunity.interviews if not i.cancelled]
        if not opportunity.status.is_open or not live:
            continue
        last = live[-1]  # the interviews are kept in order of their start
        held = last.starts_at.astimezone(workspace.zone)
        targets.append(DecisionTarget(
            last.id, Message("{company} — {role} (interview {day})", company=opportunity.company, role=opportunity.role,
                             day=held.date()),
            last.decision_date))
        by_company[_company_key(opportunity.company)] = last.id
        for interview in live:
            for person in interview.people:
                by_contact[person.contact_id] = last.id
            if interview.process_owner_id is not None:
                by_contact[interview.process_owner_id] = last.id
    return targets, (by_contact, by_company)


def _company_key(company: str) -> str:
    return "".join(word for word in fold(company).replace(",", " ").replace(".", " ").split()
                   if word not in _LEGAL_FORMS)


def _guess(contact_id: int | None, company: str, guesses: _Guesses) -> int | None:
    """The interview of an opportunity the sender was met at, else one at the sender's company."""
    by_contact, by_company = guesses
    if contact_id is not None and contact_id in by_contact:
        return by_contact[contact_id]
    return by_company.get(_company_key(company)) if company else None


def apply_decision(workspace: Workspace, interview_id: int, decision: ProposedDecision) -> ChangeSet:
    """Write a promised decision date to an interview; its next steps get the sentence unless the user wrote some."""
    with workspace.write_session() as session:
        interview = session.get(Interview, interview_id)
        if interview is None:
            raise TransferError(english("That interview no longer exists; the decision date was not written."))
        interview.decision_date = decision.decision_date
        if not interview.next_steps.strip():
            interview.next_steps = decision.sentence
    return ChangeSet.of(RecordKind.INTERVIEW, [interview_id])


def save_cards(workspace: Workspace, findings: MailFindings) -> ImportSummary:
    """The proposed cards added (or, for a sender already in the card file, merged as an imported card is)."""
    return import_cards(workspace, findings.file_name, [p.card for p in findings.cards], CaptureMethod.EMAIL)
