"""The rotating log file, in the platform's log folder (or the chosen data folder's `logs`).

Every record passes a redacting filter first, so the file never holds a note's text, a contact's details or
the parameters of a failed SQL statement.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop.redaction import redact, safe_traceback

LOG_NAME = "afterview.log"


class RedactingFilter(logging.Filter):
    """Rewrites each record: its message redacted, its exception reduced to a traceback with safe messages."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # arguments that do not fit the format: keep the format alone
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = safe_traceback(record.exc_info[1])
        record.exc_info = None
        return True


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Send the app's log records to a rotating file (1 MB x 5); returns the file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger("afterview")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    root.setLevel(level)
    return path
