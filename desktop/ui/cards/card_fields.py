"""Editors for the card dialog: labelled email or phone rows that check themselves as the user types."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from desktop.core.cards import LabelledValue
from desktop.core.contact_rules import FieldCheck, check_email, check_phone, format_phone
from desktop.ui.cards.value_labels import LABELS, shown_label, stored_label
from desktop.ui.combo_box import ComboBox
from desktop.ui.i18n import shown
from desktop.ui.style import set_tone


class ValueRow(QWidget):
    """One labelled value: label choice, the value, a remove button and, below, why the value is wrong."""

    remove_requested = Signal(QWidget)

    def __init__(self, kind: str, check: Callable[[str], FieldCheck], display: Callable[[str], str]) -> None:
        super().__init__()
        self._check, self._display = check, display
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        self.label = ComboBox()
        self.label.setEditable(True)  # labels are free text; the list offers the usual ones
        self.label.addItems([shown_label(label) for label in LABELS[kind]])
        self.label.setFixedWidth(96)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("name@company.com" if kind == "email" else "+1 206 555 0142")
        removes = self.tr("Remove this email") if kind == "email" else self.tr("Remove this phone")
        # A screen reader says the name, not "multiplication sign".
        self.remove = QToolButton(text="✕", toolTip=removes, accessibleName=removes)
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        row.addWidget(self.remove)
        column.addLayout(row)
        self.error = QLabel("", wordWrap=True)
        set_tone(self.error, "error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        column.addWidget(self.error)
        self.edit.textChanged.connect(self._on_text)
        self.edit.editingFinished.connect(self._on_finished)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def set_value(self, value: LabelledValue) -> None:
        label = shown_label(value.label)
        if self.label.findText(label) < 0:
            self.label.addItem(label)
        self.label.setCurrentText(label)
        checked = self._check(value.value) if value.value.strip() else None
        self.edit.setText(self._display(checked.normalized) if checked and checked.ok and not checked.warning
                          else value.value)

    def verdict(self) -> FieldCheck | None:
        """None for a blank row, which is simply left out."""
        return self._check(self.edit.text()) if self.edit.text().strip() else None

    def _on_text(self) -> None:
        """Why the value cannot be saved (in the error colour), or why it is saved as written (a warning)."""
        verdict = self.verdict()
        refused = verdict is not None and not verdict.ok
        self.error.setText(shown(verdict.reason if refused else verdict.warning) if verdict else "")
        set_tone(self.error, "error" if refused else "warning")
        self.error.setVisible(bool(self.error.text()))

    def _on_finished(self) -> None:
        verdict = self.verdict()
        if verdict and verdict.ok and not verdict.warning:
            self.edit.setText(self._display(verdict.normalized))  # phones read formatted once typed


class ValueRows(QWidget):
    """Several emails or phones, with 'Add' and a remove button per row."""

    def __init__(self, kind: str, region: str) -> None:
        super().__init__()
        self.kind = kind
        if kind == "email":
            self._check: Callable[[str], FieldCheck] = check_email
            self._display: Callable[[str], str] = str
        else:
            self._check = lambda text: check_phone(text, region)
            self._display = lambda e164: format_phone(e164, region)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(4)
        layout.addLayout(self._rows_layout)
        self.add_button = QPushButton(self.tr("Add email") if kind == "email" else self.tr("Add phone"))
        self.add_button.clicked.connect(lambda: self.add_row().edit.setFocus())
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.rows: list[ValueRow] = []

    def add_row(self, value: LabelledValue | None = None) -> ValueRow:
        row = ValueRow(self.kind, self._check, self._display)
        if value is not None:
            row.set_value(value)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        return row

    def set_values(self, values: list[LabelledValue]) -> None:
        for row in list(self.rows):
            self._remove(row)
        for value in values:
            self.add_row(value)
        if not self.rows:
            self.add_row()

    def add_new(self, values: list[LabelledValue]) -> int:
        """Add the values not already present (blank rows are filled first); returns how many were added."""
        known = {v.normalized for row in self.rows if (v := row.verdict()) and v.ok}
        known |= {row.edit.text().strip() for row in self.rows}
        added = 0
        for value in values:
            verdict = self._check(value.value)
            if value.value.strip() in known or (verdict.ok and verdict.normalized in known):
                continue
            blank = next((row for row in self.rows if not row.edit.text().strip()), None)
            (blank or self.add_row()).set_value(value)
            known.add(verdict.normalized)
            added += 1
        return added

    def values(self) -> list[LabelledValue]:
        """The valid values, normalized (E.164 for phones); call `problems` first."""
        return [LabelledValue(v.normalized, stored_label(row.label.currentText()) or "work")
                for row in self.rows if (v := row.verdict()) and v.ok]

    def problems(self, name: str) -> list[tuple[str, QLineEdit]]:
        """('Email 2: reason', its field) for each row that holds a wrong value."""
        return [(f"{name} {n}: {shown(v.reason)}", row.edit)
                for n, row in enumerate(self.rows, start=1) if (v := row.verdict()) and not v.ok]

    def _remove(self, row: QWidget) -> None:
        assert isinstance(row, ValueRow)
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
