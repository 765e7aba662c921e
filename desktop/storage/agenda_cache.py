"""The Today list as last shown, so the next start can list it before SQLAlchemy is even imported.

It is used only when provably current: the database's data generation (bumped by triggers on every
write, by any program) is unchanged, the settings and time zone are the same, and the clock has not
passed the moment the list would change by itself (an interview starting or ending, a snooze ending).
"""

from __future__ import annotations

import json
import os
from dataclasses import fields
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from desktop.core.agenda import AgendaItem, ItemKind
from desktop.core.messages import English, Message, english
from desktop.core.settings import Settings, to_plain
from desktop.storage.generation import read_generation

CACHE_NAME = "today-cache.json"
VERSION = 2  # 2: titles and details keep their template, so that the window shows them in its language
FIELDS = [field.name for field in fields(AgendaItem)]


def context_of(settings: Settings, zone: ZoneInfo) -> str:
    """What the list was derived with besides the data: the settings and the time zone."""
    return json.dumps({"settings": to_plain(settings), "zone": zone.key}, sort_keys=True)


def save(folder: Path, items: list[AgendaItem], valid_until: datetime | None, generation: int,
         database_empty: bool, context: str) -> None:
    """Write atomically; a cache that cannot be written only costs the next start a little time."""
    _write(folder, {"version": VERSION, "generation": generation, "context": context,
                    "database_empty": database_empty, "valid_until": valid_until.isoformat() if valid_until else None,
                    "items": [_plain(i) for i in items]})


def _plain(item: AgendaItem) -> dict[str, object]:
    """One item as JSON holds it, field by field: asdict deep-copies every title, 31 ms against 7 for 674 items,
    spent as Today is listed and before the user can act."""
    return {**{name: getattr(item, name) for name in FIELDS}, "kind": item.kind.value, "due": item.due.isoformat(),
            "title": _text(item.title), "detail": _text(item.detail)}


def _text(text: str) -> str | dict[str, object]:
    """A title or detail as JSON holds it: a Message as its template and values, a marked text marked, so that the
    window shows the cached list in its own language as it shows the one read from the database."""
    if isinstance(text, Message) and all(isinstance(v, (str, int)) for v in text.values.values()):
        return {"template": text.template, "values": {k: _text(v) if isinstance(v, str) else v
                                                      for k, v in text.values.items()}}
    if isinstance(text, English):
        return {"english": str(text)}
    return str(text)


def _read_text(value: object) -> str:
    if isinstance(value, dict) and "english" in value:
        return english(value["english"])
    if isinstance(value, dict):
        return Message(value["template"], **{k: v if isinstance(v, int) else _read_text(v)
                                             for k, v in value["values"].items()})
    if isinstance(value, str):
        return value
    raise TypeError(f"not a cached text: {value!r}")


def carry_forward(folder: Path, read_at: int, written_to: int) -> None:
    """The list saved at generation `read_at` marked current at `written_to`, after a write that Today does not
    show moved the generation on; a cache saved at another generation stays as it is (stale)."""
    try:
        data = json.loads((folder / CACHE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(data, dict) and data.get("version") == VERSION and data.get("generation") == read_at:
        _write(folder, {**data, "generation": written_to})


def _write(folder: Path, data: dict[str, object]) -> None:
    temporary = folder / (CACHE_NAME + ".tmp")
    try:
        temporary.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temporary, folder / CACHE_NAME)
    except OSError:
        temporary.unlink(missing_ok=True)


def load(folder: Path, database: Path, now: datetime, context: str) -> tuple[list[AgendaItem], bool] | None:
    """(items, database_empty) when the cache is current, else None."""
    try:
        data = json.loads((folder / CACHE_NAME).read_text(encoding="utf-8"))
        if data["version"] != VERSION or data["context"] != context:
            return None
        if data["valid_until"] and now >= datetime.fromisoformat(data["valid_until"]):
            return None
        if read_generation(database) != data["generation"]:
            return None
        items = [AgendaItem(**{**i, "kind": ItemKind(i["kind"]), "due": datetime.fromisoformat(i["due"]),
                               "title": _read_text(i["title"]), "detail": _read_text(i["detail"])})
                 for i in data["items"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return items, bool(data["database_empty"])
