"""Entering or editing one business card: validated as typed, with photo, signature paste and duplicate check."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.card_reading import CardReading
from desktop.core.cards import CARD_FIELD_LABELS, ContactCard, ImportProblem
from desktop.core.domain import CaptureMethod
from desktop.core.qr import card_from_qr_payload, decode_qr
from desktop.core.signature import parse_signature
from desktop.operations import contacts as ops
from desktop.ui.cards.card_fields import ValueRows
from desktop.ui.cards.card_import_dialogs import QrFieldsDialog, SignatureDialog
from desktop.ui.cards.card_names import CardNames
from desktop.ui.cards.card_photo import PhotoProblem, PhotoView, image_to_png, pastes_a_picture, read_photo_file
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.pages.base import PageContext
from desktop.ui.style import set_banner, set_tone

if TYPE_CHECKING:
    from desktop.ui.cards.card_reader import CardsRead

TEXT_FIELDS = ("full_name", "given_name", "family_name", "greet_as", "pronunciation", "title", "company", "street",
               "postal_code", "locality", "region", "country", "website", "linkedin")


class CardDialog(QDialog):
    """New card when `contact_id` is None, else the stored card to edit. Emits `saved` with the contact's id."""

    saved = Signal(int)

    def __init__(self, context: PageContext, contact_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.contact_id = contact_id
        self.region = context.workspace.settings.default_phone_region
        self.captured_by = CaptureMethod.TYPED
        self.photo: tuple[bytes, str] | None = None
        self.signature_dialog: SignatureDialog | None = None
        self.qr_dialog: QrFieldsDialog | None = None
        self.setWindowTitle("New card" if contact_id is None else "Edit card")
        self.resize(860, 700)
        self.setAcceptDrops(True)
        self._build()
        if contact_id is not None:
            self._load(ops.contact_details(context.workspace, contact_id))
        else:
            self.emails.set_values([])
            self.phones.set_values([])
        for editor in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            editor.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Paste, self, self.paste_photo)
        dialog_ready(self, first=self.fields["full_name"], save=self.save_button)

    # --- layout -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        hint = QLabel("Type the name exactly as printed on the card.", objectName="pageSubtitle")
        top.addWidget(hint, 1)
        self.read_photo_button = QPushButton("Read from photo…")
        self.read_photo_button.setToolTip("Fill the empty fields from a photo of the card, read on this computer")
        top.addWidget(self.read_photo_button)
        self.signature_button = QPushButton("Paste signature…")
        top.addWidget(self.signature_button)
        outer.addLayout(top)
        self.outer = outer  # where reading a photo shows its progress

        body = QHBoxLayout()
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        form_holder = QWidget()
        self.form = QFormLayout(form_holder)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll.setWidget(form_holder)
        body.addWidget(scroll, 1)
        body.addLayout(self._photo_column())
        outer.addLayout(body, 1)

        self.fields: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        name_edit = self.fields["full_name"]
        name_edit.setStyleSheet("font-size: 16pt; font-weight: 600; padding: 4px;")
        name_edit.setPlaceholderText("Full name as on the card")
        self.name_error = self._error_label()
        name_box = QWidget()
        name_column = QVBoxLayout(name_box)
        name_column.setContentsMargins(0, 0, 0, 0)
        name_column.addWidget(name_edit)
        name_column.addWidget(self.name_error)
        self.form.addRow("Name", name_box)
        self.names = CardNames(self.form, name_edit, self.fields["given_name"], self.fields["family_name"],
                               self.fields["greet_as"])
        self.name_checked = QCheckBox("Spelling checked against the card")
        self.tick = QLabel("✔")
        self.tick.setStyleSheet("font-size: 14pt;")
        set_tone(self.tick, "ok")
        checked_row = QHBoxLayout()
        checked_row.addWidget(self.name_checked)
        checked_row.addWidget(self.tick)
        checked_row.addStretch(1)
        self.form.addRow("", checked_row)
        self.fields["pronunciation"].setPlaceholderText("How to say it, e.g. ZOH-ee LIND-kvist")
        for name in ("pronunciation", "title", "company"):
            self.form.addRow(CARD_FIELD_LABELS[name], self.fields[name])
        self.emails = ValueRows("email", self.region)
        self.phones = ValueRows("phone", self.region)
        self.form.addRow("Emails", self.emails)
        self.form.addRow("Phones", self.phones)
        self.form.addRow(CARD_FIELD_LABELS["street"], self.fields["street"])
        city = QHBoxLayout()
        self.fields["postal_code"].setPlaceholderText("Postal code")
        self.fields["postal_code"].setMaximumWidth(110)
        self.fields["locality"].setPlaceholderText("City")
        city.addWidget(self.fields["postal_code"])
        city.addWidget(self.fields["locality"], 1)
        self.form.addRow("Postal code / city", city)
        for name in ("region", "country", "website", "linkedin"):
            self.form.addRow(CARD_FIELD_LABELS[name], self.fields[name])
        self.fields["website"].setPlaceholderText("https://")
        self.fields["linkedin"].setPlaceholderText("https://www.linkedin.com/in/…")
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)
        self.form.addRow("Notes", self.notes)

        self.duplicate_panel = QFrame(objectName="duplicatePanel")
        set_banner(self.duplicate_panel, "warning")
        self.duplicate_layout = QVBoxLayout(self.duplicate_panel)
        self.duplicate_text = QLabel(wordWrap=True)
        self.duplicate_text.setTextFormat(Qt.TextFormat.PlainText)
        self.duplicate_layout.addWidget(self.duplicate_text)
        self.duplicate_buttons = QHBoxLayout()
        self.duplicate_layout.addLayout(self.duplicate_buttons)
        self.duplicate_panel.hide()
        self.merge_buttons: list[QPushButton] = []
        outer.addWidget(self.duplicate_panel)

        self.error = self._error_label()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = make_primary(buttons.button(QDialogButtonBox.StandardButton.Save))
        outer.addWidget(buttons)

        name_edit.textEdited.connect(self._on_name_edited)
        name_edit.textChanged.connect(self.name_error.hide)
        self.name_checked.toggled.connect(self.tick.setVisible)
        self.tick.hide()
        self.signature_button.clicked.connect(self.open_signature_dialog)
        self.read_photo_button.clicked.connect(self._on_read_photo)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    def _photo_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.photo_view = PhotoView(260, 170, "Drop a photo of the card here, or paste one with Ctrl+V")
        column.addWidget(self.photo_view)
        row = QHBoxLayout()
        self.attach_button = QPushButton("Attach photo…")
        self.remove_photo_button = QPushButton("Remove")
        self.remove_photo_button.setEnabled(False)
        row.addWidget(self.attach_button)
        row.addWidget(self.remove_photo_button)
        column.addLayout(row)
        self.photo_error = self._error_label()
        self.photo_error.setFixedWidth(260)
        column.addWidget(self.photo_error)
        column.addStretch(1)
        self.attach_button.clicked.connect(self._on_attach)
        self.remove_photo_button.clicked.connect(lambda: self._set_photo(None))
        return column

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel("", wordWrap=True)
        set_tone(label, "error")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return label

    # --- reading and writing the form ---------------------------------------------------------------------
    def _load(self, details: ops.ContactDetails) -> None:
        card = details.card
        for name, edit in self.fields.items():
            edit.setText(getattr(card, name))
        self.notes.setPlainText(card.notes)
        self.emails.set_values(card.emails)
        self.phones.set_values(card.phones)
        self.name_checked.setChecked(details.name_checked)
        self.names.loaded(card.family_first)
        if card.photo:
            self._set_photo((card.photo, card.photo_type))

    def card(self) -> ContactCard:
        """The form as a card (valid emails and phones only; `problems` names the others)."""
        card = ContactCard(**{name: edit.text().strip() for name, edit in self.fields.items()})
        card.family_first = self.names.family_first.isChecked()
        card.notes = self.notes.toPlainText().strip()
        card.emails, card.phones = self.emails.values(), self.phones.values()
        if self.photo is not None:
            card.photo, card.photo_type = self.photo
        return card

    def problems(self) -> list[tuple[str, QWidget]]:
        found: list[tuple[str, QWidget]] = []
        if not self.fields["full_name"].text().strip():
            found.append(("Name: enter the name as printed on the card.", self.fields["full_name"]))
        return found + self.emails.problems("Email") + self.phones.problems("Phone")

    def fill_empty(self, card: ContactCard) -> None:
        """Put proposed values into the fields that are still empty, and add emails and phones not there yet."""
        for name, edit in self.fields.items():
            if getattr(card, name) and not edit.text().strip():
                edit.setText(getattr(card, name))
        if card.notes and not self.notes.toPlainText().strip():
            self.notes.setPlainText(card.notes)
        self.emails.add_new(card.emails)
        self.phones.add_new(card.phones)

    def _on_name_edited(self, text: str) -> None:
        self.name_checked.setChecked(False)  # a changed name has not been checked against the card yet

    # --- saving --------------------------------------------------------------------------------------------
    def save(self) -> None:
        """Check the form; a new card that looks like a stored one first offers to merge."""
        problems = self.problems()
        if problems:
            self.error.setText("Cannot save yet. " + " ".join(reason for reason, _ in problems))
            self.error.show()
            if problems[0][1] is self.fields["full_name"]:
                self.name_error.setText(problems[0][0].partition(": ")[2])
                self.name_error.show()
            problems[0][1].setFocus()
            return
        self.error.hide()
        card = self.card()
        if self.contact_id is None and not self.duplicate_panel.isVisible():
            duplicates = ops.find_duplicates(self.context.workspace, card)
            if duplicates:
                self._offer_merge(duplicates)
                return
        self._write(card, merge_into=None)

    def _offer_merge(self, duplicates: list[ops.Duplicate]) -> None:
        lines = [f"{d.name}: {d.reason}" for d in duplicates[:3]]
        self.duplicate_text.setText("This may be a card you already have.\n" + "\n".join(lines))
        while self.duplicate_buttons.count():
            item = self.duplicate_buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.merge_buttons = []
        for duplicate in duplicates[:3]:
            button = QPushButton(f"Merge into {duplicate.name}")
            button.clicked.connect(lambda _=False, d=duplicate.contact_id: self._write(self.card(), merge_into=d))
            self.merge_buttons.append(button)
            self.duplicate_buttons.addWidget(button)
        self.save_new_button = QPushButton("Save as a new card")
        self.save_new_button.clicked.connect(lambda: self._write(self.card(), merge_into=None))
        self.back_button = QPushButton("Keep editing")
        self.back_button.clicked.connect(self.duplicate_panel.hide)
        self.duplicate_buttons.addWidget(self.save_new_button)
        self.duplicate_buttons.addStretch(1)
        self.duplicate_buttons.addWidget(self.back_button)
        self.duplicate_panel.show()

    def _write(self, card: ContactCard, merge_into: int | None) -> None:
        workspace, checked = self.context.workspace, self.name_checked.isChecked()
        if merge_into is not None:
            ops.merge_into(workspace, merge_into, card, name_checked=checked)
            contact_id = merge_into
        elif self.contact_id is None:
            contact_id = ops.add_contact(workspace, card, self.captured_by, name_checked=checked)
        else:
            ops.update_contact(workspace, self.contact_id, card, checked)
            contact_id = self.contact_id
        self.contact_id = contact_id
        self.context.bus.changed.emit()
        self.saved.emit(contact_id)
        self.accept()

    # --- signature -------------------------------------------------------------------------------------------
    def open_signature_dialog(self) -> None:
        self.signature_dialog = SignatureDialog(self)
        self.signature_dialog.accepted.connect(self._on_signature)
        self.signature_dialog.open()

    def _on_signature(self) -> None:
        assert self.signature_dialog is not None
        card = parse_signature(self.signature_dialog.text.toPlainText(), self.region)
        if card == ContactCard():
            self.error.setText("No name, email, phone or company was found in the pasted text.")
            self.error.show()
            return
        self.fill_empty(card)
        if self.contact_id is None:
            self.captured_by = CaptureMethod.SIGNATURE

    # --- reading the card from its photo ------------------------------------------------------------------------
    def _on_read_photo(self) -> None:
        from desktop.ui.cards.card_reader import PHOTO_FILTER

        path, _ = QFileDialog.getOpenFileName(self, "Read the card from its photo", "", PHOTO_FILTER)
        if path:
            self.read_photo(Path(path))

    def read_photo(self, path: Path) -> None:
        """Read the card on the photo in the background, then fill the form from it (see `take_reading`)."""
        from desktop.ui.cards.card_reader import read_photos

        self.read_photo_button.setEnabled(False)
        self.context.runner.run("Reading the card photo",
                                lambda workspace, progress: read_photos(workspace, [path], progress, with_known=False),
                                self._on_photo_read, lambda _cancelled: self.read_photo_button.setEnabled(True),
                                host=self.outer)

    def _on_photo_read(self, cards: CardsRead) -> None:
        self.read_photo_button.setEnabled(True)
        if cards.readings:
            self.take_reading(cards.readings[0])
        else:
            self._photo_problem(" ".join(cards.problems))

    def take_reading(self, reading: CardReading) -> None:
        """Fill the empty fields from a reading; asks first before replacing anything already typed."""
        from desktop.core.vcard_photo import jpeg_photo
        from desktop.operations.card_scans import card_from_reading

        card = card_from_reading(reading)
        if self.photo is None and reading.image is not None:
            self._set_photo(jpeg_photo(reading.image))
        differing = [name for name, edit in self.fields.items()
                     if getattr(card, name) and edit.text().strip() not in ("", getattr(card, name))]
        if not differing:
            self._fill_from_reading(card, replace=False)
            return
        box = QMessageBox(QMessageBox.Icon.Question, "Read from photo",
                          "The photo reads some fields otherwise than you typed them.", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText("Differing: " + ", ".join(CARD_FIELD_LABELS[n] for n in differing) + ". The empty "
                               "fields are filled either way; emails and phone numbers are added.")
        replace = box.addButton("Replace with the photo's", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton("Keep what I typed", QMessageBox.ButtonRole.RejectRole))
        box.finished.connect(lambda _r: self._fill_from_reading(card, replace=box.clickedButton() is replace))
        self.overwrite_box = box
        box.open()

    def _fill_from_reading(self, card: ContactCard, replace: bool) -> None:
        if replace:
            for name, edit in self.fields.items():
                if getattr(card, name):
                    edit.setText(getattr(card, name))
            self.name_checked.setChecked(False)  # a name from the photo has not been checked yet
        self.fill_empty(card)

    # --- photo -----------------------------------------------------------------------------------------------
    def _on_attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Photo of the card", "",
                                              "Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)")
        if path:
            self.attach_photo_file(Path(path))

    def attach_photo_file(self, path: Path) -> None:
        try:
            data, mime = read_photo_file(path)
        except PhotoProblem as problem:
            self._photo_problem(str(problem))
            return
        self._take_photo(data, mime, path.name)

    def paste_photo(self) -> bool:
        """Take the clipboard's image as the photo; False when the clipboard holds none."""
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            return False
        self._take_photo(image_to_png(image), "image/png", "the pasted image")
        return True

    def _take_photo(self, data: bytes, mime: str, source: str) -> None:
        self._set_photo((data, mime))
        try:
            payloads = decode_qr(data, source)
            cards = [card for p in payloads if (card := card_from_qr_payload(p)) is not None]
        except ImportProblem as problem:
            self._photo_problem(str(problem))
            return
        if cards:
            self.qr_dialog = QrFieldsDialog(cards[0], self)
            self.qr_dialog.accepted.connect(self._on_qr_fields)
            self.qr_dialog.open()

    def _on_qr_fields(self) -> None:
        assert self.qr_dialog is not None
        chosen = self.qr_dialog.chosen()
        for name, edit in self.fields.items():
            if getattr(chosen, name):
                edit.setText(getattr(chosen, name))  # the user ticked it: it replaces what was typed
        if chosen.notes:
            self.notes.setPlainText(chosen.notes)
        self.emails.add_new(chosen.emails)
        self.phones.add_new(chosen.phones)
        if self.contact_id is None:
            self.captured_by = CaptureMethod.QR

    def _set_photo(self, photo: tuple[bytes, str] | None) -> None:
        self.photo = photo
        self.photo_view.show_photo(photo[0] if photo else None)
        self.remove_photo_button.setEnabled(photo is not None)
        self.photo_error.hide()

    def _photo_problem(self, message: str) -> None:
        self.photo_error.setText(message)
        self.photo_error.show()

    # --- drag and drop, paste ----------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasImage() or any(url.isLocalFile() for url in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if files:
            self.attach_photo_file(Path(files[0]))
        elif mime.hasImage():
            self._take_photo(image_to_png(mime.imageData()), "image/png", "the dropped image")
        event.acceptProposedAction()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+V in a text field pastes text; only a clipboard holding an image and no text becomes the photo.
        if pastes_a_picture(event):
            return self.paste_photo()
        return super().eventFilter(watched, event)
