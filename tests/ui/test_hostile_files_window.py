"""Hostile files through the window: refused with a message naming them while the event loop keeps answering."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from desktop.storage.models import Contact, Interview
from desktop.ui.bus import DataBus
from desktop.ui.pages.base import PageContext
from tests.dialog_helpers import shown, shown_box
from tests.reliability.test_hostile_files import (
    EVERY_SECOND,
    GOOD_EVENT,
    calendar_of,
    png_bomb,
    rule_event,
    vcard_of,
)
from tests.ui.card_helpers import open_card_dialog
from tests.ui.task_helpers import wait_for_tasks

HEARTBEAT_MS = 20
LONGEST_PAUSE_SECONDS = 2  # the bound for a hostile file; the window froze for 1.5 hours before


class Heartbeat:
    """A timer on the GUI thread that notes when it last ran, so a frozen event loop shows as a long gap."""

    def __init__(self) -> None:
        self.beats: list[float] = []
        self.timer = QTimer(interval=HEARTBEAT_MS)
        self.timer.timeout.connect(lambda: self.beats.append(time.perf_counter()))
        self.timer.start()

    def longest_gap(self) -> float:
        return max(b - a for a, b in zip(self.beats, self.beats[1:], strict=False))


def test_hostile_files_imported_from_the_window_are_refused_while_it_answers(qtbot, app_window, workspace, tmp_path):
    window, controller = app_window
    controller.open_page("contacts")
    page = window.pages["contacts"]
    rule = tmp_path / "every-second.ics"
    rule.write_text(calendar_of(rule_event("a", EVERY_SECOND) + GOOD_EVENT))
    emails = tmp_path / "emails.vcf"
    emails.write_text(vcard_of("Many Mails").replace(
        "END:VCARD", "".join(f"EMAIL:m{i}@mails.example.org\r\n" for i in range(100_000)) + "END:VCARD"))
    heartbeat = Heartbeat()
    qtbot.wait(5 * HEARTBEAT_MS)

    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    shown(page, QFileDialog).filesSelected.emit([str(rule), str(emails)])
    wait_for_tasks(qtbot, controller.runner)  # the files are read on the runner's thread
    qtbot.wait(5 * HEARTBEAT_MS)
    heartbeat.timer.stop()
    shown(page, QFileDialog).reject()

    assert heartbeat.longest_gap() < LONGEST_PAUSE_SECONDS
    box = shown_box(window)
    assert "every-second.ics: 1 added" in box.text() and "emails.vcf: 1 added" in box.text()
    details = box.detailedText()
    assert "every-second.ics: event 1 ('Standup') on line 4: not imported: its repeat rule on line 9" in details
    assert "emails.vcf, card 1 (line 1), Many Mails: imported, but it has 100,004 lines" in details
    with workspace.session() as session:
        assert session.scalar(select(Interview.ical_uid)) == "good"
        contact = session.scalars(select(Contact).where(Contact.full_name == "Many Mails")).one()
        assert len(contact.emails) == 20
    box.close()


def test_a_photo_bomb_is_refused_by_name_not_shown_blank(qtbot, workspace, tmp_path):
    dialog = open_card_dialog(qtbot, PageContext(workspace, DataBus(), lambda *_: None))
    bomb = tmp_path / "card-scan.png"
    bomb.write_bytes(png_bomb(20_000, 20_000))
    dialog.attach_photo_file(bomb)
    assert dialog.photo_error.isVisible()
    assert dialog.photo_error.text().startswith("card-scan.png: it is a picture of 400 megapixels")
    assert dialog.photo is None
