"""Everything in open formats, so nobody is locked in: vCard, iCalendar, CSV and plain text."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.core.contact_rules import fold
from desktop.core.messages import Message, os_reason
from desktop.operations.calendar_export import export_calendar
from desktop.operations.export_targets import refuse_existing
from desktop.operations.progress import NO_PROGRESS, Progress
from desktop.operations.transfer_types import TransferError
from desktop.operations.vcard_transfer import export_vcards, write_file_atomically
from desktop.operations.workspace import Workspace
from desktop.storage.models import FollowUpCall, Interview, Opportunity, ThankYouNote

OPPORTUNITY_COLUMNS = ("id", "company", "role", "status", "posting_url", "why_fit", "notes", "created_at",
                       "status_history", "interviews")
FILES = ("contacts.vcf", "calendar.ics", "opportunities.csv", "calls.csv")
CALL_COLUMNS = ("opportunity_id", "company", "contact", "planned_on", "called_at", "outcome", "notes", "feedback",
                "next_date")


def _csv(rows: list[dict[str, object]], columns: tuple[str, ...]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")  # the BOM lets spreadsheet programs read UTF-8 names


def _slug(text: str) -> str:
    """A part of a file name in the text's own script ('王伟', 'tomas-ortega'), accents folded, at most 40 letters."""
    return re.sub(r"[^\w]+", "-", unicodedata.normalize("NFC", fold(text))).strip("-_")[:40] or "note"


def note_file_name(note: ThankYouNote) -> str:
    """Date, company and person, readable in any script; the note's id makes two notes' names always differ
    (two people named in Chinese once folded to the same empty name and one note was lost)."""
    interview = note.interview
    return (f"{interview.starts_at:%Y-%m-%d}-{_slug(interview.opportunity.company)}-{_slug(note.contact.full_name)}"
            f"-{note.id}.txt")


def export_everything(workspace: Workspace, folder: Path, overwrite: bool = False, *,
                      progress: Progress = NO_PROGRESS) -> dict[str, int]:
    """Write contacts.vcf, calendar.ics, opportunities.csv, calls.csv and notes/*.txt; returns what was written.

    Unless `overwrite`, a folder already holding any of these files is refused (ExistingFilesError lists
    them) before anything is written. Progress is told file by file (and card by card within contacts.vcf).
    """
    texts, rows, calls = _read_everything(workspace)
    notes = folder / "notes"
    planned = [folder / name for name in FILES] + [notes / name for name in texts]
    if not overwrite:
        refuse_existing(folder, planned)
    try:
        notes.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise TransferError(Message("{folder}: cannot be created ({reason})", folder=str(folder),
                                    reason=os_reason(error))) from None
    counts = {"contacts": export_vcards(workspace, folder / "contacts.vcf", progress=progress),
              "calendar events": export_calendar(workspace, folder / "calendar.ics", progress=progress).count}
    files = {"opportunities.csv": _csv(rows, OPPORTUNITY_COLUMNS), "calls.csv": _csv(calls, CALL_COLUMNS),
             **{f"notes/{name}": text.encode("utf-8") for name, text in texts.items()}}
    for number, (name, data) in enumerate(files.items()):
        progress.update(number, len(files), name)
        write_file_atomically(folder / name, data)
    counts.update({"opportunities": len(rows), "call attempts": len(calls), "notes": len(texts)})
    return counts


def _read_everything(workspace: Workspace) -> tuple[dict[str, str], list[dict[str, object]], list[dict[str, object]]]:
    """The notes' files by name, the opportunities' rows and the call attempts' rows."""
    with workspace.session() as session:
        opportunities = session.scalars(select(Opportunity).order_by(Opportunity.id).options(
            selectinload(Opportunity.status_changes), selectinload(Opportunity.interviews))).all()
        rows: list[dict[str, object]] = [{"id": o.id, "company": o.company, "role": o.role, "status": o.status.value,
                 "posting_url": o.posting_url, "why_fit": o.why_fit, "notes": o.notes,
                 "created_at": o.created_at.isoformat(),
                 "status_history": "; ".join(f"{c.status.value} {c.changed_at:%Y-%m-%d %H:%M}Z"
                                             for c in o.status_changes),
                 "interviews": len(o.interviews)} for o in opportunities]
        calls: list[dict[str, object]] = []
        for call in session.scalars(select(FollowUpCall).options(
                selectinload(FollowUpCall.attempts), selectinload(FollowUpCall.contact))):
            opportunity = session.get(Opportunity, call.opportunity_id)
            assert opportunity is not None  # the call's foreign key
            company = opportunity.company
            for attempt in call.attempts:
                calls.append({"opportunity_id": call.opportunity_id, "company": company,
                              "contact": call.contact.full_name if call.contact else "",
                              "planned_on": call.planned_on.isoformat(), "called_at": attempt.called_at.isoformat(),
                              "outcome": attempt.outcome.value, "notes": attempt.notes, "feedback": attempt.feedback,
                              "next_date": attempt.next_date.isoformat() if attempt.next_date else ""})
        notes = session.scalars(select(ThankYouNote).options(
            selectinload(ThankYouNote.contact),
            selectinload(ThankYouNote.interview).selectinload(Interview.opportunity))).all()
        texts = {}
        for note in notes:
            sent = f"sent {note.sent_at:%Y-%m-%d %H:%M}Z" if note.sent_at else note.state.value
            texts[note_file_name(note)] = (f"To: {note.contact.full_name}\nSubject: {note.subject}\n"
                                           f"Channel: {note.channel.value}\nState: {sent}\n\n{note.body}\n")
    return texts, rows, calls
