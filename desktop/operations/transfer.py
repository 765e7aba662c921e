"""Import and export: choose the file format from the file name and run it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.core.wording import counted, joined
from desktop.operations.calendar_export import export_calendar
from desktop.operations.export_targets import refuse_existing
from desktop.operations.ics_transfer import import_invites
from desktop.operations.progress import NO_PROGRESS, Cancelled, Progress
from desktop.operations.transfer_types import ContactsExported, Exported, ImportReport, ImportSummary, TransferError
from desktop.operations.vcard_transfer import export_vcards, import_vcards
from desktop.operations.workspace import Workspace
from desktop.storage.database import DatabaseError

__all__ = ["Exported", "ImportReport", "ImportSummary", "TransferError", "export", "import_file", "import_files"]


Importer = Callable[..., ImportSummary]  # (workspace, path, *, progress=..., [prefer_theirs=... for cards])


IMPORTERS: dict[str, Importer] = {".vcf": import_vcards, ".vcard": import_vcards, ".ics": import_invites}
EXPORTS = ("contacts", "calendar")


def import_file(workspace: Workspace, path: Path, *, progress: Progress = NO_PROGRESS,
                prefer_theirs: bool = False) -> ImportSummary:
    """Import one file, picking the format by its extension; `prefer_theirs` takes a card's differing values."""
    suffix = path.suffix.lower()
    if suffix not in IMPORTERS:
        known = ", ".join(sorted(IMPORTERS))
        raise TransferError(f"{path.name}: cannot import {suffix or 'a file without an extension'} files "
                            f"(Afterview reads {known})")
    if not path.exists():
        raise TransferError(f"{path}: no such file")
    if IMPORTERS[suffix] is import_vcards:
        return import_vcards(workspace, path, progress=progress, prefer_theirs=prefer_theirs)
    return IMPORTERS[suffix](workspace, path, progress=progress)


def import_files(workspace: Workspace, paths: list[Path], *, progress: Progress = NO_PROGRESS) -> ImportReport:
    """Import each file in its own transaction; one that fails is reported and the others go on. Cancelling
    rolls back the file being read and begins no other."""
    report = ImportReport()
    for path in paths:
        if report.cancelled:
            report.lines.append(f"{path.name}: not imported (cancelled before it began)")
            continue
        try:
            summary = import_file(workspace, path, progress=progress)
        except (TransferError, DatabaseError) as error:  # DatabaseError: kept busy by another writer
            report.problems.append(str(error))
            report.lines.append(f"{path.name}: not imported")
        except Cancelled:
            report.cancelled = True
            report.lines.append(f"{path.name}: cancelled; nothing of this file was imported")
        else:
            report.problems.extend(summary.problems)
            report.changes |= summary.changes
            report.differences.extend(summary.differences)
            report.lines.append(f"{path.name}: {summary.describe()}")
    return report


# What each export counts, in the singular, for the sentence that reports it.
EXPORTED_NOUNS = {"contacts": "contact", "calendar": "calendar event", "calendar events": "calendar event",
                  "opportunities": "opportunity", "call attempts": "call attempt", "notes": "note"}


def exported_summary(counts: dict[str, int]) -> str:
    """'9 contacts, 1 calendar event and 3 opportunities'."""
    return joined([counted(n, EXPORTED_NOUNS.get(what, what)) for what, n in counts.items()])


def export(workspace: Workspace, what: str, path: Path, overwrite: bool = False, *,
           progress: Progress = NO_PROGRESS) -> Exported:
    """Export `what` (contacts or calendar) to `path`; says what was written.

    Unless `overwrite`, an existing file at `path` is refused (ExistingFilesError) and left as it is.
    """
    if what not in EXPORTS:
        raise TransferError(f"exporting {what} is not supported yet")
    if not overwrite:
        refuse_existing(path.parent, [path])
    if what == "calendar":
        return export_calendar(workspace, path, progress=progress)
    return ContactsExported(export_vcards(workspace, path, progress=progress))
