"""Reviewing cards read from photos: the straightened card beside the proposed fields, one card after another.

Nothing is saved until the user chooses Save (a new contact, its photo attached, the spelling left unchecked)
or Merge with a card already in the file (through the merge review when values differ). Skip goes to the next
card; Cancel leaves the rest unsaved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QKeyEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.card_merge import merge_card
from desktop.core.card_reading import CardImageProblem
from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.contact_rules import FieldCheck, check_email, check_phone, format_phone
from desktop.core.person_names import parse_name
from desktop.core.vcard_photo import jpeg_photo
from desktop.operations import contacts as ops
from desktop.ui.cards.card_fields import LABELS
from desktop.ui.cards.card_picture import CardImageView, qimage_of
from desktop.ui.combo_box import ComboBox
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown, shown_error, texts
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.style import set_banner, set_property, set_tone

if TYPE_CHECKING:

    from desktop.core.card_reading import CardReading, ReadField, TextLine
    from desktop.operations.merge_review import Decision
    from desktop.operations.progress import Progress
    from desktop.operations.workspace import Workspace
    from desktop.ui.cards.card_reader import CardsRead
    from desktop.ui.pages.base import PageContext

SURE, LIKELY = 0.85, 0.6  # a field read at least this sure is "Sure", then "Check"; below, "Unsure"
KIND_LABELS = {"mobile": "mobile", "office": "work", "fax": "fax"}  # the reading's phone kinds as card labels
PHONE_LABELS = tuple(label for label in LABELS["phone"] if label != "fax")  # faxes have their own rows


@dataclass(frozen=True)
class Confidence:
    word: str
    tone: str  # desktop.ui.style's tone: its colour in either scheme
    description: str


def confidence_of(read: ReadField | None) -> Confidence:
    """How sure the reading is of a field, in a word and a colour (the word alone must say it)."""
    if read is None:
        return Confidence(texts.tr("Not found"), "hint",
                          texts.tr("Not found: if the card shows it, type it or click it on the card."))
    percent = QLocale().toString(round(read.confidence * 100)) + QLocale().percent()
    if read.confidence >= SURE:
        return Confidence(texts.tr("Sure"), "ok",
                          texts.tr("Read with {percent} confidence.").format(percent=percent))
    if read.confidence >= LIKELY:
        return Confidence(texts.tr("Check"), "warning",
                          texts.tr("Read with {percent} confidence: compare it with the card.").format(percent=percent))
    return Confidence(texts.tr("Unsure"), "error",
                      texts.tr("Read with only {percent} confidence: compare it with the card.").format(
                          percent=percent))


def one_line(address: str) -> str:
    """An address printed over several lines, as one line of the card's street field."""
    return ", ".join(line.strip() for line in address.splitlines() if line.strip())


class WrappingEdit(QPlainTextEdit):
    """A one-value text field that wraps instead of scrolling, so a long name or address is read whole."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._fit)
        self.setText(text)

    def text(self) -> str:
        return " ".join(self.toPlainText().split())  # a pasted line break is a space: one value, one line

    def setText(self, text: str) -> None:
        self.setPlainText(text)
        self._fit()

    def _fit(self) -> None:
        """As high as the text wrapped at the field's width, a line at least."""
        margin = self.document().documentMargin()
        width = max(1, self.viewport().width() - round(2 * margin))
        text = self.toPlainText() or "M"
        wrapped = self.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        margins = self.contentsMargins()
        self.setFixedHeight(round(wrapped.height() + 2 * margin + margins.top() + margins.bottom()) + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # one line of text: Enter goes to the dialog's default button, as in a line edit
            return
        super().keyPressEvent(event)


class FieldRow(QWidget):
    """One proposed value: the editable text, its confidence in a word and a colour, and for phones the kind."""

    focused = Signal(QWidget)  # this row, when the user goes into it

    def __init__(self, name: str, read: ReadField | None, text: str, kinds: tuple[str, ...] = (),
                 kind: str = "", wrap: bool = False, check: Callable[[str], FieldCheck] | None = None) -> None:
        super().__init__()
        self.read = read
        self._check = check
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        column.addLayout(row)
        self.kind: QComboBox | None = None
        if kinds:
            self.kind = ComboBox()
            self.kind.setEditable(True)
            self.kind.addItems(kinds)
            self.kind.setCurrentText(kind or kinds[0])
            self.kind.setFixedWidth(96)
            self.kind.setAccessibleName(self.tr("{name}: kind").format(name=name))
            row.addWidget(self.kind)
        self.edit: QLineEdit | WrappingEdit = WrappingEdit(text) if wrap else QLineEdit(text)
        self.edit.setAccessibleName(name)
        row.addWidget(self.edit, 1, Qt.AlignmentFlag.AlignTop)
        confidence = confidence_of(read)
        self.confidence = QLabel(confidence.word)
        self.confidence.setMinimumWidth(72)
        self.confidence.setStyleSheet("font-weight: 600;")
        set_tone(self.confidence, confidence.tone)
        self.confidence.setToolTip(confidence.description)
        self.confidence.setAccessibleName(f"{name}: {confidence.word}")
        self.confidence.setAccessibleDescription(confidence.description)
        self.edit.setAccessibleDescription(confidence.description)
        row.addWidget(self.confidence, 0, Qt.AlignmentFlag.AlignTop)
        self.low = read is not None and read.confidence < SURE
        if self.low:  # marked on the field itself, so the eye goes there first
            set_property(self.edit, "doubt", confidence.tone)
        # What the field's check says of the value: a number its country's plan does not know is saved as
        # printed, and says so here, under the field, while the user compares it with the card.
        self.note = QLabel(wordWrap=True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        column.addWidget(self.note)
        self._show_check()
        self.edit.installEventFilter(self)
        if self.kind is not None:
            self.kind.installEventFilter(self)
        self.edit.textChanged.connect(self._on_changed)
        self.edit.textChanged.connect(self._show_check)

    def _show_check(self) -> None:
        verdict = self._check(self.text()) if self._check is not None and self.text() else None
        refused = verdict is not None and not verdict.ok
        self.note.setText(shown(verdict.reason if refused else verdict.warning) if verdict else "")
        set_tone(self.note, "error" if refused else "warning")
        self.note.setVisible(bool(self.note.text()))
        self.edit.setAccessibleDescription(" ".join(filter(None, [self.confidence.toolTip(), self.note.text()])))

    def _on_changed(self) -> None:
        """Once the user has changed the value (typed, or clicked a line of the card), the reading's confidence no
        longer speaks for it: the field is marked as theirs and its doubt taken off."""
        word, description = self.tr("Edited"), self.tr("Changed by you: saved as you left it.")
        self.confidence.setText(word)
        set_tone(self.confidence, "hint")
        self.confidence.setToolTip(description)
        self.confidence.setAccessibleName(f"{self.edit.accessibleName()}: {word}")
        self.confidence.setAccessibleDescription(description)
        self.edit.setAccessibleDescription(description)
        self.low = False
        set_property(self.edit, "doubt", "")

    def text(self) -> str:
        return self.edit.text().strip()

    def label(self) -> str:
        return self.kind.currentText().strip() if self.kind is not None else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self)
        return super().eventFilter(watched, event)


class ReviewForm(QWidget):
    """The proposed fields in the card dialog's order, each editable, with how sure the reading is of it."""

    focused = Signal(tuple)  # the boxes where the field the user went into was read

    def __init__(self, reading: CardReading, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region = region
        self.current: FieldRow | None = None  # the field being reviewed, which a line clicked on the card fills
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows: dict[str, FieldRow] = {}
        for key, label, read in (("name", self.tr("Name"), reading.name),
                                 ("other_name", self.tr("Name (other script)"), reading.other_name),
                                 ("title", self.tr("Title"), reading.title),
                                 ("company", self.tr("Company"), reading.company)):
            if key == "other_name" and read is None:
                continue  # only a card printed in a second script has one
            self.rows[key] = self._add(label, FieldRow(label, read, read.value if read else "", wrap=True))
        self.rows["name"].edit.setStyleSheet(self.rows["name"].edit.styleSheet() + "font-size: 14pt;")
        # Never ticked by the reading: the user ticks it after comparing the name, letter by letter, with the card.
        self.name_checked = QCheckBox(self.tr("Spelling checked against the card"))
        name_row, _ = self.form.getWidgetPosition(self.rows["name"])
        self.form.insertRow(name_row + 1, "", self.name_checked)  # right under the name it is about
        self.emails: list[FieldRow] = []
        self.phones: list[FieldRow] = []
        self.faxes: list[FieldRow] = []
        for read in reading.emails or [None]:  # an empty row where none was read, to type or click one into
            self.add_email(read)
        for read in [p for p in reading.phones if p.kind != "fax"] or [None]:
            self.add_phone(read)
        for read in [p for p in reading.phones if p.kind == "fax"]:
            self._add_value(self.tr("Fax"), self.faxes, FieldRow(self.tr("Fax {value}").format(
                value=len(self.faxes) + 1), read, self._shown_phone(read.value), check=self._phone_check))
        address = one_line(reading.address.value) if reading.address else ""
        self.rows["address"] = self._add(self.tr("Address"), FieldRow(self.tr("Address"), reading.address, address,
                                                                      wrap=True))
        website = reading.website.value if reading.website else ""
        self.rows["website"] = self._add(self.tr("Website"), FieldRow(self.tr("Website"), reading.website, website))
        more = QHBoxLayout()
        self.add_email_button = QPushButton(self.tr("Add email"))
        self.add_phone_button = QPushButton(self.tr("Add phone"))
        for button in (self.add_email_button, self.add_phone_button):
            button.setToolTip(self.tr("Another row, to type it or click it on the card"))
            more.addWidget(button)
        more.addStretch(1)
        self.form.addRow("", more)
        self.add_email_button.clicked.connect(lambda: self.add_email(None).edit.setFocus())
        self.add_phone_button.clicked.connect(lambda: self.add_phone(None).edit.setFocus())

    def add_email(self, read: ReadField | None) -> FieldRow:
        return self._add_value(self.tr("Email"), self.emails, FieldRow(self.tr("Email {value}").format(
            value=len(self.emails) + 1), read,
                                                               read.value if read else ""))

    def add_phone(self, read: ReadField | None) -> FieldRow:
        kind = KIND_LABELS.get(read.kind, "work") if read else "work"
        return self._add_value(self.tr("Phone"), self.phones, FieldRow(self.tr("Phone {value}").format(
            value=len(self.phones) + 1), read, self._shown_phone(read.value) if read else "", PHONE_LABELS, kind,
            check=self._phone_check))

    def _add_value(self, label: str, rows: list[FieldRow], row: FieldRow) -> FieldRow:
        """A row under the others of its kind: emails follow the company, phones the emails, faxes the phones."""
        # Told apart by the list, not by the label, which is in the window's language.
        group_before = [self.rows["company"]] if rows is self.emails else self.emails if rows is self.phones \
            else self.phones
        last = (rows or group_before)[-1]
        self.form.insertRow(self.form.getWidgetPosition(last)[0] + 1, "" if rows else label, row)
        row.focused.connect(self._on_focused)
        rows.append(row)
        return row

    def _add(self, label: str, row: FieldRow) -> FieldRow:
        self.form.addRow(label, row)
        row.focused.connect(self._on_focused)
        return row

    def _on_focused(self, row: FieldRow) -> None:
        self.current = row
        self.focused.emit(row.read.boxes if row.read is not None else ())

    def take_line(self, line: TextLine) -> None:
        """Put a line read on the card into the field being reviewed, replacing what it held."""
        row = self.current or self.rows["name"]
        row.edit.setText(line.text)
        row.edit.setFocus()

    def _phone_check(self, value: str) -> FieldCheck:
        return check_phone(value, self.region)

    def _shown_phone(self, value: str) -> str:
        """A valid number in the user's format; any other as printed, never reformatted."""
        checked = check_phone(value, self.region)
        return format_phone(checked.normalized, self.region) if checked.ok and not checked.warning else value

    def card(self) -> tuple[ContactCard, list[tuple[str, FieldRow]]]:
        """The card as the user left the fields, and each field that cannot be saved as it is, with why."""
        problems: list[tuple[str, FieldRow]] = []

        def values(rows: list[FieldRow], what: str, check: Callable[[str], FieldCheck],
                   label: Callable[[FieldRow], str]) -> list[LabelledValue]:
            found = []
            for n, row in enumerate(rows, start=1):
                if not row.text():
                    continue  # emptied by the user: left out
                verdict = check(row.text())
                if verdict.ok:
                    found.append(LabelledValue(verdict.normalized, label(row) or "work"))
                else:
                    problems.append((f"{what} {n}: {shown(verdict.reason)}", row))
            return found

        text = {key: row.text() for key, row in self.rows.items()}
        if not text["name"]:
            problems.insert(0, (self.tr("Name: enter the name as printed on the card."), self.rows["name"]))
        parts = parse_name(text["name"])
        card = ContactCard(full_name=text["name"], given_name=parts.given, family_name=parts.family,
                           family_first=parts.family_first, title=text["title"], company=text["company"],
                           street=text["address"])
        if "linkedin.com" in text["website"].casefold():
            card.linkedin = text["website"]  # the card's own field for it, as card_scans proposes
        else:
            card.website = text["website"]
        card.emails = values(self.emails, self.tr("Email"), check_email, lambda row: "work")
        card.phones = values(self.phones, self.tr("Phone"), self._phone_check, FieldRow.label)
        card.phones += values(self.faxes, self.tr("Fax"), self._phone_check, lambda row: "fax")
        if text.get("other_name"):
            card.notes = self.tr("Name also printed as {name}.").format(name=text["other_name"])
        return card, problems


class CardReviewDialog(QDialog):
    """The cards read, reviewed one after another; `finished_review` gives the ids saved or merged into."""

    finished_review = Signal(list)

    def __init__(self, context: PageContext, cards: CardsRead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.readings = readings = cards.readings
        self.known = list(cards.known)  # the stored cards, and those saved or merged into here
        self.index = -1
        self.saved: list[int] = []
        self.form: ReviewForm | None = None
        self.region = context.workspace.settings.default_phone_region
        self.setWindowTitle(self.tr("Review the card read from its photo") if len(readings) == 1 else self.tr(
            "Review the cards read"))
        # Large enough to read the card at a glance, never larger than the window it is opened over.
        room = parent.window().size() if parent is not None else QSize(1180, 760)
        self.resize(min(1180, max(720, room.width() - 40)), min(760, max(520, room.height() - 40)))
        self.left_out = list(cards.problems)  # a sentence per photo that could not be read
        self._build()
        self.next_card()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = QLabel(objectName="pageTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.heading)
        self.problems = QLabel(wordWrap=True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.problems, "error")
        self.problems.setAccessibleName(self.tr("Photos that could not be read"))
        self._show_left_out()
        outer.addWidget(self.problems)
        self.notes = QLabel(wordWrap=True, objectName="pageSubtitle")  # what the reading noticed on this card
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.notes)

        splitter = QSplitter()
        pictures = QWidget()
        column = QVBoxLayout(pictures)
        column.setContentsMargins(0, 0, 0, 0)
        self.front = CardImageView()
        self.front.setAccessibleName(self.tr("The card as read"))
        self.front.setAccessibleDescription(self.tr(
            "The field you are in is outlined where it was read; click a line of text to put it into that field"))
        self.back = CardImageView()
        self.back.setAccessibleName(self.tr("The back of the card"))
        column.addWidget(self.front, 3)
        column.addWidget(self.back, 2)
        splitter.addWidget(pictures)
        self.scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.scroll.setMinimumWidth(380)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 560])
        outer.addWidget(splitter, 1)

        self.duplicate_panel = QFrame(objectName="duplicatePanel")
        set_banner(self.duplicate_panel, "warning")
        panel = QVBoxLayout(self.duplicate_panel)
        self.duplicate_text = QLabel(wordWrap=True)
        self.duplicate_text.setTextFormat(Qt.TextFormat.PlainText)
        panel.addWidget(self.duplicate_text)
        self.merge_row = QHBoxLayout()
        self.merge_row.addStretch(1)
        panel.addLayout(self.merge_row)
        self.merge_buttons: list[QPushButton] = []
        self.duplicate_panel.hide()
        outer.addWidget(self.duplicate_panel)

        self.hint = QLabel(self.tr("Nothing is saved until you choose Save. Click a field to see where on the card it "
                                   "was read; click a line on the card to put its text into that field. Once you have "
                                   "compared the name with the card, tick “Spelling checked against the card”."),
                           wordWrap=True, objectName="pageSubtitle")
        outer.addWidget(self.hint)
        self.error = QLabel(wordWrap=True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.error, "error")
        self.error.hide()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(self.tr("Close without saving this card or the ones after it"))
        self.skip_button = buttons.addButton(self.tr("S&kip"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.skip_button.setToolTip(self.tr("Leave this card unsaved and show the next one"))
        self.save_button = make_primary(buttons.addButton(self.tr("&Save as new contact"),
                                                          QDialogButtonBox.ButtonRole.AcceptRole))
        self.add_back_button = buttons.addButton(self.tr("Add the back of the card…"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.add_back_button.setToolTip(self.tr("Read this card again with a photo of its back, for what is printed "
                                                "there (a name in another script, more numbers); changes made here "
                                                "are replaced"))
        outer.addWidget(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.skip_button.clicked.connect(self.next_card)
        self.save_button.clicked.connect(self.save)
        self.add_back_button.clicked.connect(self._on_add_back)
        self.front.line_clicked.connect(self._on_line_clicked)
        self.outer = outer  # where reading the back shows its progress
        self.finished.connect(lambda _result: self.finished_review.emit(list(self.saved)))
        dialog_ready(self, save=self.save_button)

    @property
    def reading(self) -> CardReading:
        return self.readings[self.index]

    def next_card(self) -> None:
        """Show the next card read, or close once the last one is done."""
        self.index += 1
        if self.index >= len(self.readings):
            self.accept()
            return
        self.show_card()

    def add_cards(self, cards: CardsRead) -> None:
        """Cards read while these are reviewed (photos dropped meanwhile): reviewed after them."""
        self.readings += cards.readings
        self.left_out += cards.problems
        self._show_left_out()
        self._show_position()

    def _show_position(self) -> None:
        name, count = Path(self.reading.file).name, len(self.readings)
        self.heading.setText(self.tr("Card {number} of {count}: {name}").format(number=self.index + 1, count=count,
                                                                                 name=name)
                             if count > 1 else self.tr("The card read from {name}").format(name=name))
        self.skip_button.setVisible(count > 1)
        self.skip_button.setText(self.tr("S&kip") if self.index + 1 < count else self.tr("S&kip and close"))

    def _show_left_out(self) -> None:
        self.problems.setText("\n".join([self.tr("Left out, as they could not be read:"),
                                        *(shown(problem) for problem in self.left_out)]))
        self.problems.setVisible(bool(self.left_out))

    def show_card(self) -> None:
        """The current card: its picture, its proposed fields, what the reading noticed, a stored look-alike."""
        reading = self.reading
        self._show_position()
        self.error.hide()
        self.notes.setText("\n".join(map(shown, reading.problems)))
        self.notes.setVisible(bool(reading.problems))
        self.add_back_button.setVisible(reading.back_image is None)
        # Every field's boxes, faintly: the reading's lines may hold the back's too, in the back's pixels.
        fields = [*reading.single_fields().values(), *reading.emails, *reading.phones]
        # A line clicked fills a field; not on a two-sided card, whose lines are the back's too, in its pixels.
        self.front.show_image(qimage_of(reading.image) if reading.image is not None else QImage(),
                              [box for read in fields if read is not None for box in read.boxes],
                              reading.lines if reading.back_image is None else [])
        self.back.setVisible(reading.back_image is not None)
        if reading.back_image is not None:
            self.back.show_image(qimage_of(reading.back_image), [])
        self.form = ReviewForm(reading, self.region)
        self.form.focused.connect(self.front.highlight)
        self.scroll.setWidget(self.form)
        card, _problems = self.form.card()
        self._offer_merge(self._duplicates(card) if card.display_name else [])
        self.form.rows["name"].edit.setFocus()

    def _on_line_clicked(self, line: TextLine) -> None:
        assert self.form is not None
        self.form.take_line(line)
        self.front.highlight((line.box,))

    def _on_add_back(self) -> None:
        from desktop.ui.cards.card_reader import PHOTO_FILTER

        path, _ = QFileDialog.getOpenFileName(self, self.tr("The back of the card"),
                                              str(Path(self.reading.file).parent),
                                              PHOTO_FILTER)
        if path:
            self.read_back(Path(path))

    def read_back(self, back: Path) -> None:
        """Read the current card again with its back, in the background, and show what both sides give."""
        front, index = Path(self.reading.file), self.index

        def read(workspace: Workspace, progress: Progress) -> CardReading:
            from desktop.operations.card_scans import read_card_file

            return read_card_file(workspace, front, back=back)

        def done(reading: CardReading) -> None:
            self.add_back_button.setEnabled(True)
            if self.index == index and self.isVisible():
                self.readings[index] = reading
                self.show_card()

        def failed(error: Exception) -> None:
            self.add_back_button.setEnabled(True)
            if not isinstance(error, CardImageProblem):
                return  # cancelled: the card stays as it was
            self.error.setText(shown_error(error))
            self.error.show()

        self.add_back_button.setEnabled(False)
        self.context.runner.run(self.tr("Reading the back of the card"), read, done, failed,
                                expected=(CardImageProblem,), host=self.outer)

    def _offer_merge(self, duplicates: list[ops.Duplicate]) -> None:
        for button in self.merge_buttons:
            button.deleteLater()
        self.merge_buttons = []
        self.shown_duplicates = [d.contact_id for d in duplicates]
        self.duplicate_panel.setVisible(bool(duplicates))
        if not duplicates:
            return
        self.duplicate_text.setText(self.tr("This may be a card you already have.\n") + "\n".join(
            f"{d.name}: {shown(d.reason)}" for d in duplicates[:3]))
        for duplicate in duplicates[:3]:
            button = QPushButton(self.tr("Merge with {name}").format(name=duplicate.name))
            button.setAccessibleDescription(self.tr(
                "Add what this card adds to the stored contact; where values differ, you choose field by field"))
            button.clicked.connect(lambda _=False, d=duplicate.contact_id: self.merge(d))
            self.merge_buttons.append(button)
            self.merge_row.insertWidget(len(self.merge_buttons) - 1, button)

    def _checked_card(self) -> ContactCard | None:
        """The form as a card, or None after saying what must be corrected first."""
        assert self.form is not None
        card, problems = self.form.card()
        if problems:
            self.error.setText(self.tr("Cannot save yet. ") + " ".join(reason for reason, _ in problems))
            self.error.show()
            problems[0][1].edit.setFocus()
            return None
        self.error.hide()
        return card

    def save(self) -> None:
        """Save the card as a new contact; a card that now looks like a stored one is first offered to merge."""
        from desktop.operations.card_scans import save_reading

        card = self._checked_card()
        if card is None:
            return
        duplicates = self._duplicates(card)
        if [d.contact_id for d in duplicates] != self.shown_duplicates:
            self._offer_merge(duplicates)  # the edits made it look like another card: shown before saving
            return
        try:
            contact_id = self.context.do(save_reading, self.reading, card,
                                         name_checked=self.form.name_checked.isChecked()).id
        except CardImageProblem as problem:  # the photo went missing since it was read: nothing was saved
            self.error.setText(self.tr("Not saved: {problem}").format(problem=problem))
            self.error.show()
            return
        self.saved.append(contact_id)
        self.known.append((contact_id, card))  # the same person twice in a batch is offered for merge
        self.next_card()

    def merge(self, contact_id: int) -> None:
        """Add what the card adds to a stored contact; where both hold different values, the merge review asks."""
        from desktop.operations.transfer_types import CardDifferences
        from desktop.ui.cards.merge_review import MergeReviewDialog

        card = self._checked_card()
        if card is None:
            return
        if self.reading.image is not None:
            card.photo, card.photo_type = jpeg_photo(self.reading.image)
        workspace = self.context.workspace
        mine = ops.get_contact(workspace, contact_id)
        # What the stored card lacks (an empty field, a new number); the tick, when the user gave it here.
        self.context.do(ops.merge_into, contact_id, card, name_checked=self.form.name_checked.isChecked())
        self.saved.append(contact_id)
        self._know(contact_id)
        differences = merge_card(mine, card, self.region).differences
        if not differences:
            self.next_card()
            return
        merged = ops.get_contact(workspace, contact_id)
        dialog = MergeReviewDialog([CardDifferences(contact_id, mine, merged, card, tuple(differences),
                                                    Path(self.reading.file).name)], self)
        dialog.applied.connect(self._on_choices)
        dialog.finished.connect(lambda _result: self.next_card())
        open_once(dialog)

    def _on_choices(self, decisions: list[Decision]) -> None:
        from desktop.operations.merge_review import apply_choices

        self.context.do(apply_choices, decisions)
        for difference, _choices in decisions:
            self._know(difference.contact_id)

    def _duplicates(self, card: ContactCard) -> list[ops.Duplicate]:
        return ops.duplicates_among(card, self.known, self.region)

    def _know(self, contact_id: int) -> None:
        """Keep a stored card as it now is, for the cards after it."""
        card = ops.get_contact(self.context.workspace, contact_id)
        self.known = [(cid, card if cid == contact_id else c) for cid, c in self.known]
