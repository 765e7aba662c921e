"""Desktop notifications with an "Open" action.

On Linux they go to the freedesktop notification service over D-Bus. PySide6's QtDBus cannot make
that call (its uint32 `replaces_id` argument fails with a signature mismatch), so jeepney builds the
messages; it is pure Python, already installed as keyring's dependency, and has a blocking connection
whose socket a QSocketNotifier watches, so the answers (ActionInvoked) arrive through the Qt event loop
without a thread or an asyncio loop. On Windows and macOS the system's notification centre is used through
desktop-notifier (desktop/ui/system/native_notifications.py). Where none of these is there or answers, Qt's own
QSystemTrayIcon.showMessage is the fallback.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from desktop import APP_NAME
from desktop.ui.bus_signals import BusSignals

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
TIMEOUT_MS = -1  # the server's default


class Notifier(QObject):
    """Shows one notification per reminder; `activated` carries the key of the one the user opened."""

    activated = Signal(str)

    def notify(self, key: str, title: str, body: str) -> bool:
        """Show a notification; False when it could not be shown."""
        raise NotImplementedError


class TrayNotifier(Notifier):
    """QSystemTrayIcon's message: one at a time, so a click opens the latest."""

    def __init__(self, tray: QSystemTrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray = tray
        self._last = ""
        tray.messageClicked.connect(lambda: self._last and self.activated.emit(self._last))

    def notify(self, key: str, title: str, body: str) -> bool:
        if not self.tray.isVisible():
            return False
        self._last = key
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15000)
        return True


class FreedesktopNotifier(Notifier):
    """org.freedesktop.Notifications over the session bus, with an "Open" action on each notification."""

    def __init__(self, connection: object, parent: QObject | None = None) -> None:
        from jeepney import MatchRule
        from jeepney.bus_messages import message_bus

        super().__init__(parent)
        self.connection = connection
        self._by_id: dict[int, str] = {}
        rules = [MatchRule(type="signal", interface=BUS_NAME, path=OBJECT_PATH, member=member)
                 for member in ("ActionInvoked", "NotificationClosed")]
        for rule in rules:
            connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=2)  # type: ignore[attr-defined]
        self.bus = BusSignals(connection, rules, self._on_signal, self)

    @classmethod
    def connect(cls, parent: QObject | None = None) -> FreedesktopNotifier | None:
        """A notifier on the session bus, or None when there is no bus or nobody serves notifications."""
        try:
            from jeepney import DBusAddress, new_method_call
            from jeepney.io.blocking import open_dbus_connection

            connection = open_dbus_connection("SESSION")
            service = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
            reply = connection.send_and_get_reply(new_method_call(service, "GetServerInformation"), timeout=2)
            if reply.header.message_type.name != "method_return":
                connection.close()
                return None
        except (OSError, KeyError, ValueError, TimeoutError, ImportError):
            return None
        return cls(connection, parent)

    def notify(self, key: str, title: str, body: str) -> bool:
        from jeepney import DBusAddress, new_method_call

        service = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
        message = new_method_call(service, "Notify", "susssasa{sv}i", (
            APP_NAME, 0, "appointment-soon", title, body, ["default", self.tr("Open"), "open", self.tr("Open")],
            {"category": ("s", "reminder"), "desktop-entry": ("s", "afterview")}, TIMEOUT_MS))
        try:
            reply = self.connection.send_and_get_reply(message, timeout=2)  # type: ignore[attr-defined]
        except (OSError, TimeoutError):
            return False
        self.bus.read()  # signals that arrived while waiting for the reply
        if reply.header.message_type.name != "method_return":
            return False
        self._by_id[int(reply.body[0])] = key
        return True

    def _on_signal(self, message: object) -> None:
        member = message.header.fields.get(_member_field())  # type: ignore[attr-defined]
        notification_id = int(message.body[0])  # type: ignore[attr-defined]
        if member == "ActionInvoked" and notification_id in self._by_id:
            self.activated.emit(self._by_id.pop(notification_id))
        elif member == "NotificationClosed":
            self._by_id.pop(notification_id, None)

    def close(self) -> None:
        self.bus.close()


def _member_field() -> object:
    from jeepney import HeaderFields

    return HeaderFields.member


def make_notifier(tray: QSystemTrayIcon | None, parent: QObject | None = None,
                  platform: str | None = None) -> Notifier | None:
    """The best notifier this desktop offers; None when reminders can only be shown in the window."""
    platform = platform or sys.platform
    if platform.startswith("linux"):
        notifier = FreedesktopNotifier.connect(parent)
        if notifier is not None:
            return notifier
    fallback = TrayNotifier(tray, parent) if tray is not None else None
    if platform in ("win32", "darwin"):
        from desktop.ui.system.native_notifications import make_native_notifier

        native = make_native_notifier(fallback, parent)
        if native is not None:
            return native
    return fallback
