"""`afterview import` on emails and LinkedIn's export: what was found, what is proposed, and accepting it."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from desktop.operations import contacts as ops
from desktop.operations.opportunities import InterviewInput, add_interview, add_opportunity, get_interview
from desktop.operations.workspace import open_workspace
from tests.cli.test_cli import afterview

MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail"
DUBLIN = ZoneInfo("Europe/Dublin")


def with_interview(folder: str) -> int:
    workspace = open_workspace(folder)
    try:
        opportunity = add_opportunity(workspace, "Brightwater Robotics", "Robotics Software Engineer").id
        start = datetime(2026, 12, 3, 10, 0, tzinfo=DUBLIN)
        return add_interview(workspace, opportunity, InterviewInput(start, start + timedelta(hours=1), DUBLIN.key)).id
    finally:
        workspace.sessions.kw["bind"].dispose()


def stored(folder: str, read):
    workspace = open_workspace(folder)
    try:
        return read(workspace)
    finally:
        workspace.sessions.kw["bind"].dispose()


def test_an_email_prints_what_it_proposes_and_saves_nothing_of_it(tmp_path):
    folder = str(tmp_path / "data")
    interview_id = with_interview(folder)
    result = afterview("--data-dir", folder, "import", str(MAIL / "gmail_reply.eml"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == ("gmail_reply.eml: proposed: the card of Jürgen Weiß-Müller, a decision by Friday 4 December "
                        "2026")
    assert lines[1].startswith("  card: Jürgen Weiß-Müller (Head of Engineering, Brightwater Robotics GmbH; "
                               "juergen.weiss-mueller@brightwater-robotics.example; +49301234567")
    assert "import again with --save-card" in result.stdout
    assert ("    for Brightwater Robotics — Robotics Software Engineer (interview Thu 3 Dec 2026): import again with "
            "--apply-decision to write it") in lines
    assert stored(folder, ops.list_contacts) == []
    assert stored(folder, lambda w: get_interview(w, interview_id).decision_date) is None


def test_save_card_and_apply_decision_accept_the_proposals(tmp_path):
    folder = str(tmp_path / "data")
    interview_id = with_interview(folder)
    result = afterview("--data-dir", folder, "import", "--save-card", "--apply-decision",
                       str(MAIL / "gmail_reply.eml"))
    assert result.returncode == 0, result.stderr
    assert "  cards saved: 1 added, 0 updated with new details, 0 differ from yours, 0 unchanged, 0 skipped" in (
        result.stdout)
    written = "    written to Brightwater Robotics — Robotics Software Engineer (interview Thu 3 Dec 2026)"
    assert written in result.stdout.splitlines()
    ((_, card),) = stored(folder, ops.list_contacts)
    assert card.full_name == "Jürgen Weiß-Müller" and card.website == "https://brightwater-robotics.example"
    assert stored(folder, lambda w: get_interview(w, interview_id).decision_date) == date(2026, 12, 4)


def test_an_email_with_nothing_fails_with_the_file_and_the_sender_named(tmp_path):
    result = afterview("--data-dir", str(tmp_path / "data"), "import", str(MAIL / "no_findings.eml"))
    assert result.returncode == 1
    assert result.stderr.startswith("afterview: no_findings.eml: nothing for Afterview in the message from "
                                    "Newsletter <news@jobs-board.example> (“25 new jobs for you”)")


def test_a_linkedin_export_imports_and_a_changed_one_names_its_missing_columns(tmp_path):
    folder = str(tmp_path / "data")
    good = tmp_path / "Connections.csv"
    good.write_text('Notes:\n"Some email addresses are missing."\n\n'
                    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                    "Siobhán,Ní Bhriain,https://www.linkedin.com/in/snb,,Northwind Analytics,Talent Partner,"
                    "05 Dec 2024\n", encoding="utf-8")
    result = afterview("--data-dir", folder, "import", str(good))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Connections.csv: 1 added, 0 updated with new details")
    changed = tmp_path / "Verbindungen.csv"
    changed.write_text("Vorname,Nachname,Profil,Unternehmen,Position\nA,B,C,D,E\n", encoding="utf-8")
    refused = afterview("--data-dir", folder, "import", str(changed))
    assert refused.returncode == 1
    assert refused.stderr.startswith("afterview: Verbindungen.csv, line 1: not LinkedIn's Connections.csv as Afterview "
                                     "reads it: the header row lacks First Name, Last Name, URL, Company")
    assert [c.full_name for _, c in stored(folder, ops.list_contacts)] == ["Siobhán Ní Bhriain"]
