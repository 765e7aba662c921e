"""The main window: a sidebar of pages, a menu, a status bar. It lays things out; the controller reacts."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.ui.pages.empty_state import EmptyState
from desktop.ui.pages.today import TodayPage

PAGES = ("today", "calendar", "opportunities", "contacts", "notes")
PAGE_TITLES = {"today": "Today", "calendar": "Calendar", "opportunities": "Opportunities",
               "contacts": "Contacts", "notes": "Notes"}
# Pages other than Today are imported and built on first visit, keeping start-up to a bare window's cost.
# A value is "module:Class" of a widget implementing pages.base.Page; None shows the placeholder text.
PAGE_CLASSES: dict[str, str | None] = {
    "calendar": "desktop.ui.pages.calendar:CalendarPage",
    "opportunities": "desktop.ui.pages.opportunities:OpportunitiesPage",
    "contacts": "desktop.ui.pages.contacts:ContactsPage",
    "notes": "desktop.ui.pages.notes:NotesPage",
}
PLACEHOLDERS = {
    "calendar": ("Your month at a glance", "Interviews, note deadlines, follow-up calls and move-on dates "
                 "will appear on a month view here, with the selected day's agenda beside it."),
    "opportunities": ("Your pipeline", "Each company and role you are pursuing, with its interviews, the next "
                      "steps you heard and the state of every note, will be listed here."),
    "contacts": ("Your card file", "Everyone you met, with the name spelled exactly as on their card. "
                 "Import a .vcf file from the File menu, or drop one on this window."),
    "notes": ("Thank-you notes", "One short, personal note to each person you met, within 48 hours. "
              "Pick an interview to write its notes here."),
}


IMPORTABLE = (".vcf", ".vcard", ".ics")


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files of a drop that Afterview can import."""
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMPORTABLE]


class MainWindow(QMainWindow):
    shown = Signal()
    close_requested = Signal(QCloseEvent)
    page_created = Signal(str, QWidget)  # a page built on its first visit, to be bound to the data
    files_dropped = Signal(list)  # paths of .vcf/.ics files dropped on the window

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(880, 560))
        self.setAcceptDrops(True)
        self.resize(1120, 720)
        self._shown_once = False

        central = QWidget(objectName="central")
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.setCentralWidget(central)

        sidebar = QWidget(objectName="sidebar")
        sidebar.setFixedWidth(200)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(12, 18, 12, 12)
        brand = QLabel(APP_NAME, objectName="brand")
        side.addWidget(brand)
        self.nav_model = QStandardItemModel(self)
        for key in PAGES:
            entry = QStandardItem(PAGE_TITLES[key])
            entry.setData(key, Qt.ItemDataRole.UserRole)
            entry.setEditable(False)
            self.nav_model.appendRow(entry)
        self.nav = QListView(objectName="nav")
        self.nav.setModel(self.nav_model)
        self.nav.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        side.addWidget(self.nav, 1)
        row.addWidget(sidebar)

        self.stack = QStackedWidget(objectName="pages")
        row.addWidget(self.stack, 1)
        self.today = TodayPage()
        self.pages: dict[str, QWidget] = {"today": self.today}
        self.stack.addWidget(self.today)
        for _ in PAGES[1:]:
            self.stack.addWidget(QWidget())  # stands in until the page is first visited
        self.nav.selectionModel().currentChanged.connect(lambda current, _: self._on_nav(current.row()))
        self.nav.setCurrentIndex(self.nav_model.index(0, 0))

        self.status_label = QLabel(textFormat=Qt.TextFormat.PlainText)  # a folder name may hold '<'
        self.statusBar().addWidget(self.status_label, 1)
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_action = QAction("&Import…", self, shortcut=QKeySequence("Ctrl+I"))
        self.export_contacts_action = QAction("Export &contacts…", self)
        self.export_calendar_action = QAction("Export c&alendar…", self)
        self.export_all_action = QAction("Export &everything to a folder…", self)
        self.print_checklist_action = QAction("&Print handwritten-note checklist…", self,
                                              shortcut=QKeySequence("Ctrl+P"))
        self.sample_action = QAction("Load &sample data", self)
        self.settings_action = QAction("&Settings…", self, shortcut=QKeySequence("Ctrl+,"))
        self.data_folder_action = QAction("Open &data folder", self)
        self.quit_action = QAction("&Quit", self, shortcut=QKeySequence("Ctrl+Q"))
        for action in (self.import_action, self.export_contacts_action, self.export_calendar_action,
                       self.export_all_action, self.print_checklist_action, None,
                       self.sample_action, self.settings_action, self.data_folder_action, None, self.quit_action):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        go_menu = self.menuBar().addMenu("&Go")
        self.page_actions: dict[str, QAction] = {}
        for number, key in enumerate(PAGES, start=1):
            action = QAction(PAGE_TITLES[key], self, shortcut=QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            go_menu.addAction(action)
            self.page_actions[key] = action
        help_menu = self.menuBar().addMenu("&Help")
        self.about_action = QAction(f"&About {APP_NAME}", self)
        self.log_folder_action = QAction("Open &log folder", self)
        help_menu.addAction(self.log_folder_action)
        help_menu.addAction(self.about_action)

    def _on_nav(self, row: int) -> None:
        self.ensure_page(PAGES[row])
        self.stack.setCurrentIndex(row)

    def ensure_page(self, key: str) -> QWidget:
        """The page for `key`, importing and building it on first use."""
        if key not in self.pages:
            spec = PAGE_CLASSES[key]
            if spec is None:
                page: QWidget = EmptyState(*PLACEHOLDERS[key], icon=key)
            else:
                module_name, class_name = spec.split(":")
                page = getattr(importlib.import_module(module_name), class_name)()
            row = PAGES.index(key)
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.pages[key] = page
            self.page_created.emit(key, page)
        return self.pages[key]

    def show_page(self, key: str) -> None:
        self.nav.setCurrentIndex(self.nav_model.index(PAGES.index(key), 0))

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
