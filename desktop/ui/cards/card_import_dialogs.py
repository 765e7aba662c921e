"""Small dialogs that propose card fields for review: a pasted signature, and the fields of a card's QR code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.cards import CARD_FIELD_LABELS, ContactCard, LabelledValue
from desktop.ui.i18n import shown
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.plain import plain_tooltip


class SignatureDialog(QDialog):
    """A box to paste an email signature into; the card dialog reads it on OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste signature"))
        self.resize(480, 320)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Paste the signature block from their email. The fields found are put into "
                                        "the empty fields of the card for you to check; nothing is saved until you "
                                        "save the card."),
                                wordWrap=True))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("Jane Doe\nHead of Talent | Acme Inc.\njane.doe@acme.com\n+1 206 555 0142")
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        fill = make_primary(buttons.button(QDialogButtonBox.StandardButton.Ok))
        fill.setText(self.tr("Fill the card"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        dialog_ready(self, first=self.text, save=fill)  # it fills empty fields only, and saves nothing yet


class QrFieldsDialog(QDialog):
    """The fields a QR code on the card holds, each with a checkbox; OK puts the ticked ones into the form."""

    def __init__(self, card: ContactCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fields from the QR code"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The photo holds a QR code with these details. Tick the ones to put on the "
                                        "card."),
                                wordWrap=True))
        self.boxes: list[tuple[QCheckBox, str, object]] = []  # (box, field name, value)
        for name, label in CARD_FIELD_LABELS.items():
            if value := getattr(card, name):
                self._add(f"{shown(label)}: {value}", name, value)
        for email in card.emails:
            self._add(self.tr("Email ({label}): {value}").format(label=email.label, value=email.value), "emails", email)
        for phone in card.phones:
            self._add(self.tr("Phone ({label}): {value}").format(label=phone.label, value=phone.value), "phones", phone)
        for box, _, _ in self.boxes:
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        make_primary(buttons.button(QDialogButtonBox.StandardButton.Ok)).setText(self.tr("Use ticked fields"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        dialog_ready(self)

    def _add(self, text: str, name: str, value: object) -> None:
        box = QCheckBox(text.replace("\n", " "), checked=True)
        box.setToolTip(plain_tooltip(str(value.value if isinstance(value, LabelledValue) else value)))
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.boxes.append((box, name, value))

    def chosen(self) -> ContactCard:
        """A card holding only the ticked fields."""
        card = ContactCard()
        for box, name, value in self.boxes:
            if not box.isChecked():
                continue
            if isinstance(value, LabelledValue):
                getattr(card, name).append(value)
            else:
                setattr(card, name, value)
        return card
