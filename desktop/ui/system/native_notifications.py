"""Notifications through the Windows and macOS notification centres, by desktop-notifier.

desktop-notifier is asyncio-based: its calls are coroutines, and on Windows a click is delivered to the
asyncio loop that sent the toast. The Qt app has no asyncio loop, so the library runs on one of its own in a
daemon thread, started at the first notification (an idle loop waits in select(): no wake-ups). Everything the
library does happens on that thread, including creating it, so WinRT sets up its COM apartment there and not
on Qt's thread. A click comes back as a queued signal, so `activated` is emitted on the Qt thread.

The platform call sits behind a small seam, a NotificationCentre: `send(title, body, on_clicked)` raises
NotificationFailed (or anything else) when the notification was not shown. Then the fallback notifier
(QSystemTrayIcon.showMessage) shows it instead and the reason goes to the log, e.g. an unsigned macOS build
whose permission request is refused, or a Python run from outside an app bundle on macOS.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import threading
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import Future
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from desktop import APP_NAME
from desktop.ui.i18n import texts
from desktop.ui.system.notifications import Notifier

log = logging.getLogger("afterview.notifications")


class NotificationFailed(Exception):
    """The notification centre did not show the notification; the message says why."""


class NotificationCentre(Protocol):
    """The platform's notification centre, used only from the notifier's own asyncio thread."""

    def send(self, title: str, body: str, on_clicked: Callable[[], None]) -> Awaitable[None]:
        """Show a notification with an "Open" action; raise when it was not shown."""
        ...


def library_available() -> bool:
    """Whether desktop-notifier is installed (looked up without importing it)."""
    return importlib.util.find_spec("desktop_notifier") is not None


class DesktopNotifierCentre:
    """desktop-notifier's WinRT toasts (Windows) or UNUserNotificationCenter (macOS). Made on the asyncio thread."""

    def __init__(self) -> None:
        from desktop_notifier import DesktopNotifier, Icon
        from desktop_notifier.backends.dummy import DummyNotificationCenter
        from desktop_notifier.main import get_backend_class

        from desktop.ui.system.tray import ICON_DIR

        # The dummy backend accepts every notification and shows none (macOS outside an app bundle, old systems).
        if issubclass(get_backend_class(), DummyNotificationCenter):
            raise NotificationFailed("this system offers desktop-notifier no notification centre "
                                     "(on macOS only an app bundle may use it)")
        # Shown beside the text on Windows; macOS always shows the app bundle's own icon.
        icon = next((path for path in (ICON_DIR / "afterview.png", ICON_DIR / "afterview-256.png") if path.exists()),
                    None)
        self._notifier = DesktopNotifier(app_name=APP_NAME, app_icon=Icon(path=icon) if icon else None)
        self._authorised: bool | None = None

    async def send(self, title: str, body: str, on_clicked: Callable[[], None]) -> None:
        from desktop_notifier import Button, Notification

        if self._authorised is None:  # asked once: macOS shows its permission prompt the first time only
            self._authorised = await self._notifier.request_authorisation()
        if not self._authorised:
            raise NotificationFailed("the system refused permission to show notifications "
                                     "(an unsigned macOS build is refused; allow it in System Settings)")
        dispatched: list[bool] = []
        opener = Button(texts.tr("Open"), on_pressed=on_clicked)
        notification = Notification(title, body, buttons=(opener,),
                                    on_clicked=on_clicked, on_dispatched=lambda: dispatched.append(True))
        await self._notifier.send_notification(notification)
        if not dispatched:  # the library logs its own failure and carries on: this is how it shows
            raise NotificationFailed("the notification centre did not take the notification (details in the log)")


class AsyncioThread:
    """An asyncio loop running forever in a daemon thread; coroutines are handed to it from any thread."""

    def __init__(self, name: str = "notifications") -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, name=name, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()
        self.loop.close()

    def submit(self, coroutine: Coroutine[Any, Any, Any]) -> Future:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def stop(self) -> None:
        if self.thread.is_alive():
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(timeout=5)


class NativeNotifier(Notifier):
    """The system's notification centre, with a fallback notifier for whatever it does not show."""

    _clicked = Signal(str)  # emitted on the asyncio thread, received on the Qt thread
    _failed = Signal(str, str, str, str)  # key, title, body, reason

    def __init__(self, make_centre: Callable[[], NotificationCentre], fallback: Notifier | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_centre = make_centre
        self._centre: NotificationCentre | None = None
        self._thread: AsyncioThread | None = None
        self.fallback = fallback
        self._logged: set[str] = set()
        if fallback is not None:
            fallback.activated.connect(self.activated)
        self._clicked.connect(self.activated, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    def notify(self, key: str, title: str, body: str) -> bool:
        """Hand the notification to the centre and return at once; a failure shows it through the fallback."""
        if self._thread is None:
            self._thread = AsyncioThread()
        future = self._thread.submit(self._send(key, title, body))
        future.add_done_callback(lambda done: self._report(done, key, title, body))
        return True

    async def _send(self, key: str, title: str, body: str) -> None:
        if self._centre is None:
            self._centre = self._make_centre()  # here, on the asyncio thread, as the library wants
        await self._centre.send(title, body, lambda: self._clicked.emit(key))

    def _report(self, done: Future, key: str, title: str, body: str) -> None:
        if done.cancelled():
            return
        error = done.exception()
        if error is not None:
            self._failed.emit(key, title, body, str(error) or type(error).__name__)

    def _on_failed(self, key: str, title: str, body: str, reason: str) -> None:
        if reason not in self._logged:  # said once per reason, not at every reminder
            self._logged.add(reason)
            log.warning("Native notification failed, %s: %s", "using the tray's message instead"
                        if self.fallback is not None else "reminders show in the window only", reason)
        if self.fallback is not None:
            self.fallback.notify(key, title, body)

    def close(self) -> None:
        """Stop the asyncio thread (at quit, and in tests)."""
        if self._thread is not None:
            self._thread.stop()
            self._thread = None


def make_native_notifier(fallback: Notifier | None, parent: QObject | None = None) -> NativeNotifier | None:
    """A NativeNotifier over desktop-notifier, or None when the library is not installed."""
    if not library_available():
        log.info("desktop-notifier is not installed: reminders use the tray's message")
        return None
    notifier = NativeNotifier(DesktopNotifierCentre, fallback, parent)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(notifier.close)  # the asyncio thread ends with the app, not killed at exit
    return notifier
