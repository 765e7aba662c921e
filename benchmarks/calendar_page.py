"""Time the Calendar with 2,000 interviews on cold caches: loading and deriving every deadline, switching months.

Run from the repository root: python benchmarks/calendar_page.py [--interviews N] [--runs N]
Builds a throwaway data folder with 500 opportunities of 4 interviews each (3 people met, with accented names from
a 300-card file, at varied hours and lengths, notes in mixed states), then measures in a fresh process, as after a
start (no SQLAlchemy session, no derived deadline, no painted month in memory), printing `key: value` lines:
  snapshot_first_ms / snapshot_ms: the Calendar's snapshot (load + derive + bucket, once per refresh), the first
    one cold and the median of the next; against baseline_read_rows_first_ms / baseline_read_rows_ms, the same
    interviews, opportunities and people read with sqlite3 alone, in the same process, the first time and again;
  derive_all_deadlines_ms: the deadline rules alone over every interview;
  export_*: the calendar export of all of it (first; again; and as the kept calendar file rewrites it, reusing the
    unchanged events' text);
  month_switch_*: a month switch in the operations layer and on the painted page (offscreen; the first switch after
    the page is built, and the median), against baseline_month_switch_bare_ms, the same switches on a bare
    QCalendarWidget of the same size with no markers;
then the import of a 1,000-event .ics file (invitations as Google Calendar sends them: METHOD:REQUEST, a VTIMEZONE,
an organizer and two attendees each, 300 distinct people) through transfer.import_file into an empty data folder.
Budgets: a month switch 30 ms, all deadlines 50 ms, the import 5 s.
"""
# ruff: noqa: E402 - the import path is fixed before the project's modules are imported

from __future__ import annotations

import sys
from pathlib import Path

# This file shares its name with the standard library's calendar module: keep its folder off the import path.
sys.path[0] = str(Path(__file__).resolve().parents[1])

import argparse
import os
import sqlite3
import statistics
import subprocess
import tempfile
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.timing import median_ms
from desktop.core import deadlines
from desktop.core.domain import InterviewKind, NoteState, OpportunityStatus
from desktop.operations import calendar as calendar_ops
from desktop.operations import opportunities as opps
from desktop.operations.calendar_export import export_calendar
from desktop.operations.transfer import import_file
from desktop.operations.workspace import open_workspace
from desktop.storage.models import Contact, Interview, MeetingNote, Opportunity, ThankYouNote

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)


GIVEN = ("Siobhán", "Jürgen", "Chloé", "Søren", "Zoë", "María José", "Łukasz", "Thảo", "Oisín", "Ana-María",
         "Dmitri", "Nneka", "Hiroshi", "Fatima", "Bjørn", "Inès", "Kemal", "Priya", "Mateus", "Eilís")
FAMILY = ("Ní Bhriain", "Müller-Lüdenscheidt", "van der Berg", "García Márquez", "Nguyễn", "Kowalczyk", "O'Connor",
          "Tanaka", "Haddad", "Sørensen", "Mac Gearailt", "de la Cruz", "Okafor", "Lindqvist", "Dubois")
COMPANIES = ("Zalando", "Northwind Analytics", "Lumen Health", "Fjord & Finch", "Société Générale", "Østerlund Energi",
             "Café Müller GmbH", "Nordea", "Ørsted", "Ticketmaster Ibérica")
ROLES = ("Senior Data Engineer", "Product Designer", "Head of Research", "Staff Software Engineer", "UX Writer")


def populate(workspace, interviews: int) -> None:
    """Opportunities of four interviews each, at varied hours and lengths, with three of 300 people met in each."""
    kinds = list(InterviewKind)
    with workspace.session() as session:
        people = [Contact(full_name=f"{GIVEN[n % 20]} {FAMILY[n * 7 % 15]}", title="Interviewer",
                          company=COMPANIES[n % 10]) for n in range(300)]
        session.add_all(people)
        for number in range(interviews // 4):
            opp = Opportunity(company=f"{COMPANIES[number % 10]} {number // 10 or ''}".strip(),
                              role=ROLES[number % 5],
                              status=OpportunityStatus.INTERVIEWING if number % 3 else OpportunityStatus.APPLIED)
            for step in range(4):
                start = (NOW - timedelta(days=365) + timedelta(days=(number * 7 + step * 11) % 730)
                         + timedelta(hours=(number * 5 + step * 3) % 9 - 3, minutes=15 * (number % 4)))
                item = Interview(opportunity=opp, starts_at=start,
                                 ends_at=start + timedelta(minutes=(30, 45, 60, 90)[(number + step) % 4]),
                                 time_zone="Europe/Berlin", kind=kinds[step], next_steps="Within two weeks",
                                 decision_date=(start + timedelta(days=14)).date() if step % 2 else None)
                met = [people[(number * 3 + k) % 300] for k in range(3)]
                item.people = [MeetingNote(contact=c, position=k) for k, c in enumerate(met)]
                item.notes = [ThankYouNote(contact=met[0], state=NoteState.SENT),
                              ThankYouNote(contact=met[1], state=NoteState.READY)]
            session.add(opp)


VTIMEZONE = """BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r
TZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r
TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
END:STANDARD\r\nEND:VTIMEZONE\r\n"""


def invitations(count: int) -> str:
    """`count` interview invitations in one calendar, as a calendar client sends them."""
    events = []
    for n in range(count):
        start = datetime(2026, 1, 5, 9, 0) + timedelta(days=n % 300, hours=n % 7)
        people = [(n * 3 + k) % 300 for k in range(3)]
        attendees = "".join(f"ATTENDEE;CN=Person {p};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:person{p}@"
                            f"company{p % 50}.example\r\n" for p in people[1:])
        events.append(
            f"BEGIN:VEVENT\r\nUID:bench-{n}@calendar.example\r\nDTSTAMP:20260101T080000Z\r\n"
            f"DTSTART;TZID=Europe/Berlin:{start:%Y%m%dT%H%M%S}\r\n"
            f"DTEND;TZID=Europe/Berlin:{start + timedelta(minutes=45):%Y%m%dT%H%M%S}\r\n"
            f"SUMMARY:Interview: Designer at Company {n % 50}\r\nLOCATION:https://meet.example/{n}\r\n"
            f"ORGANIZER;CN=Person {people[0]}:mailto:person{people[0]}@company{people[0] % 50}.example\r\n"
            f"{attendees}DESCRIPTION:Round {n % 4 + 1}\\, with the team.\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
            "END:VEVENT\r\n")
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Benchmark//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n" + VTIMEZONE
            + "".join(events) + "END:VCALENDAR\r\n")


def first_and_median_ms(function, runs: int) -> tuple[float, float]:
    """The first call's wall time (cold caches) and the median of the next `runs`, in milliseconds."""
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000, median_ms(function, runs)


def read_rows(database: Path) -> list[tuple]:
    """The baseline: the interviews with their opportunity and the people met, read with sqlite3 alone."""
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute(
            "SELECT i.id, i.starts_at, i.ends_at, i.decision_date, o.company, o.role, c.full_name "
            "FROM interview i JOIN opportunity o ON o.id = i.opportunity_id "
            "JOIN meeting_note m ON m.interview_id = i.id JOIN contact c ON c.id = m.contact_id").fetchall()


def month_switches(calendar, months: list[tuple[int, int]]) -> list[float]:
    """Milliseconds of each month switch on a calendar widget, painted at once."""
    switches = []
    for year, month in months:
        start = time.perf_counter()
        calendar.setCurrentPage(year, month)
        calendar.repaint()  # paint the month (with its markers, on the page) now, not at the next event loop turn
        switches.append((time.perf_counter() - start) * 1000)
    return switches


def measure(folder: Path, runs: int) -> None:
    """Everything about the populated data folder, in this fresh process: nothing read or derived before."""
    workspace = open_workspace(str(folder), zone=ZONE, clock=lambda: NOW)
    first, again = first_and_median_ms(lambda: calendar_ops.snapshot(workspace), 5)
    print(f"snapshot_first_ms: {first:.1f}")
    print(f"snapshot_ms: {again:.1f}")
    first_rows, again_rows = first_and_median_ms(lambda: read_rows(workspace.paths.database), 5)
    print(f"baseline_read_rows_first_ms: {first_rows:.1f}")
    print(f"baseline_read_rows_ms: {again_rows:.1f}")
    print(f"snapshot_first_ratio_to_baseline: {first / first_rows:.1f}")
    rows = opps.list_opportunities(workspace)
    interviews = [i for r in rows for i in r.interviews]
    print(f"interviews: {len(interviews)}")
    settings = workspace.settings
    print(f"derive_all_deadlines_ms: {median_ms(lambda: [deadlines.derive(i.starts_at, i.ends_at, i.decision_date, settings, ZONE) for i in interviews], runs):.1f}")  # noqa: E501
    print(f"load_rows_ms: {median_ms(lambda: opps.list_opportunities(workspace), 5):.1f}")
    snapshot = calendar_ops.snapshot(workspace)
    # The calendar export writes what the snapshot holds: its cost is read against the snapshot's, just above.
    out = folder.parent / "Afterview.ics"
    print(f"export_first_ms: {median_ms(lambda: export_calendar(workspace, out), 1):.1f}")  # numbers every event
    print(f"export_again_ms: {median_ms(lambda: export_calendar(workspace, out), 3):.1f}")  # nothing changed
    written: dict[str, bytes] = {}
    export_calendar(workspace, out, written=written)
    print(f"kept_file_rewrite_ms: {median_ms(lambda: export_calendar(workspace, out, written=written), 3):.1f}")
    print(f"export_events: {export_calendar(workspace, out).count}, export_bytes: {out.stat().st_size}")
    months = [(2025 + (m // 12), m % 12 + 1) for m in range(10, 34)]
    print(f"month_switch_ops_median_ms: {median_ms(lambda: [snapshot.month(*ym) for ym in months], runs) / len(months):.4f}")  # noqa: E501

    from PySide6.QtWidgets import QApplication, QCalendarWidget

    from desktop.ui.bus import DataBus
    from desktop.ui.pages.base import PageContext
    from desktop.ui.pages.calendar import CalendarPage

    app = QApplication.instance() or QApplication([])
    page = CalendarPage()
    page.bind(PageContext(workspace, DataBus(), lambda *_: None))
    page.resize(1000, 640)
    page.refresh()
    page.show()
    app.processEvents()
    switches = month_switches(page.calendar, months)
    bare = QCalendarWidget()
    bare.resize(page.calendar.size())
    bare.show()
    app.processEvents()
    bare_switches = month_switches(bare, months)
    print(f"month_switch_page_first_ms: {switches[0]:.1f}")
    print(f"month_switch_page_median_ms: {statistics.median(switches):.1f}")
    print(f"baseline_month_switch_bare_median_ms: {statistics.median(bare_switches):.1f}")
    print(f"month_switch_ratio_to_bare: {statistics.median(switches) / statistics.median(bare_switches):.1f}")
    print(f"markers_in_busiest_month: {max(sum(len(v) for v in snapshot.month(*ym).values()) for ym in months)}")
    for widget in (page, bare):
        widget.close()
        widget.deleteLater()
    app.processEvents()
    workspace.sessions.kw["bind"].dispose()
    app.shutdown()  # tear Qt down before the interpreter does, or PySide6 may crash at exit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interviews", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child's half: a populated folder
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, args.runs)
        return
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        workspace = open_workspace(str(data), zone=ZONE, clock=lambda: NOW)
        populate(workspace, args.interviews)
        workspace.sessions.kw["bind"].dispose()
        sys.stdout.flush()
        subprocess.run([sys.executable, __file__, "--measure", str(data), "--runs", str(args.runs)], check=True)

        ics = Path(folder) / "invitations.ics"
        ics.write_text(invitations(args.events), encoding="utf-8")
        empty = open_workspace(str(Path(folder) / "import"), zone=ZONE, clock=lambda: NOW)
        start, cpu = time.perf_counter(), time.process_time()
        summary = import_file(empty, ics)
        print(f"ics_import_{args.events}_s: {time.perf_counter() - start:.2f}")
        print(f"ics_import_{args.events}_cpu_s: {time.process_time() - cpu:.2f}")
        print(f"ics_import_summary: {summary.describe()}")
        empty.sessions.kw["bind"].dispose()


if __name__ == "__main__":
    main()
