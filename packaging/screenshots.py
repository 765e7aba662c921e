"""Every page and main dialog, photographed in every look a user may give the window, and checked for cut text.

    python packaging/screenshots.py OUT [--display :54] [--only dark-2-de-1366x768 ...]

starts the app once per combination of light/dark, scale 1/1.5/2, English/German and a 1366×768 or 1920×1080
screen (Xvfb, started on the display given and stopped after), on a fresh data folder holding the sample data
and a card with a long, accented name. Each run visits Today, Calendar, Opportunities, Contacts, Notes (the
composer), every Settings tab, the card, interview, Templates, call and checklist dialogs and the print preview,
and writes OUT/<combination>/NN-stop.png, one contact sheet OUT/<combination>.png (ImageMagick's montage) and
OUT/<combination>/cut.txt, the texts that do not fit (empty when all is well).

    python packaging/screenshots.py --check --scale 2 --language de

runs the same visit offscreen on a 1366×768 screen without pictures and prints, one a line, every text that does
not fit its widget, every widget squeezed below the size its layout needs and every page, dialog or list
scrolling sideways; tests/ui/test_text_fits.py runs
it at scale 1 and 2 in a child process (QT_SCALE_FACTOR is read as the application starts).
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QLabel, QWidget

    from desktop.operations.workspace import Workspace
    from desktop.ui.controller import AppController

ROOT = Path(__file__).resolve().parent.parent
SCHEMES = ("light", "dark")
SCALES = ("1", "1.5", "2")
LANGUAGES = ("en", "de")
SCREENS = ("1366x768", "1920x1080")
LONG_NAME = "Siobhán Ní Bhriain-Ó Catháin de la Fuente-Øvergård"
LONG_COMPANY = "Société Générale d'Équipements Électroniques Müller-Łukasiewicz"


# --- the parent: one child per combination, under Xvfb --------------------------------------------------------

def combinations(only: list[str]) -> Iterator[tuple[str, str, str, str]]:
    for screen, scheme, scale, language in itertools.product(SCREENS, SCHEMES, SCALES, LANGUAGES):
        if not only or name_of(scheme, scale, language, screen) in only:
            yield scheme, scale, language, screen


def name_of(scheme: str, scale: str, language: str, screen: str) -> str:
    return f"{scheme}-{scale}-{language}-{screen}"


def photograph_all(out: Path, display: str, only: list[str]) -> int:
    """Every combination asked for; the number of cut texts found in all of them."""
    out.mkdir(parents=True, exist_ok=True)
    found = 0
    for screen, group in itertools.groupby(combinations(only), key=lambda c: c[3]):
        server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{screen}x24", "-nolisten", "tcp"],
                                  stderr=subprocess.DEVNULL)
        try:
            time.sleep(1.5)  # Xvfb takes a moment to accept clients
            for scheme, scale, language, _ in group:
                name = name_of(scheme, scale, language, screen)
                folder = out / name
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir()
                env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": scale}
                run = subprocess.run([sys.executable, __file__, "--child", "--scheme", scheme, "--language", language,
                                      "--pictures", str(folder)], env=env, cwd=ROOT, capture_output=True, text=True)
                cut = run.stdout.strip()
                (folder / "cut.txt").write_text(cut + "\n" if cut else "", encoding="utf-8")
                if run.returncode:
                    print(f"{name}: the visit failed\n{run.stderr[-3000:]}", file=sys.stderr)
                    found += 1
                    continue
                found += len(cut.splitlines())
                contact_sheet(folder, out / f"{name}.png", name)
                print(f"{name}: {len(list(folder.glob('*.png')))} pictures, {len(cut.splitlines())} cut texts")
        finally:
            server.terminate()
            server.wait()
    return found


def contact_sheet(folder: Path, sheet: Path, title: str) -> None:
    pictures = sorted(str(p) for p in folder.glob("*.png"))
    subprocess.run(["montage", *pictures, "-tile", "4x", "-geometry", "+8+8", "-label", "%t", "-title", title,
                    "-background", "#777777", str(sheet)], check=True)


# --- the child: the app in this process, visited stop by stop ---------------------------------------------------

def fill_data(folder: Path, scheme: str, language: str) -> tuple[Workspace, int, int]:
    """A workspace with the sample data, a card whose every value is long, met at an interview yesterday, and
    the look and language chosen. Returns the workspace and the ids of that contact and interview."""
    from datetime import timedelta

    from desktop.core.cards import ContactCard, LabelledValue
    from desktop.operations import contacts, opportunities, people_met, sample_data
    from desktop.operations.opportunities import InterviewInput
    from desktop.operations.preferences import apply_settings
    from desktop.operations.workspace import open_workspace

    workspace = open_workspace(str(folder))
    apply_settings(workspace, dataclasses.replace(workspace.settings, appearance=scheme, language=language,
                                                  your_name="Anne-Sophie Kowalczyk-Łopuszańska"))
    sample_data.load_sample_data(workspace)
    card = ContactCard(full_name=LONG_NAME, company=LONG_COMPANY,
                       title="Directrice Générale Adjointe des Ressources Humaines et de la Culture",
                       emails=[LabelledValue("siobhan.ni.bhriain-o.cathain@equipements-muller-lukasiewicz.example")],
                       phones=[LabelledValue("+33 1 42 68 53 00")])
    person = contacts.add_contact(workspace, card).id
    opportunity = opportunities.add_opportunity(
        workspace, LONG_COMPANY, "Responsable Principale de l'Expérience Utilisateur et de l'Accessibilité").id
    start = workspace.now().astimezone(workspace.zone).replace(hour=10, minute=0, second=0, microsecond=0)
    start -= timedelta(days=1)
    data = InterviewInput(starts_at=start, ends_at=start + timedelta(hours=1), time_zone=workspace.zone.key,
                          location=f"{LONG_COMPANY}, 12 Rue de l'Échiquier, Paris")
    interview = opportunities.add_interview(workspace, opportunity, data).id
    people_met.add_person_met(workspace, interview, person)
    return workspace, person, interview


def settle(seconds: float = 0.4) -> None:
    """Let the window lay out, load what it loads in the background, and paint."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def opened_dialog() -> QDialog:
    """The dialog opened last: the one shown on top of the others."""
    from PySide6.QtWidgets import QApplication, QDialog

    settle()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    modal = QApplication.activeModalWidget()
    return modal if isinstance(modal, QDialog) and modal.isVisible() else shown[-1]


def visit(folder: Path, scheme: str, language: str, stop: Callable[[str, QWidget], None],
          every_dialog: bool = False) -> None:
    """Open every page and main dialog of the app in this process on a new data folder in `folder`, calling `stop`
    with a name and the window or dialog at each; with `every_dialog`, the dialogs met later as well (reading a
    card, importing, a debrief, sending later)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QApplication

    from desktop.ui.application import restore_geometry
    from desktop.ui.controller import AppController
    from desktop.ui.i18n import install_translators
    from desktop.ui.main_window import PAGES, MainWindow
    from desktop.ui.notes.print_checklist import name_preview_controls
    from desktop.ui.style import Appearance

    app = QApplication(["afterview"])
    workspace, person, interview = fill_data(folder / "data", scheme, language)
    install_translators(app, language)
    appearance = Appearance(app, scheme)
    window = MainWindow()
    state = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    restore_geometry(window, state)  # as the app starts: never larger than the screen
    window.setGeometry(window.screen().availableGeometry())  # then maximised, without a window manager to ask
    controller = AppController(window, workspace, state)
    controller.appearance = appearance
    window.show()
    controller.refresh()
    controller.apply_icons()
    targets = {"opportunities": interview, "contacts": person, "notes": (interview, person)}
    for number, key in enumerate(PAGES, start=1):
        controller.open_page(key, targets.get(key))
        settle(0.8)
        stop(f"{number:02}-{key}", window)

    window.show_page("contacts")
    window.pages["contacts"].edit_selected()
    dialog = opened_dialog()
    stop("06-card", dialog)
    dialog.reject()

    controller.open_page("opportunities", interview)
    settle()
    view = window.pages["opportunities"]
    for name, button in (("07-opportunity", view.edit_opportunity_button),
                         ("08-interview", view.edit_interview_button), ("09-call", view.log_call_button)):
        button.click()
        dialog = opened_dialog()
        stop(name, dialog)
        dialog.reject()

    window.show_page("notes")
    window.pages["notes"].open_templates()
    dialog = opened_dialog()
    stop("10-templates", dialog)
    dialog.reject()

    window.print_checklist_action.trigger()
    checklist = opened_dialog()
    stop("11-checklist", checklist)
    # The dialog's own button says to save a PDF where no printer is installed (as under Xvfb): the preview it
    # would show, on a PDF printer.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # kept: the preview paints on it, and does not own it
    preview = QPrintPreviewDialog(printer, checklist)
    preview.setWindowTitle(checklist.tr("Print preview: handwritten-note checklist"))
    name_preview_controls(preview)
    preview.paintRequested.connect(checklist.paint_on)
    preview.open()
    settle(1)
    stop("12-print-preview", preview)
    preview.reject()
    checklist.reject()

    window.settings_action.trigger()
    settings = opened_dialog()
    for tab in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(tab)
        settle(0.2)
        stop(f"{13 + tab:02}-settings-{tab + 1}", settings)
    settings.reject()
    settle()
    if every_dialog:
        visit_later_dialogs(folder, controller, person, interview, stop)


def shown_dialog(kind: type[QDialog], seconds: float = 120) -> QDialog:
    """The dialog of that kind once it shows, waiting for what the window does in the background first (reading a
    card takes a few seconds, and far longer on a loaded machine)."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        settle(0.1)
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if found:
            settle()
            return found[-1]
    raise TimeoutError(f"no {kind.__name__} showed within {seconds} s")


def close_message_boxes() -> None:
    """Answer the report an import shows before what follows it (OK)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    settle()
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]:
        box.accept()


def visit_later_dialogs(folder: Path, controller: AppController, person: int, interview: int,
                        stop: Callable[[str, QWidget], None]) -> None:
    """The dialogs a user meets later than the main ones, each opened as the app opens it: a card read from a
    photo, a card file holding a duplicate of a stored card, a day and time to send a note later, an interview's
    debrief, a calendar's events to choose from, what imported mail held, notes missed while the computer was off
    and the contact picker of an interview's people met."""
    from datetime import timedelta

    from PySide6.QtWidgets import QMessageBox

    from desktop.operations.send_schedule import ScheduledNote
    from desktop.ui.cards.card_review import CardReviewDialog
    from desktop.ui.cards.contact_picker import ContactPickerDialog
    from desktop.ui.cards.merge_review import MergeReviewDialog
    from desktop.ui.cards.people_met import PeopleMetWidget
    from desktop.ui.dialogs import open_once
    from desktop.ui.interviews.calendar_choice_dialog import CalendarChoiceDialog
    from desktop.ui.interviews.debrief_dialog import DebriefDialog
    from desktop.ui.interviews.interview_dialog import InterviewDialog
    from desktop.ui.interviews.mail_findings import MailFindingsDialog
    from desktop.ui.notes.missed_notes_dialog import MissedNotesDialog
    from desktop.ui.notes.send_time_dialog import SendTimeDialog

    window, workspace = controller.window, controller.workspace
    fixtures = ROOT / "tests" / "fixtures"
    window.show_page("contacts")
    window.pages["contacts"].card_reader().read([card_photo(folder / "Carte de visite.png")])
    review = shown_dialog(CardReviewDialog)
    stop("30-card-review", review)
    review.reject()

    duplicate = folder / "Doublon.vcf"
    duplicate.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\n"
                         f"FN:{LONG_NAME}\r\nN:Ní Bhriain-Ó Catháin de la Fuente-Øvergård;Siobhán;;;\r\n"
                         f"ORG:{LONG_COMPANY}\r\nTITLE:Directrice Générale des Opérations Internationales\r\n"
                         "EMAIL:siobhan.ni.bhriain-o.cathain@equipements-muller-lukasiewicz.example\r\n"
                         "END:VCARD\r\n", encoding="utf-8")
    controller.import_files([duplicate])
    shown_dialog(QMessageBox)
    close_message_boxes()
    merge = shown_dialog(MergeReviewDialog)
    stop("31-merge-review", merge)
    merge.reject()

    controller.open_page("notes", (interview, person))
    settle(0.8)
    composer = window.pages["notes"].composer.view
    composer.later_menu.aboutToShow.emit()
    composer.later_menu.actions()[-1].trigger()  # Pick a date and time…
    close_message_boxes()  # where the note cannot go out yet, it says so first
    picker = shown_dialog(SendTimeDialog)
    stop("32-send-time", picker)
    picker.reject()

    debrief = DebriefDialog(controller.context, interview, window)  # as the reminder's Open opens it
    open_once(debrief)
    stop("33-debrief", shown_dialog(DebriefDialog))
    debrief.reject()

    controller.import_files([fixtures / "ics" / "whole_calendar.ics"])
    choice = shown_dialog(CalendarChoiceDialog)
    stop("34-calendar-choice", choice)
    choice.reject()
    close_message_boxes()

    controller.import_files([fixtures / "mail" / "gmail_reply.eml"])
    findings = shown_dialog(MailFindingsDialog)
    stop("35-mail-findings", findings)
    findings.reject()
    close_message_boxes()

    # The long card's note, due to go out two hours ago while the computer was off; the question start-up asks.
    note = ScheduledNote(interview, person, LONG_NAME, LONG_COMPANY, "Responsable Principale de l'Expérience",
                         workspace.now() - timedelta(hours=2))
    missed = MissedNotesDialog(workspace.zone, [note], window)
    missed.open()
    stop("36-missed-notes", shown_dialog(MissedNotesDialog))
    missed.reject()

    controller.open_page("opportunities", interview)
    settle()
    window.pages["opportunities"].edit_interview_button.click()
    interview_dialog = shown_dialog(InterviewDialog)
    interview_dialog.findChild(PeopleMetWidget).add_button.click()
    contacts = shown_dialog(ContactPickerDialog)
    stop("37-contact-picker", contacts)
    contacts.reject()
    interview_dialog.reject()
    settle()


def card_photo(path: Path) -> Path:
    """A photo of a business card: its printed lines, as a camera on a desk would take them."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(1400, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    lines = ("Małgorzata Wiśniewska-Żółkiewska", "Head of Data Engineering", "Nordlicht Analytics GmbH",
             "malgorzata.wisniewska@nordlicht.example", "+49 30 1234 5678")
    for row, line in enumerate(lines):
        painter.setFont(QFont("DejaVu Sans", 44 if row == 0 else 32))
        painter.drawText(QRect(80, 80 + row * 130, 1300, 120), Qt.AlignmentFlag.AlignLeft, line)
    painter.end()
    image.save(str(path))
    return path


def cut_texts(top: QWidget) -> list[str]:
    """What a person would see cut in `top` as it is shown: texts wider (or, wrapped, taller) than their widget,
    placeholders wider than their field with no tooltip to read them whole, widgets squeezed below what their
    layout needs, whose children then overlap, and a page, dialog or list that scrolls sideways, its right edge out
    of sight. A text elided on purpose fits its widget, so it is not reported."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QLineEdit, QWidget

    found = []
    for widget in (top, *top.findChildren(QWidget)):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QAbstractButton):
            need = widget.sizeHint().width()
            if widget.text() and need > widget.width() + 1:
                found.append(f"{_name(widget)} {widget.text()!r}: needs {need} px, has {widget.width()}")
        elif isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText() and not widget.toolTip():
            # Qt elides a placeholder too long for its field; one with a tooltip is read whole there.
            margins = widget.textMargins()
            room = widget.contentsRect().width() - margins.left() - margins.right() - 4  # QLineEdit's own margin
            need = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
            if need > room:
                found.append(f"{_name(widget)} placeholder {widget.placeholderText()!r}: needs {need} px, has {room}")
        elif isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().maximum() > 0:
            # In pixels, or in columns for a list scrolling by column.
            found.append(f"{_name(widget)} {widget.accessibleName()!r} scrolls sideways: "
                         f"{widget.horizontalScrollBar().maximum()} steps of what it holds are out of sight")
        layout = widget.layout()
        if layout is not None and not widget.isWindow():
            need_size = layout.totalMinimumSize()
            if need_size.width() > widget.width() + 1 or need_size.height() > widget.height() + 1:
                found.append(f"{_name(widget)} squeezed to {widget.width()}×{widget.height()} px below the "
                             f"{need_size.width()}×{need_size.height()} its contents need: they overlap")
    return found


def _label(label: QLabel) -> list[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt  # mightBeRichText is QtGui's
    from PySide6.QtGui import QTextDocument

    text = label.text()
    if not text or not label.isVisible():
        return []
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    room = label.contentsRect()
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + 1:
            return [f"{_name(label)} {text!r}: wrapped, needs {need} px high, has {label.height()}"]
        return []
    metrics = label.fontMetrics()
    lines = text.replace("&&", "&").split("\n")
    need = max(metrics.horizontalAdvance(line) for line in lines) + 2 * label.margin() + max(label.indent(), 0)
    if need > room.width() + 1:
        return [f"{_name(label)} {text!r}: needs {need} px, has {room.width()}"]
    return []


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}{'#' + widget.objectName() if widget.objectName() else ''}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--display", default=":54")
    parser.add_argument("--only", nargs="*", default=[])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--scheme", default="light", choices=SCHEMES)
    parser.add_argument("--language", default="en", choices=LANGUAGES)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--pictures", type=Path)
    options = parser.parse_args(argv)
    if options.check or options.child:
        return run_child(options)
    if options.out is None:
        parser.error("give a folder for the pictures, or --check")
    found = photograph_all(options.out, options.display, options.only)
    print(f"{found} cut texts in all; the sheets are in {options.out}")
    return 0


def run_child(options: argparse.Namespace) -> int:
    """The visit in this process; prints each cut text as `stop: problem`."""
    screen = offscreen_screen() if options.check else None
    if screen is not None:
        os.environ["QT_SCALE_FACTOR"] = options.scale
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    found: list[str] = []

    def stop(name: str, widget: QWidget) -> None:
        if options.pictures:
            widget.grab().save(str(options.pictures / f"{name}.png"))
            page = whole_page(widget)
            if page is not None:  # a page taller than the window: all of it too, to look at what is scrolled to
                page.grab().save(str(options.pictures / f"{name}-whole.png"))
        found.extend(f"{name}: {problem}" for problem in cut_texts(widget))

    folder = Path(tempfile.mkdtemp(prefix="afterview-screens-"))
    visit(folder, options.scheme, options.language, stop)
    print("\n".join(found), flush=True)
    shutil.rmtree(folder, ignore_errors=True)
    if screen is not None:
        screen.unlink()
    os._exit(0)  # the visit leaves the window's threads and timers running: this process only looked


def whole_page(widget: QWidget) -> QWidget | None:
    """The page shown in the main window `widget` when it scrolls down, else None."""
    from PySide6.QtWidgets import QScrollArea

    holder = getattr(widget, "stack", None)
    page = holder.currentWidget() if holder is not None else None
    if isinstance(page, QScrollArea) and page.verticalScrollBar().maximum() > 0:
        return page.widget()
    return None


def offscreen_screen() -> Path:
    """Qt's offscreen platform with a 1366×768 screen, the smallest common laptop's, in place of its 800×600."""
    path = Path(tempfile.gettempdir()) / f"afterview-screen-{os.getpid()}.json"
    path.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return path


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
