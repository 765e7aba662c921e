"""The app's combo box: a value too long for it ends in "…" and is read whole in its tooltip and in its list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent, QPaintEvent, QPalette, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText is QtGui's
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QToolTip

from desktop.ui.plain import plain_tooltip
from desktop.ui.row_table import CELL_PADDING

ICON_GAP = 4  # pixels between a value's icon and its text, as Qt's styles leave


class ComboBox(QComboBox):
    """A QComboBox whose chosen value, when the box is narrower than it, ends in "…" instead of being cut off,
    with the whole value in the tooltip (above the box's own tooltip, if it has one) and in the list, which opens
    at least as wide as its longest entry, within the screen. Every combo box of the window is one."""

    _list_watched = False  # whether the list's entries cut short by the screen's edge tell their whole text

    def shown_text(self) -> str:
        """The text the box shows: the value, or its placeholder, elided to the room the box has."""
        option = self._option()
        return option.currentText

    def is_elided(self) -> bool:
        return self.shown_text() != self._whole_text()

    def _whole_text(self) -> str:
        return self.currentText() if self.currentIndex() >= 0 or not self.placeholderText() else self.placeholderText()

    def _option(self) -> QStyleOptionComboBox:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        if self.currentIndex() < 0 and self.placeholderText():
            option.palette.setBrush(QPalette.ColorRole.ButtonText, option.palette.placeholderText())
            option.currentText = self.placeholderText()
        if not self.isEditable():  # an editable box shows its value in its line edit, which scrolls
            room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                               QStyle.SubControl.SC_ComboBoxEditField, self).width() - 2
            if not option.currentIcon.isNull():
                room -= option.iconSize.width() + ICON_GAP
            option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight,
                                                               max(room, 0))
        return option

    def paintEvent(self, event: QPaintEvent) -> None:
        """QComboBox's own painting, with the value elided."""
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        option = self._option()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.is_elided():
            QToolTip.showText(event.globalPos(), _whole_and(self._whole_text(), self.toolTip()), self)
            return True
        return super().event(event)

    def showPopup(self) -> None:
        """The list as wide as its longest entry (Qt measures the texts, not the entries as its list draws them,
        with their padding), within the screen; an entry wider than the screen is read whole in its tooltip."""
        view = self.view()
        screen = self.screen().availableGeometry()
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 2 * view.frameWidth()
                                 + view.verticalScrollBar().sizeHint().width(), screen.width()))
        if not self._list_watched:
            view.viewport().installEventFilter(self)
            self._list_watched = True
        super().showPopup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.view()
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and watched is view.viewport():
            index = view.indexAt(event.pos())
            text = str(index.data() or "") if index.isValid() else ""
            place = view.visualRect(index)
            if text and view.fontMetrics().horizontalAdvance(text) + CELL_PADDING > place.width():
                own = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
                QToolTip.showText(event.globalPos(), _whole_and(text, own), view.viewport(), place)
                return True
        return super().eventFilter(watched, event)


def _whole_and(whole: str, tooltip: str) -> str:
    """A tooltip with a value cut short written whole, above the tooltip it has of its own (what the box is for)."""
    if GuiQt.mightBeRichText(tooltip):
        tooltip = QTextDocumentFragment.fromHtml(tooltip).toPlainText()
    return plain_tooltip(f"{whole}\n\n{tooltip}" if tooltip and tooltip != whole else whole)
