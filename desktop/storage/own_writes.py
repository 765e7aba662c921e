"""Which moves of the data generation counter (migration 0002) this process's own writes made, so that a move can
be told from another process's write: the command line, a second window."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event

from desktop.storage.generation import generation_on


class OwnWrites:
    """The stretches of the data generation counter this process's own writes moved it through, so that a move of
    the counter can be told from another process's write (the command line, a second window).

    Every engine this process makes reports here (`watch`): before a transaction's first INSERT, UPDATE or DELETE
    the counter is read, and again just before it commits. SQLite lets one writer at a time commit, and holds the
    lock from the first write to the commit, so the stretch between the two readings is this transaction's own
    (but for another process's commit in the instant between the first reading and the lock); a transaction that
    only reads reports nothing.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # Each database file's (from, to]: the counter's values this process's writes gave it.
        self._stretches: dict[str, list[tuple[int, int]]] = {}

    def watch(self, engine: Engine) -> None:
        event.listen(engine, "before_cursor_execute", self._on_statement)
        event.listen(engine, "commit", self._on_commit)
        event.listen(engine, "rollback", lambda connection: connection.info.pop(_WRITING_FROM, None))

    def elsewhere(self, database: Path, since: int, now: int) -> bool:
        """Whether some other process moved the counter of `database` from `since` to `now` (a counter that went
        back, a restored backup, counts as moved elsewhere); what this process wrote up to `now` is forgotten."""
        with self._lock:
            stretches = self._stretches.get(str(database), [])
            own = sorted((max(start, since), min(end, now)) for start, end in stretches if end > since and start < now)
            self._stretches[str(database)] = [(start, end) for start, end in stretches if end > now]
        if now < since:
            return True
        covered, reached = 0, since
        for start, end in own:
            covered += max(end - max(start, reached), 0)
            reached = max(reached, end)
        return covered < now - since

    def _on_statement(self, connection: Connection, cursor: Any, statement: str, *_: object) -> None:
        if _WRITING_FROM not in connection.info and statement.lstrip()[:6].upper() in _WRITES:
            generation = generation_on(cursor.connection)
            if generation is not None:
                connection.info[_WRITING_FROM] = generation

    def _on_commit(self, connection: Connection) -> None:
        start = connection.info.pop(_WRITING_FROM, None)
        if start is None or connection.connection.dbapi_connection is None:
            return
        end = generation_on(connection.connection.dbapi_connection)
        if end is not None and end > start:
            with self._lock:
                self._stretches.setdefault(str(connection.engine.url.database), []).append((start, end))


_WRITING_FROM = "afterview_writing_from"  # the counter before the transaction's first write, in its connection's info
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLAC")


# One per process: the question it answers is which process wrote. Every engine made by create_database_engine
# reports to it.
OWN_WRITES = OwnWrites()
