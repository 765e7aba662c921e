"""What the card dialog does: loads the stored card, reads signatures, photos and QR codes into the form, offers to
merge a card that looks like a stored one, and saves through the contacts operations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.card_reading import CardReading
from desktop.core.cards import ContactCard, ImportProblem
from desktop.core.domain import CaptureMethod
from desktop.core.qr import card_from_qr_payload, decode_qr
from desktop.core.signature import parse_signature
from desktop.operations import contacts as ops
from desktop.ui.cards.card_dialog import CardDialog
from desktop.ui.i18n import shown_error
from desktop.ui.pages.base import PageContext

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.ui.cards.card_reader import CardsRead

MERGE_OFFERS = 3  # the likeliest stored cards offered to merge into


class CardDialogController(QObject):
    """A new card when `contact_id` is None, else the stored one. Lives as long as its dialog (its parent);
    `saved` gives the id of the contact written. A new card records `captured_by` unless a signature or a QR
    code fills it."""

    saved = Signal(int)

    def __init__(self, view: CardDialog, context: PageContext, contact_id: int | None = None,
                 captured_by: CaptureMethod = CaptureMethod.TYPED) -> None:
        super().__init__(view)
        self.view = view
        self.context = context
        self.contact_id = contact_id
        self.captured_by = captured_by
        if contact_id is not None:
            details = ops.contact_details(context.workspace, contact_id)
            view.show_card(details.card, details.name_checked)
        view.save_requested.connect(self._on_save)
        view.save_new_requested.connect(lambda: self._write(merge_into=None))
        view.merge_requested.connect(lambda contact: self._write(merge_into=contact))
        view.signature_pasted.connect(self._on_signature)
        view.read_photo_chosen.connect(self._read_photo)
        view.photo_taken.connect(self._on_photo)
        view.qr_fields_taken.connect(lambda: self._captured(CaptureMethod.QR))

    def _captured(self, how: CaptureMethod) -> None:
        if self.contact_id is None:  # a stored card keeps how it was first captured
            self.captured_by = how

    def _on_save(self) -> None:
        """Check the form; a new card that looks like a stored one first offers to merge."""
        if not self.view.check():
            return
        if self.contact_id is None and not self.view.offers_merge():
            duplicates = ops.find_duplicates(self.context.workspace, self.view.card())
            if duplicates:
                self.view.offer_merge(duplicates[:MERGE_OFFERS])
                return
        self._write(merge_into=None)

    def _write(self, merge_into: int | None) -> None:
        card, checked = self.view.card(), self.view.name_checked.isChecked()
        if merge_into is not None:
            self.context.do(ops.merge_into, merge_into, card, name_checked=checked)
            contact_id = merge_into
        elif self.contact_id is None:
            contact_id = self.context.do(ops.add_contact, card, self.captured_by, name_checked=checked).id
        else:
            self.context.do(ops.update_contact, self.contact_id, card, checked)
            contact_id = self.contact_id
        self.contact_id = contact_id
        self.saved.emit(contact_id)
        self.view.close_saved()

    def _on_signature(self, text: str) -> None:
        card = parse_signature(text, self.view.region)
        if card == ContactCard():
            self.view.show_problem(self.tr("No name, email, phone or company was found in the pasted text."))
            return
        self.view.fill_empty(card)
        self._captured(CaptureMethod.SIGNATURE)

    # --- reading the card from its photo ------------------------------------------------------------------------
    def _read_photo(self, path: Path) -> None:
        """Read the card on the photo in the background, then fill the form from it (see `_take_reading`)."""
        from desktop.ui.cards.card_reader import read_photos

        self.view.set_reading(True)
        self.context.runner.run(self.tr("Reading the card photo"),
                                lambda workspace, progress: read_photos(workspace, [path], progress, with_known=False),
                                self._on_photo_read, lambda _cancelled: self.view.set_reading(False),
                                host=self.view.outer)

    def _on_photo_read(self, cards: CardsRead) -> None:
        self.view.set_reading(False)
        if cards.readings:
            self._take_reading(cards.readings[0])
        else:
            self.view.show_photo_problem(" ".join(cards.problems))

    def _take_reading(self, reading: CardReading) -> None:
        """Fill the empty fields from a reading; asks first before replacing anything already typed."""
        from desktop.core.vcard_photo import jpeg_photo
        from desktop.operations.card_scans import card_from_reading

        card = card_from_reading(reading)
        if self.view.photo is None and reading.image is not None:
            self.view.set_photo(jpeg_photo(reading.image))
        differing = self.view.differing(card)
        if differing:
            self.view.ask_replace(differing, lambda replace: self.view.fill_from_photo(card, replace))
        else:
            self.view.fill_from_photo(card, replace=False)

    def _on_photo(self, data: bytes, source: str) -> None:
        """A photo with a QR code offers the code's fields."""
        try:
            cards = [card for payload in decode_qr(data, source) if (card := card_from_qr_payload(payload)) is not None]
        except ImportProblem as problem:
            self.view.show_photo_problem(shown_error(problem))
            return
        if cards:
            self.view.offer_qr_fields(cards[0])
