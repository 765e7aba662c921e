"""Import and export: choose the file format from the file name and run it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.operations.ics_transfer import export_calendar, import_invites
from desktop.operations.transfer_types import ImportSummary, TransferError
from desktop.operations.vcard_transfer import export_vcards, import_vcards
from desktop.operations.workspace import Workspace

__all__ = ["ImportSummary", "TransferError", "export", "import_file"]


Importer = Callable[..., ImportSummary]  # (workspace, path, *, prefer_theirs=...) for cards
Exporter = Callable[[Workspace, Path], int]

IMPORTERS: dict[str, Importer] = {".vcf": import_vcards, ".vcard": import_vcards, ".ics": import_invites}
EXPORTERS: dict[str, Exporter] = {"contacts": export_vcards, "calendar": export_calendar}


def import_file(workspace: Workspace, path: Path, *, prefer_theirs: bool = False) -> ImportSummary:
    """Import one file, picking the format by its extension; `prefer_theirs` takes a card's differing values."""
    suffix = path.suffix.lower()
    if suffix not in IMPORTERS:
        known = ", ".join(sorted(IMPORTERS))
        raise TransferError(f"{path.name}: cannot import {suffix or 'a file without an extension'} files "
                            f"(Afterview reads {known})")
    if not path.exists():
        raise TransferError(f"{path}: no such file")
    if IMPORTERS[suffix] is import_vcards:
        return import_vcards(workspace, path, prefer_theirs=prefer_theirs)
    return IMPORTERS[suffix](workspace, path)


def export(workspace: Workspace, what: str, path: Path) -> int:
    """Export `what` (contacts or calendar) to `path`; returns how many records were written."""
    if what not in EXPORTERS:
        raise TransferError(f"exporting {what} is not supported yet")
    return EXPORTERS[what](workspace, path)
