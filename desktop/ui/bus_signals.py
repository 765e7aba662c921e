"""D-Bus signals from a jeepney blocking connection, delivered through the Qt event loop.

A QSocketNotifier wakes the connection's reader when its socket has data: no thread and no asyncio loop.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QSocketNotifier


class BusSignals(QObject):
    """Hands each message matching one of `rules` to `received`, as it arrives on `connection`."""

    def __init__(self, connection: object, rules: Iterable[object], received: Callable[[object], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self._received = received
        self._queue: deque = deque()
        for rule in rules:
            connection.filter(rule, queue=self._queue)  # type: ignore[attr-defined]
        self._watch = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)  # type: ignore
        self._watch.activated.connect(self.read)

    def read(self) -> None:
        """Read what is waiting and hand on the matching signals, also those a blocking call queued meanwhile."""
        try:
            while True:
                self.connection.recv_messages(timeout=0)  # type: ignore[attr-defined]
        except TimeoutError:
            pass  # everything that was waiting has been read
        except (OSError, ValueError):
            self._watch.setEnabled(False)  # the bus went away
        while self._queue:
            self._received(self._queue.popleft())

    def close(self) -> None:
        self._watch.setEnabled(False)
        self.connection.close()  # type: ignore[attr-defined]
