"""Hearing that the computer woke from sleep, so reminders that fell due while it slept are said at once.

Without this the scheduler notices a sleep only at its next timer wake (at most MAX_SLEEP later), by comparing
the wall clock with the monotonic one. Here the system says so itself:

- Linux: logind's PrepareForSleep(false) signal on the system bus. jeepney listens, as for notifications
  (QtDBus is left out of the bundle); a QSocketNotifier watches the connection, so waiting costs nothing.
  Only the owner of org.freedesktop.login1 is heard. No system bus (containers, CI): nothing is watched.
- Windows: WM_POWERBROADCAST with PBT_APMRESUMEAUTOMATIC, sent to every top-level window (the main window
  keeps its native window while hidden to the tray), seen through a QAbstractNativeEventFilter. On Modern
  Standby machines the app keeps running through standby and the timer's own check covers it.
- macOS: not watched (NSWorkspaceDidWakeNotification would need an Objective-C bridge); the timer's check
  covers it within MAX_SLEEP.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, QObject, Signal

from desktop.ui.bus_signals import BusSignals

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"

WM_POWERBROADCAST = 0x0218
PBT_APMRESUMEAUTOMATIC = 0x0012  # sent after every resume, whether or not a user is there


class ResumeWatcher(QObject):
    """Emits `resumed` when the computer has just woken from sleep."""

    resumed = Signal()


class LogindResumeWatcher(ResumeWatcher):
    """logind's PrepareForSleep signal on the system bus: False means the computer has resumed."""

    def __init__(self, connection: object, parent: QObject | None = None) -> None:
        from jeepney import MatchRule
        from jeepney.bus_messages import message_bus

        super().__init__(parent)
        self.connection = connection
        fields = {"type": "signal", "interface": LOGIN1_MANAGER, "path": LOGIN1_PATH, "member": "PrepareForSleep"}
        # The bus checks the sender (the owner of logind's name); locally the sender is a unique name like :1.5.
        reply = connection.send_and_get_reply(  # type: ignore[attr-defined]
            message_bus.AddMatch(MatchRule(sender=LOGIN1, **fields)), timeout=2)
        if reply.header.message_type.name != "method_return":
            raise ValueError(f"the bus refused to pass on logind's signals: {reply.body}")
        self.bus = BusSignals(connection, [MatchRule(**fields)], self._on_signal, self)
        self.destroyed.connect(connection.close)  # type: ignore[attr-defined]  # the socket goes with the watcher

    @classmethod
    def connect(cls, bus: str = "SYSTEM", parent: QObject | None = None) -> LogindResumeWatcher | None:
        """A watcher on the system bus (or the bus at address `bus`), or None when there is none to listen to."""
        try:
            from jeepney.io.blocking import open_dbus_connection

            connection = open_dbus_connection(bus)
        except (OSError, KeyError, ValueError, ImportError):
            return None
        try:
            return cls(connection, parent)
        except (OSError, ValueError):
            connection.close()
            return None

    def _on_signal(self, message: object) -> None:
        if message.body[0] is False:  # type: ignore[attr-defined]  # False: resumed; True: going to sleep
            self.resumed.emit()

    def close(self) -> None:
        self.bus.close()


class _MSG(ctypes.Structure):
    """The head of Win32's MSG; the rest (time, pt) is not read."""

    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint),
                ("wParam", ctypes.c_size_t), ("lParam", ctypes.c_ssize_t)]


def is_resume_message(address: int) -> bool:
    """Whether the Win32 MSG at `address` says the computer resumed from sleep."""
    message = _MSG.from_address(address)
    return message.message == WM_POWERBROADCAST and message.wParam == PBT_APMRESUMEAUTOMATIC


class _PowerFilter(QAbstractNativeEventFilter):
    def __init__(self, on_resume: Callable[[], None]) -> None:
        super().__init__()
        self._on_resume = on_resume

    def nativeEventFilter(self, eventType: QByteArray | bytes, message: int) -> tuple[bool, int]:
        if bytes(eventType) == b"windows_generic_MSG" and message and is_resume_message(int(message)):
            self._on_resume()
        return False, 0  # never swallowed: Qt and Windows handle the message as usual


class WindowsResumeWatcher(ResumeWatcher):
    """WM_POWERBROADCAST/PBT_APMRESUMEAUTOMATIC, through a native event filter on the application."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = _PowerFilter(self.resumed.emit)
        self._app = QCoreApplication.instance()
        assert self._app is not None
        self._app.installNativeEventFilter(self.filter)

    def close(self) -> None:
        self._app.removeNativeEventFilter(self.filter)


def watch_resume(parent: QObject | None = None, platform: str | None = None,
                 bus: str = "SYSTEM") -> ResumeWatcher | None:
    """The platform's resume watcher, or None where there is none (macOS, or no system bus)."""
    platform = platform or sys.platform
    if platform.startswith("linux"):
        return LogindResumeWatcher.connect(bus, parent)
    if platform == "win32":
        return WindowsResumeWatcher(parent)
    return None
