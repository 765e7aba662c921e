"""Windows and macOS notifications: the notification centre is a fake here (the platform library cannot run on
Linux); everything around it is real: the asyncio thread, the click arriving on the Qt thread, the fallback."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import ClassVar

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.ui.system import native_notifications
from desktop.ui.system.native_notifications import NativeNotifier, NotificationFailed
from desktop.ui.system.notifications import Notifier, TrayNotifier, make_notifier
from tests.ui.fakes import FakeNotifier


class FakeCentre:
    """Stands in for desktop-notifier: records what it was asked to show, and on which thread."""

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.made_on = threading.get_ident()
        self.sent: list[tuple[str, str, Callable[[], None]]] = []

    async def send(self, title: str, body: str, on_clicked: Callable[[], None]) -> None:
        if self.error is not None:
            raise self.error
        self.sent.append((title, body, on_clicked))


@pytest.fixture
def native(qtbot):
    made: list[NativeNotifier] = []

    def make(centre: Callable[[], object], fallback: Notifier | None = None) -> NativeNotifier:
        notifier = NativeNotifier(centre, fallback)  # type: ignore[arg-type]
        made.append(notifier)
        return notifier

    yield make
    for notifier in made:
        notifier.close()
        assert notifier._thread is None


def test_the_centre_runs_on_its_own_thread_and_a_click_arrives_on_the_qt_thread(qtbot, native):
    centres: list[FakeCentre] = []
    notifier = native(lambda: centres.append(FakeCentre()) or centres[-1], FakeNotifier())
    assert notifier.notify("note:1:2@due", "Thank-you note to Dana", "Due in 2 hours")
    qtbot.waitUntil(lambda: bool(centres and centres[0].sent))
    centre = centres[0]
    assert centre.made_on != threading.get_ident()  # made on the asyncio thread, not Qt's
    title, body, on_clicked = centre.sent[0]
    assert (title, body) == ("Thank-you note to Dana", "Due in 2 hours")
    received_on: list[int] = []
    notifier.activated.connect(lambda _key: received_on.append(threading.get_ident()))
    with qtbot.waitSignal(notifier.activated) as opened:
        notifier._thread.loop.call_soon_threadsafe(on_clicked)  # the library calls back on its own loop
    assert opened.args == ["note:1:2@due"]
    assert received_on == [threading.get_ident()]
    assert notifier.fallback.shown == []
    notifier.notify("call:1:1@due", "Follow-up call", "")
    qtbot.waitUntil(lambda: len(centre.sent) == 2)
    assert len(centres) == 1  # made once, then reused


def test_a_failing_centre_falls_back_to_the_tray_message_and_logs_why_once(qtbot, native, caplog):
    fallback = FakeNotifier()
    notifier = native(lambda: FakeCentre(NotificationFailed("the system refused permission")), fallback)
    with caplog.at_level(logging.WARNING, logger="afterview.notifications"):
        notifier.notify("a", "First", "one")
        notifier.notify("b", "Second", "two")
        qtbot.waitUntil(lambda: len(fallback.shown) == 2)
    assert fallback.shown == [("a", "First", "one"), ("b", "Second", "two")]
    warnings = [r.getMessage() for r in caplog.records if "refused permission" in r.getMessage()]
    assert len(warnings) == 1 and "tray's message" in warnings[0]
    with qtbot.waitSignal(notifier.activated) as opened:
        fallback.activated.emit("b")  # a click on the fallback's message opens the item too
    assert opened.args == ["b"]


def test_a_centre_that_cannot_be_made_falls_back(qtbot, native, caplog):
    def broken() -> FakeCentre:
        raise RuntimeError("Could not get ToastNotificationManagerForUser")

    fallback = FakeNotifier()
    notifier = native(broken, fallback)
    with caplog.at_level(logging.WARNING, logger="afterview.notifications"):
        notifier.notify("a", "Title", "Body")
        qtbot.waitUntil(lambda: bool(fallback.shown))
    assert "ToastNotificationManagerForUser" in caplog.text


def test_without_a_fallback_a_failure_is_only_logged(qtbot, native, caplog):
    notifier = native(lambda: FakeCentre(OSError()), None)
    with caplog.at_level(logging.WARNING, logger="afterview.notifications"):
        notifier.notify("a", "Title", "Body")
        qtbot.waitUntil(lambda: "OSError" in caplog.text)
    assert "in the window only" in caplog.text


@pytest.fixture
def tray_icon(qtbot):
    icon = QSystemTrayIcon()  # never shown: offscreen Qt has no tray
    yield icon
    icon.deleteLater()


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_use_the_notification_centre_with_the_tray_as_fallback(qtbot, tray_icon, platform,
                                                                                  monkeypatch):
    from PySide6.QtCore import SIGNAL, QCoreApplication

    monkeypatch.setattr(native_notifications, "library_available", lambda: True)
    quit_handlers = QCoreApplication.instance().receivers(SIGNAL("aboutToQuit()"))
    notifier = make_notifier(tray_icon, platform=platform)
    assert isinstance(notifier, NativeNotifier) and isinstance(notifier.fallback, TrayNotifier)
    assert QCoreApplication.instance().receivers(SIGNAL("aboutToQuit()")) == quit_handlers + 1  # its thread stops
    assert notifier._make_centre is native_notifications.DesktopNotifierCentre
    assert notifier._thread is None  # no thread until the first notification
    without_tray = make_notifier(None, platform=platform)
    assert isinstance(without_tray, NativeNotifier) and without_tray.fallback is None


def test_without_the_library_the_tray_message_is_used(qtbot, tray_icon, monkeypatch):
    monkeypatch.setitem(sys.modules, "desktop_notifier", None)  # as if not installed
    assert not native_notifications.library_available()
    assert isinstance(make_notifier(tray_icon, platform="win32"), TrayNotifier)
    assert make_notifier(None, platform="darwin") is None


def test_linux_keeps_the_freedesktop_path_and_falls_back_without_a_session_bus(qtbot, tray_icon, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setattr(native_notifications, "library_available", lambda: True)
    assert isinstance(make_notifier(tray_icon, platform="linux"), TrayNotifier)  # never desktop-notifier here


# The real desktop-notifier with only its platform backend replaced (skipped where the library is not installed:
# it is a Windows and macOS dependency).

@pytest.fixture
def library_backend(monkeypatch):
    """A backend class for desktop-notifier that shows nothing and records what the library asked of it."""
    main = pytest.importorskip("desktop_notifier.main")
    from desktop_notifier.backends.base import DesktopNotifierBackend

    class RecordingBackend(DesktopNotifierBackend):
        authorised = True
        error: Exception | None = None
        sent: ClassVar[list] = []

        async def request_authorisation(self) -> bool:
            return self.authorised

        async def has_authorisation(self) -> bool:
            return self.authorised

        async def _send(self, notification) -> None:
            if self.error is not None:
                raise self.error
            RecordingBackend.sent.append((self, notification))

        async def _clear(self, identifier: str) -> None:
            pass

        async def _clear_all(self) -> None:
            pass

        async def _get_capabilities(self):
            return frozenset()

    RecordingBackend.sent = []
    monkeypatch.setattr(main, "get_backend_class", lambda: RecordingBackend)
    return RecordingBackend


def test_the_library_is_given_an_open_button_and_its_click_opens_the_item(qtbot, native, library_backend):
    notifier = native(native_notifications.DesktopNotifierCentre, FakeNotifier())
    notifier.notify("note:1:2@due", "Thank-you note to Dana", "Due in 2 hours")
    qtbot.waitUntil(lambda: bool(library_backend.sent))
    backend, notification = library_backend.sent[0]
    assert backend.app_name == "Afterview" and backend.app_icon.path.name.startswith("afterview")
    assert (notification.title, notification.message) == ("Thank-you note to Dana", "Due in 2 hours")
    assert [b.title for b in notification.buttons] == ["Open"]
    with qtbot.waitSignal(notifier.activated) as opened:  # a click on the body, as the platform backends report it
        notifier._thread.loop.call_soon_threadsafe(backend.handle_clicked, notification.identifier, notification)
    assert opened.args == ["note:1:2@due"]
    with qtbot.waitSignal(notifier.activated) as pressed:  # and on the Open button
        notifier._thread.loop.call_soon_threadsafe(backend.handle_button, notification.identifier,
                                                   notification.buttons[0].identifier, notification)
    assert pressed.args == ["note:1:2@due"]
    assert notifier.fallback.shown == []


def test_a_refused_permission_falls_back(qtbot, native, library_backend, caplog):
    library_backend.authorised = False
    fallback = FakeNotifier()
    notifier = native(native_notifications.DesktopNotifierCentre, fallback)
    with caplog.at_level(logging.WARNING, logger="afterview.notifications"):
        notifier.notify("a", "Title", "Body")
        qtbot.waitUntil(lambda: bool(fallback.shown))
    assert library_backend.sent == [] and "refused permission" in caplog.text


def test_a_send_the_library_swallows_is_noticed_and_falls_back(qtbot, native, library_backend, caplog):
    library_backend.error = OSError("toast failed")  # desktop-notifier logs this and returns as if sent
    fallback = FakeNotifier()
    notifier = native(native_notifications.DesktopNotifierCentre, fallback)
    with caplog.at_level(logging.WARNING):
        notifier.notify("a", "Title", "Body")
        qtbot.waitUntil(lambda: bool(fallback.shown))
    assert "did not take the notification" in caplog.text


def test_the_library_without_a_notification_centre_falls_back(qtbot, native, library_backend, monkeypatch, caplog):
    from desktop_notifier import main
    from desktop_notifier.backends.dummy import DummyNotificationCenter

    monkeypatch.setattr(main, "get_backend_class", lambda: DummyNotificationCenter)  # macOS outside an app bundle
    fallback = FakeNotifier()
    notifier = native(native_notifications.DesktopNotifierCentre, fallback)
    with caplog.at_level(logging.WARNING, logger="afterview.notifications"):
        notifier.notify("a", "Title", "Body")
        qtbot.waitUntil(lambda: bool(fallback.shown))
    assert "app bundle" in caplog.text


@pytest.fixture
def dunst(tmp_path, monkeypatch):
    """A private session bus with Debian's dunst serving notifications on a private Xvfb; dunstctl drives it."""
    import shutil
    import subprocess

    pytest.importorskip("desktop_notifier")
    if not all(shutil.which(tool) for tool in ("Xvfb", "dbus-daemon", "dunst", "dunstctl")):
        pytest.skip("needs Xvfb, dbus-daemon and dunst")
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "640x480x24", "-nolisten", "tcp"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    display = f":{xvfb.stdout.readline().strip()}"
    # The bus knows the display too: a dunst it starts on demand (D-Bus activation) could otherwise not open one,
    # and died with SIGTRAP when the first notification came before the dunst below had taken the name.
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1",
                            f"--address=unix:path={tmp_path / 'bus'}"], env={**os.environ, "DISPLAY": display},
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = bus.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": address}
    server = subprocess.Popen(["dunst"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def ctl(*args: str) -> str:
        return subprocess.run(["dunstctl", *args], env=env, capture_output=True, text=True, timeout=5).stdout

    def serving() -> bool:
        asked = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                                "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                                "string:org.freedesktop.Notifications"], env=env, capture_output=True, text=True,
                               timeout=5)
        return "boolean true" in asked.stdout

    if shutil.which("dbus-send"):
        deadline = time.monotonic() + 10
        while not serving() and time.monotonic() < deadline:
            time.sleep(0.05)

    yield ctl
    for process in (server, bus, xvfb):
        process.terminate()
        process.wait(timeout=5)
    bus.stdout.close()
    xvfb.stdout.close()


def test_the_real_library_shows_a_notification_and_hears_its_click(qtbot, native, dunst):
    # desktop-notifier's own Linux backend against dunst: the same calls the Windows and macOS backends get.
    notifier = native(native_notifications.DesktopNotifierCentre, FakeNotifier())
    notifier.notify("note:1:2@due", "Thank-you note to Dana", "Due in 2 hours")
    qtbot.waitUntil(lambda: dunst("count", "displayed").strip() == "1", timeout=5000)
    received_on: list[int] = []
    notifier.activated.connect(lambda _key: received_on.append(threading.get_ident()))
    with qtbot.waitSignal(notifier.activated, timeout=5000) as opened:
        dunst("action", "0")  # what clicking the notification does
    assert opened.args == ["note:1:2@due"] and received_on == [threading.get_ident()]
    assert notifier.fallback.shown == []
