"""What a test leaves running: threads, Qt timers and threads, shown windows, open database connections.

tests/conftest.py fails a test that leaves any behind (as napari's tests do): a timer that fires or a thread that
writes during the next test makes that one fail, at random, on a busy machine.
"""

from __future__ import annotations

import gc
import sys
import threading
import traceback
import weakref
from typing import Any

_open_connections: dict[int, tuple[Any, str]] = {}  # id of a DBAPI connection: it and where it was opened
_qt_objects: weakref.WeakSet[Any] = weakref.WeakSet()  # every QTimer and QThread made once Qt was loaded
_watching = {"database": False, "qt": False}


def watch() -> None:
    """Start following database connections and Qt timers and threads, once, as soon as each library is loaded."""
    if not _watching["database"] and "sqlalchemy" in sys.modules:
        from sqlalchemy import event
        from sqlalchemy.pool import Pool

        def opened(dbapi: Any, _record: Any) -> None:
            _open_connections[id(dbapi)] = (dbapi, _opener())

        event.listen(Pool, "connect", opened)
        for closing in ("close", "close_detached"):
            event.listen(Pool, closing, lambda dbapi, *_: _open_connections.pop(id(dbapi), None))
        _watching["database"] = True
    if not _watching["qt"] and "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThread, QTimer

        for cls in (QTimer, QThread):
            _follow_instances(cls)
        _watching["qt"] = True


def _opener() -> str:
    """The thread and the project's frames that opened a connection: what to close names itself."""
    frames = [frame for frame in traceback.extract_stack()[:-1] if "/desktop/" in frame.filename
              or "/tests/" in frame.filename]
    where = " < ".join(f"{frame.filename.rsplit('/', 2)[-1]}:{frame.lineno} {frame.name}" for frame in frames[::-1][:6])
    return f"{threading.current_thread().name!r}: {where}"


def _follow_instances(cls: type) -> None:
    made = cls.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        made(self, *args, **kwargs)
        _qt_objects.add(self)

    cls.__init__ = init  # type: ignore[misc]


def snapshot() -> tuple[set[threading.Thread], set[int]]:
    """What runs before the test: only what it adds is its own."""
    watch()
    return set(threading.enumerate()), set(_open_connections)


def left_behind(before: tuple[set[threading.Thread], set[int]]) -> list[str]:
    """What the test started and left running, each named; the connections among it are closed, the rest stopped
    where it can be, so that the next test starts clean."""
    threads, connections = before
    found: list[str] = []
    for thread in set(threading.enumerate()) - threads:
        if isinstance(thread, threading._DummyThread):  # a thread Qt started (a QThread's, followed below)
            continue
        thread.join(timeout=2)  # a thread told to stop may be finishing its last step
        if thread.is_alive():
            found.append(f"thread {thread.name!r} ({type(thread).__name__}) still running")
    if _watching["qt"]:  # first: it waits for Qt's pool, whose last task may still be closing its connection
        found += _qt_left_behind()
    if set(_open_connections) - connections:
        gc.collect()  # a session a widget still held, once collected, gives its connection back to be closed
    for key in set(_open_connections) - connections:
        connection, opener = _open_connections.pop(key)
        found.append(f"a database connection still open (an engine not disposed, a session not closed), opened "
                     f"on thread {opener}")
        connection.close()
    return found


def _qt_left_behind() -> list[str]:
    from PySide6.QtCore import QThread, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    found = []
    for item in list(_qt_objects):
        try:
            if _goes_with_a_closed_window(item):
                if isinstance(item, QTimer):  # a test's closed window is not deleted: its timers must not fire later
                    item.stop()
                continue
            if isinstance(item, QTimer) and item.isActive():
                found.append(f"a QTimer running (every {item.interval()} ms{', once' if item.isSingleShot() else ''}"
                             f", parent {type(item.parent()).__name__})")
                item.stop()
            elif isinstance(item, QThread) and item.isRunning():
                found.append(f"a QThread running ({type(item).__name__})")
        except RuntimeError:  # its C++ object was deleted with its parent: nothing left
            continue
    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(2000):
        found.append(f"{pool.activeThreadCount()} task(s) still running in Qt's global thread pool")
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for window in app.topLevelWidgets():
            if window.isVisible() and not _goes_with_a_closed_window(window):
                found.append(f"a window still shown: {type(window).__name__} {window.windowTitle()!r}")
                window.close()
    return found


def _goes_with_a_closed_window(item: Any) -> bool:
    """True for a timer, thread or dialog owned by a window pytest-qt has closed: deleted with it, a moment later."""
    from PySide6.QtWidgets import QWidget

    owner = item.parent()
    while owner is not None:
        if isinstance(owner, QWidget) and owner.isWindow() and not owner.isVisible():
            return True
        owner = owner.parent()
    return False
