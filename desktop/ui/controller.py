"""Connects the window's signals to the operations layer and refreshes pages when data changes."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

import desktop
from desktop import APP_NAME
from desktop.core.agenda import AgendaItem, ItemKind, within
from desktop.core.deadlines import add_working_days, at_local
from desktop.core.file_kinds import import_filter
from desktop.core.settings import Settings
from desktop.operations import agenda as agenda_ops
from desktop.operations import sample_data
from desktop.operations.changes import ChangeSet, RecordKind
from desktop.operations.errors import DatabaseError
from desktop.operations.workspace import Workspace
from desktop.ui.bus import DataBus
from desktop.ui.dates import short_date_time
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown, shown_error
from desktop.ui.interviews.calendar_file import CalendarFileKeeper
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.models.agenda_model import AgendaModel
from desktop.ui.pages.base import PageContext, kinds_shown
from desktop.ui.plain import plain_message
from desktop.ui.runner import TaskRunner
from desktop.ui.system.outside_changes import OutsideChanges
from desktop.ui.system.sync_keeper import SyncKeeper

if TYPE_CHECKING:
    from desktop.operations.import_batches import UndoReport
    from desktop.operations.merge_review import Decision
    from desktop.operations.progress import Progress
    from desktop.operations.transfer_types import CardDifferences, Exported, ImportReport, InvitePreview
    from desktop.ui.pages.contacts import ContactsPage
    from desktop.ui.pages.opportunities import OpportunitiesPage
    from desktop.ui.style import Appearance

# Where an item opens when its action is a page (calls and move-on questions open dialogs instead).
ITEM_PAGES = {ItemKind.NOTE: "notes", ItemKind.SCHEDULED: "notes", ItemKind.INTERVIEW: "opportunities"}


class AppController(QObject):
    today_ready = Signal()

    def __init__(self, window: MainWindow, workspace: Workspace, state: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.state = state
        self.bus = DataBus(self)
        self.appearance: Appearance | None = None  # the window's colours; the start-up hands it over
        self.hide_on_close: Callable[[], bool] = lambda: False  # the tray sets this: close hides instead
        self._quitting = False
        self._leave_unsaved = False  # the user chose to quit although a note could not be saved
        self._to_choose: list[InvitePreview] = []  # calendars read by an import, waiting for the user's choice
        self._choosing = False  # a calendar's list of events is open
        self._undoing = False  # an import is being undone
        self.runner = TaskRunner(workspace, self.bus, window.statusBar(), self)
        self.calendar_file = CalendarFileKeeper(workspace, self.bus, self.runner, window.statusBar(), self)
        self.sync_keeper = SyncKeeper(workspace, self.bus, self.runner, window.statusBar(), self)
        # What the command line or another window wrote shows here too.
        self.outside_changes = OutsideChanges(workspace, self.runner, self)
        self.runner.stopped.connect(self.outside_changes.stop)
        QApplication.instance().aboutToQuit.connect(self.runner.shutdown)  # type: ignore[union-attr]
        self._today_contacts: set[int] = set()  # whose names Today lists
        self._today_empty = True  # Today shows the welcome: any record added changes it
        if window.today.model is None:  # the start-up may already have listed Today from its cache
            window.today.attach(AgendaModel(workspace.zone, window.today))
        self.agenda_model = window.today.model

        self.bus.published.connect(self.refresh)
        today = window.today
        today.load_sample_requested.connect(lambda: self.save_about_you() and self._on_load_sample())
        today.new_opportunity_requested.connect(self._start_own_interview)
        today.about_you_edited.connect(self.save_about_you)
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
        window.new_card_action.triggered.connect(lambda: self._contacts_page().new_card())
        window.plan_interview_action.triggered.connect(lambda: self._opportunities_page().new_interview_button.click())
        window.log_call_action.triggered.connect(lambda: self._opportunities_page().log_call_button.click())
        window.import_action.triggered.connect(self._on_import_chosen)
        window.files_dropped.connect(self.open_files)
        window.undo_import_action.triggered.connect(lambda: self.undo_import(None))
        window.paste_card_action.triggered.connect(self._on_paste_card)
        window.export_contacts_action.triggered.connect(lambda: self._on_export("contacts"))
        window.export_calendar_action.triggered.connect(lambda: self._on_export("calendar"))
        window.export_all_action.triggered.connect(self._on_export_all)
        window.print_checklist_action.triggered.connect(self._on_print_checklist)
        window.close_requested.connect(self._on_close)
        window.set_status(self.tr("Data: {database}").format(database=workspace.paths.database))
        self.context = PageContext(workspace, self.bus, self.open_page, self.import_files, self.runner)
        self._stale: set[str] = set()
        # What answers for each page built (refresh, open_object, shows): its controller where the page is a view
        # with a controller of its own, else the page itself.
        self._pages: dict[str, Any] = {}
        window.page_created.connect(self._on_page_created)
        window.stack.currentChanged.connect(self._on_page_shown)
        for key, page in list(window.pages.items()):
            if key != "today":
                self._on_page_created(key, page)

    def refresh(self, changes: ChangeSet | None = None) -> None:
        """Reload Today and the visible page now when they show what changed; other pages that do reload when
        next shown. No change set means anything may have changed (a new day, a file changed outside)."""
        changes = ChangeSet.everything() if changes is None else changes
        if self._today_shows(changes):
            self._refresh_today()
        self._stale |= {key for key, page in self._pages.items()
                        if key != "today" and changes.affects(kinds_shown(page))}
        self._on_page_shown()

    def _today_shows(self, changes: ChangeSet) -> bool:
        """Whether Today may read differently: a contact's change shows there only by the names it lists."""
        if self._today_empty or changes.affects(set(RecordKind) - {RecordKind.CONTACT, RecordKind.TEMPLATE}):
            return True
        contacts = changes.ids(RecordKind.CONTACT)
        return contacts is None or not contacts.isdisjoint(self._today_contacts)

    def _refresh_today(self) -> None:
        now = self.workspace.now()
        snapshot = agenda_ops.today_snapshot(self.workspace, now)
        items = within(snapshot.items, now, self.workspace.zone, 7)
        self.window.today.show_items(items, now, snapshot.database_empty)
        if snapshot.database_empty:
            import phonenumbers

            self.window.today.about_you.show_settings(self.workspace.settings, list(phonenumbers.SUPPORTED_REGIONS))
        agenda_ops.remember(self.workspace, snapshot)
        self._today_contacts = {i.contact_id for i in snapshot.items if i.contact_id is not None}
        self._today_empty = snapshot.database_empty
        today = now.astimezone(self.workspace.zone).date()
        due = sum(1 for i in items if i.due.astimezone(self.workspace.zone).date() <= today)
        self.window.setWindowTitle(self.tr("{app} — {due} due").format(app=APP_NAME, due=due) if due else APP_NAME)
        self._list_imports()  # an import or an undo changes what Edit → Undo import offers
        self.today_ready.emit()

    def _list_imports(self) -> None:
        """Edit → Undo import names the last import; the few before it are listed under it."""
        from desktop.operations.import_batches import list_batches

        batches = list_batches(self.workspace)
        action, earlier = self.window.undo_import_action, self.window.earlier_imports_menu
        action.setEnabled(bool(batches) and not self._undoing)
        action.setText(self.tr("Undo import “{file_name}”").format(
            file_name=batches[0].file_name) if batches else self.tr("Undo import"))
        earlier.clear()
        earlier.setEnabled(len(batches) > 1 and not self._undoing)
        for info in batches[1:]:
            when = short_date_time(info.imported_at.astimezone(self.workspace.zone))
            entry = earlier.addAction(self.tr("{file} ({when})").format(file=info.file_name, when=when))
            entry.triggered.connect(lambda _=False, b=info.batch_id: self.undo_import(b))

    def undo_import(self, batch_id: int | None) -> None:
        """Undo one import (the last by default) and say what was removed, put back, or kept.

        The undo runs on a worker thread, with its progress in the status bar: undoing a calendar of 10,000
        events held the window still for 15 s. Edit → Undo import is off until it ends, so that a second click
        never undoes the import before it as well.
        """
        from desktop.operations.import_batches import UndoError, undo_import
        from desktop.operations.progress import Cancelled

        def run(workspace: Workspace, progress: Progress) -> UndoReport:
            return undo_import(workspace, batch_id, progress=progress)

        def failed(error: Exception) -> None:
            self._undoing = False
            self._list_imports()
            if isinstance(error, Cancelled):
                self.window.statusBar().showMessage(self.tr("Undo import: cancelled; nothing was changed."), 8000)
            else:
                self._tell(QMessageBox.Icon.Information, self.tr("Undo import"), shown_error(error))

        self._undoing = True
        self._list_imports()
        self.runner.run(self.tr("Undoing an import"), run, self._on_undone, failed,
                        expected=(UndoError, DatabaseError), exclusive=True)

    def _on_undone(self, report: UndoReport) -> None:
        self._undoing = False
        self._list_imports()
        self._tell(QMessageBox.Icon.Information, self.tr("Undo import"), shown(report.describe()))

    def open_page(self, key: str, target: object = None) -> None:
        """Show a page, and the object on it when one is given (a contact, an interview...)."""
        self.window.ensure_page(key)
        page = self._pages.get(key)
        self.window.show_page(key)
        if target is not None and hasattr(page, "open_object"):
            page.open_object(target)

    def open_files(self, paths: list[Path]) -> None:
        """Files dropped on the window or opened with Afterview: card photos (and folders of them) are read on
        the Contacts page, the rest imported."""
        from desktop.core.file_kinds import CARD_PHOTOS

        photos = [p for p in paths if p.suffix.lower() in CARD_PHOTOS or p.is_dir()]
        if photos:
            self._contacts_page().read_card_photos(photos)
        others = [p for p in paths if p not in photos]
        if others:
            self.import_files(others)

    def _contacts_page(self) -> ContactsPage:
        """The Contacts page, shown: where cards read from photos are reviewed."""
        self.open_page("contacts")
        return self.window.ensure_page("contacts")  # type: ignore[return-value]

    def _opportunities_page(self) -> OpportunitiesPage:
        """The Opportunities page, shown: its selected opportunity is the one an interview or a call is for."""
        self.open_page("opportunities")
        return self.window.ensure_page("opportunities")  # type: ignore[return-value]

    def _on_paste_card(self) -> None:
        self._contacts_page().paste_card_photo()

    def import_files(self, paths: list[Path]) -> None:
        """Import the files off the GUI thread (File menu, a drop, a file opened with Afterview, a page's button),
        then say what happened: counts per file, every problem by file and place, and whether it was cancelled.
        A calendar of several events is only read: the user then chooses which of its events to import."""
        def run(workspace: Workspace, progress: Progress) -> ImportReport:
            # Imported here, on the worker: the readers bring vobject and icalendar, a third of a second to load.
            from desktop.operations.transfer import import_files

            return import_files(workspace, paths, progress=progress, choose_later=True)

        title = (self.tr("Importing {file}").format(file=paths[0].name) if len(paths) == 1
                 else self.tr("Importing %n file(s)", "", len(paths)))
        self.runner.run(title, run, self._on_imported, exclusive=True)

    def _on_imported(self, report: ImportReport) -> None:
        self._list_imports()
        self._to_choose += report.to_choose
        if report.mail:
            self.show_mail_findings(report)
            return
        if not report.lines:  # only calendars read, for the user to choose from
            self._choose_next()
            return
        problems = report.problems
        box = plain_message(QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information, self.tr("Import"),
                            "\n".join(shown(line) for line in report.lines), self.window)
        if problems:
            box.setInformativeText(self.tr("%n problem(s); see the details.", "", len(problems)))
            box.setDetailedText("\n".join(shown(problem) for problem in problems))
        if report.cancelled:
            box.setInformativeText(self.tr("You cancelled the import. ") + box.informativeText())
        if report.differences:
            following = self.tr("The cards that differ from yours are shown next, to choose field by field.")
            box.setInformativeText(f"{box.informativeText()} {following}".strip())
        if report.to_choose:
            names = ", ".join(preview.file_name for preview in report.to_choose)
            following = self.tr("Then choose the interviews among the events of {names}.").format(names=names)
            box.setInformativeText(f"{box.informativeText()} {following}".strip())
        box.finished.connect(lambda _: self._after_report(report.differences))
        open_once(box)

    def _after_report(self, differences: list[CardDifferences]) -> None:
        """The merge review of the cards that differ, if any; then the next calendar to choose from."""
        if differences:
            self.review_differences(differences).finished.connect(lambda _: self._choose_next())
        else:
            self._choose_next()

    def _choose_next(self) -> None:
        """The next calendar read by an import, for the user to tick its interviews; nothing when none waits."""
        from desktop.ui.interviews.calendar_choice_dialog import CalendarChoiceDialog

        if not self._to_choose or self._choosing:  # one list at a time: the next opens when this one closes
            return
        preview = self._to_choose.pop(0)
        dialog = CalendarChoiceDialog(preview, self.workspace.zone, self.window)
        self._choosing = True
        dialog.chosen.connect(lambda positions: self._import_chosen(preview, positions))
        dialog.finished.connect(lambda result: self._on_choice_closed(preview.file_name, result))
        open_once(dialog)

    def _import_chosen(self, preview: InvitePreview, positions: list[int]) -> None:
        def run(workspace: Workspace, progress: Progress) -> ImportReport:
            from desktop.operations.transfer import import_chosen_events

            return import_chosen_events(workspace, preview, positions, progress=progress)

        self.runner.run(self.tr("Importing %n event(s) of {file}", "", len(positions)).format(file=preview.file_name),
                        run, self._on_imported, exclusive=True)

    def _on_choice_closed(self, file_name: str, result: int) -> None:
        """After Cancel, say that nothing was imported and open the next list; after Import, its report does."""
        self._choosing = False
        if result != QDialog.DialogCode.Accepted:
            self.window.statusBar().showMessage(self.tr("Nothing was imported from {file_name}.").format(
                file_name=file_name), 8000)
            self._choose_next()

    def show_mail_findings(self, report: ImportReport) -> None:
        """What imported emails held and proposed; then the merge review of any card file imported with them,
        and the next calendar to choose from."""
        from desktop.ui.interviews.mail_findings import MailFindingsDialog

        lines = [shown(line) for line in report.lines] + ([self.tr("You cancelled the import.")]
                                                          if report.cancelled else [])
        dialog = MailFindingsDialog(self.context, lines, report.problems, report.mail, self.window)
        dialog.finished.connect(lambda _: self._after_report(report.differences))
        open_once(dialog)

    def review_differences(self, differences: list[CardDifferences]) -> QDialog:
        """The merge review of an import's differing cards; nothing changes unless the user applies."""
        from desktop.ui.cards.merge_review import MergeReviewDialog

        dialog = MergeReviewDialog(differences, self.window)
        dialog.applied.connect(self._on_choices)
        open_once(dialog)
        return dialog

    def _on_choices(self, decisions: list[Decision]) -> None:
        from desktop.operations.merge_review import apply_choices

        try:
            changed = self.runner.do(apply_choices, decisions).ids(RecordKind.CONTACT) or ()
        except DatabaseError as error:
            self._tell(QMessageBox.Icon.Warning, self.tr("Merge review"), self.tr(
                "Your choices were not applied: {error}").format(error=shown_error(error)))
            return
        self.window.statusBar().showMessage(
            self.tr("Your choices were applied to %n contact(s); Edit → Undo import undoes them with the import.", "",
                    len(changed)), 8000)

    def _on_import_chosen(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import contacts, invitations or emails"),
                                                str(Path.home()), import_filter(shown))
        if names:
            self.import_files([Path(n) for n in names])

    def _on_export(self, what: str) -> None:
        from desktop.operations.transfer import TransferError, export

        suffix = {"contacts": "vcf", "calendar": "ics"}[what]
        title, kind = ((self.tr("Export contacts"), self.tr("Contacts")) if what == "contacts"
                       else (self.tr("Export calendar"), self.tr("Calendar")))
        name, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / f"afterview.{suffix}"),
                                              f"{kind} (*.{suffix})")
        if not name:
            return
        def write(workspace: Workspace, progress: Progress) -> Exported:
            return export(workspace, what, Path(name), overwrite=True, progress=progress)  # the save dialog asked

        self.runner.run(
            self.tr("Exporting {file}").format(file=Path(name).name), write,
            lambda done: self.window.statusBar().showMessage(
                self.tr("Exported {description} to {name}.").format(description=shown(done.description), name=name),
                8000),
            lambda error: self._on_export_failed(error, self.tr("{name} was not written").format(
                name=name)), expected=(TransferError,))

    def _on_export_failed(self, error: Exception, cancelled: str) -> None:
        from desktop.operations.progress import Cancelled

        if isinstance(error, Cancelled):
            self.window.statusBar().showMessage(self.tr("Export cancelled: {cancelled}.").format(
                cancelled=cancelled), 8000)
        else:
            self._tell(QMessageBox.Icon.Warning, self.tr("Export"), shown_error(error))

    def _on_export_all(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Export everything to a folder"),
                                                  str(Path.home()))
        if folder:
            self.export_all_to(Path(folder) / self.tr("Afterview export"))

    def export_all_to(self, target: Path, overwrite: bool = False) -> None:
        """Export everything into `target` in the background; files already there are listed and replaced only
        if the user says so."""
        from desktop.operations.export_all import export_everything
        from desktop.operations.export_targets import ExistingFilesError
        from desktop.operations.transfer import TransferError, exported_summary
        from desktop.ui.replace_files import ask_to_replace

        def exported(counts: dict[str, int]) -> None:
            self.window.statusBar().showMessage(
                self.tr("Exported {counts} to {target}.").format(counts=shown(exported_summary(counts)), target=target),
                10000)

        def failed(error: Exception) -> None:
            if isinstance(error, ExistingFilesError):
                ask_to_replace(self.window, error, lambda: self.export_all_to(target, overwrite=True),
                               self._on_export_all)
                return
            self._on_export_failed(error, self.tr("the files already written in {target} are kept").format(
                target=target))

        self.runner.run(self.tr("Exporting everything"),
                        lambda workspace, progress: export_everything(workspace, target, overwrite,
                                                                      progress=progress),
                        exported, failed, expected=(TransferError,))

    def _on_page_created(self, key: str, page: QWidget) -> None:
        if key == "opportunities":
            # Imported with its page, on first visit (see main_window.page_class).
            from desktop.ui.pages.opportunities_controller import OpportunitiesController

            self._pages[key] = OpportunitiesController(page, self.context)  # type: ignore[arg-type]
        else:
            if hasattr(page, "bind"):
                page.bind(self.context)
            self._pages[key] = page
        self._stale.add(key)

    def _on_page_shown(self, *_: object) -> None:
        key = self.window.current_page()
        if key in self._stale:
            self._stale.discard(key)
            page = self._pages.get(key)
            if page is not None and hasattr(page, "refresh"):
                page.refresh()

    def apply_icons(self) -> None:
        """Icons come after the window is shown, with the icon font; each is drawn only when it is painted."""
        from desktop.ui.colours import ORNAMENT
        from desktop.ui.icons import icon

        self.window.set_nav_icons({key: icon(key) for key in PAGES})
        self.agenda_model.set_icons({kind.value: icon(kind.value) for kind in ItemKind})
        self.window.today.welcome.set_icon(icon("empty", ORNAMENT))
        self.window.today.quiet.set_icon(icon("empty", ORNAMENT))

    def _start_own_interview(self) -> None:
        """The welcome's "Start with my own interview": the opportunity's form opens at once, over its page."""
        if self.save_about_you():
            self.window.show_page("opportunities")
            self.window.pages["opportunities"].new_opportunity_requested.emit()

    def show_warnings(self) -> None:
        for warning in self.workspace.warnings:
            plain_message(QMessageBox.Icon.Warning, APP_NAME, shown(warning), self.window).exec()
        self.workspace.warnings.clear()

    def _on_load_sample(self) -> None:
        try:
            self.runner.do(sample_data.load_sample_data)
        except (sample_data.NotEmptyError, DatabaseError) as error:
            self._tell(QMessageBox.Icon.Information, self.tr("Sample data"), shown_error(error))
            return
        self.window.statusBar().showMessage(self.tr("Sample data loaded: 3 opportunities, 5 interviews, 9 contacts."),
                                            6000)

    def _on_snooze(self, key: str, how: str) -> None:
        now = self.workspace.now()
        if how == "hour":
            until = now + timedelta(hours=1)
        else:
            settings, zone = self.workspace.settings, self.workspace.zone
            tomorrow = now.astimezone(zone).date() + timedelta(days=1)
            until = at_local(add_working_days(tomorrow, 0, list(range(7))), settings.quiet_end, zone)
        self.runner.do(agenda_ops.snooze, key, until)
        self.window.statusBar().showMessage(
            self.tr("Snoozed until {when}.").format(when=short_date_time(until.astimezone(self.workspace.zone))), 5000)

    def open_item(self, item: AgendaItem) -> None:
        """An item's one action, wherever it was chosen (Today, tray, notification): the call screen, the move-on
        question, the note in the composer, or the interview on its opportunity."""
        if item.kind in (ItemKind.CALL, ItemKind.MOVE_ON):
            from desktop.ui.calls.call_dialog import open_for_item

            open_for_item(self.context, item, self.window)
        else:
            self.open_page(ITEM_PAGES[item.kind], item)

    def _on_print_checklist(self) -> None:
        from desktop.ui.notes.print_checklist import PrintChecklistDialog

        open_once(PrintChecklistDialog(self.context, self.window))

    def _on_settings(self) -> None:
        from desktop.ui.settings.backups_panel import BackupsPanel
        from desktop.ui.settings.settings_dialog import SettingsDialog
        from desktop.ui.settings.sync_panel import SyncPanel

        dialog = SettingsDialog(self.workspace.settings, self.window, BackupsPanel(self.context),
                                self.calendar_file.last_said, SyncPanel(self.context))
        dialog.accepted.connect(lambda: dialog.result_settings and self.save_settings(dialog.result_settings))
        open_once(dialog)

    def save_about_you(self) -> bool:
        """Save the welcome's answers (name, email, region, spelling); False while the email is not an address."""
        settings = self.window.today.about_you.settings_from(self.workspace.settings)
        if settings is None:
            return False
        return settings == self.workspace.settings or self.save_settings(settings)

    def save_settings(self, settings: Settings) -> bool:
        """Save changed settings (Settings dialog, first-run welcome); drafts follow a change of name."""
        from desktop.operations.preferences import apply_settings

        try:
            saved = self.runner.do(apply_settings, settings)
        except OSError as error:
            self._tell(QMessageBox.Icon.Critical, self.tr("Settings"), self.tr(
                "The settings could not be saved: {error}. Nothing was changed; check the folder's free space and "
                "permissions, then save again.").format(error=shown_error(error)))
            return False
        if self.appearance is not None:
            self.appearance.set_choice(settings.appearance)
        self.sync_keeper.apply_settings()
        if saved.resigned:
            self.window.statusBar().showMessage(
                self.tr("%n unsent note(s) now signed “{name}”.", "", saved.resigned).format(
                    name=settings.your_name.strip()), 8000)
        return True

    def _on_about(self) -> None:
        folder = html.escape(str(self.workspace.paths.data_dir))  # the About box is rich text; a path may hold '<'
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About {app}").format(app=APP_NAME),
                          self.tr("<b>{app} {version}</b><p>Everything after the interview: the cards of everyone you "
                                  "met, a personal thank-you note to each within 48 hours, a polite follow-up call "
                                  "when the promised date passes, and knowing when to move on.</p><p>Your data stays "
                                  "on this computer, in<br>{folder}</p>").format(
                                      app=APP_NAME, version=desktop.__version__, folder=folder),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.RichText)
        open_once(box)

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A report that needs no answer, shown as plain text and without blocking."""
        open_once(plain_message(icon, title, text, self.window))

    def _on_close(self, event: QCloseEvent) -> None:
        self.state.setValue("window/geometry", self.window.saveGeometry())
        self.state.setValue("window/page", self.window.current_page())
        self.state.sync()
        if not self._quitting and self.hide_on_close():
            event.ignore()
            self.window.hide()
            return
        if self.runner.busy():
            event.ignore()
            self._quitting = False
            self._ask_to_stop()
            return
        composer = getattr(self.window.pages.get("notes"), "composer", None)
        if composer is not None and not self._leave_unsaved:
            composer.flush()  # one more try: the database may be free again
            if composer.has_unsaved_edits:
                event.ignore()
                self._quitting = False
                self._ask_about_unsaved()
                return
        event.accept()
        QApplication.instance().quit()  # type: ignore[union-attr]

    def _ask_about_unsaved(self) -> None:
        """A note the database still refuses would be lost by quitting: the user decides, knowing it."""
        self._ask_before_quitting(
            QMessageBox.Icon.Warning, self.tr("A thank-you note is NOT saved yet."),
            self.tr("The database is still refusing to save it (see the red message in Notes). Quitting now loses "
                    "what you typed since the last save; keeping Afterview open lets it try again."),
            self.tr("Quit and lose it"), self.tr("Keep Afterview open"), self._quit_leaving_unsaved)

    def _quit_leaving_unsaved(self) -> None:
        self._leave_unsaved = True
        self.quit()

    def quit(self) -> None:
        """Quit for real (menu or tray), even where closing the window only hides it; asks first while a task
        runs."""
        self._quitting = True
        if self.window.close():
            QApplication.instance().quit()  # type: ignore[union-attr]

    def _ask_to_stop(self) -> None:
        self._ask_before_quitting(
            QMessageBox.Icon.Question, self.tr("Still running: {titles}.").format(
                titles=', '.join(self.runner.titles())),
            self.tr("Stop and quit? An import being read is rolled back whole (nothing of that file is kept); a note "
                    "being sent is let go out first."), self.tr(
                "Stop and quit"), self.tr("Keep working"), self._stop_and_quit)

    def _ask_before_quitting(self, icon: QMessageBox.Icon, text: str, detail: str, go: str, stay: str,
                             on_go: Callable[[], None]) -> None:
        """A question before quitting would cost something; staying is the default answer."""
        box = plain_message(icon, APP_NAME, text, self.window, detail)
        box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        leave = box.addButton(go, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(stay, QMessageBox.ButtonRole.RejectRole))
        box.finished.connect(lambda _result: box.clickedButton() is leave and on_go())
        open_once(box)

    def _stop_and_quit(self) -> None:
        self.runner.shutdown()
        self.quit()
