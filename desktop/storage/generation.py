"""The data generation counter (migration 0002), read with plain sqlite3 so start-up needs no SQLAlchemy."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def read_generation(path: Path) -> int | None:
    """The data generation counter, read with plain sqlite3 (no SQLAlchemy); None when it cannot be read."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        return generation_on(connection)
    finally:
        connection.close()


def generation_on(connection: Any) -> int | None:
    """The counter as an open DB-API connection sees it; None where it cannot be read (a database being made)."""
    cursor = connection.cursor()
    try:
        cursor.execute("SELECT generation FROM data_generation WHERE id = 1")
        row = cursor.fetchone()
    except sqlite3.Error:
        return None
    finally:
        cursor.close()
    return row[0] if row else None
