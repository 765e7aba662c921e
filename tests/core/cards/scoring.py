"""The corpus README's scoring of a card reading against what a careful person reads on the card."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from desktop.core.card_reading import TextLine

HERE = Path(__file__).parent
FIELDS = ("name", "title", "company", "emails", "phones", "website")


def truth() -> dict[str, dict[str, str]]:
    """cards.tsv as file stem -> row (a copy of the corpus's ground truth, kept with the recorded lines)."""
    with (HERE / "cards.tsv").open(encoding="utf-8", newline="") as handle:
        return {Path(row["file"]).stem: row for row in csv.DictReader(handle, delimiter="\t")}


def recorded_lines(stem: str, folder: Path = HERE) -> list[TextLine]:
    """The OCR lines recorded for one card (record_lines.py): straightened as the app reads it, or raw/."""
    data = json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))
    return [TextLine(line["text"], tuple(tuple(p) for p in line["box"]), line["confidence"])  # type: ignore[arg-type]
            for line in data["lines"]]


def _text(value: str) -> str:
    return " ".join(value.casefold().split())


def _site(value: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", value.strip(), flags=re.IGNORECASE).rstrip("/").casefold()


def _last8(value: str) -> str:
    return "".join(c for c in value if c.isdigit())[-8:]


def score(field: str, expected: str, got: dict[str, object]) -> bool | None:
    """Right, wrong, or None when the truth holds an unreadable character (`?`) and is not scored."""
    if "?" in expected:
        return None
    if field in ("name", "title", "company"):
        forms = [f.strip() for f in expected.split(" / ")] if field == "name" else [expected]
        read = [str(got[field])] + ([str(got.get("other_name", ""))] if field == "name" else [])
        if not expected:
            return not got[field]
        return any(_text(r) == _text(f) for f in forms for r in read if r)
    if field == "website":
        return _site(str(got["website"])) == _site(expected)
    printed = [v.strip() for v in expected.split("|") if v.strip()]
    if field == "emails":
        return {e.casefold() for e in got["emails"]} == {e.casefold() for e in printed}  # type: ignore[attr-defined]
    proposed = {_last8(p) for p in got["phones"]}  # type: ignore[attr-defined]
    return {_last8(p) for p in printed} <= proposed and len(proposed - {_last8(p) for p in printed}) <= 1
