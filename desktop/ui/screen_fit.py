"""Windows and dialogs never larger than the screen they open on, whatever its size and scale, and pages that
follow the window's width: two panes stacked and rows of buttons wrapped where side by side they would not fit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"


def fit_to_screen(window: QWidget) -> None:
    """Never larger than the screen's free area: a size saved at another scale or on a larger monitor, or the
    designed minimum on a small screen at 150 or 200 %, would otherwise put the buttons out of reach."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    room = area.size() - (frame.size() - window.size())  # the title bar and borders take their share
    window.setMinimumSize(window.minimumSize().boundedTo(room))
    if area.contains(frame):
        return
    window.resize(window.size().boundedTo(room))
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() - frame.width() + 1)
    y = min(max(frame.y(), area.top()), area.bottom() - frame.height() + 1)
    window.move(x, y)


class _KeepOnScreen(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._sized = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            if not self._sized:  # the first time only: a size the user gave it later stays
                self._sized = True
                # Qt opens a window at most two thirds of the screen high; a dialog that scrolls rather than
                # squeezing would open scrolling at 100 % on a 1366 × 768 screen with room to spare below it.
                watched.resize(watched.size().expandedTo(watched.sizeHint()))
            fit_to_screen(watched)
        return False


def keep_on_screen(window: QWidget) -> None:
    """Fit `window` to its screen each time it shows: a dialog designed at 860 × 700 on a 1366 × 768 screen at
    200 % would otherwise put its buttons out of reach."""
    window.installEventFilter(_KeepOnScreen(window))


class _FittingScrollArea(QScrollArea):
    """Asks for the whole size of what it holds, so a dialog opens as large as without it; it scrolls only when
    the screen is too small for that."""

    def sizeHint(self) -> QSize:
        held = self.widget()
        if held is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        # Room for the vertical scroll bar a screen too short brings, which would otherwise bring a horizontal one.
        bar = self.verticalScrollBar().sizeHint().width()
        return held.sizeHint().expandedTo(held.minimumSizeHint()) + QSize(frame + bar, frame)


def scrolling(body: QWidget) -> QScrollArea:
    """`body` in a frameless scroll area: on a small screen at 150 or 200 % (1366 × 768 at 200 % leaves
    683 × 384) it scrolls, where squeezed below its size its rows would overlap and its texts be cut."""
    area = _FittingScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take the keyboard, not the area
    area.setWidget(body)
    return area


def scrolling_column(outer: QBoxLayout) -> QVBoxLayout:
    """A column added to `outer` inside `scrolling`: a dialog's body, whose buttons stay below it in `outer`."""
    body = QWidget()
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scrolling(body), 1)
    return column


def _least(widget: QWidget) -> QSize:
    """The size a layout would give `widget` at the least: its explicit minimum, else its minimum hint."""
    hint = widget.minimumSizeHint()
    least = widget.minimumSize()
    return QSize(least.width() or hint.width(), least.height() or hint.height())


def _wrapped_height(widget: QWidget, width: int) -> int:
    """The height `widget` needs at `width`, its texts wrapped; 0 when that does not depend on its width."""
    return max(widget.heightForWidth(width), 0) if widget.hasHeightForWidth() else 0


class Panes(QSplitter):
    """Two panes side by side while the width holds both, else the first above the second, following the width
    live: side by side, a list and its detail at 200 % on a 1366 × 768 screen made the page scroll sideways.

    The splitter asks only for the width of its wider pane, so the page never has to scroll sideways to keep them
    side by side; stacked, it asks for the height of both, each at least its preferred height, and the page
    scrolls down instead.
    """

    def __init__(self, *panes: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self._shares: list[int] = []
        self._widest: dict[QWidget, int] = {}  # the panes' greatest widths side by side, lifted while stacked
        self._asked = QSize()  # the least size it last told the layout above
        for pane in panes:
            self.addWidget(pane)

    def share(self, *sizes: int) -> None:
        """The panes' widths side by side (stacked, each takes its preferred height)."""
        self._shares = list(sizes)
        self.setSizes(self._shares)

    def side_by_side_width(self) -> int:
        """The width below which the panes are stacked."""
        shown = self._shown()
        return sum(_least(pane).width() for pane in shown) + self.handleWidth() * (len(shown) - 1)

    def stacked(self) -> bool:
        return self.orientation() == Qt.Orientation.Vertical

    def minimumSizeHint(self) -> QSize:
        shown = self._shown()
        if not shown:
            return super().minimumSizeHint()
        width = max(_least(pane).width() for pane in shown)
        # A splitter does not ask its panes for their height at their width: a pane whose texts wrap says it here.
        if not self.stacked():
            return QSize(width, max(max(_least(pane).height(), _wrapped_height(pane, pane.width())) for pane in shown))
        heights = [self._stacked_height(pane) for pane in shown]
        return QSize(width, sum(heights) + self.handleWidth() * (len(shown) - 1))

    def _stacked_height(self, pane: QWidget) -> int:
        """Stacked, a pane's height: the one it prefers, its texts wrapped at the splitter's width."""
        return max(_least(pane).height(), pane.sizeHint().height(), _wrapped_height(pane, self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._follow(event.size().width())
        super().resizeEvent(event)
        need = self.minimumSizeHint()
        if need != self._asked:  # wrapped texts need another height at another width: the page lays out again
            self._asked = need
            self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            # A pane's content changed its needs at the same width (the day's title, a long name filled in).
            self._follow(self.width())
        return super().event(event)

    def _follow(self, width: int) -> None:
        orientation = Qt.Orientation.Vertical if width < self.side_by_side_width() else Qt.Orientation.Horizontal
        if orientation == self.orientation():
            return
        self.setOrientation(orientation)
        for pane in self._shown():
            # Stacked, a pane kept narrow beside the other (Notes' list of people) would hold both to its width.
            if orientation == Qt.Orientation.Vertical:
                self._widest[pane] = pane.maximumWidth()
                pane.setMaximumWidth(QWIDGETSIZE_MAX)
            elif pane in self._widest:
                pane.setMaximumWidth(self._widest.pop(pane))
        if orientation == Qt.Orientation.Vertical:
            # Each its preferred height: shared by width, a list of four showed one row above a tall card.
            self.setSizes([self._stacked_height(pane) for pane in self._shown()])
        elif self._shares:
            self.setSizes(self._shares)
        self.updateGeometry()  # stacked, the page grows taller and scrolls down

    def _shown(self) -> list[QWidget]:
        panes = (self.widget(number) for number in range(self.count()))
        return [pane for pane in panes if pane is not None and not pane.isHidden()]


class _FlowLayout(QLayout):
    """Its items in a line, wrapped onto more lines where the width does not hold them, aligned left or right."""

    def __init__(self, parent: QWidget, right: bool) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right = right
        self.stretching: QWidget | None = None  # takes the room its line leaves
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self.spacing() * max(len(shown) - 1, 0)
        return QSize(width, max((item.sizeHint().height() for item in shown), default=0))

    def minimumSize(self) -> QSize:
        """One item a line: as narrow as the widest item."""
        shown = self._shown()
        return QSize(max((item.minimumSize().width() for item in shown), default=0),
                     max((item.sizeHint().height() for item in shown), default=0))

    def spacing(self) -> int:
        own = super().spacing()
        return own if own >= 0 else 6

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Lay the items out in `rect` (only measure unless `place`); the height they take."""
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = min(item.sizeHint().width(), rect.width())
            if lines[-1] and used + self.spacing() + width > rect.width():
                lines.append([])
                used = 0
            used += (self.spacing() if lines[-1] else 0) + width
            lines[-1].append(item)
        y = rect.y()
        for line in lines:
            height = max((item.sizeHint().height() for item in line), default=0)
            sizes = [QSize(min(item.sizeHint().width(), rect.width()), height) for item in line]
            width = sum(size.width() for size in sizes) + self.spacing() * max(len(line) - 1, 0)
            for number, item in enumerate(line):
                if self.stretching is not None and item.widget() is self.stretching:
                    sizes[number].setWidth(sizes[number].width() + rect.width() - width)
                    width = rect.width()
            x = rect.right() + 1 - width if self._right else rect.x()
            for item, size in zip(line, sizes, strict=True):
                if place:
                    item.setGeometry(QRect(QPoint(x, y), size))
                x += size.width() + self.spacing()
            y += height + self.spacing()
        return y - rect.y() - (self.spacing() if lines else 0)


class FlowRow(QWidget):
    """A row of buttons that wraps onto a second line where the width does not hold them, instead of widening the
    page; `right` lines them up at the right edge, as a row of actions under a form. Hidden widgets take no room."""

    def __init__(self, *widgets: QWidget, right: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = _FlowLayout(self, right)
        for widget in widgets:
            self.add(widget)

    def stretch(self, widget: QWidget) -> None:
        """`widget` (a search field) takes the room left on its line."""
        self._flow.stretching = widget
        self._flow.invalidate()

    def add(self, widget: QWidget) -> None:
        self._flow.addWidget(widget)

    def insert(self, index: int, widget: QWidget) -> None:
        """`widget` before the one at `index`."""
        self._flow.insert_widget(index, widget)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Not every layout above asks a row for its height at its width (a splitter does not): wrapped, it says so.
        need = self._flow.heightForWidth(event.size().width())
        if need != self.minimumHeight():
            self.setMinimumHeight(need)


class ColumnScrollArea(QScrollArea):
    """Scrolls only down: what it holds follows its width, and it asks for as much width as that needs at the
    least, so a pane beside it (or the page) gives way instead of it scrolling sideways."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        held = self.widget()
        hint = super().minimumSizeHint()
        if held is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(_least(held).width() + 2 * self.frameWidth() + bar, hint.height())
