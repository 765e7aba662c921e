"""The data generation counter (migration 0002), read with plain sqlite3 so start-up needs no SQLAlchemy."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def read_generation(path: Path) -> int | None:
    """The data generation counter, read with plain sqlite3 (no SQLAlchemy); None when it cannot be read."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            row = connection.execute("SELECT generation FROM data_generation WHERE id = 1").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None
