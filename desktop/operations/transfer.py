"""Import and export: choose the file format from the file name and run it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from desktop.operations.export_targets import refuse_existing
from desktop.operations.ics_transfer import export_calendar, import_invites
from desktop.operations.progress import NO_PROGRESS, Cancelled, Progress
from desktop.operations.transfer_types import ImportReport, ImportSummary, TransferError
from desktop.operations.vcard_transfer import export_vcards, import_vcards
from desktop.operations.workspace import Workspace
from desktop.storage.database import DatabaseError

__all__ = ["ImportReport", "ImportSummary", "TransferError", "export", "import_file", "import_files"]


Importer = Callable[..., ImportSummary]  # (workspace, path, *, progress=..., [prefer_theirs=... for cards])


class Exporter(Protocol):
    def __call__(self, workspace: Workspace, path: Path, *, progress: Progress = ...) -> int: ...


IMPORTERS: dict[str, Importer] = {".vcf": import_vcards, ".vcard": import_vcards, ".ics": import_invites,
                                  ".vcs": import_invites}
EXPORTERS: dict[str, Exporter] = {"contacts": export_vcards, "calendar": export_calendar}


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


def export(workspace: Workspace, what: str, path: Path, overwrite: bool = False, *,
           progress: Progress = NO_PROGRESS) -> int:
    """Export `what` (contacts or calendar) to `path`; returns how many records were written.

    Unless `overwrite`, an existing file at `path` is refused (ExistingFilesError) and left as it is.
    """
    if what not in EXPORTERS:
        raise TransferError(f"exporting {what} is not supported yet")
    if not overwrite:
        refuse_existing(path.parent, [path])
    return EXPORTERS[what](workspace, path, progress=progress)
