"""Connects the window's signals to the operations layer and refreshes pages when data changes."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

import desktop
from desktop import APP_NAME
from desktop.core.agenda import AgendaItem, ItemKind, within
from desktop.core.deadlines import add_working_days, at_local
from desktop.operations import agenda as agenda_ops
from desktop.operations import sample_data
from desktop.operations.workspace import Workspace
from desktop.ui.bus import DataBus
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.models.agenda_model import AgendaModel
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.empty_state import ICON_COLOUR
from desktop.ui.plain import plain_message

# Where an item opens when its action is a page (calls and move-on questions open dialogs instead).
ITEM_PAGES = {ItemKind.NOTE: "notes", ItemKind.INTERVIEW: "opportunities"}


class AppController(QObject):
    today_ready = Signal()

    def __init__(self, window: MainWindow, workspace: Workspace, state: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.state = state
        self.bus = DataBus(self)
        self.last_message: QMessageBox | None = None  # the latest non-blocking report, kept for tests
        self.last_dialog: QWidget | None = None  # the latest call, move-on or print dialog, kept for tests
        self.hide_on_close: Callable[[], bool] = lambda: False  # the tray sets this: close hides instead
        self._quitting = False
        if window.today.model is None:  # the start-up may already have listed Today from its cache
            window.today.attach(AgendaModel(workspace.zone, window.today))
        self.agenda_model = window.today.model

        self.bus.changed.connect(self.refresh)
        today = window.today
        today.load_sample_requested.connect(self._on_load_sample)
        today.new_opportunity_requested.connect(lambda: window.show_page("opportunities"))
        today.snooze_requested.connect(self._on_snooze)
        today.open_item.connect(self.open_item)
        window.fill_menus()  # the menus get their entries along with the handlers below
        window.sample_action.triggered.connect(self._on_load_sample)
        window.settings_action.triggered.connect(self._on_settings)
        window.about_action.triggered.connect(self._on_about)
        window.data_folder_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(workspace.paths.data_dir))))
        window.log_folder_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(workspace.paths.logs_dir))))
        window.quit_action.triggered.connect(self.quit)
        window.import_action.triggered.connect(self._on_import_chosen)
        window.files_dropped.connect(self.import_files)
        window.export_contacts_action.triggered.connect(lambda: self._on_export("contacts"))
        window.export_calendar_action.triggered.connect(lambda: self._on_export("calendar"))
        window.export_all_action.triggered.connect(self._on_export_all)
        window.print_checklist_action.triggered.connect(self._on_print_checklist)
        window.close_requested.connect(self._on_close)
        window.set_status(f"Data: {workspace.paths.database}")
        self.context = PageContext(workspace, self.bus, self.open_page, self.import_files)
        self._stale: set[str] = set()
        window.page_created.connect(self._on_page_created)
        window.stack.currentChanged.connect(self._on_page_shown)
        for key, page in list(window.pages.items()):
            if key != "today":
                self._on_page_created(key, page)

    def refresh(self) -> None:
        """Reload Today and the visible page now; other pages reload when next shown."""
        now = self.workspace.now()
        snapshot = agenda_ops.today_snapshot(self.workspace, now)
        items = within(snapshot.items, now, self.workspace.zone, 7)
        self.window.today.show_items(items, now, snapshot.database_empty)
        agenda_ops.remember(self.workspace, snapshot)
        today = now.astimezone(self.workspace.zone).date()
        due = sum(1 for i in items if i.due.astimezone(self.workspace.zone).date() <= today)
        self.window.setWindowTitle(f"{APP_NAME} — {due} due" if due else APP_NAME)
        self._stale = {key for key in self.window.pages if key != "today"}
        self._on_page_shown()
        self.today_ready.emit()

    def open_page(self, key: str, target: object = None) -> None:
        """Show a page, and the object on it when one is given (a contact, an interview...)."""
        page = self.window.ensure_page(key)
        self.window.show_page(key)
        if target is not None and hasattr(page, "open_object"):
            page.open_object(target)

    def import_files(self, paths: list[Path]) -> None:
        """Import each file, then say what happened: counts per file, and every problem by file and place."""
        from desktop.operations.transfer import ImportSummary, TransferError, import_file

        lines, problems, total = [], [], ImportSummary()
        for path in paths:
            try:
                summary = import_file(self.workspace, path)
            except TransferError as error:
                problems.append(str(error))
                lines.append(f"{path.name}: not imported")
                continue
            total.merge(summary)
            problems.extend(summary.problems)
            lines.append(f"{path.name}: {summary.describe()}")
        self.bus.changed.emit()
        box = plain_message(QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information, "Import",
                            "\n".join(lines), self.window)
        if problems:
            box.setInformativeText(f"{len(problems)} problem(s); see the details.")
            box.setDetailedText("\n".join(problems))
        box.open()
        self.last_message = box

    def _on_import_chosen(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.window, "Import contacts or invitations", str(Path.home()),
                                                "Contacts and calendars (*.vcf *.vcard *.ics);;All files (*)")
        if names:
            self.import_files([Path(n) for n in names])

    def _on_export(self, what: str) -> None:
        from desktop.operations.transfer import TransferError, export

        suffix = {"contacts": "vcf", "calendar": "ics"}[what]
        name, _ = QFileDialog.getSaveFileName(self.window, f"Export {what}", str(Path.home() / f"afterview.{suffix}"),
                                              f"{what.capitalize()} (*.{suffix})")
        if not name:
            return
        try:
            count = export(self.workspace, what, Path(name), overwrite=True)  # the save dialog asked already
        except TransferError as error:
            self._tell(QMessageBox.Icon.Warning, "Export", str(error))
            return
        self.window.statusBar().showMessage(f"Exported {count} {what} record(s) to {name}.", 8000)

    def _on_export_all(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, "Export everything to a folder", str(Path.home()))
        if folder:
            self.export_all_to(Path(folder) / "Afterview export")

    def export_all_to(self, target: Path, overwrite: bool = False) -> None:
        """Export everything into `target`; files already there are listed and replaced only if the user says so."""
        from desktop.operations.export_all import export_everything
        from desktop.operations.export_targets import ExistingFilesError
        from desktop.operations.transfer import TransferError
        from desktop.ui.replace_files import ask_to_replace

        try:
            counts = export_everything(self.workspace, target, overwrite=overwrite)
        except ExistingFilesError as error:
            self.last_message = ask_to_replace(self.window, error, lambda: self.export_all_to(target, overwrite=True),
                                               self._on_export_all)
            return
        except TransferError as error:
            self._tell(QMessageBox.Icon.Warning, "Export", str(error))
            return
        summary = ", ".join(f"{n} {what}" for what, n in counts.items())
        self.window.statusBar().showMessage(f"Exported {summary} to {target}.", 10000)

    def _on_page_created(self, key: str, page: QWidget) -> None:
        if hasattr(page, "bind"):
            page.bind(self.context)
        self._stale.add(key)

    def _on_page_shown(self, *_: object) -> None:
        key = self.window.current_page()
        if key in self._stale:
            self._stale.discard(key)
            page = self.window.pages.get(key)
            if page is not None and hasattr(page, "refresh"):
                page.refresh()

    def apply_icons(self) -> None:
        """Icons come after the window is shown: qtawesome is slow to import."""
        from desktop.ui.icons import icon

        self.window.set_nav_icons({key: icon(key) for key in PAGES})
        self.agenda_model.set_icons({kind.value: icon(kind.value) for kind in ItemKind})
        self.window.today.welcome.set_icon(icon("empty", ICON_COLOUR))
        self.window.today.quiet.set_icon(icon("empty", ICON_COLOUR))

    def show_warnings(self) -> None:
        for warning in self.workspace.warnings:
            plain_message(QMessageBox.Icon.Warning, APP_NAME, warning, self.window).exec()
        self.workspace.warnings.clear()

    def _on_load_sample(self) -> None:
        try:
            sample_data.load_sample_data(self.workspace)
        except sample_data.NotEmptyError as error:
            self._tell(QMessageBox.Icon.Information, "Sample data", str(error))
            return
        self.bus.changed.emit()
        self.window.statusBar().showMessage("Sample data loaded: 3 opportunities, 5 interviews, 9 contacts.", 6000)

    def _on_snooze(self, key: str, how: str) -> None:
        now = self.workspace.now()
        if how == "hour":
            until = now + timedelta(hours=1)
        else:
            settings, zone = self.workspace.settings, self.workspace.zone
            tomorrow = now.astimezone(zone).date() + timedelta(days=1)
            until = at_local(add_working_days(tomorrow, 0, list(range(7))), settings.quiet_end, zone)
        agenda_ops.snooze(self.workspace, key, until)
        self.bus.changed.emit()
        self.window.statusBar().showMessage(f"Snoozed until {until.astimezone(self.workspace.zone):%a %H:%M}.", 5000)

    def open_item(self, item: AgendaItem) -> None:
        """An item's one action, wherever it was chosen (Today, tray, notification): the call screen, the move-on
        question, the note in the composer, or the interview on its opportunity."""
        if item.kind in (ItemKind.CALL, ItemKind.MOVE_ON):
            from desktop.ui.call_dialog import open_for_item

            self.last_dialog = open_for_item(self.context, item, self.window)
        else:
            self.open_page(ITEM_PAGES[item.kind], item)

    def _on_print_checklist(self) -> None:
        from desktop.ui.print_checklist import PrintChecklistDialog

        self.last_dialog = PrintChecklistDialog(self.context, self.window)
        self.last_dialog.open()

    def _on_settings(self) -> None:
        from desktop.ui.backups_panel import BackupsPanel
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.workspace.settings, self.window, BackupsPanel(self.context))
        if dialog.exec() and dialog.result_settings is not None:
            try:
                self.workspace.save_settings(dialog.result_settings)
            except OSError as error:
                self._tell(QMessageBox.Icon.Critical, "Settings", f"The settings could not be saved: {error}")
                return
            self.bus.changed.emit()

    def _on_about(self) -> None:
        folder = html.escape(str(self.workspace.paths.data_dir))  # the About box is rich text; a path may hold '<'
        box = QMessageBox(QMessageBox.Icon.Information, f"About {APP_NAME}",
                          f"<b>{APP_NAME} {desktop.__version__}</b><p>Everything after the interview: the cards of "
                          "everyone you met, a personal thank-you note to each within 48 hours, a polite "
                          "follow-up call when the promised date passes, and knowing when to move on.</p>"
                          f"<p>Your data stays on this computer, in<br>{folder}</p>",
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.open()
        self.last_message = box

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A report that needs no answer, shown as plain text and without blocking."""
        self.last_message = plain_message(icon, title, text, self.window)
        self.last_message.open()

    def _on_close(self, event: QCloseEvent) -> None:
        self.state.setValue("window/geometry", self.window.saveGeometry())
        self.state.setValue("window/page", self.window.current_page())
        self.state.sync()
        if not self._quitting and self.hide_on_close():
            event.ignore()
            self.window.hide()
            return
        event.accept()
        QApplication.instance().quit()  # type: ignore[union-attr]

    def quit(self) -> None:
        """Quit for real (menu or tray), even where closing the window only hides it."""
        self._quitting = True
        self.window.close()
        QApplication.instance().quit()  # type: ignore[union-attr]


