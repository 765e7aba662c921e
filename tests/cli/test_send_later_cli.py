"""`afterview note schedule | unschedule | scheduled`, run as a user runs them: a separate process on a real
data folder, on the computer's own clock."""

import json
import sqlite3
from datetime import date, timedelta

import pytest

from tests.cli.test_cli import afterview

TOMORROW = (date.today() + timedelta(days=1)).isoformat()


@pytest.fixture
def folder(tmp_path):
    """The sample data, with a mail server that needs no login, and Tomás's note (written, by email) to send."""
    folder = tmp_path / "data"
    settings(tmp_path).write_text(json.dumps({
        "version": 1, "your_name": "Sam Rivera", "your_email": "sam@example.com", "smtp_host": "127.0.0.1",
        "smtp_security": "none"}), encoding="utf-8")
    assert afterview("--data-dir", str(folder), "sample-data").returncode == 0  # signed with the name set above
    return folder


def settings(tmp_path):
    """The settings file the command reads (the tests' AFTERVIEW_CONFIG_DIR, see tests/conftest.py)."""
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    return config / "settings.json"


def tomas(folder) -> list[str]:
    with sqlite3.connect(folder / "afterview.sqlite3") as connection:
        interview, contact = connection.execute(
            "SELECT n.interview_id, n.contact_id FROM thank_you_note n JOIN contact c ON c.id = n.contact_id "
            "WHERE c.full_name = 'Tomás Ortega'").fetchone()
    connection.close()
    return ["--interview", str(interview), "--contact", str(contact)]


def scheduled_at(folder):
    with sqlite3.connect(folder / "afterview.sqlite3") as connection:
        [(value, body)] = connection.execute(
            "SELECT n.scheduled_at, n.body FROM thank_you_note n JOIN contact c ON c.id = n.contact_id "
            "WHERE c.full_name = 'Tomás Ortega'").fetchall()
    connection.close()
    return value, body


def test_schedule_list_and_unschedule(folder):
    data = ["--data-dir", str(folder)]
    done = afterview(*data, "note", "schedule", *tomas(folder), "--at", f"{TOMORROW} 10:00")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("The note to Tomás Ortega goes out") and "at 10:00" in done.stdout
    value, body = scheduled_at(folder)
    assert value is not None and body.startswith("Dear Tomás,") and body.endswith("Kind regards,\nSam Rivera")
    listed = afterview(*data, "note", "scheduled")
    assert listed.returncode == 0
    [line] = listed.stdout.splitlines()
    assert "10:00  Tomás Ortega — Northwind Analytics · Senior Product Designer" in line
    assert line.endswith("scheduled") and " ".join(tomas(folder)) in line
    cancelled = afterview(*data, "note", "unschedule", *tomas(folder))
    assert cancelled.returncode == 0 and "kept as a draft" in cancelled.stdout
    assert scheduled_at(folder) == (None, body)
    assert afterview(*data, "note", "scheduled").stdout.strip() == "No notes are scheduled."


def test_a_time_in_quiet_hours_is_scheduled_with_a_warning(folder):
    done = afterview("--data-dir", str(folder), "note", "schedule", *tomas(folder), "--at", f"{TOMORROW} 23:30")
    assert done.returncode == 0, done.stderr
    assert "warning: 23:30 is inside your quiet hours (22:00–08:00)" in done.stderr


@pytest.mark.parametrize(("at", "status", "expected"), [
    ("tomorrow morning", 2, "is not a time like 2026-11-26 08:30 (YYYY-MM-DD HH:MM)"),
    ("2001-01-01 09:00", 1, "has already passed; pick a time that is still ahead"),
])
def test_a_time_that_cannot_be_used_is_refused(folder, at, status, expected):
    done = afterview("--data-dir", str(folder), "note", "schedule", *tomas(folder), "--at", at)
    assert done.returncode == status and expected in done.stderr
    assert scheduled_at(folder)[0] is None


def test_without_a_mail_server_nothing_is_scheduled(folder, tmp_path):
    settings(tmp_path).write_text(json.dumps({"version": 1, "your_email": "sam@example.com"}))
    done = afterview("--data-dir", str(folder), "note", "schedule", *tomas(folder), "--at", f"{TOMORROW} 10:00")
    assert done.returncode == 1 and "Settings → Mail" in done.stderr
    assert scheduled_at(folder)[0] is None
