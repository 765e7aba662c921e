"""Crash safety, proven: the app's own code is killed with SIGKILL at random moments while it writes.

kill_driver.py types a thank-you note into the real composer (its autosave timers save it) while it adds and
updates contacts and logs call attempts, reporting each change only after its commit returned. After every
kill the database must pass PRAGMA integrity_check, reopen, hold every reported change, and hold the draft
as typed up to at most 2 s before the kill. Two lanes (each with its own database) run side by side to keep
the default run short; AFTERVIEW_LONG=1 runs the 200-kill version.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("kill_driver.py")
LONG = os.environ.get("AFTERVIEW_LONG") == "1"
LANES = 2
DRAFT_LAG_LIMIT = 2.0  # the composer's promise: the database is at most 2 s of typing behind the screen
# The save that the 2 s timer starts must itself commit (an fsync); a kill inside that moment may lose the text
# of that save too. On a busy machine the timers also fire late: the driver reports how late its own typing timer
# fired, and that lateness (over the last seconds before the kill) is allowed on top.
SAVE_ALLOWANCE = 0.5
LATENESS_WINDOW = 4.0
EARLY_KILL_CHANCE = 0.15  # some kills land during start-up: imports, migrations check, opening the page
START = "Dear Dana,"
WORDS = ("thank", "you", "for", "the", "time", "today", "I", "enjoyed", "our", "talk", "about", "the", "ward",
         "rounds", "and", "how", "your", "team", "tests", "with", "nurses", "first")

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@dataclass
class Reports:
    """What one driver run said it had committed before it was killed."""

    ready: float | None = None
    typed: list[tuple[int, float, float]] = field(default_factory=list)
    saved: int = 0
    added: dict[int, str] = field(default_factory=dict)
    updated: set[int] = field(default_factory=set)
    calls: set[str] = field(default_factory=set)

    def read(self, line: str) -> None:
        kind, _, rest = line.strip().partition(" ")
        if kind == "ready":
            self.ready = float(rest)
        elif kind == "typed":
            count, moment, late = rest.split()
            self.typed.append((int(count), float(moment), float(late)))
        elif kind == "saved":
            self.saved = max(self.saved, int(rest))
        elif kind == "contact-added":
            number, name = rest.split(" ", 1)
            self.added[int(number)] = name
        elif kind == "contact-updated":
            self.updated.add(int(rest))
        elif kind == "call":
            self.calls.add(rest.split(" ", 1)[1])


@dataclass
class Lane:
    data_dir: Path
    interview_id: int
    contact_id: int
    opportunity_id: int
    draft: str = START
    kills: int = 0
    survived: int = 0
    early: int = 0
    changes: int = 0
    worst_lag: float = 0.0
    worst_lateness: float = 0.0
    failures: list[str] = field(default_factory=list)


def _prepare(data_dir: Path) -> Lane:
    """A data folder with the sample data and Dana's draft started, as if the composer had opened it."""
    from desktop.operations import notes as notes_ops
    from desktop.operations.sample_data import load_sample_data
    from desktop.operations.workspace import open_workspace

    workspace = open_workspace(str(data_dir))
    try:
        load_sample_data(workspace)
        interview = notes_ops.interviews_with_people(workspace)[0]
        dana = next(r for r in notes_ops.composer_rows(workspace, interview.interview_id)
                    if r.full_name.startswith("Dana"))
        notes_ops.ensure_draft(workspace, dana.interview_id, dana.contact_id,
                               notes_ops.default_template(workspace, dana.kind))
        notes_ops.save_draft(workspace, dana.interview_id, dana.contact_id, "Thank you", START)
        return Lane(data_dir, dana.interview_id, dana.contact_id, dana.opportunity_id)
    finally:
        workspace.sessions.kw["bind"].dispose()


def _sentence(chooser: random.Random) -> str:
    return " " + " ".join(chooser.choice(WORDS) for _ in range(40)) + "."


def _run_once(lane: Lane, run: int, chooser: random.Random, errors: Path) -> tuple[Reports, float, str]:
    """Start the driver, kill it at a random moment; what it reported, when it was killed, what it was typing."""
    text = _sentence(chooser)
    command = [sys.executable, str(DRIVER), str(lane.data_dir), str(lane.interview_id), str(lane.contact_id),
               str(lane.opportunity_id), str(run), str(chooser.randrange(1 << 30)), text]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    reports = Reports()
    with open(errors, "w") as stderr:
        child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True)
    assert child.stdout is not None
    try:
        if chooser.random() < EARLY_KILL_CHANCE:
            time.sleep(chooser.uniform(0.05, 2.0))
        else:
            reports.read(child.stdout.readline())
            time.sleep(chooser.uniform(0.0, 2.8))
        killed_at = time.monotonic()
        os.kill(child.pid, signal.SIGKILL)
        for line in child.stdout:
            reports.read(line)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        child.stdout.close()
    if child.returncode != -signal.SIGKILL:
        raise AssertionError(f"the driver ended by itself ({child.returncode}): {errors.read_text()[-2000:]}")
    return reports, killed_at, text


def _check(lane: Lane, reports: Reports, killed_at: float, text: str) -> list[str]:
    """Everything the killed run reported as committed is there, and the draft is at most 2 s behind."""
    from desktop.operations import calls, contacts
    from desktop.operations import notes as notes_ops
    from desktop.operations.workspace import open_workspace

    problems = []
    database = lane.data_dir / "afterview.sqlite3"
    connection = sqlite3.connect(database)
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()
    if verdict != [("ok",)]:
        return [f"integrity_check: {verdict[:5]}"]
    workspace = open_workspace(str(lane.data_dir))
    try:
        for number, name in reports.added.items():
            try:
                card = contacts.contact_details(workspace, number).card
            except LookupError:
                problems.append(f"contact {number} ({name}) was lost")
                continue
            # An update may have committed with its report cut off by the kill: either name is right.
            updated_name = "Kill " + name.split("-")[1] + f" {number}"
            if card.full_name not in (name, updated_name) or (number in reports.updated
                                                              and card.full_name != updated_name):
                problems.append(f"contact {number} is {card.full_name!r}, expected {name!r}")
        for number in reports.updated:
            if contacts.contact_details(workspace, number).card.title != "updated":
                problems.append(f"the update of contact {number} was lost")
        logged = {a.notes for a in calls.call_context(workspace, lane.opportunity_id).attempts}
        problems += [f"call {notes} was lost" for notes in sorted(reports.calls - logged)]
        body = notes_ops.composer_row(workspace, lane.interview_id, lane.contact_id).body
        if len(body) > 1500:  # keep the note a plausible length over hundreds of runs
            notes_ops.save_draft(workspace, lane.interview_id, lane.contact_id, "Thank you", START)
    finally:
        workspace.sessions.kw["bind"].dispose()
    lane.changes += len(reports.added) + len(reports.updated) + len(reports.calls) + bool(reports.saved)
    if not body.startswith(lane.draft) or not text.startswith(body[len(lane.draft):]):
        return [*problems, f"the draft is not what was typed: {body[-120:]!r}"]
    kept = len(body) - len(lane.draft)
    if kept < reports.saved:
        problems.append(f"a save of {reports.saved} characters was reported but only {kept} are there")
    first_lost = next((moment for count, moment, _ in reports.typed if count == kept + 1), None)
    lateness = max((late for _, moment, late in reports.typed if moment > killed_at - LATENESS_WINDOW), default=0.0)
    lane.worst_lateness = max(lane.worst_lateness, lateness)
    if first_lost is not None:
        lag = killed_at - first_lost
        lane.worst_lag = max(lane.worst_lag, lag)
        if lag > DRAFT_LAG_LIMIT + SAVE_ALLOWANCE + lateness:
            problems.append(f"the draft lost {lag:.2f} s of typing ({kept} of {reports.typed[-1][0]} characters kept; "
                            f"timers were up to {lateness:.2f} s late)")
    lane.draft = START if len(body) > 1500 else body
    return problems


def _run_lane(lane: Lane, kills: int, seed: int) -> Lane:
    chooser = random.Random(seed)
    for run in range(kills):
        reports, killed_at, text = _run_once(lane, run, chooser, lane.data_dir.parent / f"{lane.data_dir.name}.err")
        lane.kills += 1
        lane.early += reports.ready is None
        problems = _check(lane, reports, killed_at, text)
        if problems:
            lane.failures.append(f"{lane.data_dir.parent.name} run {run}: " + "; ".join(problems))
        else:
            lane.survived += 1
    return lane


def _kill_many(tmp_path: Path, kills: int) -> None:
    seed = int(os.environ.get("AFTERVIEW_KILL_SEED", random.randrange(1 << 30)))
    lanes = [_prepare(tmp_path / f"lane{n}" / "data") for n in range(LANES)]
    with ThreadPoolExecutor(LANES) as pool:
        done = list(pool.map(_run_lane, lanes, [kills // LANES] * LANES, [seed + n for n in range(LANES)]))
    made, survived = sum(lane.kills for lane in done), sum(lane.survived for lane in done)
    print(f"\nkills survived: {survived} of {made} (seed {seed}; {sum(lane.early for lane in done)} during start-up; "
          f"{sum(lane.changes for lane in done)} reported changes checked; worst draft lag "
          f"{max(lane.worst_lag for lane in done):.2f} s; timers fired up to "
          f"{max(lane.worst_lateness for lane in done):.2f} s late)")
    failures = [failure for lane in done for failure in lane.failures]
    assert not failures, "\n".join(failures)
    assert made == kills


# Twenty starts of the app, each killed mid-write, then checked: 270 s measured on two cores busy with eight suites.
@pytest.mark.timeout(600)
def test_killed_app_loses_nothing(tmp_path: Path) -> None:
    _kill_many(tmp_path, 20)


@pytest.mark.slow
@pytest.mark.skipif(not LONG, reason="long mode: set AFTERVIEW_LONG=1")
def test_killed_app_loses_nothing_long(tmp_path: Path) -> None:
    _kill_many(tmp_path, 200)
