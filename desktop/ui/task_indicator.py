"""A running task as the user sees it: what it is doing, a progress bar and Cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.ui.dates import number
from desktop.ui.i18n import shown_label

if TYPE_CHECKING:
    from desktop.ui.runner import Task


class TaskIndicator(QWidget):
    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(task.title, textFormat=Qt.TextFormat.PlainText)  # a file name may hold '<'
        self.bar = QProgressBar(fixedWidth=160, textVisible=False)  # the count is in the label: room to read it
        self.bar.setRange(0, 0)  # busy until the operation says how much there is
        self.cancel_button = QPushButton(self.tr("Cancel"), visible=task.cancellable)
        for widget in (self.label, self.bar, self.cancel_button):
            row.addWidget(widget)
        self._on_progress(*task.latest)
        task.reported.connect(self._on_progress)
        self.cancel_button.clicked.connect(self._on_cancel)

    def _on_progress(self, done: int, total: int, what: str) -> None:
        if self.task.cancel_requested:
            return
        what = shown_label(what)  # a step the operations named (a file's name stays as it is)
        text = self.task.title + (f" ({what})" if what and what not in self.task.title else "")
        self.label.setText(self.tr("{task}: {done} of {total} done").format(
            task=text, done=number(done), total=number(total))
                           if total else text)
        self.bar.setRange(0, total)  # 0 to 0: busy, no steps told
        self.bar.setValue(done)

    def _on_cancel(self) -> None:
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("{title}: cancelling…").format(title=self.task.title))
