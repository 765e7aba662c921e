"""`afterview --self-test`: start the real app offscreen on a throw-away data folder and check it works.

The frozen build runs this before any installer is made, so it exercises what a bundle can miss:
Qt plugins, the Alembic migrations, the icon font, writing a PDF, the OCR engine's models and libraries, the QR
reader and the HEIC decoder, the spelling word lists, SQLAlchemy's compiled extensions and sync's HTTP and XML side
(caldav, niquests, lxml). On Linux the bundle's libraries are stripped of their symbols: each is loaded here.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from desktop.ui.i18n import texts


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="afterview-self-test-") as folder:
        try:
            checks = _checks(Path(folder))
        except Exception as error:  # report whatever broke, in one line, and fail
            print(f"self-test FAILED: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    for check in checks:
        print(f"ok  {check}")
    print(f"self-test passed: {len(checks)} checks")
    return 0


def _checks(folder: Path) -> list[str]:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    from desktop.core.cards import ContactCard, LabelledValue
    from desktop.operations import contacts, sample_data
    from desktop.operations.agenda import agenda
    from desktop.operations.workspace import open_workspace
    from desktop.ui.controller import AppController
    from desktop.ui.main_window import PAGES, MainWindow

    done = []
    app = QApplication.instance() or QApplication(["afterview"])
    workspace = open_workspace(str(folder / "data"))
    done.append(f"database created and migrated at {workspace.paths.database}")
    window = MainWindow()
    controller = AppController(window, workspace, QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat))
    window.show()
    controller.refresh()
    controller.apply_icons()
    for key in PAGES:
        window.show_page(key)
        app.processEvents()
        if window.current_page() != key:
            raise AssertionError(f"page {key} did not open")
    done.append(f"opened every page: {', '.join(PAGES)}")
    controller.runner.do(sample_data.load_sample_data)
    items = agenda(workspace)
    if not items:
        raise AssertionError("the sample data produced no agenda items")
    done.append(f"loaded sample data: {len(items)} agenda items")
    card = ContactCard(full_name="Zoë Ødegaard", title="Recruiter", company="Self-test AS",
                       emails=[LabelledValue("zoe@example.com")])
    back = contacts.get_contact(workspace, controller.runner.do(contacts.add_contact, card).id)
    if (back.full_name, back.emails[0].value) != (card.full_name, "zoe@example.com"):
        raise AssertionError("the contact read back differs from the one saved")
    done.append("created and read back a contact")
    pdf = folder / "self-test.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setPlainText("\n".join(f"{i.due:%Y-%m-%d %H:%M}  {i.title}" for i in items))
    document.print_(writer)
    del writer
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise AssertionError("the PDF written is not a PDF")
    done.append(f"wrote a PDF ({pdf.stat().st_size} bytes)")
    done.append(_read_a_card(folder))
    done.extend(_card_photos())
    done.append(_spelling_lists())
    done.append(_compiled_sqlalchemy())
    done.append(_sync_setup(folder))
    window.close()
    workspace.sessions.kw["bind"].dispose()
    return done


def _read_a_card(folder: Path) -> str:
    """Draw a card with Qt and read it back: the OCR models, ONNX Runtime and OpenCV all shipped."""
    from PySide6.QtGui import QFont, QImage, QPainter

    from desktop.core.card_image import read_lines
    from desktop.ui.colours import PAPER
    from desktop.ui.style import colour

    image = QImage(1000, 580, QImage.Format.Format_RGB32)
    image.fill(colour(PAPER))
    painter = QPainter(image)
    painter.setFont(QFont("Sans", 40))
    painter.drawText(60, 140, texts.tr("Self Test"))
    painter.setFont(QFont("Sans", 26))
    painter.drawText(60, 260, "selftest@example.com")
    painter.drawText(60, 340, "+353 87 123 4567")
    painter.end()
    path = folder / "card.png"
    image.save(str(path))
    _, lines = read_lines(path)
    text = " ".join(line.text for line in lines).replace(" ", "")
    if "selftest@example.com" not in text:
        raise AssertionError(f"the OCR engine read {text!r} on the test card")
    return f"read a card's text offline ({len(lines)} lines)"


def _card_photos() -> list[str]:
    """Read a vCard from a QR code (zxing-cpp, Pillow's PNG) and load the HEIC decoder (libheif, libde265)."""
    import io

    import zxingcpp
    from PIL import Image

    from desktop.core.qr import card_from_qr_payload, decode_qr
    from desktop.core.vcard_photo import heic_decoder

    payload = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ødegaard\r\nN:Ødegaard;Zoë;;;\r\nEND:VCARD\r\n"
    pixels = memoryview(zxingcpp.write_barcode_to_image(
        zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode), scale=4))
    png = io.BytesIO()
    Image.frombytes("L", (pixels.shape[1], pixels.shape[0]), pixels.tobytes()).save(png, "PNG")
    cards = [card_from_qr_payload(text) for text in decode_qr(png.getvalue())]
    if [card.full_name if card else None for card in cards] != ["Zoë Ødegaard"]:
        raise AssertionError(f"the QR code on the test picture read as {cards}")
    if not heic_decoder():
        raise AssertionError("pi-heif is missing: HEIC photos cannot be read")
    from pi_heif import libheif_info  # libheif itself, and libde265 as its decoder

    decoders = libheif_info()["decoders"]
    if not any("libde265" in name for name in decoders.values()):
        raise AssertionError(f"libheif has no HEVC decoder: {decoders}")
    return ["read a card from a QR code", "loaded the HEIC decoder"]


def _spelling_lists() -> str:
    """Every spelling language Settings offers has its word list (the spec ships only those)."""
    from importlib.resources import files

    from desktop.core.settings import SPELLING_LANGUAGES
    from desktop.core.spelling import dictionary_code

    codes = sorted({dictionary_code(code) for code in SPELLING_LANGUAGES})
    missing = [code for code in codes if not files("spellchecker").joinpath("resources", f"{code}.json.gz").is_file()]
    if missing:
        raise AssertionError(f"no spelling word list for {', '.join(missing)}")
    return f"spelling word lists for {len(codes)} languages"


def _sync_setup(folder: Path) -> str:
    """Set up a sync account against a loopback server: the parts of caldav, niquests and lxml sync uses shipped.

    A data folder of its own, so that the window's sync keeper never sees the account.
    """
    from desktop.operations import sync
    from desktop.operations.workspace import open_workspace
    from desktop.ui.self_test_dav import PASSWORD, USER, loopback_dav

    workspace = open_workspace(str(folder / "sync-data"))
    try:
        with loopback_dav() as url:
            # a password command keeps the password out of the keyring; it is only run when syncing
            setup = sync.set_up_account(workspace, url, USER, PASSWORD, password_command="self-test")
    finally:
        workspace.sessions.kw["bind"].dispose()
    if not (setup.calendar.url.startswith(url) and setup.addressbook.url.startswith(url) and setup.created):
        raise AssertionError(f"sync set up {setup} against {url}")
    return f"set up sync against a loopback server (found the calendar, made the {', '.join(setup.created)})"


def _compiled_sqlalchemy() -> str:
    """SQLAlchemy runs its compiled extensions, not the slower pure-Python fallbacks."""
    from sqlalchemy.util._has_cython import HAS_CYEXTENSION  # SQLAlchemy's own test suite reads the same flag

    if not HAS_CYEXTENSION:
        raise AssertionError("SQLAlchemy's compiled extensions are missing: it runs its pure-Python fallbacks")
    return "SQLAlchemy's compiled extensions loaded"
