"""The calm message a page shows when it has nothing yet, saying what to do next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """`icon` names an icon in desktop.ui.icons.NAMES, drawn when the message is first shown (its font is read late)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None, icon: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self._icon_name = icon
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.icon_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        # Wrapped: a long German title on one line made its page (shown or not) scroll sideways at 200 %.
        self.title = QLabel(title, alignment=Qt.AlignmentFlag.AlignCenter, objectName="emptyTitle", wordWrap=True)
        self.text = QLabel(text, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True, objectName="emptyText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setFixedWidth(460)
        for widget in (self.icon_label, self.title):
            layout.addWidget(widget)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        self.buttons = QVBoxLayout()
        self.buttons.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(self.buttons)
        layout.addStretch(3)

    def showEvent(self, event: QShowEvent) -> None:
        if self._icon_name and self.icon_label.pixmap().isNull():
            self._draw_icon()
        # Layouts do not ask a wrapped label for its height at a fixed width; reserve it once styled.
        self.text.ensurePolished()
        self.text.setMinimumHeight(self.text.heightForWidth(self.text.width()))
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._icon_name and not self.icon_label.pixmap().isNull():
            self._draw_icon()  # light and dark schemes draw the icon in their own colour
        super().changeEvent(event)

    def _draw_icon(self) -> None:
        from desktop.ui.colours import ORNAMENT
        from desktop.ui.icons import icon

        self.set_icon(icon(self._icon_name, ORNAMENT))

    def add_button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumWidth(220)
        self.buttons.addWidget(button)
        return button

    def set_icon(self, icon: QIcon) -> None:
        self.icon_label.setPixmap(icon.pixmap(56, 56))
