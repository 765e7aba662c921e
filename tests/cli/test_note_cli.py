"""`afterview note preview`, run as a user runs it: the day the note names."""

import pytest

from tests.cli.test_cli import afterview

PERSON = ("--template", "brief", "--to", "Dana Whitfield", "--company", "Acme", "--role", "Data Analyst",
          "--memorable", "the pipeline talk", "--why-fit", "SQL")


@pytest.mark.parametrize(("typed", "said"), [
    (None, "meeting with me today about"),
    ("yest", "meeting with me yesterday about"),
    ("TUE", "meeting with me on Tuesday about"),
])
def test_preview_names_the_day_as_the_composer_does(tmp_path, typed, said):
    day = ("--interview-day", typed) if typed else ()
    result = afterview("--data-dir", str(tmp_path), "note", "preview", *PERSON, *day)
    assert result.returncode == 0, result.stderr
    assert said in result.stdout


def test_a_day_a_note_cannot_name_is_a_usage_error(tmp_path):
    result = afterview("--data-dir", str(tmp_path), "note", "preview", *PERSON, "--interview-day", "someday")
    assert result.returncode == 2
    assert "“someday” is not a day a note can name" in result.stderr and not result.stdout
