"""Picking the day and time a note goes out, on the user's own clock, with what the timing rules say about it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.deadlines import at_local
from desktop.ui.date_fields import DateField, TimeField
from desktop.ui.dates import written_as_the_window
from desktop.ui.keyboard import dialog_ready, make_primary
from desktop.ui.style import set_tone


class SendTimeDialog(QDialog):
    """Separate date and time fields (not one QDateTimeEdit, which would read them in the system's zone)."""

    chosen = Signal(object)  # the aware datetime picked, in the user's zone

    def __init__(self, zone: ZoneInfo, start: datetime, judge: Callable[[datetime], list[str]], what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone, self.judge = zone, judge
        self.setWindowTitle(self.tr("Send later"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("When should {what} go out? Afterview sends it then, while it runs (in the tray is "
                               "enough).").format(what=what))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        local = start.astimezone(zone)
        self.date = written_as_the_window(DateField(QDate(local.year, local.month, local.day), calendarPopup=True))
        self.time = written_as_the_window(TimeField(QTime(local.hour, local.minute)))
        form = QFormLayout()
        form.addRow(self.tr("Day"), self.date)
        form.addRow(self.tr("Time ({key})").format(key=zone.key), self.time)
        layout.addLayout(form)
        self.warnings = QLabel(objectName="sendTimeWarnings")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setWordWrap(True)
        set_tone(self.warnings, "warning")
        layout.addWidget(self.warnings)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        make_primary(self.buttons.button(QDialogButtonBox.StandardButton.Ok)).setText(self.tr("Schedule"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.date.dateChanged.connect(self._on_changed)
        self.time.timeChanged.connect(self._on_changed)
        self.setMinimumWidth(420)
        self._on_changed()
        dialog_ready(self)

    def moment(self) -> datetime:
        """The day and time shown, as a moment on the user's clock (a time skipped by DST moves on)."""
        return at_local(self.date.date().toPython(), self.time.time().toPython(), self.zone)

    def _on_changed(self, *_: object) -> None:
        self.warnings.setText("\n\n".join(self.judge(self.moment())))

    def accept(self) -> None:
        self.chosen.emit(self.moment())
        super().accept()
