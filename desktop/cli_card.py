"""`afterview card read IMAGE... [--json] [--save]`: business cards read from their photos, on the command line.

Without --save nothing is written and the database is not even opened: only the settings are read, for the
phone region. The OCR engine loads when the first card is read, not when the command line starts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.card_reading import CardReading, ReadField
    from desktop.core.contact_rules import FieldCheck
    from desktop.operations.workspace import Workspace

    Verbs = argparse._SubParsersAction[argparse.ArgumentParser]

# Below this a field is marked for checking in the summary, as the review screen marks it.
LOW_CONFIDENCE = 0.6


def add_parser(verbs: Verbs) -> None:
    card = verbs.add_parser("card", help="business cards: read them from photos")
    actions = card.add_subparsers(dest="card_action", metavar="ACTION", required=True)
    read = actions.add_parser(
        "read", help="read business cards from photos or scans, on this computer",
        description="Propose each card's name, title, company, emails, phones, website and address. Nothing is "
                    "saved unless --save. Exit status: 0 when at least one image was read, 1 when none could be.")
    read.add_argument("images", nargs="+", type=Path, metavar="IMAGE",
                      help="a photo or scan of a card, or a folder: every picture in it")
    read.add_argument("--back", type=Path, metavar="IMAGE",
                      help="the photo of the card's back (only with a single IMAGE, the front)")
    read.add_argument("--json", action="store_true",
                      help='print a JSON array, one object per image: {"file", "name", "title", "company", '
                           '"emails", "phones", "website", "address", "confidence", ...}')
    read.add_argument("--save", action="store_true",
                      help="add each card read as a new contact, its spelling not yet checked")


def wants_database(args: argparse.Namespace) -> bool:
    """Only --save writes; reading alone leaves the data folder untouched."""
    return bool(args.save)


def run(args: argparse.Namespace, workspace: Workspace | None, data_dir: str | None) -> int:
    """Read every image; 0 when at least one was read, 1 when none could be, 2 on a usage error."""
    from desktop.core.card_reading import CardImageProblem, CardReading
    from desktop.operations import card_scans

    if args.back is not None and len(args.images) != 1:
        print("afterview: --back goes with a single front IMAGE", file=sys.stderr)
        return 2
    region = card_scans.phone_region(data_dir) if workspace is None else workspace.settings.default_phone_region
    pictures = _pictures(args.images)
    if not pictures:
        print(f"afterview: no pictures (JPEG, PNG, WebP ...) in {', '.join(map(str, args.images))}", file=sys.stderr)
        return 1
    results: list[dict[str, object]] = []
    read = 0
    for path in pictures:
        try:
            reading = card_scans.read_card_file(workspace, path, args.back, region=region)
        except CardImageProblem as error:
            results.append({**CardReading(str(path)).as_json(), "error": str(error)})
            if not args.json:
                print(f"afterview: {error}", file=sys.stderr)
            continue
        read += 1
        result: dict[str, object] = {**reading.as_json(), "error": "",
                                     "phone_warnings": _phone_warnings(reading, region)}
        if args.save:
            assert workspace is not None
            result.update(_save(workspace, reading))
        results.append(result)
        if not args.json:
            print(("\n" if read > 1 else "") + _summary(reading, region, result))
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0 if read else 1


PICTURE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff", ".heic", ".heif"}


def _pictures(paths: list[Path]) -> list[Path]:
    """The files named, a folder standing for the pictures in it (by name, not its subfolders)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in PICTURE_SUFFIXES)
        else:
            found.append(path)
    return found


def _save(workspace: Workspace, reading: CardReading) -> dict[str, object]:
    """Add the reading as a new contact; what was saved, or why not, for the JSON and the summary."""
    from desktop.operations import card_scans
    from desktop.operations.contacts import find_duplicates

    card = card_scans.card_from_reading(reading)
    if not card.display_name.strip():
        return {"contact_id": None, "saved": "not saved: no name could be read on the card; add it in the window"}
    duplicates = find_duplicates(workspace, card)
    contact_id = card_scans.save_reading(workspace, reading, card).id
    note = f"saved as contact {contact_id}, spelling not yet checked"
    if duplicates:
        note += "; it may be the same person as " + "; ".join(f"{d.name} (contact {d.contact_id}: "
                                                            f"{d.reason.rstrip('.').lower()})" for d in duplicates)
    return {"contact_id": contact_id, "saved": note}


def _phone_warnings(reading: CardReading, region: str) -> list[str]:
    """Beside each of the JSON's "phones", why it may be wrong (kept as printed), or "" for a valid number."""
    from desktop.core.contact_rules import check_phone

    return [_why(check_phone(phone.value, region)) for phone in reading.phones if phone.kind != "fax"]


def _why(checked: FieldCheck) -> str:
    return checked.warning if checked.ok else checked.reason


def _summary(reading: CardReading, region: str, result: dict[str, object]) -> str:
    from desktop.core.contact_rules import check_phone, format_phone

    def line(label: str, read: ReadField | None, shown: str = "", warning: str = "") -> str:
        if read is None:
            return ""
        mark = "   (check: read with low confidence)" if read.confidence < LOW_CONFIDENCE else ""
        note = f"\n  {'':<10}{warning}" if warning else ""
        return f"  {label + ':':<10}{shown or read.value}{mark}{note}\n"

    text = f"{Path(reading.file).name}\n"
    text += line("Name", reading.name) + line("Also", reading.other_name) + line("Title", reading.title)
    text += line("Company", reading.company)
    text += "".join(line("Email", email) for email in reading.emails)
    for phone in reading.phones:
        checked = check_phone(phone.value, region)
        valid = checked.ok and not checked.warning
        shown = format_phone(checked.normalized, region) if valid else phone.value
        label = {"fax": "Fax", "mobile": "Mobile"}.get(phone.kind, "Phone")
        text += line(label, phone, shown, _why(checked))
    text += line("Website", reading.website) + line("Address", reading.address)
    if text.count("\n") == 1:
        text += "  nothing could be read as a card's field\n"
    text += "".join(f"  note: {problem}\n" for problem in reading.problems)
    if result.get("saved"):
        text += f"  {result['saved']}\n"
    return text.rstrip("\n")
