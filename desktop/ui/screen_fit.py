"""Windows and dialogs never larger than the screen they open on, whatever its size and scale."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QVBoxLayout, QWidget


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
