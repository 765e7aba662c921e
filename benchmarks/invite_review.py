"""Time a whole calendar of 5,000 events from File → Import to the list of its events to tick, shown.

Run from the repository root: python benchmarks/invite_review.py [--events N] [--runs N]

The calendar is what a personal Google Calendar export holds over three years: a weekly stand-up and other
repeating series, yearly birthdays, public holidays, meetings with colleagues of one organisation (with
Meet or Teams links and their boilerplate), lunches, dentist and doctor, and 90 interviews planted among
them in nine languages, from other organisations. In one run, in a throwaway data folder, offscreen:

  baseline_parse_s:         icalendar parsing the file alone (Calendar.from_ical), the library's own cost;
  baseline_read_s:          reading it as Afterview reads a file (core.invites.read_invites: screening,
                            parsing, zones, repeat rules), nothing else;
  list_shown_s:             the real window and controller: controller.import_files (what File → Import
                            calls once the file is chosen) to the choice dialog shown and painted with its
                            rows, median of --runs; also its ratio to baseline_read_s, and to the 3 s target;
                            and the CPU time of both threads, which a busy machine does not inflate as much;
  filter_keystroke_ms_*:    typing "interview" into the filter box, each key to the frame painted;
  sort_click_ms:            a click on the Title header to the list sorted and painted;
  tick_all_ms:              Tick all on every event, to the frame painted;
  import_chosen_s:          the ticked events imported (the Import button to the report shown);
  planted/ticked figures:   how many of the planted interviews came ticked (those of the last six months or
                            to come; older ones are listed unticked), and how many other events did.
"""
# ruff: noqa: E402 - the import path is fixed before the project's modules are imported

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/ holds a calendar.py that would shadow the standard library's: put the repository there instead.
sys.path[0] = str(Path(__file__).resolve().parents[1])

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import icalendar

from benchmarks.contacts import paint_counter, settle, shut_down
from desktop.core.interview_likeness import LONG_PAST
from desktop.core.invites import read_invites
from desktop.core.settings import Settings
from desktop.operations.workspace import open_workspace

W = TypeVar("W")  # a kind of window, looked for on screen
ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
OWNER = "alex.candidate@gmail.com"
HOME = "lumen-logistics.example"
COLLEAGUES = ("Priya Raman", "Dana Whitfield", "Tomás Ortega", "Zoë Lindqvist", "Aisha Khan", "Björn Sørensen",
              "Keiko Tanaka", "Chloé Dubois", "Łucja Nowak", "José Costa", "Siobhán Ní Bhriain", "Henrik Berg")
INTERVIEWS = (  # title, organisation, language
    ("Interview – Senior Product Designer", "northwind-analytics.example"), ("Phone screen", "hooli.example"),
    ("Entretien – Société Exemple", "societe-exemple.fr"), ("Vorstellungsgespräch bei Müller & Söhne", "mueller.de"),
    ("Entrevista de trabajo – Telefónica", "telefonica.example"), ("Colloquio conoscitivo", "luxottica.example"),
    ("Sollicitatiegesprek Philips", "philips.example"), ("Chat with Siobhán", "globex.ie"),
    ("Technical round 2", "initech.example"), ("一次面接（オンライン）", "rakuten.example"),
)
EVERYDAY = ("Lunch with Sam", "Dentist – check-up", "Doctor", "Haircut", "Gym", "Coffee", "Call mum",
            "Dinner at Inès'", "School run", "Yoga", "Book club", "Car service", "Flight to Lisbon")
WORK = ("Project sync", "Roadmap review", "Budget planning", "Customer call – Fjord & Finch", "Quarterly review",
        "Design critique", "Vendor onboarding", "Warehouse walk-through", "Pricing workshop", "Release planning")
TEAMS = ("________________________________________________________________________________\\nMicrosoft Teams "
         "meeting\\nJoin on your computer\\, mobile app or room device\\nClick here to join the meeting<https://teams"
         ".microsoft.com/l/meetup-join/19%3ameeting_{n}%40thread.v2/0?context=%7b%22Tid%22%3a%22{n}%22%7d>\\nMeeting "
         "ID: 312 555 {n}\\nPasscode: x7Y{n}\\nDownload Teams | Join on the web\\nLearn More | Meeting options\\n"
         "________________________________________________________________________________")
VTIMEZONE = ("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nX-LIC-LOCATION:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\n"
             "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\n"
             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\n"
             "TZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
             "END:STANDARD\r\nEND:VTIMEZONE\r\n")


def _email(name: str, domain: str) -> str:
    from desktop.core.contact_rules import fold

    return ".".join(fold(name).replace("'", "").split()) + f"@{domain}"


def _event(n: int, summary: str, start: datetime, minutes: int, *, people: tuple[tuple[str, str], ...] = (),
           extra: str = "") -> str:
    """One VEVENT as Google Calendar exports it: stamps, a sequence, transparency, the owner among the attendees."""
    lines = [f"BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:{start:%Y%m%dT%H%M%S}\r\n"
             f"DTEND;TZID=Europe/Berlin:{start + timedelta(minutes=minutes):%Y%m%dT%H%M%S}\r\n"
             f"DTSTAMP:20261120T101500Z\r\nUID:{n:05d}-bench@google.com\r\n"]
    if people:
        organiser = people[0]
        lines.append(f"ORGANIZER;CN={organiser[0]}:mailto:{organiser[1]}\r\n")
        for name, email in (*people, ("", OWNER)):
            lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={name or email};"
                         f"X-NUM-GUESTS=0:mailto:{email}\r\n")
    lines.append(f"CREATED:20240101T080000Z\r\n{extra}LAST-MODIFIED:20260101T080000Z\r\nSEQUENCE:0\r\n"
                 f"STATUS:CONFIRMED\r\nSUMMARY:{summary}\r\nTRANSP:OPAQUE\r\n"
                 "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:This is an event reminder\r\nTRIGGER:-P0DT0H10M0S\r\n"
                 "END:VALARM\r\nEND:VEVENT\r\n")
    return "".join(lines)


def whole_calendar(count: int, rng: random.Random) -> tuple[str, set[int]]:
    """A calendar export of `count` events, and the positions (from 0) of the interviews planted in it."""
    events: list[str] = []
    planted: set[int] = set()
    first_day = date(2024, 1, 8)
    for series, (summary, rule, hour) in enumerate((("Daily stand-up", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 9),
                                                     ("Team retro", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", 15),
                                                     ("1:1 Priya / Alex", "FREQ=WEEKLY;BYDAY=TU", 11))):
        start = datetime.combine(first_day, datetime.min.time()).replace(hour=hour)
        people = tuple((name, _email(name, HOME)) for name in COLLEAGUES[:4])
        events.append(_event(series, summary, start, 15, people=people,
                             extra=f"RRULE:{rule}\r\nLOCATION:https://meet.google.com/abc-defg-{series:03d}\r\n"))
    for person in COLLEAGUES[:8]:
        birthday = date(2024, rng.randint(1, 12), rng.randint(1, 28))
        events.append(f"BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{birthday:%Y%m%d}\r\n"
                      f"DTEND;VALUE=DATE:{birthday + timedelta(days=1):%Y%m%d}\r\nRRULE:FREQ=YEARLY\r\n"
                      f"DTSTAMP:20261120T101500Z\r\nUID:birthday-{len(events)}@google.com\r\n"
                      f"SUMMARY:{person}'s birthday\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n")
    interview_every = max(1, count // 90)
    while len(events) < count:
        n = len(events)
        day = first_day + timedelta(days=int(n * 1100 / count))
        start = datetime.combine(day, datetime.min.time()).replace(hour=rng.choice((8, 9, 10, 11, 13, 14, 15, 16)),
                                                                   minute=rng.choice((0, 15, 30, 45)))
        if n % interview_every == 0:
            title, organisation = INTERVIEWS[(n // interview_every) % len(INTERVIEWS)]
            people = (("Talent team", f"talent@{organisation}"), (rng.choice(COLLEAGUES), f"hm{n}@{organisation}"))
            link = f"LOCATION:https://zoom.us/j/{8000000000 + n}\r\n" if n % 3 else ""
            events.append(_event(n, title, start, 45, people=people, extra=link))
            planted.add(n)
        elif n % 3 == 0:
            events.append(_event(n, rng.choice(EVERYDAY), start, 60))
        elif n % 29 == 0:
            events.append(f"BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{day:%Y%m%d}\r\n"
                          f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}\r\nDTSTAMP:20261120T101500Z\r\n"
                          f"UID:holiday-{n}@google.com\r\nSUMMARY:Public holiday\r\nTRANSP:TRANSPARENT\r\n"
                          "END:VEVENT\r\n")
        else:
            people = tuple((name, _email(name, HOME)) for name in rng.sample(COLLEAGUES, rng.randint(1, 4)))
            description = f"DESCRIPTION:{TEAMS.format(n=n)}\r\nLOCATION:Microsoft Teams Meeting\r\n" \
                if n % 2 else f"LOCATION:https://meet.google.com/xyz-{n:04d}-abc\r\n"
            events.append(_event(n, rng.choice(WORK), start, 30, people=people, extra=description))
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
            f"CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:{OWNER}\r\nX-WR-TIMEZONE:Europe/Berlin\r\n"
            + VTIMEZONE + "".join(events) + "END:VCALENDAR\r\n"), planted


def seconds_of(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    text, planted = whole_calendar(args.events, random.Random(16))
    data = text.encode("utf-8")
    print(f"events: {args.events}")
    print(f"file_mb: {len(data) / 1e6:.1f}")
    parse_s = statistics.median(seconds_of(lambda: icalendar.Calendar.from_ical(text)) for _ in range(args.runs))
    print(f"baseline_parse_s: {parse_s:.2f}")
    reads = [seconds_of(lambda: read_invites(data, "calendar.ics", OWNER, NOW, ZONE.key)) for _ in range(args.runs)]
    read_s = statistics.median(reads)
    cpu = time.process_time()
    read_invites(data, "calendar.ics", OWNER, NOW, ZONE.key)
    print(f"baseline_read_s: {read_s:.2f}")
    print(f"baseline_read_cpu_s: {time.process_time() - cpu:.2f}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "calendar.ics"
        path.write_bytes(data)
        workspace = open_workspace(str(Path(folder) / "data"), zone=ZONE, clock=lambda: NOW)
        workspace.settings = Settings(your_email=OWNER)
        measure_window(workspace, Path(folder), path, planted, read_s, args.runs)
        workspace.sessions.kw["bind"].dispose()


def measure_window(workspace, folder: Path, path: Path, planted: set[int], read_s: float, runs: int) -> None:
    from PySide6.QtCore import QEventLoop, QPoint, QSettings, Qt, qInstallMessageHandler
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.ui.controller import AppController
    from desktop.ui.interviews.calendar_choice_dialog import CalendarChoiceDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.models.calendar_choice_model import TITLE
    from desktop.ui.style import Appearance

    qInstallMessageHandler(lambda _kind, _where, text: None if "propagateSizeHints" in text else print(text))
    app = QApplication.instance() or QApplication([])
    Appearance(app, "light")  # the window's own look, as a user's start applies it
    window = MainWindow()
    controller = AppController(window, workspace, QSettings(str(folder / "w.ini"), QSettings.Format.IniFormat))
    controller.refresh()
    window.show()
    controller.apply_icons()
    app.processEvents()
    counter = paint_counter(app)

    def on_screen(kind: type[W]) -> W | None:
        """The window of `kind` shown over the main window, as the user sees it; None while there is none."""
        return next((widget for widget in window.findChildren(kind) if widget.isVisible()), None)

    def open_list() -> tuple[float, float, CalendarChoiceDialog]:
        start, cpu = time.perf_counter(), time.process_time()
        controller.import_files([path])
        while (shown_list := on_screen(CalendarChoiceDialog)) is None:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # no spinning: CPU is the app's
        settle(app, counter)
        return time.perf_counter() - start, time.process_time() - cpu, shown_list

    shown, cpu_times = [], []
    for run in range(runs):
        seconds, cpu, dialog = open_list()
        shown.append(seconds)
        cpu_times.append(cpu)
        if run < runs - 1:
            dialog.reject()
            app.processEvents()
    list_shown = statistics.median(shown)
    print(f"list_shown_s_median: {list_shown:.2f}")
    print(f"list_shown_s_all: {', '.join(f'{s:.2f}' for s in shown)}")
    print(f"list_shown_cpu_s_median: {statistics.median(cpu_times):.2f} (both threads)")
    print(f"list_shown_ratio_to_read: {list_shown / read_s:.2f}")
    print(f"list_shown_ratio_to_3s_target: {list_shown / 3:.2f}")
    assert dialog.model.rowCount() == len(dialog.preview.events), "the list is not shown"

    chosen = set(dialog.model.chosen())
    print(f"events_listed: {dialog.model.rowCount()}")
    recent = {n for n in planted if dialog.preview.events[n].start > NOW - LONG_PAST}
    print(f"planted_interviews: {len(planted)}, of which recent or coming: {len(recent)}")
    print(f"planted_interviews_ticked: {len(planted & chosen)} (recent or coming: {len(recent & chosen)})")
    print(f"other_events_ticked: {len(chosen - planted)}")
    print(f"import_button: {dialog.import_button.text()}")

    keys = []
    for char in "interview":
        start = time.perf_counter()
        QTest.keyClicks(dialog.filter_edit, char)
        settle(app, counter)
        keys.append((time.perf_counter() - start) * 1000)
    print(f"filter_keystroke_ms_median: {statistics.median(keys):.1f}")
    print(f"filter_keystroke_ms_max: {max(keys):.1f}")
    print(f"filter_rows_left: {dialog.model.rowCount()}")
    dialog.filter_edit.clear()
    settle(app, counter)
    header = dialog.table.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(TITLE) + 20, header.height() // 2)
    start = time.perf_counter()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    settle(app, counter)
    print(f"sort_click_ms: {(time.perf_counter() - start) * 1000:.1f}")
    for button in (dialog.tick_all_button, dialog.tick_none_button):
        start = time.perf_counter()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        settle(app, counter)
        print(f"{button.text().lower().replace(' ', '_')}_ms: {(time.perf_counter() - start) * 1000:.1f}")
    for position in chosen:  # back to what was proposed
        dialog.model.ticked[position] = True
    dialog.model.layoutChanged.emit()
    settle(app, counter)
    start = time.perf_counter()
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    while controller.runner.busy() or (report := on_screen(QMessageBox)) is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    print(f"import_chosen_s: {time.perf_counter() - start:.2f}")
    print(f"import_report: {report.text()}")
    report.close()
    shut_down(app, window)


if __name__ == "__main__":
    main()
