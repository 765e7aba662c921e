"""The card shown on the right of the Contacts page: name large, then everything else on the card."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core.contact_rules import format_phone
from desktop.core.domain import CaptureMethod
from desktop.core.person_names import greeting
from desktop.operations.contacts import ContactDetails
from desktop.ui.cards.card_names import greeting_line
from desktop.ui.cards.card_photo import PhotoView
from desktop.ui.cards.value_labels import shown_label
from desktop.ui.style import set_tone

CAPTURED = {
    CaptureMethod.TYPED: QT_TRANSLATE_NOOP("ContactDetail", "Typed in"),
    CaptureMethod.SIGNATURE: QT_TRANSLATE_NOOP("ContactDetail", "Pasted from an email signature"),
    CaptureMethod.VCARD: QT_TRANSLATE_NOOP("ContactDetail", "Imported from a vCard file"),
    CaptureMethod.QR: QT_TRANSLATE_NOOP("ContactDetail", "Read from the QR code on the card"),
    CaptureMethod.PHOTO: QT_TRANSLATE_NOOP("ContactDetail", "Read from a photo of the card"),
    CaptureMethod.CALENDAR: QT_TRANSLATE_NOOP("ContactDetail", "From a calendar invitation"),
    CaptureMethod.SAMPLE: QT_TRANSLATE_NOOP("ContactDetail", "Sample data"),
    CaptureMethod.LINKEDIN: QT_TRANSLATE_NOOP("ContactDetail", "Imported from LinkedIn's connections"),
    CaptureMethod.EMAIL: QT_TRANSLATE_NOOP("ContactDetail", "From the signature of an email"),
}


def _plain(parent: QWidget, point_size: float = 0, weight: QFont.Weight = QFont.Weight.Normal, tone: str = "",
           italic: bool = False) -> QLabel:
    """A selectable plain-text label, styled with its font and its tone (a property the app's style sheet colours).

    Not with a style sheet of its own: each widget with its own style sheet is re-polished whenever an ancestor
    is reparented or restyled, which made building the Contacts page and showing each card several times slower.
    Made in its parent for the same reason: with the app's style sheet, reparenting restyles.
    """
    label = QLabel(parent, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    if point_size:
        font.setPointSizeF(point_size)
    font.setWeight(weight)
    font.setItalic(italic)
    label.setFont(font)
    if tone:
        set_tone(label, tone)
    return label


class ContactDetail(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(300)
        self.setAccessibleName(self.tr("The selected card"))
        self.setObjectName("contactDetail")  # a Tab stop, to scroll a long card: the style sheet shows its focus
        self.viewport().setAutoFillBackground(False)  # the white page shows through, as behind the card
        # Shown while no card is selected; the viewport's own layout centres it, the card itself is the scroll
        # area's widget, which the scroll area places.
        self.hint = _plain(self.viewport(), tone="hint")
        self.hint.setText(self.tr("Select a card in the list to see it here."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self.viewport()).addWidget(self.hint)
        body = QWidget(self.viewport(), objectName="cardDetail")
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(16, 4, 8, 8)
        self.name = _plain(body, point_size=17, weight=QFont.Weight.DemiBold)
        self.name.setObjectName("cardName")
        self.checked = _plain(body)
        self.pronunciation = _plain(body, tone="hint", italic=True)
        self.greeting = _plain(body, tone="soft", italic=True)
        self.role = _plain(body, point_size=11, tone="soft")
        self.lines: dict[str, QLabel] = {}
        for widget in (self.name, self.checked, self.pronunciation, self.greeting, self.role):
            self.layout_.addWidget(widget)
        for key, heading in (("emails", self.tr("Email")), ("phones", self.tr("Phone")), ("address",
                                                                                          self.tr("Address")),
                             ("web", self.tr("Web")), ("notes", self.tr("Notes")), ("captured",
                                                                                    self.tr("How captured"))):
            title = QLabel(heading, body)
            font = title.font()
            font.setWeight(QFont.Weight.DemiBold)
            title.setFont(font)
            set_tone(title, "hint")
            title.setContentsMargins(0, 8, 0, 0)
            # Half an x in from the values below, as a framed label sets its text.
            title.setIndent(title.fontMetrics().horizontalAdvance("x") // 2)
            value = _plain(body)
            self.lines[key] = value
            self.lines[key + "_title"] = title
            self.layout_.addWidget(title)
            self.layout_.addWidget(value)
        self.photo: PhotoView | None = None  # made for the first card with a photo: most have none
        self.layout_.addStretch(1)
        self.setWidget(body)

    def show_contact(self, details: ContactDetails | None, region: str, selected: int = 0) -> None:
        """Show a card, or, when `details` is None, what to do with the `selected` cards (none, or several)."""
        self.widget().setVisible(details is not None)
        self.hint.setVisible(details is None)
        if details is None:
            self.hint.setText(self.tr("%n cards selected: click one to see it here.", "", selected) if selected > 1
                              else self.tr("Select a card in the list to see it here."))
            return
        card = details.card
        self.name.setText(card.display_name)
        self.checked.setText(self.tr("✔ Spelling checked against the card") if details.name_checked
                             else self.tr("Spelling not yet checked against the card"))
        set_tone(self.checked, "ok" if details.name_checked else "warning")
        self.pronunciation.setText(self.tr("Say: {pronunciation}").format(
            pronunciation=card.pronunciation) if card.pronunciation else "")
        self.pronunciation.setVisible(bool(card.pronunciation))
        self.greeting.setText(greeting_line(greeting(card.greet_as, card.display_name, card.given_name,
                                                     card.family_name, card.family_first)))
        self.role.setText(", ".join(p for p in (card.title, card.company) if p))
        # "Seattle, WA 98101" where there is a state or province, "10115 Berlin" where there is none.
        if card.region:
            town = ", ".join(p for p in (card.locality, " ".join(p for p in (card.region, card.postal_code) if p)) if p)
        else:
            town = " ".join(p for p in (card.postal_code, card.locality) if p)
        address = [card.street, town, card.country]
        values = {
            "emails": [f"{e.value}  ({shown_label(e.label)})" for e in card.emails],
            "phones": [f"{format_phone(p.value, region)}  ({shown_label(p.label)})" for p in card.phones],
            "address": [line for line in address if line],
            "web": [u for u in (card.website, card.linkedin) if u],
            "notes": [card.notes] if card.notes else [],
            "captured": [self.tr(CAPTURED[details.captured_by]) if details.captured_by in CAPTURED
                         else details.captured_by.value],
        }
        for key, lines in values.items():
            self.lines[key].setText("\n".join(lines))
            self.lines[key].setVisible(bool(lines))
            self.lines[key + "_title"].setVisible(bool(lines))
        if card.photo is not None:
            if self.photo is None:
                self.photo = PhotoView(280, 180, parent=self.widget())
                self.layout_.insertWidget(self.layout_.count() - 1, self.photo)  # above the stretch
            self.photo.show_photo(card.photo)
        if self.photo is not None:
            self.photo.setVisible(card.photo is not None)
