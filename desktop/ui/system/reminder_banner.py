"""Reminders inside the window, for desktops without a tray: a banner at the top of the Today page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.reminders import Reminder
from desktop.ui.i18n import shown
from desktop.ui.style import set_banner


class ReminderBanner(QFrame):
    """The latest reminder with Open and Dismiss; earlier unseen ones are counted beside it."""

    open_reminder = Signal(object)  # Reminder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="reminderBanner")
        set_banner(self, "warning")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        self.text = QLabel(wordWrap=True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # titles carry names typed by the user
        self.open_button = QPushButton(self.tr("Open"), objectName="primary")
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.dismiss_button)
        self.reminders: list[Reminder] = []
        self.open_button.clicked.connect(self._on_open)
        self.dismiss_button.clicked.connect(self._on_dismiss)
        self.hide()

    def add(self, reminders: list[Reminder]) -> None:
        self.reminders.extend(reminders)
        self._show_latest()

    def note(self, text: str) -> None:
        """A one-off message with no reminder behind it (such as 'no tray on this desktop')."""
        self.text.setText(text)
        self.open_button.hide()
        self.show()

    def _show_latest(self) -> None:
        if not self.reminders:
            self.hide()
            return
        latest = self.reminders[-1]
        more = "   " + self.tr("(+%n more)", "", len(self.reminders) - 1) if len(self.reminders) > 1 else ""
        self.text.setText(f"{shown(latest.title)}\n{shown(latest.body)}{more}")
        self.open_button.show()
        self.show()

    def _on_open(self) -> None:
        if self.reminders:
            self.open_reminder.emit(self.reminders.pop())
        self._show_latest()

    def _on_dismiss(self) -> None:
        if self.reminders:
            self.reminders.pop()
        self._show_latest()
