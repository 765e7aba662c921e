"""Time the Contacts page with 10,000 contacts: importing them from one vCard file, opening the page, typing.

Run from the repository root: python benchmarks/contacts.py [--contacts N]

In one run, in a throwaway data folder, offscreen:
  vcard_import_10000_s:        a 10,000-card vCard 3.0 file (names with accents, one or two emails, most with
                               a phone, some with a postal address) imported through transfer.import_file into
                               an empty card file; then the same file again (every card matched, none added);
  contacts_page_shown_ms:      in a fresh process on the imported data folder (no session, row or Python cache
                               left by the import, as after a start), the real window and controller, started
                               as the app starts them (Today listed, icons applied), the Contacts entry of the
                               sidebar clicked with
                               the mouse, to the page painted with the list (the first visit: it includes
                               importing the page's modules, building it and loading the 10,000 rows);
  contacts_page_reload_ms:     the page reloading after a change to the contacts and repainting;
  filter_keystroke_ms_*:       each key typed into the search box (narrowing and, with Backspace, widening)
                               to the events it caused processed and what it changed painted by Qt itself
                               (field, table with the matching rows, no-match label, card pane): the whole
                               frame's work, not a debounced timer (there is none); also its CPU time, and
                               for comparison the time to repaint the whole window;
  filter_only_ms_median:       the model's set_search alone, for the same steps (text before the key to
                               the text after it), without painting.
Every "painted" is the frame Qt makes: events processed until a pass paints nothing more (see settle).
Baselines in the same run: an empty QTableView page added to a stack and painted; the same view over a
QStandardItemModel-free 10,000-row model of fixed strings; and in plain Python, folding 10,000 names and
testing one substring against 10,000 keys. The targets: page under 150 ms, keystroke under 16 ms at the
median, import under 10 s.
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
import subprocess
import tempfile
import time
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.contact_rules import fold
from desktop.core.vcard import write_vcards
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.operations.transfer import import_file
from desktop.operations.workspace import open_workspace

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
GIVEN = ("Priya", "Dana", "Tomás", "Zoë", "Aisha", "Marcus", "Samuel", "Henrik", "Keiko", "Li", "Ana", "Jon",
         "Fatima", "Olu", "Maren", "Sven", "Chloé", "Rahul", "Inès", "Noah", "Björn", "Łucja", "José", "Mia")
FAMILY = ("Raman", "Whitfield", "Ortega", "Lindqvist", "Khan", "Bell", "Adeyemi", "Sørensen", "Tanaka", "Wei",
          "Costa", "Smith", "Haddad", "Okafor", "Berg", "Nilsen", "Dubois", "Iyer", "Moreau", "Fischer", "Müller")
TITLES = ("Recruiter", "Talent Partner", "Engineering Manager", "Staff Engineer", "Head of Design",
          "Product Manager", "Director of Research", "VP Engineering", "Team Lead", "Data Scientist")
COMPANIES = ("Northwind", "Lumen Labs", "Fjord & Finch", "Café Société", "Blue Harbor", "Kestrel", "Ørsted Digital")
# What a user types: letters one by one, a few Backspaces (which widen the list again), digits of a phone.
TYPED = ("zoe", "\b\b\b", "lindqvist", "\b\b\b\b\b\b\b\b\b", "northwind recruiter", "\b" * 19, "+1206555",
         "\b" * 8, "muller@", "\b" * 7)


def make_cards(count: int, rng: random.Random) -> list[ContactCard]:
    cards = []
    for n in range(count):
        # Every (name, company) pair differs, so that the import matches no card to another and adds them all.
        given, family = GIVEN[n % len(GIVEN)], FAMILY[n // len(GIVEN) % len(FAMILY)]
        company = f"{COMPANIES[n % len(COMPANIES)]} {n // (len(GIVEN) * len(FAMILY))}"
        emails = [LabelledValue(f"{fold(given)}.{fold(family)}.{n}@example.com", "work")]
        if rng.random() < 0.3:
            emails.append(LabelledValue(f"{fold(given)}{n}@mail.example.org", "home"))
        phones = [LabelledValue(f"+1206555{n:04d}" if n < 10_000 else f"+1425{n:07d}", "work")] \
            if rng.random() < 0.8 else []
        card = ContactCard(full_name=f"{given} {family}", given_name=given, family_name=family,
                           title=rng.choice(TITLES), company=company, emails=emails, phones=phones,
                           uid=f"bench-{n}")
        if rng.random() < 0.2:
            card.street, card.locality, card.postal_code, card.country = f"{n} Main St", "Seattle", "98101", "USA"
        cards.append(card)
    return cards


def timed(function) -> tuple[float, object]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def python_baselines(names: list[str]) -> tuple[float, float]:
    """Folding 10,000 names, and one substring test against 10,000 folded keys, in plain Python (median of 9)."""
    fold_times, scan_times = [], []
    keys = [fold(n) for n in names]
    for _ in range(9):
        fold_times.append(timed(lambda: [fold(n) for n in names])[0])
        scan_times.append(timed(lambda: [i for i, k in enumerate(keys) if "lind" in k])[0])
    return statistics.median(fold_times), statistics.median(scan_times)


def paint_counter(app):
    """Counts the paint events Qt delivers to every widget of the application."""
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    counter = PaintCounter()
    app.installEventFilter(counter)
    return counter


def settle(app, counter) -> None:
    """The frame Qt itself makes: process events until a pass paints nothing new.

    processEvents delivers the pending update requests, so it paints what changed, each widget once; painting
    again on top of it (a repaint() after it) would count the frame's painting twice.
    """
    painted = -1
    while painted != counter.count:
        painted = counter.count
        app.processEvents()


def bare_page_shown(app, rows: int) -> float:
    """A page with a QTableView (over `rows` fixed rows) added to a stack, switched to and painted."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QLabel, QStackedWidget, QTableView, QVBoxLayout, QWidget

    class Fixed(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else rows

        def columnCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else 5

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return f"cell {index.row()}" if role == Qt.ItemDataRole.DisplayRole else None

    stack = QStackedWidget()
    stack.resize(920, 700)
    stack.addWidget(QWidget())
    stack.show()
    app.processEvents()
    counter = paint_counter(app)
    start = time.perf_counter()
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("Contacts", objectName="pageTitle"))
    table = QTableView()
    table.setModel(Fixed(table))
    layout.addWidget(table)
    stack.addWidget(page)
    stack.setCurrentWidget(page)
    settle(app, counter)
    elapsed = time.perf_counter() - start
    app.removeEventFilter(counter)
    stack.close()
    stack.deleteLater()
    app.processEvents()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--page-of", type=Path, help=argparse.SUPPRESS)  # the child's half: an imported folder
    args = parser.parse_args()
    if args.page_of:
        measure_page(args.page_of)
        return
    rng = random.Random(7)
    cards = make_cards(args.contacts, rng)
    fold_s, scan_s = python_baselines([c.full_name for c in cards])
    print(f"contacts: {args.contacts}")
    print(f"baseline_fold_{args.contacts}_names_ms: {ms(fold_s)}")
    print(f"baseline_substring_scan_{args.contacts}_keys_ms: {ms(scan_s)}")

    with tempfile.TemporaryDirectory() as folder:
        vcf = Path(folder) / "contacts.vcf"
        vcf.write_text(write_vcards(cards), encoding="utf-8")
        del cards  # the file holds them now; kept, they would only make the app's garbage collections dearer
        print(f"vcard_file_mb: {vcf.stat().st_size / 1e6:.1f}")
        workspace = open_workspace(str(Path(folder) / "data"), zone=ZONE, clock=lambda: NOW)
        cpu = time.process_time()
        seconds, summary = timed(lambda: import_file(workspace, vcf))
        print(f"vcard_import_{args.contacts}_s: {seconds:.2f}")
        print(f"vcard_import_{args.contacts}_cpu_s: {time.process_time() - cpu:.2f}")
        print(f"vcard_import_summary: {summary.describe()}")
        print(f"vcard_import_ratio_to_target: {seconds / 10:.2f}")
        seconds, summary = timed(lambda: import_file(workspace, vcf))
        print(f"vcard_reimport_{args.contacts}_s: {seconds:.2f}")
        print(f"vcard_reimport_summary: {summary.describe()}")
        workspace.sessions.kw["bind"].dispose()
        sys.stdout.flush()
        subprocess.run([sys.executable, __file__, "--page-of", str(Path(folder) / "data")], check=True)


def measure_page(data: Path) -> None:
    """The page's figures in this fresh process: the import's caches stay in the process that imported."""
    workspace = open_workspace(str(data), zone=ZONE, clock=lambda: NOW)
    measure_gui(workspace, data.parent)
    workspace.sessions.kw["bind"].dispose()


def measure_gui(workspace, folder: Path) -> None:
    from PySide6.QtCore import QSettings, Qt, qInstallMessageHandler
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.ui.controller import AppController
    from desktop.ui.main_window import PAGES, MainWindow
    from desktop.ui.style import Appearance

    # A window of its own offscreen warns about size hints whenever its layout changes: noise, not news.
    qInstallMessageHandler(lambda _kind, _where, text: None if "propagateSizeHints" in text else print(text))
    app = QApplication.instance() or QApplication([])
    Appearance(app, "light")  # the window's own look, as a user's start applies it
    empty_s = statistics.median(bare_page_shown(app, 0) for _ in range(5))
    full_s = statistics.median(bare_page_shown(app, 10_000) for _ in range(5))
    print(f"baseline_empty_table_page_shown_ms: {ms(empty_s)}")
    print(f"baseline_10000_row_table_page_shown_ms: {ms(full_s)}")

    window = MainWindow()
    controller = AppController(window, workspace, QSettings(str(folder / "w.ini"), QSettings.Format.IniFormat))
    controller.refresh()
    window.show()
    controller.apply_icons()  # as the app does once its window is up: the click comes after
    app.processEvents()
    nav = window.nav
    spot = nav.visualRect(window.nav_model.index(PAGES.index("contacts"), 0)).center()
    counter = paint_counter(app)
    start, cpu = time.perf_counter(), time.process_time()
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    settle(app, counter)
    shown, shown_cpu = time.perf_counter() - start, time.process_time() - cpu
    page = window.pages["contacts"]
    assert page.model.rowCount() == page.model.contact_count() > 0, "the list is not shown"
    print(f"contacts_page_shown_ms: {ms(shown)}")
    print(f"contacts_page_shown_cpu_ms: {ms(shown_cpu)}")
    print(f"contacts_page_shown_ratio_to_empty_table: {shown / empty_s:.1f}")
    print(f"contacts_page_shown_ratio_to_10000_row_table: {shown / full_s:.1f}")
    reloads = []
    for _ in range(5):
        start = time.perf_counter()
        controller.bus.published.emit(ChangeSet.of(RecordKind.CONTACT))
        settle(app, counter)
        reloads.append(time.perf_counter() - start)
    print(f"contacts_page_reload_ms_median: {ms(statistics.median(reloads))}")

    keystrokes, cpu_times, full_repaints, filters = [], [], [], []
    page.search.setFocus()
    for text in TYPED:
        for char in text:
            before = page.search.text()
            start, cpu = time.perf_counter(), time.process_time()
            if char == "\b":
                QTest.keyClick(page.search, Qt.Key.Key_Backspace)
            else:
                QTest.keyClicks(page.search, char)
            settle(app, counter)  # the frame: the events the key caused and what it changed painted
            keystrokes.append(time.perf_counter() - start)
            cpu_times.append(time.process_time() - cpu)
            start = time.perf_counter()
            window.repaint()  # for comparison: the whole window painted again
            full_repaints.append(time.perf_counter() - start)
            # The same step again, the filtering alone: from the text before the key to the text after it.
            after = page.search.text()
            page.model.set_search(before)
            start = time.perf_counter()
            page.model.set_search(after)
            filters.append(time.perf_counter() - start)
    keystrokes.sort()
    print(f"filter_keystrokes: {len(keystrokes)}")
    print(f"filter_keystroke_ms_median: {ms(statistics.median(keystrokes))}")
    print(f"filter_keystroke_ms_p90: {ms(keystrokes[int(len(keystrokes) * 0.9)])}")
    print(f"filter_keystroke_ms_max: {ms(keystrokes[-1])}")
    print(f"filter_keystroke_cpu_ms_median: {ms(statistics.median(cpu_times))}")
    print(f"whole_window_repaint_ms_median: {ms(statistics.median(full_repaints))}")
    print(f"filter_only_ms_median: {ms(statistics.median(filters))}")
    print(f"filter_keystroke_ratio_to_frame: {statistics.median(keystrokes) * 1000 / 16:.2f}")
    shut_down(app, window)


def shut_down(app, window) -> None:
    """Close the window and tear Qt down before the interpreter does, or PySide6 may crash at exit."""
    window.close()
    window.deleteLater()
    app.processEvents()
    app.shutdown()


if __name__ == "__main__":
    main()
