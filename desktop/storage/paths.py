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
OWNER_ONLY_UMASK = 0o077  # no permission at all for the group or others


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


def create_owner_only() -> None:
    """From now on every file this process creates is 0600 and every folder 0700 (Linux, macOS).

    Set by the entry point before anything is written, so no file is ever readable by others, not even for the
    moment between its creation and a chmod. On Windows the files live under the user's own profile.
    """
    if os.name == "posix":
        os.umask(OWNER_ONLY_UMASK)


def tighten_folders(paths: AppPaths) -> None:
    """Take group and others' access away from the app's own folders, left looser by older versions.

    Only the folders Afterview owns: a folder the user exports into is theirs to set.
    """
    if os.name != "posix":
        return
    for folder in {paths.data_dir, paths.config_dir, paths.logs_dir, paths.backups_dir}:
        try:
            mode = folder.stat().st_mode
            if mode & OWNER_ONLY_UMASK:
                folder.chmod(mode & 0o700)
        except OSError:
            continue  # missing (created 0700 when first needed) or not the user's to change
