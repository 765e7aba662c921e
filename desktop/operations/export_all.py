"""Everything in open formats, so nobody is locked in: vCard, iCalendar, CSV and plain text."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.core.contact_rules import fold
from desktop.operations.ics_transfer import export_calendar
from desktop.operations.progress import NO_PROGRESS, Progress
from desktop.operations.transfer_types import TransferError
from desktop.operations.vcard_transfer import export_vcards, write_file_atomically
from desktop.operations.workspace import Workspace
from desktop.storage.models import FollowUpCall, Interview, Opportunity, ThankYouNote

OPPORTUNITY_COLUMNS = ("id", "company", "role", "status", "posting_url", "why_fit", "notes", "created_at",
                       "status_history", "interviews")
CALL_COLUMNS = ("opportunity_id", "company", "contact", "planned_on", "called_at", "outcome", "notes", "feedback",
                "next_date")


def _csv(rows: list[dict[str, object]], columns: tuple[str, ...]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")  # the BOM lets spreadsheet programs read UTF-8 names


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60] or "note"


def export_everything(workspace: Workspace, folder: Path, *, progress: Progress = NO_PROGRESS) -> dict[str, int]:
    """Write contacts.vcf, calendar.ics, opportunities.csv, calls.csv and notes/*.txt; returns counts.

    Progress is told file by file (and card by card within contacts.vcf).
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "notes").mkdir(exist_ok=True)
    except OSError as error:
        raise TransferError(f"{folder}: cannot be created ({error.strerror or error})") from None
    counts = {"contacts": export_vcards(workspace, folder / "contacts.vcf", progress=progress),
              "calendar events": export_calendar(workspace, folder / "calendar.ics", progress=progress)}
    with workspace.session() as session:
        opportunities = session.scalars(select(Opportunity).order_by(Opportunity.id).options(
            selectinload(Opportunity.status_changes), selectinload(Opportunity.interviews))).all()
        rows = [{"id": o.id, "company": o.company, "role": o.role, "status": o.status.value,
                 "posting_url": o.posting_url, "why_fit": o.why_fit, "notes": o.notes,
                 "created_at": o.created_at.isoformat(),
                 "status_history": "; ".join(f"{c.status.value} {c.changed_at:%Y-%m-%d %H:%M}Z"
                                             for c in o.status_changes),
                 "interviews": len(o.interviews)} for o in opportunities]
        calls = []
        for call in session.scalars(select(FollowUpCall).options(
                selectinload(FollowUpCall.attempts), selectinload(FollowUpCall.contact))):
            company = session.get(Opportunity, call.opportunity_id).company
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
            interview = note.interview
            name = (f"{interview.starts_at:%Y-%m-%d}-{_slug(interview.opportunity.company)}-"
                    f"{_slug(note.contact.full_name)}.txt")
            sent = f"sent {note.sent_at:%Y-%m-%d %H:%M}Z" if note.sent_at else note.state.value
            texts[name] = (f"To: {note.contact.full_name}\nSubject: {note.subject}\nChannel: {note.channel.value}\n"
                           f"State: {sent}\n\n{note.body}\n")
    files = {"opportunities.csv": _csv(rows, OPPORTUNITY_COLUMNS), "calls.csv": _csv(calls, CALL_COLUMNS),
             **{f"notes/{name}": text.encode("utf-8") for name, text in texts.items()}}
    for number, (name, data) in enumerate(files.items()):
        progress.update(number, len(files), name)
        write_file_atomically(folder / name, data)
    counts.update({"opportunities": len(rows), "call attempts": len(calls), "notes": len(texts)})
    return counts
