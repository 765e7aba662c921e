"""Where Afterview keeps its files: the platform's folders, unless the user chose another."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from desktop import APP_NAME

DATA_DIR_VARIABLE = "AFTERVIEW_DATA_DIR"
CONFIG_DIR_VARIABLE = "AFTERVIEW_CONFIG_DIR"
DATABASE_NAME = "afterview.sqlite3"
SETTINGS_NAME = "settings.json"


class AppPaths(NamedTuple):  # not a dataclass: it is resolved before the window shows, and dataclasses costs 4 ms
    data_dir: Path
    config_dir: Path
    log_dir: Path | None = None  # None: a `logs` folder inside the data folder

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_NAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.log_dir or self.data_dir / "logs"


def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """--data-dir, then AFTERVIEW_DATA_DIR, then the platform's user data folder.

    A data folder chosen by the user is self-contained: its settings live beside the database,
    so a test or a portable copy never touches the user's own configuration.
    """
    chosen = data_dir or os.environ.get(DATA_DIR_VARIABLE)
    config = os.environ.get(CONFIG_DIR_VARIABLE)
    if chosen:
        base = Path(chosen).expanduser().absolute()
        return AppPaths(base, Path(config).expanduser().absolute() if config else base)
    import platformdirs  # only needed for the default folders

    return AppPaths(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(config) if config else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
