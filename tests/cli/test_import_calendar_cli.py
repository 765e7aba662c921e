"""`afterview import` on a whole calendar: the likely interviews imported, the others listed; --all takes every one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.operations.workspace import open_workspace
from desktop.storage.models import Interview
from tests.cli.test_cli import afterview

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ics" / "whole_calendar.ics"


def calendar_ahead(tmp_path: Path) -> Path:
    """The fixture moved to next year: the command line runs on the real clock, and 2026 will be long past."""
    path = tmp_path / "Alex – whole calendar.ics"
    path.write_text(FIXTURE.read_text(encoding="utf-8").replace("2026", str(date.today().year + 1)),
                    encoding="utf-8")
    return path


def stored_interviews(folder: str) -> int:
    workspace = open_workspace(folder)
    try:
        with workspace.session() as session:
            return len(session.scalars(select(Interview.id)).all())
    finally:
        workspace.sessions.kw["bind"].dispose()


def test_the_likely_interviews_are_imported_and_the_others_listed_with_a_hint(tmp_path):
    folder, path = str(tmp_path / "data"), calendar_ahead(tmp_path)
    result = afterview("--data-dir", folder, "import", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    left_out = [line for line in lines if " not imported (" in line]
    assert len(left_out) == 8
    assert all(line.startswith("Alex – whole calendar.ics: not imported (") for line in left_out)
    assert any(line.endswith("\u201cDentist \u2013 check-up\u201d") and "(does not look like an interview)" in line
               for line in left_out)
    assert any("(an interview, but long past): Tue 12 Mar 2019, " in line and line.endswith("at Initech\u201d")
               for line in left_out)  # the hour is in the computer's own zone
    assert "Alex – whole calendar.ics: 5 added, 0 updated with new details, 0 differ from yours, 0 unchanged, " \
           "0 skipped, 8 left out" in lines
    assert "8 events of a calendar not imported, as listed above. To take every event, import again with --all; " \
           "to choose them one by one, use the window (File → Import)." in lines
    assert result.stderr == ""
    assert stored_interviews(folder) == 5


def test_all_takes_every_event(tmp_path):
    folder, path = str(tmp_path / "data"), calendar_ahead(tmp_path)
    result = afterview("--data-dir", folder, "import", "--all", str(path))
    assert result.returncode == 0, result.stderr
    assert "not imported (" not in result.stdout and "--all" not in result.stdout
    assert "12 added, 0 updated with new details, 0 differ from yours, 0 unchanged, 1 skipped" in result.stdout
    assert "'Coffee with Maren' cancels an interview that is not in Afterview" in result.stderr  # the one skipped
    assert stored_interviews(folder) == 12


def test_a_broken_calendar_fails_with_its_name_and_exit_1(tmp_path):
    broken = tmp_path / "half.ics"
    broken.write_text(FIXTURE.read_text(encoding="utf-8").split("BEGIN:VEVENT")[0] + "BEGIN:VEVENT\r\n",
                      encoding="utf-8")
    result = afterview("--data-dir", str(tmp_path / "data"), "import", "--all", str(broken))
    assert result.returncode == 1
    assert result.stderr.startswith("afterview: half.ics: the file is truncated or damaged")
