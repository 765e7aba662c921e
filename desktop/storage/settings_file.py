"""Reading and writing the settings file; a file that cannot be read is set aside, never reset silently."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.messages import Message, os_reason
from desktop.core.settings import Settings, SettingsError, from_plain, to_plain


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    warning: str = ""  # set when the file was unreadable and was moved aside
    stored: frozenset[str] = frozenset()  # the settings the file holds; the others are defaults


def load(path: Path) -> LoadedSettings:
    """The settings in `path`; defaults when it does not exist yet."""
    if not path.exists():
        return LoadedSettings(Settings())
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LoadedSettings(from_plain(data), stored=frozenset(data))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, SettingsError) as error:
        aside = path.with_name(f"{path.name}.unreadable-{datetime.now():%Y%m%d-%H%M%S}")
        try:
            path.rename(aside)
        except OSError:
            return LoadedSettings(Settings(), Message("The settings file {path} could not be read ({reason}). "
                                                      "Defaults are in use and the file has been left as it is.",
                                                      path=str(path), reason=_reason(error)))
        return LoadedSettings(Settings(), Message("The settings file could not be read ({reason}). It was kept as "
                                                  "{name} and the defaults are in use.", reason=_reason(error),
                                                  name=aside.name))


def _reason(error: Exception) -> str:
    """Why the file could not be read, in words a face can translate where they are Afterview's own."""
    if isinstance(error, SettingsError):
        return error.args[0]
    return os_reason(error) if isinstance(error, OSError) else str(error)


def peek(path: Path) -> LoadedSettings:
    """The settings in `path` for a quick look before the data folder is opened (the start-up's cached Today, a
    card's phone region): defaults when it does not exist or cannot be read, and an unreadable file is left where it
    is, for `load` to set aside and report."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LoadedSettings(from_plain(data), stored=frozenset(data))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, SettingsError):  # a missing file too
        return LoadedSettings(Settings())


def save(path: Path, settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the previous file intact."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(to_plain(settings), handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
