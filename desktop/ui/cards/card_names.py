"""The card dialog's name parts: given and family names, family name first, and the greeting the notes will use."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton

from desktop.core.person_names import propose_greeting, reads_family_first, split_name
from desktop.ui.combo_box import ComboBox
from desktop.ui.i18n import texts
from desktop.ui.style import set_tone

# Offered to greet by title and family name ("Ms. Tanaka"): no honorific can be read from a name alone. English,
# as the notes' own text is.
HONORIFICS = ("Ms.", "Mr.", "Mx.", "Dr.", "Prof.")


def greeting_line(greeting: str) -> str:
    """How the card dialog and the Contacts page show the greeting the notes use."""
    if greeting:
        return texts.tr("Notes will greet: Dear {greeting},").format(greeting=greeting)
    return texts.tr("Notes will greet the person by the name typed above.")


class CardNames(QObject):
    """Keeps the split and the greeting in step with the typed name, and shows every change it proposes.

    Given and family names follow the full name until the user edits them (or the stored split is not the one
    the name reads as): from then on a different reading is only offered, beside a button to take it. An empty
    greeting means the proposed one, shown as the field's placeholder and in "Notes will greet: Dear …,".
    """

    def __init__(self, form: QFormLayout, full_name: QLineEdit, given: QLineEdit, family: QLineEdit,
                 greet_as: QLineEdit) -> None:
        super().__init__(form.parentWidget())
        self.full_name, self.given, self.family, self.greet_as = full_name, given, family, greet_as
        self.follows = True
        given.setPlaceholderText(self.tr("Given name"))
        family.setPlaceholderText(self.tr("Family name"))
        for part in (given, family):
            part.setToolTip(part.placeholderText())  # the hint, whole, where a narrow dialog cuts it short
        self.family_first = QCheckBox(self.tr("Family name first"), toolTip=self.tr(
            "Tick for names written family name first, such as Tanaka Hiroshi or Nguyễn Văn An"))
        parts = QHBoxLayout()
        parts.addWidget(given, 1)
        parts.addWidget(family, 1)
        parts.addWidget(self.family_first)
        form.addRow(self.tr("Given / family"), parts)

        # A word-wrapped label as a row of its own: inside a row's layout the form gives it one line's height.
        self.form = form
        self.suggestion = QLabel(wordWrap=True, objectName="nameSuggestion")
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.suggestion)
        self.use_suggestion = QPushButton(self.tr("Use this split"))
        self.use_row = QHBoxLayout()
        self.use_row.addWidget(self.use_suggestion)
        self.use_row.addStretch(1)
        form.addRow("", self.use_row)

        greet_as.setMaxLength(100)
        greet_as.setToolTip(self.tr("How the thank-you notes address this person, e.g. a nickname such as Bob. Leave "
                                    "empty to use the greeting proposed from the name."))
        self.honorific = ComboBox(toolTip=self.tr("Greet by a title and the family name instead"))
        greet_by_name = self.tr("Greet by name")
        self.honorific.addItems([greet_by_name, *HONORIFICS])
        # Its items name the family name, which can be long: the list widens when open, the box stays put.
        self.honorific.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.honorific.setMinimumContentsLength(len(greet_by_name))
        greet_row = QHBoxLayout()
        greet_row.addWidget(greet_as, 1)
        greet_row.addWidget(self.honorific)
        form.addRow(self.tr("Greet as"), greet_row)
        self.greeting = QLabel(wordWrap=True, objectName="greetingPreview")
        self.greeting.setTextFormat(Qt.TextFormat.PlainText)
        self.greeting.setStyleSheet("font-style: italic;")
        set_tone(self.greeting, "soft")
        form.addRow("", self.greeting)

        full_name.textChanged.connect(self._on_name_changed)
        for part in (given, family):
            part.textEdited.connect(self._on_parts_edited)
            part.textChanged.connect(self.refresh)
        greet_as.textChanged.connect(self.refresh)
        self.family_first.toggled.connect(self._on_family_first)
        self.honorific.activated.connect(self._on_honorific)
        self.use_suggestion.clicked.connect(self._on_use_suggestion)
        self.refresh()

    def loaded(self, family_first: bool) -> None:
        """After a stored card was put in the fields: its split is kept as it is, and follows the name only
        when it is the split the name reads as."""
        with QSignalBlocker(self.family_first):
            self.family_first.setChecked(family_first)
        self.follows = self._reading() == self._parts()
        self.refresh()

    def _reading(self) -> tuple[str, str]:
        # The box decides, ticked or not: the card's capitals only tick it as the name is typed.
        return split_name(self.full_name.text(), self.family_first.isChecked())

    def _parts(self) -> tuple[str, str]:
        return self.given.text().strip(), self.family.text().strip()

    def _resplit(self) -> None:
        given, family = self._reading()
        self.given.setText(given)
        self.family.setText(family)

    def _on_name_changed(self, text: str) -> None:
        if self.follows:
            if reads_family_first(text) and not self.family_first.isChecked():
                with QSignalBlocker(self.family_first):
                    self.family_first.setChecked(True)  # the card prints the family name in capitals, first
            self._resplit()
        self.refresh()

    def _on_parts_edited(self) -> None:
        self.follows = False

    def _on_family_first(self) -> None:
        if self.follows:
            self._resplit()
        self.refresh()

    def _on_use_suggestion(self) -> None:
        self.follows = True
        self._resplit()

    def _on_honorific(self, index: int) -> None:
        if index == 0:
            self.greet_as.clear()
        else:
            self.greet_as.setText(self.proposal(HONORIFICS[index - 1]))
        with QSignalBlocker(self.honorific):
            self.honorific.setCurrentIndex(0)  # a choice that filled the field, not a setting of its own

    def proposal(self, honorific: str = "") -> str:
        """The greeting proposed from the name as the fields now hold it."""
        given, family = self._parts()
        return propose_greeting(self.full_name.text(), given, family, self.family_first.isChecked(), honorific)

    def shown_greeting(self) -> str:
        """The greeting the notes will use: the one typed, else the proposal."""
        return self.greet_as.text().strip() or self.proposal()

    def refresh(self) -> None:
        proposal, family = self.proposal(), self._parts()[1]
        for i, honorific in enumerate(HONORIFICS, start=1):
            self.honorific.setItemText(i, f"{honorific} {family}" if family else honorific)
        self.greet_as.setPlaceholderText(proposal or self.tr("How the notes greet this person"))
        shown = self.shown_greeting()
        self.greeting.setText(greeting_line(shown))
        reading = self._reading()
        differs = bool(self.full_name.text().strip()) and not self.follows and reading != self._parts()
        self.suggestion.setText(self.tr("The name reads as given “{given}”, family “{family}”.").format(
            given=reading[0], family=reading[1]) if differs else "")
        self.form.setRowVisible(self.suggestion, differs)
        self.form.setRowVisible(self.use_row, differs)
