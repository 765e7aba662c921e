"""The rotating log file, in the platform's log folder (or the chosen data folder's `logs`)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "afterview.log"


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Send the app's log records to a rotating file (1 MB x 5); returns the file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger("afterview")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
