"""The tray icon: the app icon with the number of items due today, and a menu of them and quick actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop import APP_NAME
from desktop.core.agenda import AgendaItem
from desktop.operations.reminders import SOON_DAYS
from desktop.ui.colours import ON_ACCENT, TRAY, TRAY_BADGE
from desktop.ui.dates import short_date_time
from desktop.ui.i18n import shown, texts
from desktop.ui.style import colour

ICON_DIR = Path(__file__).resolve().parents[3] / "resources" / "icons"
MENU_ITEMS = 8  # more than this and the menu says "and N more"
SIZE = 64


def tray_available() -> bool:
    """Whether this desktop shows tray icons (offscreen and bare X servers do not). Patch this in tests."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def app_icon() -> QIcon:
    """resources/icons/afterview.png (or .svg) when it is there, else a drawn stand-in."""
    for name in ("afterview.png", "afterview.svg", "afterview-256.png"):
        path = ICON_DIR / name
        if path.exists():
            return QIcon(str(path))
    try:
        from desktop.ui.icons import icon

        return icon("today", TRAY)
    except (ImportError, KeyError):
        return QIcon()


def icon_with_count(base: QIcon, count: int) -> QIcon:
    """The base icon with a red badge holding `count` (9+ above nine); the bare icon for zero."""
    pixmap = base.pixmap(SIZE, SIZE) if not base.isNull() else QPixmap(SIZE, SIZE)
    if base.isNull():
        pixmap.fill(colour(TRAY))
    if count <= 0:
        return QIcon(pixmap)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    badge = QRect(SIZE // 2 - 4, 0, SIZE // 2 + 4, SIZE // 2 + 4)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour(TRAY_BADGE))
    painter.drawEllipse(badge)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(24 if count < 10 else 19)
    painter.setFont(font)
    painter.setPen(colour(ON_ACCENT))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(count) if count < 10 else "9+")
    painter.end()
    return QIcon(pixmap)


class TrayMenu(QMenu):
    """Today's items (each opens its object), then snooze, open and quit. Built afresh on each change."""

    open_item = Signal(object)  # AgendaItem
    snooze_hour = Signal()
    snooze_morning = Signal()
    open_window = Signal()
    quit_requested = Signal()

    def __init__(self) -> None:
        super().__init__()  # a tray menu has no parent widget: it belongs to the Tray that shows it
        self.set_items([])

    def set_items(self, items: list[AgendaItem], soon: Sequence[AgendaItem] = (), zone: tzinfo | None = None) -> None:
        """Today's items (overdue first), then what comes up in the next days with its day and time."""
        self.clear()
        self._add_header(self.tr("%n due today", "", len(items)) if items else self.tr("Nothing due today"))
        self._add_entries(items, lambda item: shown(item.title))
        if soon:
            self.addSeparator()
            self._add_header(self.tr("Coming up"))
            self._add_entries(soon, lambda item: f"{short_date_time(item.due.astimezone(zone))} · {shown(item.title)}")
        self.addSeparator()
        self.snooze_hour_action = self._add(self.tr("Snooze all 1 hour"), self.snooze_hour, enabled=bool(items))
        self.snooze_morning_action = self._add(self.tr("Snooze all until tomorrow morning"), self.snooze_morning,
                                               enabled=bool(items))
        self.addSeparator()
        self.open_action = self._add(self.tr("Open {app}").format(app=APP_NAME), self.open_window)
        self.quit_action = self._add(self.tr("Quit"), self.quit_requested)

    def _add_header(self, text: str) -> None:
        self.addAction(text).setEnabled(False)

    def _add_entries(self, items: Sequence[AgendaItem], text: Callable[[AgendaItem], str]) -> None:
        for item in items[:MENU_ITEMS]:
            action = self.addAction(text(item))
            action.triggered.connect(lambda _=False, i=item: self.open_item.emit(i))
        if len(items) > MENU_ITEMS:
            more = self.addAction(self.tr("…and %n more", "", len(items) - MENU_ITEMS))
            more.triggered.connect(self.open_window)

    def _add(self, text: str, signal: Signal, enabled: bool = True) -> QAction:
        action = self.addAction(text)
        action.setEnabled(enabled)
        action.triggered.connect(signal)
        return action

    def texts(self) -> list[str]:
        """The entries as shown, separators as '-' (for tests and the screenshot check)."""
        return ["-" if a.isSeparator() else a.text() for a in self.actions()]


def tray_tooltip(due: int, soon: Sequence[AgendaItem], zone: tzinfo | None) -> str:
    """'Afterview: 2 due today; next, Thank-you note to Dana on Thu 15:30 (3 in the next 2 days)'."""
    today = texts.tr("%n due today", "", due) if due else texts.tr("nothing due today")
    if not soon:
        return f"{APP_NAME}: {today}"
    first = soon[0]
    text = texts.tr("{app}: {today}; next, {title} on {when}").format(
        app=APP_NAME, today=today, title=shown(first.title), when=short_date_time(first.due.astimezone(zone)))
    if len(soon) > 1:
        text += " " + texts.tr("(%n in the next {days} days)", "", len(soon)).format(days=SOON_DAYS)
    return text


class Tray(QObject):
    """The QSystemTrayIcon and its menu; only made where the desktop has a tray."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base_icon = app_icon()
        self.menu = TrayMenu()
        self.destroyed.connect(self.menu.deleteLater)
        self.icon = QSystemTrayIcon(icon_with_count(self.base_icon, 0), self)
        self.icon.setToolTip(APP_NAME)
        self.icon.setContextMenu(self.menu)
        self.count = 0

    def show(self) -> None:
        self.icon.show()

    def set_items(self, items: list[AgendaItem], soon: Sequence[AgendaItem] = (), zone: tzinfo | None = None) -> None:
        self.menu.set_items(items, soon, zone)
        if len(items) != self.count:
            self.count = len(items)
            self.icon.setIcon(icon_with_count(self.base_icon, self.count))
        self.icon.setToolTip(tray_tooltip(len(items), soon, zone))

    def hide(self) -> None:
        self.icon.hide()
