"""Entering or editing one business card: the form, the photo column and the duplicate panel. It lays them out and
says what the user asked for; card_dialog_controller.py validates against the card file and saves."""

from __future__ import annotations

from collections.abc import Callable
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
    QVBoxLayout,
    QWidget,
)

from desktop.core.cards import CARD_FIELD_LABELS, ContactCard
from desktop.ui.cards.card_fields import ValueRows
from desktop.ui.cards.card_import_dialogs import QrFieldsDialog, SignatureDialog
from desktop.ui.cards.card_names import CardNames
from desktop.ui.cards.card_photo import PhotoProblem, PhotoView, image_to_png, pastes_a_picture, read_photo_file
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown, shown_error
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.screen_fit import ColumnScrollArea
from desktop.ui.style import set_banner, set_tone

if TYPE_CHECKING:
    from desktop.operations.contacts import Duplicate

TEXT_FIELDS = ("full_name", "given_name", "family_name", "greet_as", "pronunciation", "title", "company", "street",
               "postal_code", "locality", "region", "country", "website", "linkedin")


# A card's proportions (85 × 55 mm); at 260 pixels, the form beside it scrolled sideways at 200 % on 1366 × 768.
PHOTO_BOX = (240, 155)


class CardDialog(QDialog):
    """The card form; `photo` is the picture it holds, as `fields` hold the text. Phones are read in `region`."""

    save_requested = Signal()
    save_new_requested = Signal()  # save although the card looks like a stored one
    merge_requested = Signal(int)  # the stored contact to merge the form into
    signature_pasted = Signal(str)  # the text pasted into the signature box, to read into the form
    read_photo_chosen = Signal(object)  # the Path of a photo to read the card from
    photo_taken = Signal(bytes, str)  # a photo attached, pasted or dropped (data, where it came from)
    qr_fields_taken = Signal()  # the fields of the photo's QR code the user ticked are in the form

    def __init__(self, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region = region
        self.photo: tuple[bytes, str] | None = None
        self.setWindowTitle(self.tr("New card"))
        self.resize(860, 700)
        self.setAcceptDrops(True)
        self._build()
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
        hint = QLabel(self.tr("Type the name exactly as printed on the card."), objectName="pageSubtitle",
                      wordWrap=True)  # beside two buttons, in German at 200 %, it takes two lines
        top.addWidget(hint, 1)
        self.read_photo_button = QPushButton(self.tr("Read from photo…"))
        self.read_photo_button.setToolTip(self.tr("Fill the empty fields from a photo of the card, read on this "
                                                  "computer"))
        top.addWidget(self.read_photo_button)
        self.signature_button = QPushButton(self.tr("Paste signature…"))
        top.addWidget(self.signature_button)
        outer.addLayout(top)
        self.outer = outer  # where reading a photo shows its progress

        body = QHBoxLayout()
        scroll = ColumnScrollArea()  # down only: at 200 % its scroll bar made it scroll sideways too
        form_holder = QWidget()
        self.form = QFormLayout(form_holder)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll.setWidget(form_holder)
        body.addWidget(scroll, 1)
        body.addLayout(self._photo_column())
        outer.addLayout(body, 1)
        self._build_form()

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

        self.signature_button.clicked.connect(self._open_signature_box)
        self.read_photo_button.clicked.connect(self._on_read_photo)
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button.clicked.connect(self.reject)

    def _build_form(self) -> None:
        self.fields: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        name_edit = self.fields["full_name"]
        name_edit.setStyleSheet("font-size: 16pt; font-weight: 600; padding: 4px;")
        name_edit.setPlaceholderText(self.tr("Full name as on the card"))
        self.name_error = self._error_label()
        name_box = QWidget()
        name_column = QVBoxLayout(name_box)
        name_column.setContentsMargins(0, 0, 0, 0)
        name_column.addWidget(name_edit)
        name_column.addWidget(self.name_error)
        self.form.addRow(self.tr("Name"), name_box)
        self.names = CardNames(self.form, name_edit, self.fields["given_name"], self.fields["family_name"],
                               self.fields["greet_as"])
        self.name_checked = QCheckBox(self.tr("Spelling checked against the card"))
        self.tick = QLabel("✔")
        self.tick.setStyleSheet("font-size: 14pt;")
        set_tone(self.tick, "ok")
        checked_row = QHBoxLayout()
        checked_row.addWidget(self.name_checked)
        checked_row.addWidget(self.tick)
        checked_row.addStretch(1)
        self.form.addRow("", checked_row)
        self.fields["pronunciation"].setPlaceholderText(self.tr("How to say it, e.g. ZOH-ee LIND-kvist"))
        for name in ("pronunciation", "title", "company"):
            self.form.addRow(shown(CARD_FIELD_LABELS[name]), self.fields[name])
        self.emails = ValueRows("email", self.region)
        self.phones = ValueRows("phone", self.region)
        self.form.addRow(self.tr("Emails"), self.emails)
        self.form.addRow(self.tr("Phones"), self.phones)
        self.form.addRow(shown(CARD_FIELD_LABELS["street"]), self.fields["street"])
        city = QHBoxLayout()
        self.fields["postal_code"].setPlaceholderText(self.tr("Postal code"))
        self.fields["postal_code"].setMaximumWidth(110)
        self.fields["locality"].setPlaceholderText(self.tr("City"))
        city.addWidget(self.fields["postal_code"])
        city.addWidget(self.fields["locality"], 1)
        self.form.addRow(self.tr("Postal code / city"), city)
        for name in ("region", "country", "website", "linkedin"):
            self.form.addRow(shown(CARD_FIELD_LABELS[name]), self.fields[name])
        self.fields["website"].setPlaceholderText("https://")
        self.fields["linkedin"].setPlaceholderText("https://www.linkedin.com/in/…")
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)
        self.form.addRow(self.tr("Notes"), self.notes)
        # A changed name has not been checked against the card yet.
        name_edit.textEdited.connect(lambda _text: self.name_checked.setChecked(False))
        name_edit.textChanged.connect(self.name_error.hide)
        self.name_checked.toggled.connect(self.tick.setVisible)
        self.tick.hide()

    def _photo_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.photo_view = PhotoView(*PHOTO_BOX, self.tr("Drop a photo of the card here, or paste one with Ctrl+V"))
        column.addWidget(self.photo_view)
        row = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach photo…"))
        self.remove_photo_button = QPushButton(self.tr("Remove"))
        self.remove_photo_button.setEnabled(False)
        row.addWidget(self.attach_button)
        row.addWidget(self.remove_photo_button)
        column.addLayout(row)
        self.photo_error = self._error_label()
        self.photo_error.setFixedWidth(PHOTO_BOX[0])
        column.addWidget(self.photo_error)
        column.addStretch(1)
        self.attach_button.clicked.connect(self._on_attach)
        self.remove_photo_button.clicked.connect(lambda: self.set_photo(None))
        return column

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel("", wordWrap=True)
        set_tone(label, "error")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return label

    # --- the form as a card, and back ---------------------------------------------------------------------
    def show_card(self, card: ContactCard, name_checked: bool) -> None:
        """A stored card to edit."""
        self.setWindowTitle(self.tr("Edit card"))
        for name, edit in self.fields.items():
            edit.setText(getattr(card, name))
        self.notes.setPlainText(card.notes)
        self.emails.set_values(card.emails)
        self.phones.set_values(card.phones)
        self.name_checked.setChecked(name_checked)
        self.names.loaded(card.family_first)
        if card.photo:
            self.set_photo((card.photo, card.photo_type))

    def card(self) -> ContactCard:
        """The form as a card (valid emails and phones only; `check` names the others)."""
        card = ContactCard(**{name: edit.text().strip() for name, edit in self.fields.items()})
        card.family_first = self.names.family_first.isChecked()
        card.notes = self.notes.toPlainText().strip()
        card.emails, card.phones = self.emails.values(), self.phones.values()
        if self.photo is not None:
            card.photo, card.photo_type = self.photo
        return card

    def check(self) -> bool:
        """Whether the form can be saved; if not, say what is wrong and put the cursor on the first problem."""
        problems: list[tuple[str, QWidget]] = []
        if not self.fields["full_name"].text().strip():
            problems.append((self.tr("Name: enter the name as printed on the card."), self.fields["full_name"]))
        problems += self.emails.problems(self.tr("Email")) + self.phones.problems(self.tr("Phone"))
        if not problems:
            self.error.hide()
            return True
        self.error.setText(self.tr("Cannot save yet. {problems}").format(
            problems=" ".join(reason for reason, _ in problems)))
        self.error.show()
        if problems[0][1] is self.fields["full_name"]:
            self.name_error.setText(problems[0][0].partition(": ")[2])
            self.name_error.show()
        problems[0][1].setFocus()
        return False

    def fill_empty(self, card: ContactCard) -> None:
        """Put proposed values into the fields that are still empty, and add emails and phones not there yet."""
        for name, edit in self.fields.items():
            if getattr(card, name) and not edit.text().strip():
                edit.setText(getattr(card, name))
        if card.notes and not self.notes.toPlainText().strip():
            self.notes.setPlainText(card.notes)
        self.emails.add_new(card.emails)
        self.phones.add_new(card.phones)

    def fill_from_photo(self, card: ContactCard, replace: bool) -> None:
        """Fill the empty fields from a card read off a photo; with `replace`, its values go over what was typed
        too, and the name is to be checked again."""
        if replace:
            for name, edit in self.fields.items():
                if getattr(card, name):
                    edit.setText(getattr(card, name))
            self.name_checked.setChecked(False)
        self.fill_empty(card)

    def differing(self, card: ContactCard) -> list[str]:
        """The fields where `card` holds a value other than one already typed."""
        return [name for name, edit in self.fields.items()
                if getattr(card, name) and edit.text().strip() not in ("", getattr(card, name))]

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def close_saved(self) -> None:
        self.accept()

    # --- the duplicate panel ------------------------------------------------------------------------------
    def offer_merge(self, duplicates: list[Duplicate]) -> None:
        """The cards this one may be, each with its Merge button; or Save as a new card, or Keep editing."""
        lines = [f"{d.name}: {shown(d.reason)}" for d in duplicates]
        self.duplicate_text.setText(self.tr("This may be a card you already have.") + "\n" + "\n".join(lines))
        while self.duplicate_buttons.count():
            item = self.duplicate_buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.merge_buttons = []
        for duplicate in duplicates:
            button = QPushButton(self.tr("Merge into {name}").format(name=duplicate.name))
            button.clicked.connect(lambda _=False, d=duplicate.contact_id: self.merge_requested.emit(d))
            self.merge_buttons.append(button)
            self.duplicate_buttons.addWidget(button)
        save_new = QPushButton(self.tr("Save as a new card"))
        save_new.clicked.connect(self.save_new_requested)
        back = QPushButton(self.tr("Keep editing"))
        back.clicked.connect(self.duplicate_panel.hide)
        self.duplicate_buttons.addWidget(save_new)
        self.duplicate_buttons.addStretch(1)
        self.duplicate_buttons.addWidget(back)
        self.duplicate_panel.show()

    def offers_merge(self) -> bool:
        return self.duplicate_panel.isVisible()

    # --- signature, photo, QR code --------------------------------------------------------------------------
    def _open_signature_box(self) -> None:
        box = SignatureDialog(self)
        box.accepted.connect(lambda: self.signature_pasted.emit(box.text.toPlainText()))
        open_once(box)

    def _on_read_photo(self) -> None:
        from desktop.ui.cards.card_reader import PHOTO_FILTER

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Read the card from its photo"), "", PHOTO_FILTER)
        if path:
            self.read_photo(Path(path))

    def read_photo(self, path: Path) -> None:
        """Ask for the card on the photo at `path` to be read into the form."""
        self.read_photo_chosen.emit(path)

    def set_reading(self, reading: bool) -> None:
        """While a photo is being read, Read from photo waits."""
        self.read_photo_button.setEnabled(not reading)

    def ask_replace(self, differing: list[str], answer: Callable[[bool], None]) -> None:
        """The photo reads these fields otherwise than typed: `answer(True)` to replace them, else False."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Read from photo"),
                          self.tr("The photo reads some fields otherwise than you typed them."), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("Differing: {fields}. The empty fields are filled either way; emails and "
                                       "phone numbers are added.").format(
            fields=", ".join(shown(CARD_FIELD_LABELS[name]) for name in differing)))
        replace = box.addButton(self.tr("Replace with the photo's"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("Keep what I typed"), QMessageBox.ButtonRole.RejectRole))
        box.finished.connect(lambda _result: answer(box.clickedButton() is replace))
        open_once(box)

    def _on_attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Photo of the card"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"))
        if path:
            self.attach_photo_file(Path(path))

    def attach_photo_file(self, path: Path) -> None:
        """Take the picture at `path` as the card's photo (Attach photo…, a file dropped)."""
        try:
            data, mime = read_photo_file(path)
        except PhotoProblem as problem:
            self.show_photo_problem(shown_error(problem))
            return
        self._take_photo(data, mime, path.name)

    def paste_photo(self) -> bool:
        """Take the clipboard's image as the photo; False when the clipboard holds none."""
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            return False
        self._take_photo(image_to_png(image), "image/png", self.tr("the pasted image"))
        return True

    def _take_photo(self, data: bytes, mime: str, source: str) -> None:
        self.set_photo((data, mime))
        self.photo_taken.emit(data, source)

    def set_photo(self, photo: tuple[bytes, str] | None) -> None:
        """The card's photo (data, type), or none."""
        self.photo = photo
        self.photo_view.show_photo(photo[0] if photo else None)
        self.remove_photo_button.setEnabled(photo is not None)
        self.photo_error.hide()

    def show_photo_problem(self, message: str) -> None:
        self.photo_error.setText(message)
        self.photo_error.show()

    def offer_qr_fields(self, card: ContactCard) -> None:
        """The QR code's fields to tick; those ticked replace what was typed, and `qr_fields_taken` follows."""
        box = QrFieldsDialog(card, self)
        box.accepted.connect(lambda: self._take_qr_fields(box.chosen()))
        open_once(box)

    def _take_qr_fields(self, chosen: ContactCard) -> None:
        for name, edit in self.fields.items():
            if getattr(chosen, name):
                edit.setText(getattr(chosen, name))  # the user ticked it: it replaces what was typed
        if chosen.notes:
            self.notes.setPlainText(chosen.notes)
        self.emails.add_new(chosen.emails)
        self.phones.add_new(chosen.phones)
        self.qr_fields_taken.emit()

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
            self._take_photo(image_to_png(mime.imageData()), "image/png", self.tr("the dropped image"))
        event.acceptProposedAction()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+V in a text field pastes text; only a clipboard holding an image and no text becomes the photo.
        if pastes_a_picture(event):
            return self.paste_photo()
        return super().eventFilter(watched, event)
