"""One running Afterview per user and data folder; a second launch hands its files over and exits.

A QLockFile in the data folder says who is first. Qt removes a lock left by a crashed process (its
PID is gone); a lock file whose content cannot be read at all is removed here, since Qt would only
give up on it after 30 s. The first instance then listens on a QLocalServer, removing a socket file
a crashed predecessor may have left. A later launch finds the lock held, connects, sends its files
as absolute paths and exits 0; the first one raises its window and imports them.

QtNetwork (25-55 ms to import) and json are loaded only to hand over or, in the first instance, to listen
once the window is shown; the socket's name (the user's name, hashed) is worked out only then too.
"""

from __future__ import annotations

import functools
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:  # QtNetwork is imported only when a socket is needed: the first instance listens after show
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "afterview.lock"
CONNECT_MS = 500
HANDOVER_PATIENCE = 8.0  # seconds to keep trying while the first instance is still starting


def server_name(data_dir: Path, user: str | None = None) -> str:
    """A name unique to the user and the data folder, short enough for a Unix socket path."""
    import getpass  # here, not at the top: the name is first needed once the window shows

    from PySide6.QtCore import QCryptographicHash

    user = user or getpass.getuser()
    key = f"{user}\0{Path(data_dir).absolute()}".encode()
    digest = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256).toHex().data().decode()[:16]
    return f"afterview-{digest}"


def hand_over(name: str, files: list[Path], timeout_ms: int = CONNECT_MS) -> bool:
    """Send the files to the running instance; True once it has acknowledged them."""
    import json

    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    payload = {"files": [str(Path(f).absolute()) for f in files]}
    socket.write(json.dumps(payload).encode("utf-8") + b"\n")
    socket.waitForBytesWritten(timeout_ms)
    answered = socket.waitForReadyRead(timeout_ms * 4) and bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return answered


class SingleInstance(QObject):
    received = Signal(list)  # list[Path] handed over by a later launch (possibly empty: "show yourself")

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = QLockFile(str(data_dir / LOCK_NAME))
        self.server: QLocalServer | None = None
        self._sockets: list[QLocalSocket] = []
        self.primary = False

    @functools.cached_property
    def name(self) -> str:
        """The hand-over socket's name."""
        return server_name(self.data_dir)

    def acquire(self) -> bool:
        """Take the lock; True when this is the first instance (stale and unreadable locks are cleared)."""
        if self.lock.tryLock(0):
            self.primary = True
            return True
        if self.lock.error() == QLockFile.LockError.LockFailedError:
            pid, _host, _app = self.lock.getLockInfo()
            if pid == 0 and self.lock.removeStaleLockFile():  # unreadable: corrupt, not a live owner
                self.primary = self.lock.tryLock(0)
                return self.primary
        return False

    def listen(self) -> bool:
        """Start accepting hand-overs; a socket left by a crashed instance is removed first."""
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)
        self.server.newConnection.connect(self._on_connection)
        return self.server.listen(self.name)

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            # Sockets are kept and ended here, never left to Qt's parent clean-up: a socket destroyed with its
            # server while its Python slots are still connected crashed the process (PySide6 6.11).
            self._sockets.append(socket)
            socket.readyRead.connect(lambda s=socket: self._on_readable(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        if socket in self._sockets:
            self._sockets.remove(socket)
            socket.readyRead.disconnect()
            socket.disconnected.disconnect()
            socket.deleteLater()

    def _on_readable(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        import json

        line = bytes(socket.readLine().data())
        try:
            files = [Path(f) for f in json.loads(line)["files"]]
        except (ValueError, KeyError, TypeError):
            socket.write(b"error\n")
            return
        socket.write(b"ok\n")
        socket.flush()
        self.received.emit(files)

    def release(self) -> None:
        for socket in list(self._sockets):
            self._forget(socket)
            socket.abort()
        if self.server is not None:
            self.server.newConnection.disconnect()
            self.server.close()
            self.server.deleteLater()
            self.server = None
        if self.primary:
            self.lock.unlock()


def claim(data_dir: Path, files: list[Path]) -> SingleInstance | None:
    """Before building a window: None when a running instance took the files (exit 0), else this instance.

    When the lock is held but nobody answers within HANDOVER_PATIENCE (a hung instance), this one
    starts anyway without listening, rather than not starting at all.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    instance = SingleInstance(data_dir)
    if instance.acquire():
        return instance
    deadline = time.monotonic() + HANDOVER_PATIENCE
    while time.monotonic() < deadline:
        if hand_over(instance.name, files):
            return None
        if instance.acquire():  # the holder died meanwhile
            return instance
        time.sleep(0.1)
    return instance
