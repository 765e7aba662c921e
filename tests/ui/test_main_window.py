"""The window as a user meets it: offscreen, real database on disk, real clicks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from desktop.core.agenda import ItemKind
from desktop.operations import agenda as agenda_ops
from desktop.ui.controller import AppController
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.models.agenda_model import AgendaModel
from desktop.ui.models.roles import ItemRole
from tests.dialog_helpers import answering, shown, shown_box
from tests.ui.task_helpers import wait_for_tasks


def record_messages(monkeypatch) -> list[str]:
    """The texts of the blocking reports the start-up shows, recorded instead of shown."""
    texts: list[str] = []

    class Recorded:
        def __init__(self, icon, title, text, parent=None, informative="") -> None:
            texts.append(text)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr("desktop.ui.plain.plain_message", Recorded)
    return texts


def click_nav(qtbot, window: MainWindow, key: str) -> None:
    index = window.nav_model.index(PAGES.index(key), 0)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=window.nav.visualRect(index).center())


def test_every_page_opens_from_the_sidebar(qtbot, app_window):
    window, _ = app_window
    for key in (*PAGES[1:], "today"):
        click_nav(qtbot, window, key)
        assert window.current_page() == key
        assert window.stack.currentWidget().widget() is window.pages[key]


def test_the_sidebar_keeps_the_icons_place_until_they_arrive(qtbot, workspace, tmp_path):
    from PySide6.QtGui import QColor, QIcon

    window = MainWindow()
    qtbot.addWidget(window)
    entry = window.nav_model.index(0, 0)
    assert isinstance(entry.data(Qt.ItemDataRole.DecorationRole), QColor)  # clear, the size of an icon
    AppController(window, workspace, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)).apply_icons()
    assert isinstance(entry.data(Qt.ItemDataRole.DecorationRole), QIcon)


def test_the_menus_keyboard_shortcuts_work(qtbot, app_window):
    window, _ = app_window
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "contacts" and window.stack.currentWidget().widget() is window.pages["contacts"]


def test_the_window_shows_before_its_pages_the_database_and_the_icons_are_imported(tmp_path):
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "window = MainWindow()\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(' '.join(m for m in ('desktop.ui.pages.today', 'sqlalchemy', 'qtawesome', 'desktop.storage.models')"
        " if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_first_run_offers_sample_data_and_lists_the_deadlines(qtbot, app_window, workspace):
    window, controller = app_window
    today = window.today
    assert today.stack.currentWidget() is today.welcome
    qtbot.mouseClick(today.sample_button, Qt.MouseButton.LeftButton)
    assert today.stack.currentWidget() is today.list_page
    model = controller.agenda_model
    titles = [model.index(r, 1).data() for r in range(model.rowCount()) if not model.is_header(r)]
    assert "Thank-you note to Dana Whitfield" in titles and "Follow-up call with Marcus Bell" in titles
    assert model.index(0, 0).data().startswith("Overdue")
    assert model.item_count() == len(agenda_ops.agenda(workspace, days=7))


def test_snoozing_the_selected_item_moves_it(qtbot, app_window, workspace):
    window, controller = app_window
    qtbot.mouseClick(window.today.sample_button, Qt.MouseButton.LeftButton)
    table, model = window.today.table, controller.agenda_model
    row = next(r for r in range(model.rowCount()) if not model.is_header(r))
    item = model.index(row, 0).data(ItemRole)
    table.selectRow(row)
    assert window.today.action_button.isEnabled() and window.today.action_button.text() == item.kind.action
    qtbot.mouseClick(window.today.snooze_morning, Qt.MouseButton.LeftButton)
    moved = next(i for i in agenda_ops.agenda(workspace) if i.key == item.key)
    assert moved.snoozed and moved.due > workspace.now()


def test_the_call_action_opens_the_call_screen(qtbot, app_window):
    from desktop.ui.calls.call_dialog import CallDialog

    window, controller = app_window
    qtbot.mouseClick(window.today.sample_button, Qt.MouseButton.LeftButton)
    model = controller.agenda_model
    row = next(r for r in range(model.rowCount())
               if not model.is_header(r) and model.index(r, 0).data(ItemRole).kind is ItemKind.CALL)
    window.today.table.selectRow(row)
    qtbot.mouseClick(window.today.action_button, Qt.MouseButton.LeftButton)
    call_screen = shown(window, CallDialog)
    assert call_screen.name_label.text().startswith("Marcus Bell")
    call_screen.reject()


def test_settings_dialog_saves_to_the_settings_file(qtbot, app_window, workspace):
    from desktop.ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(workspace.settings)
    qtbot.addWidget(dialog)
    hours = dialog.editors["note_deadline_hours"]
    hours.setValue(24)
    dialog.editors["your_name"].setText("Ana Souza")
    dialog.accept()
    assert dialog.result_settings.note_deadline_hours == 24
    workspace.save_settings(dialog.result_settings)
    assert '"note_deadline_hours": 24' in workspace.paths.settings_file.read_text()


def test_settings_dialog_names_a_wrong_value(qtbot, workspace):
    from desktop.ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(workspace.settings)
    qtbot.addWidget(dialog)
    dialog.editors["reminder_lead_hours"].setText("twelve")
    dialog.accept()
    assert "reminder_lead_hours" in dialog.error.text() and dialog.result() == 0


def test_the_agenda_model_is_a_valid_qt_model(qtmodeltester, sample_workspace):
    model = AgendaModel(sample_workspace.zone)
    model.set_items(agenda_ops.agenda(sample_workspace), sample_workspace.now())
    qtmodeltester.check(model)


def test_todays_list_has_its_icons_when_first_listed(qtbot, sample_workspace, tmp_path):
    from PySide6.QtGui import QIcon

    from desktop.ui.application import open_controller

    window = MainWindow()
    qtbot.addWidget(window)
    controller = open_controller(window, str(sample_workspace.paths.data_dir),
                                 QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    assert controller is not None
    model = window.today.model
    row = next(r for r in range(model.rowCount()) if not model.is_header(r))
    assert isinstance(model.index(row, 1).data(Qt.ItemDataRole.DecorationRole), QIcon)  # measured with it, once
    controller.workspace.sessions.kw["bind"].dispose()


def test_the_same_list_an_hour_on_is_listed_again_when_its_due_dates_read_otherwise(qtbot, workspace):
    from datetime import timedelta

    from desktop.core.agenda import AgendaItem

    now = workspace.now()
    late = AgendaItem("note:1:1", ItemKind.NOTE, now - timedelta(hours=3), "Thank-you note to Zoë", "Acme", 1)
    model = AgendaModel(workspace.zone)
    model.set_items([late], now)
    assert model.index(1, 0).data() == "3 h overdue"
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_items([late], now + timedelta(seconds=1))
    assert not resets
    model.set_items([late], now + timedelta(hours=1))
    assert resets and model.index(1, 0).data() == "4 h overdue"


def test_a_newer_database_is_reported_not_opened(qtbot, workspace, tmp_path):
    import sqlite3

    from desktop.ui.application import open_controller

    with sqlite3.connect(workspace.paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999_future'")
    connection.close()
    window = MainWindow()
    qtbot.addWidget(window)
    state = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    with answering("Quit") as shown:
        assert open_controller(window, str(workspace.paths.data_dir), state) is None
    assert "newer version" in shown[0]


def test_the_window_remembers_its_geometry(qtbot, app_window, tmp_path):
    from desktop.ui.application import remembered_page, restore_geometry

    window, controller = app_window
    window.show_page("contacts")
    controller.state.setValue("window/geometry", window.saveGeometry())
    controller.state.setValue("window/page", window.current_page())
    again = MainWindow()
    qtbot.addWidget(again)
    assert restore_geometry(again, controller.state)  # Qt accepted the stored geometry
    again.open_first_page(remembered_page(controller.state))
    assert again.current_page() == "contacts"
    assert again.stack.currentWidget().widget() is again.pages["contacts"]


def test_a_window_saved_larger_than_this_screen_reopens_inside_it(qtbot, app_window):
    from desktop.ui.application import restore_geometry

    window, controller = app_window
    area = window.screen().availableGeometry()
    window.setMinimumSize(0, 0)
    window.setGeometry(area.x() + 300, area.y() + 200, area.width() * 2, area.height() * 2)  # another monitor's size
    controller.state.setValue("window/geometry", window.saveGeometry())
    again = MainWindow()
    qtbot.addWidget(again)
    restore_geometry(again, controller.state)
    assert again.width() <= area.width() and again.height() <= area.height()
    assert area.contains(again.frameGeometry())
    assert again.minimumWidth() <= area.width() and again.minimumHeight() <= area.height()


def test_dropping_vcard_files_imports_them_and_reports(qtbot, app_window, workspace):

    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from desktop.operations import contacts

    window, controller = app_window
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "vcf"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(fixtures / "google-export.vcf")),
                  QUrl.fromLocalFile(str(fixtures / "not-a-vcard.vcf")),
                  QUrl.fromLocalFile(str(fixtures.parent / "README.txt"))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    wait_for_tasks(qtbot, controller.runner)
    box = shown_box(window)
    assert box is not None and "google-export.vcf:" in box.text() and "not-a-vcard.vcf: not imported" in box.text()
    assert "not-a-vcard.vcf" in box.detailedText()
    assert len(contacts.list_contacts(workspace)) >= 2
    box.close()


def test_a_damaged_database_is_moved_aside_and_a_fresh_start_offered(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.application import open_controller

    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / "afterview.sqlite3").write_bytes(b"my irreplaceable notes? no, garbage" * 200)
    told = record_messages(monkeypatch)

    def choose_fresh_start() -> None:
        box = QApplication.activeModalWidget()
        assert "cannot be read as a database" in box.informativeText()
        next(b for b in box.buttons() if b.text().startswith("Start with")).click()

    QTimer.singleShot(100, choose_fresh_start)
    window = MainWindow()
    qtbot.addWidget(window)
    controller = open_controller(window, str(folder), QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    assert controller is not None
    kept = [p for p in folder.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"my irreplaceable")
    assert "kept as" in told[0]
    controller.workspace.sessions.kw["bind"].dispose()


def test_the_next_start_lists_today_from_the_cache_before_opening_the_database(qtbot, app_window, workspace):
    from desktop.ui.application import show_cached_today

    window, controller = app_window
    qtbot.mouseClick(window.today.sample_button, Qt.MouseButton.LeftButton)
    expected = [controller.agenda_model.index(r, 1).data() for r in range(controller.agenda_model.rowCount())]
    again = MainWindow()
    qtbot.addWidget(again)
    assert show_cached_today(again, workspace.paths, workspace.zone, workspace.now())
    shown = [again.today.model.index(r, 1).data() for r in range(again.today.model.rowCount())]
    assert shown == expected and again.today.stack.currentWidget() is again.today.list_page


def test_a_row_picked_on_the_cached_list_stays_picked_when_the_database_lists_the_same(qtbot, app_window, workspace,
                                                                                      tmp_path):
    from desktop.ui.application import show_cached_today

    window, _ = app_window
    qtbot.mouseClick(window.today.sample_button, Qt.MouseButton.LeftButton)
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert show_cached_today(again, workspace.paths, workspace.zone, workspace.now())
    table, model = again.today.table, again.today.model
    row = next(r for r in range(model.rowCount()) if not model.is_header(r))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(row, 1)).center())
    picked = again.today.selected_item()
    assert picked is not None
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    AppController(again, workspace, QSettings(str(tmp_path / "again.ini"), QSettings.Format.IniFormat)).refresh()
    assert again.today.selected_item() == picked and again.today.action_button.isEnabled()
    assert not resets  # the same list is not listed again: not measured twice, nor scrolled back to the top


def test_the_list_from_the_cache_is_in_the_windows_language(qtbot, german, app_window, workspace):
    from desktop.ui.application import show_cached_today

    window, controller = app_window
    qtbot.mouseClick(window.today.sample_button, Qt.MouseButton.LeftButton)
    expected = [controller.agenda_model.index(r, 1).data() for r in range(controller.agenda_model.rowCount())]
    assert "Dankesnachricht an Dana Whitfield" in expected  # read from the database, in German
    again = MainWindow()
    qtbot.addWidget(again)
    assert show_cached_today(again, workspace.paths, workspace.zone, workspace.now())
    assert [again.today.model.index(r, 1).data() for r in range(again.today.model.rowCount())] == expected


def test_window_options_are_read_and_qts_own_are_left_alone():

    from desktop.ui.application import _parse

    options = _parse(["--data-dir", "/tmp/x", "-style", "fusion", "cards.vcf", "--self-test", "invite.ics"])
    assert options.data_dir == "/tmp/x" and options.self_test
    assert options.files == [Path("cards.vcf"), Path("invite.ics")]
    assert _parse(["--data-dir=/srv/a b"]).data_dir == "/srv/a b"


def _item(controller, kind: ItemKind):
    model = controller.agenda_model
    return next(model.index(r, 0).data(ItemRole) for r in range(model.rowCount())
                if not model.is_header(r) and model.index(r, 0).data(ItemRole).kind is kind)


def _act_on(qtbot, window, controller, item) -> None:
    model = controller.agenda_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ItemRole) == item)
    window.today.table.selectRow(row)
    assert window.today.action_button.text() == item.kind.action
    qtbot.mouseClick(window.today.action_button, Qt.MouseButton.LeftButton)


def test_a_note_item_opens_the_composer_on_that_person(qtbot, app_window):
    window, controller = app_window
    qtbot.mouseClick(window.today.sample_button, Qt.MouseButton.LeftButton)
    item = _item(controller, ItemKind.NOTE)
    _act_on(qtbot, window, controller, item)
    notes = window.pages["notes"]
    assert window.current_page() == "notes"
    assert notes.current_interview_id() == item.interview_id
    assert notes.composer.row.contact_id == item.contact_id


def test_an_interview_item_opens_it_on_its_opportunity(qtbot, app_window):
    window, controller = app_window
    qtbot.mouseClick(window.today.sample_button, Qt.MouseButton.LeftButton)
    item = _item(controller, ItemKind.INTERVIEW)
    _act_on(qtbot, window, controller, item)
    page = window.pages["opportunities"]
    assert window.current_page() == "opportunities"
    assert page.selected().id == item.opportunity_id and page.selected_interview().id == item.interview_id


def test_every_pages_empty_state_has_its_icon(qtbot, app_window):
    from desktop.ui.pages.empty_state import EmptyState

    window, controller = app_window
    for key in ("contacts", "notes", "opportunities"):
        controller.open_page(key)
        shown = [state for state in window.pages[key].findChildren(EmptyState) if state.isVisible()]
        assert shown and all(not state.icon_label.pixmap().isNull() for state in shown), key
    assert not window.today.welcome.icon_label.pixmap().isNull()


def test_a_narrow_window_shows_the_pages_icons_only_and_still_opens_them(qtbot, app_window):
    window, _ = app_window
    window.setMinimumSize(0, 0)
    window.resize(683, 384)  # 1366 × 768 at 200 %
    qtbot.waitUntil(lambda: window.sidebar.width() < 100)
    entry = window.nav_model.item(PAGES.index("notes"))
    assert not window.brand.isVisible() and entry.text() == ""
    assert entry.toolTip() == "Notes" and entry.data(Qt.ItemDataRole.AccessibleTextRole) == "Notes"
    click_nav(qtbot, window, "notes")
    assert window.current_page() == "notes"
    window.resize(1120, 720)
    qtbot.waitUntil(lambda: window.sidebar.width() == 200)
    assert window.brand.isVisible() and entry.text() == "Notes"
