"""The Settings dialog, built from the declared settings: one tab per section, one field per setting."""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QStringListModel, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.settings import SettingInfo, Settings, SettingsError, describe, from_plain, to_plain
from desktop.operations import mail_password
from desktop.ui.combo_box import ComboBox
from desktop.ui.date_fields import TimeField
from desktop.ui.dates import written_as_the_window
from desktop.ui.i18n import shown, shown_error
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.screen_fit import scrolling
from desktop.ui.style import set_tone


class _WeekdayPicker(QWidget):
    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        # Monday first, as the setting numbers them; each day's short name in the window's language.
        self.boxes = [QCheckBox(QLocale().dayName(day, QLocale.FormatType.ShortFormat)) for day in range(1, 8)]
        for box in self.boxes:
            row.addWidget(box)

    def set_value(self, days: list[int]) -> None:
        for number, box in enumerate(self.boxes):
            box.setChecked(number in days)

    def value(self) -> list[int]:
        return [n for n, box in enumerate(self.boxes) if box.isChecked()]


class FolderPicker(QWidget):
    """A folder typed or chosen, with a way back to none: Settings → Calendar's folder for the calendar file."""

    def __init__(self, folder: str, empty: str) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit(folder, placeholderText=empty)
        self.field.setClearButtonEnabled(True)  # clearing it stops keeping the file
        # The placeholder says what happens now ("no calendar file is kept"): read whole, beside the clear button.
        self.field.setMinimumWidth(self.field.fontMetrics().horizontalAdvance(empty) + 48)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(self._on_choose)
        row.addWidget(self.field, 1)
        row.addWidget(self.choose)

    def _on_choose(self) -> None:
        start = self.field.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Keep the calendar file in"), start)
        if chosen:
            self.field.setText(chosen)

    def value(self) -> str:
        return self.field.text().strip()


class ForgetPassword(QWidget):
    """Settings → Mail: forget the SMTP password kept in the keyring; the next send asks for it again."""

    def __init__(self, user: str, host: str) -> None:
        super().__init__()
        self.user, self.host = user.strip(), host.strip()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("Forget the saved password"))
        self.button.setEnabled(bool(self.user and self.host))
        self.button.setToolTip(self.tr("Remove the password for {user} on {host} from the system keyring").format(
            user=self.user, host=self.host)
                               if self.button.isEnabled() else self.tr("No mail account is saved yet"))
        self.button.clicked.connect(self._on_forget)
        self.result = QLabel("", wordWrap=True, objectName="forgetResult")
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.result)

    def _on_forget(self) -> None:
        try:
            forgot = mail_password.forget_password(self.user, self.host)
        except mail_password.SecretsError as error:
            self.result.setText(shown_error(error))
            return
        self.result.setText(self.tr("The password for {user} on {host} is forgotten; Afterview asks for it when you "
                                    "next send.").format(user=self.user, host=self.host) if forgot else
                            self.tr("No password was saved for {user} on {host}; there was nothing to forget.").format(
                                user=self.user, host=self.host))


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, backups: QWidget | None = None,
                 calendar_file: str = "", sync: QWidget | None = None) -> None:
        """`backups`, when given, is shown on the Backups tab below its settings (the list and its buttons);
        `calendar_file` is what became of the calendar file last, shown on the Calendar tab; `sync`, the account
        and its state, on the Sync tab."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(700)
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        # Eleven sections make a row of tabs that scrolls, in German even at 100 %: they are listed beside the
        # pages instead, and the tabs' own row is hidden (Ctrl+Tab still turns the pages).
        self.tabs = QTabWidget()
        self.tabs.tabBar().hide()
        self.sections = QListView(objectName="sections")
        self.sections.setAccessibleName(self.tr("Sections"))
        row = QHBoxLayout()
        row.addWidget(self.sections)
        row.addWidget(self.tabs, 1)
        layout.addLayout(row, 1)
        forms: dict[str, QFormLayout] = {}
        values = to_plain(settings)
        for info in describe():
            if info.section not in forms:
                page = QWidget()
                forms[info.section] = QFormLayout(page)
                # Each label above its field: beside it, a long label (German ones are) squeezed field and hint,
                # and a short one beside a wrapped one left its field a sliver at 200 %.
                forms[info.section].setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
                self.tabs.addTab(scrolling(page), shown(info.section))
            editor = self._editor(info, getattr(settings, info.name))
            editor.setToolTip(shown(info.doc))
            self.editors[info.name] = editor
            hint = QLabel(shown(info.doc), wordWrap=True, objectName="settingHint")
            set_tone(hint, "hint")
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 6)
            column.addWidget(editor)
            column.addWidget(hint)
            forms[info.section].addRow(shown(info.label), holder)
        if backups is not None:
            forms["Backups"].addRow(backups)
        if sync is not None:
            forms["Sync"].addRow(sync)
        self.forget_password = ForgetPassword(settings.smtp_user, settings.smtp_host)
        forms["Mail"].addRow(self.forget_password)
        self.calendar_file = QLabel(calendar_file, wordWrap=True, objectName="calendarFileState")
        self.calendar_file.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name may hold '<'
        forms["Calendar"].addRow(self.calendar_file)
        self._list_sections()
        self._original = values
        self.error = QLabel("", objectName="error", wordWrap=True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # a wrong value is quoted as typed
        set_tone(self.error, "error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.result_settings: Settings | None = None
        dialog_ready(self, save=make_primary(buttons.button(QDialogButtonBox.StandardButton.Save)))

    def _list_sections(self) -> None:
        model = QStringListModel([self.tabs.tabText(n) for n in range(self.tabs.count())], self)
        self.sections.setModel(model)
        self.sections.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.sections.ensurePolished()  # the style sheet's font, before measuring the longest name
        # Room for the scroll bar too: on a small screen at 200 % the eleven names do not fit in the height.
        room = 2 * self.sections.frameWidth() + self.sections.verticalScrollBar().sizeHint().width() + 4
        self.sections.setFixedWidth(self.sections.sizeHintForColumn(0) + room)
        self.sections.selectionModel().currentChanged.connect(lambda current, _: self.tabs.setCurrentIndex(
            current.row()))
        self.tabs.currentChanged.connect(lambda n: self.sections.setCurrentIndex(model.index(n)))
        self.sections.setCurrentIndex(model.index(self.tabs.currentIndex()))

    def _editor(self, info: SettingInfo, value: Any) -> QWidget:
        if info.kind is bool:
            box = QCheckBox()
            box.setChecked(value)
            return box
        if info.kind is int:
            spin = QSpinBox()
            spin.setRange(int(info.minimum or 0), int(info.maximum or 100000))
            spin.setValue(value)
            return spin
        if info.kind is float:
            number = QDoubleSpinBox()
            number.setRange(info.minimum or 0.0, info.maximum or 1.0)
            number.setSingleStep(0.01)
            number.setValue(value)
            return number
        if info.kind is time:
            return written_as_the_window(TimeField(QTime(value.hour, value.minute)))
        if info.name == "calendar_folder":
            return FolderPicker(value, self.tr("No calendar file is kept"))
        if info.name == "working_days":
            picker = _WeekdayPicker()
            picker.set_value(value)
            return picker
        if info.kind is list:
            return QLineEdit(", ".join(str(v) for v in value))
        if "\n" in info.default:  # a text of several lines, like the call guide
            text = QPlainTextEdit(value)
            text.setFixedHeight(120)
            return text
        if info.choices:
            combo = ComboBox()
            labels = info.choice_labels or {}
            for choice in info.choices:
                combo.addItem(shown(labels.get(choice, choice)), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        return QLineEdit(value)

    def _tab_of(self, name: str) -> QWidget:
        """The tab holding a setting's editor."""
        return next(self.tabs.widget(n) for n in range(self.tabs.count())
                    if self.tabs.widget(n).isAncestorOf(self.editors[name]))

    def _value(self, info: SettingInfo) -> Any:
        editor = self.editors[info.name]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            return editor.value()
        if isinstance(editor, QTimeEdit):
            return editor.time().toString("HH:mm")
        if isinstance(editor, _WeekdayPicker | FolderPicker):
            return editor.value()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip()
        text = editor.text().strip()  # type: ignore[attr-defined]
        if info.kind is list:
            try:
                return [int(part) for part in text.replace(";", ",").split(",") if part.strip()]
            except ValueError:
                return text  # from_plain names the setting and the problem
        return text

    def accept(self) -> None:
        try:
            self.result_settings = from_plain({info.name: self._value(info) for info in describe()})
        except SettingsError as error:
            self.error.setText(shown_error(error))
            return
        if not self.result_settings.working_days:
            self.error.setText(self.tr("Choose at least one working day."))
            return
        folder = self.result_settings.calendar_folder
        if folder and not Path(folder).expanduser().is_dir():
            self.tabs.setCurrentWidget(self._tab_of("calendar_folder"))
            self.error.setText(self.tr("Calendar: there is no folder {folder}. Choose one that exists, or leave the "
                                       "field empty to keep no calendar file.").format(folder=folder))
            return
        super().accept()
