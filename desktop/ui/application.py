"""Starting the window: show it first, then open the database and import what the first page needs.

SQLAlchemy with the models and the icon font (more than a bare Qt window's whole start) are loaded only
once the window is shown; benchmarks/startup.py measures both moments against a bare Qt window. The ui
reaches the data folder, the database and the keyring only through desktop.operations.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.ui.dates import long_date_time
from desktop.ui.i18n import shown_error, texts

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.operations.startup import AppPaths
    from desktop.ui.controller import AppController
    from desktop.ui.file_open import FileOpenCatcher
    from desktop.ui.main_window import MainWindow
    from desktop.ui.system.single_instance import SingleInstance

def _parse(args: list[str]) -> argparse.Namespace:
    """The window's options and the files to open. Qt's own options are left to Qt: those that take a value
    (-style X, -platform X) are declared so that their value is not taken for a file, the others passed over."""
    from desktop.core.launch_arguments import QT_OPTIONS_WITH_VALUE

    parser = argparse.ArgumentParser(prog="afterview", add_help=False, allow_abbrev=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("files", nargs="*", type=Path)
    for option in QT_OPTIONS_WITH_VALUE:
        parser.add_argument(option, help=argparse.SUPPRESS)
    options, _ = parser.parse_known_intermixed_args(args)
    return options


def run_gui(args: list[str]) -> int:
    options = _parse(args)
    if options.self_test:
        from desktop.ui.self_test import run_self_test

        return run_self_test()
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import APP_NAME
    from desktop.ui.i18n import install_translators, saved_language
    from desktop.ui.main_window import MainWindow
    from desktop.ui.style import Appearance

    app = QApplication.instance() or QApplication([sys.argv[0], *args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    opened = catch_opened_files(app)
    usable = usable_folders(options.data_dir)
    if usable is None:
        return 1
    options.data_dir, paths = usable
    install_translators(app, saved_language(paths.settings_file))  # before any window builds its texts
    appearance = Appearance(app, saved_appearance(paths))
    from desktop.ui.system.single_instance import claim

    instance = claim(paths.data_dir, options.files)  # before the window: a second launch hands over and ends
    if instance is None:
        return 0
    app.aboutToQuit.connect(instance.release)
    state = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow()
    restore_geometry(window, state)

    def start() -> None:
        window.open_first_page(remembered_page(state))
        if show_cached_today(window, paths):
            QTimer.singleShot(0, guarded(window, open_data))  # paint the cached list first, then the database
        else:
            open_data()

    def open_data() -> None:
        from desktop.ui import crash_handler

        # After Today is listed: logging.handlers is slow to import.
        log_file, log_warning = start_logging(paths)
        crash_handler.install(log_file, paths.data_dir)
        controller = open_controller(window, options.data_dir, state)
        if controller is None:
            app.exit(1)
            return
        if log_warning:
            controller.workspace.warnings.append(log_warning)
        controller.appearance = appearance
        appearance.changed.connect(controller.apply_icons)
        controller.show_warnings()
        # The reminders and the tray (0.3 s of imports and a reminder check) once the list is painted and whatever
        # the user did meanwhile answered: a timer queued by a timer waits for the events of the next pass.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: start_background(controller, state, instance,
                                                                                  options.files)))
        if opened is not None:
            opened.set_handler(controller.open_files)

    window.shown.connect(lambda: QTimer.singleShot(0, guarded(window, start)))
    window.show()
    return app.exec()


def saved_appearance(paths: AppPaths) -> str:
    """The Colours setting, read before the window is painted so a dark choice never flashes light first.
    Anything unreadable is the workspace's to report, later; here it means following the system."""
    import json

    try:
        value = json.loads(paths.settings_file.read_text(encoding="utf-8")).get("appearance")
    except (OSError, ValueError, AttributeError):
        return "system"
    return value if value in ("light", "dark") else "system"


def usable_folders(data_dir: str | None) -> tuple[str | None, AppPaths] | None:
    """The data folder to start with (as given, or another the user picked when it cannot be used) and its
    paths; None when the user quits. Checked before anything is created in the folders or locked."""
    from desktop.operations.startup import FolderProblem, check_folders, resolve

    while True:
        paths = resolve(data_dir)
        try:
            check_folders(paths)
        except FolderProblem as problem:
            from desktop.ui.startup_problem import choose_how_to_go_on  # only when a folder cannot be used

            chosen = choose_how_to_go_on(None, shown_error(problem), paths.data_dir, retry=True)
            if chosen is None:
                return None
            data_dir = str(chosen)
            continue
        return data_dir, paths


def guarded(window: MainWindow, step: Callable[[], None]) -> Callable[[], None]:
    """`step` run so that whatever it raises is shown in the window and ends the app, rather than leaving the
    window on "Loading…" with a traceback on a stderr nobody reads."""
    from PySide6.QtWidgets import QApplication

    def run() -> None:
        try:
            step()
        except Exception as error:
            import logging

            from PySide6.QtWidgets import QMessageBox

            from desktop.ui.plain import plain_message

            logging.getLogger("afterview.start").exception("Start-up failed")
            plain_message(QMessageBox.Icon.Critical, texts.tr("Afterview could not start"),
                          f"{type(error).__name__}: {error}",
                          window, texts.tr("Quit, and start Afterview again. If this happens every time, Afterview's "
                                           "log holds the details.")).exec()
            QApplication.instance().exit(1)

    return run


def start_logging(paths: AppPaths) -> tuple[Path, str]:
    """The log file, and a warning for the user when it cannot be written (the app then works on without it)."""
    from desktop.logs import LOG_NAME, setup_logging

    try:
        return setup_logging(paths.logs_dir), ""
    except OSError as error:
        return paths.logs_dir / LOG_NAME, texts.tr(
            "The log folder {folder} cannot be written ({reason}); Afterview works on without a log.").format(
                folder=paths.logs_dir, reason=error.strerror or error)


def catch_opened_files(app: QApplication) -> FileOpenCatcher | None:
    """On macOS, files opened from the Finder arrive as events, possibly before the window exists.

    Elsewhere they come on the command line; the catcher, an application-wide event filter, would only
    add a Python call to every event of every widget.
    """
    if sys.platform != "darwin":
        return None
    from desktop.ui.file_open import FileOpenCatcher

    catcher = FileOpenCatcher(app)
    app.installEventFilter(catcher)
    return catcher


def show_cached_today(window: MainWindow, paths: AppPaths, zone: ZoneInfo | None = None,
                      now: datetime | None = None) -> bool:
    """List Today from the start-up cache when it is provably current; False when it is not."""
    from desktop.core.agenda import within
    from desktop.operations.startup import cached_today
    from desktop.ui.models.agenda_model import AgendaModel
    from desktop.ui.system_locale import system_locale_name

    cached = cached_today(paths, system_locale_name(), zone, now)
    if cached is None:
        return False
    window.today.attach(AgendaModel(cached.zone, window.today))
    window.today.show_items(within(cached.items, cached.now, cached.zone, 7), cached.now, cached.database_empty)
    return True


def restore_geometry(window: MainWindow, state: QSettings) -> bool:
    """Put the window back where the user left it, within the screen; False when nothing usable was stored."""
    geometry = state.value("window/geometry")
    restored = geometry is not None and window.restoreGeometry(geometry)
    from desktop.ui.screen_fit import fit_to_screen

    fit_to_screen(window)
    return restored


def remembered_page(state: QSettings) -> str:
    """The page the window was left on, Today when none (or an unknown one) was stored."""
    from desktop.ui.main_window import PAGES

    page = state.value("window/page")
    return str(page) if page in PAGES else "today"


def start_background(controller: AppController, state: QSettings, instance: SingleInstance,
                     files: list[Path]) -> None:
    """Once the window is up: reminders and the tray, the hand-over server, and files named at launch."""
    from desktop.ui.system.reminder_service import ReminderService

    service = ReminderService(controller, state)

    def take_over(paths: list[Path]) -> None:
        service.show_window()
        if paths:
            controller.open_files(paths)

    if instance.primary and instance.listen():
        instance.received.connect(take_over)
    if files:
        controller.open_files([f.absolute() for f in files])


def open_controller(window: MainWindow, data_dir: str | None, state: QSettings) -> AppController | None:
    """Open the data folder and wire the window to it; a database that cannot be used is reported, not touched."""
    from desktop.operations.errors import DamagedDatabaseError, DatabaseError, LockedDatabaseError
    from desktop.operations.startup import FolderProblem, resolve
    from desktop.operations.workspace import open_workspace
    from desktop.ui.controller import AppController
    from desktop.ui.startup_problem import choose_how_to_go_on
    from desktop.ui.system_locale import system_locale_name

    try:
        workspace = open_workspace(data_dir, locale_name=system_locale_name())
    except DamagedDatabaseError as error:
        if not offer_recovery(window, data_dir, error):
            return None
        return open_controller(window, data_dir, state)
    except (DatabaseError, FolderProblem, OSError) as error:
        current = Path(data_dir) if data_dir else resolve(None).data_dir
        chosen = choose_how_to_go_on(window, shown_error(error), current, retry=isinstance(error, LockedDatabaseError))
        return None if chosen is None else open_controller(window, str(chosen), state)
    controller = AppController(window, workspace, state)
    # The icons (a glyph font read once) before the list: measured and painted with it, not a second time after it
    controller.apply_icons()
    controller.refresh()
    return controller


def offer_recovery(window: MainWindow, data_dir: str | None, error: Exception) -> bool:
    """Tell the user in plain words and offer the newest good backup or a fresh start; False to quit."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from desktop.operations import recovery
    from desktop.operations.startup import resolve
    from desktop.ui.plain import plain_message

    paths = resolve(data_dir)
    backup = recovery.newest_good_backup(paths)
    box = QMessageBox(QMessageBox.Icon.Warning, texts.tr("Your Afterview database is damaged"),
                      texts.tr("Afterview cannot use its database, so it will not change it."), parent=window)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the reason names the file, whose path may hold '<'
    box.setInformativeText(
        texts.tr("{error}\n\nThe damaged file will be kept beside it under a new name. ").format(
            error=shown_error(error))
        + (texts.tr("The newest good backup is from {when}.").format(
            when=long_date_time(backup.taken_at.astimezone()))
           if backup else texts.tr("There is no backup to restore.")))
    restore_button = box.addButton(texts.tr("Restore the backup"),
                                   QMessageBox.ButtonRole.AcceptRole) if backup else None
    fresh_button = box.addButton(texts.tr("Start with an empty database"),
                                 QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(texts.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore_button is not None and clicked is restore_button:
        aside, _ = recovery.restore_newest_backup(paths)
    elif clicked is fresh_button:
        aside = recovery.start_fresh(paths)
    else:
        return False
    plain_message(QMessageBox.Icon.Information, texts.tr("Afterview"),
                  texts.tr("The damaged database was kept as {aside}.").format(aside=aside),
                  window).exec()
    return True
