"""Time the Calendar with 2,000 interviews: loading and deriving every deadline, and switching months.

Run from the repository root: python benchmarks/calendar_page.py [--interviews N] [--runs N]
Builds a throwaway data folder with 500 opportunities of 4 interviews each (3 people met, notes in mixed
states), then prints `key: value` lines: the snapshot (load + derive + bucket, done once per refresh), the
deadline derivation alone, the calendar export of all of it (first; again; and as the kept calendar file rewrites
it, reusing the unchanged events' text), the median of a month switch in the operations layer and on the painted
page (offscreen); then the import of a 1,000-event .ics file (invitations as Google Calendar sends them:
METHOD:REQUEST, a VTIMEZONE, an organizer and two attendees each, 300 distinct people) through
transfer.import_file into a second, empty data folder. Budgets: a month switch 30 ms, all deadlines 50 ms,
the import 5 s.
"""
# ruff: noqa: E402 - the import path is fixed before the project's modules are imported

from __future__ import annotations

import sys
from pathlib import Path

# This file shares its name with the standard library's calendar module: keep its folder off the import path.
sys.path[0] = str(Path(__file__).resolve().parents[1])

import argparse
import os
import statistics
import tempfile
import time
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


def populate(workspace, interviews: int) -> None:
    kinds = list(InterviewKind)
    with workspace.session() as session:
        people = [Contact(full_name=f"Person {n}", title="Interviewer") for n in range(300)]
        session.add_all(people)
        for number in range(interviews // 4):
            opp = Opportunity(company=f"Company {number}", role="Designer",
                              status=OpportunityStatus.INTERVIEWING if number % 3 else OpportunityStatus.APPLIED)
            for step in range(4):
                start = NOW - timedelta(days=365) + timedelta(days=(number * 7 + step * 11) % 730, hours=step)
                item = Interview(opportunity=opp, starts_at=start, ends_at=start + timedelta(hours=1),
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interviews", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--events", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(folder, zone=ZONE, clock=lambda: NOW)
        populate(workspace, args.interviews)
        rows = opps.list_opportunities(workspace)
        interviews = [i for r in rows for i in r.interviews]
        print(f"interviews: {len(interviews)}")
        settings = workspace.settings
        print(f"derive_all_deadlines_ms: {median_ms(lambda: [deadlines.derive(i.starts_at, i.ends_at, i.decision_date, settings, ZONE) for i in interviews], args.runs):.1f}")  # noqa: E501
        print(f"load_rows_ms: {median_ms(lambda: opps.list_opportunities(workspace), 5):.1f}")
        snapshot = calendar_ops.snapshot(workspace)
        print(f"snapshot_ms: {median_ms(lambda: calendar_ops.snapshot(workspace), 5):.1f}")
        # The calendar export writes what the snapshot holds: its cost is read against the snapshot's, just above.
        out = Path(folder) / "Afterview.ics"
        print(f"export_first_ms: {median_ms(lambda: export_calendar(workspace, out), 1):.1f}")  # numbers every event
        print(f"export_again_ms: {median_ms(lambda: export_calendar(workspace, out), 3):.1f}")  # nothing changed
        written: dict[str, bytes] = {}
        export_calendar(workspace, out, written=written)
        print(f"kept_file_rewrite_ms: {median_ms(lambda: export_calendar(workspace, out, written=written), 3):.1f}")
        print(f"export_events: {export_calendar(workspace, out).count}, export_bytes: {out.stat().st_size}")
        months = [(2025 + (m // 12), m % 12 + 1) for m in range(10, 34)]
        print(f"month_switch_ops_median_ms: {median_ms(lambda: [snapshot.month(*ym) for ym in months], args.runs) / len(months):.4f}")  # noqa: E501

        from PySide6.QtWidgets import QApplication

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
        switches = []
        for year, month in months:
            start = time.perf_counter()
            page.calendar.setCurrentPage(year, month)
            page.calendar.repaint()  # paint the month with its markers now, not at the next event loop turn
            switches.append((time.perf_counter() - start) * 1000)
        print(f"month_switch_page_median_ms: {statistics.median(switches):.1f}")
        print(f"markers_in_busiest_month: {max(sum(len(v) for v in snapshot.month(*ym).values()) for ym in months)}")
        page.close()
        page.deleteLater()
        app.processEvents()
        workspace.sessions.kw["bind"].dispose()

        ics = Path(folder) / "invitations.ics"
        ics.write_text(invitations(args.events), encoding="utf-8")
        empty = open_workspace(str(Path(folder) / "import"), zone=ZONE, clock=lambda: NOW)
        start, cpu = time.perf_counter(), time.process_time()
        summary = import_file(empty, ics)
        print(f"ics_import_{args.events}_s: {time.perf_counter() - start:.2f}")
        print(f"ics_import_{args.events}_cpu_s: {time.process_time() - cpu:.2f}")
        print(f"ics_import_summary: {summary.describe()}")
        empty.sessions.kw["bind"].dispose()
    app.shutdown()  # tear Qt down before the interpreter does, or PySide6 may crash at exit


if __name__ == "__main__":
    main()
