"""Reading the Connections.csv of LinkedIn's "Get a copy of your data" into cards.

The file starts with a few lines of notes ("Notes:" and a quoted paragraph about missing email addresses),
then a header row (First Name, Last Name, URL, Email Address, Company, Position, Connected On) and a row per
connection. Columns are found by their names, so a reordered file reads the same; Email Address is often empty
and may be missing, as may Connected On.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any  # csv.reader's type is private to the _csv module

from desktop.core.cards import ContactCard, ImportProblem, LabelledValue
from desktop.core.messages import Message
from desktop.core.phrases import MONTHS

MAX_CONNECTIONS = 50_000  # LinkedIn allows 30,000; more is not its export
MAX_PREAMBLE_ROWS = 20  # the notes above the header are a few lines
MAX_FIELD = 2_000  # characters in one cell

REQUIRED = ("First Name", "Last Name", "URL", "Company", "Position")
OPTIONAL = ("Email Address", "Connected On")
_EXPORT_HINT = Message("LinkedIn's own file has the columns {columns}",
                       columns=", ".join(REQUIRED[:3] + OPTIONAL[:1] + REQUIRED[3:] + OPTIONAL[1:]))
_CONNECTED_ON = re.compile(r"(\d{1,2})[ -]([A-Za-z]{3})[a-z]*\.?[ -](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass
class ConnectionsReadResult:
    """The connections read, and a message for each row left out or read only in part."""

    cards: list[ContactCard] = field(default_factory=list)
    connected_on: list[date | None] = field(default_factory=list)  # beside each card
    problems: list[str] = field(default_factory=list)
    skipped: int = 0


def looks_like_connections(data: bytes) -> bool:
    """Whether the file starts as LinkedIn's Connections.csv does: its notes, or its header row."""
    head = data[:4096].decode("utf-8-sig", errors="replace").lstrip()
    first = head.splitlines()[0] if head else ""
    return first.rstrip(",").strip('"').lower() == "notes:" or first.lower().startswith("first name,last name")


def read_connections(data: bytes, source: str) -> ConnectionsReadResult:
    """The connections of a Connections.csv; a file whose header row lacks a column raises ImportProblem naming it."""
    if not data.strip():
        raise ImportProblem(Message("{source}: the file is empty", source=source))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # re-saved by a spreadsheet on Windows
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        columns = _header(reader, source)
        return _rows(reader, columns, source)
    except csv.Error as error:
        raise ImportProblem(Message("{source}, line {line}: not readable as CSV ({error})", source=source,
                                    line=reader.line_num, error=str(error))) from None


def _header(reader: Any, source: str) -> dict[str, int]:
    """The column of each field by name, from the first row after the notes."""
    for row in reader:
        cells = [cell.strip().lstrip("\ufeff") for cell in row]
        if len([c for c in cells if c]) < 2 and reader.line_num <= MAX_PREAMBLE_ROWS:
            continue  # a blank line, "Notes:", or the paragraph of notes under it: one cell each
        found = {cell.lower(): number for number, cell in reversed(list(enumerate(cells))) if cell}
        missing = [name for name in REQUIRED if name.lower() not in found]
        if missing:
            shown = ", ".join(c for c in cells if c)[:300]
            raise ImportProblem(Message(
                "{source}, line {line}: not LinkedIn's Connections.csv as Afterview reads it: the header row lacks "
                "{missing} (it has {found}). {hint}.", source=source, line=reader.line_num, missing=", ".join(missing),
                found=shown, hint=_EXPORT_HINT))
        return {name: found[name.lower()] for name in REQUIRED + OPTIONAL if name.lower() in found}
    raise ImportProblem(Message("{source}: no header row was found (only notes or blank lines). {hint}.",
                                source=source, hint=_EXPORT_HINT))


def _rows(reader: Any, columns: dict[str, int], source: str) -> ConnectionsReadResult:
    result = ConnectionsReadResult()
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        if len(result.cards) == MAX_CONNECTIONS:
            result.problems.append(Message("{source}, line {line}: more than {most:,} connections; the rest of the "
                                           "file was left out", source=source, line=reader.line_num,
                                           most=MAX_CONNECTIONS))
            result.skipped += 1
            break
        values = {name: _cell(row, number) for name, number in columns.items()}
        place = Message("{source}, line {line}", source=source, line=reader.line_num)
        given, family = values["First Name"], values["Last Name"]
        if not (given or family):
            result.problems.append(Message("{place}: a connection without a name was left out", place=place))
            result.skipped += 1
            continue
        card = ContactCard(full_name=" ".join(p for p in (given, family) if p), given_name=given,
                           family_name=family, title=values["Position"], company=values["Company"],
                           linkedin=values["URL"])
        if email := values.get("Email Address", ""):
            # The address a connection signed up to LinkedIn with: most often their own, not their employer's.
            card.emails = [LabelledValue(email, "home")]
        result.cards.append(card)
        result.connected_on.append(_connected_on(values.get("Connected On", ""), place, result.problems))
    if not result.cards and not result.problems:
        raise ImportProblem(Message("{source}: no connections in it, only the header row", source=source))
    return result


def _cell(row: list[str], number: int) -> str:
    return " ".join(row[number].split())[:MAX_FIELD] if number < len(row) else ""


def _connected_on(value: str, place: str, problems: list[str]) -> date | None:
    """'05 Dec 2024' (LinkedIn's form, in English whatever the account's language) or 2024-12-05."""
    if not value:
        return None
    try:
        if match := _CONNECTED_ON.fullmatch(value):
            month = next(n for n, name in enumerate(MONTHS, 1) if name[:3] == match.group(2).lower())
            return date(int(match.group(3)), month, int(match.group(1)))
        if match := _ISO.fullmatch(value):
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except (StopIteration, ValueError):
        pass
    problems.append(Message("{place}: Connected On {value} is not a date; the connection was imported without it",
                            place=place, value=repr(value)))
    return None
