"""The main window: a sidebar of pages, a menu, a status bar. It lays things out; the controller reacts.

This module is imported before the window first shows, so it stays clear of the pages' modules (imported on
first visit, Today's too, once the window is up), by plain import statements inside `page_class`, where
import-linter sees them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from desktop import APP_NAME
from desktop.core.file_kinds import CARD_PHOTOS, IMPORTABLE

if TYPE_CHECKING:  # each Qt class costs its first use: these are only named in annotations
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent, QShowEvent

    from desktop.ui.pages.today import TodayPage

PAGES = ("today", "calendar", "opportunities", "contacts", "notes")
PAGE_TITLES = {"today": QT_TRANSLATE_NOOP("MainWindow", "Today"),
               "calendar": QT_TRANSLATE_NOOP("MainWindow", "Calendar"),
               "opportunities": QT_TRANSLATE_NOOP("MainWindow", "Opportunities"),
               "contacts": QT_TRANSLATE_NOOP("MainWindow", "Contacts"), "notes": QT_TRANSLATE_NOOP("MainWindow",
                                                                                                   "Notes")}


def page_class(key: str) -> type[QWidget]:
    """The class of a page (a widget implementing pages.base.Page), imported on its first visit.

    Imported with the window, the five pages (SQLAlchemy, the card reader, the calendar readers) made the window
    show 6.4 times as late as a bare one instead of 1.2, at 146 MB instead of 77 (benchmarks/startup.py, each
    against its bare window in the same run). Plain import statements here keep them visible to import-linter.
    """
    if key == "today":
        from desktop.ui.pages.today import TodayPage

        return TodayPage
    if key == "calendar":
        from desktop.ui.pages.calendar import CalendarPage

        return CalendarPage
    if key == "opportunities":
        from desktop.ui.pages.opportunities import OpportunitiesPage

        return OpportunitiesPage
    if key == "contacts":
        from desktop.ui.pages.contacts import ContactsPage

        return ContactsPage
    if key == "notes":
        from desktop.ui.pages.notes import NotesPage

        return NotesPage
    raise KeyError(f"no page {key!r}")


NAV_ICON = 20  # pixels
SIDEBAR_WIDTH = 200  # pixels, with the pages' names
NARROW = 800  # a window narrower than this (1366 × 768 at 200 % leaves 683) shows only the pages' icons


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files of a drop that Afterview can open: files to import, card photos and folders of them."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in IMPORTABLE + CARD_PHOTOS or path.is_dir()]


class _ShortenedLabel(QLabel):
    """One line that a window too narrow for it (the data folder's path at 200 %) shortens in the middle, where a
    path is least telling; the tooltip holds it whole."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumWidth(1)  # its text, not its width, gives way
        self._whole = ""

    def set_whole(self, text: str) -> None:
        self.setTextFormat(Qt.TextFormat.PlainText)  # a folder name may hold '<'; set with the first text, after
        self._whole = text  # the window shows
        self.setToolTip(text)
        self._shorten()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._shorten()

    def _shorten(self) -> None:
        if not self.isVisible():  # not laid out yet: its width says nothing; the first resize shortens it
            self.setText(self._whole)
            return
        self.setText(self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideMiddle,
                                                   self.contentsRect().width()))


class MainWindow(QMainWindow):
    shown = Signal()
    close_requested = Signal(object)  # the QCloseEvent, which a handler may ignore()
    page_created = Signal(str, QWidget)  # a page built on its first visit, to be bound to the data
    files_dropped = Signal(list)  # paths of importable files, card photos and folders dropped on the window

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(880, 560))
        self.setAcceptDrops(True)
        self.resize(1120, 720)
        self._shown_once = False
        self._narrow = False  # the sidebar shows the pages' names

        central = QWidget(objectName="central")
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.setCentralWidget(central)

        self.sidebar = sidebar = QWidget(objectName="sidebar")
        sidebar.setFixedWidth(SIDEBAR_WIDTH)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(12, 18, 12, 12)
        self.brand = QLabel(APP_NAME, objectName="brand")
        side.addWidget(self.brand)
        self.nav_model = QStandardItemModel(self)
        for key in PAGES:
            entry = QStandardItem(self.tr(PAGE_TITLES[key]))
            # The name stays for screen readers and as a tooltip when a narrow window shows only the icon.
            entry.setData(entry.text(), Qt.ItemDataRole.AccessibleTextRole)
            entry.setToolTip(entry.text())
            # A clear colour holds the icon's place until the real icons arrive (the icon font is read after the
            # window shows): without it the titles would move right, and the rows grow, a moment after showing.
            # A colour, not a blank QIcon, whose class alone costs 4 ms to load before the first frame.
            entry.setData(QColor(0, 0, 0, 0), Qt.ItemDataRole.DecorationRole)
            entry.setEditable(False)
            self.nav_model.appendRow(entry)
        self.nav = QListView(objectName="nav")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setModel(self.nav_model)
        self.nav.setIconSize(QSize(NAV_ICON, NAV_ICON))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the names fit; icons do
        self.nav.setMinimumWidth(NAV_ICON + 2 * (8 + 1))  # an icon in its padding: room for the narrow sidebar
        side.addWidget(self.nav, 1)
        row.addWidget(sidebar)

        self.stack = QStackedWidget(objectName="pages")
        row.addWidget(self.stack, 1)
        self.pages: dict[str, QWidget] = {}
        for _ in PAGES:
            self.stack.addWidget(QWidget())  # stands in until the page is first visited
        self.nav.setCurrentIndex(self.nav_model.index(0, 0))  # before connecting: Today is built once shown
        self.nav.selectionModel().currentChanged.connect(lambda current, _: self._on_nav(current.row()))

        self.status_label = _ShortenedLabel()
        self.statusBar().addWidget(self.status_label, 1)
        # A message covers the data folder's line. Qt hides that line itself, but shows it again over the message
        # when a task's indicator leaves the status bar just after its result was said.
        self.statusBar().messageChanged.connect(lambda message: self.status_label.setVisible(not message))
        # The menus' titles show from the first frame; their entries are added once the window is up (fill_menus).
        menus = self.menuBar()
        self.file_menu, self.edit_menu, self.go_menu, self.help_menu = (
            menus.addMenu(title) for title in (self.tr("&File"), self.tr("&Edit"), self.tr("&Go"), self.tr("&Help")))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_sidebar(event.size().width() < NARROW)

    def _fit_sidebar(self, narrow: bool) -> None:
        """In a narrow window the sidebar shows only the pages' icons, leaving the page the room it needs."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self.brand.setVisible(not narrow)
        for row, key in enumerate(PAGES):
            self.nav_model.item(row).setText("" if narrow else self.tr(PAGE_TITLES[key]))
        margin = 4 if narrow else 12
        self.sidebar.layout().setContentsMargins(margin, 18, margin, 12)
        # The icon, the item's padding (8 px a side, style.py) and the list's border: nothing of the name.
        self.sidebar.setFixedWidth(NAV_ICON + 2 * (margin + 8 + 1) + 4 if narrow else SIDEBAR_WIDTH)

    def fill_menus(self) -> None:
        """The menus' entries and keyboard shortcuts, added by the controller as it connects them.

        Not before the window shows: QAction's class costs its first use.
        """
        from PySide6.QtGui import QAction, QKeySequence

        self.new_card_action = QAction(self.tr("&New card…"), self, shortcut=QKeySequence("Ctrl+N"))
        # Both act on the opportunity selected on the Opportunities page, which they show (Ctrl+I is Import).
        self.plan_interview_action = QAction(self.tr("Plan an &interview…"), self,
                                             shortcut=QKeySequence("Ctrl+Shift+I"))
        self.log_call_action = QAction(self.tr("&Log a call…"), self, shortcut=QKeySequence("Ctrl+L"))
        self.import_action = QAction(self.tr("&Import…"), self, shortcut=QKeySequence("Ctrl+I"))
        self.export_contacts_action = QAction(self.tr("Export &contacts…"), self)
        self.export_calendar_action = QAction(self.tr("Export c&alendar…"), self)
        self.export_all_action = QAction(self.tr("Export &everything to a folder…"), self)
        self.print_checklist_action = QAction(self.tr("&Print handwritten-note checklist…"), self,
                                              shortcut=QKeySequence("Ctrl+P"))
        self.sample_action = QAction(self.tr("Load &sample data"), self)
        self.settings_action = QAction(self.tr("&Settings…"), self, shortcut=QKeySequence("Ctrl+,"))
        self.data_folder_action = QAction(self.tr("Open &data folder"), self)
        self.quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence("Ctrl+Q"))
        for action in (self.new_card_action, self.plan_interview_action, self.log_call_action, None,
                       self.import_action, self.export_contacts_action, self.export_calendar_action,
                       self.export_all_action, self.print_checklist_action, None,
                       self.sample_action, self.settings_action, self.data_folder_action, None, self.quit_action):
            if action is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(action)
        # The controller names the import in the first and lists the last few in the second.
        self.undo_import_action = QAction(self.tr("Undo import"), self, enabled=False)
        self.edit_menu.addAction(self.undo_import_action)
        self.earlier_imports_menu = self.edit_menu.addMenu(self.tr("Undo an earlier import"))
        self.edit_menu.addSeparator()
        # Ctrl+V reads a pasted photo on the Contacts page itself; from the menu it works from any page.
        self.paste_card_action = QAction(self.tr("Paste a card &photo"), self)
        self.edit_menu.addAction(self.paste_card_action)
        self.page_actions: dict[str, QAction] = {}
        for number, key in enumerate(PAGES, start=1):
            action = QAction(self.tr(PAGE_TITLES[key]), self, shortcut=QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k, focus=True))
            self.go_menu.addAction(action)
            self.page_actions[key] = action
        self.about_action = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        self.log_folder_action = QAction(self.tr("Open &log folder"), self)
        self.help_menu.addAction(self.log_folder_action)
        self.help_menu.addAction(self.about_action)

    def _on_nav(self, row: int) -> None:
        self.ensure_page(PAGES[row])
        self.stack.setCurrentIndex(row)

    @property
    def today(self) -> TodayPage:
        return self.ensure_page("today")  # type: ignore[return-value]

    def open_first_page(self, key: str = "today") -> None:
        """Once the window shows: build and show the page the user left it on, Today by default."""
        if key == self.current_page():
            self._on_nav(PAGES.index(key))  # already selected, so the sidebar will not say so
        else:
            self.show_page(key)

    def set_status(self, text: str) -> None:
        self.status_label.set_whole(text)

    def ensure_page(self, key: str) -> QWidget:
        """The page for `key`, importing and building it on first use."""
        if key not in self.pages:
            page = page_class(key)()
            row = PAGES.index(key)
            stand_in = self.stack.widget(row)
            showing = self.stack.currentWidget() is stand_in
            holder = self._scrolled(page)
            self.stack.insertWidget(row, holder)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            if showing:  # removing the current widget would show its neighbour instead
                self.stack.setCurrentWidget(holder)
            self.pages[key] = page
            self.page_created.emit(key, page)
            from desktop.ui.keyboard import follow_reading_order

            follow_reading_order(page)  # after bind: a page lays out much of itself when it gets its data
        return self.pages[key]

    @staticmethod
    def _scrolled(page: QWidget) -> QWidget:
        """The page in a scroll area: a page too big for the window scrolls rather than squeezing its texts."""
        from desktop.ui.screen_fit import scrolling

        return scrolling(page)

    def show_page(self, key: str, focus: bool = False) -> None:
        """Show the page; with `focus` (chosen from the keyboard), its first control takes the keyboard."""
        self.nav.setCurrentIndex(self.nav_model.index(PAGES.index(key), 0))
        if focus:
            from desktop.ui.keyboard import focus_first

            focus_first(self.pages[key])

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def set_nav_icons(self, icons: dict[str, object]) -> None:
        for row, key in enumerate(PAGES):
            self.nav_model.item(row).setIcon(icons[key])  # type: ignore[arg-type]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_requested.emit(event)
