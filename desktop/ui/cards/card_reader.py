"""Reading card photos in the background (a file, several, a folder, the clipboard), then reviewing them in turn."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.card_reading import CardImageProblem, CardReading
from desktop.core.cards import ContactCard
from desktop.core.file_kinds import CARD_PHOTOS
from desktop.operations import contacts as ops
from desktop.ui.cards.card_photo import image_to_png
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown, shown_error, texts
from desktop.ui.main_window import dropped_files
from desktop.ui.plain import plain_message

if TYPE_CHECKING:
    from desktop.operations.progress import Progress
    from desktop.operations.workspace import Workspace
    from desktop.ui.cards.card_review import CardReviewDialog
    from desktop.ui.pages.base import PageContext

# Translated when first imported, which is after the start-up installed the window's language.
PHOTO_FILTER = texts.tr("Card photos ({patterns});;All files (*)").format(
    patterns=" ".join(f"*{suffix}" for suffix in CARD_PHOTOS))


@dataclass
class CardsRead:
    """What reading photos gives the review: the cards, the photos left out and the cards already stored."""

    readings: list[CardReading]
    problems: list[str]  # a sentence per photo that could not be read, naming it
    # Listed once, on the worker: a merge is offered for each card without listing 10,000 cards again (a second).
    known: list[tuple[int, ContactCard]] = field(default_factory=list)


def is_card_photo(path: Path) -> bool:
    return path.suffix.lower() in CARD_PHOTOS


def card_photos_in(paths: list[Path]) -> list[Path]:
    """The photos among `paths`, a folder standing for the photos directly inside it, in name order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted((p for p in path.iterdir() if p.is_file() and is_card_photo(p)),
                            key=lambda p: p.name.casefold())
        elif is_card_photo(path):
            found.append(path)
    return list(dict.fromkeys(found))


def card_photos_dropped(mime: QMimeData) -> list[Path]:
    """The card photos and folders of a drop (files to import are left to the window)."""
    return [path for path in dropped_files(mime) if path.is_dir() or is_card_photo(path)]


def read_photos(workspace: Workspace, paths: list[Path], progress: Progress, with_known: bool = True) -> CardsRead:
    """Read each photo in turn; a photo that cannot be read is named with its problem and the rest go on."""
    from desktop.operations.card_scans import read_card_file  # the engine loads here, on the worker thread

    readings: list[CardReading] = []
    problems: list[str] = []
    for done, path in enumerate(paths):
        # The bar and its label count the cards read, as every task's do: "(zoe.png): 1 of 5 done" while the
        # second is read, its name saying which; the bar full only once the last is read.
        progress.update(done, len(paths), path.name)
        try:
            readings.append(read_card_file(workspace, path))
        except CardImageProblem as problem:
            problems.append(shown_error(problem))
    progress.update(len(paths), len(paths))
    return CardsRead(readings, problems, ops.list_contacts(workspace) if readings and with_known else [])


class CardReader(QObject):
    """Reads photos through the window's task runner and opens the review when they are read."""

    reviewed = Signal(list)  # the ids of the contacts saved or merged into

    def __init__(self, context: PageContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.parent_widget = context, parent
        self._review: CardReviewDialog | None = None  # the open review: cards read meanwhile join it
        self._pasted: list[tempfile.TemporaryDirectory[str]] = []  # pictures pasted, kept until reviewed

    def read(self, paths: list[Path]) -> None:
        """Read the photos among `paths` (folders opened one level down) and review them."""
        photos = card_photos_in(paths)
        if not photos:
            names = ", ".join(p.name for p in paths[:3])
            self._tell(QMessageBox.Icon.Information,
                       self.tr("No card photo to read in {names}.").format(names=names) if names
                       else self.tr("No card photo to read."),
                       self.tr("Afterview reads card photos saved as {suffixes}.").format(
                           suffixes=", ".join(CARD_PHOTOS)))
            return
        title = self.tr("Reading the card photo") if len(photos) == 1 else self.tr("Reading cards")
        self.context.runner.run(title, lambda workspace, progress: read_photos(workspace, photos, progress),
                                self._on_read, self._on_cancelled)

    def read_image(self, image: QImage) -> None:
        """Read a pasted picture, kept in a private temporary folder until its review ends."""
        folder = tempfile.TemporaryDirectory(prefix="afterview-card-")
        self._pasted.append(folder)
        path = Path(folder.name) / "Pasted card.png"
        # Created owner-only from the first byte, as every file Afterview writes.
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as file:
            file.write(image_to_png(image))
        self.read([path])

    def _on_cancelled(self, _cancelled: Exception) -> None:
        self._forget_pasted()  # nothing read is kept: the photos stay where they are, to read again

    def _on_read(self, cards: CardsRead) -> None:
        from desktop.ui.cards.card_review import CardReviewDialog

        readings, problems = cards.readings, [shown(problem) for problem in cards.problems]
        if not readings:
            self._forget_pasted()
            self._tell(QMessageBox.Icon.Warning,
                       self.tr("No card could be read.") if len(problems) != 1 else problems[0],
                       "\n".join(problems) if len(problems) > 1 else self.tr("Nothing was saved."))
            return
        if self._review is not None:
            self._review.add_cards(cards)  # photos dropped while others were reviewed join the same review
            return
        review = CardReviewDialog(self.context, cards, self.parent_widget)
        review.finished_review.connect(lambda saved: self._on_reviewed(review, saved))
        self._review = review
        review.open()

    def _on_reviewed(self, review: CardReviewDialog, saved: list[int]) -> None:
        self._review = None
        review.deleteLater()  # closed for good: the next photos open a review of their own
        self._forget_pasted()
        self.reviewed.emit(saved)

    def _forget_pasted(self) -> None:
        if self._review is not None or self.context.runner.busy():
            return  # a picture pasted meanwhile is still to be read or reviewed
        while self._pasted:
            self._pasted.pop().cleanup()

    def _tell(self, icon: QMessageBox.Icon, text: str, informative: str) -> None:
        box = plain_message(icon, self.tr("Read card from photo"), text, self.parent_widget, informative)
        open_once(box)
