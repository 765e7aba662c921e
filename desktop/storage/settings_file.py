"""Reading and writing the settings file; a file that cannot be read is set aside, never reset silently."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

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
            return LoadedSettings(Settings(), f"The settings file {path} could not be read ({error}). "
                                              "Defaults are in use and the file has been left as it is.")
        return LoadedSettings(Settings(), f"The settings file could not be read ({error}). It was kept as "
                                          f"{aside.name} and the defaults are in use.")


def save(path: Path, settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the previous file intact."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(to_plain(settings), handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
