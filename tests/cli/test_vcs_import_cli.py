"""The command line imports vCalendar 1.0 files and says when a zone was guessed or a file refused."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import afterview

VCS = Path(__file__).resolve().parents[1] / "fixtures" / "vcs"


def test_import_of_a_vcs_says_the_zone_was_guessed(tmp_path):
    result = afterview("--data-dir", str(tmp_path / "data"), "import", str(VCS / "floating.vcs"))
    assert result.returncode == 0, result.stderr
    assert ("floating.vcs: 1 added, 0 updated with new details, 0 differ from yours, 0 unchanged, 0 skipped; "
            "1 time zone guessed: open the interview to choose the right one") in result.stdout


def test_a_vcs_with_a_broken_daylight_rule_is_refused_by_line(tmp_path):
    result = afterview("--data-dir", str(tmp_path / "data"), "import", str(VCS / "broken_daylight.vcs"))
    assert result.returncode == 1
    assert "broken_daylight.vcs: line 4: the daylight-saving rule DAYLIGHT:TRUE;-04;19961027T010000" in result.stderr
