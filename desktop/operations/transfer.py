"""Import and export: choose the file format from the file name and run it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.operations.export_targets import refuse_existing
from desktop.operations.ics_transfer import export_calendar, import_invites
from desktop.operations.transfer_types import ImportSummary, TransferError
from desktop.operations.vcard_transfer import export_vcards, import_vcards
from desktop.operations.workspace import Workspace

__all__ = ["ImportSummary", "TransferError", "export", "import_file"]


Importer = Callable[[Workspace, Path], ImportSummary]
Exporter = Callable[[Workspace, Path], int]

IMPORTERS: dict[str, Importer] = {".vcf": import_vcards, ".vcard": import_vcards, ".ics": import_invites}
EXPORTERS: dict[str, Exporter] = {"contacts": export_vcards, "calendar": export_calendar}


def import_file(workspace: Workspace, path: Path) -> ImportSummary:
    """Import one file, picking the format by its extension."""
    suffix = path.suffix.lower()
    if suffix not in IMPORTERS:
        known = ", ".join(sorted(IMPORTERS))
        raise TransferError(f"{path.name}: cannot import {suffix or 'a file without an extension'} files "
                            f"(Afterview reads {known})")
    if not path.exists():
        raise TransferError(f"{path}: no such file")
    return IMPORTERS[suffix](workspace, path)


def export(workspace: Workspace, what: str, path: Path, overwrite: bool = False) -> int:
    """Export `what` (contacts or calendar) to `path`; returns how many records were written.

    Unless `overwrite`, an existing file at `path` is refused (ExistingFilesError) and left as it is.
    """
    if what not in EXPORTERS:
        raise TransferError(f"exporting {what} is not supported yet")
    if not overwrite:
        refuse_existing(path.parent, [path])
    return EXPORTERS[what](workspace, path)
