"""Reading a jeepney blocking D-Bus connection from the Qt event loop, which a QSocketNotifier wakes."""

from __future__ import annotations


def read_waiting(connection: object) -> bool:
    """Read every message waiting on the connection into its filters' queues; False when the bus went away."""
    try:
        while True:
            connection.recv_messages(timeout=0)  # type: ignore[attr-defined]
    except TimeoutError:
        return True  # everything that was waiting has been read
    except (OSError, ValueError):
        return False
