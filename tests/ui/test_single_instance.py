"""One instance per data folder: a second launch hands its files over and exits 0; crashes leave nothing in the way."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from desktop.ui.system.single_instance import LOCK_NAME, SingleInstance, claim, hand_over, server_name

ROOT = Path(__file__).resolve().parents[2]
VCF = ROOT / "tests" / "fixtures" / "vcf" / "google-export.vcf"


def launch(data_dir: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_the_name_depends_on_user_and_folder(tmp_path):
    assert server_name(tmp_path / "a", "ana") != server_name(tmp_path / "b", "ana")
    assert server_name(tmp_path / "a", "ana") != server_name(tmp_path / "a", "ben")
    assert len(server_name(tmp_path / "a")) < 40


def test_a_second_launch_hands_its_file_over_and_exits_0(qtbot, tmp_path):
    data = tmp_path / "data"
    first = claim(data, [])
    assert first is not None and first.primary and first.listen()
    received = []
    first.received.connect(received.append)
    second = launch(data, str(VCF.relative_to(ROOT)))  # a relative path arrives absolute
    qtbot.waitUntil(lambda: bool(received), timeout=20000)
    _, errors = second.communicate(timeout=10)
    assert second.returncode == 0, errors
    assert received == [[VCF]]
    first.release()


def test_a_running_instance_is_found_without_files_too(qtbot, tmp_path):
    data = tmp_path / "data"
    first = claim(data, [])
    first.listen()
    received = []
    first.received.connect(received.append)
    second = launch(data)
    qtbot.waitUntil(lambda: bool(received), timeout=20000)
    second.communicate(timeout=10)
    assert second.returncode == 0 and received == [[]]
    first.release()


def test_a_stale_socket_from_a_crashed_instance_is_replaced(qtbot, tmp_path):
    data = tmp_path / "data"
    name = server_name(data)
    path = Path(QDir.tempPath()) / name
    leftover = socket.socket(socket.AF_UNIX)
    leftover.bind(str(path))  # what a killed instance leaves behind: the file, nobody listening
    leftover.close()
    assert path.exists()
    assert not hand_over(name, [], timeout_ms=200)
    instance = claim(data, [])
    assert instance is not None and instance.listen()
    instance.release()


def test_a_corrupt_lock_file_does_not_stop_the_start(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / LOCK_NAME).write_bytes(b"\x00\xffnot a lock")
    instance = claim(data, [])
    assert instance is not None and instance.primary
    instance.release()


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is how a crash is simulated here")
def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from PySide6.QtCore import QCoreApplication, QLockFile
        app = QCoreApplication([])
        lock = QLockFile({str(data / LOCK_NAME)!r})
        assert lock.tryLock(0)
        print("locked", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    live = SingleInstance(data)
    assert not live.acquire()  # held by a live process
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    instance = claim(data, [])
    assert instance is not None and instance.primary
    instance.release()
