"""`calendar-file` keeps Afterview.ics in a folder, and the commands that change the data rewrite it."""

from __future__ import annotations

import re

from tests.cli.test_cli import afterview

EVENTS = re.compile(r"\d+ calendar events \(\d+ interviews, \d+ note deadlines, \d+ calls, \d+ move-on dates\)")


def test_a_folder_set_from_the_command_line_is_written_and_followed(tmp_path):
    data = str(tmp_path / "data")
    missing = afterview("--data-dir", data, "calendar-file")
    assert missing.returncode == 1
    assert missing.stderr == ("afterview: no folder is set for the calendar file; `afterview calendar-file --folder "
                              "DIR` sets one\n")
    folder = tmp_path / "Nextcloud – Kalender"
    nowhere = afterview("--data-dir", data, "calendar-file", "--folder", str(folder))
    assert nowhere.returncode == 1 and nowhere.stderr == f"afterview: {folder}: no such folder; create it first, " \
                                                         "or choose another\n"
    folder.mkdir()
    kept = folder / "Afterview.ics"
    chosen = afterview("--data-dir", data, "calendar-file", "--folder", str(folder))
    assert chosen.returncode == 0, chosen.stderr
    assert chosen.stdout.splitlines()[0] == f"Wrote no calendar events (nothing is on the Calendar page yet) to {kept}."
    assert kept.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 0

    # A command that changes the data rewrites the file it keeps.
    assert afterview("--data-dir", data, "sample-data").returncode == 0
    assert kept.read_text(encoding="utf-8").count("BEGIN:VEVENT") >= 9
    again = afterview("--data-dir", data, "calendar-file")
    assert again.returncode == 0 and EVENTS.search(again.stdout), again.stdout

    stopped = afterview("--data-dir", data, "calendar-file", "--stop")
    assert stopped.stdout == f"No calendar file is kept any more; {kept} stays as last written.\n"
    assert afterview("--data-dir", data, "calendar-file").returncode == 1 and kept.exists()


def test_export_calendar_says_what_it_wrote_in_words(tmp_path):
    data = str(tmp_path / "data")
    assert afterview("--data-dir", data, "sample-data").returncode == 0
    out = tmp_path / "out.ics"
    done = afterview("--data-dir", data, "export", "calendar", str(out))
    assert done.returncode == 0, done.stderr
    assert EVENTS.fullmatch(done.stdout.removeprefix("Exported ").removesuffix(f" to {out}\n")), done.stdout
