"""Time two-way sync against a Radicale on loopback: the first sync of the large data set (10,000 contacts, 2,000
interviews: benchmarks/startup_data.py), then a sync with nothing changed, then one with a contact changed on each
side. Each is reported in requests and seconds, beside the baseline measured in the same run: one bare request
(PROPFIND of a collection) and one bare PUT of a card.

Run from the repository root: python benchmarks/sync.py [--fraction F] [--before REV]
--fraction keeps that share of the contacts and opportunities (1: all of them); on a loaded two-core machine the
whole set takes many minutes to send, one PUT per object, as a phone's own client would (and Radicale reads every
object in the collection on each create, to refuse a second object with the same UID, so the first sync grows with
the square of the number of objects).
--profile DIR profiles the first sync on both sides (benchmarks/radicale_profiled.py for the server's), to say
where its time goes.
--before REV runs the same steps first with the `desktop` package of an earlier commit (taken with git archive into
the temporary folder, never checked out), on a copy of the same data and a Radicale of its own: before and after in
one run, under the same load.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
# The run --before starts: that commit's desktop package, imported ahead of this one's.
sys.path.insert(0, sys.argv[sys.argv.index("--code") + 1] if "--code" in sys.argv else sys.path[0])

from benchmarks.startup_data import build
from desktop.core.sync_items import card_text, read_card
from desktop.delivery.dav import ADDRESS_BOOK, Dav
from desktop.operations import sync as sync_ops
from desktop.operations.contacts import get_contact, update_contact
from desktop.operations.progress import Progress
from desktop.operations.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[1]
USER, PASSWORD = "bench", "bench-pässword"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _radicale(folder: Path, profile: Path | None = None) -> tuple[subprocess.Popen[bytes], str]:
    folder.mkdir(parents=True, exist_ok=True)
    users = folder / "users"
    users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
    port = _free_port()
    start = [str(Path(__file__).with_name("radicale_profiled.py")), str(profile)] if profile else ["-m", "radicale"]
    process = subprocess.Popen([sys.executable, *start, "--server-hosts", f"127.0.0.1:{port}",
                                "--storage-filesystem-folder", str(folder / "collections"), "--auth-type", "htpasswd",
                                "--auth-htpasswd-filename", str(users), "--auth-htpasswd-encryption", "plain",
                                "--logging-level", "warning"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process, f"http://127.0.0.1:{port}/"
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("Radicale did not start")


def _trim(data: Path, fraction: float) -> None:
    """Keep only a share of the contacts and opportunities (their interviews, notes and calls go with them)."""
    if fraction >= 1:
        return
    import sqlite3

    from desktop.storage.paths import resolve

    connection = sqlite3.connect(resolve(str(data)).database)
    connection.execute("PRAGMA foreign_keys = ON")
    for table in ("contact", "opportunity"):
        (count,) = connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
        connection.execute(f"DELETE FROM {table} WHERE id > ?", (max(1, int(count * fraction)),))
    connection.commit()
    connection.close()


def _server_cpu(process: subprocess.Popen[bytes]) -> float:
    """The CPU seconds the server's process has used so far (Linux: /proc), or nan where that cannot be read."""
    try:
        fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


class _Stretches(Progress):
    """Prints, every STRETCH objects sent, how long that stretch took per object and where the time went: the
    curve of a create's cost against the objects already in the collection, within one run."""

    STRETCH = 500

    def __init__(self, server: subprocess.Popen[bytes]) -> None:
        self.server, self.what = server, ""
        self._mark()

    def _mark(self) -> None:
        self.at, self.cpu, self.server_cpu = time.perf_counter(), time.process_time(), _server_cpu(self.server)

    def update(self, done: int, total: int, what: str = "") -> None:
        if not what.startswith("sending"):
            return
        if what != self.what:
            self.what = what
            self._mark()
        elif done and done % self.STRETCH == 0:
            span = time.perf_counter() - self.at
            print(f"  {what}: objects {done - self.STRETCH}-{done} of {total}: {span / self.STRETCH * 1000:.0f} ms "
                  f"each ({(time.process_time() - self.cpu) / self.STRETCH * 1000:.1f} ms Afterview's CPU, "
                  f"{(_server_cpu(self.server) - self.server_cpu) / self.STRETCH * 1000:.1f} ms Radicale's)",
                  flush=True)
            self._mark()


def _timed(label: str, run, server: subprocess.Popen[bytes], dav_requests: bool = True) -> tuple[float, object]:
    """Run one step and print its seconds, the CPU Afterview itself and the server spent in them, its requests."""
    started, cpu, server_cpu = time.perf_counter(), time.process_time(), _server_cpu(server)
    result = run()
    seconds = time.perf_counter() - started
    requests = f", {result.requests} requests" if dav_requests else ""
    print(f"{label}: {seconds:.2f} s ({time.process_time() - cpu:.2f} s of Afterview's CPU, "
          f"{_server_cpu(server) - server_cpu:.2f} s of Radicale's){requests}; load {os_load()}", flush=True)
    return seconds, result


def os_load() -> str:
    """The load averages, as uptime gives them."""
    return " ".join(f"{figure:.2f}" for figure in os.getloadavg())


def _measure(folder: Path, data: Path, profiles: Path | None = None) -> None:
    """The baselines, then the three syncs, against a fresh Radicale of its own; with `profiles`, the first sync is
    profiled on both sides (afterview.prof, radicale.prof there: the server's covers every step)."""
    server, url = _radicale(folder / "server", profiles / "radicale.prof" if profiles else None)
    try:
        workspace = open_workspace(str(data), zone=ZoneInfo("Europe/Berlin"))
        setup = sync_ops.set_up_account(workspace, url, USER, PASSWORD, password_command=f"echo {PASSWORD}")
        with Dav(url, USER, PASSWORD) as phone:
            started = time.perf_counter()
            for _ in range(20):
                phone.collection(setup.addressbook.url)
            print(f"baseline, one PROPFIND: {(time.perf_counter() - started) / 20 * 1000:.1f} ms")
            started = time.perf_counter()
            for number in range(20):
                phone.put(f"{setup.calendar.url}baseline-{number}.ics",
                          "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nBEGIN:VEVENT\r\n"
                          f"UID:baseline-{number}\r\nDTSTAMP:20261125T100000Z\r\nDTSTART:20261201T090000Z\r\n"
                          "SUMMARY:Baseline\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "calendar", None)
            print(f"baseline, one PUT: {(time.perf_counter() - started) / 20 * 1000:.1f} ms")
            profile = cProfile.Profile()
            if profiles:
                profile.enable()
            _seconds, first = _timed("first sync", lambda: sync_ops.sync(workspace, _Stretches(server)), server)
            profile.disable()
            if profiles:
                profile.dump_stats(profiles / "afterview.prof")
            print(f"  {first.summary}")
            for number in range(3):  # three times: Radicale makes a refused request wait 0.5 to 1.5 s at random
                _timed(f"nothing changed ({number + 1})", lambda: sync_ops.sync(workspace), server)
            # One change here, one on the phone.
            contact = get_contact(workspace, 1)
            contact.title = "Directrice générale adjointe"
            update_contact(workspace, 1, contact, False)
            collection = phone.collection(setup.addressbook.url)
            href = next(iter(phone.etags(collection).changed))
            [resource] = list(phone.fetch(collection, [href]))
            card = read_card(resource.text, "phone")
            card.notes = "Met again at the Lyon meetup"
            phone.put(resource.href, card_text(card), ADDRESS_BOOK, resource.etag)
            _seconds, both = _timed("one change each side", lambda: sync_ops.sync(workspace), server)
            print(f"  {both.summary}")
        workspace.sessions.kw["bind"].dispose()
    finally:
        server.terminate()
        server.wait()
    if profiles:
        for side in ("afterview", "radicale"):
            print(f"{side}'s side of the first sync, by cumulative time:")
            pstats.Stats(str(profiles / f"{side}.prof")).sort_stats("cumulative").print_stats(12)


def _before(folder: Path, data: Path, revision: str) -> None:
    """The same steps with an earlier commit's desktop package, in a process of its own."""
    code = folder / "before"
    code.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "desktop"], capture_output=True,
                             check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
    print(f"before ({revision}):", flush=True)
    subprocess.run([sys.executable, __file__, "--code", str(code), "--data", str(data)], check=True)
    print("now:", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fraction", type=float, default=1.0, help="share of the data set to sync (0-1]")
    parser.add_argument("--before", metavar="REV", help="first run the same steps with this commit's code")
    parser.add_argument("--profile", type=Path, metavar="DIR",
                        help="profile the first sync here and in Radicale, writing afterview.prof and radicale.prof "
                             "to DIR (slows both)")
    parser.add_argument("--code", help=argparse.SUPPRESS)  # set by --before for its own run
    parser.add_argument("--data", help=argparse.SUPPRESS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="afterview-sync-bench-") as temp:
        folder = Path(temp)
        if args.code:
            _measure(folder, Path(args.data))
            return
        if args.profile:
            args.profile.mkdir(parents=True, exist_ok=True)
        data = folder / "data"
        counts = build(data, now=datetime(2026, 11, 25, 11, 0, tzinfo=UTC))
        _trim(data, args.fraction)
        print(f"data set: {counts['contact']} contacts, {counts['interview']} interviews, fraction {args.fraction:g}; "
              f"load {os_load()}", flush=True)
        if args.before:
            shutil.copytree(data, folder / "before-data")
            _before(folder, folder / "before-data", args.before)
        _measure(folder, data, args.profile)


if __name__ == "__main__":
    main()
