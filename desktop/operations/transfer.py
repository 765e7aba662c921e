"""Import and export: choose the file format from the file name and run it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from desktop.core.linkedin import looks_like_connections
from desktop.core.messages import Message, plural, together
from desktop.operations.calendar_export import export_calendar
from desktop.operations.export_targets import refuse_existing
from desktop.operations.ics_transfer import import_chosen, import_invites, read_calendar_file
from desktop.operations.linkedin_transfer import import_linkedin
from desktop.operations.mail_transfer import import_mail, import_mailbox, looks_like_mailbox
from desktop.operations.progress import NO_PROGRESS, Cancelled, Progress
from desktop.operations.transfer_types import (
    ContactsExported,
    Exported,
    ImportReport,
    ImportSummary,
    InvitePreview,
    TransferError,
)
from desktop.operations.vcard_transfer import export_vcards, import_vcards
from desktop.operations.workspace import Workspace
from desktop.storage.database import DatabaseError

__all__ = ["Exported", "ImportReport", "ImportSummary", "InvitePreview", "TransferError", "export",
           "import_chosen_events", "import_file", "import_files"]


# (workspace, path, *, progress=..., [prefer_theirs=... for cards], [take_all=... for calendars])
Importer = Callable[..., ImportSummary]


IMPORTERS: dict[str, Importer] = {".vcf": import_vcards, ".vcard": import_vcards, ".ics": import_invites,
                                  ".vcs": import_invites, ".eml": import_mail, ".mbox": import_mailbox,
                                  ".csv": import_linkedin}
CARD_IMPORTERS = (import_vcards, import_linkedin)  # the ones that take prefer_theirs
# How many bytes tell a mailbox or LinkedIn's export from their start, for a file named otherwise.
SNIFFED_BYTES = 4096
EXPORTS = ("contacts", "calendar")


def import_file(workspace: Workspace, path: Path, *, progress: Progress = NO_PROGRESS,
                prefer_theirs: bool = False, take_all: bool = False) -> ImportSummary:
    """Import one file, picking the format by its extension, or by its content when the extension is not one
    Afterview knows (a mailbox saved as "Inbox", a LinkedIn export renamed .txt); `prefer_theirs` takes a card's
    differing values, `take_all` every event of a calendar (not only those that look like interviews)."""
    importer = _importer(path)
    if importer in CARD_IMPORTERS:
        return importer(workspace, path, progress=progress, prefer_theirs=prefer_theirs)
    if importer is import_invites:
        return import_invites(workspace, path, progress=progress, take_all=take_all)
    return importer(workspace, path, progress=progress)


def _importer(path: Path) -> Importer:
    """The importer for the file's extension or content; TransferError for a missing or unknown file."""
    if not path.exists():
        raise TransferError(Message("{path}: no such file", path=str(path)))
    return IMPORTERS.get(path.suffix.lower()) or _by_content(path)


def _by_content(path: Path) -> Importer:
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFFED_BYTES)
    except OSError:
        head = b""  # the importer's own reading says why, when there is one
    if looks_like_mailbox(head):
        return import_mailbox
    if looks_like_connections(head):
        return import_linkedin
    known = ", ".join(sorted(IMPORTERS))
    suffix = path.suffix.lower()
    if not suffix:
        raise TransferError(Message("{file}: cannot import a file without an extension (Afterview reads {known}, "
                                    "and mailboxes or LinkedIn's Connections.csv by their content)", file=path.name,
                                    known=known))
    raise TransferError(Message("{file}: cannot import {suffix} files (Afterview reads {known}, and mailboxes or "
                                "LinkedIn's Connections.csv by their content)", file=path.name, suffix=suffix,
                                known=known))


def import_files(workspace: Workspace, paths: list[Path], *, progress: Progress = NO_PROGRESS,
                 choose_later: bool = False) -> ImportReport:
    """Import each file in its own transaction; one that fails is reported and the others go on. Cancelling
    rolls back the file being read and begins no other.

    With `choose_later` (the window), a calendar of several events is read but not imported: it comes back in
    `to_choose` for the user to pick its interviews (ics_transfer.import_chosen then imports them).
    """
    report = ImportReport()
    for path in paths:
        if report.cancelled:
            report.lines.append(Message("{file}: not imported (cancelled before it began)", file=path.name))
            continue
        _report_on(report, path.name, partial(_import_or_hold, workspace, path, progress, choose_later, report))
    return report


def import_chosen_events(workspace: Workspace, preview: InvitePreview, positions: Iterable[int], *,
                         progress: Progress = NO_PROGRESS) -> ImportReport:
    """The events the user chose from a calendar read by import_files(choose_later=True), reported likewise."""
    report = ImportReport()
    _report_on(report, preview.file_name, lambda: import_chosen(workspace, preview, positions, progress=progress))
    return report


def _import_or_hold(workspace: Workspace, path: Path, progress: Progress, choose_later: bool,
                    report: ImportReport) -> ImportSummary | None:
    """Import the file; or, when the user is to choose, hold a calendar of several events in `report.to_choose`."""
    if not (choose_later and _importer(path) is import_invites):
        return import_file(workspace, path, progress=progress)
    preview = read_calendar_file(workspace, path, progress=progress)
    if preview.needs_choice:
        report.to_choose.append(preview)
        return None
    return import_chosen(workspace, preview, range(len(preview.events)), progress=progress)


def _report_on(report: ImportReport, name: str, work: Callable[[], ImportSummary | None]) -> None:
    """Run one file's import into the report: its line and problems; a failure or Cancel said, not raised."""
    try:
        summary = work()
    except (TransferError, DatabaseError) as error:  # DatabaseError: kept busy by another writer
        report.problems.append(error.args[0] if isinstance(error, TransferError) else str(error))
        report.lines.append(Message("{file}: not imported", file=name))
    except Cancelled:
        report.cancelled = True
        report.lines.append(Message("{file}: cancelled; nothing of this file was imported", file=name))
    else:
        if summary is not None:
            report.problems.extend(summary.problems)
            report.changes |= summary.changes
            report.differences.extend(summary.differences)
            if summary.mail is not None:
                report.mail.append(summary.mail)
            report.lines.append(Message("{file}: {summary}", file=name, summary=summary.describe()))


def exported_summary(counts: dict[str, int]) -> str:
    """'9 contacts, 1 calendar event and 3 opportunities'."""
    parts = [_exported(what, n) for what, n in counts.items()]
    if len(parts) <= 1:
        return together(parts)
    return Message("{items} and {last}", items=together(parts[:-1], ", "), last=parts[-1])


def _exported(what: str, n: int) -> str:
    """What one export counted, for the sentence that reports it."""
    if what == "contacts":
        return plural("%n contact(s)", "", n)
    if what in ("calendar", "calendar events"):
        return plural("%n calendar event(s)", "", n)
    if what == "opportunities":
        return plural("%n opportunit(y/ies)", "", n)
    if what == "call attempts":
        return plural("%n call attempt(s)", "", n)
    if what == "notes":
        return plural("%n note(s)", "", n)
    return f"{n:,} {what}"


def export(workspace: Workspace, what: str, path: Path, overwrite: bool = False, *,
           progress: Progress = NO_PROGRESS) -> Exported:
    """Export `what` (contacts or calendar) to `path`; says what was written.

    Unless `overwrite`, an existing file at `path` is refused (ExistingFilesError) and left as it is.
    """
    if what not in EXPORTS:
        raise TransferError(Message("exporting {what} is not supported yet", what=what))
    if not overwrite:
        refuse_existing(path.parent, [path])
    if what == "calendar":
        return export_calendar(workspace, path, progress=progress)
    return ContactsExported(export_vcards(workspace, path, progress=progress))
