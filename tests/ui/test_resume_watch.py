"""Re-planning on resume from sleep. Linux for real: a private dbus-daemon stands in for the system bus and this
test plays logind, emitting PrepareForSleep from its own connection. Windows: the message parsing, fed a MSG."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
from datetime import timedelta

import pytest
from PySide6.QtCore import QByteArray, QSettings

from desktop.ui.controller import AppController
from desktop.ui.main_window import MainWindow
from desktop.ui.system import resume_watch
from desktop.ui.system.notifications import Notifier
from desktop.ui.system.reminder_scheduler import MAX_SLEEP
from desktop.ui.system.reminder_service import ReminderService
from desktop.ui.system.resume_watch import (
    LOGIN1,
    LOGIN1_MANAGER,
    LOGIN1_PATH,
    PBT_APMRESUMEAUTOMATIC,
    WM_POWERBROADCAST,
    LogindResumeWatcher,
    WindowsResumeWatcher,
    is_resume_message,
    watch_resume,
)
from tests.conftest import NOW

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def bus_address(tmp_path):
    """The address of a dbus-daemon of this test's own (the session configuration lets anyone own any name)."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1",
                               f"--address=unix:path={tmp_path / 'bus'}"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(timeout=5)
    daemon.stdout.close()


class Logind:
    """Plays logind on the test bus: owns its name and emits PrepareForSleep."""

    def __init__(self, address: str, own_name: bool = True) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.connection = open_dbus_connection(address)
        if own_name:
            reply = self.connection.send_and_get_reply(message_bus.RequestName(LOGIN1), timeout=2)
            assert reply.body == (1,)  # primary owner

    def prepare_for_sleep(self, going: bool) -> None:
        from jeepney import DBusAddress, new_signal

        self.connection.send(new_signal(DBusAddress(LOGIN1_PATH, interface=LOGIN1_MANAGER), "PrepareForSleep",
                                        "b", (going,)))

    def close(self) -> None:
        self.connection.close()


@pytest.fixture
def logind(bus_address):
    started: list[Logind] = []

    def start(own_name: bool = True) -> Logind:
        started.append(Logind(bus_address, own_name))
        return started[-1]

    yield start
    for one in started:
        one.close()


def test_resume_is_heard_from_logind_and_only_from_it(qtbot, bus_address, logind):
    watcher = watch_resume(platform="linux", bus=bus_address)
    assert isinstance(watcher, LogindResumeWatcher)
    heard: list[int] = []
    watcher.resumed.connect(lambda: heard.append(1))
    impostor = logind(own_name=False)  # anyone else on the bus saying the same is not heard
    impostor.prepare_for_sleep(False)
    real = logind()
    real.prepare_for_sleep(True)  # going to sleep: nothing to do yet
    with qtbot.waitSignal(watcher.resumed, timeout=5000):
        real.prepare_for_sleep(False)
    qtbot.wait(100)  # anything else still on its way would arrive by now
    assert heard == [1]
    watcher.close()


def test_without_a_system_bus_nothing_is_watched(tmp_path, monkeypatch):
    assert watch_resume(platform="linux", bus=f"unix:path={tmp_path / 'no-bus'}") is None
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    assert watch_resume(platform="linux") is None
    assert watch_resume(platform="darwin") is None


class FakeNotifier(Notifier):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def notify(self, key: str, title: str, body: str) -> bool:
        self.shown.append(key)
        return True


def test_what_fell_due_in_sleep_is_said_on_resume_at_once_and_once(qtbot, sample_workspace, tmp_path, monkeypatch,
                                                                  bus_address, logind):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    clock = {"now": NOW, "mono": 1000.0}
    sample_workspace.clock = lambda: clock["now"]
    monkeypatch.setattr("desktop.ui.system.reminder_scheduler.time.monotonic", lambda: clock["mono"])
    window = MainWindow()
    qtbot.addWidget(window)
    state = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    controller = AppController(window, sample_workspace, state)
    fake = FakeNotifier()
    watcher = LogindResumeWatcher.connect(bus_address)
    service = ReminderService(controller, state, notifier=fake, resume_watcher=watcher)
    before = list(fake.shown)
    system = logind()
    system.prepare_for_sleep(True)
    clock["now"] += timedelta(hours=28)  # suspended overnight: the monotonic clock stood still
    with qtbot.waitSignal(service.scheduler.due, timeout=5000) as said:
        system.prepare_for_sleep(False)
    fell_due = [r.key for r in said.args[0]]
    assert fell_due and not set(fell_due) & set(before)  # thank-you notes whose 48 h ran out overnight
    assert fake.shown == before + fell_due
    assert service.scheduler.timer.isActive()
    clock["mono"] += MAX_SLEEP.total_seconds()
    clock["now"] += MAX_SLEEP
    service.scheduler._on_timeout()  # the timer's own wake after the resume: no jump left to see, nothing twice
    assert fake.shown == before + fell_due
    service.scheduler.timer.stop()
    watcher.close()


def _msg(message: int, wparam: int) -> ctypes.Structure:
    return resume_watch._MSG(None, message, wparam, 0)


def test_the_windows_resume_message_is_recognised():
    assert is_resume_message(ctypes.addressof(_msg(WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC)))
    assert not is_resume_message(ctypes.addressof(_msg(WM_POWERBROADCAST, 0x0004)))  # PBT_APMSUSPEND
    assert not is_resume_message(ctypes.addressof(_msg(0x0010, PBT_APMRESUMEAUTOMATIC)))  # WM_CLOSE


def test_the_windows_filter_emits_resumed_and_swallows_nothing(qtbot):
    watcher = WindowsResumeWatcher()
    heard: list[int] = []
    watcher.resumed.connect(lambda: heard.append(1))
    resume = _msg(WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC)
    assert watcher.filter.nativeEventFilter(QByteArray(b"windows_generic_MSG"), ctypes.addressof(resume)) == (False, 0)
    assert heard == [1]
    watcher.filter.nativeEventFilter(QByteArray(b"xcb_generic_event_t"), ctypes.addressof(resume))  # not Windows'
    watcher.filter.nativeEventFilter(QByteArray(b"windows_generic_MSG"), 0)
    assert heard == [1]
    watcher.close()
    watcher.deleteLater()


def test_the_bus_connection_closes_with_its_watcher(qtbot, bus_address):
    from PySide6.QtCore import QObject

    owner = QObject()
    watcher = LogindResumeWatcher.connect(bus_address, owner)
    connection = watcher.connection
    owner.deleteLater()  # the app's ReminderService going away takes the watcher and its socket with it
    qtbot.waitUntil(lambda: connection.sock.fileno() == -1)
